"""Denials paired with what they deny, inside one article.

A denied claim is paired with the claim it most plausibly denies: the other claim sharing the
most content words (nouns and names, by lemma) with it, at least two of them (one a common
noun: names alone say who, not what), or all of the denied claim's when it has only one or
two ("denied the report" pairs with nothing; "denied
plans for a uranium deal" pairs with "the two sides discussed a uranium deal"). ``about`` lists
the shared words in the denied claim's order.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...model import Claim, Contradiction

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


def denials(claims: list[Claim], spans: dict[str, Span]) -> list[Contradiction]:
    words = {c.id: content_words(spans[c.id]) for c in claims}
    out = []
    for denied in claims:
        if denied.modality != "denied" or not words[denied.id]:
            continue
        mine = words[denied.id]
        best: tuple[int, Claim] | None = None
        for other in claims:
            if other.id == denied.id or other.modality == "denied":
                continue
            shared = [w for w in mine if w in words[other.id]]
            nouns = [w for w in shared if not w.startswith("^")]
            enough = nouns and (len(shared) >= 2 or len(shared) == len(mine))
            if enough and (best is None or len(shared) > best[0]):
                best = (len(shared), other)
        if best is not None:
            other = best[1]
            about = " ".join(w.lstrip("^") for w in mine if w in words[other.id])
            out.append(Contradiction(a=other.id, b=denied.id, kind="denial", about=about))
    return out
