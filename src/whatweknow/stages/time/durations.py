"""Handlers of durations ("a two-year war" → ``P2Y``, "decades" → ``PXDE``) and sets ("every
year" → ``P1Y``, "each Thursday" → ``XXXX-WXX-4``)."""

from __future__ import annotations

import re
from datetime import timedelta

from .calendar import fmt
from .context import Context, Found, Handler, capitalised, g, month_of, preceding_word, weekday_of
from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, number_of, unit_of

TIME_UNITS = frozenset({"H", "MIN", "S"})
HALVES = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y"}
ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
           "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
           "biannually": "P6M", "semiannually": "P6M"}  # fmt: skip
BARE_CUES = frozenset({"for", "within", "in", "over", "after", "took", "take", "takes", "lasted"})
"""Words after which a bare "days", "hours" or "minutes" is a duration ("for days")."""
NUMERIC_TAIL = re.compile(
    r"(?:\d|%|percent|cents?|dollars?|pounds?|euros?|yen|million|billion|trillion|thousand"
    r"|hundred|dozen|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty))\W*$",
    re.IGNORECASE,
)


YEAR_ENDED = re.compile(
    r"(?<!\s)\s{1,3}(?:ended|ending|that\s{1,3}ended|which\s{1,3}ended)\b", re.IGNORECASE
)
"""After "the year": a reporting period of twelve months named by its last day (the blanks
bounded, and the first of a run only, so that a run of blanks is read once)."""


SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"),
           "MIN": (60, "S"), "DE": (10, "Y"), "CE": (100, "Y")}  # fmt: skip
"""A fraction of a unit is written in the next smaller one: 2 1/2 years is ``P2Y6M``."""


def duration(n: int | float | None, code: str) -> str:
    """``P2Y``, ``PT3H``, ``PXDE``: a TIMEX3 duration of ``n`` units (None: unspecified)."""
    if code == "FN":
        n, code = (2 * n if n is not None else None), "W"
    if n is None:
        parts = [("X", code)]
    elif float(n).is_integer():
        parts = [(str(int(n)), code)]
    else:
        whole = int(n)
        factor, smaller = SMALLER.get(code, (1, code))
        rest = round((n - whole) * factor)
        parts = ([(str(whole), code)] if whole else []) + [(str(rest), smaller)]
    date_part = "".join(f"{a}{u}" for a, u in parts if u not in TIME_UNITS)
    time_part = "".join(f"{a}{'M' if u == 'MIN' else u}" for a, u in parts if u in TIME_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


SOMEDAY_MODALS = frozenset({"will", "would", "could", "might", "may", "can", "shall", "should"})
"""Verbs after which "one day" is some day ahead, not a day's length: "it will one day be"
(TIMEX3's ``FUTURE_REF``); "we'll one day" too."""


def _someday(m: re.Match[str]) -> bool:
    before = preceding_word(m)
    words = " ".join(m.group(0).lower().split())
    return words == "one day" and (before in SOMEDAY_MODALS or before.endswith(("'ll", "’ll")))


def h_duration(m: re.Match[str], ctx: Context) -> Found | None:
    if _someday(m):
        return "DATE", "FUTURE_REF"  # "the region may one day recover"
    if m.group("halfw"):
        return "DURATION", HALVES[g(m, "halfw").split()[-1]]
    unit_word = g(m, "unit")
    code = unit_of(unit_word)
    num = g(m, "num")
    n = number_of(num)
    if code is None:
        return None
    if num in ("a", "an", "one") and unit_word.endswith("s") and not m.group("half"):
        return None
    if (m.group("hy") == "-" and unit_word.endswith("s")) or (num in ("a", "an") and code == "S"):
        return None  # "three-quarters of", "a second time"
    if code == "Q" and m.string[m.end() : m.end() + 4].strip().lower() == "of":
        return None  # "a quarter of the market"
    if num == "some" and not unit_word.endswith("s"):
        return None  # "some day"
    if m.group("half") and n is not None:
        n += 0.5
    return "DURATION", duration(n, code)


def h_past_unit(m: re.Match[str], ctx: Context) -> Found | None:
    unit_word = g(m, "unit")
    code = unit_of(unit_word)
    plural = unit_word.endswith("s")
    if code is None or (g(m, "rel") == "first" and not plural):
        return None
    if g(m, "vague") == "couple of":
        return "DURATION", duration(2, code)
    if m.group("vague") or plural:
        return "DURATION", duration(None, code)
    return "DURATION", duration(1, code)


def h_bare_units(m: re.Match[str], ctx: Context) -> Found | None:
    unit_word = g(m, "unit")
    code = unit_of(unit_word)
    if code is None:
        return None
    before = preceding_word(m)
    if before in ("the", "these", "those", "recent", "past", "coming", "light", "their"):
        return None
    if before[:1].isdigit() or number_of(before) is not None:
        return None  # "52 years old"
    small = unit_word in ("days", "hours", "minutes") and not m.group("vague")
    if small and before not in BARE_CUES:
        return None
    return "DURATION", duration(None, code)


def h_the_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """The "year", "fiscal year" or "week" of news: the anchor's year (a financial report's
    "for the year") or week (the week just ended, when written early in the next one)."""
    a = ctx.anchor
    if g(m, "unit") == "year" and YEAR_ENDED.match(m.string, m.end()):
        return "DURATION", "P1Y"  # "for the year ended Aug. 31": twelve months to that day
    if g(m, "unit") == "week":
        past = a is not None and a.isoweekday() <= 2 and ctx.tense != "future"
        return "DATE", fmt(a - timedelta(weeks=1) if a and past else a, "week")
    return "DATE", fmt(a, "year")


def h_set(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("adv"):
        nxt = m.string[m.end() : m.end() + 3].strip()
        return None if nxt[:1].isupper() else ("SET", ADVERBS[g(m, "adv")])  # "daily Granma"
    if m.group("a"):
        before = m.string[max(0, m.start() - 30) : m.start()]
        if not m.group("freq") and g(m, "a") != "per" and not NUMERIC_TAIL.search(before):
            return None
        return "SET", duration(1, unit_of(g(m, "unit")) or "D")
    what = g(m, "what")
    n = number_of(g(m, "num")) if m.group("num") else 1
    if m.group("other"):
        n = 2 * n if n is not None else None
    if what in WEEKDAYS:
        return ("SET", f"XXXX-WXX-{weekday_of(what)}") if capitalised(m.group("what")) else None
    if what in MONTHS:
        return ("SET", f"XXXX-{month_of(what):02d}") if capitalised(m.group("what")) else None
    if what in SEASONS:
        return "SET", f"XXXX-{SEASONS[what]}"
    if what in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}"
    code = unit_of(what)
    return ("SET", duration(n, code)) if code else None


HANDLERS: dict[str, Handler] = {
    "duration": h_duration,
    "past_unit": h_past_unit,
    "bare_units": h_bare_units,
    "set": h_set,
    "the_unit": h_the_unit,
}
