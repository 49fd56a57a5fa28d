"""What may not be established: a party's view or demand and a plan merged into one statement,
an outlet's sentence that weighs instead of telling, a group's deed corroborated by one of its
kind named alone. Names written for these tests."""

from __future__ import annotations

from datetime import date

from whatweknow.briefing.cite import Voice
from whatweknow.briefing.claims import (
    ANALYSIS,
    CLAIMED,
    ESTABLISHED,
    claim_sections,
    place,
    supports,
)
from whatweknow.briefing.model import Citation
from whatweknow.briefing.statements import Said, Statement

DAY = date(2025, 9, 2)


def said(outlet: str, voice: str | None, words: str) -> Said:
    who = Voice(voice, "source") if voice else Voice(outlet, "outlet")
    cite = Citation(article=outlet[:6], start=0, end=len(words), outlet=outlet, text=words)
    return Said(cite, "asserted" if voice is None else "reported", who, seen=DAY)


def statement(text: str, *reports: Said) -> Statement:
    return Statement("c1", text, list(reports), len(reports), None, (DAY, 0, 1))


def test_a_demand_and_a_plan_merged_establish_nothing() -> None:
    demand = "the ledger should be audited in Porvik"
    st = statement(
        demand,
        said("Tolvan Wire", "Counsel Edda Brun", demand),
        said("Brenna Gazette", "Harrow Rowing Union", "the ledger would be audited in Porvik"),
    )
    assert place(st, DAY) == CLAIMED
    done = "the ledger was audited in Porvik"
    deed = statement(
        done,
        said("Tolvan Wire", "Counsel Edda Brun", done),
        said("Brenna Gazette", "Harrow Rowing Union", "the ledger was audited in Porvik on May 3"),
    )
    assert place(deed, DAY) == ESTABLISHED


def test_a_plan_in_one_report_does_not_corroborate_the_deed() -> None:
    done = "The rowing union reopened the boathouse"
    plan = said("Brenna Gazette", "Harrow Rowing Union", "it would reopen the boathouse")
    assert supports(statement(done), said("Tolvan Wire", "Clerk Ivo Tamm", done))
    assert not supports(statement(done), plan)


def test_an_outlets_sentence_that_weighs_a_thing_is_its_analysis() -> None:
    for words in ("The union's choice of auditor matters.", "The timing is key for the crew."):
        assert place(statement(words, said("Brenna Gazette", None, words)), DAY) == ANALYSIS
    fact = "The union discussed money matters with the crew."
    assert place(statement(fact, said("Brenna Gazette", None, fact)), DAY) == ESTABLISHED


def test_one_of_a_kind_named_alone_is_no_corroboration_of_the_group() -> None:
    group = "Both rowers have been barred from the regatta."
    st = statement(
        group,
        said("Tolvan Wire", None, group),
        said("Brenna Gazette", "Harrow Rowing Union", "the junior rower had been barred from the "
             "regatta on Friday"),
    )  # fmt: skip
    assert not supports(st, st.reports[1])
    (line,) = claim_sections([st], [], [], DAY)[0].items
    assert "independent sources" not in line.text
    assert [c.outlet for c in line.citations] == ["Tolvan Wire"]
    same = said("Brenna Gazette", "Harrow Rowing Union", "both rowers had been barred")
    assert supports(st, same)


def test_an_experts_view_stays_analysis() -> None:
    view = "the rating should have closed the boathouse"
    expert = Said(
        Citation(article="Tolvan", start=0, end=len(view), outlet="Tolvan Wire", text=view),
        "reported",
        Voice("Engineer Ivo Tamm", "source", analyst=True),
        seen=DAY,
    )
    assert place(statement(view, expert), DAY) == ANALYSIS


def test_a_modal_word_used_otherwise_is_no_view() -> None:
    for words in (
        "The would-be thief was caught at the boathouse.",
        "The will of the members was read at the boathouse.",
    ):
        assert place(statement(words, said("Brenna Gazette", None, words)), DAY) == ESTABLISHED
    plan = "The boathouse will reopen in May."
    assert place(statement(plan, said("Brenna Gazette", None, plan)), DAY) == CLAIMED
