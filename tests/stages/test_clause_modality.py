"""A hedge or a future word decides the modality of its own clause only: one inside a clause
that describes a noun ("the embassy, which is likely to host the talks, …") leaves the main
clause as it is. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with

from whatweknow import Analyser

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        (
            "The Ostran consulate, which is likely to host the next round, voiced support for "
            "the Pell dam on Tuesday.",
            "voiced support",
        ),
        (
            "The Vell council on Monday backed the Ostra dam, in a vote that is likely to anger "
            "farmers downstream.",
            "backed the Ostra dam",
        ),
        (
            "The mayor, who will visit the valley on Friday, backs the new bridge.",
            "backs the new bridge",
        ),
    ],
)
def test_a_hedge_describing_a_noun_leaves_the_main_clause_stated(
    analyser: Analyser, paragraph: str, fragment: str
) -> None:
    c = claim_with(body(analyser, paragraph), fragment)
    assert c.modality == "asserted", c


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Ostran consulate is likely to host the next round.",
        "Police arrested a man who may have set the fire at the Pell depot.",
    ],
)
def test_a_hedge_of_the_main_clause_or_a_modal_of_a_guess_still_hedges(
    analyser: Analyser, paragraph: str
) -> None:
    c = claim_with(body(analyser, paragraph), paragraph.split()[1])
    assert c.modality == "speculated", c


@pytest.mark.parametrize(
    ("paragraph", "fragment", "modality"),
    [
        (
            "The Brask mission said it was suspending all ferry runs until the safety of its "
            "pilots could be assured.",
            "suspending all ferry runs",
            "reported",
        ),
        (
            '"We will not send boats where they might be fired on," the mission chief said.',
            "send boats",
            "expected",
        ),
        (
            "The Brask mission said it had closed the clinic so that its nurses could rest.",
            "closed the clinic",
            "reported",
        ),
        (
            "Velmar's harbour board said it may close the quay until the crane is mended.",
            "close the quay",
            "speculated",
        ),
    ],
)
def test_a_guess_in_a_clause_of_circumstance_is_its_own(
    analyser: Analyser, paragraph: str, fragment: str, modality: str
) -> None:
    c = claim_with(body(analyser, paragraph), fragment)
    assert c.modality == modality, c


@pytest.mark.parametrize(
    ("paragraph", "first", "first_modality", "second", "second_modality"),
    [
        (
            "Dorran Mining said that the quarry would create 500 jobs and that it had held "
            "long talks with the villages.",
            "the quarry would create 500 jobs",
            "expected",
            "it had held long talks",
            "reported",
        ),
        (
            "Captain Lio Marr said the inquiry was continuing and that the driver could still "
            "face charges.",
            "the inquiry was continuing",
            "reported",
            "the driver could still face charges",
            "speculated",
        ),
    ],
)
def test_clauses_joined_with_that_each_keep_their_own_modality(
    analyser: Analyser,
    paragraph: str,
    first: str,
    first_modality: str,
    second: str,
    second_modality: str,
) -> None:
    d = body(analyser, paragraph)
    a, b = claim_with(d, first), claim_with(d, second)
    assert second not in a.text and first not in b.text, (a, b)
    assert (a.modality, b.modality) == (first_modality, second_modality)
    assert a.source_text == b.source_text and a.source_text is not None


def test_clauses_joined_with_that_of_one_modality_stay_one_claim(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Captain Lio Marr said the inquiry was continuing and that the driver had been "
        "questioned twice.",
    )
    c = claim_with(d, "the inquiry was continuing")
    assert "questioned twice" in c.text and c.modality == "reported"


@pytest.mark.parametrize(
    ("paragraph", "fragment", "modality"),
    [
        (
            '"Nobody in this valley should have to wonder whether the water in their glass will '
            'make them ill," Tomas Vell said.',
            "Nobody in this valley",
            "reported",
        ),
        ("It is unclear whether the Pell ferry will sail on Friday.", "It is unclear", "asserted"),
        ("The Pell ferry will sail if the storm passes.", "The Pell ferry", "expected"),
    ],
)
def test_a_future_word_in_a_question_left_open_forecasts_nothing(
    analyser: Analyser, paragraph: str, fragment: str, modality: str
) -> None:
    assert claim_with(body(analyser, paragraph), fragment).modality == modality


@pytest.mark.parametrize(
    ("paragraph", "fragment", "modality"),
    [
        (
            "Harbour master Ines Talvik expects the ferry company to refund every ticket.",
            "the ferry company to refund",
            "expected",
        ),
        (
            "Harbour master Ines Talvik believes the ferry company to be insolvent.",
            "the ferry company to be insolvent",
            "speculated",
        ),
        (
            "Harbour master Ines Talvik expects that the ferry company is insolvent.",
            "the ferry company is insolvent",
            "speculated",
        ),
    ],
)
def test_an_act_expected_of_another_is_looked_for_not_guessed(
    analyser: Analyser, paragraph: str, fragment: str, modality: str
) -> None:
    c = claim_with(body(analyser, paragraph), fragment)
    assert c.modality == modality and c.source_text is not None, c


@pytest.mark.parametrize(
    ("paragraph", "modality"),
    [
        (
            "Police said the ferry captain remained in custody and could be held for up to three "
            "days before being charged.",
            "reported",
        ),
        (
            "Police said the ferry captain remained in custody and his lawyer could ask for bail "
            "on Monday.",
            "speculated",
        ),
        (
            "The ferry captain remained in custody and could be held for up to three days before "
            "being charged.",
            "speculated",
        ),
    ],
)
def test_a_guess_joined_to_a_past_act_told_by_a_source_is_the_second_verbs(
    analyser: Analyser, paragraph: str, modality: str
) -> None:
    c = claim_with(body(analyser, paragraph), "erry captain remained in custody")
    assert c.modality == modality, c


@pytest.mark.parametrize(
    "paragraph",
    [
        'Mara Quist said "the port is closed" and that it would reopen in May.',
        'Mara Quist said the port "is closed for now" and that it would reopen in May.',
    ],
)
def test_a_statement_cut_from_the_next_keeps_its_quotation_marks_paired(
    analyser: Analyser, paragraph: str
) -> None:
    d = body(analyser, paragraph)
    first, second = claim_with(d, "is closed"), claim_with(d, "it would reopen")
    assert "reopen" not in first.text and first.text.count('"') in (0, 2), first
    assert (first.modality, second.modality) == ("reported", "expected")


@pytest.mark.parametrize(
    ("paragraph", "fragment", "modality"),
    [
        (
            'Harbour master Ines Talvik said the port "will not tolerate" the sit-in on its quay.',
            "will not tolerate",
            "reported",
        ),
        ('"We will not be intimidated," Ines Talvik said.', "intimidated", "reported"),
        ("Ines Talvik said the port will not accept the offer.", "accept", "expected"),
    ],
)
def test_a_declared_stance_is_no_forecast(
    analyser: Analyser, paragraph: str, fragment: str, modality: str
) -> None:
    assert claim_with(body(analyser, paragraph), fragment).modality == modality


def test_what_is_known_to_have_happened_is_told_as_fact(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Orsk mountain rescue said four walkers were now known to have died on the ridge.\n\n"
        "Two guides are known to have reached the hut before the storm.\n\n"
        "The Orsk mountain rescue said a fifth walker was thought to have turned back.",
    )
    c = claim_with(d, "four walkers were now known")
    assert c.modality == "reported" and "known" not in c.hedges, c
    c = claim_with(d, "Two guides are known")
    assert c.modality == "asserted" and not c.hedges, c
    assert claim_with(d, "a fifth walker was thought").modality == "speculated"


def test_a_refusal_to_tell_is_no_claim_and_no_plan(analyser: Analyser) -> None:
    d = body(
        analyser,
        '"It would be wrong to speculate on the cause while the crews are still searching," a '
        "Pellan coastguard officer said.\n\n"
        "The Pellan mayor said it would not be appropriate to speculate about the ferry.\n\n"
        '"It would be wrong to close the harbour," the Pellan mayor said.\n\n'
        "The Pellan harbour master said the ferry had left on time.",
    )
    for fragment in ("speculate on the cause", "speculate about"):
        assert not [c for c in d.claims if fragment in c.text], [c.text for c in d.claims]
    assert claim_with(d, "wrong to close the harbour").modality == "expected"
    assert claim_with(d, "the ferry had left on time").modality == "reported"


def test_too_early_to_say_stays_a_claim(analyser: Analyser) -> None:
    """It tells that the answer is not yet known; only a judgement that telling is wrong is
    a refusal."""
    d = body(analyser, "The Pellan coastguard said it was too early to say what sank the ferry.")
    claim_with(d, "too early to say")
