"""TIMEX3 values as a reader writes dates (briefing/periods.py)."""

from __future__ import annotations

import pytest

from whatweknow.briefing.periods import human, period


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2024-05-27", "27 May 2024"),
        ("2024-W22", "week of 27 May 2024"),
        ("2024-W22-WE", "weekend of 1 June 2024"),
        ("2024-W22-3", "29 May 2024"),
        ("2024-05", "May 2024"),
        ("2024-Q2", "second quarter of 2024"),
        ("2024-SU", "summer 2024"),
        ("2024-H1", "first half of 2024"),
        ("2024", "2024"),
        ("2024-05-27TEV", "27 May 2024, evening"),
        ("2024-05-27T14:30", "27 May 2024, 14:30"),
        ("2026-11-01TNI", "night of 1–2 November 2026"),
        ("2026-11-30TNI", "night of 30 November–1 December 2026"),
        ("2026-12-31TNI", "night of 31 December 2026–1 January 2027"),
        ("PRESENT_REF", "PRESENT_REF"),
        ("2024-W54", "2024-W54"),
    ],
)
def test_a_value_is_shown_as_a_date(value: str, shown: str) -> None:
    assert human(value) == shown


def test_a_week_starts_on_the_monday_it_names() -> None:
    first, last = period("2024-W22") or (None, None)
    assert first is not None and human("2024-W22") == f"week of {first.day} May 2024"
    assert last is not None and (last - first).days == 6
