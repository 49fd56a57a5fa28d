"""What changed in a story since a date (``wwk story ID --since 2024-06-04``), or since some
articles arrived (``--since last-seen``: those stored after the story was last shown).

Time is each report's ``seen`` date (the article's publication date; see
:class:`~whatweknow.stories.model.StoryArticle`). "Since D" means on or after D:

* new claims: first reported on or after D;
* changed claims: reported before D, and their status then (from the reports and denials seen
  before D) differs from their status now: an expected visit now reported as done, a reported
  claim now denied;
* new contradictions: those whose two sides were both out only on or after D.

Since articles arrived (:func:`changes_by_articles`), the same by the articles instead of the
dates: new claims are reported by the new articles alone; changed claims had a report before
and their status without the new articles differs from their status now; new contradictions
have a side that only the new articles report.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ..story_contract import Status, Story, StoryClaim, StoryContradiction
from .corroboration import status, status_without


@dataclass(frozen=True)
class StatusChange:
    claim: StoryClaim
    before: Status
    after: Status


@dataclass(frozen=True)
class Changes:
    since: date | datetime | None
    """A day, the time the story was last shown, or None (never shown: all of it is new)."""
    new_claims: list[StoryClaim]
    changed: list[StatusChange]
    new_contradictions: list[StoryContradiction]
    new_articles: list[str] | None = None
    """The articles that arrived (by articles only)."""

    @property
    def since_text(self) -> str:
        if self.since is None:
            return "its first showing"
        if isinstance(self.since, datetime):
            return self.since.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return self.since.isoformat()

    def as_dict(self) -> dict[str, Any]:
        def claim(c: StoryClaim) -> dict[str, Any]:
            return {
                "id": c.id,
                "text": c.text,
                "status": c.status,
                "first_reported": c.first_reported.isoformat() if c.first_reported else None,
            }

        out: dict[str, Any] = {
            "since": self.since.isoformat() if self.since is not None else None,
            "new_claims": [claim(c) for c in self.new_claims],
            "changed": [
                {**claim(s.claim), "before": s.before, "after": s.after} for s in self.changed
            ],
            "new_contradictions": [x.model_dump(mode="json") for x in self.new_contradictions],
        }
        if self.new_articles is not None:
            out["new_articles"] = self.new_articles
        return out


def changes(story: Story, since: date) -> Changes:
    new: list[StoryClaim] = []
    changed: list[StatusChange] = []
    for claim in story.claims:
        before = status(claim, story, since)
        after = status(claim, story)
        if before is None:
            if after is not None and claim.first_reported is not None:
                new.append(claim)
        elif after is not None and before != after:
            changed.append(StatusChange(claim, before, after))
    contradictions = [x for x in story.contradictions if x.seen is not None and x.seen >= since]
    return Changes(since, new, changed, contradictions)


def changes_by_articles(
    story: Story, articles: Collection[str], since: datetime | None = None
) -> Changes:
    """What ``articles`` (those stored since ``since``) changed in ``story`` (see the module)."""
    arrived = set(articles)
    new: list[StoryClaim] = []
    changed: list[StatusChange] = []
    had: set[str] = set()  # claims reported before the new articles
    for claim in story.claims:
        before = status_without(claim, story, arrived)
        if before is None:
            if claim.reports:
                new.append(claim)
            continue
        had.add(claim.id)
        after = status(claim, story)
        if after is not None and before != after:
            changed.append(StatusChange(claim, before, after))
    contradictions = [x for x in story.contradictions if x.a not in had or x.b not in had]
    listed = [a.id for a in story.articles if a.id in arrived]
    return Changes(since, new, changed, contradictions, listed)
