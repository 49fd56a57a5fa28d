"""A story's title: its most representative headline.

Of the story's articles that have a title which reads as a headline (:func:`is_headline`: not a
page address, a dateline or a byline, and at least :data:`MIN_TERMS` content words), the title
is one close to the story's centre: its centrality is the mean share of the story's articles
that have each of its content terms (the story's ``t:`` key counts), so that a headline on what
most reports tell wins over one on a side issue; of those within :data:`NEAR_CENTRE` of the most
central, the earliest (the first report of the event, not a later day's development). Original
reports come before copies (an article whose copy group is another's), and a headline that tells
one outlet's own finding ("…, Herald can reveal", "Exclusive: …", a question:
``data/scoop_headlines.tsv``) comes only where no other will do: the story's title is said in
the briefing's own voice, and an allegation the story may go on to deny is not that. With no
such headline, the earliest titled article's title that is not an address, dateline or byline
and has a content word; else none.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..story_contract import Story, StoryArticle
from .text import content_terms

MIN_TERMS = 3
NEAR_CENTRE = 0.8
"""A headline this close to the most central one (a share of its centrality) may name the story:
the earliest such is chosen, the first report of the story's event rather than a later day's."""

ADDRESS = re.compile(r"https?\s*:\s*/\s*/|\bwww\s*\.|\.\s*(?:com|org|net|co\s*\.\s*uk)\b", re.I)
"""A page address, also as tokenised text (``http : / / www . example . com``)."""
BYLINE = re.compile(r"^\s*(?:by|posted by|written by)\s+[A-Z]", re.I)
MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)
DATELINE = re.compile(
    rf"^[\W\d_]*(?:(?:{MONTH})[\s,\d:@apmAPMESTDUC.-]*)+$"
    r"|^[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*[-–—:]\s*$",
    re.I,
)
"""A line that is only a date and time (``Friday August 2, 2013 @ 8:13am PDT``), or only a
place in capitals and an agency (``BENGHAZI, Libya (Reuters) -``)."""


def is_headline(title: str | None) -> bool:
    """Reads as a headline: not an address, a byline or a dateline, and not too short."""
    return _usable(title) and len(set(content_terms(title or ""))) >= MIN_TERMS


def _usable(title: str | None) -> bool:
    """Not an address, a byline or a dateline, and with a content word (``8 / 2 / 13 at 1: 30
    PM`` has none)."""
    if not title or ADDRESS.search(title) or BYLINE.match(title) or DATELINE.match(title):
        return False
    return bool(content_terms(title))


@cache
def _scoop_phrases() -> tuple[str, ...]:
    from importlib.resources import files

    text = (files(__package__) / "data" / "scoop_headlines.tsv").read_text(encoding="utf-8")
    rows = [line.strip() for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(r.lower() for r in rows[1:])


def is_scoop(title: str) -> bool:
    """Whether the headline tells one outlet's own finding or asks (``data/scoop_headlines.tsv``):
    "Pass should have been shut, Herald can reveal", "Exclusive: …", "Was the pass shut?"."""
    low = title.lower().strip()
    for phrase in _scoop_phrases():
        if phrase == "?":
            if low.endswith("?"):
                return True
        elif re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            return True
    return False


def centrality(title: str, story: Story) -> float:
    """Mean share of the story's articles that have each content term of ``title``."""
    terms = set(content_terms(title))
    n = len(story.articles)
    if not terms or not n:
        return 0.0
    return sum(story.keys.get(f"t:{t}", 0) for t in terms) / (len(terms) * n)


def _copy(a: StoryArticle) -> bool:
    return a.copy_of is not None and a.copy_of != a.id


def title(story: Story) -> str | None:
    """The story's title (see the module doc)."""
    heads = [
        (not _copy(a), centrality(a.title, story), a.seen or a.published or date.max, i, a.title)
        for i, a in enumerate(story.articles)
        if a.title is not None and is_headline(a.title)
    ]
    plain = [h for h in heads if not is_scoop(h[4])]
    heads = plain or heads
    if heads:
        original = any(h[0] for h in heads)
        heads = [h for h in heads if h[0] == original]
        best = max(h[1] for h in heads)
        near = [h for h in heads if h[1] >= NEAR_CENTRE * best]
        return min(near, key=lambda h: (h[2], h[3]))[4]
    dated = sorted(
        (a for a in story.articles if _usable(a.title)),
        key=lambda a: (a.seen is None, a.seen or date.min),
    )
    return dated[0].title if dated else None
