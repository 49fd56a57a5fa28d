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
