"""A source the report leaves unnamed stays unnamed, and is the one its pronoun or its
description goes back to: "in Aldwen, a source at the city's hospital" makes Aldwen the city,
never a person speaking as the source. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_the_city_owning_a_sources_hospital_is_no_person(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Eleven people have now died as a result of Sunday's gas explosion in Aldwen, a source "
        "at the city's Gallow Street Hospital told the Herald on Monday.\n\n"
        "The source, who was not authorised to speak publicly, said two were in a critical "
        "condition.",
    )
    found = source(d, claim_with(d, "two were in a critical condition"))
    assert found is None or found.name != "Aldwen"
    assert all(a.type != "person" for a in d.actors if a.name == "Aldwen")


BLAST = (
    "Investigators examining Sunday's explosion in Aldwen are concentrating on a pipe in the "
    "cellar, a senior city official told the Herald, citing officers at the scene.\n\n"
)


def test_he_after_an_unnamed_officials_report_is_that_official(analyser: Analyser) -> None:
    d = body(
        analyser,
        BLAST + "The official, who asked not to be named, said the officers believed gas had "
        "gathered overnight. He stressed that nothing had been ruled out.",
    )
    found = source(d, claim_with(d, "nothing had been ruled out"))
    assert found is not None and found.type == "group" and "official" in found.name


def test_he_is_not_the_unnamed_spokeswoman_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        BLAST + "The spokeswoman, who asked not to be named, said the officers believed gas had "
        "gathered overnight. He stressed that nothing had been ruled out.",
    )
    found = source(d, claim_with(d, "nothing had been ruled out"))
    assert found is None or "spokeswoman" not in found.name


def test_the_official_is_the_unnamed_official_just_introduced(analyser: Analyser) -> None:
    d = body(
        analyser,
        BLAST + "The official, who asked not to be named, said gas had gathered overnight.",
    )
    found = source(d, claim_with(d, "gas had gathered overnight"))
    assert found is not None and found.name == "senior city official"


def test_the_source_is_the_source_at_the_hospital(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Eleven people were hurt in the fire, a source at Gallow Street Hospital told the "
        "Herald on Monday.\n\n"
        "The source, who was not authorised to speak publicly, said two were in a critical "
        "condition.",
    )
    found = source(d, claim_with(d, "two were in a critical condition"))
    assert found is not None and found.name == "source at Gallow Street Hospital"


def test_the_official_after_two_unnamed_officials_is_neither(analyser: Analyser) -> None:
    d = body(
        analyser,
        BLAST + "A second official said the pipe had been replaced in May.\n\n"
        "The official said gas had gathered overnight.",
    )
    found = source(d, claim_with(d, "gas had gathered overnight"))
    assert found is None or found.name not in ("senior city official", "second official")


TOLL = "The death toll from Sunday's explosion in Aldwen has risen to 12, officials said.\n\n"
ADMITTED = (
    "Pellow Gas admitted on Wednesday that a call reporting a smell of gas at the block had "
    "been logged by its emergency line on the evening of November 5, three days before the "
    "blast, but that no engineer had been sent"
)


def test_the_company_is_the_unknown_name_that_spoke_just_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        TOLL + ADMITTED + ". The company had said on Monday that it had no record of any such "
        "call.",
    )
    found = source(d, claim_with(d, "no record of any such call"))
    assert found is not None and found.name == "Pellow Gas" and found.type == "organisation"


def test_the_company_after_a_sentence_naming_two_is_not_made_up(analyser: Analyser) -> None:
    d = body(
        analyser,
        TOLL + ADMITTED + ", after a meeting with Mayor Dana Kirsk. The company had said on "
        "Monday that it had no record of any such call.",
    )
    found = source(d, claim_with(d, "no record of any such call"))
    assert found is None or found.name != "Pellow Gas"
