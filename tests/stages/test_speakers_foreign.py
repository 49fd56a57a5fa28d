"""Speakers of another country: a body qualified by one state ("Osteria's foreign ministry")
is never the same-named body of another state, nor one the article names without its state.
Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_another_states_ministry_is_not_the_storys_ministry(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Valmont's Foreign Ministry said the talks would resume on Monday.\n\n"
        "Osteria's foreign ministry said it was ready to help.",
    )
    ours = source(d, claim_with(d, "the talks would resume"))
    theirs = source(d, claim_with(d, "ready to help"))
    assert ours is not None and theirs is not ours
    assert theirs is None or "Osteria" in theirs.name


def test_a_state_qualified_ministry_is_not_one_named_without_its_state(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The Health Ministry said nine people had been treated.\n\n"
        "Osteria's health ministry said it would send doctors.",
    )
    ours = source(d, claim_with(d, "nine people had been treated"))
    theirs = source(d, claim_with(d, "send doctors"))
    assert ours is not None and theirs is not ours


def test_the_same_states_ministry_is_still_that_ministry(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Valmont's Foreign Ministry said the talks would resume on Monday.\n\n"
        "Valmont's foreign ministry later said the envoy had left.",
    )
    ours = source(d, claim_with(d, "the talks would resume"))
    again = source(d, claim_with(d, "the envoy had left"))
    assert ours is not None and again is ours
