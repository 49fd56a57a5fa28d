"""Which reports speak for a party's side of a denial it makes in the same article
(:func:`whatweknow.briefing.statements.backs_denial`), on texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.briefing.statements import backs_denial
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout


def _dossier(analyser: Analyser, text: str):  # type: ignore[no-untyped-def]
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


@pytest.mark.model
def test_a_spokeswomans_quote_after_her_bodys_denial_backs_the_denial(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "Dyke budget row in Wessmark\n\n"
        "The Wessmark Water Board denied cutting its flood-wall budget on Monday. "
        '"Our flood-wall budget has grown every year since 2021," spokeswoman Ada Rask said.\n\n'
        "Engineers at the Orrin depot said two pumps had failed during the storm.\n\n"
        "A police spokeswoman said nine cellars had been flooded on Tuesday.\n",
    )
    by_text = {c.text: c for c in d.claims}
    grown = next(c for t, c in by_text.items() if "has grown" in t)
    pumps = next(c for t, c in by_text.items() if "pumps" in t)
    cellars = next(c for t, c in by_text.items() if "cellars" in t)
    assert backs_denial(d, grown)
    assert not backs_denial(d, pumps)
    assert not backs_denial(d, cellars)  # another body's spokeswoman
