"""A denial set beside the claim it answers, at the end of the same sentence.

"A log of the hull inspection is missing, the port authority said, a claim the shipyard
rejected." or "…, the port authority said, which the shipyard denies.": the sentence's claim is
the port authority's, and the shipyard denies it. The sentence answers when all of these hold
(precision before recall):

* after a comma, a noun for what is answered (``answered`` in ``discourse.tsv``: a claim, a
  charge …) with "a" or "an" before it and a relative clause of its own whose verb is a cue of
  class ``deny`` (:mod:`~whatweknow.stages.attribution.cues`) with no object of its own ("a
  claim the shipyard rejected"; not "a claim that …", which may be the claim's own words); or
  "which", set off by a comma, the only object of such a verb ("which the shipyard denies");
* that verb is not negated ("a claim the shipyard did not deny" denies nothing) and its subject
  names someone (a name or a noun phrase, not a pronoun);
* before that comma the sentence holds exactly one claim, and none after it (a claim that runs
  on over the denial to its end, "… was missing, which the maker denies", is cut at the comma:
  the denial is not its source's words): someone's (a
  source's, not the outlet's own statement), no denial, not the denier's own, with no negation
  in its words (a denial shown of a negated claim reads as its opposite), with a verb (it says
  something).

The denial becomes a claim of its own, as "A denied that P" is: the words it denies (the span of
the claim it answers), modality ``denied``, in the subject's name, paired with that claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...contract import Actor, Claim
from ..attribution.cues import load_cues
from ..attribution.frames import cue_negation
from .answers import Answer, denial_of, denier_of, says_something, with_answers
from .component import claim_sentences
from .discourse import Lexicon, load_lexicon
from .proposition import NEGATORS

_INDEFINITE = frozenset({"a", "an"})
_OBJECTS = frozenset({"dobj", "obj"})


def apposed(doc: Doc, claims: list[Claim], actors: list[Actor]) -> tuple[list[Claim], list[Answer]]:
    """The claims with each denial set beside its sentence's claim added, in text order (ids
    renumbered where one is added), and the pairs found (see the module doc)."""
    lex = load_lexicon()
    found: list[Answer] = []
    for sent in claim_sentences(doc):
        for verb in sent:
            shape = _shape(verb, sent, lex)
            if shape is None:
                continue
            subject, comma = shape
            at = doc[comma].idx
            inside = [c for c in claims if sent.start_char <= c.start < sent.end_char]
            if any(c.start >= at for c in inside):
                continue  # the words after the comma are read as a claim of their own
            source, source_text = denier_of(subject, None, actors)
            if source_text is None:
                continue
            before = [c for c in inside if c.end <= at or _runs_into(c, doc, comma, verb)]
            if len(before) != 1:
                continue
            told = before[0]
            if told.end > at:  # "…was missing, which the maker denies" read as the authority's
                told.end = doc[comma - 1].idx + len(doc[comma - 1])
                told.text = doc.text[told.start : told.end]
            if (
                told.modality == "denied"
                or told.negated
                or _negative(told, doc)
                or (told.source is None and told.source_text is None)
                or (source is not None and told.source == source)
                or not says_something(told, doc)
            ):
                continue
            denial = denial_of(told, source, source_text)
            found.append(Answer(denial, told, verb.lower_))
    return with_answers(claims, found)


def _shape(verb: Token, sent: Span, lex: Lexicon) -> tuple[Token, int] | None:
    """The subject of a denial set beside its sentence's claim, and the index of the comma
    before it; None where ``verb`` is no such denial."""
    if load_cues().verb(verb.lemma_) != "deny" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" for c in verb.children) or cue_negation(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    doc = verb.doc
    if verb.dep_ == "relcl" and not objects:  # "a claim the shipyard rejected"
        noun = verb.head
        start = noun.left_edge.i
        if not (
            lex.names("answered", noun)
            and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)
            and start > sent.start
            and doc[start - 1].text == ","
        ):
            return None
        return subjects[0], start - 1
    if len(objects) == 1 and objects[0].lower_ == "which":  # ", which the shipyard denies"
        which = objects[0]
        if which.i > sent.start and which.i < subjects[0].i and doc[which.i - 1].text == ",":
            return subjects[0], which.i - 1
    return None


def _runs_into(claim: Claim, doc: Doc, comma: int, verb: Token) -> bool:
    """Whether a claim runs over the comma to the end of the denial beside it and no further
    ("the authority said that a record was missing, which the maker denies", read as the
    authority's words whole): its words before the comma are the claim, the rest the denial."""
    tail = max(t.i for t in verb.subtree)
    end = doc[tail].idx + len(doc[tail])
    return (
        claim.start < doc[comma].idx < claim.end
        and comma - 1 >= 0
        and claim.start < doc[comma - 1].idx
        and not doc.text[end : claim.end].strip(" .")
    )


def _negative(claim: Claim, doc: Doc) -> bool:
    """Whether a claim's words hold a negation anywhere ("No well was poisoned", "it never
    paid"): a denial shown of them could read as their opposite."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is None or any(t.dep_ == "neg" or t.lower_ in NEGATORS for t in span)
