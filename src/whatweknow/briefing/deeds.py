"""Denials overtaken by the denier's own deed, told later: "The Hollin company denied on Monday
that it planned to sell the Kesh mill" and, in a report of a later day, "The Hollin company
sold the Kesh mill to the Dunmar group on Thursday". The denial is what its source said then,
dated, with what the later report tells (as a reversal in words is:
:func:`~.overtaken.reversals`).

Precision first: the denial comes from one identified source, its words hold the deed's verb
(after a predicate of plan or preparation, ``data/denied_plans.tsv``, or as its own predicate)
and the first word of substance after it (its object: "the Kesh mill") is in the deed's words;
the deed is a positive statement, asserted, not negated, whose agent is the denying source or
the body it speaks for; every report of the deed is seen on a later day than the denial's first.
A deed of another party, of another verb, or of another object overtakes nothing."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date
from functools import cache

from ..stages._lists import word_list
from ..stories.contradictions import (
    first_seen,
    identified_source,
    known_names,
    predicate_forms,
    same_source,
    source_of,
    voices,
)
from ..stories.text import STOP, stem
from ..story_contract import Story, StoryClaim

DONE_LATER = "done later by its source"
"""What :func:`deeds` says of a denial overtaken by its source's deed."""


@cache
def _plans() -> frozenset[str]:
    """``data/denied_plans.tsv``: predicates of a plan or a preparation."""
    return word_list(__package__, "denied_plans.tsv")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def _object_after(words: list[str], forms: set[str]) -> str | None:
    """The stem of the first word of substance after the first word of ``words`` whose stem is
    one of ``forms`` (the deed's verb): "sell the Kesh mill" -> "kesh"; None where the verb is
    not there, or nothing of substance follows it."""
    for n, w in enumerate(words):
        if stem(w) in forms:
            rest = [x for x in words[n + 1 :] if x not in STOP and len(x) > 2]
            return stem(rest[0]) if rest else None
    return None


def _sole_source(claim: StoryClaim, names: Collection[str]) -> str | None:
    """The one identified source of every report of a claim, or None."""
    who = {source_of(r) for r in claim.reports}
    if len(who) != 1:
        return None
    (one,) = who
    return one if one and identified_source(claim, one, names) else None


def _done_by(deed: StoryClaim, who: str, names: Collection[str], spoken: Mapping[str, str]) -> bool:
    """Whether the deed's agent is ``who`` or the body ``who`` speaks for."""
    mine = {who, *([spoken[who]] if who in spoken else [])}
    return any(same_source(agent, m, names) for agent in deed.agent for m in mine)


def deeds(story: Story) -> dict[str, tuple[date, str, str]]:
    """The denials their own source later did what they denied (see the module): the denial's
    id -> (the day of its first report, the id of the deed, why)."""
    names = known_names(story)
    spoken = voices(story)
    plans = _plans()
    done = [
        c
        for c in story.claims
        if c.polarity == "positive"
        and c.predicate
        and c.predicate.lower() not in plans
        and c.agent
        and c.reports
        and all(r.modality == "asserted" and not r.negated for r in c.reports)
    ]
    out: dict[str, tuple[date, str, str]] = {}
    for old in story.claims:
        day = first_seen(old)
        if (
            day is None
            or old.polarity != "negative"
            or not old.predicate
            or not any(r.modality == "denied" for r in old.reports)
        ):
            continue
        who = _sole_source(old, names)
        if who is None:
            continue
        words = _words(old.text)
        planned = old.predicate.lower() in plans
        found = []
        for new in done:
            first = first_seen(new)
            if first is None or any(r.seen is None or r.seen <= day for r in new.reports):
                continue
            forms = predicate_forms(new.predicate or "")
            if not planned and not (forms & predicate_forms(old.predicate)):
                continue
            obj = _object_after(words, forms)
            if obj is None or obj not in {stem(w) for w in _words(new.text)}:
                continue
            if not _done_by(new, who, names, spoken):
                continue
            found.append((first, int(new.id[1:]) if new.id[1:].isdigit() else 0, new.id))
        if found:
            first, _, by = min(found)
            out[old.id] = (
                day,
                by,
                f"{DONE_LATER}: the deed it denied ({old.predicate}: {by}), by its source, "
                f"on {first.isoformat()} after the denial of {day.isoformat()}",
            )
    return out
