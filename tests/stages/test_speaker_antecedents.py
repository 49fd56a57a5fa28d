"""Speakers that the text names before their words or around them, never inside them: "the
company" of the sentence before, a "while X said" clause's own X, a ministry owned by its state,
a source nested in another's report. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_the_company_is_the_subject_before_not_the_one_its_words_accuse(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Pellam Foods rejected the findings of the inspectors. In a statement, the company said "
        "the wheat had been sold to it by Vask Grain, a company in Derrin, and that the fault "
        "lay with the seller.",
    )
    c = claim_with(d, "the wheat had been sold to it")
    found = source(d, c)
    assert found is not None and found.name == "Pellam Foods"


def test_a_company_its_own_words_name_never_speaks_for_the_company(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Inspectors closed the bakery on Friday.\n\n"
        "The company said the wheat had been sold to it by Vask Grain, a company in Derrin.",
    )
    c = claim_with(d, "the wheat had been sold to it")
    found = source(d, c)
    assert found is None or "Vask" not in found.name


def test_the_company_is_no_ministry_that_spoke_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Derrin Health Ministry ordered a recall of the flour. The company said the flour "
        "was safe.",
    )
    c = claim_with(d, "the flour was safe")
    found = source(d, c)
    assert found is None or "Ministry" not in found.name


def test_a_report_set_against_another_with_while_keeps_its_own_speaker(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The families said 23 workers had died, while the mine owner said 19 workers had died.",
    )
    first = claim_with(d, "23 workers had died")
    assert "while" not in first.text
    assert (found := source(d, first)) is not None and found.name == "families"
    second = claim_with(d, "19 workers had died")
    assert (found := source(d, second)) is not None and found.name == "mine owner"
    assert second.via == []


def test_a_that_less_report_opening_with_a_possessive_is_the_speakers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The fire service said its count of 14 injuries covered only people treated in hospital.",
    )
    c = claim_with(d, "its count of 14 injuries covered only people")
    assert not c.text.startswith("The fire service")
    assert (found := source(d, c)) is not None and found.name == "fire service"


def test_a_states_ministry_speaks_not_the_state_that_owns_it(analyser: Analyser) -> None:
    d = body(analyser, "Norland's transport ministry says 12 bridges are closed.")
    c = claim_with(d, "12 bridges are closed")
    found = source(d, c)
    assert found is not None and found.name == "Norland's transport ministry"


def test_a_source_nested_in_anothers_report_keeps_its_own_voice(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Dr. Lena Ames, head of surgery at Varo General Hospital, told the Harbour Gazette that "
        "nurses in smaller wards say they are still turning patients away.",
    )
    c = claim_with(d, "still turning patients away")
    found = source(d, c)
    assert found is not None and found.name.startswith("nurses")
    assert [a.name for a in d.actors if a.id in c.via] == ["Lena Ames"]


def test_an_indefinite_group_named_by_the_next_sentence_is_that_body(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A group of farmers whose cattle fell sick said on Tuesday that at least 40 cows had "
        "died.\n\nThe group, Farmers for Safe Water, said it had counted the animals on 12 farms.",
    )
    c = claim_with(d, "at least 40 cows had died")
    assert (found := source(d, c)) is not None and found.name == "Farmers for Safe Water"


def test_an_indefinite_speaker_is_not_a_body_of_another_noun_named_next(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "A group of farmers said on Tuesday that at least 40 cows had died. The union, Road "
        "Workers United, said it would strike.",
    )
    c = claim_with(d, "at least 40 cows had died")
    found = source(d, c)
    assert found is None or found.name != "Road Workers United"


def test_a_body_named_in_apposition_speaks_though_its_first_word_is_a_plural_noun(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "A group of parents whose babies fell ill said on Tuesday that at least nine infants had "
        "died.\n\nThe group, Families for Clean Wells, said it had collected nine names.",
    )
    for fragment in ("at least nine infants had died", "it had collected nine names"):
        found = source(d, claim_with(d, fragment))
        assert found is not None and found.name == "Families for Clean Wells", fragment
