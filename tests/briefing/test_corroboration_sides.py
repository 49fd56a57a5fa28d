"""What may be established: never a conditional, nor two sides of a question counted as one
another's support, nor an outlet's unconfirmed report, nor one party counted twice because one
outlet names it by a description and another by name (texts written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.briefing.cite import Voice
from whatweknow.briefing.claims import CLAIMED, ESTABLISHED, _plain, place
from whatweknow.briefing.model import Citation
from whatweknow.briefing.statements import Said, Statement

DAY = date(2025, 4, 9)


def said(outlet: str, voice: Voice | None, words: str) -> Said:
    who = voice or Voice(outlet, "outlet")
    cite = Citation(article=outlet[:6], start=0, end=len(words), outlet=outlet, text=words)
    return Said(cite, "asserted" if voice is None else "reported", who, seen=DAY)


def statement(text: str, *reports: Said) -> Statement:
    return Statement("c1", text, list(reports), len(reports), None, (DAY, 0, 1))


INSIDE = "the ferry Marlow Tide was anchored 3 km inside the Osk quarantine zone"
OUTSIDE = "the ferry Marlow Tide was anchored just outside the Osk quarantine zone"
IF = (
    "If the ferry Marlow Tide was anchored inside the Osk quarantine zone, the guard could hold it."
)


def test_the_other_side_and_a_conditional_support_nothing() -> None:
    st = statement(
        INSIDE,
        said("Tolvan Wire", Voice("Osk port guard", "source"), INSIDE),
        said("Brenna Gazette", Voice("Marrow Tracking", "source"), OUTSIDE),
        said("Keld Courier", None, IF),
    )
    assert place(st, DAY) == CLAIMED
    item = _plain(st)
    assert "If " not in item.text and "independent" not in item.text
    agreeing = statement(
        INSIDE,
        said("Tolvan Wire", Voice("Osk port guard", "source"), INSIDE),
        said("Brenna Gazette", Voice("Marrow Tracking", "source"), INSIDE),
    )
    assert place(agreeing, DAY) == ESTABLISHED


def test_a_conditional_in_the_outlets_voice_is_never_established() -> None:
    assert place(statement(IF, said("Keld Courier", None, IF)), DAY) == CLAIMED
    plain = "The guard held the ferry Marlow Tide inside the Osk quarantine zone."
    assert place(statement(plain, said("Keld Courier", None, plain)), DAY) == ESTABLISHED


def test_an_outlets_unconfirmed_report_is_never_established() -> None:
    hedged = "The harbour master met the guard on Monday, the Keld Courier understands."
    assert place(statement(hedged, said("The Keld Courier", None, hedged)), DAY) == CLAIMED
    told = "Sources told the Courier the harbour master met the guard on Monday."
    assert place(statement(told, said("The Keld Courier", None, told)), DAY) == CLAIMED
    plain = "The harbour master met the guard on Monday."
    assert place(statement(plain, said("The Keld Courier", None, plain)), DAY) == ESTABLISHED


def test_an_outlets_exclusive_is_its_report_not_an_established_fact() -> None:
    """A document "obtained by" or "seen by" an outlet, or what it "can reveal": one outlet's
    finding, which the party it concerns may yet call a draft; never established alone."""
    for words in (
        "Under the ferry board's rules, a copy of which has been obtained by the Keld Courier, "
        "no ferry may sail in fog.",
        "The ferry board's rules, seen by the Courier, bar sailings in fog.",
        "The ferry board ignored its own fog rules, the Keld Courier can reveal.",
    ):
        assert place(statement(words, said("The Keld Courier", None, words)), DAY) == CLAIMED
    for plain in (
        "The ferry board's rules bar sailings in fog.",
        "The ferry was last seen by fishermen off Osk on Monday.",
    ):
        assert place(statement(plain, said("The Keld Courier", None, plain)), DAY) == ESTABLISHED


def test_a_party_by_description_is_no_second_voice_beside_a_named_one() -> None:
    words = "the ferry's radio had been switched off for repairs"
    owner = Voice("ferry owner", "source", described=True)
    st = statement(
        words,
        said("Tolvan Wire", owner, words),
        said("Brenna Gazette", Voice("Ilse Varrow", "source"), words),
    )
    assert place(st, DAY) == CLAIMED
    two_named = statement(
        words,
        said("Tolvan Wire", Voice("Osk port guard", "source"), words),
        said("Brenna Gazette", Voice("Ilse Varrow", "source"), words),
    )
    assert place(two_named, DAY) == ESTABLISHED


def test_a_party_by_description_adds_no_source_beside_named_ones() -> None:
    words = "the ferry's radio had been switched off for repairs"
    st = statement(
        words,
        said("Tolvan Wire", Voice("ferry owner", "source", described=True), words),
        said("Brenna Gazette", Voice("Ilse Varrow", "source"), words),
        said("Keld Courier", Voice("Osk port guard", "source"), words),
    )
    assert place(st, DAY) == ESTABLISHED
    assert _plain(st).text == f"{words} (2 independent sources)"
