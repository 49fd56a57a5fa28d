"""The calendar period a TIMEX3 value names, for ordering the timeline and finding background.

Handled: a year (``2018``), a quarter (``2024-Q2``), a month (``2024-05``), an ISO week
(``2024-W22``, ``2024-W22-WE``, ``2024-W22-3``) and a day, with or without a time of day
(``2024-06-11``, ``2024-06-11TEV``). Anything else (``PRESENT_REF``, ``XXXX-WXX``, durations) has
no period: such values are shown as written and are never placed in time.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

Period = tuple[date, date]
"""First and last day, both included."""

_YEAR = re.compile(r"(\d{4})$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")


def period(value: str | None) -> Period | None:
    """The days a TIMEX3 value covers, or None when it names no calendar period."""
    if not value:
        return None
    try:
        return _period(value.strip())
    except ValueError:  # a month 13, a week 54: not a period
        return None


def _period(value: str) -> Period | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _WEEK.match(value):
        year, week, part = int(m[1]), int(m[2]), m[3]
        monday = date.fromisocalendar(year, week, 1)
        if part == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if part:
            day = monday + timedelta(days=int(part) - 1)
            return day, day
        return monday, monday + timedelta(days=6)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    if m := _QUARTER.match(value):
        year, first = int(m[1]), (int(m[2]) - 1) * 3 + 1
        last = first + 2
        return date(year, first, 1), date(year, last, monthrange(year, last)[1])
    if m := _YEAR.match(value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    return None


PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "day"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
_HALF = re.compile(r"(\d{4})-H([12])$")
_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
ORDINALS = ("first", "second", "third", "fourth")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""English month names (not the locale's)."""


def _day(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def _night(d: date) -> str:
    """The two days the night of ``d`` spans, as a reader writes them: ``1–2 November 2026``,
    ``30 November–1 December 2026``, ``31 December 2026–1 January 2027``."""
    after = d + timedelta(days=1)
    if after.year != d.year:
        return f"{_day(d)}–{_day(after)}"
    if after.month != d.month:
        return f"{d.day} {MONTH_NAMES[d.month - 1]}–{_day(after)}"
    return f"{d.day}–{_day(after)}"


def human(value: str | None) -> str:
    """A TIMEX3 value as a reader writes it: ``27 May 2024``, ``week of 27 May 2024``, ``weekend
    of 1 June 2024``, ``May 2024``, ``second quarter of 2024``, ``summer 2024``, ``27 May 2024,
    evening``, ``27 May 2024, 14:30``; a value that is no calendar period as it is written. The
    night of a day (``2026-11-01TNI``: "Sunday night", or "overnight" in a Monday report) runs
    into the next day, and is shown with both: ``night of 1–2 November 2026`` (a happening of
    the small hours of 2 November is of that night, not of 1 November)."""
    value = (value or "").strip()
    if m := _SEASON.match(value):
        return f"{SEASONS[m[2]]} {m[1]}"
    if m := _HALF.match(value):
        return f"{ORDINALS[int(m[2]) - 1]} half of {m[1]}"
    when = period(value)
    if when is None:
        return value
    first = when[0]
    if m := _DAY.match(value):
        text = _day(first)
        tail = value[10:]
        if c := _CLOCK.match(tail):
            return f"{text}, {c[1]}:{c[2]}"
        if tail == "TNI":
            return f"night of {_night(first)}"
        part = PARTS_OF_DAY.get(tail[1:3]) if tail.startswith("T") else None
        return f"{text}, {part}" if part else text
    if m := _WEEK.match(value):
        if m[3] == "WE":
            return f"weekend of {_day(first)}"
        return _day(first) if m[3] else f"week of {_day(first)}"
    if _MONTH.match(value):
        return f"{MONTH_NAMES[first.month - 1]} {first.year}"
    if m := _QUARTER.match(value):
        return f"{ORDINALS[int(m[2]) - 1]} quarter of {m[1]}"
    return value
