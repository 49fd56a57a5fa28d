"""A refusal or a silence says nothing of the matter, so two of them share their words whoever
refuses: they are one claim only when the same one refuses (texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.merge import _refuser
from whatweknow.story_contract import Story

from .test_figures import _place


def test_refusals_of_two_bodies_are_two_claims() -> None:
    story = Story(id=1)
    _place(story, 1, ["The port authority declined to comment on the militia's claim."])
    _place(story, 2, ["Police declined to comment on the militia's claim."])
    _place(story, 3, ["The port authority declined to comment on the militia's claim."])
    assert sorted(len(c.reports) for c in story.claims) == [1, 2]
    authority = next(c for c in story.claims if len(c.reports) == 2)
    assert authority.text.startswith("The port authority")


def test_who_refuses_is_read_only_from_a_refusal() -> None:
    assert _refuser("A spokesman for the port authority declined to say whether it knew.") == {
        "port",
        "authority",
    }
    assert _refuser("Officials at the port could not be reached for comment.") == {"port"}
    assert _refuser("The port authority did not respond to requests for comment.") == {
        "port",
        "authority",
    }
    # no refusal of speech: nobody is read ("did not close", "declined sharply")
    assert _refuser("The port authority did not close the harbour.") == frozenset()
    assert _refuser("Ferry bookings declined sharply after the blast.") == frozenset()


def test_a_refusal_is_read_in_any_case() -> None:
    """The quick test before the search reads the text as the search does, case aside."""
    assert _refuser("THE PORT AUTHORITY DECLINED TO COMMENT.") == {"port", "authority"}
    assert _refuser("Asked twice, the harbour master Did Not Respond.") == {
        "ask",
        "twice",
        "harbour",
        "master",
    }
    assert _refuser("Refused to comment, the mayor walked off.") == frozenset()


def test_one_bodys_refusals_about_different_things_are_two_claims() -> None:
    """ "Varden Mills declined to comment on her remarks." and "Varden Mills declined to
    comment." (asked about another matter) are two silences: neither corroborates the other."""
    story = Story(id=1)
    _place(story, 1, ["Varden Mills declined to comment on her remarks."])
    _place(story, 2, ["Varden Mills declined to comment."])
    _place(story, 3, ["Varden Mills declined to comment on her remarks."])
    assert sorted(len(c.reports) for c in story.claims) == [1, 2]
    about = next(c for c in story.claims if len(c.reports) == 2)
    assert about.text.endswith("on her remarks.")


def test_a_refusal_with_its_day_between_and_a_silence_on_how_are_refusals() -> None:
    assert _refuser("The mayor declined on Friday to say whether the weir had failed.") == {"mayor"}
    assert _refuser("The water board has not explained how it reached its figure.") == {
        "water",
        "board",
    }
    assert _refuser("The mayor declined sharply in the polls on Friday.") == frozenset()


def test_a_silence_on_whether_is_a_refusal() -> None:
    """ "has not said whether …" tells a silence, as "would not say whether …" does: the words
    say nothing of the question, and a briefing ranks them among the non-answers."""
    from whatweknow.briefing.claims import _refuses_question

    text = "The port authority has not said whether it received a demand from the group."
    assert _refuser(text) == {"port", "authority"}
    assert _refuses_question(text)
    assert _refuser("The harbour board has not yet said if the quay was damaged.") == {
        "harbour",
        "board",
    }
    # a statement of what was said is none
    assert _refuser("The port authority said it had not received a demand.") == frozenset()
