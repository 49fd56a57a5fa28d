"""Counts a claim names in passing are no figures of it: a part told after "including" (the
whole is the count), and a count in a clause that describes a place or an event the claim
names ("the mill where 14 workers died"), which the speaker does not give as their count
(texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.values import counts


def test_a_part_told_after_including_is_not_the_count() -> None:
    said = "31 bodies were taken to the Orvel clinic, including four who died of their wounds there"
    assert counts(said) == [("dead", 31.0, 31.0)]
    assert counts("The toll in Marrow rose to 30, including at least 12 children") == [
        ("dead", 30.0, 30.0)
    ]
    assert counts("The toll in Marrow rose to 30, among them 12 children") == [("dead", 30.0, 30.0)]


def test_a_count_in_a_clause_describing_a_place_is_no_count_of_the_claim() -> None:
    said = "Tessin Garments admitted buying cloth from the Brill mill where 14 workers were killed"
    assert counts(said) == []
    assert counts("Oster Mills owns the yard where two riders and 3 wardens were hurt") == []
    # an event "in which" some were killed: what befell them, the claim's count
    assert counts("a raid in which three wardens were killed") == [("dead:warden", 3.0, 3.0)]
    assert counts("14 workers were killed at the Brill mill") == [("dead:worker", 14.0, 14.0)]
