"""How the figures changed: a count revised down with both its figures ("revised the toll down
to 4 from 5, saying …"), told in the source's own clause before the claim it makes, is the next
step of a count that only grows, the source's sentence cited (no spaCy: invented reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, Who, dossier
from .test_figures_parties import _steps
from .test_sections import section

REPORTS = [
    (3, "Five people died when the Tamsy ferry struck the Orvel weir, the river police said."),
    (4, "Dale river police revised the toll down to 4 from 5, saying one rider was counted twice."),
]


def _figures(tmp_path: Path, reports: list[tuple[int, str]]) -> list[tuple[str, list[str]]]:
    with open_store(tmp_path / "news.db") as store:
        for n, (day, words) in enumerate(reports):
            _, _, who = words.removesuffix(".").partition(", saying ")
            claim = (
                Says(who, "reported", "p", "Dale river police", frame="count")
                if who
                else Says(
                    words.rsplit(", ", 1)[0], "reported", "p", "the river police", frame="die"
                )
            )
            d = dossier(
                Doc(
                    blocks=[("title", f"Tamsy ferry, report {n}"), ("paragraph", words)],
                    outlet=f"Outlet {n}",
                    published=date(2024, 6, day),
                    actors=[Who("p", "Dale river police", type="organisation")],
                    claims=[claim],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", words.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: x for a in story.articles if (x := store.get_dossier(a.id))}
    items = section(brief_story(story, dossiers), "How the figures changed")
    return [(i.text, [x.text or "" for x in i.citations]) for i in items]


def test_a_toll_revised_down_is_the_next_step(tmp_path: Path) -> None:
    [(line, cited)] = _figures(tmp_path, REPORTS)
    assert _steps(line) == ["5", "4"], line
    assert cited[1].startswith("Dale river police revised the toll down to 4 from 5, saying")


def test_a_lower_count_not_told_as_a_revision_is_no_step(tmp_path: Path) -> None:
    plain = [
        REPORTS[0],
        (4, "Four people died when the Tamsy ferry struck the Orvel weir, the river police said."),
    ]
    assert _figures(tmp_path, plain) == []


def test_a_revision_down_after_a_rise_keeps_one_series(tmp_path: Path) -> None:
    """Three, then five, then revised down to four from five: one count moving on, told as
    such, not rival counts of two parties (the source named in two ways)."""
    rise = (
        2,
        "Three people died when the Tamsy ferry struck the Orvel weir, the river police said.",
    )
    [(line, _)] = _figures(tmp_path, [rise, *REPORTS])
    assert _steps(line) == ["3", "5", "4"], line
