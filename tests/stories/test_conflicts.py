"""Counts as a story compares them: what a count of people is, which figures are rival counts,
and the conflicts one article reports between two named sources (texts written for these tests)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatweknow import Analyser
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.store import open_store
from whatweknow.stories import Story, update_stories
from whatweknow.stories.values import comparable, counts, differing, rivals


def test_a_count_of_people_takes_the_status_its_own_words_give() -> None:
    got = counts("More than 300 people have been killed and nearly 1,000 people are still missing")
    assert [v[0] for v in got] == ["dead", "missing"]
    assert counts("at least 300 dead and thousands missing") == [("dead", 300.0, 1e18)]
    assert counts("the bodies of 412 people have been recovered") == [("dead", 412.0, 412.0)]
    assert counts("two crew members were injured") == [("injured:crew", 2.0, 2.0)]
    assert counts("a town of around 40,000 inhabitants")[0][0] == "resident"
    assert counts("home to 35,000 residents")[0][0] == "resident"
    assert counts("it counted more than 200 dead trout along the river")[0][0] == "trout"
    assert counts("a 24-year-old man has died") == []  # an age
    assert counts("with nine in ten ballots counted") == []  # a share
    assert counts("two dogs and 12 people were killed") == [("dog", 2.0, 2.0), ("dead", 12.0, 12.0)]


def test_the_dead_of_one_group_are_no_rival_count_of_another() -> None:
    """Three civilians killed and twelve soldiers killed are two counts, never a dispute, and
    neither is the story's whole toll ("ten people killed")."""
    civilians = counts("three civilians were killed in the shelling")
    soldiers = counts("at least 12 Valdish soldiers were killed")
    people = counts("ten people were killed")
    assert civilians == [("dead:civilian", 3.0, 3.0)]
    assert soldiers == [("dead:valdish soldier", 12.0, 1e18)]
    assert people == [("dead", 10.0, 10.0)]
    assert differing(civilians, soldiers) == [] and differing(civilians, people) == []
    assert differing(counts("four civilians died"), civilians) != []  # one group: rival


def test_figures_far_apart_are_not_rival_counts() -> None:
    assert comparable(2000, 5200) and comparable(6000, 11300)
    assert not comparable(150, 2000) and not comparable(0, 10)
    early, late = [("dead", 150.0, 1e18)], [("dead", 2000.0, 2000.0)]
    assert differing(early, late) != []  # two counts: kept apart as claims
    assert rivals(early, late) == []  # but no rival counts of one thing
    assert rivals([("dead", 2000.0, 1e18)], [("dead", 2300.0, 1e18)]) != []


def story_of(analyser: Analyser, tmp_path: Path, text: str) -> Story:
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    raw, dossier = item
    with open_store(tmp_path / "news.db") as store:
        store.add(raw, dossier)
        update_stories(store, dossier.article.id)
        sid = store.story_of(dossier.article.id)
        assert sid is not None
        story = store.story(sid)
    assert story is not None
    return story


@pytest.mark.model
def test_two_named_sources_in_one_article_give_a_conflict(
    analyser: Analyser, tmp_path: Path
) -> None:
    story = story_of(
        analyser,
        tmp_path,
        "Floods in Varosh\n\n"
        "More than 400 people have been killed in the town of Varosh, the local hospital "
        "director said on Monday.\n\n"
        "According to the regional emergency services official Omar Tal, more than 460 people "
        "have been killed in Varosh alone.\n",
    )
    [x] = [x for x in story.contradictions if x.kind == "conflict"]
    texts = {c.text for c in story.claims if c.id in (x.a, x.b)}
    assert any("400" in t for t in texts) and any("460" in t for t in texts)
    assert x.why is not None and "place::varosh" in x.why


@pytest.mark.model
def test_an_articles_own_earlier_figure_is_no_conflict(analyser: Analyser, tmp_path: Path) -> None:
    story = story_of(
        analyser,
        tmp_path,
        "Floods in Varosh\n\n"
        "The Red Crescent said the death toll in Varosh had risen to 460 on Monday.\n\n"
        "The death toll in Varosh had previously stood at 380.\n",
    )
    assert [x for x in story.contradictions if x.kind == "conflict"] == []
    both = [c for c in story.claims if c.values.numbers]
    assert {"dead"} <= {v[0] for c in both for v in c.values.numbers}
    assert len(both) >= 2  # both figures are claims, left unpaired


