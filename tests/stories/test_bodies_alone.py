"""A young story (fewer than CENTRAL_LEAST articles) that an article shares only organisations
with by name, and none of its kinds of event, is not joined on the words' floor alone: a
company's order a few days before a crash of one of its aircraft opens a story of one
article, and the crash report shares the company and the aircraft's type, not what happened."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# an aircraft maker wins an order for twelve of its helicopters from a coastguard abroad
ORDER = {
    "a:org:pellan aero": 3,
    "a:org:tessmark coastguard": 2,
    "a:person:ivo rask": 1,
    "t:pellan": 3,
    "t:order": 4,
    "t:helicopt": 2,
    "t:coastguard": 2,
    "t:contract": 2,
    "t:deliveri": 1,
    "t:october": 1,
    "e:CONCEDE": 1,
}
# a governor's helicopter, one of the maker's, comes down in fog in Velmor province
CRASH = {
    "p:place::velmor": 2,
    "p:place::dask": 1,
    "a:person:oren halde": 2,
    "a:org:pellan aero": 1,
    "a:org:emergencies ministry": 1,
    "t:pellan": 1,
    "t:helicopt": 1,
    "t:crash": 4,
    "t:fog": 3,
    "t:governor": 3,
    "t:kill": 2,
    "t:october": 1,
    "e:ASSAULT": 1,
}
DF = {**{k: 2 for k in (ORDER.keys() | CRASH.keys())}, "t:october": 20, "t:helicopt": 12}
BY_BODIES = cluster.ClusterConfig(
    threshold=0.01, model=cluster.SameStory(0.0, {"a": 3.0, "d?": 1.0}), named=None
)


def _choose(
    keys: dict[str, int], story: Profile, config: cluster.ClusterConfig = BY_BODIES
) -> int | None:
    return cluster.choose(keys, None, [story], DF, 30, config)[0]


def test_a_crash_report_does_not_join_the_makers_order_on_the_maker_alone() -> None:
    order = Profile(4, 1, ORDER, date(2026, 10, 21), date(2026, 10, 21))
    feats = cluster.features(CRASH, order, DF, 30)
    assert feats["e"] == 0.0
    assert 0.05 <= feats["t"] < 0.15
    assert cluster.bodies_alone(CRASH, order)
    assert _choose(CRASH, order) is None
    # the words' floor alone lets it in
    assert _choose(CRASH, order, replace(BY_BODIES, bodies=None)) == 4


def test_a_shared_person_place_or_kind_of_event_is_left_to_the_model() -> None:
    order = Profile(4, 1, ORDER, date(2026, 10, 21), date(2026, 10, 21))
    assert not cluster.bodies_alone({**CRASH, "a:person:ivo rask": 1}, order)
    with_place = Profile(4, 1, {**ORDER, "p:place::velmor": 1}, date(2026, 10, 21), None)
    assert not cluster.bodies_alone(CRASH, with_place)
    same_kind = Profile(4, 1, {**ORDER, "e:ASSAULT": 1}, date(2026, 10, 21), None)
    assert cluster.bodies_alone(CRASH, same_kind)
    assert _choose(CRASH, same_kind) == 4  # a shared kind of event: the guard stands aside


def test_a_grown_story_is_judged_by_the_other_guards() -> None:
    grown = Profile(4, cluster.CENTRAL_LEAST, ORDER, date(2026, 10, 21), date(2026, 10, 21))
    assert not cluster.bodies_alone(CRASH, grown)


def test_the_floor_is_that_of_places_and_off_for_the_baseline() -> None:
    config = cluster.ClusterConfig()
    assert config.bodies == config.places
    from whatweknow.eval.ecbplus import baseline

    assert baseline().clustering.bodies is None
