"""Correction notices: a figure an outlet withdrew is no figure of the story.

An outlet corrects a figure in a notice, mostly at the foot of an article ("Correction: An
earlier version of this article said 40 barges were waiting. The correct figure was 31."): a
line the readers keep as furniture (``boilerplate``), never a claim. The notice names the figure
it withdraws, what it counted (the counted noun of :func:`~whatweknow.stories.values.counts`),
and the report it was in: this article ("this article", "this story"), or an earlier report of
the same outlet ("an earlier version of a Radio Vell report"). A story claim whose every report
comes from such a report (this article; for an earlier report, any article of the same outlet
seen no later than the notice) and that gives the withdrawn figure of that thing is withdrawn:
no line of the briefing, no step of "How the figures changed", no side of a conflict. A claim
that another outlet also reports stays: its other reports still give it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..contract import Dossier
from ..stories.values import Value, anchor, close, counts
from ..story_contract import Story

_NOTICE = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|original|prior)\s+(?:version|edition)\s+of\s+"
    r"(?P<which>this|a|an|the|our)\b[^.]*?\b(?:said|stated|reported|gave|wrote)\s+(?:that\s+)?"
    r"(?P<wrong>[^.]+)",
    re.IGNORECASE,
)
_OWN = frozenset({"this"})
"""The word before what the notice corrects that makes it the notice's own article."""
_FURNITURE = frozenset({"boilerplate", "promo", "credit"})
"""The block kinds a notice may be read from: the lines of a page that state nothing of the story
(a notice is boilerplate, :mod:`whatweknow.readers._furniture`)."""


@dataclass(frozen=True)
class Notice:
    """A figure an outlet withdrew: in its article ``article``, of its ``outlet`` and ``day``;
    ``own``: the withdrawn figure was in this article (else an earlier report of the outlet)."""

    article: str
    outlet: str | None
    day: date | None
    own: bool
    wrong: tuple[Value, ...]


def notices(dossier: Dossier) -> list[Notice]:
    """The correction notices of one article, read from its furniture lines."""
    art = dossier.article
    out: list[Notice] = []
    for block in art.blocks:
        if block.kind not in _FURNITURE:
            continue
        for m in _NOTICE.finditer(art.text, block.start, block.end):
            wrong = tuple(counts(m.group("wrong")))
            if wrong:
                own = m.group("which").lower() in _OWN
                out.append(Notice(art.id, art.outlet, art.published, own, wrong))
    return out


def _gives(values: list[Value], wrong: tuple[Value, ...]) -> bool:
    for w in wrong:
        want = anchor(w)
        if want is None:
            continue
        for v in values:
            got = anchor(v)
            if v[0] == w[0] and got is not None and close(got, want):
                return True
    return False


def withdrawn(story: Story, dossiers: Mapping[str, Dossier]) -> set[str]:
    """The story claims whose figure a correction notice withdrew (see the module doc)."""
    found = [n for a in story.articles if (d := dossiers.get(a.id)) for n in notices(d)]
    if not found:
        return set()
    seen = {a.id: (a.outlet, a.seen or a.published) for a in story.articles}
    out: set[str] = set()
    for notice in found:
        if notice.own:
            scope = {notice.article}
        else:
            scope = {
                k
                for k, (outlet, day) in seen.items()
                if notice.outlet is not None
                and outlet == notice.outlet
                and (notice.day is None or (day is not None and day <= notice.day))
            }
        for claim in story.claims:
            if (
                claim.reports
                and all(r.article in scope for r in claim.reports)
                and _gives(claim.values.numbers, notice.wrong)
            ):
                out.add(claim.id)
    return out


def without_withdrawn(story: Story, dossiers: Mapping[str, Dossier]) -> Story:
    """The story less the claims a correction withdrew, and the contradictions they are in."""
    gone = withdrawn(story, dossiers)
    if not gone:
        return story
    return story.model_copy(
        update={
            "claims": [c for c in story.claims if c.id not in gone],
            "contradictions": [
                x for x in story.contradictions if x.a not in gone and x.b not in gone
            ],
        }
    )
