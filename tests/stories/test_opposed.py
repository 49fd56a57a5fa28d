"""Two sides of a question, and a conditional, are never one claim that corroborates itself
(texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.opposed import conditional, opposed
from whatweknow.story_contract import Story

from .test_figures import _place


def test_the_two_sides_and_a_conditional_stay_apart() -> None:
    story = Story(id=1)
    _place(
        story, 1, ["the ferry Marlow Tide had been anchored 3 km inside the Osk quarantine zone"]
    )
    _place(
        story, 2, ["the ferry Marlow Tide had been anchored just outside the Osk quarantine zone"]
    )
    _place(
        story,
        3,
        [
            "If the ferry Marlow Tide was anchored inside the Osk quarantine zone, the port guard "
            "could hold it."
        ],
    )
    assert len(story.claims) == 3
    assert all(len(c.reports) == 1 for c in story.claims)


def test_the_same_side_still_merges() -> None:
    story = Story(id=1)
    _place(story, 1, ["the ferry Marlow Tide had been anchored inside the Osk quarantine zone"])
    _place(story, 2, ["the ferry Marlow Tide was anchored inside the Osk quarantine zone"])
    [claim] = story.claims
    assert len(claim.reports) == 2


def test_opposites_read_only_from_the_distinguishing_words() -> None:
    assert opposed("The clerk was found guilty", "The clerk was found innocent")
    assert opposed("the vote came before the strike", "the vote came after the strike")
    # a word both have distinguishes neither
    assert not opposed(
        "the vote came after the strike, before noon", "the vote came before the strike ended"
    )
    assert not opposed("the vote came after the strike", "the vote came after the strike")


def test_conditionals() -> None:
    assert conditional("If the ferry was inside the zone, the guard could hold it.")
    assert conditional("Should the talks fail, the strike resumes on Monday.")
    assert conditional("The guard could hold the ferry unless the court rules otherwise.")
    assert not conditional("The guard asked if the ferry had a permit.")
    assert not conditional("It was unclear if the ferry had a permit.")
    assert not conditional("The ferry looked as if it had been abandoned.")
    assert not conditional("Had the ferry a permit? Nobody knew.")
    assert not conditional("The ferry was held inside the zone.")
    # an act whose content holds the condition happened
    assert not conditional("The guard threatened to hold the ferry unless it paid the fee.")
    assert conditional("If the guard threatened the ferry, the court will hear of it.")
