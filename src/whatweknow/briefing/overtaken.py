"""States and running figures that a later report overtakes, besides the tallies of
:func:`~.figures.superseded`: true on the day they were first reported, no longer what is known.

Three kinds, each read only where the same thing is clearly identified:

* the progress of a count (:func:`~whatweknow.stories.values.progress`: "with 88 percent of
  polling stations counted") when a report first seen on a later day gives a higher share of
  the same whole counted the same way ("97 percent of polling stations counted"): a count in
  progress only grows, so a lower later share is a recap, not a step. The shares it gives
  beside the progress (the candidates' 50.3 and 47.9 percent) are of that moment too;
* a negated statement that someone has not spoken (:data:`SPEECH`: "X has not spoken in public
  since Sunday", "X did not respond to questions", "X has not yet commented") when a report
  first seen on a later day quotes X (its source is the actor that fills the statement's agent
  role, or a person of the same surname): the line says so ("later reports quote X"), which is
  true whatever X then said;
* a statement of how things stand so far (:data:`SO_FAR`: "No group has yet said it carried
  out the attack", "Three miners remain missing", "The cause is still unknown") when the story
  has reports first seen on a later day: it was the state of its day, whatever came after, so
  it is dated ("the story went on after it") even where nothing later names the same thing.

A briefing dates each such line "as of" the day of its first report rather than state it as the
present (:mod:`.claims`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from ..stories.values import progress
from ..story_contract import Story, StoryClaim

SPEECH = frozenset({"speak", "comment", "respond", "reply", "talk", "answer"})
"""Predicates of speaking whose negation ("has not commented") a later quote overtakes. Not
"say": "has not said whether it will appeal" is about one question, which a quote on another
does not answer."""

FIGURE = "later reports give another figure"

SO_FAR = re.compile(
    r"\b(?:yet|so far|thus far|to date|still|remain|remained|remains(?! of\b)|stays|"
    r"continues? to)\b",
    re.IGNORECASE,
)
"""Words that tell a state as it stands at the time of telling ("The order stays in place", "the
fire continues to burn"). "remains of …" is a noun."""
WENT_ON = "the story went on after it"


def _first(claim: StoryClaim) -> date | None:
    return min((r.seen for r in claim.reports if r.seen is not None), default=None)


def _committed(claim: StoryClaim) -> bool:
    return claim.polarity == "positive" and any(
        r.modality not in ("speculated", "expected", "denied") for r in claim.reports
    )


def _progress(story: Story) -> dict[str, tuple[date, str]]:
    steps: dict[str, list[tuple[date, float, str]]] = {}
    for claim in story.claims:
        day = _first(claim)
        if day is None or not _committed(claim):
            continue
        for what, n, _ in progress(claim.text):
            steps.setdefault(what, []).append((day, n, claim.id))
    out: dict[str, tuple[date, str]] = {}
    for found in steps.values():
        for day, n, cid in found:
            if any(d > day and m > n for d, m, _ in found):
                out[cid] = (min(day, out.get(cid, (day, ""))[0]), FIGURE)
    return out


def _same(a: str, b: str) -> bool:
    """One actor: the same key, or two person keys of one surname ("person:malvick" for
    "person:oren malvick", as an article names him the second time)."""
    if a == b:
        return True
    if not (a.startswith("person:") and b.startswith("person:")):
        return False
    return a.rsplit(" ", 1)[-1].rsplit(":", 1)[-1] == b.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def _silence(story: Story, names: Mapping[str, str]) -> dict[str, tuple[date, str]]:
    out: dict[str, tuple[date, str]] = {}
    for claim in story.claims:
        day = _first(claim)
        if (
            day is None
            or claim.polarity != "negative"
            or (claim.predicate or "") not in SPEECH
            or not claim.agent
            or not all(r.negated and r.modality != "denied" for r in claim.reports)
        ):
            continue
        for key in claim.agent:
            quoted = any(
                r.source is not None
                and r.seen is not None
                and r.seen > day
                and _same(key, r.source)
                for other in story.claims
                if other is not claim
                for r in other.reports
            )
            if quoted:
                out[claim.id] = (day, f"later reports quote {names.get(key, 'them')}")
                break
    return out


def _so_far(story: Story) -> dict[str, tuple[date, str]]:
    last = max(
        (r.seen for c in story.claims for r in c.reports if r.seen is not None), default=None
    )
    out: dict[str, tuple[date, str]] = {}
    for claim in story.claims:
        day = _first(claim)
        if day is not None and last is not None and day < last and SO_FAR.search(claim.text):
            out[claim.id] = (day, WENT_ON)
    return out


def overtaken(story: Story, names: Mapping[str, str]) -> dict[str, tuple[date, str]]:
    """The claims a later report overtakes (see the module doc), each with the day of its first
    report and what the later reports do; ``names``: actor key -> name."""
    return {**_so_far(story), **_progress(story), **_silence(story, names)}
