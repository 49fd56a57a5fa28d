"""The digest a round prints: a line per source, then per story touched what the round added.

A story's news are told by the articles the round stored in it (not by dates: an article
published last week but first seen now is news to the watcher), as
:func:`~whatweknow.stories.since.changes_by_articles` tells them: its new claims are those every
report of which is from a new article; a claim reported before and again now is "reported
again", and "changed" when the new reports changed its status (an expected visit now reported
as done, a claim now denied); its new contradictions are those with a side that only the new
articles make; its new events are the events of the new articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from ..contract import Dossier
from ..stages.events.export import record
from ..store import Store
from ..stories.since import StatusChange, changes_by_articles
from ..story_contract import Story, StoryClaim
from .rounds import RoundReport, SourceReport

MAX_CLAIMS = 3
"""New articles named, new and changed claims quoted, new events named, per story; the rest are
counted."""
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
    changed: list[StatusChange] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    """One line per event of the new articles, in their order."""


def story_news(
    story: Story, new_articles: Collection[str], dossiers: Iterable[Dossier] = ()
) -> StoryNews:
    """What the articles ``new_articles`` (whose ``dossiers`` give the events) added to
    ``story`` (see the module)."""
    new = set(new_articles) & {a.id for a in story.articles}
    diff = changes_by_articles(story, new)
    fresh = {c.id for c in diff.new_claims}
    again = sum(
        1 for c in story.claims if c.id not in fresh and any(r.article in new for r in c.reports)
    )
    arrived = [a for a in story.articles if a.id in new]
    titles = [(a.title or a.id) + (f" ({a.outlet})" if a.outlet else "") for a in arrived]
    order = {a.id: i for i, a in enumerate(arrived)}
    kept = sorted((d for d in dossiers if d.article.id in new), key=lambda d: order[d.article.id])
    events = [event_line(d, i) for d in kept for i in range(len(d.events))]
    return StoryNews(
        story,
        len(arrived),
        titles,
        diff.new_claims,
        again,
        len(diff.new_contradictions),
        diff.changed,
        events,
    )


def event_line(d: Dossier, index: int) -> str:
    """An event as the digest names it: its PLOVER type, who did it to whom, when."""
    rec = record(d, d.events[index])
    kind = rec["event"] + (f"/{rec['mode']}" if rec["mode"] else "")
    who = ", ".join(e["entity_text"] for e in rec["actor"]) or "?"
    whom = ", ".join(e["entity_text"] for e in rec["recipient"])
    line = f"{kind}: {who}" + (f" → {whom}" if whom else "")
    return line + (f" ({d.events[index].time})" if d.events[index].time else "")


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
        dossiers = [d for d in map(store.get_dossier, articles) if d is not None]
        lines.extend(story_lines(story_news(story, articles, dossiers)))
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
        f"{len(news.changed)} changed, {news.new_contradictions} new contradiction(s), "
        f"{len(news.events)} new event(s)"
    )
    lines = [head]
    lines.extend(f"    new: {title}" for title in news.titles[:MAX_CLAIMS])
    if len(news.titles) > MAX_CLAIMS:
        lines.append(f"    new: {len(news.titles) - MAX_CLAIMS} more")
    for claim in news.new_claims[:MAX_CLAIMS]:
        lines.append(f"    + {_quoted(claim.text)}")
    if len(news.new_claims) > MAX_CLAIMS:
        lines.append(f"    + {len(news.new_claims) - MAX_CLAIMS} more")
    for change in news.changed[:MAX_CLAIMS]:
        lines.append(f"    ~ {_quoted(change.claim.text)}: {change.before} → {change.after}")
    if len(news.changed) > MAX_CLAIMS:
        lines.append(f"    ~ {len(news.changed) - MAX_CLAIMS} more")
    lines.extend(f"    event: {line}" for line in news.events[:MAX_CLAIMS])
    if len(news.events) > MAX_CLAIMS:
        lines.append(f"    event: {len(news.events) - MAX_CLAIMS} more")
    return lines


def _quoted(text: str) -> str:
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"
