"""A clause of concession after a speculation ("…, though no plan of the drains is known to
exist") that the parse gives the speculator's name is the outlet's aside: the speculation stays
the speaker's claim, the aside is nobody's. Words written for these tests."""

from __future__ import annotations

from datetime import date

import dossier_helpers
import pytest

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_a_concession_after_a_speculation_leaves_the_speculation_and_gives_no_claim(
    analyser: Analyser,
) -> None:
    d = dossier_helpers.body(
        analyser,
        "A pier collapsed in Norvik on Monday.\n\n"
        "Some engineers believe old drains may have weakened the pier, though no plan of the "
        "drains is known to exist.",
        title="Pier collapses in Norvik",
        published=date(2026, 3, 2),
    )
    by_text = {c.text: c for c in d.claims}
    assert "old drains may have weakened the pier" in by_text, list(by_text)
    assert by_text["old drains may have weakened the pier"].modality == "speculated"
    assert not any("no plan" in t for t in by_text), list(by_text)
