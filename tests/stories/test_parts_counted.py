"""A count that is a part of the whole or an increment on top of it ("the first three arrests",
"another four", "a further six") is no total of what is counted: no figure, no conflict with the
toll (texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.merge import value_conflicts
from whatweknow.stories.values import counts
from whatweknow.story_contract import Values


def test_a_part_or_an_increment_is_no_total() -> None:
    toll = Values(numbers=counts("The interior office put the number of arrests at nine."))
    assert toll.numbers == [("arrest", 9.0, 9.0)]
    for text in (
        "The first three arrests were made in Orvald on Sunday, the wardens said.",
        "another four arrests were made at the Orvald quay",
        "the last two arrests came on Monday",
        "a further six arrests followed in Brisk",
        "the initial two arrests were of dockers",
    ):
        assert counts(text) == [], text
        assert value_conflicts(Values(numbers=counts(text)), toll) == [], text


def test_a_whole_count_beside_such_words_is_still_read() -> None:
    assert counts("nine arrests were made, the first since May") == [("arrest", 9.0, 9.0)]
    assert counts("police made nine arrests in the first week") == [("arrest", 9.0, 9.0)]
