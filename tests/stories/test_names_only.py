"""Two claims that share only names (people, works) and say different things of them are two
claims, never one that each corroborates; the same thing said of the same names still merges
(texts written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.stories.claims import ClaimRef, ClaimSketch, ValueSet
from whatweknow.stories.merge import LexicalMatcher, add_claims
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Story, StoryArticle


def _sketch(cid: str, text: str, frame: str | None) -> ClaimSketch:
    ref = ClaimRef(cid, text, 0, len(text), None, "asserted", False)
    values = ValueSet(numbers=[], dates=[], places=[], figures=[])
    terms = frozenset(content_terms(text))
    return ClaimSketch(ref, terms, frozenset(), values, "positive", None, frame, frame)


def _place(story: Story, day: int, text: str, frame: str | None) -> None:
    article = StoryArticle(id=f"a{day}", outlet=f"Outlet {day}", published=date(2025, 3, day))
    add_claims(story, article, [_sketch(f"c{day}", text, frame)], {}, LexicalMatcher())


def test_a_list_of_works_and_a_date_of_two_of_them_are_two_claims() -> None:
    story = Story(id=1)
    _place(
        story,
        1,
        '"Grey Weir" by Ona Lask dates from 1904, and Pim Dorr\'s "Salt Road" from 1889.',
        "date",
    )
    _place(
        story,
        2,
        'The missing works are "Dawn Field" by Ari Moss, "Grey Weir" by Ona Lask and '
        '"Salt Road" by Pim Dorr',
        None,
    )
    assert len(story.claims) == 2
    assert all(len(c.reports) == 1 for c in story.claims)


def test_the_same_deed_of_the_same_names_still_merges() -> None:
    story = Story(id=1)
    _place(story, 1, "Ona Lask resigned as director of the Pell Gallery", "resign")
    _place(story, 2, "Ona Lask stepped down as head of Pell Gallery", "resign")
    _place(story, 3, "Ona Lask said the Pell Gallery would reopen", "say")
    assert [len(c.reports) for c in story.claims] == [2, 1]
    # words besides the names in common: the usual overlap decides, frames aside
    story = Story(id=1)
    _place(story, 1, "The Pell Gallery was closed after the theft of Dawn Field", None)
    _place(story, 2, "The Pell Gallery was closed after the theft of Dawn Field.", "close")
    assert [len(c.reports) for c in story.claims] == [2]
