"""The figure a count changed from, told with the figure it changed to and the word of the
change, in one sentence (texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.values import changes, counts


def test_the_figure_a_change_started_from_is_no_count_and_is_told_as_the_change() -> None:
    assert counts("The Tessaly fleet was cut to 20 barges from 32.") == [("barge", 20, 20)]
    assert counts("The board raised its count of barges to 40, up from the 32 it gave.") == [
        ("barge", 40, 40)
    ]
    assert changes("The board raised its count of barges to 40, up from the 32 it gave.") == [
        (("barge", 32, 32), ("barge", 40, 40))
    ]
    assert changes("The board revised its count of barges from 32 to 20.") == [
        (("barge", 32, 32), ("barge", 20, 20))
    ]
    # no word of a change, or a figure after "from" that counts a thing of its own: no change
    assert changes("From 20 to 32 barges sailed.") == []
    assert changes("Up to 20 barges came from 32 towns.") == []
    assert counts("Up to 20 barges came from 32 towns.") == [("barge", 0, 20), ("town", 32, 32)]
