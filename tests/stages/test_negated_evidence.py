"""A proposition under a negated noun of evidence ("had not seen any evidence that P", "found
no sign that P", "nothing to suggest that P") is never its speaker's claim of P: the speaker
rejects it (``denied``), the negating words kept as its hedge."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def _dossier(analyser: Analyser, paragraph: str) -> Dossier:
    text = f"Trouble at the Tarn Valley reservoir\n\n{paragraph}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 3, 4))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


@pytest.mark.parametrize(
    ("paragraph", "fragment", "hedge"),
    [
        (
            "The Tarn Valley water board said it had not seen any evidence that the reservoir "
            "had been poisoned.",
            "the reservoir had been poisoned",
            "not seen any evidence",
        ),
        (
            "The customs office said it had found no sign that the crates had been opened.",
            "the crates had been opened",
            "no sign",
        ),
        (
            "The Velmar coastguard said there was nothing to suggest that the ferry had been "
            "overloaded.",
            "the ferry had been overloaded",
            "nothing to suggest",
        ),
        (
            "Surveyors found no trace that the levee had been breached, the ministry said.",
            "the levee had been breached",
            "no trace",
        ),
    ],
)
def test_what_a_speaker_found_no_evidence_of_is_denied_with_its_words(
    analyser: Analyser, paragraph: str, fragment: str, hedge: str
) -> None:
    d = _dossier(analyser, paragraph)
    found = [c for c in d.claims if fragment in c.text]
    assert found, [c.text for c in d.claims]
    for c in found:
        assert c.modality == "denied" and (c.source or c.source_text), c  # never "X says: P"
        assert hedge in c.hedges and not any(h in ("suggest",) for h in c.hedges), c
        assert d.article.text[c.start : c.end] == c.text


def test_the_outlets_own_no_evidence_is_no_established_fact(analyser: Analyser) -> None:
    d = _dossier(analyser, "There is no evidence that the reservoir had been poisoned.")
    (c,) = [c for c in d.claims if "poisoned" in c.text]
    assert c.modality == "denied" and c.source is None and "no evidence" in c.hedges, c


@pytest.mark.parametrize(
    "paragraph",
    [
        "The water board said it had found evidence that the reservoir had been poisoned.",
        "The councillor offered no evidence that the reservoir had been poisoned.",
    ],
)
def test_evidence_found_or_not_offered_is_no_denial(analyser: Analyser, paragraph: str) -> None:
    d = _dossier(analyser, paragraph)
    assert all(c.modality != "denied" for c in d.claims), d.claims
