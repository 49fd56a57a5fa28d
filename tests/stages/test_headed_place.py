"""A one-word name that a place noun right after it names ("Velmor province") is a place,
and so are its bare mentions in the same text; a person's name before such a noun is not."""

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
    article = build_article(text, parse_layout(text), fmt="text", published=date(2026, 10, 20))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def kinds(d: Dossier, name: str) -> set[str]:
    return {a.type for a in d.actors if a.name == name}


@pytest.mark.parametrize(
    "body",
    [
        "The governor of Ostavia's Velmor province died on Sunday. He had governed Velmor "
        "since 2019, officials said.",
        "Seventy growers from Velmor and neighbouring provinces took part, organisers said. "
        "Velmor growers won two prizes.",
    ],
)
def test_a_name_a_place_noun_follows_is_a_place(analyser: Analyser, body: str) -> None:
    d = dossier(analyser, "Fair and crash", body)
    assert kinds(d, "Velmor") == {"place"}, [(a.name, a.type) for a in d.actors]


def test_a_person_named_before_the_province_stays_a_person(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Road to reopen",
        "Anna Velmor, the province's governor, said the road would reopen on Monday.",
    )
    assert kinds(d, "Anna Velmor") == {"person"}, [(a.name, a.type) for a in d.actors]
