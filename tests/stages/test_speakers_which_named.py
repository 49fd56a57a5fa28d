"""A body named by a verb of naming speaks in the "which" clause after it ("police named the
firm, which denied any wrongdoing": the firm denies), however the parse hangs that clause.
Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_the_named_firm_denies_in_its_which_clause(analyser: Analyser) -> None:
    d = body(analyser, "Police in Marrow named the firm, which denied any wrongdoing.")
    found = source(d, claim_with(d, "any wrongdoing"))
    assert found is not None and found.name.endswith("firm")


def test_which_after_a_named_importer_is_the_importer_not_the_namer(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Water Board said the dye came from a depot, and named the company that shipped "
        "it, which denied any link.",
    )
    found = source(d, claim_with(d, "any link"))
    assert found is not None and "company" in found.name and "Board" not in found.name


def test_which_after_a_plain_object_speaks_for_no_one(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Water Board checked the period, which suggested a leak.",
    )
    assert all(source(d, c) is None or "period" not in source(d, c).name for c in d.claims)  # type: ignore[union-attr]
