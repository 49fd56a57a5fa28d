"""Claims that share words but say different things are never one story claim, which each
would corroborate: a question and anything, and two things said of one long name (texts
written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.stories.claims import ClaimRef, ClaimSketch, ValueSet
from whatweknow.stories.merge import LexicalMatcher, _question, add_claims, lexical
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Story, StoryArticle

SHIP = "person:tern"  # any actor key: the test only needs one for the ship's name


def _sketch(
    cid: str,
    text: str,
    name: str = "",
    negative: bool = False,
    predicate: str | None = None,
    source: str | None = None,
) -> ClaimSketch:
    ref = ClaimRef(cid, text, 0, len(text), None, "asserted", False)
    terms = frozenset(content_terms(text))
    names = tuple((t, SHIP) for t in sorted(content_terms(name)) if t in terms)
    return ClaimSketch(
        ref,
        terms,
        frozenset({SHIP}) if name else frozenset(),
        ValueSet([], [], [], []),
        "negative" if negative else "positive",
        source,
        frame=predicate,
        predicate=predicate,
        names=names,
    )


def _place(story: Story, day: int, *sketches: ClaimSketch) -> None:
    article = StoryArticle(id=f"a{day}", outlet=f"Outlet {day}", published=date(2025, 5, day))
    add_claims(story, article, list(sketches), {}, LexicalMatcher())


def test_a_question_is_no_report_of_a_claim() -> None:
    assert _question("Who fired first?") and _question('"Why were we not warned?"')
    assert not _question("Each side says the other fired first.")
    story = Story(id=1)
    _place(story, 1, _sketch("c1", "Each side says the other fired first across the river"))
    _place(story, 2, _sketch("c1", "Who fired first across the river?"))
    _place(story, 3, _sketch("c1", "Each side says the other fired first across the river"))
    assert [len(c.reports) for c in story.claims] == [2, 1]


def test_the_words_of_one_name_count_once() -> None:
    name = "the MV Tern Star"
    overloaded = _sketch("c1", "the MV Tern Star had been overloaded", name=name)
    arrested = _sketch("c2", "The captain of the MV Tern Star has not been arrested", name=name)
    # three words in common, all of one name: one referent, one term, so not alike at all
    assert lexical(overloaded.terms, arrested.terms, True) > 0.5
    assert lexical(overloaded.terms, arrested.terms, True, overloaded.names) == 0.0
    # said again of the same name, the claims still meet: the name counts as one shared term
    again = _sketch("c3", "The MV Tern Star had been badly overloaded", name=name)
    assert lexical(again.terms, overloaded.terms, True, again.names) >= 0.5
    story = Story(id=1)
    _place(story, 1, _sketch("c1", overloaded.claim.text, name=name, negative=True))
    _place(story, 2, _sketch("c1", arrested.claim.text, name=name, negative=True))
    _place(story, 3, _sketch("c1", again.claim.text, name=name, negative=True))
    assert [len(c.reports) for c in story.claims] == [2, 1]


def test_a_stance_towards_an_event_is_no_report_of_the_event() -> None:
    ovid = "person:tessa ovid"
    back = _sketch("c1", "she would go back to the mill on Monday", predicate="go", source=ovid)
    glad = _sketch("c1", "she was glad to go back to the mill", predicate="be glad", source=ovid)
    assert lexical(back.terms, glad.terms, False) >= LexicalMatcher().merge  # alike in words
    again = _sketch("c1", "she would go back to the mill", predicate="go", source=ovid)
    story = Story(id=1)
    _place(story, 1, back)
    _place(story, 2, glad)
    _place(story, 3, again)
    assert [len(c.reports) for c in story.claims] == [2, 1]
