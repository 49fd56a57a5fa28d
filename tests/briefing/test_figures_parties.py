"""How the figures changed: whose counts make one series, and which days date them (no spaCy:
invented one-paragraph reports, stored and placed in one story)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, dossier
from .test_sections import section


def _figures(
    tmp_path: Path, days: list[tuple[str, int | None]], says: Callable[[str], Says]
) -> list[str]:
    """The lines of "How the figures changed" of a story of one-paragraph reports, each from its
    own outlet on June ``day`` (None: undated), each holding the claim ``says`` makes."""
    with open_store(tmp_path / "news.db") as store:
        for n, (words, day) in enumerate(days):
            d = dossier(
                Doc(
                    blocks=[("title", f"Tessaly, report {n}"), ("paragraph", words)],
                    outlet=f"Outlet {n}",
                    published=None if day is None else date(2024, 6, day),
                    claims=[says(words)],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", words.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return [i.text for i in section(brief_story(story, dossiers), "How the figures changed")]


def _steps(line: str) -> list[str]:
    return [w.split(" (")[0] for w in line.split(": ", 1)[1].split(" → ")]


def _by(words: str) -> Says:
    """The claim of "P, SOURCE said.": P, reported by SOURCE (in its words, lower case)."""
    told, who = words.removesuffix(".").rsplit(", ", 1)
    return Says(told, "reported", None, who.removesuffix(" said"), frame="x")


def test_rival_counts_of_two_parties_are_no_one_series(tmp_path: Path) -> None:
    """The paper counts six riders who quit, the league two, then the paper nine: two parties'
    rival counts, never "six, then two, then nine". The paper's own count moving on stays."""
    days: list[tuple[str, int | None]] = [
        ("At least six riders quit the Tessaly league, the ledger said.", 3),
        ("Two riders quit the Tessaly league, the league board said.", 5),
        ("Nine riders quit the Tessaly league, the ledger said.", 7),
    ]
    updates = _figures(tmp_path, days, _by)
    assert [_steps(u) for u in updates] == [["at least 6", "9"]]
    assert "league board" not in updates[0]


def test_a_partys_count_inside_anothers_that_disagrees_splits_the_series(
    tmp_path: Path,
) -> None:
    """The league says two, then three; between them the paper says nine: the paper's nine is
    a rival count, not the next step after the league's two."""
    days: list[tuple[str, int | None]] = [
        ("Two riders quit the Tessaly league, the league board said.", 3),
        ("Nine riders quit the Tessaly league, the ledger said.", 4),
        ("Three riders quit the Tessaly league, the league board said.", 6),
    ]
    updates = _figures(tmp_path, days, _by)
    assert [_steps(u) for u in updates] == [["2", "3"]]


def test_sources_agreeing_on_a_rising_count_stay_one_series(tmp_path: Path) -> None:
    days: list[tuple[str, int | None]] = [
        ("Two riders quit the Tessaly league, the league board said.", 3),
        ("Five riders quit the Tessaly league, the ledger said.", 4),
        ("Eight riders quit the Tessaly league, the league board said.", 6),
    ]
    updates = _figures(tmp_path, days, _by)
    assert [_steps(u) for u in updates] == [["2", "5", "8"]]


def test_a_figure_of_an_undated_report_is_never_dated_by_the_clock(tmp_path: Path) -> None:
    """A report with no date of its own (nor a dated copy) is seen on the day it was read: its
    figure is no step of the series, and no date of that day is shown."""
    days: list[tuple[str, int | None]] = [
        ("Two riders quit the Tessaly league, the league board said.", 3),
        ("Five riders quit the Tessaly league, the league board said.", None),
        ("Eight riders quit the Tessaly league, the league board said.", 6),
    ]
    updates = _figures(tmp_path, days, _by)
    assert [_steps(u) for u in updates] == [["2", "8"]]
