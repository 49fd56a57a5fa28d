"""A figure a correction notice withdraws and the one it gives instead make a step of "How the
figures changed" (the notice cited), and the withdrawn figure is no live claim in a copy of the
same report another outlet carried (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

from whatweknow.briefing.corrections import _right
from whatweknow.stories.values import figure

from .test_corrections import Part, _brief, _lines
from .test_sections import section

WIRE: list[Part] = [
    ("paragraph", "The Orvel ferry was carrying 40 riders when it struck the weir, he said."),
    ("paragraph", "Divers from the Orvel canal board searched the water below the weir, he said."),
    ("paragraph", "The ferry had left the Tamsy landing an hour late because of fog, he said."),
    ("paragraph", "The Orvel weir keepers closed the upper sluice gates at dawn, he said."),
    ("paragraph", "Boats from three villages joined the search along the canal, he said."),
]
FIXED: list[Part] = [
    ("paragraph", "The Orvel ferry was carrying 31 riders when it struck the weir, he said."),
    *WIRE[1:],
    (
        "boilerplate",
        "Correction: An earlier version of this article said the Orvel ferry was carrying 40 "
        "riders. It carried 31.",
    ),
]


def test_a_corrected_figure_is_a_step_citing_the_notice(tmp_path: Path) -> None:
    b = _brief(tmp_path, [("Dale Wire", 3, WIRE), ("Vell Radio", 3, FIXED)])
    [line] = [i for i in section(b, "How the figures changed")]
    assert line.text.startswith("rider: 40 (withdrawn, 2024-06-03, Vell Radio) → 31 (corrected")
    assert [x.text for x in line.citations] == [
        "An earlier version of this article said the Orvel ferry was carrying 40 riders. "
        "It carried 31."
    ]
    # the copy another outlet carried, which still gives the withdrawn figure, states it no more
    assert not any("40 riders" in t for t in _lines(b) if not t.startswith("rider:"))
    assert any("31 riders" in t for t in _lines(b))


def test_a_notice_that_gives_no_figure_instead_makes_no_step(tmp_path: Path) -> None:
    words = "Correction: An earlier version of this article said the Orvel ferry was carrying 40 "
    fixed = [*FIXED[:-1], ("boilerplate", words + "riders. The number is not yet known.")]
    b = _brief(tmp_path, [("Dale Wire", 3, WIRE), ("Vell Radio", 3, fixed)])
    assert section(b, "How the figures changed") == []


def test_a_number_of_another_thing_after_the_notice_is_no_corrected_figure() -> None:
    """Only a figure said of the thing ("The correct figure was 31.", "It carried 31.") replaces
    the withdrawn one; a year or a name's number after it does not."""
    wrong = (("rider", 40.0, 40.0),)
    assert _right(wrong, "The correct figure was 31.") == ("rider", 31.0, 31.0)
    assert _right(wrong, "It carried 31.") == ("rider", 31.0, 31.0)
    assert _right(wrong, "This was corrected in 2024.") is None
    assert _right(wrong, "The ferry left from Pier 4.") is None


def test_a_corrected_figure_keeps_its_bound() -> None:
    wrong = (("rider", 40.0, 40.0),)
    right = _right(wrong, "It carried about 31.")
    assert right is not None and figure(right) == "about 31"


def test_a_notice_that_names_whose_count_not_of_what_makes_no_step(tmp_path: Path) -> None:
    """ "… said the canal board's count was 40. It was 31.": the board's count of what? No
    item, which could only name the board as the thing counted."""
    words = "Correction: An earlier version of this article said the canal board's count was 40. "
    fixed = [*FIXED[:-1], ("boilerplate", words + "It was 31.")]
    b = _brief(tmp_path, [("Dale Wire", 3, WIRE), ("Vell Radio", 3, fixed)])
    assert section(b, "How the figures changed") == []
