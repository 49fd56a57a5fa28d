"""A value a correction notice withdraws, and says what it is instead, is withdrawn in every
report of the story that gave it by then, whichever outlet's; and a withdrawn count is never a
step of "How the figures changed" nor the later figure that dates another (texts written for
these tests)."""

from __future__ import annotations

from pathlib import Path

from .test_corrections import _brief, _lines
from .test_sections import section

STORE = "The grain store burned down at 14 Tessel Lane beside the Orvel lock, he said."
NOTICE = (
    "Correction: An earlier version of this article gave the address of the grain store as "
    "14 Tessel Lane. The store is at 41 Tessel Lane."
)


def test_an_address_a_notice_corrects_is_withdrawn_from_other_outlets_too(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        [
            ("Dale Wire", 3, [("paragraph", STORE)]),
            ("Kestrel Post", 3, [("paragraph", STORE)]),
            (
                "Vell Radio",
                4,
                [
                    ("paragraph", "Firefighters from Tamsy fought the blaze until dawn, he said."),
                    ("boilerplate", NOTICE),
                ],
            ),
        ],
    )
    lines = _lines(b)
    assert any("Firefighters from Tamsy" in t for t in lines), lines
    assert not any("at 14 Tessel Lane" in t for t in lines), lines


def test_a_report_after_the_notice_or_a_notice_with_nothing_instead_withdraws_no_other(
    tmp_path: Path,
) -> None:
    (tmp_path / "later").mkdir()
    (tmp_path / "bare").mkdir()
    later = _brief(
        tmp_path / "later",
        [
            ("Vell Radio", 3, [("paragraph", "Firefighters fought the blaze, he said.")]),
            (
                "Vell Radio",
                4,
                [("paragraph", "The blaze was out by dawn, he said."), ("boilerplate", NOTICE)],
            ),
            ("Dale Wire", 5, [("paragraph", STORE)]),
        ],
    )
    assert any("at 14 Tessel Lane" in t for t in _lines(later))
    bare = NOTICE.split(" The store")[0]
    nothing = _brief(
        tmp_path / "bare",
        [
            ("Dale Wire", 3, [("paragraph", STORE)]),
            (
                "Vell Radio",
                4,
                [("paragraph", "The blaze was out by dawn, he said."), ("boilerplate", bare)],
            ),
        ],
    )
    assert any("at 14 Tessel Lane" in t for t in _lines(nothing))


def test_a_withdrawn_count_is_no_step_and_dates_no_other(tmp_path: Path) -> None:
    """The toll of 12 stands: a later article that retells the withdrawn 15 ("reported 15 deaths
    … before correcting its report") gives no later figure of the dead."""
    b = _brief(
        tmp_path,
        [
            ("Dale Wire", 3, [("paragraph", "Four people died in the Orvel lock flood.")]),
            ("Vell Radio", 4, [("paragraph", "Fifteen people died in the Orvel lock flood.")]),
            (
                "Vell Radio",
                5,
                [
                    ("paragraph", "Twelve people died in the Orvel lock flood."),
                    (
                        "boilerplate",
                        "Correction: An earlier version of this article reported that 15 people "
                        "had died in the flood. The official toll is 12.",
                    ),
                ],
            ),
            (
                "Kestrel Post",
                6,
                [
                    (
                        "paragraph",
                        "One radio station reported 15 deaths in the flood on Tuesday before "
                        "correcting its report.",
                    )
                ],
            ),
        ],
        voice=None,
    )
    steps, fixed = [i.text for i in section(b, "How the figures changed")]
    assert [t.split(" (", 1)[0] for t in steps.split(": ", 1)[1].split(" → ")] == ["4", "12"]
    assert "15" not in steps
    assert fixed.startswith("dead: 15 (withdrawn, 2024-06-05, Vell Radio) → 12 (corrected")
    assert "Twelve people died in the Orvel lock flood." in _lines(b)  # no "later reports …"


def test_a_notice_naming_the_article_by_when_it_came_out_withdraws_its_count(
    tmp_path: Path,
) -> None:
    """A notice "An article published on Monday said 30 people were hurt, citing a councillor. The
    confirmed figure at that time was 12.": the 30 is no claim, no side of a conflict."""
    b = _brief(
        tmp_path,
        [
            ("Dale Wire", 3, [("paragraph", "Twelve people were hurt in the Orvel lock flood.")]),
            (
                "Vell Radio",
                3,
                [("paragraph", "At least 30 people have been hurt in the Orvel lock flood.")],
            ),
            (
                "Vell Radio",
                4,
                [
                    ("paragraph", "The lock gates were shut on Tuesday."),
                    (
                        "boilerplate",
                        "Correction: An article published on Monday said 30 people were hurt, "
                        "citing a councillor. The confirmed figure at that time was 12.",
                    ),
                ],
            ),
        ],
        voice=None,
    )
    lines = _lines(b)
    assert not any("30 people" in t for t in lines), lines
    assert any("Twelve people were hurt" in t for t in lines), lines
    assert not any("30" in i.text for i in section(b, "Disputed")), lines
