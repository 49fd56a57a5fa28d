"""An article whose only people and organisations in common with a story are national-level
ones (a minister, a ministry, a party; a state), by its own words, and which shares none of the
story's kinds of event, joins it only if its words share more than the floor: the story's
transport minister steering a road-toll bill through parliament, in the week of a landslide
that swept a bus off a mountain road, shares the minister, the opposition party that attacks
her, the country and a word or two of roads, not the landslide."""

from __future__ import annotations

from dataclasses import replace

from whatweknow.contract import Actor, Article, Dossier, Mention, PipelineInfo
from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# six reports of a bus swept off the Kelmor pass road by a landslide, in Ostravia; the
# transport minister speaks in three, the driver is named in four, the road agency in three, an
# opposition party attacks the minister in one
SLIDE = {
    "t:landslid": 6,
    "t:bus": 6,
    "t:passeng": 5,
    "t:rescu": 4,
    "t:road": 4,
    "t:mountain": 3,
    "t:transport": 3,
    "t:minister": 3,
    "t:ostravia": 4,
    "t:april": 4,
    "t:publish": 3,
    "p:place::kelmor": 6,
    "p:place::ostravia": 4,
    "a:person:vera halden": 3,
    "a:person:tomas brek": 4,
    "a:org:ostravian road agency": 3,
    "a:org:civic party": 1,
    "e:AID": 3,
    "e:INVESTIGATE": 2,
}
# a store of twenty articles
DF = {
    **{k: n + 1 for k, n in SLIDE.items()},
    "t:minister": 14,
    "t:transport": 6,
    "t:ostravia": 9,
    "t:april": 16,
    "t:publish": 18,
    "t:road": 7,
    "e:SUPPORT": 5,
}
# parliament passes the minister's road-toll bill, the same week: her name and title, the
# party that voted against, the country, a union's chairman, and words of tolls and votes
TOLL = {
    "a:person:vera halden": 2,
    "a:org:civic party": 1,
    "p:place::ostravia": 1,
    "a:person:lena oster": 1,
    "t:toll": 5,
    "t:bill": 3,
    "t:parliament": 3,
    "t:vote": 2,
    "t:lorri": 2,
    "t:haulier": 2,
    "t:percent": 1,
    "t:revenu": 2,
    "t:road": 1,
    "t:transport": 1,
    "t:minister": 1,
    "t:ostravia": 1,
    "t:april": 1,
    "t:publish": 1,
    "e:SUPPORT": 2,
}
# what the toll article says of its actors: the minister (GOV), the party; the union's
# chairman is no official
WEAK = frozenset({"a:person:vera halden", "a:org:civic party"})
# scores by the names alone: the shared minister and party take any article in (the failure)
BY_NAMES = cluster.ClusterConfig(
    threshold=0.1, model=cluster.SameStory(0.0, {"a": 3.0, "h": 3.0}), named=None
)


def _story() -> Profile:
    return Profile(1, 6, SLIDE, None, None)


def _choose(
    keys: dict[str, int],
    weak: frozenset[str] = WEAK,
    config: cluster.ClusterConfig = BY_NAMES,
) -> int | None:
    return cluster.choose(keys, None, [_story()], DF, 20, config, weak)[0]


def test_the_minister_and_her_party_on_another_matter_do_not_join() -> None:
    feats = cluster.features(TOLL, _story(), DF, 20)
    assert 0.05 <= feats["t"] < 0.15
    assert feats["e"] == 0.0
    # neither aside (it shares an organisation and a topic word) nor another_matter judges it
    assert not cluster.aside(TOLL, _story())
    assert not cluster.another_matter(TOLL, None, _story())
    assert cluster.national(TOLL, _story(), WEAK)
    assert _choose(TOLL) is None
    # the words' floor alone lets it in
    assert _choose(TOLL, config=replace(BY_NAMES, national=None)) == 1


def test_a_later_report_sharing_a_kind_of_event_joins() -> None:
    # the minister orders an inquiry into the road's upkeep: the story's INVESTIGATE
    inquiry = {**TOLL, "e:INVESTIGATE": 1}
    assert cluster.features(inquiry, _story(), DF, 20)["e"] > 0
    assert _choose(inquiry) == 1


