"""The language of an article, by py3langid (offline); ``None`` when there is too little text."""

from __future__ import annotations

from functools import cache
from typing import Any

MIN_LETTERS = 40
MIN_CONFIDENCE = 0.5
_SAMPLE = 5_000


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or ``None`` when it cannot be told (fewer
    than :data:`MIN_LETTERS` letters, or no language is likely enough). Unknown counts as
    allowed."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if float(prob) >= MIN_CONFIDENCE else None
