"""An outlet's sentence whose personal pronoun nothing in the sentence can stand for
(:func:`whatweknow.briefing.statements.dangling`), on texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.briefing.statements import dangling
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout


def _dossier(analyser: Analyser, text: str):  # type: ignore[no-untyped-def]
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 4, 9))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


@pytest.mark.model
def test_a_pronoun_that_points_out_of_its_sentence_dangles(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "Ferry clerks held at Tolvan quay\n\n"
        "Gunmen seized the ticket hall at Tolvan quay on Monday and held nine clerks. "
        "Two of them were cashiers from the harbour bank.\n\n"
        "Quay police had not confirmed his death by Tuesday night.\n\n"
        "A harbour guard, Piet Morrow, was hurt in the arm and his condition was stable.\n\n"
        "A court released the captain of the ferry on bail two days after he was detained.\n",
    )
    by_text = {c.text: c for c in d.claims}

    def claim(words: str):  # type: ignore[no-untyped-def]
        return next(c for t, c in by_text.items() if words in t)

    assert dangling(d, claim("Two of them"))
    assert dangling(d, claim("confirmed his death"))
    assert not dangling(d, claim("his condition"))
    assert not dangling(d, claim("after he was detained"))
