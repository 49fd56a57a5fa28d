"""Two claims that share their words but not their numbers, or a count and one member of what
it counts, are never one story claim, which each would corroborate (texts written for these
tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.stories.claims import ClaimRef, ClaimSketch, ValueSet
from whatweknow.stories.merge import LexicalMatcher, add_claims, lexical
from whatweknow.stories.text import content_terms
from whatweknow.stories.values import counts, numbers_apart, one_of_many, stated
from whatweknow.story_contract import Story, StoryArticle


def _sketch(cid: str, text: str) -> ClaimSketch:
    ref = ClaimRef(cid, text, 0, len(text), None, "asserted", False)
    return ClaimSketch(
        ref,
        frozenset(content_terms(text)),
        frozenset(),
        ValueSet(counts(text), [], [], []),
        "positive",
        None,
    )


def _place(story: Story, day: int, *sketches: ClaimSketch) -> None:
    article = StoryArticle(id=f"a{day}", outlet=f"Outlet {day}", published=date(2025, 5, day))
    add_claims(story, article, list(sketches), {}, LexicalMatcher())


def test_numbers_in_words_keep_claims_apart() -> None:
    lost = "Eight barges were lost on Friday: five sank and three ran aground off Carnet"
    total = "The total number of them that sank or ran aground off Carnet on Friday is eleven"
    again = "Eight barges were lost off Carnet on Friday: five sank and three ran aground"
    assert stated(lost) == {8.0, 5.0, 3.0} and stated(total) == {11.0}
    assert stated("a five-day strike lasted three hours") == frozenset()
    assert numbers_apart(stated(lost), stated(total))
    assert not numbers_apart(stated(lost), stated("five sank off Carnet"))
    a, b = _sketch("c1", lost), _sketch("c1", total)
    assert lexical(a.terms, b.terms, False) >= LexicalMatcher().merge  # alike in words
    story = Story(id=1)
    _place(story, 1, a)
    _place(story, 2, b)
    _place(story, 3, _sketch("c1", again))
    assert [len(c.reports) for c in story.claims] == [2, 1]


def test_a_count_and_one_of_what_it_counts_are_two_claims() -> None:
    many = "four of the seven deckhands rescued there had been released from hospital at Carnet"
    one = "the deckhand was rescued there overnight and released from hospital at Carnet"
    assert one_of_many(many, one) and one_of_many(one, many)
    assert not one_of_many(many, "the deckhands were rescued there and released from Carnet")
    assert not one_of_many(many, "the deckhand's boat was found")  # one of many: no count
    a, b = _sketch("c1", many), _sketch("c1", one)
    assert lexical(a.terms, b.terms, False) >= LexicalMatcher().merge
    story = Story(id=1)
    _place(story, 1, a)
    _place(story, 2, b)
    _place(story, 3, _sketch("c1", many))
    assert [len(c.reports) for c in story.claims] == [2, 1]


def test_a_count_of_men_and_one_man() -> None:
    assert one_of_many("nine crewmen were rescued off Carnet", "the crewman was rescued")
    assert not one_of_many("nine crewmen were rescued off Carnet", "nine crewmen were rescued")
