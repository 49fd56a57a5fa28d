"""An adverb that limits how much a speaker said ("said only that …", "saying merely that …")
is the outlet's word about the saying, no part of what was said: the reported words begin at
the clause after its "that". Words written for these tests."""

from __future__ import annotations

from datetime import date

import dossier_helpers
import pytest

from whatweknow import Analyser

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Harbeck Dredging said only that it was cooperating with the inquiry.",
            "it was cooperating with the inquiry",
        ),
        (
            "The pier's owner declined an interview, saying merely that repairs would start "
            "in June.",
            "repairs would start in June",
        ),
    ],
)
def test_a_limiting_adverb_before_that_is_no_part_of_the_claim(
    analyser: Analyser, sentence: str, said: str
) -> None:
    d = dossier_helpers.body(
        analyser,
        "A pier collapsed in Norvik on Monday.\n\n" + sentence,
        title="Pier collapses in Norvik",
        published=date(2026, 3, 2),
    )
    texts = [c.text for c in d.claims]
    assert said in texts, texts
    assert not any(t.startswith(("only", "merely")) for t in texts), texts
