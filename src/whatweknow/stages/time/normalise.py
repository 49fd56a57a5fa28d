"""Find temporal expressions in a text and normalise them to TIMEX3 types and values.

Pure functions: :func:`scan` finds the expressions of a text (the longest wins where matches
overlap), :func:`resolve` gives each its type and value in text order (so that "the quarter"
refers to the last quarter named), and :func:`normalise` does both for one expression.

The value is resolved against ``anchor``, the publication date; without one, relative
expressions keep the digits they cannot know as ``X`` ("Monday" → ``XXXX-WXX-1``, "last year"
→ ``XXXX``), while absolute ones ("June 3, 2024", "the 1990s") and durations are unaffected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from . import absolute, durations, fiscal, relative
from .calendar import Tense
from .context import Context, Found, Handler, TimexType
from .patterns import RULES, Rule

__all__ = ["HANDLERS", "Context", "Resolved", "TimexCandidate", "normalise", "resolve", "scan"]

HANDLERS: dict[str, Handler] = {
    **absolute.HANDLERS,
    **fiscal.HANDLERS,
    **relative.HANDLERS,
    **durations.HANDLERS,
}
WRITTEN_OUT = frozenset({"date", "numeric_date", "month_year", "year", "the_year", "month"})
"""Rules whose expressions write a year or month out (what "the following year" counts from)."""
NAMED_DAYS = frozenset({"date", "numeric_date", "weekday", "deictic"})
"""Rules whose expressions name a day (what "the next day" counts from)."""
DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
FISCAL = frozenset({"quarter", "fin_ref"})
"""Rules whose expressions name the quarter in focus again ("the latest quarter", "the
quarter"): each keeps it near for the "a year earlier" that follows."""
FOCUS_WINDOW = 1500
"""Characters after a quarter is named within which "a year earlier" means that quarter."""
LEADING = re.compile(r"(?:(?:in|on|at|since|by|from|until|for|during|of|over)\s+)+", re.IGNORECASE)
"""Prepositions that a proposed span may start with and a TIMEX3 leaves out."""


@dataclass(frozen=True, slots=True)
class TimexCandidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]


@dataclass(frozen=True, slots=True)
class Resolved:
    start: int
    end: int
    type: TimexType
    value: str
    rule: str


def _apply(rule: str, m: re.Match[str], ctx: Context) -> Found | None:
    """The handler of ``rule`` on ``m``; None where the calendar cannot hold the value (an
    anchor near year 1 or 9999, a 30th of February)."""
    try:
        return HANDLERS[rule](m, ctx)
    except (ValueError, OverflowError):
        return None


def _candidates(text: str, rules: Iterable[Rule], anchor: date | None) -> list[TimexCandidate]:
    found: list[TimexCandidate] = []
    for rule in rules:
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and _apply(rule.name, m, Context(anchor, probe=True)):
                found.append(TimexCandidate(m.start(), m.end(), rule.name, m))
    return found


def scan(
    text: str, anchor: date | None = None, rules: Iterable[Rule] = RULES
) -> list[TimexCandidate]:
    """The expressions of ``text``, without overlaps (the longest, then the earliest rule,
    wins), in text order."""
    rank = {r.name: i for i, r in enumerate(RULES)}
    cands = _candidates(text, rules, anchor)
    cands.sort(key=lambda c: (c.start - c.end, rank[c.rule], c.start))
    taken: list[TimexCandidate] = []
    for c in cands:
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def whole(text: str, start: int, end: int, anchor: date | None = None) -> TimexCandidate | None:
    """``text[start:end]`` as one expression (a span another tool proposes, such as a spaCy
    DATE entity), without a leading preposition; None if no rule takes all of it."""
    m = LEADING.match(text, start, end)
    s = m.end() if m else start
    while end > s and not text[end - 1].isalnum() and text[end - 1] not in ".'’":
        end -= 1
    for rule in RULES:
        found = rule.pattern.fullmatch(text, s, end)
        if found is not None and _apply(rule.name, found, Context(anchor, probe=True)):
            return TimexCandidate(s, end, rule.name, found)
    return None


