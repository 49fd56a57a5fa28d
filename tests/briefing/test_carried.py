"""A figure sentence with no speaker of its own right after a sentence a source says carries
that source's attribution (:func:`whatweknow.briefing.statements.carried`), on texts written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.briefing.statements import carried, said
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout


def _dossier(analyser: Analyser, text: str):  # type: ignore[no-untyped-def]
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 5, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


@pytest.mark.model
def test_a_figure_sentence_carries_the_attribution_before_it(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "River Osk floods Tamsel\n\n"
        "Forty homes were flooded overnight in Tamsel, fire officials said. "
        "By the evening 120 people had been taken to the sports hall.\n\n"
        "The river rose fast on Sunday. Another 30 families left their homes.\n\n"
        "Forty homes were flooded in Brenn, fire officials said.\n\n"
        "About 60 boats were tied up at the quay.\n",
    )

    def claim(words: str):  # type: ignore[no-untyped-def]
        return next(c for c in d.claims if words in c.text)

    hall = claim("120 people")
    under = carried(d, hall)
    assert under is not None and "Forty homes" in under.text
    report = said(d, hall, {})
    assert report is not None and report.modality == "reported"
    assert report.voice.kind == "source" and not report.own_assertion
    assert carried(d, claim("30 families")) is None  # the sentence before is the outlet's
    assert carried(d, claim("60 boats")) is None  # another paragraph


@pytest.mark.model
def test_words_retold_as_someones_are_never_the_outlets(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "Orvan pass\n\n"
        "Minister Abo Rell was mocked for insisting that the Orvan pass had been cleared.\n\n"
        "Officials said Rell's statement that the Orvan pass had been cleared rested on a "
        "single report.\n",
    )
    told = [c for c in d.claims if c.text.startswith("the Orvan pass had been cleared")]
    assert told
    for claim in told:
        report = said(d, claim, {})
        assert report is None or (report.retold and report.voice.kind != "outlet")
