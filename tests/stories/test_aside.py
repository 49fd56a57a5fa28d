"""An article that shares with a story only its people and places (no organisation) and none of
the words that tell what the story is about joins it only if its words share more than the
floor: the story's interior minister agreeing a police pay deal in the capital, in the days of
a ferry sinking, shares the minister, the country, the capital and the words of her title."""

from __future__ import annotations

from dataclasses import replace

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# six reports of a ferry sinking off Port Alvo, in Sentria; the interior minister (her ministry
# runs the coastguard) speaks in three, the capital Norrow is named in two
FERRY = {
    "t:ferri": 6,
    "t:sink": 5,
    "t:passeng": 5,
    "t:rescu": 4,
    "t:coast": 3,
    "t:interior": 3,
    "t:minister": 3,
    "t:sentria": 4,
    "t:march": 4,
    "t:publish": 3,
    "p:place::port alvo": 6,
    "p:place::sentria": 4,
    "p:place::norrow": 2,
    "a:person:dagny roul": 3,
    "a:person:ivo tessel": 2,
    "a:org:sentrian coastguard": 3,
}
# a store of twenty articles: the title's words and the month are in most of them
DF = {
    **{k: n + 1 for k, n in FERRY.items()},
    "t:minister": 14,
    "t:interior": 8,
    "t:sentria": 9,
    "t:march": 16,
    "t:publish": 18,
}
# the minister agrees a pay deal with the police union in the capital, the same week: her name,
# her title's words, the country (typed a person here) and the capital, the month
PAY = {
    "a:person:dagny roul": 3,
    "a:person:sentria": 1,
    "p:place::norrow": 1,
    "a:person:edda myrn": 1,
    "t:interior": 1,
    "t:minister": 1,
    "t:sentria": 1,
    "t:march": 1,
    "t:publish": 1,
    "t:pay": 4,
    "t:polic": 3,
    "t:union": 2,
    "t:deal": 2,
    "t:wage": 2,
    "t:strike": 1,
    "t:salari": 2,
    "t:negoti": 2,
    "t:offic": 2,
    "t:contract": 1,
    "t:percent": 2,
}
# scores by the names alone: the shared minister takes any article in (the failure at issue)
BY_NAMES = cluster.ClusterConfig(
    threshold=0.1, model=cluster.SameStory(0.0, {"a": 3.0, "h": 3.0}), named=None
)


def _story() -> Profile:
    return Profile(1, 6, FERRY, None, None)


def _choose(keys: dict[str, int], config: cluster.ClusterConfig = BY_NAMES) -> int | None:
    return cluster.choose(keys, None, [_story()], DF, 20, config)[0]


def test_the_minister_on_another_matter_in_the_capital_does_not_join() -> None:
    feats = cluster.features(PAY, _story(), DF, 20)
    # it names a place of the story: neither the placeless nor the elsewhere floor is hers
    assert not cluster.placeless(PAY)
    assert feats["p≠"] == 0.0
    assert 0.05 <= feats["t"] < 0.15
    assert cluster.aside(PAY, _story())
    assert _choose(PAY) is None
    # the words' floor alone lets it in
    assert _choose(PAY, replace(BY_NAMES, aside=None)) == 1


def test_the_story_topic_leaves_out_names_titles_and_datelines() -> None:
    topic = cluster.topic_terms(_story())
    # held by a third of the reports or more, less "sentria" (a name), "interior" and "minister"
    # (an office's title), "march" and "publish" (a dateline's words)
    assert topic == {"t:ferri", "t:sink", "t:passeng", "t:rescu", "t:coast"}


def test_a_later_report_sharing_what_the_story_is_about_joins() -> None:
    # the minister in the capital on the divers' search: one word of the story's topic
    search = {**PAY, "t:rescu": 1}
    assert not cluster.aside(search, _story())
    assert _choose(search) == 1


def test_a_later_report_sharing_an_organisation_joins() -> None:
    # the minister on the coastguard's budget: an organisation the story names
    budget = {**PAY, "a:org:sentrian coastguard": 2}
    assert not cluster.aside(budget, _story())
    assert _choose(budget) == 1


def test_an_article_sharing_no_one_is_not_judged_by_this() -> None:
    # the capital and the country alone: no one of the story's people
    places = {k: n for k, n in PAY.items() if k != "a:person:dagny roul"}
    assert not cluster.aside(places, _story())


def test_the_floor_is_that_of_elsewhere() -> None:
    config = cluster.ClusterConfig()
    assert config.aside == config.elsewhere
