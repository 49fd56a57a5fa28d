"""Speakers named by a role or a description that the same article names elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def dossier(analyser: Analyser, body: str) -> Dossier:
    text = f"Headline for the test\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def speaker_of(d: Dossier, words: str) -> str | None:
    names = {a.id: a.name for a in d.actors}
    for c in d.claims:
        if words in c.text:
            return names.get(c.source) if c.source else None
    raise AssertionError(f"no claim with {words!r}: {[c.text for c in d.claims]}")


BODY = (
    "OSKBY, May 3 (OW) — {owner} rowing federation admitted on Tuesday that two of its rowers "
    "had failed doping tests, a day after its president said that no rower had failed a test."
    "\n\nThe Orlendian Rowing Federation said the two had been suspended.\n\n"
    "Federation president Ida Brenner said she had been given incomplete information by staff."
)


def test_its_president_is_the_president_the_article_names(analyser: Analyser) -> None:
    d = dossier(analyser, BODY.format(owner="Orlend's"))
    assert speaker_of(d, "no rower had failed a test") == "Ida Brenner"
    assert speaker_of(d, "two of its rowers") == "Orlendian Rowing Federation"


@pytest.mark.parametrize("owner", ["Orlend's", "Orlend’s"])
def test_a_body_described_before_its_name_is_that_body(analyser: Analyser, owner: str) -> None:
    d = dossier(
        analyser,
        f"OSKBY, May 3 (OW) — {owner} rowing federation said on Tuesday that two rowers had "
        "failed doping tests.\n\nThe Orlendian Rowing Federation said the two had been "
        "suspended.",
    )
    assert speaker_of(d, "two rowers had failed") == "Orlendian Rowing Federation"


def test_a_second_president_of_the_body_leaves_its_president_unnamed(analyser: Analyser) -> None:
    body = BODY.format(owner="Orlend's") + (
        "\n\nFormer federation president Tomas Vell said the board should resign."
    )
    d = dossier(analyser, body)
    assert speaker_of(d, "no rower had failed a test") != "Ida Brenner"


def test_police_said_is_not_the_force_named_later(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "OSKBY, May 3 (OW) - Armed men seized the Orlendian consulate on Monday, police said.\n\n"
        "The attackers entered at about 10 a.m., according to the Oskby Metropolitan Police.",
    )
    assert speaker_of(d, "Armed men seized") != "Oskby Metropolitan Police"


def test_police_now_say_is_not_a_board_named_later(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "A week after the raid, questions remain over a police bullet.\n\nPolice now say four "
        "gunmen took part: three were killed in the raid and one has been charged.\n\n"
        "The Police Oversight Board has opened an inquiry into the operation and will report "
        "within 60 days, its chairman, Tomas Vell, said.",
    )
    assert speaker_of(d, "four gunmen took part") != "Police Oversight Board"
