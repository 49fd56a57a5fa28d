"""One article analysed for a test, and the records of it a test looks up: shared by the tests
of who says what (attribution and the claims it gives)."""

from __future__ import annotations

from datetime import date

from whatweknow import Analyser
from whatweknow.model import Actor, Claim, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout


def body(
    analyser: Analyser,
    paragraphs: str,
    *,
    title: str = "Mills in the news",
    published: date = date(2025, 5, 6),
) -> Dossier:
    """The dossier of an article of ``paragraphs`` under ``title``, every quote and claim
    checked to slice the text exactly."""
    text = f"{title}\n\n{paragraphs}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=published)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    for rec in [*d.quotes, *d.claims]:
        assert text[rec.start : rec.end] == rec.text
    return d


def claims_with(d: Dossier, fragment: str) -> list[Claim]:
    found = [c for c in d.claims if fragment in c.text]
    assert found, (fragment, [c.text for c in d.claims])
    return found


def claim_with(d: Dossier, fragment: str) -> Claim:
    return claims_with(d, fragment)[0]


def source(d: Dossier, c: Claim) -> Actor | None:
    return next((a for a in d.actors if a.id == c.source), None)
