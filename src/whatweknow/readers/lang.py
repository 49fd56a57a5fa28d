"""The language of an article, by py3langid (offline), and whether it is sure enough to refuse.

A guess on a short text is a guess: one English sentence about Lagos or Accra is often taken for
Nigerian Pidgin. So a text is refused as not English only when the identifier is *sure*:

* it has at least :data:`REFUSE_MIN_LETTERS` letters (a headline or a one-line item never is);
* the most likely language has a probability of at least :data:`REFUSE_MIN_CONFIDENCE`, and
  English one under :data:`ENGLISH_MAX` (English is not a close second);
* no paragraph of at least :data:`PARAGRAPH_MIN_LETTERS` letters reads as English (a text that
  mixes English and another language is read).

Whatever the verdict, the guess is kept (``Article.lang``), so a reader can see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

MIN_LETTERS = 40
"""Fewer letters than this: no guess at all."""
REFUSE_MIN_LETTERS = 100
REFUSE_MIN_CONFIDENCE = 0.99
ENGLISH_MAX = 0.001
PARAGRAPH_MIN_LETTERS = 60
_SAMPLE = 5_000
_PARAGRAPHS = re.compile(r"\n\s*\n|\r\n\s*\r\n|(?<=[.!?])\s*\n")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@dataclass(frozen=True)
class LanguageGuess:
    lang: str | None
    """The most likely language (an ISO 639 code), or ``None`` with too few letters."""
    confidence: float
    """Its probability, 0 to 1."""
    sure: bool
    """Sure enough to refuse a text that is not English (see the module's rules)."""

    @property
    def not_english(self) -> bool:
        """A text to refuse: surely in a language other than English."""
        return self.sure and self.lang != "en"


def guess_language(text: str) -> LanguageGuess:
    """The language of ``text`` (its first :data:`_SAMPLE` characters) and how sure it is."""
    sample = text[:_SAMPLE]
    letters = _letters(sample)
    if letters < MIN_LETTERS:
        return LanguageGuess(None, 0.0, False)
    ranked = dict(_identifier().rank(sample))
    lang = max(ranked, key=ranked.__getitem__)
    prob = float(ranked[lang])
    sure = (
        letters >= REFUSE_MIN_LETTERS
        and prob >= REFUSE_MIN_CONFIDENCE
        and float(ranked.get("en", 0.0)) < ENGLISH_MAX
        and not _has_english_paragraph(sample)
    )
    return LanguageGuess(str(lang), prob, sure)


def detect_language(text: str) -> str | None:
    """ISO 639 code of the most likely language of ``text``, or ``None`` when it cannot be told
    (fewer than :data:`MIN_LETTERS` letters)."""
    return guess_language(text).lang


def _has_english_paragraph(sample: str) -> bool:
    for part in _PARAGRAPHS.split(sample):
        if _letters(part) >= PARAGRAPH_MIN_LETTERS and _identifier().classify(part)[0] == "en":
            return True
    return False


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)
