"""Day ranges whose year (and month) is written once, at the end.

"from March 3 through 5, 2018", "on April 24 and 25, 2016", "between Nov. 2 and Nov. 4, 2015":
the first date has no year of its own, and the one written after the range is its year, not the
one the publication date suggests. So a year-less date followed by a range word (``-``, "to",
"through", "until", "and", "or") and a day with a year takes that year; the day at the end is a
date of its own ("5, 2018" → 2018-03-05, in the start's month unless it names one), and a bare
end day with no year ("from July 8 to 10") takes the start's month and year (TimeML marks each
day of a range).
"""

from __future__ import annotations

import re
from datetime import date

from ...contract import Timex
from .lexicon import MONTHS

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
RANGE_END = re.compile(
    r"(?<!\s)(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and|or)\s+)"
    rf"(?:(?P<mon>(?i:{_MONTH}))\.?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?"
)
DAY_VALUE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
BARE_END_AFTER = re.compile(
    r"(?<!\s)(?:\s*(?:[,.;:)\]—–]|$)|\s+(?:in|at|when|while|with|as|after|before)\b)"
)
"""What may follow the end day of a range with no year ("from July 8 to 10 in Paris"), so that
a number is not read as a day ("on May 2 and 3 soldiers …"). Both patterns start only where no
blank precedes: a long run of blanks is scanned once, not once per position (linear time)."""


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _end(m: re.Match[str], start: date) -> tuple[date, int] | None:
    """The end date of the range and where its text begins."""
    month = start.month
    if m.group("mon"):
        if not m.group("mon")[:1].isupper():
            return None
        month = MONTHS[m.group("mon").lower().rstrip(".")]
    end = _safe(start.year, month, int(m.group("day")))
    if end is None or end < start:
        return None
    return end, m.start("mon") if m.group("mon") else m.start("day")


def apply(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes with the year of each range's end given to its start, and the end day of a
    range a date of its own (see the module doc)."""
    out = list(timexes)
    for t in timexes:
        if not any(o is t for o in out):
            continue  # the end of an earlier range, replaced
        v = DAY_VALUE.fullmatch(t.value)
        if t.type != "DATE" or v is None or WRITTEN_YEAR.search(t.text):
            continue
        m = RANGE_END.match(text, t.end)
        if m is None or not (m.group("year") or BARE_END_AFTER.match(text, m.end())):
            continue
        year = int(m.group("year")) if m.group("year") else int(v.group("y"))
        start = _safe(year, int(v.group("m")), int(v.group("d")))
        if start is None:
            continue
        found = _end(m, start)
        if found is None:
            continue
        end, at = found
        i = next(k for k, o in enumerate(out) if o is t)
        out[i] = t.model_copy(update={"value": start.isoformat()})
        stop = m.end()
        covering = [k for k, o in enumerate(out) if o.start < stop and at < o.end and k != i]
        if any(out[k].start <= at and out[k].value == end.isoformat() for k in covering):
            continue  # "Nov. 4, 2015" is already a date of its own
        if any(not (at <= out[k].start and out[k].end <= stop) for k in covering):
            continue  # another expression overlaps the end: leave both as they are
        for k in sorted(covering, reverse=True):
            del out[k]
        out.append(
            Timex(text=text[at:stop], type="DATE", value=end.isoformat(), start=at, end=stop)
        )
    return sorted(out, key=lambda x: x.start)
