"""One party giving both sides of a proposition is no dispute between two sides (texts written
for these tests): "the ferry office" admits what "the ferry office" and the Pellan Ferry Office
denied. Plural descriptions ("the deckhands") are many people, who may differ, so they stay a
dispute."""

from __future__ import annotations

from datetime import date

from whatweknow.model import Modality
from whatweknow.stories.contradictions import both_ways, find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Report, Story, StoryActor, StoryClaim

OFFICE = StoryActor(
    key="org:pellan ferry office", name="Pellan Ferry Office", type="organisation", articles=3
)
SAILED = "the evening ferry had sailed with a broken radar"


def _report(
    cid: str, article: str, day: int, source: str, words: str, modality: Modality, at: int = 0
) -> Report:
    text = SAILED if modality != "reported" else SAILED.replace("had sailed", "had never sailed")
    return Report(
        article=article,
        claim=cid,
        start=at,
        end=at + len(text),
        text=text,
        outlet=f"Outlet {article}",
        published=date(2026, 8, day),
        seen=date(2026, 8, day),
        source=source,
        source_text=words,
        modality=modality,
        negated=modality == "reported",
    )


def _claim(cid: str, *reports: Report) -> StoryClaim:
    negative = reports[0].modality == "reported"
    return StoryClaim(
        id=cid,
        text=reports[0].text,
        polarity="negative" if negative else "positive",
        reports=list(reports),
        terms=sorted(content_terms(SAILED)),
        frame="sail",
        predicate="sail",
    )


def _pairs(*claims: StoryClaim) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims), actors=[OFFICE])
    return {(x.a, x.b) for x in find(story, {c.id for c in claims}, [], LexicalMatcher())}


def test_a_description_on_both_sides_is_one_party_both_ways() -> None:
    # day 2: the office, by name, says the ferry never sailed so; day 5: "the ferry office"
    # admits it did, in a report that tells the earlier denial again
    admitted = _claim(
        "c1", _report("c1", "a2", 5, "group:ferry office", "the ferry office", "asserted")
    )
    denied = _claim(
        "c2",
        _report("c2", "a1", 2, OFFICE.key, "The Pellan Ferry Office", "reported"),
        _report("c2", "a2", 5, "group:ferry office", "The ferry office", "reported", 90),
    )
    assert both_ways(admitted, denied, {"pellan ferry office"})
    assert _pairs(admitted, denied) == set()


def test_a_plural_description_is_no_one_party() -> None:
    said = _claim("c1", _report("c1", "a2", 5, "group:deckhands", "the deckhands", "asserted"))
    denied = _claim(
        "c2",
        _report("c2", "a1", 5, OFFICE.key, "The Pellan Ferry Office", "reported"),
        _report("c2", "a3", 5, "group:deckhands", "The deckhands", "reported"),
    )
    assert not both_ways(said, denied, {"pellan ferry office"})
    assert _pairs(said, denied) == {("c1", "c2")}
