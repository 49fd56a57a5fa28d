"""Speakers a sentence's structure rules out: an "it" is never a person, a knower inside
someone's inference is no source. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_a_trailing_it_said_is_never_the_unnamed_person_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A senior officer, speaking on condition of anonymity, told the paper that the alarm "
        "had failed.\n\n"
        "The library will stay shut until further notice, it said.",
    )
    c = claim_with(d, "will stay shut until further notice")
    found = source(d, c)
    assert found is None or "officer" not in found.name


def test_a_knower_inside_what_a_thing_suggests_is_no_source(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Some experts said the speed of the raid suggested the crew may have known the bell "
        "would not sound.",
    )
    c = claim_with(d, "the bell would not sound")
    found = source(d, c)
    assert found is not None and found.name == "experts"
    assert not c.via
    assert "may have known" in c.text


def test_a_verb_joined_to_a_passive_one_keeps_the_inner_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Mayor Tom Berg spent an hour at the burnt hall on Tuesday.\n\n"
        "Berg left without speaking to the reporters waiting outside. His spokeswoman, Rina "
        "Dos, said the mayor had been deeply moved by the empty rooms and had told staff that "
        "the town stood behind them.",
    )
    c = claim_with(d, "the town stood behind them")
    found = source(d, c)
    assert found is not None and found.name == "Tom Berg"
    assert [a.name for a in d.actors if a.id in c.via] == ["Rina Dos"]
