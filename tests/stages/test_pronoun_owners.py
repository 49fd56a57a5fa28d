"""Whose a pronoun, a possessive or a surname is: "it" after a body's account is the body, "her
brother" is never the brother of a man, a surname two people share is the one its apposition
fits, "three of X's neighbours" are the neighbours, and "rejecting a warning" is the reporter's,
not the reported clause's subject's. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import dossier_helpers
import pytest
from dossier_helpers import claim_with, source

from whatweknow import Analyser
from whatweknow.model import Dossier

pytestmark = pytest.mark.model


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    return dossier_helpers.body(
        analyser, paragraphs, title="Floods in the valley", published=date(2025, 9, 2)
    )


def test_it_after_a_bodys_account_is_that_body(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Councillor Bram Oster said the count was wrong.\n\n"
        "The water board's account has changed twice. On Monday it said the reservoir was "
        "full; on Friday it said it was 'lower than usual'.",
    )
    for fragment in ("the reservoir was full", "lower than usual"):
        found = source(d, claim_with(d, fragment))
        assert found is not None and "water board" in found.name.lower(), fragment


def test_her_is_not_a_man_the_text_calls_he(analyser: Analyser) -> None:
    d = body(
        analyser,
        'Asked about the delay, Oskar Brandt said: "I cannot say." He declined to comment '
        "further. Her brother says she left the country on Sunday.",
    )
    found = source(d, claim_with(d, "she left the country"))
    assert found is None or "Brandt" not in found.name


def test_her_is_unsure_between_a_woman_named_and_a_person_of_no_gender(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Ms Lena Voss was detained on Monday. Asked about the delay, Oskar Brandt declined to "
        "comment. Her brother says she left the country on Sunday.",
    )
    found = source(d, claim_with(d, "she left the country"))
    assert found is None or "Brandt" not in found.name


def test_a_shared_surname_is_the_one_its_apposition_fits(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ana Toll, 19, a student, was charged with theft on Monday. Mira Toll told reporters her "
        "niece was innocent.\n\nToll, 19, the accused, has always denied the charge.",
    )
    found = source(d, claim_with(d, "the charge"))
    assert found is not None and found.name == "Ana Toll"


def test_a_shared_surname_with_nothing_to_tell_is_nobody(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ana Toll, 19, a student, was charged with theft on Monday. Mira Toll told reporters her "
        "niece was innocent.\n\nToll said the police had lied.",
    )
    found = source(d, claim_with(d, "the police had lied"))
    assert found is None or found.name not in ("Mira Toll", "Ana Toll")


def test_a_pronoun_after_a_shared_surname_is_nobody(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ana Toll, 19, a student, was charged with theft on Monday. Mira Toll told reporters her "
        "niece was innocent.\n\nToll, 41, a lawyer, is in prison. She has always denied the "
        "charge.",
    )
    found = source(d, claim_with(d, "the charge"))
    assert found is None or found.name not in ("Mira Toll", "Ana Toll")


def test_some_of_a_persons_neighbours_are_not_that_person(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Derek Pellin was arrested in March.\n\n"
        "Three of Pellin's neighbours have demanded that observers be admitted.",
    )
    found = source(d, claim_with(d, "observers be admitted"))
    assert found is not None and found.type == "group" and "neighbours" in found.name


def test_a_rejecting_participle_is_the_reporters_not_the_reported_things(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The harbour master said the quay was safe, rejecting an engineer's warning that it "
        "could collapse within weeks.",
    )
    found = source(d, claim_with(d, "an engineer's warning"))
    assert found is not None and "harbour master" in found.name.lower()
    hedges = [c for c in d.claims if c.text.startswith("it could collapse")]
    for hedge in hedges:  # the engineer's, or nobody's: never the harbour master's
        speaker = source(d, hedge)
        assert speaker is None or "harbour" not in speaker.name.lower()


def test_who_after_a_party_inside_peoples_description_is_those_people(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The Marsh League party met on Monday.\n\n"
        "The cabinet is under pressure to settle, according to two people familiar with "
        "discussions inside the ruling Marsh League party, who told the Gazette that ministers "
        "want a deal soon.",
    )
    found = source(d, claim_with(d, "ministers want a deal soon"))
    assert found is not None and "people familiar" in found.name
    assert "told" not in found.name  # the name stops before the words it reports


def test_his_stays_with_the_man_in_view_over_a_spokesman_named_once(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The rowing federation has suspended Karl Venn, the head coach at the Dunmere centre.\n\n"
        "Venn trains both crews. A federation spokesman, Piet Dorr, said the suspension was a "
        "precaution.\n\n"
        "Venn did not answer calls on Wednesday. His assistant said he was in shock.",
    )
    found = source(d, claim_with(d, "he was in shock"))
    assert found is not None and "Venn" in found.name


def test_a_speaker_described_by_a_who_clause_after_the_words_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Harrow League said on Monday that 12 members had joined the walkout.\n\n"
        "The walkout may spread further, a lawyer who represents several Harrow League members "
        "told the Valley Gazette, speaking on condition of anonymity. He said at least four of "
        "his clients were thinking about it.",
    )
    hedge = claim_with(d, "may spread further")
    assert "told" not in hedge.text  # the words, not the sentence that reports them
    for c in (hedge, claim_with(d, "four of his clients")):
        found = source(d, c)
        assert found is not None and "lawyer" in found.name, c.text
