"""A participle after a comma that the parse hangs on a noun's "that" clause ("a report that
inspectors had grounded the ship, saying …") is said by the subject of the verb whose object
the noun is, never by the clause's own subject. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_saying_after_a_reports_clause_is_the_one_who_declined(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ferry Vessa ran aground off Corla on Monday.\n\n"
        "Harlow Ferries declined to comment on the Corla Post report that Vessian inspectors "
        'had grounded the ship last year, saying it would "wait for the findings".',
    )
    c = claim_with(d, "wait for the findings")
    found = source(d, c)
    assert found is None or "inspectors" not in found.name
