"""Urging told after a pronoun ("It urged X to do Y"): the act is the party's that the
pronoun stands for, or nobody's, never the outlet's sentence with "It" in it. Texts written for
these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_it_urged_is_the_body_that_spoke_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Orrin Tenants Association said it had counted more than 800 complaints since "
        "March. It urged Selvane Housing to repair every flat before the winter.",
    )
    c = claim_with(d, "Selvane Housing to repair every flat")
    found = source(d, c)
    assert found is not None and found.name == "Orrin Tenants Association"
    assert not any(x.text.startswith("It urged") for x in d.claims)


def test_they_called_on_is_no_sentence_of_the_outlet(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Residents of Orrin Lane said the water had smelled of diesel for a week. They called "
        "on the district council to test every well in the valley.",
    )
    c = claim_with(d, "the district council to test every well")
    assert c.source is not None or c.source_text is not None
    assert not any(x.text.startswith("They called") and x.source is None for x in d.claims)


def test_urging_by_a_noun_subject_stays_the_outlets_sentence(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The tenants' union Harbour Keys urged Selvane Housing to repair every flat before the "
        "winter.",
    )
    c = claim_with(d, "urged Selvane Housing")
    assert c.source is None


def test_urging_that_is_only_possible_is_nobodys(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The tenants' union Harbour Keys said it had counted more than 800 complaints. It may "
        "urge Selvane Housing to repair every flat before the winter.",
    )
    assert not any(x.text.startswith("Selvane Housing to repair") for x in d.claims)
