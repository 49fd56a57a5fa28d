"""A denial told in a short sentence of its own, right after what it denies.

"Some passengers said the ferry was overloaded. The company denied this." or "… Rannveig
rejected the accusation.": the second sentence is a denial whose content is the claim of the
sentence before it. The sentence answers when all of these hold (precision before recall):

* it has at most :data:`MAX_WORDS` words (a name or a clause set off beside the subject aside,
  and a clause of saying after the denial, "…, saying its prices had not changed", which stays
  the denier's statement of its own: :func:`_tail`), and its main verb is a cue of class ``deny``
  (:mod:`~whatweknow.stages.attribution.cues`), not negated, with a subject that names someone
  (a name, or a noun phrase: not a pronoun, unless the attribution stage resolved it);
* its only object is a pronoun or a noun for what is answered (``answered`` in
  ``discourse.tsv``: the claim, the account, the accusation …) with nothing of its own (no
  clause, no "of …": "denied the accusation of negligence" names what it denies);
* the sentence right before it holds exactly one claim that is no denial, is someone's (a
  source's, not the outlet's own statement) and is not the denier's own; where the object is
  an accusation noun ("the allegations", "the charges"), a claim stated, reported or alleged,
  not one expected or speculated (a plan or a guess accuses nobody), and not where a second
  party speaks in that sentence too (which one accuses is not clear). Where that one claim is
  a forecast or a guess that carries on one speaker's words, the claim answered is that
  speaker's statement just before it in the same paragraph (:func:`_carried_on`);
* that claim is not negated: a denial of "the flood did not come out of nowhere" shown as
  "denies: the flood did not come out of nowhere" reads as the opposite of what is rejected.

Where the sentence before gives no such one claim, the denial answers the accused's accuser
(:func:`_accused_before`): the nearest claim, stated or alleged and not negated, that names the
denier (an actor) in its words, among the sentences back from the denial that hold one other
party's words only ("Morsk blamed cuts made by her predecessor, Anton Vey, for the collapse.
[Morsk's quotes.] Vey rejected the accusation."); else nothing.

A name beside the subject ("The laboratory's director, Ida Fenn, rejected the claim.") counts
for no word.

The denial becomes a claim of its own, as "A denied that P" is: the words it denies (the span
of the claim it answers), modality ``denied``, in the subject's name, paired with the claim it
answers; a fragment claim of the denial's sentence ("the claim", denied) gives way to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...contract import Actor, Claim
from .._lists import word_list
from ..attribution.cues import load_cues
from ..attribution.frames import cue_negation, dismissal, load_dismissals
from .component import claim_sentences
from .discourse import Lexicon, load_lexicon

MAX_WORDS = 8
_NO_ACCUSATION = frozenset({"expected", "speculated"})
"""What "the allegations" never answers: a plan or a guess ("Nand said the union would hand
its records to investigators. The firm called the allegations baseless.")."""
_PRONOUN_SUBJECTS = frozenset({"PRON"})


@dataclass(frozen=True)
class Answer:
    denial: Claim
    answered: Claim
    verb: str


def answers(doc: Doc, claims: list[Claim], actors: list[Actor]) -> tuple[list[Claim], list[Answer]]:
    """The claims with each answering denial in place of the fragments of its sentence, in text
    order, and the pairs found (see the module doc)."""
    lex = load_lexicon()
    sents = claim_sentences(doc)  # body text only: never a headline or a caption
    found: list[Answer] = []
    for k, sent in enumerate(sents[1:], 1):
        shape = _shape(sent, lex)
        if shape is None:
            continue
        subject, verb, accusation, tail, whole, charged, lead = shape
        inside = [c for c in claims if sent.start_char <= c.start < tail]
        gone = list(inside)
        if tail < sent.end_char:  # "Pellvane denied it, saying …": the denial's own words, in
            # the outlet's voice, give way to it; what it says after is a claim of its own
            inside = [c for c in inside if not _own_words(c, sent.root, tail)]
        if any(c.modality != "denied" for c in inside):
            continue  # the sentence states something else too
        framed = next((c for c in inside if c.source or c.source_text), None)
        source, source_text = denier_of(subject, framed, actors)
        if source_text is None:
            continue
        prev = sents[k - 1]
        before = [
            c
            for c in claims
            if prev.start_char <= c.start < prev.end_char
            and c.modality != "denied"
            and (c.source is not None or c.source_text is not None)  # someone's, not the outlet's
            and not (source is not None and c.source == source)
        ]
        if len(before) == 1 and before[0].modality in _NO_ACCUSATION:
            before = [_carried_on(before[0], sents[:k], claims, source)]
        if len(before) == 1 and _POINTING_BACK.match(before[0].text):
            # "'The boiler was a year late. That is what our records show,' Brun said. Harbeck
            # disputed that.": "that" is what "That" points back to, the statement before it
            before = _pointed_at(before[0], sents[: k - 1], claims)
        kept = [c for c in before if not (accusation and c.modality in _NO_ACCUSATION)]
        if len({c.source or c.source_text for c in before}) > 1 and len(kept) < len(before):
            kept = []  # two parties speak just before: which one accuses is not clear ("'Both
            # piers failed,' an engineer said, and the minister said it would be rebuilt.")
        before = kept
        if accusation:  # "X said a review of claims that P began. Y denied the claims.": P,
            # the allegation nobody named makes, not X's report of the review that holds it
            held = [
                c
                for c in claims
                if prev.start_char <= c.start < prev.end_char
                and c.modality == "alleged"
                and c.source is None
                and c.source_text is None
                and c.via
                and any(b.start <= c.start and c.end <= b.end and b is not c for b in before)
            ]
            if len(held) == 1:
                before = [held[0]]
        if whole and len(before) == 1 and _account_goes_on(before[0], sents[: k - 1], claims):
            before = []  # "Lind said the patients got a dose far higher than planned. She
            # said the clinic had passed on the records. The clinic rejected that account.":
            # the account is both, not the last sentence alone
        if lead and len(before) == 1:  # "X denied the report.": the report's lead, not its
            # last sentence ("Officials said the city paid the ransom. One of them said the
            # money was meant to free the pilot. The city denied the report.")
            first = _lead_of(before[0], sents[:k], claims, source)
            before = [first] if first is not None else []
        if charged and len(before) == 1 and not _accuses(before[0], doc, actors, source):
            before = []  # "The band has claimed several raids in the past. The ministry rejected
            # the accusation.": what the sentence before says accuses nobody
        if len(before) != 1 or before[0].negated:
            # "'This flood did not come out of nowhere,' said X. The quarry rejected the
            # claim.": "the quarry denies: this flood did not come out of nowhere" would read
            # as the opposite of what the quarry rejects; say nothing, unless the accuser's
            # words just before name the denier (:func:`_accused_before`)
            accused = _accused_before(sents, k, claims, actors, source)
            if accused is None:
                claims = [c for c in claims if c not in _bare(gone, doc)]
                continue  # and no "X denies: the accusation", a denial of nothing named
            before = [accused]
        told = before[0]
        if _own_speech(told, doc):
            # "Senn stood by his remark that a deal was struck. 'I said what many people
            # think,' he said. The ministry denied it.": "it" is the remark, not his words
            # about his saying it; which claim it is, is not clear
            claims = [c for c in claims if c not in _bare(gone, doc)]
            continue
        if not says_something(told, doc) and not _charges(told, doc, actors, source, source_text):
            # "The navy has blamed the Osk Front. The rebels have denied it.": "it" is the
            # blame, not the name the blame is of; "The rebels deny: the Osk Front" is nonsense
            claims = [c for c in claims if c not in _bare(gone, doc)]
            continue
        denial = denial_of(told, source, source_text, list(framed.via) if framed else [])
        claims = [c for c in claims if c not in gone]
        found.append(Answer(denial, told, verb))
    return with_answers(claims, found)


def denial_of(
    told: Claim, source: str | None, source_text: str | None, via: list[str] | None = None
) -> Claim:
    """The denial of ``told`` by its denier: the claim's words and offsets, the denier as
    source, modality denied (what a bare "X denied it" says)."""
    return Claim(
        id="",
        text=told.text,
        start=told.start,
        end=told.end,
        source=source,
        source_text=source_text,
        via=via or [],
        modality="denied",
    )


def with_answers(claims: list[Claim], found: list[Answer]) -> tuple[list[Claim], list[Answer]]:
    """The claims with the denials of ``found`` among them, in text order and numbered anew
    (``c1``, ``c2``, …), and the answers; the claims as they are where nothing was found."""
    if not found:
        return claims, []
    every = sorted([*claims, *(a.denial for a in found)], key=lambda c: (c.start, c.end))
    for n, c in enumerate(every, 1):
        c.id = f"c{n}"
    return every, found


_FIRST_PERSON = frozenset({"i", "we"})


def _own_speech(claim: Claim, doc: Doc) -> bool:
    """Whether a claim's words tell of its speaker's own saying or thinking ("I said what many
    people think", "we told them so"): its main verb a cue of attribution with "I" or "we" as
    its subject. Such words state no event that a bare denial after them could deny."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return load_cues().verb(root.lemma_) is not None and any(
        c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in root.children
    )


def says_something(claim: Claim, doc: Doc) -> bool:
    """Whether a claim's words say something: a clause, or a noun phrase with a verb in it
    ("the Tavon Brigade for shelling the depot"); not a bare name or noun ("the Osk Front",
    the object of "blamed"), which no denial can deny."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _charges(claim: Claim, doc: Doc, actors: list[Actor], denier: str | None, who: str) -> bool:
    """Whether a claim with no verb is still a charge its denier may deny: told by a verb of
    blame (:func:`_accuses`), naming the denier (an actor's mention, or the denier's own words
    ``who``, less a leading "the"), with words beyond that name ("blamed the Velm line for the
    fire", denied by the Velm line); not the bare name of another ("blamed the Osk Front",
    denied by "the rebels") nor the denier's name alone."""
    if not _accuses(claim, doc, actors, denier):
        return False
    actor = next((a for a in actors if a.id == denier), None)
    spans = [
        (m.start, m.end)
        for m in (actor.mentions if actor else [])
        if claim.start <= m.start and m.end <= claim.end
    ]
    name = who.casefold().removeprefix("the ").strip()
    text = claim.text.casefold()
    if len(name) > 2 and name in text:
        at = claim.start + text.index(name)
        spans.append((at, at + len(name)))
    words = doc.text
    return any(
        words[claim.start : lo].casefold().strip(" ,").removesuffix("the").strip()
        or words[hi : claim.end].strip(" ,.")
        for lo, hi in spans
    )


def _bare(claims: list[Claim], doc: Doc) -> list[Claim]:
    """The denials among a short denial's own claims whose words say nothing (only its object:
    "the accusation", "this"): where what it answers is not found, a denial of nothing named."""
    return [c for c in claims if c.modality == "denied" and not says_something(c, doc)]


def _carried_on(
    forecast: Claim, sents: list[Span], claims: list[Claim], denier: str | None
) -> Claim:
    """The claim "the claim" answers where the sentence before holds one claim, a forecast or a
    guess (``forecast``): that speaker's statement (reported or asserted) just before it, where
    the sentences back to it, in the same paragraph, hold only that speaker's words ("Holt said
    the laboratory had used a method never approved. He said the result would not survive a
    day before a tribunal. The director rejected the claim."); else the forecast itself (which
    an accusation noun never answers)."""
    if forecast.source is None or forecast.source == denier:
        return forecast
    for sent in reversed(sents[:-1]):
        if "\n" in sent.doc.text[sent.end_char : sents[-1].start_char]:
            break  # another paragraph
        inside = [c for c in claims if sent.start_char <= c.start < sent.end_char]
        if not inside or any(c.source != forecast.source for c in inside):
            break  # the outlet's own words, or another speaker's
        stated = [c for c in inside if c.modality in ("reported", "asserted")]
        if stated:
            return stated[-1]
    return forecast


_POINTING_BACK = re.compile(r"^\W*(?:that|this)\s+(?:is|was)\b", re.IGNORECASE)
"""Words whose subject is a demonstrative that points back to the sentence before ("That is
what our records show"): they state what that sentence said, no proposition of their own."""


def _pointed_at(pointing: Claim, sents: list[Span], claims: list[Claim]) -> list[Claim]:
    """The statement words pointing back (``pointing``: "That is what our records show") point
    at: the one claim of the sentence before them (the last of ``sents``), in the same
    paragraph, said by the same source, not a denial and not negated; else none (what "that"
    answers is not clear)."""
    if not sents or pointing.source is None:
        return []
    sent = sents[-1]
    if "\n" in sent.doc.text[sent.end_char : pointing.start]:
        return []  # another paragraph
    inside = [c for c in claims if sent.start_char <= c.start < sent.end_char]
    if len(inside) != 1:
        return []
    (told,) = inside
    if told.source != pointing.source or told.modality == "denied" or told.negated:
        return []
    return [told]


def _tail(sent: Span) -> int:
    """Where a denial's own words end: before a clause of saying that follows them with the
    denier as its subject ("Pellvane denied it, saying its prices had not changed", "… denied
    it, and said it would publish its records"), a statement of the denier's own; else the
    sentence's end (a token index)."""
    root, cues = sent.root, load_cues()
    heads = [
        c
        for c in root.children
        if c.i > root.i
        and (
            (c.dep_ == "advcl" and c.tag_ == "VBG")
            or (
                c.dep_ == "conj"
                and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            )
        )
        and cues.verb(c.lemma_) not in (None, "deny")
    ]
    if not heads:
        return sent.end
    doc = sent.doc
    start = min(c.left_edge.i for c in heads)
    while start - 1 > root.i and (doc[start - 1].dep_ == "cc" or doc[start - 1].is_punct):
        start -= 1
    return start


def _own_words(claim: Claim, root: Token, tail: int) -> bool:
    """Whether a claim is a denial's own words in the outlet's voice ("Minister Ilse Varn
    rejected that" before ", saying …"): nobody's, holding the denial's verb, ending before
    its clause of saying (a character offset)."""
    return (
        claim.source is None
        and claim.source_text is None
        and claim.start <= root.idx < claim.end <= tail
    )


_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


LEAD_BACK = 6
"""How many sentences back a report's lead is looked for."""
_NOT_NAMING = frozenset({"the", "a", "an", "of", "one", "two", "three", "other", "with", "said"})


def _speaker_words(claim: Claim) -> frozenset[str]:
    """The words that name a claim's speaker, singular ("two officials" and "one of the
    officials": official)."""
    words = (claim.source_text or "").casefold().split()
    return frozenset(w.removesuffix("s") for w in words if w not in _NOT_NAMING and w.isalpha())


def _one_report(a: Claim, b: Claim) -> bool:
    """Whether two claims are told by one report's sources: the same actor, or speakers of one
    noun ("two officials", "the other official")."""
    if a.source is not None and a.source == b.source:
        return True
    return bool(_speaker_words(a) & _speaker_words(b))


def _lead_of(
    told: Claim, sents: list[Span], claims: list[Claim], denier: str | None
) -> Claim | None:
    """The claim a denial of "the report" answers: the first of the run of sentences that end
    with ``told`` (the last of ``sents``) and hold only that report's sources' words (none the
    outlet's, none the denier's; :func:`_one_report`); None where that sentence holds more than
    one of them (which one leads is not clear). A report is denied as a whole by its central
    claim, never sentence by sentence."""
    first = len(sents) - 1
    for j in range(len(sents) - 2, max(-1, len(sents) - 2 - LEAD_BACK), -1):
        sent = sents[j]
        inside = [c for c in claims if sent.start_char <= c.start < sent.end_char]
        if not inside or any(
            (c.source is None and c.source_text is None)
            or (denier is not None and c.source == denier)
            or not _one_report(c, told)
            for c in inside
        ):
            break
        first = j
    if first == len(sents) - 1:
        return told
    sent = sents[first]
    led = [
        c
        for c in claims
        if sent.start_char <= c.start < sent.end_char and c.modality != "denied" and not c.negated
    ]
    return led[0] if len(led) == 1 else None


def _account_goes_on(told: Claim, sents: list[Span], claims: list[Claim]) -> bool:
    """Whether the speaker of ``told`` also speaks in the sentence before its own (the last of
    ``sents``), in the same paragraph: the same actor, or a pronoun that carries on whoever
    spoke there."""
    if not sents or "\n" in sents[-1].doc.text[sents[-1].end_char : told.start]:
        return False
    sent = sents[-1]
    inside = [c for c in claims if sent.start_char <= c.start < sent.end_char]
    carried = (told.source_text or "").casefold() in _PRONOUNS
    return any(
        (told.source is not None and c.source == told.source)
        or (carried and (c.source is not None or c.source_text is not None))
        for c in inside
    )


def _shape(sent: Span, lex: Lexicon) -> tuple[Token, str, bool, int, bool, bool, bool] | None:
    """The subject and verb of a short sentence that only denies what it points back to,
    whether its object is an accusation noun, where its own words end (a character offset:
    :func:`_tail`), and whether its object names a whole account ("that account") or a charge
    ("the allegation": ``whole`` and ``charged`` in ``discourse.tsv``), and whether it names a
    report whose lead it answers ("the report": ``lead``)."""
    root = sent.root
    end = _tail(sent)
    named = {  # "The laboratory's director, Ida Fenn,": the name beside the subject adds
        # nothing; nor does a clause about the subject set off by a comma ("Vey, who was
        # minister from 2018 to 2023,")
        t.i
        for c in root.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for a in c.children
        if (a.dep_ == "appos" and a.pos_ == "PROPN")
        or (a.dep_ == "relcl" and a.left_edge.i > 0 and sent.doc[a.left_edge.i - 1].text == ",")
        for t in a.subtree
    }
    words = [t for t in sent if t.i < end and not (t.is_punct or t.is_space or t.i in named)]
    called = dismissal(root)  # "The ministry called the charges fabricated."
    if len(words) > MAX_WORDS or (load_cues().verb(root.lemma_) != "deny" and called is None):
        return None
    if any(c.dep_ == "neg" for c in root.children) or cue_negation(root):
        return None  # "did not deny it", "would neither confirm nor deny it": no denial
    what = {t.i for a in (called[1] + called[2] if called else []) for t in a.subtree}
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in root.children if c.dep_ in ("dobj", "obj")] or (
        [called[0]] if called else []
    )  # "called [the accusation fabricated]": the accusation, the subject of a small clause
    others = [
        c
        for c in root.children
        if c.dep_ not in ("nsubj", "dobj", "obj", "punct", "aux", "advmod", "npadvmod")
        and c.i not in what
        and c.i < end
    ]
    if len(subjects) != 1 or len(objects) != 1 or others:
        return None
    obj = objects[0]
    if not lex.names("answered", obj):
        return None
    if any(c.dep_ not in ("det", "amod") and c.i not in what for c in obj.children):
        return None  # "the accusation of negligence": it names what it denies
    accusation = obj.lemma_.lower() in load_dismissals()["accusation"]
    return (
        subjects[0],
        root.lower_,
        accusation,
        sent.doc[end].idx if end < sent.end else sent.end_char,
        lex.names("whole", obj),
        lex.names("charged", obj),
        lex.names("lead", obj),
    )


