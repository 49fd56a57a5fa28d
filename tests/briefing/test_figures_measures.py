"""How the figures changed: a series is one measure, not one unit or one noun. A part told after
"including" is not the next figure of the whole; a rate for each one ("for each man") and a
maximum penalty share a unit of money and measure different things; a count in a clause that
describes a place is no party's count (no spaCy: invented one-paragraph reports)."""

from __future__ import annotations

from pathlib import Path

from .test_figures_parties import _by, _figures, _steps


def test_a_part_told_after_including_is_no_step_of_the_whole(tmp_path: Path) -> None:
    days: list[tuple[str, int | None]] = [
        ("Eleven people died in the Orvel blaze, the fire brigade said.", 3),
        (
            "18 bodies were taken to the Orvel morgue, including four who died in its wards, "
            "the fire brigade said.",
            4,
        ),
        ("The Orvel blaze killed 23 people, the fire brigade said.", 6),
    ]
    [line] = _figures(tmp_path, days, _by)
    assert _steps(line) == ["11", "18", "23"]


def test_a_fine_at_most_and_bail_for_each_man_are_no_series(tmp_path: Path) -> None:
    """ "kesh" names no unit of money the briefing knows: the rate for each deckhand is set
    apart by its own words."""
    days: list[tuple[str, int | None]] = [
        ("The skipper faces a fine of up to 400,000 kesh, the court said.", 3),
        ("Bail was set at 15,000 kesh for each deckhand, the court said.", 5),
    ]
    assert _figures(tmp_path, days, _by) == []


def test_sums_of_money_make_no_series(tmp_path: Path) -> None:
    """A fine and a sale price share the unit, not the measure."""
    days: list[tuple[str, int | None]] = [
        ("The Orvel club was fined 40,000 marks, the league said.", 3),
        ("The Orvel club ground was sold for 900,000 marks, the league said.", 5),
    ]
    assert _figures(tmp_path, days, _by) == []
