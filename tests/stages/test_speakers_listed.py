"""Speakers of rival reports set side by side: each item of a list of counts ("A says six, B
says two") has its own speaker, none nested in another, and the words before the list's colon
are the outlet's; two acts of one subject joined by "then" share that subject. Texts written
for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_each_count_of_a_colon_list_is_its_own_speakers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ferry sank near Osk. The tallies still differ: Sella Aid says six boats sank and "
        "40 nets were lost, the coastguard says two boats, and harbour officials say 90 nets.",
    )
    c = claim_with(d, "six boats sank")
    found = source(d, c)
    assert found is not None and found.name == "Sella Aid"
    assert c.via == []
    coastguard = {a.id for a in d.actors if "coastguard" in a.name}
    assert not any(x.source in coastguard and "tallies" in x.text for x in d.claims), (
        "the words before the colon are the outlet's"
    )


def test_a_count_after_a_comma_takes_no_clause_before_it(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Storms hit the bay on Friday. The tallies still differ: the charity Sella Aid says six "
        "boats sank, the coastguard says two.",
    )
    c = claim_with(d, "six boats sank")
    assert c.via == []
    coastguard = {a.id for a in d.actors if "coastguard" in a.name}
    assert not any(x.source in coastguard and "tallies" in x.text for x in d.claims)
    assert not any(x.text.strip() == "two" for x in d.claims), "a bare number is no claim"


def test_a_trailing_speaker_with_no_words_of_its_own_still_speaks(analyser: Analyser) -> None:
    d = body(analyser, "The crew were safe, the captain said on Friday.")
    c = claim_with(d, "The crew were safe")
    assert c.source_text == "the captain"


def test_an_admission_after_then_is_the_first_acts_subjects(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The navy first blamed smugglers, then admitted that one of its own boats had been nearby.",
    )
    c = claim_with(d, "one of its own boats had been nearby")
    found = source(d, c)
    assert found is not None and found.name == "navy"


def test_a_new_subject_after_then_keeps_its_own(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ministry blamed the weather, and later officials admitted that the dam had been "
        "neglected.",
    )
    c = claim_with(d, "the dam had been neglected")
    found = source(d, c)
    assert found is not None and found.name == "officials"


def test_an_earlier_count_said_by_it_is_the_bodys_not_the_outlets(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Sella Aid also raised its count. The charity now says nine tents burned and 60 "
        "blankets were lost. It had earlier said four tents and 30 blankets.",
    )
    c = claim_with(d, "four tents and 30 blankets")
    assert c.source is not None and c.source_text == "It"
    assert not any(x.source is None and "had earlier said" in x.text for x in d.claims)


def test_a_named_charity_is_the_charity_that_speaks_later(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The relief charity Orrin Aid runs the camp near Pell. Officials said the road was "
        "open. The charity now says nine tents burned.",
    )
    found = source(d, claim_with(d, "nine tents burned"))
    assert found is not None and found.name == "Orrin Aid"


def test_the_charity_of_two_named_charities_is_nobody_named(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The charity Orrin Aid and the charity Vell Trust ran the camp. The charity said nine "
        "tents burned.",
    )
    found = source(d, claim_with(d, "nine tents burned"))
    assert found is None or found.name not in ("Orrin Aid", "Vell Trust")


def test_a_statement_read_on_the_radio_carries_the_fronts_words(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Tarn Front said it would not attack the ferries, according to a statement read on "
        "Radio Osk.",
    )
    c = claim_with(d, "it would not attack the ferries")
    found = source(d, c)
    assert found is not None and found.name == "Tarn Front"
    assert c.via == [], "the statement is the channel, not a speaker citing the Front"


def test_a_station_that_reports_officials_stays_their_channel(analyser: Analyser) -> None:
    d = body(analyser, "Officials say the bridge was safe, according to Radio Osk.")
    c = claim_with(d, "the bridge was safe")
    assert [a.name for a in d.actors if a.id in c.via] == ["Radio Osk"]


def test_an_admission_hung_on_the_blame_before_it_is_the_blamers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The navy first blamed the Osk Liberation Front, then admitted that a patrol of its 9th "
        "Coastal Squadron had been nearby.",
    )
    found = source(d, claim_with(d, "a patrol of its 9th Coastal Squadron had been nearby"))
    assert found is not None and found.name == "navy"
