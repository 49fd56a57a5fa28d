"""Handlers of deictic expressions, resolved against the anchor: "yesterday", "last week",
"Friday", "two years ago", "now", "this morning", "2 p.m. on Friday"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import UNIT_GRANULARITY, fmt, shift, weekday_near, weekday_rel
from .context import Context, Found, Handler, capitalised, g, month_of, preceding_word, weekday_of
from .lexicon import CLOCK_WORDS, PARTS_OF_DAY, number_of, unit_of

DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
BACK = {"last": -1, "previous": -1, "this past": -1, "the past": -1, "the last": -1, "past": -1}
AHEAD = {"next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the next": 1}
SAME = {"this": 0, "current": 0, "the current": 0}
ANAPHORIC = {"the previous": -1, "the prior": -1, "the preceding": -1, "the following": 1,
             "the next": 1, "that": 0, "that same": 0, "the same": 0}  # fmt: skip
"""Relative to the day, month or year last written out ("in 1995 …, and the following year"),
else (but "that", "the same") to the anchor."""


FROM_REFERENCE = frozenset({"D", "W"})
"""Units of an "earlier" expression that count from the day the narrative is at (a day named
in the sentence or the one before: ``Context.reference``), not from the publication date; a
month or a year earlier keeps the anchor (or the quarter in focus)."""


CLOCK_UNITS = {"H": "H", "MIN": "M", "S": "S"}
"""Units of an "earlier" expression shorter than a day ("ten minutes earlier", "two hours
earlier"), with their TIMEX3 duration letters: such an offset is on the day the narrative is at
(``Context.reference``), never a day counted from the publication date; with no such day it
names no date, only how long before (a DURATION)."""


def _day(anchor: date | None, k: int) -> str:
    return (anchor + timedelta(days=k)).isoformat() if anchor else "XXXX-XX-XX"


def h_deictic(m: re.Match[str], ctx: Context) -> Found | None:
    word = g(m, "day")
    value = _day(ctx.anchor, DEICTIC_DAYS[word])
    part = g(m, "part") or g(m, "part0") or ("night" if word == "tonight" else "")
    if part:
        return "TIME", f"{value}T{PARTS_OF_DAY[part]}"
    return "DATE", value


def h_part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    rel, part = g(m, "rel"), g(m, "part")
    k = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[rel]
    if rel == "last" and part not in ("night", "evening"):
        return None
    return "TIME", f"{_day(ctx.anchor, k)}T{PARTS_OF_DAY[part]}"


def h_ref(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("present"):
        if g(m, "present") == "current":
            nxt = m.string[m.end() : m.end() + 12].lower().split()
            if not nxt or nxt[0].strip(".,") in ("account", "accounts", "affairs", "events"):
                return None
        return "DATE", "PRESENT_REF"
    if m.group("past"):
        return "DATE", "PAST_REF"
    return "DATE", "FUTURE_REF"


def h_rel_unit(m: re.Match[str], ctx: Context) -> Found | None:
    rel, unit = g(m, "rel"), g(m, "unit")
    code = unit_of(unit) or ""
    a = ctx.anchor
    k = BACK.get(rel, AHEAD.get(rel, SAME.get(rel, 0)))
    if unit == "weekend":
        return "DATE", fmt(a + timedelta(weeks=k) if a else None, "weekend")
    gran = UNIT_GRANULARITY[code]
    d = shift(a, k, code) if a else None
    if unit == "quarter" and d is not None:
        ctx.focus = (d.year, (d.month - 1) // 3 + 1)
    return "DATE", fmt(d, gran)


def h_anaphoric(m: re.Match[str], ctx: Context) -> Found | None:
    """ "that year", "the following month", "the next day": from the last one written out."""
    rel, unit = g(m, "rel"), g(m, "unit")
    code = unit_of(unit) or "D"
    k = ANAPHORIC[rel]
    ref = {"year": ctx.ref_year, "month": ctx.ref_month}.get(unit, ctx.ref_day)
    if ref is None and unit in ("year", "month") and k != 0:
        ref = ctx.anchor  # "the following year" with no year written: the anchor's next
    return "DATE", fmt(shift(ref, k, code) if ref else None, UNIT_GRANULARITY[code])


def h_the_weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the weekend": the one just past in past tense, else the coming one (from Thursday)."""
    a = ctx.anchor
    if a is None:
        return "DATE", "XXXX-WXX-WE"
    wd = a.isoweekday()
    past = ctx.tense == "past" or (ctx.tense is None and wd <= 3)
    d = a if wd >= 6 or not past else a - timedelta(weeks=1)
    return "DATE", fmt(d, "weekend")


def h_year_end(m: re.Match[str], ctx: Context) -> Found | None:
    unit = g(m, "unit")
    return "DATE", fmt(ctx.anchor, UNIT_GRANULARITY[unit_of(unit) or "Y"])


def h_edge_unit(m: re.Match[str], ctx: Context) -> Found | None:
    code = unit_of(g(m, "unit")) or "Y"
    return "DATE", fmt(ctx.anchor, UNIT_GRANULARITY[code])


def h_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    if not capitalised(m.group("wd")):
        return None
    wd = weekday_of(m.group("wd"))
    part = g(m, "part")
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    if m.group("plural"):
        return "SET", f"XXXX-WXX-{wd}{suffix}"
    a = ctx.anchor
    if a is None:
        value = f"XXXX-WXX-{wd}"
    else:
        rel = g(m, "rel")
        if rel in ("last", "this past", "the previous", "the preceding"):
            d = weekday_rel(a, wd, -1)
        elif rel in ("next", "this coming", "the following", "the next"):
            d = weekday_rel(a, wd, 1)
        else:
            d = weekday_near(a, wd, ctx.tense)
        value = d.isoformat()
    return ("TIME" if part else "DATE"), value + suffix


def h_ago(m: re.Match[str], ctx: Context) -> Found | None:
    unit = unit_of(g(m, "unit")) or ""
    direction = g(m, "dir")
    sign = -1 if direction in ("ago", "earlier", "back") else 1
    n = number_of(g(m, "num")) if m.group("num") else None
    if (m.group("num") and n is None) or (not m.group("num") and g(m, "unit")[-1:] != "s"):
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if direction in ("earlier", "later") and g(m, "unit").endswith("s") and n == 1:
        return None
    a = ctx.anchor
    if direction == "earlier" and unit in FROM_REFERENCE and ctx.reference is not None:
        a = ctx.reference  # "confirmed it on Tuesday. It had denied it a day earlier": Monday
    if direction == "earlier" and unit in CLOCK_UNITS:
        if ctx.reference is None:  # minutes before what? no day the text names
            return "DURATION", f"PT{round(n)}{CLOCK_UNITS[unit]}"
        a = ctx.reference  # "collapsed on Thursday. Ten minutes earlier …": that Thursday
    if unit == "Y" and n == 1 and ctx.focus_near and ctx.focus is not None:
        y, q = ctx.focus
        return "DATE", f"{y + sign:04d}-Q{q}"
    gran = UNIT_GRANULARITY.get(unit, "day")
    if gran in ("decade", "century"):
        gran = "year"  # "a decade ago" is the year ten years back
    d = shift(a, sign * round(n), unit) if a else None
    if a is not None and d is None:
        d = a
    return "DATE", fmt(d, gran)


def _clock(m: re.Match[str]) -> str | None:
    word = g(m, "word")
    if word and preceding_word(m) == "high":
        return None
    if word:
        return "T" + CLOCK_WORDS[word]
    zulu = "Z" if g(m, "tz") in ("gmt", "utc") or g(m, "tz2") in ("gmt", "utc") else ""
    if m.group("h2"):
        return f"T{int(m.group('h2')):02d}:{m.group('min2')}{zulu}"
    if m.group("hw"):
        h = number_of(g(m, "hw"))
        return f"T{h:02d}:00" if isinstance(h, int) and 0 < h <= 12 else None
    h = int(m.group("h"))
    ap = g(m, "ap")[:1]
    if not 1 <= h <= 12:
        return None
    h = (h % 12) + (12 if ap == "p" else 0)
    return f"T{h:02d}:{m.group('min') or '00'}{zulu}"


ASIDE_DAY = re.compile(
    r"[^\S\n]{0,3}\([^()\n]{1,30}\)[^\S\n]{0,3},?[^\S\n]{0,3}(?:on[^\S\n]{1,3})?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
"""After a time of day, an aside then the day it is on: "at 9:10 a.m. (0710 GMT) Saturday"."""


def h_clock(m: re.Match[str], ctx: Context) -> Found | None:
    clock = _clock(m)
    if clock is None:
        return None
    a = ctx.anchor
    given = m.group("wd") or m.group("deic") or m.group("mon")
    aside = None if given else ASIDE_DAY.match(m.string, m.end())
    named = m.group("wd") or (aside.group(1) if aside else None)
    if named:
        wd = weekday_of(named)
        day = weekday_near(a, wd, ctx.tense).isoformat() if a else f"XXXX-WXX-{wd}"
    elif m.group("deic"):
        day = _day(a, DEICTIC_DAYS[g(m, "deic")])
    elif m.group("mon"):
        month, dom = month_of(m.group("mon")), int(re.sub(r"\D", "", m.group("day")))
        day = f"{a.year:04d}-{month:02d}-{dom:02d}" if a else f"XXXX-{month:02d}-{dom:02d}"
    else:
        day = _day(a, 0)
    if clock == "T24:00" and (g(m, "mod").endswith("after") or preceding_word(m) == "after"):
        clock = "T00:00"  # "shortly after midnight on Tuesday": the small hours of Tuesday
    elif clock == "T24:00" and not _named_day(m) and ctx.tense == "past":
        day = _day(a, -1)  # "fighting resumed at midnight": the midnight before the report
    return "TIME", day + clock


def _named_day(m: re.Match[str]) -> bool:
    return bool(m.group("wd") or m.group("deic") or m.group("mon"))


HANDLERS: dict[str, Handler] = {
    "deictic": h_deictic,
    "part_of_day": h_part_of_day,
    "ref": h_ref,
    "rel_unit": h_rel_unit,
    "anaphoric": h_anaphoric,
    "the_weekend": h_the_weekend,
    "year_end": h_year_end,
    "edge_unit": h_edge_unit,
    "weekday": h_weekday,
    "ago": h_ago,
    "clock": h_clock,
}
