"""A place spelt one letter apart from the story's own (an outlet that drops a letter of the
village's name, and prints the correction a week later) is read as the story's place when an
article is scored against the story; a country's adjective read as a place, a listed place, a
short name or a second place of the story's are not."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# eight reports of a flood in Korvannek, a village of Tesh province; its governor, its mayor,
# the rescue service and the dam's operator
FLOOD = {
    "p:place::korvannek": 8,
    "p:place::tesh": 5,
    "p:place::ardovia": 4,
    "a:person:ilka moravec": 6,
    "a:person:jano brest": 3,
    "a:org:ardovian rescue service": 7,
    "a:org:velbrook hydro": 5,
    "t:flood": 8,
    "t:dam": 6,
    "t:water": 6,
    "t:evacu": 4,
    "t:korvannek": 8,
    "t:governor": 4,
    "t:rescu": 5,
    "e:ASSAULT": 4,
    "e:AID": 3,
}
DF = {**{k: n + 1 for k, n in FLOOD.items()}, "t:famili": 6, "t:hall": 2}
# the local paper, which spells the village with one "n": the mayor, the governor, the families
# sheltered in the school hall
LOCAL = {
    "p:place::korvanek": 3,
    "a:person:ilka moravec": 2,
    "a:person:jano brest": 1,
    "t:korvanek": 4,
    "t:famili": 3,
    "t:hall": 2,
    "t:water": 1,
    "t:governor": 1,
    "e:AID": 1,
}
COUNTS = {**DF, "p:place::korvanek": 1, "t:korvanek": 1}


def _counts(keys: Collection[str]) -> Mapping[str, int]:
    return {k: COUNTS[k] for k in keys if k in COUNTS}


def _story() -> Profile:
    return Profile(1, 8, FLOOD, date(2026, 3, 2), date(2026, 3, 6))


def test_one_edit() -> None:
    assert cluster.one_edit("korvanek", "korvannek")
    assert cluster.one_edit("korvannek", "korvanek")
    assert cluster.one_edit("korvannek", "korvennek")
    assert not cluster.one_edit("korvannek", "korvannek")
    assert not cluster.one_edit("korvanek", "korvinnek")
    assert not cluster.one_edit("korvannek", "kor")


def test_a_village_spelt_one_letter_short_is_the_story_s_village() -> None:
    story = _story()
    assert cluster.variants(LOCAL, story) == {"p:place::korvanek": "p:place::korvannek"}
    df = {k: COUNTS[k] for k in LOCAL if k in COUNTS}
    config = cluster.ClusterConfig()
    ((apart, _),) = cluster.scored(LOCAL, date(2026, 3, 5), [story], df, 30, config)
    ((same, _),) = cluster.scored(LOCAL, date(2026, 3, 5), [story], df, 30, config, counts=_counts)
    # read as another village the article is a report from elsewhere on the same people;
    # read as the story's, it is a report of the story strong enough to bridge two stories
    assert apart < config.bridge <= same
    off = cluster.ClusterConfig(variants=False)
    ((still, _),) = cluster.scored(LOCAL, date(2026, 3, 5), [story], df, 30, off, counts=_counts)
    assert still == apart


def test_what_is_not_read_as_a_misspelling() -> None:
    story = _story()
    # the country's adjective read as a place: a letter added at the end
    adjective = Profile(1, 8, {**FLOOD, "p:place::ardovia": 8}, None, None)
    assert cluster.variants({"p:place::ardovian": 1}, adjective) == {}
    # a place of the gazetteer is a place of its own
    listed = Profile(1, 8, {**FLOOD, "p:place::londonn": 8}, None, None)
    assert cluster.listed("london")
    assert cluster.variants({"p:place::london": 1}, listed) == {}
    # a short name one letter apart is as often another place
    assert cluster.variants({"p:place::tesc": 1}, story) == {}
    # an article that names the story's spelling too, or a story holding both spellings
    assert cluster.variants({**LOCAL, "p:place::korvannek": 1}, story) == {}
    both = Profile(1, 8, {**FLOOD, "p:place::korvanek": 1}, None, None)
    assert cluster.variants(LOCAL, both) == {}
    # two of the story's places one letter from the article's: which one is not known
    two = Profile(1, 8, {**FLOOD, "p:place::korvamek": 4}, None, None)
    assert cluster.variants(LOCAL, two) == {}
    # a place the story names in passing (fewer than a third of its articles)
    passing = Profile(1, 8, {**FLOOD, "p:place::korvannek": 2}, None, None)
    assert cluster.variants(LOCAL, passing) == {}
    # another first letter
    assert cluster.variants({"p:place::morvannek": 1}, story) == {}
