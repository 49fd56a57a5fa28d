"""What a handler knows besides its match: the anchor date, the tense, the discourse so far."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .calendar import Tense
from .lexicon import MONTHS, WEEKDAYS, number_of

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Found = tuple[TimexType, str]
"""A normalised expression: its TIMEX3 type and value."""


@dataclass(slots=True)
class Context:
    """``anchor``: the publication date (None: relative expressions stay unresolved).
    ``tense``: of the clause that governs the expression (picks the week of "Friday").
    ``focus``: the last fiscal quarter mentioned (``(year, quarter)``), which "the quarter" and
    "a year earlier" refer to; ``focus_near``: whether it was mentioned close before.
    ``ref_year``, ``ref_month``, ``ref_day``: the year, month and day last written out, which
    "the following year", "that month" and "the next day" count from. ``reference``: the day
    the narrative is at (TIMEX3's reference time), a day named in the same sentence or the one
    before, which "a day earlier" and "two weeks earlier" count from. ``probe``: the
    expression is only being found (:func:`.normalise.scan`); a handler that needs the
    discourse to give a value accepts it then and decides in context."""

    anchor: date | None = None
    tense: Tense | None = None
    focus: tuple[int, int] | None = None
    focus_near: bool = False
    ref_year: date | None = None
    ref_month: date | None = None
    ref_day: date | None = None
    probe: bool = False
    reference: date | None = None


Handler = Callable[[re.Match[str], Context], Found | None]


def g(m: re.Match[str], name: str) -> str:
    """The text of group ``name`` in lower case, with whitespace collapsed ('' when absent)."""
    if name not in m.re.groupindex:
        return ""
    return " ".join((m.group(name) or "").lower().split())


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_of(word: str) -> int:
    return WEEKDAYS[word.lower()]


def capitalised(word: str | None) -> bool:
    return word is not None and word[:1].isupper()


def year_of(text: str, anchor: date | None = None) -> int | None:
    """A year in digits, words ("nineteen ninety-six") or an apostrophe ('98)."""
    t = " ".join(text.lower().replace("’", "'").split())
    if t.isdigit() and len(t) == 4:
        return int(t)
    if t.startswith("'") and t[1:].isdigit():  # '98: the latest such year up to ten ahead
        latest = (anchor.year if anchor else 2025) + 10
        y = latest // 100 * 100 + int(t[1:])
        return y if y <= latest else y - 100
    if t.startswith("nineteen"):
        rest = t[len("nineteen") :].strip(" -")
        n = 0 if rest == "hundred" else number_of(rest)
        return 1900 + n if isinstance(n, int) and 0 <= n < 100 else None
    if t.startswith("two thousand"):
        rest = t[len("two thousand") :].strip()
        n = number_of(rest.removeprefix("and ").strip()) if rest else 0
        return 2000 + n if isinstance(n, int) and 0 <= n < 100 else None
    return None


def preceding_word(m: re.Match[str], group: int | str = 0) -> str:
    """The word just before the match (lower case, '' at the start of the text)."""
    before = m.string[max(0, m.start(group) - 40) : m.start(group)].split()
    return before[-1].lower().strip("\"'(“‘") if before else ""
