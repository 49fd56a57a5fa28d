"""An age describes the people a claim counts; it is never a count of them (texts written for
these tests)."""

from __future__ import annotations

from whatweknow.stories.values import counts


def test_an_age_of_people_counted_by_most_of_them_is_no_count() -> None:
    assert counts("The pupils, most of them under twelve, were taken to the clinic.") == []
    assert counts("The bathers, all of them over 60, were treated on the pier.") == []
    assert counts("Nine bathers, some of whom under eight, fell ill.") == [("bather", 9, 9)]


def test_an_age_after_a_noun_of_people_is_no_count_of_them() -> None:
    assert counts("Fourteen children under six died at the Orvel clinic.") == [
        ("dead:child", 14, 14)
    ]
    assert counts("Patients over 70 were moved to the annex.") == []
    assert counts("The ferry staff were mostly in their 30s.") == []
    # a bound before a counted noun is still a count
    assert counts("Under 40 people died at the Orvel clinic.") == [("dead", 0, 39.5)]
    assert counts("The toll at the Orvel clinic rose to over 60.") == [("dead", 60.5, 1e18)]
    assert counts("Fewer than ten bathers fell ill.") == [("bather", 0, 9.5)]
