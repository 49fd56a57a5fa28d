"""Pairs that are no conflict: a figure explained by what it included, a country and a town,
and one sentence as two copies of one report word it (texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.contradictions import _places_apart, copies_apart
from whatweknow.stories.merge import value_conflicts
from whatweknow.stories.values import counts, explains
from whatweknow.story_contract import Report, StoryClaim, Values


def _claim(cid: str, article: str, text: str, places: list[str] | None = None) -> StoryClaim:
    report = Report(article=article, claim=cid, start=0, end=len(text), text=text)
    return StoryClaim(id=cid, text=text, reports=[report], values=Values(places=places or []))


def test_a_figure_told_with_what_it_included_explains_it() -> None:
    assert explains("The trust said its figure of 31 had included four wardens who escaped.")
    assert explains("the 31 included four wardens")
    assert not explains("27 riders, including four wardens, were held")  # a count of its own
    assert not explains("the convoy included two barges")  # no figure explained


def test_a_number_of_manner_counts_nothing() -> None:
    """ "one by one", "two by two", "one after another", "two at a time" tell how a thing is
    done, not how many: no count, so no conflict with "three sheep were taken"."""
    taken = Values(numbers=counts("three sheep were taken from the Orlan farm"))
    assert taken.numbers == [("sheep", 3.0, 3.0)]
    for text in (
        "the sheep would be released one by one if the farmer paid",
        "the ewes were led out two by two",
        "the sheep were let back into the pen one after another",
        "the rams were loaded two at a time",
    ):
        assert counts(text) == [], text
        assert value_conflicts(Values(numbers=counts(text)), taken) == [], text
    # a count beside a manner is still read
    assert counts("four sheep were driven off one by one") == [("sheep", 4.0, 4.0)]


def test_a_time_of_day_counts_nothing() -> None:
    """ "at about 9 p.m.", "10 o'clock", "2200 GMT" tell when, not how many: no count, so no
    conflict with "the ferry was carrying 40 passengers"."""
    carried = Values(numbers=counts("the Orlan ferry was carrying 40 passengers"))
    assert carried.numbers == [("passenger", 40.0, 40.0)]
    for text in (
        "a farmer said the ferry had left the quay at about 9 p.m.",
        "the ferry sailed at 10 a.m. on Sunday",
        "the ferry was due in at ten o'clock",
        "the crew sent a distress call at 2200 GMT",
    ):
        assert counts(text) == [], text
        assert value_conflicts(Values(numbers=counts(text)), carried) == [], text
    # a count beside a time is still read; "a month" is no clock
    assert counts("three passengers died at 9 p.m.") == [("dead:passenger", 3.0, 3.0)]
    assert counts("a fee of 10 a month for 30 members") == [("member", 30.0, 30.0)]


def test_a_country_and_a_town_are_no_places_apart() -> None:
    country = _claim("c1", "a1", "It has fought in Ardo since 2006.", ["country::ardo"])
    town = _claim("c2", "a2", "It has fought in Pell for two decades.", ["place::pell"])
    other = _claim("c3", "a3", "It has fought in Varn for two decades.", ["place::varn"])
    curly = _claim("c4", "a4", "It has fought in Pell’s hills.", ["place::pell’s"])
    straight = _claim("c5", "a5", "It has fought in Pell's hills.", ["place::pell's"])
    assert not _places_apart(country, town)  # the town may lie in the country
    assert _places_apart(town, other)  # two towns
    assert not _places_apart(curly, straight)  # one name, two apostrophes


def test_one_sentence_in_two_copies_of_one_report_is_no_pair() -> None:
    group = {"w1": "w1", "w2": "w1", "w3": "w1"}
    first = _claim("c1", "w1", "Mayor Tilde Varr closed Pell’s quay.")
    second = _claim("c2", "w3", "Mayor Tilde Varr closed Pell's quay.")
    assert copies_apart(first, second, group)
    # one copy giving both is that report's own pair; another outlet is another source
    both = _claim("c3", "w1", "The quay stayed open, the harbour board said.")
    assert not copies_apart(first, both, group)
    elsewhere = _claim("c4", "x9", "The quay stayed open, the harbour board said.")
    assert not copies_apart(first, elsewhere, group)
