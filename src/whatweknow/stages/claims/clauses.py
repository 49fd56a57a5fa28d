"""Claims are clauses: the main statement of a sentence that embeds an attribution, and the
subject of attributed content that lacks one.

- "Iran will host the talks next week – a meeting diplomats say could revive the deal": the
  attribution ("diplomats say") sits in an apposition, relative or adverbial clause hanging from
  the sentence's main clause; the words before that embedding clause, when they hold the main
  verb and its subject, are the outlet's own statement (:func:`main_clause`), unless that verb
  is itself a report with nothing of its own ("X reported, citing officials, that …"). An
  embedding in the middle of the sentence ("The minister, who aides say was ill, resigned")
  leaves no contiguous main clause: none is made. A clause of its own conjoined to the main
  one ("2,000 have died and 10,000 are believed to be missing") embeds it the same way.
- "could revive the deal" has no subject: said of the noun the relative clause hangs from, the
  claim is "a meeting diplomats say could revive the deal" (:func:`said_of`). Without such a
  noun, or after "which" (that may stand for a whole clause: "…, which analysts said could mean
  …"), it is a fragment and gives no claim.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..attribution.cues import load_cues
from ..attribution.frames import swallowed

EMBEDDING = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_EDGE = frozenset({"–", "—", "-", "--", ",", ";", ":", "(", "and", "but"})


@cache
def _speech_verb(lemma: str) -> bool:
    """A verb of the built-in cue lexicon (say, report, tell …)."""
    return load_cues().verb(lemma) is not None


def _embedding(cue: Token) -> Token | None:
    """The outermost clause or apposition on the path from the cue up to its sentence's root
    that embeds it, or None when the cue is on the main clause's own spine."""
    node, top = cue, None
    while node.head.i != node.i:
        if node.dep_ in EMBEDDING:
            top = node
        node = node.head
    return top


def _conjoined(cue: Token, root: Token) -> Token | None:
    """The clause conjoined to the root, with a subject of its own, that holds the cue ("At
    least 2,000 have died and 10,000 are believed to be missing": the second clause), or None."""
    node = cue
    while node.head.i != node.i and node.head.i != root.i:
        node = node.head
    if node.head.i != root.i or node.i == root.i or node.dep_ != "conj":
        return None
    return node if any(c.dep_ in SUBJECTS for c in node.children) else None


def main_clause(sent: Span, cue: Token, content: tuple[int, int]) -> Span | None:
    """The main statement of ``sent`` that embeds the attribution of ``cue`` at its end, or None."""
    top = _embedding(cue) or _conjoined(cue, sent.root)
    if top is None:
        return None
    doc = sent.doc
    root = sent.root
    first = top.left_edge.i
    last = sent.end
    while last > sent.start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if top.right_edge.i + 1 < last or first <= sent.start:
        return None  # the embedding is not at the end: no contiguous main clause
    end = first
    while end > sent.start and (doc[end - 1].is_space or doc[end - 1].lower_ in _EDGE):
        end -= 1
    main = doc[sent.start : end]
    if not len(main) or not main.start <= root.i < main.end:
        return None
    if root.pos_ not in ("VERB", "AUX") or content[0] <= root.idx < content[1]:
        return None
    if _speech_verb(root.lemma_) and not any(c.dep_ in ("dobj", "obj") for c in root.children):
        return None  # "X reported, citing officials, that …": the main verb is the report
    if not any(c.dep_ in SUBJECTS and c.i < end for c in root.children):
        return None
    while len(main) and (main[0].is_punct or main[0].is_space):
        main = doc[main.start + 1 : main.end]
    return main if len(main) else None


