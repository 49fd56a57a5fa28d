"""The SQLite store: the conformance suite, and what only SQLite has (FTS5, pragmas, locking)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from whatweknow.errors import StoreError
from whatweknow.store import SqlStore, Store, open_store
from whatweknow.store.engine import writing

from .conformance import FILLER, RUSSIA, UKRAINE, StoreConformance, make, named


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SqlStore]:
    with open_store(tmp_path / "news.db") as store:
        assert isinstance(store, SqlStore)
        yield store


class TestSQLiteStore(StoreConformance):
    @pytest.fixture
    def store(self, sqlite_store: SqlStore) -> Store:
        return sqlite_store


def fts_integrity_check(store: SqlStore) -> None:
    """Raises if the external-content index disagrees with ``articles``."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
        )


def test_failed_fts_insert_leaves_nothing(sqlite_store: SqlStore) -> None:
    with sqlite_store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE articles_fts")  # the insert trigger now fails
    doc, dossier = make("A lighthouse keeper retires.")
    with pytest.raises(StoreError, match=r"W017.*articles_fts"):
        sqlite_store.add(doc, dossier)
    with sqlite_store.engine.connect() as conn:
        for table in ("articles", "raw_inputs", "dossiers"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == 0


def test_index_stays_in_step_with_articles(sqlite_store: SqlStore) -> None:
    for text in FILLER:
        sqlite_store.add(*make(text, "First"))
    doc, dossier = make(FILLER[0], "Changed title", version="0.2.0")
    sqlite_store.add(doc, dossier)
    sqlite_store.replace_dossier(dossier.article.id, make(FILLER[0], None, version="0.3.0")[1])
    fts_integrity_check(sqlite_store)
    with sqlite_store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM articles WHERE id = ?", (dossier.article.id,))
        for table in ("raw_inputs", "dossiers"):  # foreign keys are on: the delete cascades
            left = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            assert left == len(FILLER) - 1
    fts_integrity_check(sqlite_store)
    assert sqlite_store.search("markets") == []
    assert len(sqlite_store.search("first")) == len(FILLER) - 1


def test_deleting_an_article_drops_its_actor_links(sqlite_store: SqlStore) -> None:
    doc, dossier = named("Russia and Ukraine met.", RUSSIA, UKRAINE)
    sqlite_store.add(doc, dossier)
    sqlite_store.add(*named("Ukraine spoke.", UKRAINE))
    with sqlite_store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM articles WHERE id = ?", (dossier.article.id,))
        links = conn.exec_driver_sql("SELECT count(*) FROM actor_mentions").scalar_one()
        first_seen = conn.exec_driver_sql(
            "SELECT first_seen FROM actors WHERE key = 'country:UKR'"
        ).scalar_one()
    assert (links, first_seen) == (1, None)
    assert sqlite_store.actor("country:RUS") is None  # no article names it any more
    assert [(a.key, a.articles) for a in sqlite_store.actors()] == [("country:UKR", 1)]


def test_pragmas(sqlite_store: SqlStore) -> None:
    with sqlite_store.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("journal_mode", "foreign_keys", "busy_timeout")
        }
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 10_000}


def test_a_write_takes_the_lock_at_once(sqlite_store: SqlStore, tmp_path: Path) -> None:
    other = sqlite3.connect(tmp_path / "news.db", timeout=0, isolation_level=None)
    try:
        with writing(sqlite_store.engine):
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            assert other.execute("SELECT count(*) FROM articles").fetchone() == (0,)  # WAL
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_ddl_is_transactional(sqlite_store: SqlStore) -> None:
    with pytest.raises(RuntimeError), writing(sqlite_store.engine) as conn:
        conn.exec_driver_sql("CREATE TABLE scratch (x)")
        raise RuntimeError
    assert "scratch" not in sa.inspect(sqlite_store.engine).get_table_names()


def test_writers_in_parallel_queue_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"  # new: the threads also race to create it
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            with open_store(path) as store:
                for i in range(20):
                    store.add(*make(f"Writer {n} wrote article {i}."))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(path) as store:
        assert store.count() == 80


def test_in_memory_store() -> None:
    with open_store(":memory:") as store:
        assert store.add(*make("Kept in memory only."))
        assert [h.article_id for h in store.search("memory")] == [store.articles()[0].id]
