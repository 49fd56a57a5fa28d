"""A wrong name is worse than none: the subject of a clause reported under "said" is not the
speaker of a second verb the parse hung on that clause ("X said the driver had been rested and
blamed the road"); documents "seen by" a newspaper are its evidence, the newspaper making the
claim; and a clause before a verb of admitting with an object of its own ("the board has admitted
a failing") is no report of that verb's subject. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model

CRASH = "A bus left the road near Tollbrae on Monday.\n\n"


def test_a_second_verb_after_a_perfect_is_the_speakers(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "Wendrow Coaches said the driver had been fully rested before the trip and "
        "blamed the state of the road.",
    )
    blame = claim_with(d, "the state of the road")
    found = source(d, blame)
    assert found is not None and found.name == "Wendrow Coaches"
    assert blame.via == []
    rested = claim_with(d, "fully rested")
    assert rested.text.endswith("before the trip")


def test_a_second_verb_sharing_the_perfect_stays_with_its_clause(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "Wendrow Coaches said the driver had been rested and had blamed the road.",
    )
    blame = [c for c in d.claims if "blamed" in c.text or c.text == "the road"]
    for c in blame:
        found = source(d, c)
        assert found is None or found.name != "Wendrow Coaches" or "blamed" in c.text


def test_documents_seen_by_a_paper_are_the_papers_claim(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "The bridge should have been shut, according to flood warnings and internal "
        "rules seen by the Harrowgate Sentinel.",
    )
    c = claim_with(d, "should have been shut")
    assert c.source_text is not None and "Sentinel" in c.source_text
    found = source(d, c)
    assert found is None or "warnings" not in found.name


def test_documents_seen_by_a_paper_show_the_papers_finding(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "Documents seen by the Harrowgate Sentinel show the bridge had failed two "
        "inspections.",
    )
    c = claim_with(d, "failed two inspections")
    assert c.source_text is not None and "Sentinel" in c.source_text


def test_records_seen_by_people_unnamed_keep_their_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        CRASH + "The bridge should have been shut, according to records seen by investigators.",
    )
    c = claim_with(d, "should have been shut")
    assert c.source_text == "records"


def test_an_outlets_summary_is_not_lent_to_an_admitting_conjunct(analyser: Analyser) -> None:
    d = body(
        analyser,
        "FENWICK \u2014 Six days after a bus carrying pilgrims left the road near Tollbrae and "
        "fell into a river, the driver has been charged, the road board has admitted a failing, "
        "and the operator and the council are still at odds over its permit.",
    )
    c = claim_with(d, "the driver has been charged")
    assert c.source is None and c.source_text is None
    assert c.modality == "asserted"


def test_a_clause_before_an_admission_without_object_is_still_reported(
    analyser: Analyser,
) -> None:
    d = body(
        analyser, CRASH + "A warning sign had been missing since March, the road board admitted."
    )
    c = claim_with(d, "warning sign had been missing")
    assert c.source_text is not None and "road board" in c.source_text
