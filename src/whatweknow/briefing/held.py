"""Values held at a figure that a later change overtakes: "The toll is set at 2 florins." on
one day, "The council raised the toll to 3 florins." on a later one. The first is the state of
its day, not what is known now: the briefing dates it ("as of …; later reports give another
figure"), as it does a count a later figure replaced (:func:`~.figures.superseded`).

A held value (``data/held_values.tsv``, kind ``held``) is a claim that says, of one thing named
by the word right before a form of "be", that it is set, fixed, pegged or capped at a figure in
digits ("The kiva is officially fixed at 3.50 to the dollar": the kiva at 3.5). A change (kind
``change``) is a claim, first reported on a later day than the held value, committed to (some
report neither speculated nor expected nor denied) and not negated, in which a verb of a change
names the same thing within a few words ("raised the toll", "devalued the kiva", "cut the
kiva's official value", "the toll was raised") and which gives, after that verb, a figure in
digits that the held value does not. Nothing else is read: a held value whose thing no change
names stays as it is (when unsure, say less).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..stages._lists import kinded_lists
from ..stories.values import figures
from ..story_contract import Story, StoryClaim

NEAR = 4
"""Words between a verb of a change and the thing it names ("cut the kiva's official value")."""

_BE = r"(?:is|was|are|were|remains|remained|stays|stayed|has\s+been|had\s+been|have\s+been)"


@cache
def _lists() -> tuple[re.Pattern[str], frozenset[str]]:
    rows = kinded_lists(__package__ or "whatweknow.briefing", "held_values.tsv")
    held = "|".join(re.escape(w) for w in rows.get("held", []))
    pattern = re.compile(
        rf"\b([a-z][\w-]*)(?:['’]s)?\s+{_BE}\s+(?:[a-z]+ly\s+)?(?:{held})\s+at\s+"
        r"(?:about\s+|around\s+)?\$?\d",
        re.IGNORECASE,
    )
    return pattern, frozenset(w.lower() for w in rows.get("change", []))


_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d")
_NOT_A_THING = frozenset({"it", "this", "that", "which", "what", "there", "they", "price", "rate"})
"""Words before "is set at" that name no one thing ("it is fixed at", "the rate is set at": a
rate of what is not told)."""


def _words(text: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w.lower()) for w in _WORD.findall(text)]


def _held(text: str) -> str | None:
    """The thing a claim says is held at a figure, else None."""
    pattern, _ = _lists()
    m = pattern.search(text)
    if m is None:
        return None
    thing = m.group(1).lower()
    return None if thing in _NOT_A_THING else thing


def _changes(text: str, thing: str) -> bool:
    """Whether a claim's words tell a change of ``thing``: a verb of a change with the thing
    among the :data:`NEAR` words after it, or right before a form of "be" just before it ("the
    toll was raised")."""
    _, verbs = _lists()
    ws = _words(text)
    for i, w in enumerate(ws):
        if w not in verbs:
            continue
        if thing in ws[i + 1 : i + 1 + NEAR]:
            return True
        if i >= 2 and ws[i - 2] == thing and ws[i - 1] in ("is", "was", "were", "are", "been"):
            return True
    return False


def _after_change(text: str) -> list[float]:
    """The figures in digits after the first verb of a change (what it was changed to, or by)."""
    _, verbs = _lists()
    m = next((m for m in _WORD.finditer(text) if m.group().lower() in verbs), None)
    return figures(text[m.end() :]) if m is not None else []


def _first(claim: StoryClaim) -> date | None:
    days = [d for r in claim.reports if (d := r.seen or r.published) is not None]
    return min(days, default=None)


def _committed(claim: StoryClaim) -> bool:
    return claim.polarity == "positive" and any(
        r.modality not in ("speculated", "expected", "denied") and not r.negated
        for r in claim.reports
    )


def overtaken_held(story: Story) -> dict[str, date]:
    """The claims of a held value a later change overtakes (see the module doc), each with the
    day of its first report."""
    held: list[tuple[StoryClaim, str, date, frozenset[float]]] = []
    for claim in story.claims:
        thing = _held(claim.text) if _committed(claim) else None
        day = _first(claim)
        said = frozenset(figures(claim.text))
        if thing is not None and day is not None and said:
            held.append((claim, thing, day, said))
    out: dict[str, date] = {}
    if not held:
        return out
    for claim in story.claims:
        day = _first(claim)
        if day is None or not _committed(claim):
            continue
        for old, thing, then, said in held:
            if old.id == claim.id or day <= then or old.id in out:
                continue
            if not _changes(claim.text, thing):
                continue
            if any(x not in said for x in _after_change(claim.text)):
                out[old.id] = then
    return out
