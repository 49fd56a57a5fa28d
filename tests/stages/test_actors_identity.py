"""Who is who in one article: bodies that share a town's name, roles written before a name,
events that are no parties, and names NER typed wrongly."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Actor, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def dossier(
    analyser: Analyser,
    body: str,
    headline: str = "Headline for the test",
    published: date | None = date(2024, 6, 3),
) -> Dossier:
    text = f"{headline}\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=published)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    for actor in d.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    return d


def owner_of(d: Dossier, surface: str) -> Actor | None:
    for actor in d.actors:
        if any(m.text == surface for m in actor.mentions):
            return actor
    return None


@pytest.mark.parametrize(
    ("body", "board"),
    [
        (
            "The Dunmore Gazette reported on Monday that the reservoir was nearly empty. "
            "The Dunmore Water-Testing Laboratory said on Tuesday that it stood by its figures.",
            "Dunmore Water-Testing Laboratory",
        ),
        (
            "The Dunmore Gazette reported on Monday that the reservoir was nearly empty. "
            "The Dunmore Anti-Fraud Board said on Tuesday that it had found nothing.",
            "Dunmore Anti-Fraud Board",
        ),
        (
            "The Dunmore Anti-Doping Laboratory said on Saturday that it stood by its results. "
            "The Dunmore Gazette has reported that nine riders returned positive samples.",
            "Dunmore Anti-Doping Laboratory",
        ),
    ],
)
def test_two_bodies_named_after_one_town_stay_two(
    analyser: Analyser, body: str, board: str
) -> None:
    d = dossier(analyser, body)
    found = owner_of(d, board)
    assert found is not None, [(a.name, [m.text for m in a.mentions]) for a in d.actors]
    assert found.name == board and found.type == "organisation"
    assert [m.text for m in found.mentions] == [board]  # never the town's word of the paper
    paper = owner_of(d, "Dunmore Gazette")
    assert paper is None or paper.id != found.id


def test_an_occupation_written_as_a_title_is_a_role_not_a_name(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Hurdler Lena Varrow will not appeal her ban, her agent said on Friday. The board said "
        "her second sample would be opened in the presence of her lawyer. Lawyer Piet Orrin "
        "said the decision was fair.\n\nPiet Orrin said Lena Varrow had done nothing wrong.",
    )
    names = [a.name for a in d.actors if a.type == "person"]
    assert sorted(names) == ["Lena Varrow", "Piet Orrin"], names
    lena = owner_of(d, "Hurdler Lena Varrow")
    piet = owner_of(d, "Lawyer Piet Orrin")
    assert lena is not None and [r.casefold() for r in lena.roles] == ["hurdler"]
    assert piet is not None and [r.casefold() for r in piet.roles] == ["lawyer"]


def test_a_letter_that_names_a_thing_is_no_part_of_a_name(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The federation said the second sample of the runner Tomas Calder would be opened in "
        "a laboratory abroad on Friday.",
        headline="Brisk will not contest suspension; Calder B sample to be tested abroad",
    )
    names = [a.name for a in d.actors if a.type == "person"]
    assert not any(n.endswith(" B") for n in names), names


def test_a_named_event_is_no_actor(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Six medal winners from the Northern Championships in Velt were named in the files. "
        "The runner Ida Brenner will compete at the Osk Indoor Meeting next month.",
    )
    names = [a.name for a in d.actors]
    assert not any("Championships" in n or "Meeting" in n for n in names), names


@pytest.mark.parametrize("country", ["Kelmora", "Velmora", "Merovia"])
def test_a_name_whose_demonym_the_text_writes_is_a_place_no_person(
    analyser: Analyser, country: str
) -> None:
    d = dossier(
        analyser,
        f"The board threatened on Thursday to suspend {country} from international competition "
        f"unless the {country}n federation agreed to an audit.",
    )
    place = owner_of(d, country)
    assert place is not None and place.type == "place", [(a.name, a.type) for a in d.actors]
    assert not [a for a in d.actors if a.type != "place" and a.name.startswith(country)]


def test_a_name_in_apposition_to_an_office_is_a_person(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Jonas Brecht told reporters that the Orsk Testing Laboratory had used a new procedure "
        "that had never been validated.\n\nThe laboratory's director, Kaja Renvik, rejected "
        "the claim. She said the method had been validated last year.",
    )
    director = owner_of(d, "Kaja Renvik")
    assert director is not None and director.type == "person", [(a.name, a.type) for a in d.actors]


def test_a_members_body_ner_took_for_a_building_is_a_body(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Ida Brenner, a spokeswoman for the Orlendian Athletes' Association, said dozens of "
        "members had called.",
    )
    body = owner_of(d, "Orlendian Athletes' Association")
    assert body is not None and body.type == "organisation", [(a.name, a.type) for a in d.actors]


@pytest.mark.parametrize("published", [None, date(2019, 6, 3)])
def test_a_bare_surname_is_no_leader_in_a_story_that_names_none(
    analyser: Analyser, published: date | None
) -> None:
    d = dossier(
        analyser,
        "The swimming club said the pool at Velt would reopen on Monday. Abbott, its head "
        "coach, said the repairs had taken a year.",
        published=published,
    )
    coach = owner_of(d, "Abbott")
    assert coach is not None and coach.type == "person"
    assert coach.name == "Abbott" and coach.country is None, (coach.name, coach.roles)


@pytest.mark.parametrize("published", [None, date(2014, 6, 3)])
def test_a_bare_surname_is_the_leader_where_the_office_is_named(
    analyser: Analyser, published: date | None
) -> None:
    d = dossier(
        analyser,
        "The Australian prime minister spoke in Canberra on Monday. Abbott said the budget "
        "would pass.",
        published=published,
    )
    leader = owner_of(d, "Abbott")
    assert leader is not None and leader.name == "Tony Abbott"


def test_a_bodys_name_written_again_in_full_is_that_body(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Oskar Lemm, managing director of Brucko Construction, said his engineers had seen "
        "cracks. He said Brucko sent the photographs to Kestway Roads with a letter dated "
        "18 March 2026 recommending an assessment.\n\nKestway Roads said it had no record of "
        'such a letter. "We are checking our files," spokeswoman Anka Briel said.',
    )
    body = owner_of(d, "Kestway Roads")
    assert body is not None
    assert [m.text for m in body.mentions] == ["Kestway Roads", "Kestway Roads"]