def resolve(
    cands: Iterable[TimexCandidate],
    anchor: date | None,
    tense_of: Callable[[TimexCandidate], Tense | None] = lambda c: None,
) -> list[Resolved]:
    """Types and values of ``cands`` (in text order), each with the tense ``tense_of`` reads."""
    out: list[Resolved] = []
    focus: tuple[int, int] | None = None
    focus_end = -(10**9)
    refs: dict[str, date] = {}
    day: date | None = None  # the last day written that may be the narrative's (its end)
    day_end = -1
    for c in sorted(cands, key=lambda c: c.start):
        near = c.start - focus_end < FOCUS_WINDOW
        at = day if day is not None and _in_reach(c.match.string, day_end, c.start) else None
        ctx = Context(
            anchor, tense_of(c), focus, near, refs.get("year"), refs.get("month"), refs.get("day"),
            reference=at,
        )  # fmt: skip
        found = _apply(c.rule, c.match, ctx)
        if ctx.focus != focus or (c.rule in FISCAL and ctx.focus is not None):
            focus, focus_end = ctx.focus, c.end
        if found is not None:
            out.append(Resolved(c.start, c.end, found[0], found[1], c.rule))
            written = _written_out(c.rule, found[1])
            refs.update(written)
            if "day" in written and _dates_a_clause(c.match.string, c.start, c.end):
                day, day_end = written["day"], c.end
    return out


SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"”’')\]]*+\s++|\n\s*+")
"""The end of a sentence (a full stop, question or exclamation mark and the space after it),
or a line break (a headline, a paragraph's end). An abbreviation's full stop ("Mr. Oduya")
counts as one too, which only keeps a day out of reach. Possessive, and tried only from the
first mark of a run, so that a long run of dots or spaces is read once, not once per
character."""


POSSESSIVE = re.compile(r"['’]s\b")
BOUNDING = frozenset({"since", "until", "till", "by", "from", "before", "after", "through"})
"""Words before a day that make it a bound of a stretch of time, no day the narrative is at."""


def _dates_a_clause(text: str, start: int, end: int) -> bool:
    """Whether the day written at ``text[start:end]`` may be the day the narrative is at: not a
    possessive that dates a noun ("during Saturday's crush, reversing a denial it issued a day
    earlier": the denial was the day before the admission, not before the crush), nor a bound
    ("closed until Friday")."""
    if POSSESSIVE.match(text, end):
        return False
    before = text[max(0, start - 12) : start].split()
    return not (before and before[-1].lower() in BOUNDING)


def _in_reach(text: str, day_end: int, start: int) -> bool:
    """Whether the day named ending at ``day_end`` is in the sentence of the expression at
    ``start`` or the one before: the day the narrative is at (TIMEX3's reference time) for
    "a day earlier"; a day further back is of another part of the story, and the expression
    counts from the publication date."""
    if day_end < 0 or day_end > start:
        return False
    ends = SENTENCE_END.finditer(text, day_end, start)
    return next(ends, None) is None or next(ends, None) is None  # at most one, read no further


def _written_out(rule: str, value: str) -> dict[str, date]:
    """The year, month and day a value writes out, as references for "that year"."""
    m = DATE_VALUE.match(value)
    if m is None:
        return {}
    y = int(m.group(1))
    out: dict[str, date] = {}
    if rule in WRITTEN_OUT:
        out["year"] = date(y, 1, 1)
        if m.group(2):
            out["month"] = date(y, int(m.group(2)), 1)
    if rule in NAMED_DAYS and m.group(3):
        out["day"] = date(y, int(m.group(2)), int(m.group(3)))
    return out


def normalise(text: str, anchor: date | None = None, tense: Tense | None = None) -> Found | None:
    """The TIMEX3 ``(type, value)`` of one whole expression, or None if it is not one.

    >>> normalise("last year", date(2024, 6, 3))
    ('DATE', '2023')
    >>> normalise("Monday")
    ('DATE', 'XXXX-WXX-1')
    """
    expr = text.strip()
    for rule in RULES:
        m = rule.pattern.fullmatch(expr)
        if m is not None and (found := _apply(rule.name, m, Context(anchor, tense))):
            return found
    return None