def test_a_reporting_verb_is_never_what_a_number_counts() -> None:
    assert counts("its boats, which Greece says numbered nine, were on patrol") == [
        ("ship", 9.0, 9.0)
    ]


def test_whose_records_a_number_gives_is_no_count_of_them() -> None:
    # the records of up to 9,000 members were copied: no tally of members (moved, hurt, held)
    assert counts("personal data of up to 9,000 members had been copied") == []
    assert counts("the records of two million customers were stolen") == []
    assert counts("files on 300 staff were posted online") == []
    # an act done to people still counts them
    assert counts("the evacuation of 300 passengers") == [("passenger", 300.0, 300.0)]
    assert counts("14 members had been moved to the annexe") == [("member", 14.0, 14.0)]


def test_ages_and_differences_are_no_counts() -> None:
    # every age after "aged", not only the first
    assert counts("the two guards who died were recruits aged 18 and 21") == [
        ("dead:guard", 2.0, 2.0)
    ]
    assert counts("a woman aged 60 and three children died") == [("dead:child", 3.0, 3.0)]
    # "by N" with nothing counted after it is how much something changed
    assert counts("a later order raised the number of tanks by 15") == []
    assert counts("the toll rose by 4 to 31") == [("dead", 31.0, 31.0)]
    assert counts("the barge was boarded by 12 armed men") == [("man", 12.0, 12.0)]


def test_a_span_of_time_or_length_is_no_count() -> None:
    assert counts("the rescue went on for 72 hours") == []
    assert counts("water two metres deep") == []
    assert counts("12 ships") == [("ship", 12.0, 12.0)]
    # a span right after the number, even in a claim about deaths, counts no dead
    assert counts("the search ended, six weeks after the mine flooded, with 30 dead") == [
        ("dead", 30.0, 30.0)
    ]


def test_a_ten_and_a_unit_are_one_number_and_a_count_says_what_it_counts() -> None:
    assert counts("Forty-two miners are still trapped") == [("trapped:miner", 42.0, 42.0)]
    assert counts("twenty one crew members were hurt") == [("injured:crew", 21.0, 21.0)]
    # the status in the words the number counts; how sure or lasting it is names no group
    assert counts("Sixty-three people remain unaccounted for") == [("missing", 63.0, 63.0)]
    assert counts("with 12 people confirmed dead") == [("dead", 12.0, 12.0)]
    # beside or on top of another count: a part or an increment, no tally of its own
    assert counts("Six other people on board also died") == []
    assert counts("Divers found three more bodies, raising the toll to 20") == [
        ("dead", 20.0, 20.0)
    ]


def story_of_two(analyser: Analyser, tmp_path: Path, first: str, second: str) -> Story:
    tmp_path.mkdir()
    with open_store(tmp_path / "news.db") as store:
        ids = []
        for n, text in enumerate((first, second)):
            article = build_article(
                text, parse_layout(text), fmt="text", published=date(2024, 6, 3)
            )
            (item,) = analyser.analyse([RawDocument(f"t{n}.txt", "text", text.encode(), article)])
            assert isinstance(item, tuple)
            raw, dossier = item
            store.add(raw, dossier)
            update_stories(store, dossier.article.id)
            ids.append(dossier.article.id)
        sids = {store.story_of(i) for i in ids}
        assert len(sids) == 1
        (sid,) = sids
        assert sid is not None
        story = store.story(sid)
    assert story is not None
    return story


FIRST = (
    "Floods in Varosh\n\n"
    "More than 400 people have been killed and nearly 1,000 people are still missing in the "
    "flooded town of Varosh, the local hospital director said on Monday.\n"
)
OWN_FIGURE = (
    "The town of Varosh has borne the brunt of the floods, with as many as 600 residents still "
    "missing.\n"
)


