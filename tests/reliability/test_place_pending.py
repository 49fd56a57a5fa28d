"""Placing the stored articles that are in no story (what ``wwk ingest`` does at its end, so that
a re-run after a kill completes the batch): all of them, and one bad article does not stop the
rest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.conformance import make
from whatweknow.ingest import place_pending
from whatweknow.store import Store, open_store
from whatweknow.stories import copies

TEXTS = [
    "Envoys met in Geneva on Monday to resume the ceasefire talks, officials said.",
    "Dock workers in Rotterdam voted on Friday to end their strike, the union said.",
    "BAD Heavy rain flooded the lower town of Porto on Wednesday, the fire service said.",
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "w.db") as store:
        for text in TEXTS:
            assert store.add(*make(text))  # stored, but in no story: as a kill leaves them
        yield store


def _ids() -> list[str]:
    return [make(text)[1].article.id for text in TEXTS]


def test_every_article_in_no_story_is_placed_and_a_second_call_does_nothing(store: Store) -> None:
    assert sorted(store.articles_without_story()) == sorted(_ids())
    assert place_pending(store) == (3, [])
    assert store.articles_without_story() == []
    assert all(store.story_of(a) is not None for a in _ids())
    assert place_pending(store) == (0, [])


def test_an_article_that_cannot_be_placed_is_reported_and_the_others_are_placed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    sketch = copies.sketch

    def failing(text: str, ws: list[str] | None = None) -> copies.CopySketch:
        if text.startswith("BAD"):
            raise RuntimeError("broken on purpose")
        return sketch(text, ws)

    monkeypatch.setattr(copies, "sketch", failing)
    good, good2, bad = _ids()
    placed, warnings = place_pending(store)
    assert placed == 2
    assert warnings == [f"article {bad}: stored, but not added to a story (broken on purpose)"]
    assert store.articles_without_story() == [bad]
    assert store.story_of(good) is not None and store.story_of(good2) is not None
    assert place_pending(store, skip={bad}) == (0, [])  # already reported in this run: left
    monkeypatch.setattr(copies, "sketch", sketch)
    assert place_pending(store) == (1, [])
    assert store.articles_without_story() == []
