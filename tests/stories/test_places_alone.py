"""An article that shares with a story only places (its town, its province), no person, no
organisation and at most one word of what the story is about, does not join it on its words'
floor alone: a market in the town a week before a ferry sank off it, whichever of the two was
placed first. And a report of the same kind of event in another country does not join because
it quotes a foreign body that the story quotes now and then (``passing``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# eight reports of a ferry sinking off Brannock, a port of Velm province, in Ostrava; a
# province name read as a person in most of them, as it is read as a place in some
FERRY = {
    "t:ferry": 8,
    "t:sink": 6,
    "t:passeng": 6,
    "t:coastguard": 5,
    "t:rescu": 4,
    "t:captain": 4,
    "t:storm": 3,
    "t:brannock": 8,
    "t:velm": 4,
    "t:june": 7,
    "p:place::brannock": 8,
    "p:place::velm": 3,
    "a:person:velm": 5,
    "p:place::ostrava": 4,
    "p:place::lindqvar": 2,
    "a:person:mara tollen": 5,
    "a:person:henrik ossby": 4,
    "a:org:ostravan coastguard": 6,
    "a:org:lindqvar marine safety board": 2,
    "e:ASSAULT": 5,
    "e:CONSULT": 4,
}
DF = {**{k: n + 1 for k, n in FERRY.items()}, "t:june": 20, "t:person": 12}
# the Brannock cheese market, a week before: record crowds, growers from Velm, a director
MARKET = {
    "p:place::brannock": 1,
    "a:person:velm": 1,
    "p:place::saltby": 1,
    "a:person:ilse varro": 1,
    "t:chees": 6,
    "t:market": 7,
    "t:crowd": 4,
    "t:grower": 2,
    "t:brannock": 5,
    "t:velm": 1,
    "t:person": 1,
    "t:visit": 1,
    "t:prize": 1,
    "t:june": 1,
    "e:CONSULT": 1,
}
# a ship sinking in a storm off Lindqvar, another country, that week: its own people and coast,
# the foreign safety board the story names when the ferry's recorder goes there
ABROAD = {
    "p:place::lindqvar": 2,
    "p:place::harrow point": 1,
    "a:org:lindqvar marine safety board": 2,
    "a:person:sten rudd": 1,
    "a:org:nordtow": 1,
    "t:trawler": 5,
    "t:sink": 2,
    "t:storm": 1,
    "t:crew": 4,
    "t:net": 3,
    "t:lindqvar": 4,
    "t:board": 2,
    "t:safety": 1,
    "t:marin": 1,
    "t:june": 1,
    "e:ASSAULT": 1,
}
BY_PLACES = cluster.ClusterConfig(
    threshold=0.01, model=cluster.SameStory(0.0, {"p": 3.0, "e": 1.0}), named=None
)


def _story() -> Profile:
    return Profile(1, 8, FERRY, date(2026, 6, 14), date(2026, 6, 20))


def _choose(
    keys: dict[str, int], story: Profile, config: cluster.ClusterConfig = BY_PLACES
) -> int | None:
    return cluster.choose(keys, None, [story], DF, 30, config)[0]


def test_a_report_from_the_story_town_on_another_matter_does_not_join() -> None:
    feats = cluster.features(MARKET, _story(), DF, 30)
    # the province read as a person in both: no earlier floor is the market's
    assert feats["h≠"] == 0.0
    assert feats["e"] > 0.0
    assert 0.05 <= feats["t"] < 0.15
    assert not cluster.aside(MARKET, _story())
    assert not cluster.passing(MARKET, _story())
    assert cluster.places_alone(MARKET, _story())
    assert _choose(MARKET, _story()) is None
    # the words' floor alone lets it in
    assert _choose(MARKET, _story(), replace(BY_PLACES, places=None)) == 1


def test_the_story_report_does_not_join_a_story_opened_by_that_market() -> None:
    # the market placed first, a week before, opens a story of one article; the first report of
    # the sinking shares its town, its province and the word "people"
    market = Profile(2, 1, MARKET, date(2026, 6, 7), date(2026, 6, 7))
    report = {
        "p:place::brannock": 2,
        "p:place::velm": 1,
        "a:person:velm": 1,
        "a:org:ostravan coastguard": 1,
        "a:person:mara tollen": 1,
        "t:ferry": 6,
        "t:sink": 4,
        "t:passeng": 3,
        "t:person": 1,
        "t:brannock": 4,
        "t:velm": 1,
        "t:june": 1,
        "e:CONSULT": 1,
    }
    assert 0.05 <= cluster.features(report, market, DF, 30)["t"] < 0.15
    assert cluster.places_alone(report, market)
    assert _choose(report, market) is None
    assert _choose(report, market, replace(BY_PLACES, places=None)) == 2
    # a word of the market's said twice is left to the model (still weak: "people" is such a word)
    assert not cluster.places_alone({**report, "t:person": 2}, market)


def test_a_report_from_another_town_of_the_story_country_telling_its_matter_joins() -> None:
    # a town of Ostrava the story never named, new people, the story's country once, and the
    # sinking it tells of, in more than one word
    town = {
        "p:place::ostrava": 1,
        "p:place::gelling": 3,
        "a:person:oda fenn": 1,
        "t:sink": 3,
        "t:mourn": 3,
        "t:gelling": 4,
        "t:church": 2,
        "t:june": 1,
    }
    assert cluster.places_alone({**town, "t:sink": 1}, _story())
    assert not cluster.places_alone(town, _story())


def test_a_later_report_sharing_only_places_but_telling_the_story_joins() -> None:
    # the divers' search off Brannock: new people, the town, what the story is about
    search = {
        "p:place::brannock": 2,
        "a:person:oda fenn": 1,
        "t:diver": 4,
        "t:ferry": 3,
        "t:passeng": 2,
        "t:sink": 1,
        "t:brannock": 2,
        "t:june": 1,
    }
    assert not cluster.places_alone(search, _story())
    assert _choose(search, _story()) == 1
    # a person or an organisation of the story's is no matter of places alone
    assert not cluster.places_alone({**MARKET, "a:org:ostravan coastguard": 1}, _story())
    assert not cluster.places_alone({**MARKET, "a:person:mara tollen": 1}, _story())


def test_the_same_kind_abroad_quoting_a_body_the_story_quotes_now_and_then_does_not_join() -> None:
    feats = cluster.features(ABROAD, _story(), DF, 30)
    assert feats["h≠"] == 1.0
    assert feats["e"] > 0.0
    assert 0.05 <= feats["t"] < 0.15
    assert cluster.passing(ABROAD, _story())
    assert _choose(ABROAD, _story()) is None
    assert _choose(ABROAD, _story(), replace(BY_PLACES, passing=None)) == 1
    # a body central to the story (named by a third of its articles or more) is its own
    assert not cluster.passing({**ABROAD, "a:org:ostravan coastguard": 1}, _story())


def test_the_floor_is_that_of_passing_and_off_for_the_baseline() -> None:
    config = cluster.ClusterConfig()
    assert config.places == config.passing
    from whatweknow.eval.ecbplus import baseline

    assert baseline().clustering.places is None
