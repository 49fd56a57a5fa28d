"""The year of a dateline that gives none: ``CASTREL, March 3 (CW) —`` in an article with no
other date.

A wire's own copy often carries no publication date but its dateline's month and day. The year
is taken from the evidence nearest to it that is not the clock, the dated articles read in the
same batch (a window of :data:`WINDOW` documents), in tiers, the first tier with evidence
deciding:

1. a copy's dateline: a dated article whose dateline has the same place and the same day;
2. the same outlet, or the same agency credited by the dateline;
3. any dated article of the batch.

Each dated article gives the year that puts the month and day nearest its own date, when that
is within :data:`NEAR` days of it; the articles of the tier must all give the same year, else
the article stays undated (a batch that spans years says nothing sure), as it does when the
year would put the day after the day it is read. Only when no article of
the batch is dated at all is the clock used: the year that puts the day last on or before the
day the article is read (a day later allowed, for time zones). The date is marked as inferred
(``article.published_from``: the dateline's characters and where the year came from), and the
time stage reads it as any publication date. Nothing is guessed where a date was given.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from ..contract import Article, InferredDate
from ..readers import _patterns as P
from ..readers.base import RawDocument, ReadProblem

__all__ = ["NEAR", "WINDOW", "dated", "today", "year_for"]

WINDOW = 64
"""Documents read ahead to find a batch's dated articles (held in memory until dated)."""
NEAR = 183
"""Days (about six months) within which a dated article fixes the year of a month and day."""

Item = RawDocument | ReadProblem


@dataclasses.dataclass(frozen=True)
class _Day:
    month: int
    day: int
    start: int
    end: int
    place: str | None
    agency: str | None


def today() -> date:
    """The day (UTC), as the store counts the day an article was read."""
    return datetime.now(UTC).date()


def dated(items: Iterable[Item], today: Callable[[], date] | None = None) -> Iterator[Item]:
    """``items`` in order, an undated article whose dateline gives a month and day dated from
    the batch (see the module doc); ``today`` the clock, read only when nothing in the batch is
    dated (None: never, the article stays undated)."""
    window: list[Item] = []
    for item in items:
        window.append(item)
        if len(window) >= WINDOW:
            yield from _dated(window, today)
            window = []
    yield from _dated(window, today)


def _dated(window: list[Item], today: Callable[[], date] | None) -> Iterator[Item]:
    articles = [x.article for x in window if isinstance(x, RawDocument)]
    evidence = [a for a in articles if a.published is not None and a.published_from is None]
    for item in window:
        if not isinstance(item, RawDocument) or item.article.published is not None:
            yield item
            continue
        found = _dateline_day(item.article)
        if found is None:
            yield item
            continue
        year = _year(item.article, found, evidence, today)
        if year is None:
            yield item
            continue
        value, source = year
        a = item.article
        inferred = InferredDate(
            start=found.start, end=found.end, text=a.text[found.start : found.end], year=source
        )
        article = a.model_copy(update={"published": value, "published_from": inferred})
        yield dataclasses.replace(item, article=article)


def _dateline_day(article: Article) -> _Day | None:
    """The month and day of the article's dateline block, when it gives no year."""
    for block in article.blocks:
        if block.kind != "dateline":
            continue
        text = article.text[block.start : block.end]
        m = P.dateline(text)
        if m is None or (day := P.dateline_day(m)) is None:
            continue
        month, d, start, end = day
        agency = m.group("agency") or m.group("agency2")
        place = P.dateline_place(m) or None
        return _Day(month, d, block.start + start, block.start + end, place, agency)
    return None


def _year(
    article: Article,
    found: _Day,
    evidence: list[Article],
    today: Callable[[], date] | None,
) -> tuple[date, Literal["batch", "clock"]] | None:
    for tier in _tiers(article, found, evidence):
        if not tier:
            continue
        years = {d for e in tier if (d := year_for(found.month, found.day, e)) is not None}
        if len(years) == 1:
            value = years.pop()
            if today is not None and value > today() + timedelta(days=1):
                return None  # a day not yet come when the article was read
            return value, "batch"
        if years:
            return None  # the batch disagrees: say nothing
    if evidence or today is None:
        return None  # dated articles, none near enough to fix the year
    now = today() + timedelta(days=1)
    for year in (now.year, now.year - 1):
        try:
            day = date(year, found.month, found.day)
        except ValueError:  # 29 February of a common year
            continue
        if day <= now:
            return day, "clock"
    return None


def _tiers(article: Article, found: _Day, evidence: list[Article]) -> list[list[date]]:
    """The dated articles' dates: copies' datelines, the same outlet's or agency's, all."""
    copies, same, every = [], [], []
    outlet = (article.outlet or "").casefold()
    for e in evidence:
        assert e.published is not None
        every.append(e.published)
        other = _dateline_day(e)
        if (
            other is not None
            and (other.month, other.day) == (found.month, found.day)
            and other.place == found.place
        ):
            copies.append(e.published)
        credits = {s.casefold() for s in e.sources} | {(e.outlet or "").casefold()}
        if (outlet and (e.outlet or "").casefold() == outlet) or (
            found.agency and found.agency.casefold() in credits
        ):
            same.append(e.published)
    return [copies, same, every]


def year_for(month: int, day: int, near: date) -> date | None:
    """The date of ``month``/``day`` nearest ``near`` (the year before, of, or after it), when
    within :data:`NEAR` days of it."""
    best: date | None = None
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if abs((d - near).days) <= NEAR and (
            best is None or abs((d - near).days) < abs((best - near).days)
        ):
            best = d
    return best
