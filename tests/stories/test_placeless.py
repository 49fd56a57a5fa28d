"""An article that names no place, or names people and places none of which are the story's,
joins a story only if its words share more than the floor: the same minister on another matter
(a school-meals budget, in the days of a harbour fire), or the same fire service fined over an
accident in another town, shares who, not where or what."""

from __future__ import annotations

from dataclasses import replace

import pytest

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# six reports of a warehouse fire at Kelmouth harbour; the minister speaks in three of them
FIRE = {
    "t:fire": 6,
    "t:harbour": 6,
    "t:warehous": 5,
    "t:smoke": 4,
    "t:crew": 3,
    "t:minist": 2,
    "p:place::kelmouth": 6,
    "a:person:orla denne": 3,
    "a:org:kelmouth fire service": 4,
}
DF = {k: n + 1 for k, n in FIRE.items()}
# the minister on the schools' budget, the same week: her name and "minister", no place
MEALS = {
    "a:person:orla denne": 3,
    "t:school": 3,
    "t:meal": 3,
    "t:budget": 2,
    "t:minist": 2,
    "t:pupil": 2,
    "t:fund": 2,
    "t:council": 1,
}
# a later report of the fire that names no place either: the owner's insurance claim
INSURANCE = {
    "a:person:orla denne": 2,
    "t:warehous": 2,
    "t:insur": 3,
    "t:claim": 2,
    "t:owner": 2,
    "t:minist": 1,
    "t:inquiri": 2,
}
# scores by the names alone: the shared minister takes any article in (the failure at issue)
BY_NAMES = cluster.ClusterConfig(
    threshold=0.1, model=cluster.SameStory(0.0, {"a": 3.0, "h": 3.0}), named=None
)


def _choose(keys: dict[str, int], config: cluster.ClusterConfig = BY_NAMES) -> int | None:
    story = Profile(1, 6, FIRE, None, None)
    return cluster.choose(keys, None, [story], DF, 20, config)[0]


def test_the_minister_on_another_matter_does_not_join() -> None:
    assert 0.05 <= cluster.features(MEALS, Profile(1, 6, FIRE, None, None), DF, 20)["t"] < 0.1
    assert _choose(MEALS) is None
    # the words' floor alone lets it in
    assert _choose(MEALS, replace(BY_NAMES, placeless=None)) == 1


def test_a_later_report_naming_no_place_joins_by_its_words() -> None:
    assert _choose(INSURANCE) == 1


def test_an_article_naming_a_place_keeps_the_plain_floor() -> None:
    # naming somewhere, even elsewhere, the article is judged by the model (here: by names)
    assert _choose({**MEALS, "p:place::dunmere": 1}) == 1
    assert cluster.placeless(MEALS)
    assert not cluster.placeless({**MEALS, "p:place::dunmere": 1})
    assert not cluster.placeless({"p:state:XYZ:": 1})


def test_the_floor_is_twice_the_plain_one() -> None:
    config = cluster.ClusterConfig()
    assert config.placeless == 2 * config.min_cos


# the fire service fined over a ladder accident in another town, with other people
FINED = {
    "a:org:kelmouth fire service": 2,
    "a:person:ansel brook": 2,
    "p:place::dunmere": 2,
    "t:fine": 3,
    "t:ladder": 2,
    "t:safeti": 2,
    "t:injur": 2,
    "t:crew": 2,
    "t:inspector": 1,
}


def test_the_same_company_elsewhere_with_other_people_does_not_join() -> None:
    feats = cluster.features(FINED, Profile(1, 6, FIRE, None, None), DF, 20)
    assert feats["h≠"] == feats["p≠"] == 1.0
    assert 0.05 <= feats["t"] < 0.15
    assert _choose(FINED) is None
    assert _choose(FINED, replace(BY_NAMES, elsewhere=None)) == 1


def test_an_article_elsewhere_that_shares_a_person_keeps_the_plain_floor() -> None:
    # the minister speaks in it: one of the story's people, so not a stranger's matter
    assert _choose({**FINED, "a:person:orla denne": 1}) == 1
    assert cluster.ClusterConfig().elsewhere == pytest.approx(3 * cluster.ClusterConfig().min_cos)
