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


def test_a_role_at_a_named_body_is_the_person_named_so_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Lena Marsk, a lecturer at Orvik College, said the bowl was a fake.\n\n"
        "The Orvik College lecturer said the glaze was too new.",
    )
    c = claim_with(d, "the glaze was too new")
    found = source(d, c)
    assert found is not None and found.name == "Lena Marsk"


def test_a_role_at_another_body_is_not_the_person_named_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Lena Marsk, a lecturer at Orvik College, said the bowl was a fake.\n\n"
        "The Brannock Institute lecturer said the glaze was too new.",
    )
    c = claim_with(d, "the glaze was too new")
    found = source(d, c)
    assert found is None or found.name != "Lena Marsk"


def test_the_newspaper_is_the_one_newspaper_named(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Vell Post reported earlier on Monday, citing two officials, that the mayor had "
        "resigned. The newspaper said it stood by its report.",
    )
    c = claim_with(d, "it stood by its report")
    found = source(d, c)
    assert found is not None and found.name == "Vell Post"


def test_said_for_the_first_time_that_keeps_its_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The hall reopened on Friday.\n\n"
        "Police also said for the first time that they believed three men had entered the hall.",
    )
    c = claim_with(d, "three men had entered the hall")
    found = source(d, c)
    assert found is not None and found.name == "Police"


def test_it_after_an_unnamed_person_is_no_body_that_spoke_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Velt Ministry of Finance said the fund was safe.\n\n"
        "A spokeswoman for Harl Bank said the accounts were frozen. It said the branch would "
        "reopen on Monday.",
    )
    c = claim_with(d, "the branch would reopen on Monday")
    found = source(d, c)
    assert found is None or found.name == "Harl Bank"
