"""An article of the same kind of event elsewhere, whose people are none of the story's and which
shares no organisation with it, names the story's places only in passing: a neighbouring country
the story mentions now and then, or the story's own country in one line beside its own town and
country. It joins the story only if its words share more than the floor, as ``elsewhere``."""

from __future__ import annotations

from dataclasses import replace

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# ten reports of a dam failing above Kessbury, in Orvania; the neighbouring Dalmiria is named in
# two (its rescuers crossed the border), the capital Wendholt in four
DAM = {
    "t:dam": 10,
    "t:flood": 9,
    "t:burst": 6,
    "t:reservoir": 5,
    "t:evacu": 5,
    "t:water": 7,
    "t:rescu": 4,
    "t:valley": 4,
    "t:april": 8,
    "t:publish": 6,
    "p:place::kessbury": 9,
    "p:place::orvania": 8,
    "p:place::wendholt": 4,
    "p:place::dalmiria": 2,
    "a:person:ilse brandvik": 6,
    "a:person:teodor haskel": 4,
    "a:org:orvanian water board": 5,
}
DF = {**{k: n + 1 for k, n in DAM.items()}, "t:april": 24, "t:publish": 22, "t:water": 12}
# a river bursting its banks in Dalmiria the same week: other people, other bodies, the country
# the story names twice
ABROAD = {
    "p:place::dalmiria": 3,
    "a:person:maren solt": 2,
    "a:person:udo pell": 1,
    "a:org:dalmirian civil defence": 2,
    "t:flood": 2,
    "t:river": 4,
    "t:bank": 3,
    "t:water": 1,
    "t:farm": 2,
    "t:cattl": 2,
    "t:harvest": 1,
    "t:rain": 3,
    "t:april": 1,
    "t:publish": 1,
}
# the same in a town of Tessmark, a country the story never names, whose last line recalls the
# dam in Orvania: the story's own country, once, beside its own town and country named more often
RECALLS = {
    **{k: n for k, n in ABROAD.items() if k != "p:place::dalmiria"},
    "p:place::lorrick": 3,
    "p:place::tessmark": 2,
    "p:place::orvania": 1,
}
# places alone score (the failure at issue: a country named, the same week)
BY_PLACES = cluster.ClusterConfig(
    threshold=0.01, model=cluster.SameStory(0.0, {"p": 3.0}), named=None
)


def _story() -> Profile:
    return Profile(1, 10, DAM, None, None)


def _choose(keys: dict[str, int], config: cluster.ClusterConfig = BY_PLACES) -> int | None:
    return cluster.choose(keys, None, [_story()], DF, 30, config)[0]


def test_the_same_kind_in_a_country_the_story_names_in_passing_does_not_join() -> None:
    feats = cluster.features(ABROAD, _story(), DF, 30)
    # it names a place of the story and people, none of the story's: no earlier floor is its
    assert feats["p≠"] == 0.0
    assert feats["h≠"] == 1.0
    assert 0.05 <= feats["t"] < 0.15
    assert not cluster.aside(ABROAD, _story())
    assert cluster.passing(ABROAD, _story())
    assert _choose(ABROAD) is None
    # the words' floor alone lets it in
    assert _choose(ABROAD, replace(BY_PLACES, passing=None, places=None)) == 1


def test_the_same_kind_naming_the_story_country_in_one_line_does_not_join() -> None:
    feats = cluster.features(RECALLS, _story(), DF, 30)
    assert feats["h≠"] == 1.0
    assert feats["t"] < 0.15
    # Orvania is the story's own country, but the article names its own places more
    assert cluster.passing(RECALLS, _story())
    assert _choose(RECALLS) is None
    assert _choose(RECALLS, replace(BY_PLACES, passing=None, places=None)) == 1


def test_a_later_report_in_the_story_town_with_new_people_joins() -> None:
    # the funerals in Kessbury: mourners and a priest the story never named, its own town
    funerals = {
        "p:place::kessbury": 3,
        "p:place::orvania": 1,
        "a:person:hedda moll": 2,
        "a:person:pastor arne vik": 1,
        "t:funer": 4,
        "t:flood": 2,
        "t:dam": 1,
        "t:mourn": 2,
        "t:april": 1,
    }
    assert cluster.features(funerals, _story(), DF, 30)["h≠"] == 1.0
    assert not cluster.passing(funerals, _story())
    assert _choose(funerals) == 1


def test_sharing_the_story_town_as_often_as_its_own_is_not_in_passing() -> None:
    # a report from a village below the dam, naming Kessbury once and itself once
    village = {k: n for k, n in RECALLS.items() if k[:1] != "p"}
    village |= {"p:place::tarn hollow": 1, "p:place::kessbury": 1}
    assert not cluster.passing(village, _story())
    # and naming it less often than its own is
    assert cluster.passing({**village, "p:place::tarn hollow": 2}, _story())


def test_a_later_report_sharing_a_person_or_an_organisation_is_not_judged() -> None:
    assert not cluster.passing({**ABROAD, "a:org:orvanian water board": 1}, _story())
    assert not cluster.passing({**ABROAD, "a:person:ilse brandvik": 1}, _story())
    # nor an article sharing no name at all (``elsewhere`` judges that)
    assert not cluster.passing({k: n for k, n in ABROAD.items() if k[:1] != "p"}, _story())


def test_a_small_story_is_not_judged() -> None:
    assert not cluster.passing(ABROAD, Profile(1, 4, DAM, None, None))


def test_the_floor_is_that_of_elsewhere_and_off_for_the_baseline() -> None:
    config = cluster.ClusterConfig()
    assert config.passing == config.elsewhere
    from whatweknow.eval.ecbplus import baseline

    assert baseline().clustering.passing is None
