"""Who's who: an outlet the story's words went to ("seen by the Gazette", "told the Herald")
is the reporter, no party of the story."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def test_an_outlet_that_receives_the_story_is_no_actor(analyser: Analyser) -> None:
    text = (
        "Leaked report warns of dry wells\nBy Ana Roe, Velt Herald\nPublished 3 March 2024\n\n"
        "VELT — A report commissioned by Dorrin Mining found that pumping could lower the water "
        "table by four metres, according to a copy seen by the Herald. The report was leaked "
        "to the campaign group Agua Clara, which shared it with the Herald on Wednesday. A "
        "spokesman for the firm told the Gazette the report was a draft.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 3, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = {a.name for a in item[1].actors}
    assert {"Dorrin Mining", "Agua Clara"} <= names
    assert not names & {"Herald", "Gazette", "Velt Herald"}, names


def test_an_outlets_name_on_a_line_of_its_own_is_no_actor(analyser: Analyser) -> None:
    text = (
        "Villagers block road to quarry\nLakeside Tribune\nPublished 2 March 2024\n\n"
        "OSK, Velmora, March 1 (OPA) — Hundreds of villagers have blocked the only road to the "
        "quarry, where Dorrin Mining plans to dig.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 3, 2))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = {a.name for a in item[1].actors}
    assert "Dorrin Mining" in names
    assert "Lakeside Tribune" not in names, names
