"""How the figures changed takes no step from a count that a definite noun phrase only refers
back to ("relatives of the nine people who died"): a set known before, not a report of its size
on that day (invented one-paragraph reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, dossier
from .test_sections import section


def _lines(tmp_path: Path, days: list[tuple[str, str]]) -> list[str]:
    with open_store(tmp_path / "news.db") as store:
        for n, (words, outlet) in enumerate(days):
            claim = (
                Says(words.split(" said ", 1)[1], "reported", None, "rescuers", "die")
                if " said " in words
                else Says(words, "asserted", None, None, "die")
            )
            d = dossier(
                Doc(
                    blocks=[("title", f"Marrow weir, report {n}"), ("paragraph", words)],
                    outlet=outlet,
                    published=date(2024, 6, 3 + n),
                    claims=[claim],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", words.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return [i.text for i in section(brief_story(story, dossiers), "How the figures changed")]


def test_a_count_referred_to_by_a_definite_phrase_is_no_step(tmp_path: Path) -> None:
    days = [
        ("Rescuers said four people died when the Marrow weir broke.", "Dale Wire"),
        ("Six people died when the Marrow weir broke.", "Fenwick Post"),
        (
            "The mayor met relatives of the nine people who died when the Marrow weir broke.",
            "Larch Evening News",
        ),
    ]
    [line] = _lines(tmp_path, days)
    assert "4 (2024-06-03, rescuers) → 6 (2024-06-04, Fenwick Post)" in line, line
    assert "9" not in line.split(" — ")[0], line
    assert "Larch Evening News" not in line, line


def test_a_change_told_over_years_before_the_story_is_no_series(tmp_path: Path) -> None:
    (tmp_path / "trend").mkdir()
    (tmp_path / "news").mkdir()
    days = [
        ("Rescuers said four people died when the Marrow weir broke.", "Dale Wire"),
        (
            "Rescuers said the board had cut the number of weir wardens from twelve to five "
            "since 2019.",
            "Fenwick Post",
        ),
    ]
    assert not [x for x in _lines(tmp_path / "trend", days) if "warden" in x]
    # a change of the story's own days is news moving on
    days[1] = ("Rescuers said the toll rose to six from four.", "Fenwick Post")
    assert any("4" in x and "6" in x for x in _lines(tmp_path / "news", days))