def _subjectless(span: Span) -> bool:
    """A finite verb clause without its subject in the span ("could revive the deal")."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    finite = (
        root.tag_ in _FINITE
        or any(c.tag_ in _FINITE for c in auxes)
        or (root.tag_ == "VBN" and not auxes)  # a past tense tagged as a participle
    )
    if not finite:
        return False
    return not any(  # a subject the parser hung on the auxiliary ("any record was missing")
        c.dep_ in SUBJECTS and span.start <= c.i < span.end
        for head in (root, *auxes)
        for c in head.children
    )


def said_of(span: Span, cue: Token, *, quoted: bool = False) -> Span | None:
    """``span`` as a claim: itself when it states something; extended to the noun its relative
    clause is said of when it lacks a subject; an infinitive ("to have been killed") extended
    to whom it is said of ("Prigozhin, who is believed to have been killed"); or None (a
    fragment: "those the agency said died in the crash" gives no "died in the crash"). A whole
    direct quotation (``quoted``) is its speaker's words as they are."""
    if span[0].lower_ == "to" and span[0].tag_ == "TO":
        return _raised(span, cue)
    if quoted or not _subjectless(span):
        return span  # a whole quotation is its speaker's words, however the parser read it
    if (verb := swallowed(cue)) is not None and verb.i == span.root.i:
        return span  # "saying the inspectors arriving on Monday would …": the parse took the
        # cue for the verb's subject; the clause's own subject is in the span
    if cue.dep_ != "relcl" or cue.head.pos_ != "NOUN" or cue.head.i >= span.start:
        return None
    if any(t.lower_ == "which" for t in span.doc[cue.head.i + 1 : span.start]):
        return None  # ", which analysts said could mean": "which" may stand for a whole clause
    return span.doc[cue.head.left_edge.i : span.end]


_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _raised(span: Span, cue: Token) -> Span | None:
    """ "X is believed to have died", "a crash believed to have killed X": the infinitive said of
    the cue's passive subject (a relative pronoun's antecedent) or of the noun the cue's clause
    describes; None when there is none before it."""
    bearer = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    relative = bearer is not None and bearer.lower_ in _RELATIVE and cue.dep_ == "relcl"
    if relative or (bearer is None and cue.dep_ == "acl"):
        bearer = cue.head  # "X, who is believed to …", "a crash believed to have killed X"
    if bearer is None or bearer.pos_ not in ("NOUN", "PROPN") or bearer.i >= span.start:
        return None
    return span.doc[bearer.left_edge.i : span.end]


def _bare(words: Span) -> Span:
    """The span without the punctuation, spaces and joining words at its edges."""
    doc = words.doc
    i, j = words.start, words.end
    while i < j and (doc[i].is_punct or doc[i].is_space or doc[i].lower_ in _EDGE):
        i += 1
    while j > i and (doc[j - 1].is_punct or doc[j - 1].is_space or doc[j - 1].lower_ in _EDGE):
        j -= 1
    return doc[i:j]


def split_aside(span: Span, clause: Span, words: Span) -> tuple[Span, Span] | None:
    """(the rest, the aside) of a span that opens or ends with a clause told in passing
    (``clause``, its ``words`` after its opener: :func:`~.modality.asides`): "A swap would come
    after a verdict, as when the government freed a pilot in 2019" gives "A swap would come
    after a verdict" and "the government freed a pilot in 2019". None when the clause is in the
    middle, or the rest holds no verb."""
    doc = span.doc
    tail = doc[clause.end : span.end]
    if all(t.is_punct or t.is_space for t in tail):
        rest = _bare(doc[span.start : clause.start])
        aside = doc[words.start : span.end]
    elif clause.start == span.start:
        rest = _bare(doc[clause.end : span.end])
        rest = doc[rest.start : span.end] if len(rest) else rest
        aside = words
    else:
        return None
    if len(rest) < 2 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return rest, aside


def split_conjoined(span: Span) -> tuple[Span, Span] | None:
    """(the first, the second) of a span whose main clause has one clause with a "that" of its
    own conjoined to it ("the inquiry was continuing and that the driver could face charges"):
    two statements of one cue, "the inquiry was continuing" and "the driver could face charges".
    None where there is no such clause, or more than one, or the first holds no verb."""
    root = span.root
    joined = [
        c
        for c in root.children
        if c.dep_ == "conj"
        and span.start <= c.i < span.end
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    if len(joined) != 1:
        return None
    conj = joined[0]
    that = min(m.i for m in conj.children if m.dep_ == "mark" and m.lower_ == "that")
    if conj.left_edge.i != that:
        return None  # "and, that …" read oddly: leave it whole
    doc = span.doc
    first = _bare(doc[span.start : that])
    opened = sum(t.tag_ == "``" for t in first) > sum(t.tag_ == "''" for t in first)
    if opened and first.end < that and doc[first.end].tag_ == "''":
        first = doc[first.start : first.end + 1]  # "could well be true” but that …": its mark
    second = _bare(doc[that + 1 : span.end])
    if (
        len(first) < 2
        or len(second) < 2
        or not first.start <= root.i < first.end
        or not any(t.pos_ in ("VERB", "AUX") for t in first)
    ):
        return None
    return first, second
