"""Speakers of clauses that hang inside another's words: the reporter of a clause, not its
subject, insists in a time adjunct set off after it; the one accused, not the accuser, denies
in a "when" clause on the deed. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Actor, Claim, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    text = f"Pumps in the news\n\n{paragraphs}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 5, 6))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    for rec in [*d.quotes, *d.claims]:
        assert text[rec.start : rec.end] == rec.text
    return d


def claim_with(d: Dossier, fragment: str) -> Claim:
    found = [c for c in d.claims if fragment in c.text]
    assert found, (fragment, [c.text for c in d.claims])
    return min(found, key=lambda c: len(c.text))  # the clause's own claim, not one holding it


def source(d: Dossier, c: Claim) -> Actor | None:
    return next((a for a in d.actors if a.id == c.source), None)


def test_a_day_after_insisting_is_the_reporters_not_the_reported_clauses_subject(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "On Friday the Orrin Water Board admitted that a contractor had entered the pumping "
        "station, a day after insisting that no pumps had been touched. It put the number of "
        "homes affected at 3,000.",
    )
    found = source(d, claim_with(d, "no pumps had been touched"))
    assert found is not None and found.name == "Orrin Water Board"
    put = source(d, claim_with(d, "number of homes affected"))
    assert put is None or put.name == "Orrin Water Board"


def test_an_after_phrase_with_no_comma_stays_with_its_clause(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Orrin Water Board said Tomas Vell had resigned after insisting that no pumps had "
        "been touched.",
    )
    found = source(d, claim_with(d, "no pumps had been touched"))
    assert found is None or found.name != "Orrin Water Board"


def test_the_one_accused_denies_in_a_when_clause_on_the_deed(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The suit accuses Brenna Shipping Ltd of misleading passengers when it denied on Monday "
        "that any sailing had been cancelled.",
    )
    found = source(d, claim_with(d, "any sailing had been cancelled"))
    assert found is not None and found.name == "Brenna Shipping Ltd"


def test_a_when_clause_on_an_unnamed_accused_names_nobody(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The suit accuses the ferry operator of misleading passengers when it denied on Monday "
        "that any sailing had been cancelled.",
    )
    found = source(d, claim_with(d, "any sailing had been cancelled"))
    assert found is None or found.name != "suit"
