"""Which day a relative expression counts from: the writer's day, or the day a statement was made.

- **the dateline's day** (time zones): a dateline that names a day ("TOKYO, June 3 (Reuters) -")
  within one day of the publication date gives the writer's own calendar day, which the
  narrative's "on Monday" and "yesterday" count from; the publication date of a feed is often
  that of another time zone (UTC), a day before or after the local one. A dateline further
  from the publication date is of another day (an older dispatch): the publication date stays.
- **between the dateline and the publication date**: where the dateline's day comes before the
  publication date (a copy filed on the dateline's day and published the next), a plain weekday
  that the tense resolves back before the dateline's day, but that falls on a day between the
  two (after the dateline's day, up to the publication date), is that day: both days bound what
  the copy can tell ("SALTA, March 2 — shares fell on Wednesday", published on Wednesday 3
  March, is that Wednesday, not the week before's; :func:`bounded`).
- **a quoted statement**: a weekday or "today", "tomorrow" inside quotation marks counts from
  the day the statement was made when the sentence gives it ('"We will meet on Friday," the
  minister said on Tuesday': the Friday after that Tuesday), else from the anchor, as the rest
  of the text does (never from another date of the sentence: "after talks on Tuesday").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from .._text import text_of
from .calendar import Tense
from .normalise import Resolved, TimexCandidate, resolve

__all__ = ["QUOTED", "SAY", "bounded", "local_day", "quoted_spans", "restate"]

DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
QUOTE = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"|``[^\n]{1,2000}?''")
"""A quotation in curly or straight double quotes, or in the wires' ``…''."""
QUOTED = frozenset({"weekday", "deictic"})
"""Rules whose expressions count from the day they are said in ("Friday", "tomorrow")."""
SAY = frozenset(
    {"say", "tell", "add", "announce", "state", "declare", "warn", "insist", "write", "tweet",
     "reply", "respond", "promise", "pledge", "vow", "claim", "explain", "note", "stress"}
)  # fmt: skip
"""Verbs of saying whose day is the day of the statement they report."""


def local_day(doc: Doc, cands: Sequence[TimexCandidate], anchor: date | None) -> date | None:
    """The dateline's day when it is within a day of ``anchor``, else ``anchor``."""
    if anchor is None:
        return None
    for block in doc.spans.get("wwk_blocks", []):
        if block.label_ != "dateline":
            continue
        inside = [c for c in cands if block.start_char <= c.start and c.end <= block.end_char]
        for r in resolve([c for c in inside if c.rule == "date"], anchor):
            day = date.fromisoformat(r.value) if DAY_VALUE.match(r.value) else None
            if day is not None and abs((day - anchor).days) <= 1:
                return day
    return anchor


def bounded(
    found: list[Resolved],
    cands: Sequence[TimexCandidate],
    local: date | None,
    published: date | None,
) -> list[Resolved]:
    """``found`` with each plain weekday (no "last", "next" …) resolved to a day before ``local``
    (the dateline's day) moved to the day of that weekday after ``local`` and no later than
    ``published``, where there is one (see the module doc)."""
    if local is None or published is None or published <= local:
        return found
    by_span = {(c.start, c.end): c for c in cands}
    out: list[Resolved] = []
    for r in found:
        cand = by_span.get((r.start, r.end))
        day = date.fromisoformat(r.value[:10]) if DAY_VALUE.match(r.value[:10]) else None
        plain = cand is not None and r.rule == "weekday" and not cand.match.groupdict().get("rel")
        if plain and day is not None and day < local:
            later = [
                d for k in range(1, (published - local).days + 1)
                if (d := local + timedelta(days=k)).weekday() == day.weekday()
            ]  # fmt: skip
            if later:
                r = replace(r, value=later[0].isoformat() + r.value[10:])
        out.append(r)
    return out


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the quotations of ``text`` (marks included)."""
    return [(m.start(), m.end()) for m in QUOTE.finditer(text)]


def restate(
    doc: Doc,
    found: list[Resolved],
    cands: Sequence[TimexCandidate],
    tense_of: Callable[[TimexCandidate], Tense | None],
) -> list[Resolved]:
    """``found`` with each quoted weekday or deictic day resolved again against the day its
    statement was made, when the sentence names that day (see the module doc)."""
    quotes = quoted_spans(text_of(doc))
    if not quotes:
        return found
    by_span = {(c.start, c.end): c for c in cands}
    out: list[Resolved] = []
    for r in found:
        q = next(((a, b) for a, b in quotes if a <= r.start and r.end <= b), None)
        cand = by_span.get((r.start, r.end))
        day = _said_on(doc, found, quotes, q) if q and cand and r.rule in QUOTED else None
        if day is not None and cand is not None:
            again = resolve([cand], day, tense_of)
            out.append(again[0] if again else r)
        else:
            out.append(r)
    return out


def _said_on(
    doc: Doc, found: Sequence[Resolved], quotes: Sequence[tuple[int, int]], q: tuple[int, int]
) -> date | None:
    """The day the statement quoted at ``q`` was made: a day-valued expression outside any
    quotation, in the sentences the quotation starts and ends in, that dates a verb of saying."""
    span = doc.char_span(q[0], q[1], alignment_mode="expand")
    if span is None or not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return None  # no sentences to look in
    sents = {span[0].sent.start_char, span[-1].sent.start_char}
    lo = min(sents)
    hi = max(span[0].sent.end_char, span[-1].sent.end_char)
    for r in found:
        if not (lo <= r.start and r.end <= hi) or not DAY_VALUE.match(r.value):
            continue
        if any(a <= r.start < b for a, b in quotes):
            continue
        t = doc.char_span(r.start, r.end, alignment_mode="expand")
        if t is not None and _dates_saying(t):
            return date.fromisoformat(r.value)
    return None


def _dates_saying(span: Span) -> bool:
    """Whether the expression dates a verb of saying directly ("said on Tuesday", "told
    reporters Tuesday"), not a noun on the way ("said after talks on Tuesday")."""
    head = span.root.head
    if head.pos_ == "ADP":
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in SAY
