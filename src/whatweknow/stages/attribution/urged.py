"""Urging after a pronoun: "The Orrin Tenants Association said …. It urged Selvane Housing
to repair every flat." The second sentence tells an act of the association's, in words that
name it only by "It"; read as the outlet's own sentence, the line would name the outlet as its
speaker. A frame (frames.py) whose speaker is the pronoun (resolved as for "it said": the
subject before, else nobody) and whose content is the addressee and what it is urged to do gives
the words to the party, or to nobody, never to the outlet. A noun subject ("The association
urged …") names the party in the outlet's own sentence, which stays as it is."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from .._lists import word_list

_PRONOUNS = frozenset({"it", "they", "he", "she"})


@cache
def load_urging() -> dict[str, frozenset[str]]:
    """``data/urging.tsv``: each verb of urging with the prepositions that mark who is urged
    ("" for a direct object)."""
    found: dict[str, set[str]] = {}
    for entry in word_list(__package__, "urging.tsv"):
        verb, _, prep = entry.partition(" ")
        found.setdefault(verb, set()).add(prep)
    return {verb: frozenset(preps) for verb, preps in found.items()}


def addressee(verb: Token, preps: frozenset[str], *, particle: bool = False) -> Token | None:
    """Who ``verb`` urges: its direct object, or the object of one of its ``preps`` (with
    ``particle``, also of one the parse took for a particle: "called on(prt) Vane to quit")."""
    deps = ("prep", "prt") if particle else ("prep",)
    for c in verb.children:
        if c.dep_ == "dobj" and "" in preps:
            return c
        if c.dep_ in deps and c.lower_ in preps:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _infinitive(verb: Token) -> Token | None:
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def urged(doc: Doc) -> list[tuple[Span, tuple[int, int], Span]]:
    """(cue, content, speaker) of each main verb of urging (``data/urging.tsv``) whose subject
    is a pronoun opening its sentence, with an addressee and an infinitive after it ("It urged
    X to do Y"): the pronoun speaks; "X to do Y" is what it urges. Not where the urging is
    negated or only possible ("It did not urge …", "It may urge …"): nobody urges anything."""
    urging = load_urging()
    out: list[tuple[Span, tuple[int, int], Span]] = []
    for verb in doc:
        preps = urging.get(verb.lemma_.lower())
        if preps is None or verb.pos_ != "VERB" or verb.dep_ != "ROOT":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in _PRONOUNS or subj.i != verb.sent.start:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue
        urged_one, wanted = addressee(verb, preps), _infinitive(verb)
        if urged_one is None or wanted is None or not verb.i < urged_one.i < wanted.i:
            continue
        last = wanted.right_edge
        while last.i > wanted.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        content = (urged_one.left_edge.idx, last.idx + len(last))
        out.append((doc[verb.i : verb.i + 1], content, doc[subj.i : subj.i + 1]))
    return out
