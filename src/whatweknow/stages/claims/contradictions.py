"""Denials paired with what they deny, inside one article, by proposition.

A denied claim (modality ``denied``) is paired with the claim whose proposition it denies: the
same frame (:mod:`.proposition`), the same polarity of the proposition (the denial's is what is
denied), compatible participants (a role filled in both by disjoint actors keeps them apart) and
at least one content word (noun or name, by lemma) in common. Among several, the one sharing the
most content words wins. Two denials are never a pair, nor are claims without a proposition
(fragments): "denied the report" pairs with nothing. ``about`` lists the frame and the shared
words.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...contract import Claim, Contradiction, Proposition

_WEAK = frozenset(
    {
        "report",
        "reports",
        "claim",
        "claims",
        "statement",
        "story",
        "thing",
        "way",
        "time",
        "year",
        "day",
        "week",
        "people",
        "official",
        "officials",
    }
)


def content_words(span: Span) -> list[str]:
    """Lemmas of the nouns and names of a span; names are marked with a leading ``^``."""
    out: list[str] = []
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and len(lemma) > 2 and lemma not in _WEAK:
            word = lemma if tok.pos_ == "NOUN" else f"^{lemma}"
            if word not in out:
                out.append(word)
    return out


def compatible_roles(a: list[str], b: list[str]) -> bool:
    """A role is compatible when either side leaves it empty or both share an actor."""
    return not a or not b or bool(set(a) & set(b))


def same_proposition(a: Proposition, b: Proposition) -> bool:
    """Same frame and compatible participants, no actor switching roles (polarity is not
    compared)."""
    return (
        a.frame == b.frame
        and compatible_roles(a.agent, b.agent)
        and compatible_roles(a.theme, b.theme)
        and not set(a.agent) & set(b.theme)
        and not set(a.theme) & set(b.agent)
    )


def denials(claims: list[Claim], spans: dict[str, Span]) -> list[Contradiction]:
    words = {c.id: content_words(spans[c.id]) for c in claims}
    out = []
    for denied in claims:
        dp = denied.proposition
        if denied.modality != "denied" or dp is None:
            continue
        mine = words[denied.id]
        best: tuple[int, Claim] | None = None
        for other in claims:
            op = other.proposition
            if other.id == denied.id or other.modality == "denied" or op is None:
                continue
            if op.negative != dp.negative or not same_proposition(dp, op):
                continue
            shared = [w for w in mine if w in words[other.id]]
            if shared and (best is None or len(shared) > best[0]):
                best = (len(shared), other)
        if best is not None:
            other = best[1]
            about = " ".join(w.lstrip("^") for w in mine if w in words[other.id])
            out.append(
                Contradiction(a=other.id, b=denied.id, kind="denial", about=f"{dp.frame}: {about}")
            )
    return out
