"""Lines that invent a source or lose what holds them together: the subject of a reported
clause's own act is no cited source. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "fragment", "reporter"),
    [
        (
            "Ski patrols found two of the climbers alive on Friday, the alpine rescue office said.",
            "two of the climbers",
            "alpine rescue office",
        ),
        (
            "Lifeboat crews found four of the sailors alive on Sunday, clinging to the upturned "
            "hull, the coastguard said.",
            "four of the sailors",
            "coastguard",
        ),
    ],
)
def test_who_found_someone_alive_is_no_source_the_reporter_cites(
    analyser: Analyser, text: str, fragment: str, reporter: str
) -> None:
    d = body(analyser, text)
    c = claim_with(d, fragment)
    found = source(d, c)
    assert found is not None and reporter in found.name
    assert not c.via
    assert " found " in c.text


def test_a_need_held_now_for_a_later_day_is_no_plan(analyser: Analyser) -> None:
    d = body(
        analyser,
        '"I never asked for this post," said Runa Vestel, the new head of the ferry office. '
        '"But the island needs a pilot at the quay tomorrow morning."',
        title="Ferry office",
    )
    c = claim_with(d, "needs a pilot")
    assert c.modality == "reported"


def test_a_passive_past_act_then_an_appearance_is_reported(analyser: Analyser) -> None:
    """ "The log was found … and appeared to be undamaged": the finding is reported; only the
    appearance is hedged, in the line's own words. An appearance alone stays speculated."""
    d = body(
        analyser,
        "The ship's log was found in the engine room on Tuesday and appeared to be undamaged, "
        "inspector Hale Morrow said. The engine appeared to have overheated, Morrow said.",
    )
    assert claim_with(d, "was found in the engine room").modality == "reported"
    assert claim_with(d, "engine appeared").modality == "speculated"


@pytest.mark.parametrize(
    ("text", "verbless", "kept"),
    [
        (
            "Nurses at Varnesk General Hospital are rationing the antidote, health officials "
            'said on Tuesday. "We are choosing," one nurse said. "The older patients, the ones '
            'we can still help."',
            "The older patients",
            "We are choosing",
        ),
        (
            'The ferry office closed the quay on Monday. "It is not safe," the harbour master '
            'said. "Not with this wind, not for the small boats."',
            "Not with this wind",
            "It is not safe",
        ),
    ],
)
def test_a_verbless_sentence_of_a_split_quote_is_no_claim(
    analyser: Analyser, text: str, verbless: str, kept: str
) -> None:
    d = body(analyser, text)
    assert not [c for c in d.claims if verbless in c.text]
    assert claim_with(d, kept) is not None


def test_an_imperative_sentence_of_a_quote_stays_a_claim(analyser: Analyser) -> None:
    d = body(
        analyser,
        'The ferry office closed the quay on Monday. "It is not safe," the harbour master said. '
        '"Keep the small boats in the inner basin."',
    )
    assert claim_with(d, "Keep the small boats") is not None
