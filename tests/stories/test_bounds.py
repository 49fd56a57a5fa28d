"""Words that bound a count, negated or strict, and counts drawn from a part of a set (texts
written for these tests)."""

from __future__ import annotations

from whatweknow.stories.values import anchor, counts, disjoint, figure, label


def _one(text: str) -> tuple[str, str]:
    [value] = counts(text)
    return value[0], figure(value)


def test_a_negated_bound_is_the_other_side_of_the_number() -> None:
    assert _one("The canal trust said no more than nine barges sank.") == ("barge", "at most 9")
    assert _one("not more than nine barges sank") == ("barge", "at most 9")
    assert _one("no fewer than nine barges sank") == ("barge", "at least 9")
    assert _one("not less than nine barges sank") == ("barge", "at least 9")
    assert _one("up to nine barges sank") == ("barge", "at most 9")
    assert _one("at least nine barges sank") == ("barge", "at least 9")


def test_a_strict_bound_on_a_whole_count_is_said_as_written() -> None:
    assert _one("fewer than seven barges sank") == ("barge", "fewer than 7")
    assert _one("more than 12 barges sank") == ("barge", "more than 12")
    assert _one("over 3,000 barges sank") == ("barge", "more than 3,000")
    [fewer] = counts("fewer than seven barges sank")
    [more] = counts("more than 12 barges sank")
    assert anchor(fewer) == 7 and anchor(more) == 12  # the figure stated
    # no whole count lies strictly inside: seven is not "fewer than seven", 13 is "more than 12"
    assert disjoint(fewer, ("barge", 7.0, 7.0)) and not disjoint(fewer, ("barge", 6.0, 6.0))
    assert disjoint(more, ("barge", 12.0, 12.0)) and not disjoint(more, ("barge", 13.0, 13.0))


def test_a_count_drawn_from_one_part_of_a_set_is_another_series() -> None:
    text = "The ledger lists 22 withdrawals. Four withdrawals from that vault were in cash."
    found = counts(text)
    assert ("withdrawal", 22.0, 22.0) in found
    assert [label(v[0]) for v in found if v[1] == 4] == ["withdrawal (from vault)"]
    ward = counts("The hospice cared for 30 patients; six patients from the east ward went home.")
    assert [v[0] for v in ward] == ["patient", "patient:from east ward"]
    # the casualties of a part: the dead of that part, not the whole toll
    assert counts("four civilians from the upper camp died") == [
        ("dead:civilian from upper camp", 4, 4)
    ]
    # a count that came from somewhere as a whole stays the count
    assert counts("300 people were evacuated from the valley") == [("evacuated", 300, 300)]


def test_n_times_is_a_multiple_or_a_frequency_and_counts_nothing() -> None:
    assert counts("three times as many people died in the second blast") == []
    assert counts("the toll is now four times higher") == []
    assert counts("the barges came back four times") == []
    # how often a firm was paid is no count of payments that a series could take up
    assert counts("Velt Builders paid Orrin Advisory 17 times") == []
