"""A party that calls another's statement by its noun "misleading" or "false" ("The council
said the figure was misleading") is the other side of that statement's dispute (texts written
for these tests)."""

from __future__ import annotations

from whatweknow.model import Modality
from whatweknow.stories.contradictions import dismissed, find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.stories.values import counts, figures
from whatweknow.story_contract import Story, StoryClaim, Values

from .reports import report as one_report

HAL = "person:hal orr"
COUNCIL = "org:varden council"
NAMES = {"hal orr", "varden council"}


def _claim(
    cid: str, text: str, start: int, source: str, modality: Modality = "reported"
) -> StoryClaim:
    report = one_report(cid, text, source, modality, start)
    return StoryClaim(
        id=cid,
        text=text,
        reports=[report],
        actors=[source],
        values=Values(numbers=counts(text), figures=figures(text)),
    )


CUT = "the council had cut the library budget by 20 percent since 2024"
SHUT = "the council had shut the library without a vote"


def test_the_figure_called_misleading_answers_the_figure_just_before() -> None:
    cut = _claim("c1", CUT, 40, HAL)
    called = _claim("c2", 'the figure was "misleading" because staff costs had moved', 120, COUNCIL)
    assert dismissed(called, [cut, called], NAMES, {}) is cut
    story = Story(id=1, claims=[cut, called])
    pairs = find(story, {"c1", "c2"}, [], LexicalMatcher())
    assert [(x.kind, x.a, x.b) for x in pairs] == [("denial", "c1", "c2")]


def test_no_dismissal_without_its_word_its_noun_or_a_figure() -> None:
    cut = _claim("c1", CUT, 40, HAL)
    shut = _claim("c1", SHUT, 40, HAL)
    for text in ("the figure was accurate", "the library was misleading", "the figure was small"):
        other = _claim("c2", text, 120, COUNCIL)
        assert dismissed(other, [cut, other], NAMES, {}) is None, text
    # "the figure" names no statement without a figure; "the claim" names one
    figure = _claim("c2", "the figure was false", 110, COUNCIL)
    assert dismissed(figure, [shut, figure], NAMES, {}) is None
    fifth = _claim("c1", "the council had cut the library budget by a fifth", 40, HAL)
    assert dismissed(figure, [fifth, figure], NAMES, {}) is fifth  # a fraction in words
    claim = _claim("c2", "the claim was false", 110, COUNCIL)
    assert dismissed(claim, [shut, claim], NAMES, {}) is shut
    # the dismisser's own statement before it is no other's
    own = _claim("c1", CUT, 40, COUNCIL)
    assert dismissed(claim, [own, claim], NAMES, {}) is None
