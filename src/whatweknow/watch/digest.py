"""The digest a round prints: a line per source, then per story touched what the round added.

A story's news are told by the articles the round stored in it (not by dates, as
:mod:`whatweknow.stories.since` does: an article published last week but first seen now is news
to the watcher): its new claims are those every report of which is from a new article; a claim
reported before and again now is "reported again"; its new contradictions are those with a side
that only the new articles make.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from ..store import Store
from ..story_contract import Story, StoryClaim
from .rounds import RoundReport, SourceReport

MAX_CLAIMS = 3
"""New articles named, and new claims quoted, per story; the rest are counted."""
_QUOTE = 100


@dataclass(frozen=True)
class StoryNews:
    story: Story
    articles: int
    titles: list[str]
    """The new articles' titles (with their outlets), in the story's order."""
    new_claims: list[StoryClaim]
    again: int
    new_contradictions: int


def story_news(story: Story, new_articles: Collection[str]) -> StoryNews:
    """What the articles ``new_articles`` added to ``story`` (see the module)."""
    new = set(new_articles)
    fresh: dict[str, bool] = {}
    again = 0
    for claim in story.claims:
        by = {r.article for r in claim.reports}
        if by & new:
            fresh[claim.id] = by <= new
            again += not fresh[claim.id]
    contradictions = sum(
        fresh.get(x.a, False) or fresh.get(x.b, False) for x in story.contradictions
    )
    claims = [c for c in story.claims if fresh.get(c.id)]
    arrived = [a for a in story.articles if a.id in new]
    titles = [(a.title or a.id) + (f" ({a.outlet})" if a.outlet else "") for a in arrived]
    return StoryNews(story, len(arrived), titles, claims, again, contradictions)


def digest(report: RoundReport, store: Store) -> list[str]:
    """The lines of a round's digest."""
    when = report.started.strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [f"Round at {when}: {len(report.new_articles)} new article(s)"]
    lines.extend(f"  {source_line(s)}" for s in report.sources)
    if report.placed:
        lines.append(f"  {report.placed} article(s) stored before placed in their stories")
    lines.extend(f"  warning: {w}" for w in report.warnings)
    by_story: dict[int, list[str]] = defaultdict(list)
    for article, story_id in report.new_articles:
        if story_id is not None:
            by_story[story_id].append(article)
    for story_id, articles in sorted(by_story.items()):
        story = store.story(story_id)
        if story is None:
            continue
        lines.extend(story_lines(story_news(story, articles)))
    return lines


def source_line(s: SourceReport) -> str:
    if s.status == "failed":
        text = f"{s.source}: failed: {s.error}"
    elif s.status == "waiting":
        text = f"{s.source}: {s.error}"
    else:
        text = f"{s.source}: {s.status}"
        if s.new or s.seen:
            text += f" ({len(s.new)} new, {s.seen} already taken)"
    if s.next_try is not None:
        text += f"; next try {s.next_try.strftime('%Y-%m-%d %H:%M:%S UTC')}"
    if s.problems:
        text += f"; {len(s.problems)} item(s) not taken"
    return text


def story_lines(news: StoryNews) -> list[str]:
    title = news.story.title or "(untitled)"
    head = (
        f"  story {news.story.id} {title!r}: {news.articles} new article(s), "
        f"{len(news.new_claims)} new claim(s), {news.again} reported again, "
        f"{news.new_contradictions} new contradiction(s)"
    )
    lines = [head]
    lines.extend(f"    new: {title}" for title in news.titles[:MAX_CLAIMS])
    if len(news.titles) > MAX_CLAIMS:
        lines.append(f"    new: {len(news.titles) - MAX_CLAIMS} more")
    for claim in news.new_claims[:MAX_CLAIMS]:
        text = claim.text if len(claim.text) <= _QUOTE else claim.text[: _QUOTE - 1] + "…"
        lines.append(f"    + {text}")
    if len(news.new_claims) > MAX_CLAIMS:
        lines.append(f"    + {len(news.new_claims) - MAX_CLAIMS} more")
    return lines
