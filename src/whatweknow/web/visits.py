"""What is new since a reader's last visit to a story page: a mark per browser, kept in a
cookie (no accounts, nothing stored on the server).

The cookie holds, for each story visited (the latest :data:`MAX_STORIES`), two times in whole
seconds: the *base*, against which the page marks what is new, and the *last* visit. A visit
within :data:`SITTING` seconds of the last one is the same sitting: the base stays (a reload
keeps the marks); a later one moves the base to the last visit. The first visit sets both to now:
nothing is new on it. An article is new when it was stored after the base; a claim or a
briefing line when every article that reports or cites it is new.

A cookie that does not parse, whole or in part, is that much forgotten: it is the reader's
own, and never trusted for more than these marks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

COOKIE = "wwk_seen"
SITTING = 30 * 60
MAX_STORIES = 100
MAX_AGE = 365 * 86400
_ENTRY = re.compile(r"^(\d{1,9})\.(\d{1,12})\.(\d{1,12})$")


@dataclass(frozen=True)
class Mark:
    base: int
    last: int


def parse(cookie: str | None) -> dict[int, Mark]:
    """The marks of a cookie's value (``ID.BASE.LAST`` entries joined by ``_``)."""
    marks: dict[int, Mark] = {}
    for entry in (cookie or "")[: MAX_STORIES * 40].split("_"):
        found = _ENTRY.match(entry)
        if found:
            story, base, last = (int(x) for x in found.groups())
            marks[story] = Mark(min(base, last), last)
    return marks


def dump(marks: Mapping[int, Mark]) -> str:
    """The cookie's value: the :data:`MAX_STORIES` stories visited last."""
    latest = sorted(marks.items(), key=lambda kv: kv[1].last, reverse=True)[:MAX_STORIES]
    return "_".join(f"{story}.{m.base}.{m.last}" for story, m in latest)


def visit(marks: Mapping[int, Mark], story: int, now: datetime) -> tuple[datetime | None, Mark]:
    """This visit's base (None on a first visit: nothing is new) and the story's new mark."""
    at = math.ceil(now.timestamp())  # an article stored in the same second is not new
    before = marks.get(story)
    if before is None:
        return None, Mark(at, at)
    base = before.base if at - before.last < SITTING else before.last
    return datetime.fromtimestamp(base, UTC), Mark(base, at)


def new_articles(stored: Mapping[str, datetime], since: datetime | None) -> frozenset[str]:
    """The articles stored after ``since`` (none when there is no ``since``)."""
    if since is None:
        return frozenset()
    return frozenset(a for a, when in stored.items() if when > since)


def all_new(articles: Iterable[str], new: Collection[str]) -> bool:
    """Whether there are ``articles`` and all of them are new."""
    listed = set(articles)
    return bool(listed) and listed <= set(new)
