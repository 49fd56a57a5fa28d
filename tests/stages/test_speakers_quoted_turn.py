"""A "he" or "she" closing a quotation of several sentences looks back past the quoted
sentences, one turn of its speaker's, to who spoke before them. Texts written for these
tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_she_after_a_quotation_of_several_sentences_is_who_spoke_before_it(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Harbour officials did not answer calls. Rolf Keller, the port's director, declined to "
        'say whether the port had the letter. "I will not discuss letters now," he said.\n\n'
        'Ada Morn, a lawyer for pilot Tobin Brandt, said her client had been coerced. "Tobin '
        'was threatened. Men came to his house at night. He is a frightened father," she told '
        "the agency.",
    )
    for words in ("Tobin was threatened", "Men came to his house", "He is a frightened father"):
        found = source(d, claim_with(d, words))
        assert found is not None and found.name == "Ada Morn"
