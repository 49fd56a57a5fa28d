"""A name set off by a "whose" clause before its report ("Ilsa Moran, whose cousin Piet Dorn
died on Monday, said …") still speaks, however the parse hangs the clause. Texts written for
these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_a_name_before_a_whose_clause_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "In Brell, four funerals were held on Friday. Anka Babic, whose brother Bozo Kran "
        "died on Monday, said the village wanted answers.",
    )
    found = source(d, claim_with(d, "the village wanted answers"))
    assert found is not None and found.name == "Anka Babic"


def test_the_person_inside_the_whose_clause_never_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Oda Renn, whose uncle Vaclav Morte drowned on Sunday, said the ferry was late.",
    )
    found = source(d, claim_with(d, "the ferry was late"))
    assert found is None or found.name == "Oda Renn"
