"""Negated evidence: a proposition that a speaker says nothing shows.

"The police said they had not seen any evidence that the video had been edited", "the port
authority found no sign that the cargo had been tampered with", "there was nothing to suggest
that the fire was set": the proposition under a negated noun of evidence (or under "nothing to
suggest") is never the speaker's claim of it; the speaker rejects it. Its modality is
``denied``, the negating words its hedge ("not seen any evidence", "no sign"), so the line
shows what was said. The nouns and verbs are ``data/evidence.tsv``. Only where the noun is
found, seen, had or there is none ("offered no evidence that …" says nothing of what its
speaker holds, and stays as the negated-cue rule leaves it).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from .._lists import kinded_lists


@cache
def _lists() -> dict[str, frozenset[str]]:
    rows = kinded_lists("whatweknow.stages.claims", "evidence.tsv")
    return {kind: frozenset(w.lower() for w in words) for kind, words in rows.items()}


_QUESTION = frozenset({"whether", "if", "who", "what", "when", "where", "why", "how", "which"})


def _negators(verb: Token) -> list[Token]:
    return [
        c
        for c in verb.children
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "nowhere"))
    ]


def _start(neg: list[Token]) -> int:
    """The first word of a negated verb's negation ("not seen", "never found")."""
    return min(t.i for t in neg)


def _noun_negation(noun: Token, finding: frozenset[str]) -> int | None:
    """The index of the first word negating a noun of evidence ("no sign", "had not seen any
    evidence"), where the noun is found, seen, had or said to be none; else None."""
    verb = noun.head
    if verb.i == noun.i or verb.lemma_.lower() not in finding:
        return None
    if noun.dep_ not in ("dobj", "obj", "attr", "nsubj", "nsubjpass"):
        return None
    no = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if no is not None:
        return no.i
    neg = _negators(verb)
    if neg and verb.i < noun.i:  # "had not seen any evidence", "never found proof"
        return _start(neg)
    return None


def no_evidence(cue: Span, content: Span) -> str | None:
    """The words by which a cue's speaker says nothing shows the content ("no evidence", "not
    seen any sign", "nothing to suggest"), or None. Not over a question ("no evidence of who
    …") nor a thing."""
    if not len(cue) or not len(content):
        return None
    before = content.doc[content.start - 1] if content.start else None
    if content[0].lower_ in _QUESTION or (before is not None and before.lower_ in _QUESTION):
        return None
    if content.root.dep_ in ("dobj", "obj", "pobj"):
        return None
    lists = _lists()
    nouns, finding = lists.get("noun", frozenset()), lists.get("finding", frozenset())
    showing = lists.get("showing", frozenset())
    head = cue[0]
    doc = head.doc
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma in nouns:
        first = _noun_negation(head, finding)
        return None if first is None else doc[first : head.i + 1].text
    if head.pos_ == "VERB" and lemma in showing and head.dep_ in ("relcl", "acl"):
        nothing = head.head  # "there was nothing to suggest", "found nothing to indicate"
        if (
            nothing.i < head.i
            and nothing.lower_ == "nothing"
            and nothing.head.lemma_.lower() in finding
        ):
            return doc[nothing.i : head.i + 1].text
        return None
    if lemma in finding and head.pos_ in ("VERB", "AUX"):  # "found no trace that P": the cue
        for noun in head.children:  # is the verb, the noun its object
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns and noun.i > head.i:
                first = _noun_negation(noun, finding)
                if first is not None:
                    return doc[first : noun.i + 1].text
    return None
