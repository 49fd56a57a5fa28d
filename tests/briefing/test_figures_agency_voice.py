"""How the figures changed names who gives each figure: a count an agency's own copy gives in
its own voice, the copy naming no outlet but the agency in its byline, is the agency's, never
"the article" (invented one-paragraph reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, dossier
from .test_sections import section


def _line(tmp_path: Path, agency: str | None) -> str:
    days = [
        ("Rescuers said four people died when the Tessaly dyke broke.", "Dale Wire", None),
        ("Seven people died when the Tessaly dyke broke.", None, agency),
    ]
    with open_store(tmp_path / "news.db") as store:
        for n, (words, outlet, by) in enumerate(days):
            claim = (
                Says(words.split(" said ", 1)[1], "reported", None, "rescuers", "die")
                if " said " in words
                else Says(words, "asserted", None, None, "die")
            )
            d = dossier(
                Doc(
                    blocks=[("title", f"Tessaly, report {n}"), ("paragraph", words)],
                    outlet=outlet,
                    published=date(2024, 6, 3 + n),
                    claims=[claim],
                )
            )
            if by is not None:
                d = d.model_copy(update={"article": d.article.model_copy(update={"agency": by})})
            store.add(RawDocument(f"{n}.txt", "text", words.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    [line] = [i.text for i in section(brief_story(story, dossiers), "How the figures changed")]
    return line


def test_a_count_in_an_agency_copys_own_voice_names_the_agency(tmp_path: Path) -> None:
    (tmp_path / "named").mkdir()
    (tmp_path / "bare").mkdir()
    line = _line(tmp_path / "named", "Tessaly Press Service")
    assert "7 (2024-06-04, Tessaly Press Service)" in line, line
    assert "the article" not in line
    bare = _line(tmp_path / "bare", None)  # nothing names who wrote it
    assert "7 (2024-06-04, outlet not given)" in bare, bare
