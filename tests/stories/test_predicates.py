"""What a count counts includes what befell the things counted: the killed wardens are no count
of the wardens, nor the riders aboard one of the killed (texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.values import counts, looks_back, rejects


def test_a_count_of_things_killed_is_no_count_of_those_things() -> None:
    assert counts("Three wardens were killed in the raid on the depot.") == [("dead:warden", 3, 3)]
    assert counts("Five wardens guarded the depot.") == [("warden", 5, 5)]
    # one predicate of two coordinated counts: both were killed
    assert counts("a raid in which two riders and three wardens were killed") == [
        ("dead:rider", 2, 2),
        ("dead:warden", 3, 3),
    ]
    # an active verb after the counted words says what they did, not what befell them
    assert counts("three wardens killed a smuggler") == [("warden", 3, 3)]


def test_the_things_held_aboard_or_on_duty_are_counted_with_that_predicate() -> None:
    assert counts("Nineteen riders were being held in the depot.") == [("held:rider", 19, 19)]
    assert counts("Four wardens were on duty that night.") == [("on duty:warden", 4, 4)]
    # the passengers aboard are no count of the dead of a claim that speaks of deaths
    found = counts("About 30 passengers aboard the tram, two passengers were killed")
    assert [v[0] for v in found] == ["aboard:passenger", "dead:passenger"]


def test_a_figure_rejected_for_another_is_read_as_such() -> None:
    assert rejects("He counted five watchmen, not four, a rider said.")
    assert rejects("not four but five watchmen") and rejects("five watchmen rather than four")
    assert not rejects("five watchmen were not hurt")  # a negated predicate, no figure
    assert not rejects("the trust did not say 40")


def test_a_figure_told_again_as_an_earlier_estimate_looks_back() -> None:
    assert looks_back("barges ranged from about 20, the first trust estimate, to 40")
    assert looks_back("its initial figure of 31")
    assert not looks_back("for the first time, 30 barges")  # no count named as such
    assert not looks_back("the first 20 barges passed the lock")


def test_an_amount_in_tonnes_is_counted_and_a_ships_size_is_not() -> None:
    assert counts("about 30 tonnes of tar had spilled") == [("tonne", 25.5, 33.0)]
    assert counts("the trust raised its estimate to 90 tonnes, up from 30 tonnes") == [
        ("tonne", 90, 90)
    ]
    assert counts("a 9,000-tonne barge ran aground") == []  # the size of the barge
    assert counts("the slick spread over 12 kilometres") == []  # a size


def test_a_bare_number_with_a_predicate_of_its_own_is_no_count_of_the_dead() -> None:
    # "nine were still in the clinic" after "four bargemen had died" says where nine are, not
    # that nine died: the claim's casualty word does not count it
    found = counts("four bargemen had died and nine were still in the clinic")
    assert [v[1] for v in found] == [4]
    found = counts("Two were killed and six remained in the clinic.")
    assert [v for v in found if v[0].startswith("dead")] == [("dead", 2, 2)]
    # a bare number whose own words name what befell it keeps that
    assert counts("Three had died and five were missing.") == [("dead", 3, 3), ("missing", 5, 5)]
