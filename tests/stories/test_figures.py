"""Figures that count nothing (shares, sums, sizes) keep apart claims that disagree on them:
two running counts of an election, or two turnouts, are two claims, never one claim that each
corroborates (texts written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.stories.claims import ClaimRef, ClaimSketch, ValueSet
from whatweknow.stories.merge import LexicalMatcher, add_claims, compatible
from whatweknow.stories.text import content_terms
from whatweknow.stories.values import counts, differing, figures, figures_apart
from whatweknow.story_contract import Story, StoryArticle


def test_every_figure_in_digits_is_read_counted_or_not() -> None:
    assert counts("the mayor got 61.5 percent") == []  # a share counts nothing
    assert figures("the mayor got 61.5 percent against 37 percent") == [37.0, 61.5]
    assert figures("a grant of $2.5 million and 1,200 new homes") == [1200.0, 2.5e6]
    assert figures("on 4 May the council met again") == []  # a day, not a figure
    assert figures("the polls closed at 8:30 with 4,100 votes cast") == [4100.0]  # a time
    assert figures("Result: 4,100 votes") == [4100.0]
    assert figures("the 12th mayor, voted in on 3/5/2024, got 40% of 9,800 votes") == [40, 9800]
    said = "the ferry sailed on 4 May 24 with 310 aboard"  # its date blanked as a claim's are
    blank = said.replace("4 May", "     ")
    assert figures(blank) == [24, 310] and figures(blank, said) == [310]
    # sizes that outlets convert and round their own way are no figures of what is claimed
    assert figures("the convoy drove 40 miles") == figures("the convoy drove 64km") == []
    assert figures("the council met again") == []


def test_claims_whose_figures_disagree_are_apart() -> None:
    assert figures_apart([61.5], [62.1])  # two shares
    assert figures_apart([61.5, 37.0], [61.5, 36.2])  # one figure in common is not enough
    assert not figures_apart([61.5, 37.0], [61.5])  # the second says less
    assert not figures_apart([61.5], [61.5, 37.0])
    assert not figures_apart([], [61.5])  # a claim without figures is not apart by them


def _sketch(cid: str, text: str) -> ClaimSketch:
    ref = ClaimRef(cid, text, 0, len(text), None, "asserted", False)
    values = ValueSet(numbers=sorted(set(counts(text))), dates=[], places=[], figures=figures(text))
    return ClaimSketch(ref, frozenset(content_terms(text)), frozenset(), values, "positive", None)


def _place(story: Story, day: int, texts: list[str]) -> None:
    article = StoryArticle(id=f"a{day}", outlet=f"Outlet {day}", published=date(2025, 5, day))
    sketches = [_sketch(f"c{i}", t) for i, t in enumerate(texts, 1)]
    add_claims(story, article, sketches, {}, LexicalMatcher())


def test_running_counts_with_other_shares_are_not_merged() -> None:
    story = Story(id=1)
    _place(story, 1, ["With half the wards counted, the mayor had 61.5 percent of the vote"])
    _place(story, 2, ["With all wards counted, the mayor had 59.8 percent of the vote"])
    _place(story, 3, ["Turnout in the city was 48 percent"])
    _place(story, 4, ["Turnout in the city was 52.6 percent"])
    assert len(story.claims) == 4
    assert all(len(c.reports) == 1 for c in story.claims)
    assert not compatible(story.claims[0].values, story.claims[1].values)


def test_the_same_figures_reported_again_still_merge() -> None:
    story = Story(id=1)
    _place(story, 1, ["Turnout in the city was 52.6 percent, the council said"])
    _place(story, 2, ["Turnout in the city was 52.6 percent"])
    _place(story, 3, ["Turnout in the city was reported as 52.6 percent by the council"])
    _place(story, 4, ["Turnout in the city was a few percent higher"])  # no figure: may join
    [claim] = story.claims
    assert len(claim.reports) == 4 and claim.values.figures == [52.6]
    assert "figures" not in story.public()["claims"][0]["values"]  # internal matching data


def test_two_sizes_in_one_unit_are_two_claims() -> None:
    """Sizes read from a claim's text while it is merged keep it apart from a claim of another
    size in the same unit (read only for a claim that would join: ``test_conflicts`` reads the
    same through the dossier)."""
    story = Story(id=1)
    _place(story, 1, ["The embankment was raised by three metres along the river."])
    _place(story, 2, ["The embankment was raised by five metres along the river."])
    _place(story, 3, ["The embankment was raised by 3 metres along the river."])
    assert sorted(len(c.reports) for c in story.claims) == [1, 2]


def test_an_ordinal_death_counts_at_least_that_many_and_other_ordinals_nothing() -> None:
    far = 1e18  # the high end of "at least"
    assert counts("the pit was sealed after a fifth miner died on Thursday") == [
        ("dead:miner", 5.0, far)
    ]
    assert counts("a 13th person died in hospital overnight") == [("dead", 13.0, far)]
    assert counts("a third passenger was killed when the coach overturned") == [
        ("dead:passenger", 3.0, far)  # the dead of a group, as "three passengers were killed"
    ]
    # a floor, a day, a century: no people, no count
    assert counts("fire crews reached the 13th floor after two people died") == [("dead", 2.0, 2.0)]
    assert counts("on the fifth day of the search, divers found nothing") == []
    assert counts("a 13th-century chapel in Orrin was damaged") == []
    assert counts("the fifth person to be questioned was released") == []  # nothing befell
    assert counts("the first victim died on Sunday") == []  # "first" tells no count


def test_the_figure_a_count_changed_from_is_no_count_of_the_claim() -> None:
    assert counts("18 barges were queuing, down from 30 on Tuesday") == [("barge", 18, 18)]
    assert counts("the toll rose from 9 to 14") == [("dead", 14, 14)]
    assert counts("the toll rose to 14 from 9") == [("dead", 14, 14)]
    assert counts("six crews were idle, compared with two a week ago") == [("crew", 6, 6)]
    assert counts("the ferry sails from 9 ports") == [("port", 9, 9)]  # no change: a count


def test_claims_counting_different_things_with_different_figures_are_two() -> None:
    story = Story(id=1)
    _place(story, 1, ["Two of the lock's four gates reopened on Friday at the Orvel canal"])
    _place(story, 2, ["Nine barges waited at the Orvel canal lock as a third gate reopened"])
    _place(story, 3, ["Nine boats waited at the Orvel canal lock as a third gate reopened"])
    assert len(story.claims) == 2  # barges and boats, both nine: one claim said twice
    assert [len(c.reports) for c in story.claims] == [1, 2]


def test_counts_outlets_may_name_apart_do_not_keep_claims_apart() -> None:
    from whatweknow.stories.values import counts_apart

    assert counts_apart([("barge", 9, 9)], [("gate", 4, 4)])
    assert not counts_apart([("dead", 2, 2)], [("injured", 7, 7)])  # one event's casualties
    assert not counts_apart([("m", 51, 66)], [("ft", 200, 200)])  # one height, converted
    assert not counts_apart([("barge", 9, 9)], [("thing", 4, 4)])  # a word naming nothing


def test_an_ordinal_death_told_across_an_apposition_is_a_count_kept_apart_from_a_later_total() -> (
    None
):
    """ "A third person, a retired ferryman, died" counts at least three dead, as without the
    apposition: a later "Four people died" is another count, never merged into one claim that
    would carry four back to the day of three."""
    third = counts("a third person, a retired ferryman from Osk, died in hospital on Monday")
    assert third == [("dead", 3.0, 1e18)]
    later = counts("Four people died: two in the boathouse and a retired ferryman in hospital")
    assert differing(third, later) != []
    assert counts("the third floor, a storage area, was wrecked by the storm") == []


def test_a_claim_joins_no_story_claim_one_of_whose_reports_gives_another_figure() -> None:
    """A report that gives both a figure and the one it fell from makes a story claim holding
    both; a later report of the new figure and another of the old one each say less than it,
    but never the same: they are never one claim line showing one figure and citing the other."""
    story = Story(id=1)
    _place(story, 1, ["The mill said its cash reserve was $4.1 million, down from $5.2 million"])
    _place(story, 2, ["The mill said its cash reserve had fallen to $4.1 million"])
    _place(story, 3, ["The mill said its cash reserve stood at $5.2 million"])
    lines = [[figures(r.text) for r in c.reports] for c in story.claims]
    for claim in story.claims:
        said = [set(figures(r.text)) for r in claim.reports]
        assert all(a <= b or b <= a for a in said for b in said), lines
