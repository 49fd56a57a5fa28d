"""An outlet's own finding that a party calls a draft by describing it as that outlet's ("the
rules quoted by the Courier were a draft") is contested, never established, though the party
never repeats the finding's words (texts written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.briefing.cite import Voice
from whatweknow.briefing.claims import CLAIMED, ESTABLISHED, claim_sections
from whatweknow.briefing.model import Citation
from whatweknow.briefing.statements import Said, Statement

DAY = date(2025, 4, 9)

FINDING = "Under the ferry board's own rules, no ferry may leave Osk harbour in fog."
OTHER = "Two ferries left Osk harbour on Sunday morning in thick fog."


def said(outlet: str, words: str, voice: Voice | None = None) -> Said:
    who = voice or Voice(outlet, "outlet")
    cite = Citation(article=outlet[:6], start=0, end=len(words), outlet=outlet, text=words)
    return Said(cite, "asserted" if voice is None else "reported", who, seen=DAY)


def sections(*statements: Statement) -> dict[str, list[str]]:
    return {s.title: [i.text for i in s.items] for s in claim_sections(statements, [], [], DAY)}


def test_a_finding_a_party_calls_a_draft_by_its_outlet_is_not_established() -> None:
    finding = Statement("c1", FINDING, [said("The Keld Courier", FINDING)], 1)
    other = Statement("c2", OTHER, [said("The Keld Courier", OTHER)], 1)
    pell = Voice("Ivo Pell", "source")
    for words in (
        "the rules quoted by the Courier were “a draft that was never adopted”",
        "the rules cited by the Keld Courier are out of date",
    ):
        rebuttal = Statement("c3", words, [said("Tolvan Wire", words, pell)], 1)
        placed = sections(finding, other, rebuttal)
        assert not any(FINDING in t for t in placed[ESTABLISHED])
        assert any(FINDING in t for t in placed[CLAIMED])
        assert any(OTHER in t for t in placed[ESTABLISHED])  # the rebuttal's thing only


def test_a_description_that_rebuts_nothing_or_another_outlet_leaves_it_established() -> None:
    finding = Statement("c1", FINDING, [said("The Keld Courier", FINDING)], 1)
    pell = Voice("Ivo Pell", "source")
    for words in (
        "the rules quoted by the Courier had been in force since 2019",
        "the rules quoted by the Brenna Gazette were “a draft that was never adopted”",
    ):
        rebuttal = Statement("c3", words, [said("Tolvan Wire", words, pell)], 1)
        assert any(FINDING in t for t in sections(finding, rebuttal)[ESTABLISHED])
