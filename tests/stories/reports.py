"""One report of a claim, as the tests of pairs and denials build it: a claim's words said by one
source on one day (2026-05-04), in one article."""

from __future__ import annotations

from datetime import date

from whatweknow.model import Modality
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Report, StoryClaim


def report(
    cid: str,
    text: str,
    source: str,
    modality: Modality,
    start: int = 0,
    apart: bool = False,
) -> Report:
    """The report of claim ``cid``: at ``start`` of article "a1" in "Outlet", or, ``apart``, in
    an article and an outlet of its own ("a<cid>", "Outlet <cid>"), another source's report."""
    return Report(
        article=f"a{cid}" if apart else "a1",
        claim=cid,
        start=start,
        end=start + len(text),
        text=text,
        outlet=f"Outlet {cid}" if apart else "Outlet",
        published=date(2026, 5, 4),
        seen=date(2026, 5, 4),
        source=source,
        modality=modality,
    )


def said_claim(
    cid: str, text: str, start: int, source: str, modality: Modality = "reported"
) -> StoryClaim:
    """A story claim of one :func:`report` by ``source`` at ``start`` of article "a1", named
    for its source alone; negative when ``modality`` is "denied"."""
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if modality == "denied" else "positive",
        reports=[report(cid, text, source, modality, start)],
        actors=[source],
        terms=sorted(content_terms(text)),
    )
