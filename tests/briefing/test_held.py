"""A value held at a figure ("The ferry fare is set at 4 florins") that a later report says was
changed ("The harbour board raised the fare to 6 florins") is the state of its day: its line is
dated, never stated as the present (no spaCy: invented one-paragraph reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, dossier


def _lines(tmp_path: Path, days: list[tuple[str, int]]) -> list[str]:
    """Every item of the briefing of a story of one-paragraph reports in the outlet's own voice,
    each from its own outlet on June ``day``."""
    with open_store(tmp_path / "news.db") as store:
        for n, (words, day) in enumerate(days):
            d = dossier(
                Doc(
                    blocks=[("title", f"Orvel ferry, report {n}"), ("paragraph", words)],
                    outlet=f"Outlet {n}",
                    published=date(2024, 6, day),
                    claims=[Says(words.removesuffix("."), frame="x")],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", words.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return [i.text for s in brief_story(story, dossiers).sections for i in s.items]


def test_a_held_value_later_changed_is_dated(tmp_path: Path) -> None:
    days = [
        ("The Orvel ferry fare is set at 4 florins for each crossing.", 3),
        ("The harbour board raised the fare to 6 florins on Friday.", 7),
    ]
    [held] = [t for t in _lines(tmp_path, days) if "set at 4" in t]
    assert "as of 3 June 2024" in held and "later reports give another figure" in held


def test_a_held_value_no_change_names_stays_as_it_is(tmp_path: Path) -> None:
    days = [
        ("The Orvel ferry fare is set at 4 florins for each crossing.", 3),
        ("The harbour board raised its fee for berths to 6 florins on Friday.", 7),
        ("The harbour board said the fare may be raised to 6 florins.", 8),
    ]
    [held] = [t for t in _lines(tmp_path, days) if "set at 4" in t]
    assert "as of" not in held
