"""A source's own later retraction of a count ("I was wrong to call them dead," he said; "I
should not have given that figure") withdraws that same source's earlier count of the thing
it names; another source's count, or a retraction that leaves unsure what it takes back,
withdraws nothing (invented reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, Who, dossier

TAY = Who("person:oren tay", "Oren Tay")
RUSK = Who("person:ilse rusk", "Ilse Rusk")


def _lines(tmp_path: Path, reports: list[tuple[int, Who, list[str]]]) -> list[str]:
    """The lines of a story of reports (June day, speaker, sentences "P, NAME said.")."""
    with open_store(tmp_path / "news.db") as store:
        for n, (day, who, said) in enumerate(reports):
            text = " ".join(f"{p}, {who.name} said." for p in said)
            d = dossier(
                Doc(
                    blocks=[("title", f"Orvel lock, report {n}"), ("paragraph", text)],
                    outlet="Vell Radio",
                    published=date(2024, 6, day),
                    actors=[who],
                    claims=[Says(p, "reported", who.key, who.name, "die") for p in said],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", text.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    b = brief_story(story, dossiers)
    return [i.text for s in b.sections for i in s.items if s.title != "Sources"]


FIRST = "Fourteen people died in the Orvel lock flood"
SECOND = "Nine people are missing after the Orvel lock flood"


def test_a_sources_own_retraction_withdraws_its_earlier_count(tmp_path: Path) -> None:
    lines = _lines(
        tmp_path,
        [
            (3, TAY, [FIRST, SECOND]),
            (4, TAY, ["I was wrong to count them as dead in the Orvel lock flood"]),
        ],
    )
    assert not any("Fourteen people died" in t for t in lines), lines
    assert any("Nine people are missing" in t for t in lines), lines  # another thing stands


def test_a_retraction_by_another_source_or_of_no_known_thing_withdraws_nothing(
    tmp_path: Path,
) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "unsure").mkdir()
    other = _lines(
        tmp_path / "other",
        [
            (3, TAY, [FIRST]),
            (4, RUSK, ["I was wrong to call them dead after the Orvel lock flood"]),
        ],
    )
    assert any("Fourteen people died" in t for t in other), other
    unsure = _lines(  # "that figure": Tay counted the dead and the missing, which one?
        tmp_path / "unsure",
        [(3, TAY, [FIRST, SECOND]), (4, TAY, ["I should not have given that figure on the lock"])],
    )
    assert any("Fourteen people died" in t for t in unsure), unsure
    assert any("Nine people are missing" in t for t in unsure), unsure


def test_a_retraction_of_that_figure_withdraws_the_one_thing_the_source_counted(
    tmp_path: Path,
) -> None:
    lines = _lines(
        tmp_path,
        [(3, TAY, [FIRST]), (4, TAY, ["I should not have given that figure on the lock"])],
    )
    assert not any("Fourteen people died" in t for t in lines), lines
