"""Contradictions across the articles of a story, between story claims.

* ``denial``: a positive story claim (``a``) and a negative one (``b``, a denial or a negated
  statement) of the same proposition: similar enough for the matcher's ``deny`` threshold, or
  paired by the denying article itself (its dossier's denial contradiction).
* ``conflict``: two positive story claims that state incompatible values
  (:func:`~whatweknow.stories.merge.value_conflicts`): counted numbers of one frame (12 ships
  against 14 ships, two injured against three) when the claims share a content term besides the
  counted noun, or an actor; dates or places when the claims are similar enough to merge but
  for them. Claims that no report commits to (all speculated or expected) conflict with
  nothing.

Only pairs that reach across articles count (some report of ``a`` and some report of ``b`` come
from different articles): contradictions inside one article are the dossier's. Each side names
its sources and outlets, and ``seen`` is the date from which both sides were out. Only pairs
involving a claim that the new article changed are looked for, so an update costs the size of
the story, not of the store.
"""

from __future__ import annotations

from datetime import date

from .lookups import lookups
from .merge import Matcher, candidates, value_conflicts
from .model import Side, Story, StoryClaim, StoryContradiction


def _across(a: StoryClaim, b: StoryClaim) -> bool:
    arts_a = {r.article for r in a.reports}
    arts_b = {r.article for r in b.reports}
    return bool(arts_a and arts_b) and len(arts_a | arts_b) != 1


def _side(claim: StoryClaim, names: dict[str, str]) -> Side:
    sources: list[str] = []
    for r in claim.reports:
        name = names.get(r.source or "") or r.source_text or (r.outlet and f"{r.outlet} (outlet)")
        if name and name not in sources:
            sources.append(name)
    outlets: list[str] = []
    for r in claim.reports:
        if r.outlet and r.outlet not in outlets:
            outlets.append(r.outlet)
    return Side(claim=claim.id, sources=sources, outlets=outlets)


def _first(claim: StoryClaim) -> date | None:
    return min((r.seen for r in claim.reports if r.seen is not None), default=None)


def _seen(a: StoryClaim, b: StoryClaim) -> date | None:
    fa, fb = _first(a), _first(b)
    return None if fa is None or fb is None else max(fa, fb)


def refresh_seen(story: Story) -> None:
    """Recompute when both sides of each contradiction were out, after report dates changed
    (an undated article dated by its copy group)."""
    claims = {c.id: c for c in story.claims}
    for x in story.contradictions:
        a, b = claims.get(x.a), claims.get(x.b)
        if a is not None and b is not None:
            x.seen = _seen(a, b)


def _hedged(claim: StoryClaim) -> bool:
    """Whether no report commits to the claim (all speculated or expected): "it could reach
    Malacca within days" and "… Oman within a week" are plans or guesses, not rival facts."""
    return all(r.modality in ("speculated", "expected") for r in claim.reports)


def _opposite(
    claim: StoryClaim,
    story: Story,
    index: dict[str, list[StoryClaim]] | None,
    matcher: Matcher,
) -> list[StoryClaim]:
    """The story claims of the other polarity worth scoring against ``claim`` for a denial."""
    least = matcher.least_overlap(matcher.deny)
    found = candidates(claim.terms, story.claims, index, matcher.min_shared, least)
    return [c for c in found if c.polarity != claim.polarity]


def _frame_link(a: StoryClaim, b: StoryClaim, frames: set[str]) -> bool:
    shared = (set(a.terms) & set(b.terms)) - frames
    return bool(shared) or bool(set(a.actors) & set(b.actors))


def find(
    story: Story, changed: set[str], explicit: list[tuple[str, str]], matcher: Matcher
) -> list[StoryContradiction]:
    """New contradictions that involve a changed claim; adds them to the story and returns them.
    Contradictions already recorded are kept as they were."""
    look = lookups(story)
    by_id = look.by_id
    names = {a.key: a.name for a in story.actors}
    found: list[StoryContradiction] = []

    def add(kind: str, a: StoryClaim, b: StoryClaim, about: str) -> None:
        if (kind, a.id, b.id) in look.pairs or not _across(a, b):
            return
        x = StoryContradiction(
            kind="denial" if kind == "denial" else "conflict",
            a=a.id,
            b=b.id,
            about=about,
            seen=_seen(a, b),
            a_side=_side(a, names),
            b_side=_side(b, names),
        )
        look.add_contradiction(x)
        found.append(x)

    for a_id, b_id in explicit:
        if a_id in by_id and b_id in by_id:
            a, b = by_id[a_id], by_id[b_id]
            add("denial", a, b, " ".join(sorted(set(a.terms) & set(b.terms))) or a.text[:60])
    index = look.terms if matcher.term_gated else None
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        claim = by_id[cid]
        others = _opposite(claim, story, index, matcher)
        if claim.polarity == "positive" and not _hedged(claim):
            others += [
                c
                for c in look.sharing_frames(claim)
                if c.polarity == claim.polarity and not _hedged(c)
            ]
        for other in sorted(others, key=lambda c: int(c.id[1:])):
            if claim.polarity != other.polarity:
                pos, neg = (claim, other) if claim.polarity == "positive" else (other, claim)
                if matcher.score_claims(pos, neg) >= matcher.deny:
                    add("denial", pos, neg, " ".join(sorted(set(pos.terms) & set(neg.terms))))
                continue
            issues = value_conflicts(other.values, claim.values)
            if not issues:
                continue
            frames = {i.split(":", 1)[0] for i in issues}
            numeric = frames - {"date", "place"}
            if (numeric and _frame_link(claim, other, numeric)) or (
                frames & {"date", "place"} and matcher.score_claims(claim, other) >= matcher.merge
            ):
                first, second = sorted((other, claim), key=lambda c: int(c.id[1:]))
                add(
                    "conflict",
                    first,
                    second,
                    "; ".join(value_conflicts(first.values, second.values)),
                )
    story.contradictions.extend(found)
    return found
