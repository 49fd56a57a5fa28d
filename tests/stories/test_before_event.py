"""An article dated before a story's first article that shares none of the story's event (none
of the words half its articles hold, none of the days a third of them name) joins it only if
its words share more than the floor: the water company and the environment minister on a
licence renewal five days before the company's reservoir dam burst share the two names, the
country and a word of the dam's upkeep, not the burst nor its day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# six reports of the Tarrow reservoir dam bursting above Edley, in Kessaria, on 14 May; the
# company's chief and the environment minister speak in two each
BURST = {
    "t:dam": 6,
    "t:flood": 6,
    "t:burst": 5,
    "t:villag": 4,
    "t:evacu": 4,
    "t:spillway": 2,
    "t:water": 3,
    "t:publish": 4,
    "p:place::edley": 6,
    "p:place::kessaria": 4,
    "a:org:tarrow water": 5,
    "a:person:idris fenn": 2,
    "a:person:marta quell": 2,
    "a:person:olaf brent": 4,
    "e:AID": 4,
    "e:REQUEST": 2,
    "d:05-14": 5,
    "d:05-15": 2,
    "d:2031-05": 6,
}
# a store of twenty articles
DF = {
    **{k: n + 1 for k, n in BURST.items()},
    "t:water": 6,
    "t:publish": 18,
    "t:licenc": 2,
    "t:bill": 3,
}
# the minister renews the company's licence on 9 May: the minister, the company's chief,
# the country, the spillway's repair the licence asks for, and words of licences and bills
LICENCE = {
    "a:person:marta quell": 2,
    "a:person:idris fenn": 1,
    "p:place::kessaria": 1,
    "t:licenc": 4,
    "t:renew": 3,
    "t:bill": 2,
    "t:household": 2,
    "t:spillway": 1,
    "t:repair": 2,
    "t:tariff": 2,
    "t:water": 1,
    "t:publish": 1,
    "e:REQUEST": 1,
    "d:05-09": 1,
    "d:2031-05": 1,
}
FIRST = date(2031, 5, 14)
EARLIER = date(2031, 5, 9)
# scores by the names alone: the shared minister and chief take any article in (the failure)
BY_NAMES = cluster.ClusterConfig(
    threshold=0.1, model=cluster.SameStory(0.0, {"a": 3.0, "h": 3.0}), named=None
)


def _story() -> Profile:
    return Profile(1, 6, BURST, FIRST, date(2031, 5, 18))


def _choose(
    keys: dict[str, int], when: date = EARLIER, config: cluster.ClusterConfig = BY_NAMES
) -> int | None:
    return cluster.choose(keys, when, [_story()], DF, 20, config)[0]


def test_the_company_and_minister_before_the_event_do_not_join() -> None:
    feats = cluster.features(LICENCE, _story(), DF, 20, when=EARLIER)
    assert 0.05 <= feats["t"] < 0.15
    assert feats["e"] > 0
    # none of the other guards judges it: two people, a topic word, a kind of event shared
    assert not cluster.another_matter(LICENCE, EARLIER, _story())
    assert not cluster.aside(LICENCE, _story())
    assert cluster.before_event(LICENCE, EARLIER, _story())
    assert _choose(LICENCE) is None
    # the words' floor alone lets it in
    assert _choose(LICENCE, config=replace(BY_NAMES, before=None)) == 1


def test_the_same_article_dated_within_the_story_is_not_judged_by_this() -> None:
    assert not cluster.before_event(LICENCE, date(2031, 5, 16), _story())
    assert _choose(LICENCE, when=date(2031, 5, 16)) == 1


def test_an_earlier_report_naming_the_event_joins() -> None:
    # a first report of the flood, ingested after the later ones
    flood = {**LICENCE, "t:flood": 2}
    assert not cluster.before_event(flood, EARLIER, _story())
    assert _choose(flood) == 1


def test_an_earlier_report_naming_the_event_s_day_joins() -> None:
    day = {**LICENCE, "d:05-14": 1}
    assert not cluster.before_event(day, EARLIER, _story())
    assert _choose(day) == 1


def test_a_young_story_is_not_judged_by_this() -> None:
    young = Profile(1, 3, BURST, FIRST, date(2031, 5, 15))
    assert not cluster.before_event(LICENCE, EARLIER, young)


def test_the_floor_is_that_of_matter() -> None:
    config = cluster.ClusterConfig()
    assert config.before == config.matter
