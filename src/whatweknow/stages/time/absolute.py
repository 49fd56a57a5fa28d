"""Handlers of calendar expressions: dates, months, years, decades, centuries, seasons,
holidays and fiscal quarters. A year left out ("June 3", "the third quarter") is the one the
tense and the anchor point to."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import (
    easter,
    fmt,
    likeliest,
    month_near,
    nearest,
    nth_weekday,
    season_near,
)
from .context import (
    Context,
    Found,
    Handler,
    capitalised,
    g,
    month_of,
    preceding_word,
    weekday_of,
    year_of,
)
from .lexicon import DECADE_WORDS, ORDINALS, SEASONS

MONTH_CUES = frozenset(
    {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after",
     "of", "to", "between", "early", "late", "mid", "last", "next", "this", "and", "or",
     "around", "for", "on", "-"}
)  # fmt: skip
"""Words after which "May" and "March" are the month."""
SEASON_CUES = frozenset(
    {"in", "since", "until", "till", "by", "through", "during", "before", "after", "this",
     "last", "next", "early", "late", "mid", "over", "throughout", "around"}
)  # fmt: skip
"""Words after which "fall", "spring" (or "the fall") are the season."""


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def h_date(m: re.Match[str], ctx: Context) -> Found | None:
    mon = m.group("mon") or m.group("mon2")
    if not capitalised(mon):
        return None
    month = month_of(mon)
    day = int(re.sub(r"\D", "", m.group("day") or m.group("day2")))
    if m.group("year"):
        y = year_of(m.group("year"), ctx.anchor)
        d = _safe_date(y, month, day) if y else None
        return ("DATE", d.isoformat()) if d else None
    if _safe_date(2000, month, day) is None:  # Feb 29 is valid in a leap year
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    a = ctx.anchor
    cands = [c for k in (-1, 0, 1) if (c := _safe_date(a.year + k, month, day))]
    if m.group("wd"):
        wd = weekday_of(m.group("wd"))
        cands = [c for c in cands if c.isoweekday() == wd] or cands
    return "DATE", likeliest(cands, a, ctx.tense).isoformat()


def h_numeric_date(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("year"):
        d = _safe_date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
    else:
        y = int(m.group("y2"))
        y = y if y >= 100 else (2000 + y if y < 50 else 1900 + y)
        d = _safe_date(y, int(m.group("m2")), int(m.group("d2")))
    return ("DATE", d.isoformat()) if d else None


def h_month_year(m: re.Match[str], ctx: Context) -> Found | None:
    mon = m.group("mon")
    y = year_of(m.group("year"), ctx.anchor)
    if not capitalised(mon) or y is None:
        return None
    if mon.lower().rstrip(".") == "may" and not m.group("edge") and mon.islower():
        return None
    return "DATE", f"{y:04d}-{month_of(mon):02d}"


def h_month(m: re.Match[str], ctx: Context) -> Found | None:
    mon = m.group("mon")
    if not capitalised(mon):
        return None
    month = month_of(mon)
    rel, ry, edge = g(m, "rel"), g(m, "ry"), g(m, "edge")
    if month in (3, 5) and not (rel or ry or edge) and preceding_word(m) not in MONTH_CUES:
        return None  # "May" the verb, "March" the noun
    a = ctx.anchor
    if ry:
        if a is None:
            return "DATE", f"XXXX-{month:02d}"
        y = a.year + {"last": -1, "this": 0, "next": 1}[ry]
        return "DATE", f"{y:04d}-{month:02d}"
    if a is None:
        return "DATE", f"XXXX-{month:02d}"
    direction = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
    if rel == "this":
        return "DATE", f"{a.year:04d}-{month:02d}"
    return "DATE", fmt(month_near(a, month, ctx.tense, direction), "month")


def h_year(m: re.Match[str], ctx: Context) -> Found | None:
    y = year_of(m.group("year"), ctx.anchor)
    if y is None or not 1000 <= y <= 2199:
        return None
    edge = g(m, "edge")
    if "half" in edge:
        return "DATE", f"{y:04d}-H{1 if 'first' in edge else 2}"
    return "DATE", f"{y:04d}"


def h_decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("w") and not m.group(0).lower().startswith("the"):
        return None
    if m.group("c"):
        return "DATE", f"{m.group('c')}{m.group('d')}"
    d = int(m.group("d") or m.group("d2") or DECADE_WORDS.get(g(m, "w"), 0))
    a = ctx.anchor
    century = a.year // 100 if a else 19
    if a and century * 100 + d * 10 > a.year:
        century -= 1
    if century < 0:
        return None  # before year 0: no TIMEX3 value (an anchor in the first century)
    return "DATE", f"{century:02d}{d}"


def h_century(m: re.Match[str], ctx: Context) -> Found | None:
    n = int(m.group("n")) if m.group("n") else ORDINALS.get(g(m, "nw"), 0)
    named = bool(m.group("n") or m.group("nw"))
    if g(m, "nw") in ("final", "last") or (named and not 1 <= n <= 30):
        return None
    if n:
        return "DATE", f"{n - 1:02d}"
    if ctx.anchor is None:
        return "DATE", "XX"
    k = {"this": 0, "last": -1, "next": 1}[g(m, "rel")]
    century = ctx.anchor.year // 100 + k
    return ("DATE", f"{century:02d}") if century >= 0 else None  # none before year 0


def h_season(m: re.Match[str], ctx: Context) -> Found | None:
    code = SEASONS[g(m, "s")]
    rel, edge = g(m, "rel"), g(m, "edge")
    if m.group("year"):
        y = year_of(m.group("year"), ctx.anchor)
        return ("DATE", f"{y:04d}-{code}") if y else None
    after = m.string[m.end() : m.end() + 12].lower().split()
    bare = rel in ("", "the", "early", "late") and not edge
    if bare and (preceding_word(m) not in SEASON_CUES or (after and after[0] == "of")):
        return None  # "prices fall", "the fall of the wall"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    direction = {"last": -1, "this past": -1, "the past": -1, "next": 1, "this coming": 1,
                 "the coming": 1}.get(rel, 0)  # fmt: skip
    start = season_near(ctx.anchor, code, ctx.tense, direction)
    return "DATE", fmt(start, "season", code)


def _holiday(name: str, year: int) -> date:
    n = name.replace("’", "'")
    fixed = {"christmas eve": (12, 24), "new year's eve": (12, 31), "halloween": (10, 31),
             "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
             "veterans day": (11, 11)}  # fmt: skip
    if n in fixed:
        return date(year, *fixed[n])
    if n.startswith("christmas"):
        return date(year, 12, 25)
    if n.startswith("new year"):
        return date(year, 1, 1)
    if n.startswith("thanksgiving"):
        return nth_weekday(year, 11, 4, 4)
    if n.startswith("labor"):
        return nth_weekday(year, 9, 1, 1)
    if n.startswith("memorial"):
        return nth_weekday(year, 5, 1, -1)
    if n.startswith("good friday"):
        return easter(year) - timedelta(days=2)
    return easter(year)


def h_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    if not capitalised(m.group("h")):
        return None
    name = g(m, "h")
    a = ctx.anchor
    if a is None:
        return "DATE", "XXXX-XX-XX"
    cands = [_holiday(name, a.year + k) for k in (-1, 0, 1)]
    rel = g(m, "rel")
    if rel == "last":
        return "DATE", max(c for c in cands if c < a).isoformat()
    if rel == "next":
        return "DATE", min(c for c in cands if c > a).isoformat()
    return "DATE", nearest(cands, a, ctx.tense).isoformat()


HANDLERS: dict[str, Handler] = {
    "date": h_date,
    "numeric_date": h_numeric_date,
    "month_year": h_month_year,
    "month": h_month,
    "year": h_year,
    "the_year": h_year,
    "decade": h_decade,
    "century": h_century,
    "season": h_season,
    "holiday": h_holiday,
}
