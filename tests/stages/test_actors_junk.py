"""The actors stage keeps headline words, landforms and towns out of the parties, and a title
out of a person's name: names the who's who would list wrongly."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def dossier(analyser: Analyser, title: str, body: str) -> Dossier:
    text = f"{title}\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2026, 11, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    for actor in d.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    return d


def test_a_name_never_runs_across_as_in_a_headline(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Mud buries hamlet of Orsa Bel as Zellmoor eruption widens",
        "Mud from the volcano buried the hamlet of Orsa Bel on Tuesday, officials said.",
    )
    names = {m.text for a in d.actors for m in a.mentions}
    assert "Orsa Bel" in names
    assert not any(" as " in n for n in names), names


def test_a_landform_is_a_place(analyser: Analyser) -> None:
    """ "Mount Kelvane", "Lake Dunne", "the Yarrow River", "the Tamsk Pass": places, whatever NER
    took them for; a body named after one ("Mount Kelvane Observatory") stays a body."""
    from whatweknow.stages.actors.roles import names_a_venue

    doc = analyser.nlp(
        "Mount Kelvane erupted. Lake Dunne rose. The Yarrow River flooded. The Tamsk Pass shut. "
        "The Mount Kelvane Observatory said so. Tamsk Ridge slid. Jo Hill said so. The Orsa "
        "Hill fell."
    )
    spans = {
        "Mount Kelvane": doc[0:2],
        "Lake Dunne": doc[4:6],
        "Yarrow River": doc[9:11],
        "Tamsk Pass": doc[14:16],
        "Mount Kelvane Observatory": doc[19:22],
        "Tamsk Ridge": doc[25:27],
        "Jo Hill": doc[29:31],
        "Orsa Hill": doc[35:37],
    }
    assert [s.text for s in spans.values()] == list(spans)
    assert {name: names_a_venue(s) for name, s in spans.items()} == {
        "Mount Kelvane": True,
        "Lake Dunne": True,
        "Yarrow River": True,
        "Tamsk Pass": True,
        "Mount Kelvane Observatory": False,
        "Tamsk Ridge": True,
        "Jo Hill": False,
        "Orsa Hill": True,
    }


def test_a_town_is_not_the_institute_named_after_it(analyser: Analyser) -> None:
    """ "Residents near Zellmoor", "families from Zellmoor": the town, not a short form of the
    "Zellmoor Institute" the article names too."""
    d = dossier(
        analyser,
        "Eruption widens on Imber island",
        "Scientists at the Zellmoor Institute said the eruption was widening. Residents near "
        "Zellmoor were told to leave by Wednesday. Families from Zellmoor crossed the river.",
    )
    institute = next(a for a in d.actors if a.name == "Zellmoor Institute")
    assert [m.text for m in institute.mentions] == ["Zellmoor Institute"]


def test_a_town_is_not_the_cathedral_named_after_it(analyser: Analyser) -> None:
    """ "A teacher from Dornvik", "Dornvik Cathedral will hold a service": the town is no
    mention of the cathedral (a cathedral is named for its town, as an institute is)."""
    d = dossier(
        analyser,
        "Mourners gather after ferry sinking",
        "A teacher from Dornvik survived. Dornvik Cathedral will hold a memorial service on "
        "Wednesday, the bishop said.",
    )
    cathedral = [a for a in d.actors if a.name == "Dornvik Cathedral"]
    assert [m.text for a in cathedral for m in a.mentions] == ["Dornvik Cathedral"]


def test_an_organiser_written_as_a_title_is_a_role(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Ash buries hamlet of Corra Vel as Zellmoor eruption widens",
        "Ash from Mount Draska buried the hamlet of Corra Vel on Tuesday, officials said. "
        "Organiser Tilde Marl said volunteers were ready to help at the Tamsk Pass shelter.",
    )
    salm = next(a for a in d.actors if "Marl" in a.name)
    assert (salm.name, salm.roles) == ("Tilde Marl", ["Organiser"])


def test_a_role_before_a_name_keeps_its_of_phrase(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Ferry row deepens in Wenlow",
        "The governor's chief of staff, Tam Oswy, said on Friday that the letter had been logged.",
    )
    oswy = next(a for a in d.actors if a.name == "Tam Oswy")
    assert oswy.roles == ["governor's chief of staff"]


def test_a_place_the_article_names_is_no_short_form_of_a_body(analyser: Analyser) -> None:
    """ "Lava cuts off Kelvane village" under the dateline "VELTBY, Kelvane": the place, not
    the "Kelvane Red Cross" the article names later."""
    d = dossier(
        analyser,
        "Lava cuts off Kelvane village as evacuee numbers disputed",
        "Coastal Wire\nPublished 4 November 2026\n\nVELTBY, Kelvane, Nov. 4 (Coastal Wire) — A "
        "lava flow cut the only road into the village of Veltby on Wednesday, rescue officials "
        "said.\n\nThe Kelvane Red Cross said 9,000 people had left their homes.",
    )
    body = next(a for a in d.actors if a.name == "Kelvane Red Cross")
    assert [m.text for m in body.mentions] == ["Kelvane Red Cross"]
    assert {a.type for a in d.actors if a.name == "Kelvane"} == {"place"}


def test_a_director_is_a_role(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Aid agency halts deliveries in Wenlow",
        '"We cannot send people down a road where they may be shot," country director Bryn '
        "Hask told the Herald.",
    )
    hask = next(a for a in d.actors if a.name == "Bryn Hask")
    assert hask.roles == ["country director"]


def test_words_of_a_shouted_headline_make_no_actor(analyser: Analyser) -> None:
    """An all-caps headline capitalises every word: "BRANDMOOR QUARRY HORROR" is no person and
    "CAR" of "CABLE CAR" no country; a name the body also writes in normal case stays."""
    d = dossier(
        analyser,
        "NINE DEAD IN BRANDMOOR QUARRY HORROR AS CABLE CAR SNAPS",
        "Nine workers died when a cable car fell into the quarry at Brandmoor on Monday, "
        "police said. Ulla Fenwick, the site manager, said the cable had been checked.",
    )
    names = {m.text for a in d.actors for m in a.mentions}
    assert not any(n.isupper() and len(n) > 2 and " " in n for n in names), names
    assert not any("HORROR" in n or n == "CAR" for n in names), names
    assert all(a.country != "CAF" for a in d.actors), [(a.name, a.country) for a in d.actors]
    assert "Ulla Fenwick" in names
