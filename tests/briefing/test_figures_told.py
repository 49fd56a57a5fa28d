"""How the figures changed: a report that gives both figures of a change and the word of the
change ("raised … to nine, up from six", "cut … to 20 barges from 32") tells a step of its
party's series, the earlier figure dated only as before that report (no spaCy: invented
one-paragraph reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, Who, dossier
from .test_figures_parties import _by, _figures, _steps
from .test_sections import section


def test_one_report_telling_a_change_is_a_step_of_its_partys_series(tmp_path: Path) -> None:
    days: list[tuple[str, int | None]] = [
        (
            "The ledger raised its count of riders who quit to nine, up from six, the ledger said.",
            5,
        ),
    ]
    [line] = _figures(tmp_path, days, _by)
    assert _steps(line) == ["6", "9"]
    assert "6 (before 2024-06-05, the ledger)" in line
    assert "9 (2024-06-05, the ledger)" in line


def test_a_change_told_the_same_day_as_the_figure_it_changed_from_is_a_step(
    tmp_path: Path,
) -> None:
    """The board's 32 barges in the morning, its 20 that evening, told as a cut from 32: one
    party's count moving on, the same day, shown once each."""
    days: list[tuple[str, int | None]] = [
        ("The Tessaly fleet counts 32 barges, the board said.", 4),
        ("The Tessaly fleet was cut to 20 barges from 32, the board said.", 4),
    ]
    [line] = _figures(tmp_path, days, _by)
    assert _steps(line) == ["32", "20"]
    assert "before" not in line  # the 32 is the morning's, dated by its own report

    # two figures of one day, no change told: rival counts, no series
    plain = tmp_path / "plain"
    plain.mkdir()
    days = [
        ("The Tessaly fleet counts 32 barges, the board said.", 4),
        ("The Tessaly fleet counts 20 barges, the board said.", 4),
    ]
    assert _figures(plain, days, _by) == []


def test_a_change_told_in_the_outlets_voice_is_its_subjects(tmp_path: Path) -> None:
    """ "The harbour board raised its estimate …": the board's figures, not the outlet's."""
    words = "The harbour board raised its estimate of the barges to 40, up from 32."
    with open_store(tmp_path / "news.db") as store:
        d = dossier(
            Doc(
                blocks=[("title", "Tessaly fleet"), ("paragraph", words)],
                outlet="Outlet 1",
                published=date(2024, 6, 5),
                actors=[Who("b", "Tessaly Harbour Board", type="organisation")],
                claims=[Says(words.removesuffix("."), frame="x", agent="b")],
            )
        )
        store.add(RawDocument("1.txt", "text", words.encode(), d.article), d)
        update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: x for a in story.articles if (x := store.get_dossier(a.id))}
    [line] = [i.text for i in section(brief_story(story, dossiers), "How the figures changed")]
    assert "32 (before 2024-06-05, Tessaly Harbour Board)" in line
    assert "40 (2024-06-05, Tessaly Harbour Board)" in line
