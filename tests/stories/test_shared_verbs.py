"""Two claims that share a verb are one proposition only where what the verb is done to agrees:
"began receiving the grants" and "denied receiving complaints" are not one deed (texts
written for these tests)."""

from __future__ import annotations

from whatweknow.model import Modality
from whatweknow.stories.contradictions import find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Story, StoryClaim

from .reports import report as one_report


def _claim(cid: str, text: str, source: str, modality: Modality, start: int) -> StoryClaim:
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if modality == "denied" else "positive",
        reports=[one_report(cid, text, source, modality, start, apart=True)],
        terms=sorted(content_terms(text)),
        frame="receive",
        predicate="receive",
    )


def _pairs(*claims: StoryClaim) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims))
    return {(x.a, x.b) for x in find(story, {c.id for c in claims}, [], LexicalMatcher())}


GRANTS = "Families in Vellory began receiving the grants on Monday."
COMPLAINTS = "it had received complaints from the families in Vellory"


def test_a_shared_verb_with_another_object_is_no_pair() -> None:
    paid = _claim("c1", GRANTS, "group:outlet", "asserted", 40)
    denied = _claim("c2", COMPLAINTS, "group:ministry", "denied", 300)
    assert _pairs(paid, denied) == set()


def test_a_shared_verb_with_the_same_object_or_its_kind_is_still_a_pair() -> None:
    said = _claim(
        "c1",
        "The ministry received complaints from the families of Vellory in March.",
        "person:ada quell",
        "reported",
        40,
    )
    denied = _claim("c2", COMPLAINTS, "group:ministry", "denied", 300)
    assert _pairs(said, denied) == {("c1", "c2")}
    # worded another way, but a thing of one kind (data/object_kinds.tsv)
    letters = _claim(
        "c3",
        "the families had sent letters and the ministry received letters in Vellory",
        "person:ada quell",
        "reported",
        40,
    )
    assert _pairs(letters, denied) == {("c3", "c2")}


def test_one_doers_deed_worded_twice_is_still_a_pair() -> None:
    """ "the barge was carrying radar parts" and a denied report that "the barge was carrying
    weapons": no word of the objects in common, but one doer, the barge, and one voyage."""
    carried = _claim(
        "c1", "the barge was carrying radar parts to Osk", "person:ada quell", "reported", 40
    )
    denied = _claim(
        "c2",
        "a report that the barge was carrying weapons to Osk",
        "group:ministry",
        "denied",
        300,
    )
    for c in (carried, denied):
        c.frame = c.predicate = "carry"
    assert _pairs(carried, denied) == {("c1", "c2")}
