"""Speakers of clauses the parse hangs inside another's reported words: a participle of saying
after the words a relative clause reports belongs to the main clause's subject; a concessive
"though Y say Z" is Y's own claim, not Y as cited by the main speaker. Texts written for these
tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence",
    [
        "She declined to comment on accounts by deckhands who said the hull had shaken and "
        "stopped twice on Tuesday, saying the company would not guess while the inquiry was "
        "open.",
        "She would not comment on accounts by sailors who said the engine had coughed and "
        "stopped on Tuesday, saying the company would not guess during the inquiry.",
    ],
)
def test_saying_after_a_relative_clause_report_is_the_main_subjects(
    analyser: Analyser, sentence: str
) -> None:
    d = body(
        analyser,
        "The ferry line resumed on Monday. A spokeswoman for Brellin Ferries, Oda Marsk, met "
        "reporters. " + sentence,
    )
    c = claim_with(d, "would not guess")
    found = source(d, c)
    assert found is not None and found.name == "Oda Marsk"
    assert not c.via
