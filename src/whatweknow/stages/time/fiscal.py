"""Handlers of fiscal periods: quarters and halves ("the third quarter", "third-quarter",
"the first half of 1989") and the references of financial news to them ("the quarter", "the
year-ago period", "a year earlier" in a paragraph about a quarter)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import fmt, likeliest, quarter_near
from .context import Context, Found, Handler, g, month_of, year_of
from .lexicon import ORDINALS
from .patterns import MONTH, S

BACK_WORDS = ("year-", "year ago", "year earlier", "comparable", "prior")
"""Words before a quarter that make it last year's: "the year-ago third quarter"."""
ENDED = re.compile(
    rf"(?<![^\S\n]){S}(?:ended|ending|through|to){S}(?:on{S})?({MONTH})", re.IGNORECASE
)
"""After a quarter: "ended on March 31". It starts where a run of blanks starts, so a long run
is not scanned once per blank."""


def h_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    n = ORDINALS.get(g(m, "ord"), 0)
    half = g(m, "kind") == "half"
    if not 1 <= n <= (2 if half else 4):
        return None
    a = ctx.anchor
    y: int | None = None
    for grp in ("y1", "y2", "y3"):
        if m.group(grp):
            y = year_of(m.group(grp), a)
    rel = g(m, "y3") or g(m, "pre")
    for word, k in (("last", -1), ("this", 0), ("next", 1)):
        if rel.startswith(word) and a is not None:
            y = a.year + k
    back = any(w in g(m, "pre") for w in BACK_WORDS)
    q = n if not half else 2 * n - 1
    if y is None and a is not None:
        y = quarter_near(a, q, ctx.tense).year
        if back and ctx.focus is not None and ctx.focus[1] == n:
            y = ctx.focus[0]
    if y is not None and back:
        y -= 1
    if half:
        return "DATE", f"{y:04d}-H{n}" if y else f"XXXX-H{n}"
    if y is not None:
        ctx.focus = (y, n)
    return "DATE", f"{y:04d}-Q{n}" if y else f"XXXX-Q{n}"


def _ended(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The quarter of "the quarter ended Sept. 30" (the month is enough)."""
    tail = ENDED.match(m.string, m.end())
    if tail is None:
        return None
    month = month_of(tail.group(1))
    if ctx.anchor is None:
        return None
    start = likeliest([date(ctx.anchor.year + k, month, 1) for k in (-1, 0)], ctx.anchor, "past")
    return start.year, (month - 1) // 3 + 1


def _last_quarter(a: date) -> tuple[int, int]:
    prev = date(a.year, (a.month - 1) // 3 * 3 + 1, 1) - timedelta(days=1)
    return prev.year, (prev.month - 1) // 3 + 1


def h_fin_ref(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the quarter", "the latest period", "the year-ago quarter", "year-earlier": the quarter
    in focus (the last one named), a year back where the words say so."""
    a = ctx.anchor
    ended = _ended(m, ctx)
    if ended is not None:
        ctx.focus = ended
    focus = ctx.focus
    if focus is None and a is not None:
        focus = _last_quarter(a)
    adj, adj2, ya, what = g(m, "adj"), g(m, "adj2"), g(m, "ya"), g(m, "what") or g(m, "what2")
    ago = bool(m.group("bare") or m.group("lys") or ya) or "year-" in adj + adj2 or adj in (
        "comparable", "corresponding", "prior-year")  # fmt: skip
    if adj in ("latest", "most recent") and a is not None and ended is None:
        focus = ctx.focus = _last_quarter(a)
        return "DATE", "{:04d}-Q{}".format(*focus)
    if m.group("bare"):
        if not ctx.focus_near:
            return ("DATE", f"{a.year - 1:04d}") if a else ("DATE", "XXXX")
    elif what == "period" and not (adj or adj2 or ya or m.group("lys")):
        return None
    if what == "period" and ctx.focus is None and not (ctx.probe or adj.isdigit()):
        return None  # "during the same period": not a fiscal one
    if adj.isdigit():
        return "DATE", f"{adj}-Q{ctx.focus[1]}" if ctx.focus else adj
    if adj == "current" and a is not None:
        return "DATE", fmt(a, "quarter")
    if focus is None:
        return "DATE", "XXXX-QX"
    y, q = focus
    if adj == "previous":
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    return "DATE", f"{y - 1 if ago else y:04d}-Q{q}"


HANDLERS: dict[str, Handler] = {"quarter": h_quarter, "fin_ref": h_fin_ref}
