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
    return not any(c.dep_ in SUBJECTS and span.start <= c.i < span.end for c in root.children)


def said_of(span: Span, cue: Token) -> Span | None:
    """``span`` as a claim: itself when it states something, extended to the noun its relative
    clause is said of when it lacks a subject, or None (a fragment)."""
    if cue.dep_ != "relcl" or not _subjectless(span):
        return span  # only a cue in a relative clause leaves its content without a subject
    if cue.head.pos_ != "NOUN" or cue.head.i >= span.start:
        return None
    if any(t.lower_ == "which" for t in span.doc[cue.head.i + 1 : span.start]):
        return None  # ", which analysts said could mean": "which" may stand for a whole clause
    return span.doc[cue.head.left_edge.i : span.end]
