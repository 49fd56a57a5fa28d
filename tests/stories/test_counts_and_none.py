"""A claim that counts a state ("six riders had drowned": the dead) and one that names that
state with no count ("the riders who came to fish are dead") are never one story claim: the
count would be credited to words that give none, and each would corroborate the other (texts
written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.stories.claims import ClaimRef, ClaimSketch, ValueSet
from whatweknow.stories.merge import LexicalMatcher, add_claims
from whatweknow.stories.text import content_terms
from whatweknow.stories.values import counts
from whatweknow.story_contract import Story, StoryArticle


def _sketch(cid: str, text: str) -> ClaimSketch:
    ref = ClaimRef(cid, text, 0, len(text), None, "reported", False)
    return ClaimSketch(
        ref,
        frozenset(content_terms(text)),
        frozenset(),
        ValueSet(counts(text), [], [], []),
        "positive",
        None,
        frame="die",
        predicate="die",
    )


def _place(story: Story, day: int, *sketches: ClaimSketch) -> None:
    article = StoryArticle(id=f"a{day}", outlet=f"Outlet {day}", published=date(2025, 5, day))
    add_claims(story, article, list(sketches), {}, LexicalMatcher())


def test_a_count_and_words_that_give_none_are_two_claims() -> None:
    story = Story(id=1)
    _place(story, 1, _sketch("c1", "the Brisk lake fishers have died at Orrin weir"))
    _place(story, 2, _sketch("c1", "six Brisk lake fishers have died at Orrin weir"))
    assert [len(c.reports) for c in story.claims] == [1, 1]
    assert [c.values.numbers for c in story.claims] == [[], [("dead:brisk lake fisher", 6.0, 6.0)]]


def test_the_same_count_told_twice_is_still_one_claim() -> None:
    story = Story(id=1)
    _place(story, 1, _sketch("c1", "six Brisk lake fishers have died at Orrin weir"))
    _place(story, 2, _sketch("c1", "six Brisk lake fishers have died at Orrin weir"))
    _place(story, 3, _sketch("c1", "the Brisk lake fishers have all died at Orrin weir"))
    assert [len(c.reports) for c in story.claims] == [2, 1]
