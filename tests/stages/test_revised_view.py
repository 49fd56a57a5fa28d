"""A party's view told as held now ("the company now believed …", given by its own officer) is
its revised statement, reported, not a guess; "believe" stays a hedge elsewhere. Texts written
for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model

TEXT = (
    "Brovane Telecom said on Monday that no customer records had been taken in the intrusion."
    "\n\nMarta Lind, the chief executive of Brovane Telecom, told a parliamentary committee on "
    "Thursday that the company now believed about 90,000 customers had been affected.\n\n"
    "Analysts now believe the intruders sold the records.\n\n"
    "Marta Lind said the company believed the records had not been sold.\n\n"
    "Oskar Feld, a spokesman for Brovane Telecom, said the company still believed the breach "
    "had begun abroad.\n\n"
    "Analysts still believe the intruders were paid."
)


def test_a_body_now_believing_as_its_officer_tells_it_is_reported(analyser: Analyser) -> None:
    d = body(analyser, TEXT)
    c = claim_with(d, "about 90,000 customers had been affected")
    assert c.modality == "reported"
    assert "believed" not in c.hedges
    found = source(d, c)
    assert found is not None and found.name == "Brovane Telecom"


def test_others_now_believing_still_speculate(analyser: Analyser) -> None:
    d = body(analyser, TEXT)
    assert claim_with(d, "the intruders sold the records").modality == "speculated"


def test_a_body_believing_without_now_still_speculates(analyser: Analyser) -> None:
    d = body(analyser, TEXT)
    assert claim_with(d, "the records had not been sold").modality == "speculated"


def test_a_body_still_believing_as_its_officer_tells_it_is_its_position(analyser: Analyser) -> None:
    """ "said the company still believed …": the party's maintained position (the side it keeps
    in a dispute), reported, not speculation; others still believing still speculate."""
    d = body(analyser, TEXT)
    held = claim_with(d, "the breach had begun abroad")
    assert held.modality == "reported"
    assert "believed" not in held.hedges
    assert claim_with(d, "the intruders were paid").modality == "speculated"
