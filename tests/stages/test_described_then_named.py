"""A speaker shown by a description is the one the article names as such when only one can be
meant: "a survivor" is the person the very next sentence names at its start, for the first
time ("Lena Brik, 41, …"); "the company" is the one company the sentence before names, though
not as its subject. Two companies there, a spokesman named next, or a "he" for "a woman": the
description stays as written. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model

CRASH = "A bus left the road near Tollbrae on Monday.\n\n"


def test_a_survivor_is_the_person_named_next(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "A survivor from Ostwick said the driver had been speeding.\n\n"
        "Hedda Lorne, 41, was travelling with her son. She said she would not take a bus again.",
    )
    found = source(d, claim_with(d, "the driver had been speeding"))
    assert found is not None and found.name == "Hedda Lorne"


def test_a_woman_is_the_person_named_next_with_her_occupation(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "A Pellish woman who survived the crash has denied the operator's account.\n\n"
        "Hedda Lorne, a 34-year-old nurse from Ostwick, spoke to reporters from her hospital bed.",
    )
    found = source(d, claim_with(d, "the operator's account"))
    assert found is not None and found.name == "Hedda Lorne"


def test_a_spokesman_named_next_is_not_the_survivor(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "A survivor said the driver had been speeding.\n\n"
        "Ivo Marrant, a police spokesman, said the brakes would be examined.",
    )
    found = source(d, claim_with(d, "the driver had been speeding"))
    assert found is None or found.name != "Ivo Marrant"


def test_a_man_named_next_is_not_the_woman(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "A woman who survived the crash said the driver had been speeding.\n\n"
        "Ivo Marrant, 52, was in the seat behind him. He said he had seen nothing.",
    )
    found = source(d, claim_with(d, "the driver had been speeding"))
    assert found is None or found.name != "Ivo Marrant"


def test_the_company_is_the_one_named_in_the_sentence_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "The transport ministry said on Friday it had suspended the remaining licences "
        "of Wendrow Coach Lines pending an inquiry. The company said it would challenge the "
        "decision.",
    )
    found = source(d, claim_with(d, "challenge the decision"))
    assert found is not None and found.name == "Wendrow Coach Lines"


def test_two_companies_before_leave_the_company_unnamed(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Wendrow Buses and Tollbrae Coaches lost their licences on Tuesday.\n\n"
        "The company said it would appeal the decision.",
    )
    found = source(d, claim_with(d, "appeal the decision"))
    assert found is None or found.name not in ("Wendrow Buses", "Tollbrae Coaches")


AGENCY = (
    "FENWICK, Nov 14 (Wire) - The regional road agency in northern Pellmark admitted on "
    "Saturday that a sign warning drivers of the bend had been missing.\n\n"
)


def test_a_regional_road_agency_is_the_roads_agency_named_later(analyser: Analyser) -> None:
    d = body(
        analyser,
        AGENCY + "\u201cThe sign was taken down for repairs,\u201d Tomas Brell, director of the "
        "Upland Roads Agency, told reporters in Fenwick.",
    )
    found = source(d, claim_with(d, "had been missing"))
    assert found is not None and found.name == "Upland Roads Agency"


def test_two_roads_agencies_named_later_leave_it_unnamed(analyser: Analyser) -> None:
    d = body(
        analyser,
        AGENCY + "The Upland Roads Agency and the Lowland Roads Agency share the pass.",
    )
    found = source(d, claim_with(d, "had been missing"))
    assert found is None or "Roads Agency" not in found.name


def test_a_regional_agency_is_not_a_national_one_named_later(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The regional agency admitted on Saturday that a sign had been missing.\n\n"
        "The National Transport Agency said it would review the bend.",
    )
    found = source(d, claim_with(d, "a sign had been missing"))
    assert found is None or found.name != "National Transport Agency"


def test_the_operator_is_the_one_body_told_to_run_the_bus(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The bus, run by Wendrow Coach Lines, left the road at a bend above Tollbrae.\n\n"
        "A survivor has said the bus was going much too fast; the operator says it was within "
        "the speed limit.",
    )
    found = source(d, claim_with(d, "within the speed limit"))
    assert found is not None and found.name == "Wendrow Coach Lines"


def test_two_bodies_running_vehicles_leave_the_operator_unnamed(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The bus, run by Wendrow Coach Lines, hit a lorry operated by Tarn Haulage.\n\n"
        "The operator said the driver was not to blame.",
    )
    found = source(d, claim_with(d, "not to blame"))
    assert found is None or found.name not in ("Wendrow Coach Lines", "Tarn Haulage")