def denier_of(
    subject: Token, framed: Claim | None, actors: list[Actor]
) -> tuple[str | None, str | None]:
    """Who denies: the source the attribution stage found for the sentence, else the actor the
    subject names; a pronoun it did not resolve names nobody (None, None)."""
    if framed is not None and framed.source is not None:
        return framed.source, framed.source_text
    phrase = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
    lo, hi = phrase.start_char, phrase.end_char
    for a in actors:
        if any(lo <= m.start and m.end <= hi for m in a.mentions) and a.type != "group":
            return a.id, phrase.text
    if subject.pos_ in _PRONOUN_SUBJECTS:
        return None, None
    return None, phrase.text


@cache
def load_accusing() -> frozenset[str]:
    """``data/accusing.tsv``: the verbs that charge someone with a wrong."""
    return word_list(__package__ or "whatweknow.stages.claims", "accusing.tsv")


def _accuses(claim: Claim, doc: Doc, actors: list[Actor], denier: str | None) -> bool:
    """Whether a claim is an accusation "the accusation" may answer: a verb of
    :func:`load_accusing` tells it (the claim's words hang on it: "blamed the band for the
    fire", "alleged that …"), or its words name the denier, an actor, as the doer ("the landlord
    hid the survey", denied by the landlord; not "a strike against the landlord")."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return False
    accusing = load_accusing()
    if any(
        not span.start <= t.i < span.end and t.lemma_.lower() in accusing
        for t in span.root.ancestors
    ):
        return True
    actor = next((a for a in actors if a.id == denier), None)
    if actor is None:
        return False
    for m in actor.mentions:
        if not (claim.start <= m.start and m.end <= claim.end):
            continue
        named = doc.char_span(m.start, m.end, alignment_mode="expand")
        if named is None:
            continue
        head = named.root
        if head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent"):
            return True  # the denier as the doer ("the landlord hid the survey"), not one
            # named otherwise ("were considering legal action against the landlord")
    return False


LOOK_BACK = 600
"""Characters before a denial within which the accuser's words it answers may lie: the
paragraph before or the one before that ("Morsk blamed cuts made by her predecessor, Anton Vey,
for the collapse. "Those choices were not mine," she said. Vey rejected the accusation.")."""
_STATED = frozenset({"reported", "asserted", "alleged"})


def _accused_before(
    sents: list[Span], k: int, claims: list[Claim], actors: list[Actor], denier: str | None
) -> Claim | None:
    """The claim a denial in sentence ``k`` answers where the sentence before gives no one
    claim to answer: the sentences back from it, within :data:`LOOK_BACK` characters, hold only
    one identified party's words (not the denier's), back to the outlet's own voice or another
    source; of these, the nearest that names the denier, an actor, in its words and accuses
    (:func:`_accuses`: told by a verb of blame, or naming the denier as the doer), stated or
    alleged, not negated. None where that party denies something among them, or the denier is
    no actor (a group, an unresolved pronoun)."""
    actor = next((a for a in actors if a.id == denier), None)
    if actor is None or actor.type == "group":
        return None
    start = sents[k].start_char
    party: str | None = None
    chain: list[Claim] = []
    for sent in reversed(sents[:k]):
        if start - sent.end_char > LOOK_BACK:
            break
        inside = [c for c in claims if sent.start_char <= c.start < sent.end_char]
        sources = {c.source for c in inside}
        if not inside or len(sources) != 1 or None in sources:
            break  # the outlet's own voice, someone unidentified, or two parties
        (who,) = sources
        if who == denier or (party is not None and who != party):
            break
        party = who
        chain += sorted(inside, key=lambda c: -c.start)
    if any(c.modality == "denied" for c in chain):
        return None  # the accuser denies something too: two denials agree
    named = [
        c
        for c in chain
        if c.modality in _STATED
        and not c.negated
        and any(c.start <= m.start and m.end <= c.end for m in actor.mentions)
        and _accuses(c, sents[k].doc, actors, denier)
    ]
    return named[0] if named else None
