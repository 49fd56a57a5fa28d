"""Who says a sentence whose speaker stands inside it: a reporting clause set off after an
opening, and a promise whose object the writer judges. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_a_reporting_clause_opening_a_sentence_stays_as_it_was(analyser: Analyser) -> None:
    d = body(analyser, "By noon, the council said, the road had reopened.")
    c = claim_with(d, "the road had reopened")
    found = source(d, c)
    assert found is not None and found.name == "council"
    assert not c.text.startswith("By noon")


def test_the_thing_a_person_promised_is_no_claim_of_hers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The storm hit the town hard. Residents were angry with Mayor Ruth Vane, who promised "
        "a two-hour fix that took ten.",
    )
    for c in d.claims:
        who = source(d, c)
        assert who is None or "two-hour fix" not in c.text, (who.name, c.text)


def test_what_a_person_promised_in_a_clause_stays_hers(analyser: Analyser) -> None:
    d = body(analyser, "Mayor Ruth Vane promised that the pumps would be fixed by Friday.")
    found = source(d, claim_with(d, "the pumps would be fixed"))
    assert found is not None and found.name == "Ruth Vane"


def test_a_document_a_body_published_is_no_claim_of_its(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Orvane Aid Trust on Friday published a letter from the hill command, dated "
        "March 4, that cleared its lorries to use the pass.",
    )
    for c in d.claims:
        who = source(d, c)
        assert who is None, (who.name, c.text)


def test_what_a_published_report_says_stays_its_own_claim(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Orvane Aid Trust published a report saying the pass had been mined.",
    )
    c = claim_with(d, "the pass had been mined")
    assert c.modality == "reported", c
