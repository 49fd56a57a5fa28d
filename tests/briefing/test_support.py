"""Which reports can support a statement, and which lines are never established: a report that
answers nothing or sets the time the other way, and a plan told as the state of things."""

from __future__ import annotations

import dataclasses
from datetime import date

from whatweknow.briefing.cite import Voice
from whatweknow.briefing.claims import CLAIMED, ESTABLISHED, place
from whatweknow.briefing.model import Citation
from whatweknow.briefing.statements import Said, Statement

DAY = date(2025, 4, 9)


def said(outlet: str, voice: str | None, words: str) -> Said:
    who = Voice(voice, "source") if voice else Voice(outlet, "outlet")
    cite = Citation(article=outlet[:6], start=0, end=len(words), outlet=outlet, text=words)
    return Said(cite, "asserted" if voice is None else "reported", who, seen=DAY)


def statement(text: str, *reports: Said) -> Statement:
    return Statement("c1", text, list(reports), len(reports), None, (DAY, 0, 1))


def test_a_question_passed_on_supports_nothing() -> None:
    held = "The ferry's pilot was being held by coastguards"
    st = statement(
        held,
        said("Tolvan Wire", "a coastguard officer", held),
        said("Brenna Gazette", "Harbour Board of Keld", "That's a question for the coastguards."),
    )
    assert place(st, DAY) == CLAIMED
    answered = dataclasses.replace(
        st,
        reports=[st.reports[0], said("Brenna Gazette", "Harbour Board of Keld", held)],
    )
    assert place(answered, DAY) == ESTABLISHED


def test_a_quote_that_sets_the_time_the_other_way_is_no_support() -> None:
    text = "Norland had been warned before the raid began"
    st = statement(
        text,
        said("Tolvan Wire", "Interior Minister Aldo Feyr", text),
        said("Brenna Gazette", "Envoy Mara Sillen", "We were warned the raid had begun when it "
             "had already begun"),
    )  # fmt: skip
    assert place(st, DAY) == CLAIMED
    agreeing = dataclasses.replace(
        st,
        reports=[
            st.reports[0],
            said("Brenna Gazette", "Envoy Mara Sillen", "We were warned before the raid"),
        ],
    )
    assert place(agreeing, DAY) == ESTABLISHED


def test_a_plan_told_as_the_state_of_things_is_never_established() -> None:
    plan = "A lantern walk is planned outside the guild hall on Saturday."
    assert place(statement(plan, said("Brenna Gazette", None, plan)), DAY) == CLAIMED
    done = "A lantern walk was held outside the guild hall on Saturday."
    assert place(statement(done, said("Brenna Gazette", None, done)), DAY) == ESTABLISHED


def test_a_refusal_to_answer_a_question_it_names_is_never_established() -> None:
    refused = "Harbour police would not say whether divers were searching the quay."
    st = statement(refused, said("Brenna Gazette", None, refused))
    st.frame = "search"
    assert place(st, DAY) == CLAIMED
    aside = "Divers were searching the quay and would not comment further."
    st = statement(aside, said("Brenna Gazette", None, aside))
    st.frame = "search"
    assert place(st, DAY) == ESTABLISHED


def test_an_outlets_line_with_a_pronoun_pointing_out_of_it_is_never_established() -> None:
    words = "Quay police had not confirmed his death by Tuesday night."
    plain = said("Brenna Gazette", None, words)
    assert place(statement(words, plain), DAY) == ESTABLISHED
    pointing = dataclasses.replace(plain, dangling=True)
    assert place(statement(words, pointing), DAY) == CLAIMED


def test_one_speaker_carried_by_two_outlets_counts_once() -> None:
    from whatweknow.briefing.claims import claim_sections

    text = "The dam gates were opened at noon"
    st = statement(
        text,
        said("Tolvan Wire", "Water Minister Aldo Feyr", text),
        said("Brenna Gazette", "Water Minister Aldo Feyr", text),
        said("Keld Courier", "Engineer Mara Sillen", text),
    )
    assert place(st, DAY) == ESTABLISHED
    (line,) = claim_sections([st], [], [], DAY)[0].items
    assert "(2 independent sources)" in line.text


def test_an_outlets_line_that_reports_someones_words_is_not_its_fact() -> None:
    for words in (
        "Blue Heron says at least 300 birds were oiled.",
        "On Monday it said about 20 tonnes.",
        "A freed clerk told the Gazette through her sister that the doors were locked.",
    ):
        assert place(statement(words, said("Brenna Gazette", None, words)), DAY) == CLAIMED
    fact = "At least 300 birds were oiled on the spit."
    assert place(statement(fact, said("Brenna Gazette", None, fact)), DAY) == ESTABLISHED


def test_an_outlets_report_of_someones_words_supports_no_statement_of_theirs() -> None:
    text = "No cargo was moved at sea"
    st = statement(
        text,
        said("Tolvan Wire", "Shipping manager Ola Brask", text),
        said("Brenna Gazette", None, "On Monday it said about 20 tonnes, and that no cargo was "
             "moved at sea."),
    )  # fmt: skip
    assert place(st, DAY) == CLAIMED
