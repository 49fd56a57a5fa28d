"""Who's who: the letters and words of a numbered thing's name (a flight, a road) are no
actor; a body's acronym before a year still is."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from whatweknow import Analyser
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.actors.mentions import numbered


@pytest.mark.model
def test_a_flight_code_is_no_acronym_of_a_body(analyser: Analyser) -> None:
    text = (
        "Jet diverted after engine warning\n\n"
        "Flight EU 204 landed safely in Tarvik on Monday. Earlier, flight AU 311 was diverted "
        "after a warning light came on.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = {a.name for a in item[1].actors}
    assert not names & {"European Union", "African Union"}, names


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Route 9 shut as growers dig in", 0, True),
        ("flight AU 311 was diverted", 1, True),
        ("Flight EU 20 landed", 1, True),
        ("the EU 2030 agenda was agreed", 1, False),
        ("the EU 27 met on Monday", 1, False),
        ("the EU said on Monday", 1, False),
    ],
)
def test_a_numbered_things_first_word(text: str, at: int, expected: bool) -> None:
    doc = spacy.blank("en")(text)
    assert numbered(doc[at : at + 1]) is expected