@pytest.mark.model
def test_an_outlet_giving_both_figures_does_not_contest_either(
    analyser: Analyser, tmp_path: Path
) -> None:
    both = story_of_two(
        analyser,
        tmp_path / "both",
        FIRST,
        "Varosh floods\n\n"
        "Over 1,000 people are still missing in the flooded town of Varosh, the regional interior "
        "ministry said on Monday.\n\n" + OWN_FIGURE,
    )
    assert [x for x in both.contradictions if x.kind == "conflict"] == []
    # the same figure without the official's count beside it is the outlet's rival count
    alone = story_of_two(analyser, tmp_path / "alone", FIRST, "Varosh floods\n\n" + OWN_FIGURE)
    [x] = [x for x in alone.contradictions if x.kind == "conflict"]
    assert "missing" in x.about


@pytest.mark.model
def test_a_denial_its_own_article_pairs_is_a_story_denial(
    analyser: Analyser, tmp_path: Path
) -> None:
    story = story_of(
        analyser,
        tmp_path,
        "Ferry sinks off Halden\n\n"
        "Some passengers said the ferry had been overloaded with lorries. The Halden Line "
        "rejected this.\n",
    )
    denials = [x for x in story.contradictions if x.kind == "denial"]
    claims = {c.id: c for c in story.claims}
    assert [claims[x.a].text for x in denials] == ["the ferry had been overloaded with lorries"]
    assert claims[denials[0].a].status == "denied"
    assert denials[0].b_side.sources == ["Halden Line"]


@pytest.mark.model
def test_a_count_an_outlet_says_a_named_body_confirmed_is_that_bodys_rival_count(
    analyser: Analyser, tmp_path: Path
) -> None:
    story = story_of(
        analyser,
        tmp_path,
        "Unrest in Velmora\n\n"
        "Protest leaders say at least five people have been killed in the clashes since the "
        "vote.\n\n"
        "The interior ministry has confirmed two deaths.\n",
    )
    [x] = [x for x in story.contradictions if x.kind == "conflict"]
    texts = {c.text for c in story.claims if c.id in (x.a, x.b)}
    assert any("five" in t for t in texts) and any("two deaths" in t for t in texts)


@pytest.mark.model
def test_a_count_in_the_outlets_own_voice_beside_a_sources_is_still_no_conflict(
    analyser: Analyser, tmp_path: Path
) -> None:
    story = story_of(
        analyser,
        tmp_path,
        "Unrest in Velmora\n\n"
        "Protest leaders say at least five people have been killed in the clashes since the "
        "vote.\n\n"
        "Two people died in the clashes.\n",
    )
    assert [x for x in story.contradictions if x.kind == "conflict"] == []


@pytest.mark.model
def test_two_named_tolls_far_apart_in_one_article_with_no_word_in_common_are_no_pair(
    analyser: Analyser, tmp_path: Path
) -> None:
    filler = (
        "Roads into the valley were closed for most of the day. Schools stayed shut and the "
        "market square was empty. Volunteers from nearby villages brought blankets, bread and "
        "water to the sports hall, where families waited for news. The regional governor cut "
        "short a visit abroad and was expected back in the evening.\n\n"
    )
    story = story_of(
        analyser,
        tmp_path,
        "Unrest in Velmora\n\n"
        "Protest leaders say at least five people have been killed in the clashes since the "
        "vote.\n\n" + filler * 2 + "The interior ministry has confirmed two deaths.\n",
    )
    assert [x for x in story.contradictions if x.kind == "conflict"] == []


@pytest.mark.model
def test_a_negation_of_a_visit_to_one_person_is_no_pair_with_a_meeting_of_unknown_object(
    analyser: Analyser, tmp_path: Path
) -> None:
    """ "Minister Ada Varr met her counterpart in Lisk on Monday" and, from the same day, "Varr
    did not visit Tom Brun in prison": the second negates no meeting the first tells of."""
    story = story_of_two(
        analyser,
        tmp_path / "visit",
        "Talks in Lisk\n\n"
        "Foreign Minister Ada Varr visited Lisk on Monday to meet her counterpart, the ministry "
        "said.\n",
        "Varr in Lisk\n\nForeign Minister Ada Varr did not visit Tom Brun in prison.\n",
    )
    assert [x for x in story.contradictions if x.kind == "denial"] == []


