"""``wwk check`` holds the event rows to the dossiers they come from."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from whatweknow.cli.check import check_store
from whatweknow.store import SqlStore, open_store
from whatweknow.store.engine import writing

from .conformance import with_events


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlStore]:
    with open_store(tmp_path / "news.db") as opened:
        assert isinstance(opened, SqlStore)
        opened.add(*with_events("Russia met Ukraine.", ("CONSULT", "2024-06-03", ["a1"], ["a2"])))
        opened.add(*with_events("The IAEA spoke.", ("CONSULT", None, ["a3"], [])))
        yield opened


def problems(store: SqlStore) -> list[str]:
    with store.engine.connect() as conn:
        return list(check_store(conn))


def test_a_store_written_by_the_store_is_clean(store: SqlStore) -> None:
    assert problems(store) == []


@pytest.mark.parametrize(
    "tamper",
    [
        "DELETE FROM event_parties WHERE role = 'target'",
        "UPDATE events SET record = replace(record, 'CONSULT', 'ASSAULT')",
        "UPDATE events SET day = '2024-06-04' WHERE day IS NOT NULL",
        "INSERT INTO events SELECT article_id, 'e9', day, finer, published, start, type, plover,"
        " quad, modality, record FROM events WHERE day IS NULL",
    ],
)
def test_event_rows_unlike_the_dossier_are_a_problem(store: SqlStore, tamper: str) -> None:
    with writing(store.engine) as conn:
        conn.exec_driver_sql(tamper)
    found = problems(store)
    assert found
    assert all("event rows" in line and "wwk reprocess" in line for line in found)


def test_event_rows_of_a_missing_article_are_a_problem(store: SqlStore, tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "news.db") as raw:  # foreign keys are off in a plain one
        raw.execute("UPDATE events SET article_id = 'gone' WHERE day IS NULL")
    found = problems(store)
    assert "event row of article gone, which is not stored" in found
