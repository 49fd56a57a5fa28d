"""Calendar arithmetic and TIMEX3 value formatting (pure functions on :class:`datetime.date`).

A *granularity* names how precise a value is: ``day`` (``2024-06-03``), ``week``
(``2024-W23``), ``weekend`` (``2024-W22-WE``), ``month`` (``2024-06``), ``quarter``
(``2024-Q2``), ``half`` (``2024-H1``), ``season`` (``2024-SU``), ``year`` (``2024``), ``decade``
(``202``) and ``century`` (``20``). Without an anchor the same granularities are written with
``X`` in place of the digits that a publication date would have given (``XXXX-WXX``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from .lexicon import SEASON_MONTH

Tense = Literal["past", "present", "future"]
Granularity = Literal[
    "day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"
]

UNIT_GRANULARITY: dict[str, Granularity] = {
    "D": "day", "W": "week", "WE": "weekend", "FN": "week", "M": "month", "Q": "quarter",
    "Y": "year", "DE": "decade", "CE": "century", "ML": "century", "H": "day", "MIN": "day",
    "S": "day",
}  # fmt: skip
UNRESOLVED: dict[Granularity, str] = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX",
    "decade": "XXX", "century": "XX",
}  # fmt: skip


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months (the day clipped to the month's length)."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    day = min(d.day, _month_length(y, m + 1))
    return date(y, m + 1, day)


def _month_length(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def shift(d: date, n: int, unit: str) -> date | None:
    """``d`` moved by ``n`` units (codes of :data:`lexicon.UNITS`); None for time-of-day units
    or dates out of range."""
    try:
        if unit == "D":
            return d + timedelta(days=n)
        if unit in ("W", "WE"):
            return d + timedelta(weeks=n)
        if unit == "FN":
            return d + timedelta(weeks=2 * n)
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}.get(unit)
        return add_months(d, n * months) if months else None
    except (OverflowError, ValueError):
        return None


def fmt(d: date | None, gran: Granularity, season: str = "") -> str:
    """The TIMEX3 value of the ``gran``-sized period holding ``d`` (unresolved when None)."""
    if d is None:
        return f"XXXX-{season}" if gran == "season" and season else UNRESOLVED[gran]
    if gran == "day":
        return d.isoformat()
    if gran in ("week", "weekend"):
        iso = d.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if gran == "weekend" else "")
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "season":
        return f"{d.year:04d}-{season}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


def nearest(
    cands: list[date], anchor: date, tense: Tense | None, ahead: int = 0, behind: int = 0
) -> date:
    """Of dates that a cyclic expression could mean (the same month in three years, the same
    weekday in three weeks), the one meant: the latest not after the anchor in past tense, the
    earliest not before it in future tense, else the closest (ties to the past).

    ``ahead`` days of tolerance keep a past-tense date a little after the anchor in the same
    year (a scheduled event named in a past-tense clause: "announced a summit in April"),
    ``behind`` days keep a future-tense one a little before it."""
    cands = sorted(cands)
    if tense == "past":
        ok = [c for c in cands if c <= anchor + timedelta(days=ahead)]
        if ok:
            return ok[-1]
    elif tense == "future":
        ok = [c for c in cands if c >= anchor - timedelta(days=behind)]
        if ok:
            return ok[0]
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


AHEAD_DAYS = 62
"""How far after the anchor a month or a date in a past-tense clause may lie (two months)."""


def likeliest(cands: list[date], anchor: date, tense: Tense | None) -> date:
    """Of the dates a month or a day of the month could be (in three years), the closest, with
    distances against the tense weighed four times: a past-tense "in March" written in October
    is this year's March, a future-tense one next year's; a date up to :data:`AHEAD_DAYS` ahead
    is not against a past tense (a scheduled event in a past-tense clause)."""

    def cost(c: date) -> float:
        days = (c - anchor).days
        against = (tense == "past" and days > AHEAD_DAYS) or (tense == "future" and days < -7)
        return abs(days) * (4 if against else 1) + (0.5 if days > 0 else 0)

    return min(cands, key=cost)


def weekday_near(anchor: date, weekday: int, tense: Tense | None) -> date:
    """The date of ISO ``weekday`` meant by a bare weekday name written on ``anchor``: the
    next one (the anchor's day included) in future tense, else the last one (news reports
    what happened; a weekday without a tense, "Thursday's closing price", is past)."""
    base = anchor - timedelta(days=anchor.isoweekday() - weekday)
    cands = [base + timedelta(weeks=k) for k in (-1, 0, 1)]
    return nearest(cands, anchor, "future" if tense == "future" else "past")


def weekday_rel(anchor: date, weekday: int, direction: int) -> date:
    """ "last Friday" (``direction`` -1) or "next Friday" (+1): the closest one strictly before
    or after the anchor."""
    d = anchor + timedelta(days=direction)
    while d.isoweekday() != weekday:
        d += timedelta(days=direction)
    return d


def month_near(anchor: date, month: int, tense: Tense | None, direction: int = 0) -> date:
    """The first of ``month`` in the year meant: by tense (``direction`` 0), or strictly before
    (-1, "last March") or after (+1, "next March") the anchor's month."""
    cands = [date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
    this = date(anchor.year, anchor.month, 1)
    if direction < 0:
        return max(c for c in cands if c < this)
    if direction > 0:
        return min(c for c in cands if c > this)
    return likeliest(cands, this, tense)


def season_near(anchor: date, code: str, tense: Tense | None, direction: int = 0) -> date:
    """The start of the season ``code`` meant (as :func:`month_near`, by season)."""
    month = SEASON_MONTH[code]
    cands = [date(anchor.year + k, month, 1) for k in (-2, -1, 0, 1)]
    current = season_start(anchor)
    if direction < 0:
        return max(c for c in cands if c < current)
    if direction > 0:
        return min(c for c in cands if c > current)
    if current in cands:
        return current
    return nearest(cands, current, tense)


def season_start(d: date) -> date:
    """The first day of the season holding ``d`` (winter from December)."""
    if d.month == 12:
        return date(d.year, 12, 1)
    if d.month <= 2:
        return date(d.year - 1, 12, 1)
    return date(d.year, (d.month - 3) // 3 * 3 + 3, 1)


def quarter_near(anchor: date, q: int, tense: Tense | None) -> date:
    """The first day of quarter ``q`` in the year meant: "third-quarter profit rose" written in
    October is this year's, in February last year's; "will report third-quarter results" in
    October still this year's; without tense, the closest."""
    cands = [date(anchor.year + k, 3 * q - 2, 1) for k in (-1, 0, 1)]
    started = max(c for c in cands if c <= anchor)
    if tense == "past":
        return started
    if tense == "future":  # a quarter is talked of in the future until it has been reported
        return started if (anchor - started).days < 150 else min(c for c in cands if c > anchor)
    return min(cands, key=lambda c: abs((c - anchor).days))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month (``n`` = -1: the last one)."""
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = date(year, month, _month_length(year, month))
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)
