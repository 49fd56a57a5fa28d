"""A plan weighed ("the ministry was considering sending a team") is told whole, as what its
teller expects: the gerund the verb of weighing takes ("sending a team") is no proposition
alone, and never a claim cut from its clause. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claims_with

from whatweknow import Analyser

pytestmark = pytest.mark.model

TEXT = (
    "Irma Tallen, a spokeswoman for the Vessing foreign office, said the office was considering "
    "sending a team of doctors to Orrin and that a decision would come within days."
)


def test_a_plan_weighed_is_told_with_its_weigher(analyser: Analyser) -> None:
    d = body(analyser, TEXT)
    assert not [c for c in d.claims if c.text.startswith("sending")]
    whole = claims_with(d, "the office was considering sending a team of doctors")
    assert whole
    assert all(c.modality in ("expected", "speculated") for c in whole)