def test_a_count_that_remains_missing_counts_the_missing() -> None:
    """ "12 remained missing", "two are still missing": the missing, as "35 people remain
    missing" is, not a count of something called "remain"."""
    assert counts("Twelve people died and 12 remained missing on Wednesday.") == [
        ("dead", 12.0, 12.0),
        ("missing", 12.0, 12.0),
    ]
    assert counts("Two remain missing.") == [("missing", 2.0, 2.0)]


@pytest.mark.model
def test_a_claim_and_one_of_another_predicate_on_the_same_people_stay_two(
    analyser: Analyser, tmp_path: Path
) -> None:
    """ "Two people were missing near the village of Lisk" and "the two people missing near
    Lisk had been found alive" share most words and say opposite things: two claims, neither
    corroborating the other."""
    story = story_of_two(
        analyser,
        tmp_path / "found",
        "Floods in Lisk\n\nTwo people were missing near the village of Lisk, the mayor said.\n",
        "Lisk floods\n\nThe two people missing near Lisk had been found alive, police said.\n",
    )
    joined = [c for c in story.claims if len({r.article for r in c.reports}) > 1]
    assert joined == [], [(c.text, [r.text for r in c.reports]) for c in joined]


def test_sizes_in_one_unit_tell_two_claims_apart() -> None:
    """ "lowered by two metres" and "lowered by four metres" are two claims; "2 metres" and
    "two metres" one; a size in another unit says nothing of it."""
    from whatweknow.stories.values import sizes, sizes_apart

    two = sizes("The reservoir had been lowered by two metres since Monday.")
    assert two == {("metre", 2.0)}
    assert sizes_apart(two, sizes("The reservoir had been lowered by four metres since Monday."))
    assert not sizes_apart(two, sizes("The reservoir was lowered by 2 metres."))
    assert not sizes_apart(two, sizes("The reservoir was lowered over three days."))


_SIZE_WORDS = [
    "two",
    "2",
    "1,200",
    "4.5",
    "metres",
    "metre",
    "days",
    "hours",
    "miles",
    "percent",
    "fish",
    "the",
    "dam",
    "was",
    "lowered",
    "by",
    "for",
    "ton",
    "tons",
    "class",
    "s",
]


@given(st.lists(st.sampled_from(_SIZE_WORDS), max_size=12))
def test_sizes_read_each_number_before_a_unit(ws: list[str]) -> None:
    """A size is a number directly before a word whose singular is a unit of size, whatever
    the other words (a reference reading of the rule, word by word)."""
    from whatweknow.stories.values import _SIZE_UNITS, _number, _singular, sizes

    expected = {
        (_singular(b), n)
        for a, b in pairwise(ws)
        if (n := _number(a)) is not None and _singular(b) in _SIZE_UNITS
    }
    assert sizes(" ".join(ws)) == expected


def test_parts_of_one_set_tell_two_claims_apart() -> None:
    """ "two of the harbour's five piers" and "a third pier" are different parts of one set: the
    part and the ordinal are read, the whole (five) is not; a size or a fraction is no part."""
    from whatweknow.stories.values import parts, sizes_apart

    two = parts("Two of the harbour's five piers reopened on Monday.")
    assert two == {("part:pier", 2.0)}
    third = parts("Boats were queuing as a third pier reopened.")
    assert third == {("part:pier", 3.0)}
    assert sizes_apart(two, third)
    assert not sizes_apart(two, parts("A second pier reopened."))
    assert parts("on the fifth day of the strike") == frozenset()
    assert parts("a third of the boats") == frozenset()


@pytest.mark.model
def test_two_parts_of_one_set_are_two_claims(analyser: Analyser, tmp_path: Path) -> None:
    """ "Two of the harbour's five piers reopened" is not corroborated by "a third pier
    reopened": a different part of the same set, not the same proposition."""
    story = story_of_two(
        analyser,
        tmp_path / "piers",
        "Piers reopen in Oskel\n\nTwo of the harbour's five piers reopened on Monday, the "
        "harbour board said.\n",
        "Oskel harbour\n\nHarbourmaster Ilka Sorn said eleven boats were waiting off the "
        "harbour on Tuesday, down from 30 on Monday, as a third pier reopened.\n",
    )
    joined = [c for c in story.claims if len({r.article for r in c.reports}) > 1]
    assert joined == [], [(c.text, [r.text for r in c.reports]) for c in joined]


