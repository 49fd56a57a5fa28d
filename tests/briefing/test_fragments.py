"""Lines that are no line (:func:`whatweknow.briefing.statements.said` leaves them out): a bare
demonstrative subject, a line of pronouns, a verb without what it takes, an "It" that names a
doer nobody resolves. Words written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.briefing.statements import _doing_it, _points_away, _wants_complement, said
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout


def test_a_line_that_points_away_is_no_line() -> None:
    for words in (
        "That in itself is a scandal",
        "That alone is not enough",
        "That is for the tribunal to decide",
        "That choice matters.",
        "But we are close to it",
    ):
        assert _points_away(words), words
    for words in (
        "That night the boathouse burned.",
        "That the union knew is not in doubt.",
        "This season's regatta was cancelled.",
        "We are close to a deal with the Porvik crew",
        "This was a failure of the hull, not of the crew",
        "That is a question for the harbour police.",
    ):
        assert not _points_away(words), words


def test_a_verb_without_what_it_takes_is_no_line() -> None:
    assert _wants_complement("The rowing union has not yet agreed.")
    assert _wants_complement("The tribunal decided.")
    assert not _wants_complement("The rowers' ban was confirmed.")
    assert not _wants_complement("The union agreed to the audit.")
    assert not _wants_complement("The union has not commented.")


def test_an_it_that_does_something_names_a_doer() -> None:
    assert _doing_it("It gave no further details, citing the rower's age.")
    assert _doing_it("It declined to name the clerk.")
    assert not _doing_it("It rained on the regatta.")
    assert not _doing_it("It emerged that the ledger was lost.")


def test_a_verb_ending_a_clause_inside_the_sentence_is_no_fragment() -> None:
    assert not _wants_complement("The tribunal has not said whether it considers the fee agreed.")


@pytest.mark.model
def test_an_outlets_it_or_its_that_names_nobody_is_no_line(analyser: Analyser) -> None:
    text = (
        "Rowing union bars two rowers\n\n"
        "The Harrow Rowing Union barred two junior rowers from the Porvik regatta on Monday. "
        "It gave no further details, citing the rowers' ages.\n\n"
        "Its spokesman declined to comment on Tuesday.\n\n"
        "The regatta opens on Saturday with eleven crews.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 9, 2))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    kept = {c.text for c in d.claims if said(d, c, {}) is not None}
    assert not any(t.startswith(("It gave", "Its spokesman")) for t in kept), kept
    assert any(t.startswith("The regatta opens") for t in kept), kept
