"""A speaker named only as a part of a pronoun ("one of them said") is no name: the line is
an unidentified source's. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with

from whatweknow import Analyser
from whatweknow.briefing.cite import voice

pytestmark = pytest.mark.model


def test_one_of_them_is_no_speakers_name(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Orvel Clinic ran out of the serum on Monday night, two nurses there told the Ledger. "
        "A smaller clinic in the town of Brask had three vials left, one of them said.",
    )
    c = claim_with(d, "had three vials left")
    shown = voice(d, c, {})
    assert "of them" not in shown.name.casefold()
