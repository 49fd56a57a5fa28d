"""Speakers of pronouns and appositions whose names the entity recogniser missed: a "she" after
a subject named with a "whose" clause is that subject's, never a speaker of the paragraph
before; a name apposed to a role, or set off by "of the group …", speaks. Texts written for
these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_she_after_a_subject_described_by_whose_is_that_subject_not_the_lawyer(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "A court ordered the ferry captain, Piet Vorn, to be held for ten days. His lawyer, "
        "Rosa Finch, said she would appeal.\n\nIlse Varnok, whose cellar wall gave way on the "
        'night of the flood, collected her payment with her son. "It helps. But I want to know '
        'who did this," she said.',
    )
    assert source(d, claim_with(d, "she would appeal")).name == "Rosa Finch"  # type: ignore[union-attr]
    for words in ("It helps", "who did this"):
        found = source(d, claim_with(d, words))
        assert found is not None and found.name == "Ilse Varnok" and found.type == "person"


def test_he_after_a_subject_her_sentence_calls_she_is_not_that_subject(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "His lawyer, Rosa Finch, said she would appeal.\n\nIlse Varnok, whose cellar wall gave "
        'way in the flood, collected her payment. "It helps," he said.',
    )
    found = source(d, claim_with(d, "It helps"))
    assert found is None or found.name != "Ilse Varnok"


def test_a_name_apposed_to_a_possessive_role_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Tarnholm disputed that. In a statement, the company said it had applied in March. Its "
        'chief executive, Tine Marsk, said the company "has always obeyed the law".',
    )
    found = source(d, claim_with(d, "always obeyed"))
    assert found is not None and found.name == "Tine Marsk" and found.type == "person"


def test_a_body_apposed_to_an_owner_is_no_person(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ferry sank on Monday. Its owner, Brightwater Lines, said the crew had been trained.",
    )
    assert not any(a.type == "person" for a in d.actors)


def test_a_name_of_the_group_speaks_and_is_she_after(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Campaigners have long opposed the plant. Tine Marsk, of the group Clear Ostwater, said "
        'the company had doubled output since 2020. "We warned that the river was dying," she '
        "said.",
    )
    said = source(d, claim_with(d, "doubled output"))
    assert said is not None and said.name == "Tine Marsk" and said.type == "person"
    assert source(d, claim_with(d, "river was dying")) is said


def test_a_quote_right_after_a_reported_sentence_goes_on_with_its_speaker(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Old pipes could have burst under the road, Ada Lund said. "
        '"If the pipes burst, the road would sink. We need the pump records first."',
    )
    said = source(d, claim_with(d, "Old pipes"))
    assert said is not None and said.name == "Ada Lund"
    assert source(d, claim_with(d, "road would sink")) is said
    assert source(d, claim_with(d, "pump records")) is said


def test_a_quote_after_another_sentence_is_not_the_reported_speakers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Old pipes could have burst under the road, Ada Lund said. The mayor disagreed. "
        '"If the pipes burst, the road would sink."',
    )
    found = source(d, claim_with(d, "road would sink"))
    assert found is None or found.name != "Ada Lund"