def test_a_later_report_sharing_one_of_the_story_s_own_people_joins() -> None:
    # the driver, whom no office makes national, is the story's own
    driver = {**TOLL, "a:person:tomas brek": 1}
    assert not cluster.national(driver, _story(), WEAK)
    assert _choose(driver) == 1
    # so is the road agency, a body of the story's event
    agency = {**TOLL, "a:org:ostravian road agency": 1}
    assert not cluster.national(agency, _story(), WEAK)
    assert _choose(agency) == 1


def test_a_shared_official_the_article_does_not_call_one_is_not_judged_by_this() -> None:
    # the article names the minister without her title: nothing says she is national-level
    assert not cluster.national(TOLL, _story(), frozenset({"a:org:civic party"}))
    assert _choose(TOLL, weak=frozenset()) == 1


def test_places_alone_are_not_judged_by_this() -> None:
    places = {k: n for k, n in TOLL.items() if k[:2] != "a:"}
    assert not cluster.national(places, _story(), WEAK)


def test_a_later_report_whose_words_share_the_event_joins() -> None:
    # the minister visits the pass: the landslide, the bus, the rescue
    visit = {**TOLL, "t:landslid": 3, "t:bus": 2, "t:rescu": 2, "t:passeng": 2}
    assert cluster.features(visit, _story(), DF, 20)["t"] >= 0.15
    assert _choose(visit) == 1


def test_national_keys_are_officials_national_bodies_and_states() -> None:
    text = (
        "Transport Minister Vera Halden said the toll would pay for repairs. The Civic Party "
        "voted against. Ostravia and Pellmark signed a road deal. Union chairman Lena Oster "
        "and Rovik Haulage welcomed it."
    )
    info = PipelineInfo(version="0.1.0", model="test")

    def actor(name: str, kind: str, key: str, sector: str | None) -> Actor:
        start = text.index(name)
        mention = Mention(start=start, end=start + len(name), text=name)
        return Actor(id=key, name=name, type=kind, key=key, sector=sector, mentions=[mention])  # type: ignore[arg-type]

    dossier = Dossier(
        pipeline=info,
        article=Article(id="0" * 16, text=text),
        actors=[
            actor("Vera Halden", "person", "person:vera halden", "GOV"),
            actor("Civic Party", "organisation", "org:civic party", None),
            actor("Pellmark", "state", "country::pellmark", "GOV"),
            actor("Ostravia", "place", "place::ostravia", None),
            actor("Lena Oster", "person", "person:lena oster", "BUS"),
            actor("Rovik Haulage", "organisation", "org:rovik haulage", None),
        ],
    )
    assert cluster.national_keys(dossier) == {
        "a:person:vera halden",
        "a:org:civic party",
        "p:country::pellmark",
    }


def test_the_floor_is_that_of_aside() -> None:
    config = cluster.ClusterConfig()
    assert config.national == config.aside


def test_a_police_spokesman_is_no_national_figure() -> None:
    text = (
        "Police spokesman Tarn Weller said divers had found the cabin. Interior Minister Ada "
        "Lusk visited the valley. Deputy fire chief Ivo Brask spoke, and so did Police Minister "
        "Oda Renn."
    )
    info = PipelineInfo(version="0.1.0", model="test")

    def person(name: str, role: str) -> Actor:
        start = text.index(name)
        mention = Mention(start=start, end=start + len(name), text=name)
        key = f"person:{name.lower()}"
        return Actor(
            id=key,
            name=name,
            type="person",
            key=key,
            sector="GOV",
            roles=[role],
            mentions=[mention],
        )

    dossier = Dossier(
        pipeline=info,
        article=Article(id="0" * 16, text=text),
        actors=[
            person("Tarn Weller", "Police spokesman"),
            person("Ada Lusk", "Interior Minister"),
            person("Ivo Brask", "Deputy fire chief"),
            person("Oda Renn", "Police Minister"),
        ],
    )
    # the spokesman and the fire chief come with the story's event, the ministers with politics
    assert cluster.national_keys(dossier) == {"a:person:ada lusk", "a:person:oda renn"}
