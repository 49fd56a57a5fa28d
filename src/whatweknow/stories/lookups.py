"""Lookups over a story's claims, kept up to date as articles join, so that placing an article
costs the size of the article, not of the story.

A story of a few hundred articles holds thousands of claims. Merging a new article's claims,
and looking for the contradictions they make, only ever compares a claim with story claims that
share content terms with it, that state values of the same frame, or whose propositions are of
the same family; :class:`ClaimLookups` finds
those without walking the story. It is built once per loaded :class:`~.model.Story` (lazily, by
:func:`lookups`) and updated in place by the merging step as claims open, gain values and are
paired.
"""

from __future__ import annotations

from ..story_contract import Report, Story, StoryClaim, StoryContradiction


def voice(report: Report) -> str:
    """Who speaks in a report: the source it names, or "" for the outlet's own voice."""
    return (report.source or report.source_text or "").casefold()


def frames(claim: StoryClaim) -> set[str]:
    """The value frames a claim states: ``n:FRAME`` for counted numbers, ``date``, ``place``."""
    v = claim.values
    out = {f"n:{frame}" for frame, _, _ in v.numbers}
    if v.dates:
        out.add("date")
    if v.places:
        out.add("place")
    return out


class ClaimLookups:
    """Claims by id, by content term, by value frame and by proposition family; each article's
    claims with the voice of its report of them; recorded contradiction pairs."""

    def __init__(self, story: Story) -> None:
        self.by_id: dict[str, StoryClaim] = {}
        self.terms: dict[str, list[StoryClaim]] = {}
        self.frames: dict[str, dict[str, StoryClaim]] = {}
        self.counted: dict[str, dict[str, StoryClaim]] = {}
        """Like ``frames``, of the claims that give counts only."""
        self.families: dict[str, list[StoryClaim]] = {}
        self.voices: dict[str, list[tuple[StoryClaim, str]]] = {}
        self.pairs: set[tuple[str, str, str]] = set()
        self.denied: set[str] = set()
        for claim in story.claims:
            self.add_claim(claim)
        for x in story.contradictions:
            self.add_contradiction(x)

    def add_claim(self, claim: StoryClaim) -> None:
        """A claim opened (appended to the story's claims)."""
        self.by_id[claim.id] = claim
        for term in claim.terms:
            self.terms.setdefault(term, []).append(claim)
        if claim.frame is not None:  # set when the claim opens, never changed
            self.families.setdefault(claim.frame, []).append(claim)
        for report in claim.reports:
            self.reported(claim, report)
        self.values_changed(claim)

    def reported(self, claim: StoryClaim, report: Report) -> None:
        """A claim gained a report (reports are only ever added)."""
        self.voices.setdefault(report.article, []).append((claim, voice(report)))

    def values_changed(self, claim: StoryClaim) -> None:
        """A claim gained values (its values only ever grow)."""
        counted = bool(claim.values.numbers)
        for frame in frames(claim):
            self.frames.setdefault(frame, {})[claim.id] = claim
            if counted:
                self.counted.setdefault(frame, {})[claim.id] = claim

    def add_contradiction(self, x: StoryContradiction) -> None:
        self.pairs.add((x.kind, x.a, x.b))
        if x.kind == "conflict":
            self.pairs.add((x.kind, x.b, x.a))
        else:
            self.denied.add(x.a)

    def may_conflict(self, claim: StoryClaim) -> list[StoryClaim]:
        """The other claims that state values of a frame the claim states and can conflict
        with it at all (:func:`~.contradictions._conflict_why`): both give counts, or both are
        of one proposition frame. A story's claims mostly share a value frame (a date, a place)
        and nothing more: they are read from the smaller lookups, not by filtering every claim
        that names the same date or place, so the cost of an article does not grow with the
        story."""
        mine = frames(claim)
        found: dict[str, StoryClaim] = {}
        if claim.values.numbers:
            for frame in mine:
                found.update(self.counted.get(frame, {}))
        if claim.frame is not None:
            for other in self.families.get(claim.frame, ()):
                if other.id not in found and not mine.isdisjoint(frames(other)):
                    found[other.id] = other
        found.pop(claim.id, None)
        return list(found.values())


def lookups(story: Story) -> ClaimLookups:
    """The story's lookups, built on first use and kept with the story object."""
    found = story._lookups
    if not isinstance(found, ClaimLookups):
        found = ClaimLookups(story)
        story._lookups = found
    return found