@pytest.mark.model
def test_a_denial_pairs_only_with_a_claim_of_the_doer_it_denies(
    analyser: Analyser, tmp_path: Path
) -> None:
    """A denial that a neighbouring state was behind an attack is no dispute with a finding
    that a named group carried it out: the other claim does not assert what is denied (its doer
    is another), and agrees with the denial."""
    story = story_of_two(
        analyser,
        tmp_path / "doer",
        "Depot attack\n\nThe embassy of Varnia on Tuesday rejected reports that the neighbouring "
        "state was behind the arson attack on the Oskel grain depot, calling them baseless.\n",
        "Oskel depot\n\nThe fire service said on Thursday that the criminal group Brenner "
        "Syndicate carried out the arson attack on the Oskel grain depot, and that it had found "
        "no sign of involvement by any state.\n",
    )
    assert [(x.kind, x.why) for x in story.contradictions] == []


@pytest.mark.model
def test_a_denial_pairs_with_a_claim_naming_the_doer_it_denies(
    analyser: Analyser, tmp_path: Path
) -> None:
    """The same denial and a finding that names the denied doer are a dispute, though only the
    denial's doer was read as an actor."""
    story = story_of_two(
        analyser,
        tmp_path / "doer",
        "Depot attack\n\nThe embassy of Varnia on Tuesday rejected reports that Varnia was "
        "behind the arson attack on the Oskel grain depot, calling them baseless.\n",
        "Oskel depot\n\nThe fire service said on Thursday that Varnia carried out the arson "
        "attack on the Oskel grain depot.\n",
    )
    assert [x.kind for x in story.contradictions] == ["denial"]


@pytest.mark.model
def test_a_count_a_named_source_stands_by_is_a_rival_of_another_sources_count(
    analyser: Analyser, tmp_path: Path
) -> None:
    """A body saying its own count was right states that count, and speaks of the figure
    itself: another source's count of the same thing that day, far off in the article, is its
    rival."""
    filler = (
        "Lorries queued along the ring road for most of the day. Cafes near the gates stayed "
        "shut and the ferry office posted a notice on its door. Drivers slept in their cabs "
        "and shared coffee from a flask.\n\n"
    )
    story = story_of(
        analyser,
        tmp_path,
        "Crates pile up at Dunmere\n\n"
        "About 9,000 crates are stuck on the wharves, the carters' guild said on Tuesday.\n\n"
        + filler * 2
        + "The Dunmere Wharf Board said its count of 4,000 crates was correct.\n",
    )
    [x] = [x for x in story.contradictions if x.kind == "conflict"]
    texts = {c.text for c in story.claims if c.id in (x.a, x.b)}
    assert any("9,000" in t for t in texts) and any("4,000" in t for t in texts)


def test_a_figure_named_only_as_such_counts_what_the_count_it_answers_counts() -> None:
    """ "The true figure was more than 30" counts nothing of its own: it takes the counted
    thing of the count just before it; with none given, it still counts nothing."""
    assert counts("the true figure was more than 30", "kiosk") == [("kiosk", 30.5, 1e18)]
    assert counts("she put the number at 45", "kiosk") == [("kiosk", 45.0, 45.0)]
    assert counts("the true figure was more than 30") == []
    assert counts("the bridge reopened after 30", "kiosk") == []  # no count named as such


@pytest.mark.model
def test_a_rival_figure_for_a_count_given_just_before_is_a_conflict(
    analyser: Analyser, tmp_path: Path
) -> None:
    story = story_of(
        analyser,
        tmp_path,
        "Storm hits Pellmark fair\n\n"
        "The Pellmark fire brigade said 14 kiosks were wrecked by the storm on Sunday. "
        "The town's mayor, Oskar Thelling, said the true figure was more than 40.\n",
    )
    [x] = [x for x in story.contradictions if x.kind == "conflict"]
    texts = {c.text for c in story.claims if c.id in (x.a, x.b)}
    assert any("14" in t for t in texts) and any("40" in t for t in texts)


def test_a_count_noun_that_names_what_it_counts_takes_nothing_from_before() -> None:
    assert counts("the number of missing people had reached 40", "kiosk") == []
    assert counts("a figure of 30 was given", "kiosk") == [("kiosk", 30.0, 30.0)]
