"""Speakers where a new person takes the turn: a "he said" after the subject a misparse left
as the sentence's root, a "he" after a semicolon when the one before spoke as "she", the words
joined by "and" before a trailing "X said", and a picture that contradicts nobody's account of
its own. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, claims_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_he_said_goes_to_the_new_subject_not_the_last_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Former mayor Farid Olm rejected the claim. He said the books had been audited. "
        '"It is unfair," he told the Post.\n\n'
        "Councillor Rob Dunn, leader of the Green group, called on Olm to quit. "
        '"The town hall is hiding the books," he said.',
    )
    found = source(d, claim_with(d, "hiding the books"))
    assert found is not None and found.name == "Rob Dunn"


def test_he_after_a_semicolon_is_not_the_woman_who_spoke(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Mayor Lena Brask spoke on Monday. She has blamed the delays on her deputy, Karl Ost; "
        "he says the delays were the board's decision.",
    )
    found = source(d, claim_with(d, "the board's decision"))
    assert found is None or found.name != "Lena Brask"


def test_both_clauses_before_a_trailing_attribution_are_the_speakers(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The skipper has been stood down, and an inquiry will report within ten days, "
        "Harbour Minister Olga Tarn said on Friday.",
    )
    for c in claims_with(d, "an inquiry will report"):
        found = source(d, c)
        assert found is not None and found.name == "Olga Tarn"


def test_a_photograph_denies_nothing(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A photograph appears to show the mayor at the rally, contradicting his account.",
    )
    for c in d.claims:
        found = source(d, c)
        assert found is None or "photograph" not in found.name.lower(), c.text
        assert c.modality != "denied", c.text


def test_a_clip_that_shows_something_is_no_speaker(analyser: Analyser) -> None:
    d = body(analyser, "The clip shows the lights growing brighter over the weir.")
    for c in d.claims:
        found = source(d, c)
        assert found is None or "clip" not in found.name.lower(), c.text


def test_the_family_of_a_dead_man_speaks_not_the_dead_man(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Police shot dead Daniel Kovac, a student, on Tuesday.\n\n"
        "The family of Daniel Kovac said the police had not called them.",
    )
    found = source(d, claim_with(d, "had not called them"))
    assert found is None or found.name != "Daniel Kovac"


def test_a_relative_clause_report_is_its_antecedents_and_ends_with_the_clause(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The mines inspectorate, which first said that no staff had ignored the alarms and "
        "that no fan was switched off, has since admitted the fan.",
    )
    c = claim_with(d, "no staff had ignored the alarms")
    assert "admitted" not in c.text
    found = source(d, c)
    assert found is not None and "inspectorate" in found.name


def test_an_apposition_on_whose_family_it_is_is_no_part_of_the_name(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The family of Daniel Kovac, the student killed by a falling crane on Tuesday, said "
        "the site manager had not called them.",
    )
    found = source(d, claim_with(d, "had not called them"))
    assert found is not None and found.name.lower().startswith("family of daniel kovac")
    assert "crane" not in found.name


def test_the_airline_is_no_pilots_association_named_later(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The pilot was grounded on Monday, the airline said.\n\n"
        "The Orrin Airline Pilots Association said it would back him.",
    )
    found = source(d, claim_with(d, "grounded on Monday"))
    assert found is None or "Association" not in found.name


def test_who_had_his_hands_up_denies_nothing_the_video_contradicts(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Video shows that Rolf Brenn had his hands in the air, contradicting the harbour "
        "police's earlier claim that Brenn had refused to raise them.",
    )
    for c in d.claims:
        found = source(d, c)
        assert not (found is not None and found.name == "Rolf Brenn" and c.modality == "denied")
