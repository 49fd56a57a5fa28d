"""What changed in a story since a date (``wwk story ID --since 2024-06-04``).

Time is each report's ``seen`` date (the article's publication date; see
:class:`~whatweknow.stories.model.StoryArticle`). "Since D" means on or after D:

* new claims: first reported on or after D;
* changed claims: reported before D, and their status then (from the reports and denials seen
  before D) differs from their status now: an expected visit now reported as done, a reported
  claim now denied;
* new contradictions: those whose two sides were both out only on or after D.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..story_contract import Status, Story, StoryClaim, StoryContradiction
from .corroboration import status


@dataclass(frozen=True)
class StatusChange:
    claim: StoryClaim
    before: Status
    after: Status


@dataclass(frozen=True)
class Changes:
    since: date
    new_claims: list[StoryClaim]
    changed: list[StatusChange]
    new_contradictions: list[StoryContradiction]

    def as_dict(self) -> dict[str, Any]:
        def claim(c: StoryClaim) -> dict[str, Any]:
            return {
                "id": c.id,
                "text": c.text,
                "status": c.status,
                "first_reported": c.first_reported.isoformat() if c.first_reported else None,
            }

        return {
            "since": self.since.isoformat(),
            "new_claims": [claim(c) for c in self.new_claims],
            "changed": [
                {**claim(s.claim), "before": s.before, "after": s.after} for s in self.changed
            ],
            "new_contradictions": [x.model_dump(mode="json") for x in self.new_contradictions],
        }


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
