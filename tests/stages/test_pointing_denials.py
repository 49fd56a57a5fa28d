"""A short denial ("Harbeck Homes disputed that.") after words that point back ("That is what
our records show") answers the statement they point at, the sentence before them (texts
written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Claim
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def _claims(analyser: Analyser, body: str) -> list[Claim]:
    text = f"Boiler fault at the Kessing flats\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1].claims


LATE = (
    "Norvel's housing regulator said on Monday that the boiler inspection at the Kessing flats "
    'was a year overdue.\n\n"The inspection was a year late. That is what our records show," '
    "said Ada Brun, the regulator's head.\n\n"
)


def test_a_denial_after_words_pointing_back_answers_what_they_point_at(
    analyser: Analyser,
) -> None:
    body = LATE + (
        "Harbeck Homes disputed that. Its agent, Mara Tel, said the boiler had been checked "
        "in January."
    )
    (denial,) = [c for c in _claims(analyser, body) if c.modality == "denied"]
    assert denial.text == "The inspection was a year late.", denial
    assert denial.source_text == "Harbeck Homes", denial


def test_no_denial_of_words_pointing_back_at_two_statements(analyser: Analyser) -> None:
    body = (
        "Norvel's housing regulator said on Monday that the boiler inspection at the Kessing "
        "flats was a year overdue.\n\n"
        '"The inspection was a year late and the flue was blocked, the inspectors said. That is '
        "what our records show,\" said Ada Brun, the regulator's head.\n\n"
        "Harbeck Homes disputed that."
    )
    denials = [c for c in _claims(analyser, body) if c.modality == "denied"]
    assert not [c for c in denials if c.text.startswith("That is")], denials
