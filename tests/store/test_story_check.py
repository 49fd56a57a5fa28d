"""``wwk check`` holds story redirects to what the store writes: one hop, from no story's id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from whatweknow.cli.check import check_store
from whatweknow.store import SqlStore, open_store
from whatweknow.store.engine import writing
from whatweknow.stories import update_stories

from .conformance import FILLER, make


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlStore]:
    with open_store(tmp_path / "news.db") as opened:
        assert isinstance(opened, SqlStore)
        yield opened


def problems(store: SqlStore) -> list[str]:
    with store.engine.connect() as conn:
        return list(check_store(conn))


def test_story_redirects_must_be_one_hop_from_no_story(store: SqlStore) -> None:
    with writing(store.engine) as conn:
        conn.exec_driver_sql(
            "INSERT INTO story_redirects (old_id, new_id, created_at) VALUES "
            "(5, 6, '2024-06-03'), (6, 7, '2024-06-03')"
        )
    assert problems(store) == ["story redirect 5 -> 6: 6 redirects too (a chain)"]


def test_redirects_written_by_the_store_are_clean(store: SqlStore) -> None:
    doc, dossier = make(FILLER[0])
    store.add(doc, dossier)
    assert update_stories(store, dossier.article.id) == 1
    store.renumber_stories({1: 4}, {1: 4, 2: 4})
    assert store.story_redirects() == {1: 4, 2: 4}
    assert problems(store) == []
