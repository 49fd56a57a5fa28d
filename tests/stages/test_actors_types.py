"""Who's who types: a body is typed by the text's own cues (its name's last word, one name
that NER reads both ways), not by the speech verbs it is the subject of."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.actors.roles import ends_as_organisation


@pytest.mark.model
def test_a_one_word_name_ner_reads_as_a_body_and_a_person_is_one_body(
    analyser: Analyser,
) -> None:
    text = (
        "Fenlo denies raising bread prices in Osk\n\n"
        "OSK — Grocery chain Fenlo on Monday denied raising the price of bread in Osk. A "
        "consumer group said shoppers had sent it receipts showing a loaf of Fenlo's own bread "
        "selling for 4.50 crowns. Fenlo said its prices had not changed. The group repeated its "
        "claim on Tuesday. Fenlo again denied it, and said it would publish its records.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    types = [a.type for a in item[1].actors if a.name == "Fenlo"]
    assert types == ["organisation"]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Varo Air", True),
        ("Sella Jet", True),
        ("Dorrin Lithium", True),
        ("Ilse Marrow", False),
    ],
)
def test_an_airlines_or_a_miners_name_ends_as_a_bodys(name: str, body: bool) -> None:
    assert ends_as_organisation(name) is body
