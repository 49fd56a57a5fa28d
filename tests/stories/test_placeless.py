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


# six reports of a cycling federation's doping case: two riders, their team doctor, the city;
# the sports minister and an opposition member speak in one each
CASE = {
    "t:dop": 6,
    "t:rider": 6,
    "t:sampl": 5,
    "t:federat": 5,
    "t:test": 4,
    "t:banned": 3,
    "p:place::harwick": 4,
    "a:person:tamsin orle": 5,
    "a:person:bruno vell": 4,
    "a:person:edda marsh": 2,
    "a:person:rhea sollen": 1,
    "a:person:gord amby": 1,
    "a:org:harwick cycling union": 5,
}
CASE_DF = {k: n + 1 for k, n in CASE.items()}
# days on: the riders' coach stood down, told from his town (its name read as a person's), so
# no place; it names the two riders, and its own words (the coach, the training camp)
COACH = {
    "a:person:tamsin orle": 2,
    "a:person:bruno vell": 2,
    "a:person:lenno": 1,
    "a:person:quill arden": 3,
    "t:coach": 4,
    "t:camp": 3,
    "t:stood": 2,
    "t:train": 2,
    "t:rider": 1,
    "t:season": 2,
    "t:parent": 1,
}


def _choose_case(keys: dict[str, int], config: cluster.ClusterConfig = BY_NAMES) -> int | None:
    story = Profile(1, 6, CASE, None, None)
    return cluster.choose(keys, None, [story], CASE_DF, 20, config)[0]


def test_a_later_day_naming_two_of_the_story_s_people_keeps_the_plain_floor() -> None:
    feats = cluster.features(COACH, Profile(1, 6, CASE, None, None), CASE_DF, 20)
    assert cluster.placeless(COACH)
    assert 0.05 <= feats["t"] < 0.1
    assert cluster.people_shared(list(COACH), Profile(1, 6, CASE, None, None)) == 2
    assert _choose_case(COACH) == 1
    # without the rule (and the central actors' one, which it shares a topic word for), the
    # placeless floor keeps it out
    assert _choose_case(COACH, replace(BY_NAMES, people=None, actors=None)) is None


def test_one_shared_person_without_a_place_is_still_held_to_the_raised_floor() -> None:
    # the same coach story naming only one of the riders: a shared name, as a minister's
    one = {k: n for k, n in COACH.items() if k != "a:person:bruno vell"}
    assert 0.05 <= cluster.features(one, Profile(1, 6, CASE, None, None), CASE_DF, 20)["t"] < 0.1
    assert _choose_case(one) is None
    assert cluster.ClusterConfig().people == 2


def test_two_people_on_the_story_s_edges_do_not_lower_the_floor() -> None:
    # the minister and his critic on another matter (a stadium contract), no place named: two
    # of the story's names, neither central to it (one article of six each)
    contract = {
        k: n for k, n in COACH.items() if k not in {"a:person:tamsin orle", "a:person:bruno vell"}
    }
    contract |= {"a:person:rhea sollen": 2, "a:person:gord amby": 1}
    assert cluster.people_shared(list(contract), Profile(1, 6, CASE, None, None)) == 0
    assert (
        0.05 <= cluster.features(contract, Profile(1, 6, CASE, None, None), CASE_DF, 20)["t"] < 0.1
    )
    assert _choose_case(contract) is None
    # in a story too small to have central people, no one is
    assert cluster.people_shared(list(COACH), Profile(1, 4, CASE, None, None)) == 0
