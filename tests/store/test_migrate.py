"""Migrations in code: an empty database gets the schema, reopening is a no-op."""

from __future__ import annotations

import dataclasses
import fnmatch
import tomllib
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from whatweknow.errors import StoreError
from whatweknow.store import SqlStore, open_store
from whatweknow.store.engine import make_engine, resolve_url, writing
from whatweknow.store.migrate import MIGRATIONS, alembic_config, head, include_object, upgrade
from whatweknow.store.schema import metadata

from .conformance import RUSSIA, UKRAINE, make, named, with_events

TABLES = {
    "articles",
    "raw_inputs",
    "dossiers",
    "actors",
    "actor_mentions",
    "stories",
    "story_articles",
    "story_bands",
    "story_keys",
    "key_counts",
    "story_redirects",
    "watch_sources",
    "watch_items",
    "events",
    "event_parties",
    "alembic_version",
    "articles_fts",
}
ROOT = Path(__file__).resolve().parents[2]


def revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_an_empty_database_gets_the_tables(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db") as store:
        assert isinstance(store, SqlStore)
        assert set(sa.inspect(store.engine).get_table_names()) >= TABLES
        assert revision(store.engine) == head() == "0011"


def test_the_migrated_schema_is_the_one_the_code_queries(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db") as store:
        assert isinstance(store, SqlStore)
        conn = store.engine.connect()
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, metadata) == []
        conn.close()


def test_opening_twice_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(path) as first:
        first.add(*make("Stored before reopening."))
        with open_store(path) as second:  # while the first is still open
            assert second.count() == 1
    with open_store(path) as third:
        assert third.count() == 1
        assert isinstance(third, SqlStore)
        assert revision(third.engine) == head()


def test_downgrade_and_upgrade_again(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(tmp_path / "news.db"))
    upgrade(engine)
    with writing(engine) as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(sa.inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    assert set(sa.inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_actors_of_stores_from_0001_are_indexed(tmp_path: Path) -> None:
    """Migrating to 0002 indexes the actors of the dossiers already stored, oldest first."""
    engine = make_engine(resolve_url(tmp_path / "old.db"))
    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "0001")
    old = [
        named("Talks were held in Russia.", ("country:RUS", "Russia", "place")),
        named("Russia and Ukraine met.", RUSSIA, UKRAINE, country="RUS"),
        make("An article without actors."),
    ]
    with writing(engine) as conn:
        for n, (_doc, dossier) in enumerate(old):
            a = dossier.article
            conn.execute(
                sa.text(
                    "INSERT INTO articles (id, search_rowid, text, source, format,"
                    " pipeline_version, model, ingested_at, updated_at)"
                    " VALUES (:id, :n, :text, 't.txt', 'text', '0.1.0', 'x', :at, :at)"
                ),
                {"id": a.id, "n": n, "text": a.text, "at": f"2024-06-0{n + 1} 00:00:00.000000"},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO dossiers (article_id, schema, pipeline_version, json)"
                    " VALUES (:id, 's', '0.1.0', :json)"
                ),
                {"id": a.id, "json": dossier.to_json()},
            )
    engine.dispose()
    with open_store(tmp_path / "old.db") as store:
        assert store.count() == 3
        russia = store.actor("country:RUS")
        assert russia is not None
        assert (russia.name, russia.type, russia.country, russia.articles) == (
            "Russia",
            "state",
            "RUS",
            2,
        )
        assert store.articles_with_actor("country:UKR") == [old[1][1].article.id]
        store.add(*named("Ukraine spoke again.", UKRAINE))
        ukraine = store.actor("country:UKR")
        assert ukraine is not None and ukraine.articles == 2


def test_articles_of_stores_from_0002_wait_for_their_stories(tmp_path: Path) -> None:
    """Migrating to 0003 creates empty story tables: older articles are in no story until the
    next ingest or a rebuild places them."""
    engine = make_engine(resolve_url(tmp_path / "old.db"))
    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "0002")
    engine.dispose()
    with open_store(tmp_path / "old.db") as store:
        doc, dossier = named("Russia and Ukraine met in Geneva.", RUSSIA, UKRAINE)
        store.add(doc, dossier)
        assert store.stories() == []
        assert store.articles_without_story() == [dossier.article.id]
        from whatweknow.stories import update_pending

        assert update_pending(store) == 1
        assert store.story_of(dossier.article.id) == 1
        assert store.articles_without_story() == []


def test_events_of_stores_from_0005_are_backfilled(tmp_path: Path) -> None:
    """Migrating to 0006 writes the event rows of the dossiers already stored, page by page
    (more articles than one page here), the same rows as an add would have written."""
    path = tmp_path / "old.db"
    n = 230  # the migration's BATCH is 200
    with open_store(path) as store:
        for i in range(n):
            event = ("CONSULT", f"2024-06-{i % 28 + 1:02d}", ["a1"], ["a2"])
            store.add(*with_events(f"Russia met Ukraine, meeting {i}.", event))
        store.add(*make("An article without events."))
        fresh = store.events(date(2024, 6, 1), date(2024, 6, 30), limit=1000)
        links = store.event_links(date(2024, 6, 1), date(2024, 6, 30))
        assert isinstance(store, SqlStore)
        with writing(store.engine) as conn:
            command.downgrade(alembic_config(conn), "0005")
        assert "events" not in sa.inspect(store.engine).get_table_names()
    with open_store(path) as store:
        assert isinstance(store, SqlStore)
        assert revision(store.engine) == head()
        assert store.events(date(2024, 6, 1), date(2024, 6, 30), limit=1000) == fresh
        assert len(fresh) == n
        assert store.event_links(date(2024, 6, 1), date(2024, 6, 30)) == links
        assert links[0].count == n


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    open_store(path).close()
    engine = make_engine(resolve_url(path))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(StoreError, match=r"W020.*'9999'"):
        open_store(path)


def test_migration_files_ship_with_the_package() -> None:
    """Folders with revisions are packages; other files are matched by package-data."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["whatweknow"]
    package = MIGRATIONS.parents[1]
    assert (MIGRATIONS / "env.py").is_file()
    assert list((MIGRATIONS / "versions").glob("0001_*.py"))
    for path in MIGRATIONS.rglob("*"):
        if "__pycache__" in path.parts or path.is_dir():
            continue
        if path.suffix == ".py":
            assert (path.parent / "__init__.py").is_file(), path
        else:
            name = path.relative_to(package).as_posix()
            assert any(fnmatch.fnmatch(name, p) for p in patterns), name


def test_stories_of_stores_from_0008_are_found_by_dated_lookups(tmp_path: Path) -> None:
    """Migrating to 0009 gives the existing LSH and blocking rows period -1, which every lookup
    reads: a copy of an article placed before is still found, and joins its story."""
    from whatweknow.stories import update_stories

    path = tmp_path / "old.db"
    text = (
        "The harbour authority closed the northern quay on Monday after a crane collapsed onto "
        "a cargo ship, injuring two dock workers. Engineers from the port company inspected the "
        "other cranes overnight and said the quay would reopen once the wreck had been lifted."
    )
    with open_store(path) as store:
        doc, dossier = make(text, published=date(2024, 6, 3))
        store.add(doc, dossier)
        first = update_stories(store, dossier.article.id)
        assert isinstance(store, SqlStore)
        with writing(store.engine) as conn:
            command.downgrade(alembic_config(conn), "0008")
    with open_store(path) as store:
        assert isinstance(store, SqlStore)
        assert revision(store.engine) == head()
        doc, dossier = make(
            text + "\n\nThis report was carried from a wire service.", published=date(2024, 6, 4)
        )
        store.add(doc, dossier)
        assert update_stories(store, dossier.article.id) == first


def _bands_table(engine: sa.Engine) -> tuple[str, list[str]]:
    """The SQL that made ``story_bands``, and its key's columns in order."""
    with engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'story_bands'"
        ).scalar_one()
        columns = conn.exec_driver_sql("PRAGMA table_info(story_bands)").fetchall()
    return str(sql), [name for _, name in sorted((c[5], c[1]) for c in columns if c[5])]


def test_the_bands_are_stored_in_the_key_lookups_read(tmp_path: Path) -> None:
    """A new store, and a store at 0009 with bands, both keep ``story_bands`` as one B-tree
    keyed by bucket, week and article (no rowid), and the rows survive the move."""
    from whatweknow.stories import update_stories

    with open_store(tmp_path / "new.db") as store:
        assert isinstance(store, SqlStore)
        sql, key = _bands_table(store.engine)
        assert "WITHOUT ROWID" in sql.upper() and key == ["bucket", "period", "article_id"]
    path = tmp_path / "old.db"
    with open_store(path) as store:
        assert isinstance(store, SqlStore)
        doc, dossier = make(
            "Divers searched the flooded lower deck of the ferry at Harlow for a second day on "
            "Tuesday, the coastguard said, after the vessel grounded on a sandbar in a storm.",
            published=date(2024, 6, 4),
        )
        store.add(doc, dossier)
        update_stories(store, dossier.article.id)
        with writing(store.engine) as conn:
            command.downgrade(alembic_config(conn), "0009")
            before = sorted(conn.exec_driver_sql("SELECT * FROM story_bands").fetchall())
        assert len(before) > 10
        assert "WITHOUT ROWID" not in _bands_table(store.engine)[0].upper()
    with open_store(path) as store:
        assert isinstance(store, SqlStore)
        sql, key = _bands_table(store.engine)
        assert "WITHOUT ROWID" in sql.upper() and key == ["bucket", "period", "article_id"]
        with store.engine.connect() as conn:
            after = sorted(conn.exec_driver_sql("SELECT * FROM story_bands").fetchall())
        assert after == before


def test_raw_inputs_of_stores_from_0010_are_their_articles_first_publications(
    tmp_path: Path,
) -> None:
    """Migrating to 0011 gives each raw input stored before it its article's outlet, address
    and date: reading the same publication again records nothing, another outlet's is recorded."""
    engine = make_engine(resolve_url(tmp_path / "old.db"))
    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "0010")
    text = "The ferry service to the islands resumes on Friday, the operator said."
    doc, dossier = make(text, outlet="Harlow Wire", published=date(2026, 3, 2))
    article = dossier.article.model_copy(update={"url": "https://hw.example/f"})
    with writing(engine) as conn:
        conn.execute(
            sa.text(
                "INSERT INTO articles (id, search_rowid, url, outlet, published, text, source,"
                " format, pipeline_version, model, ingested_at, updated_at) VALUES (:id, 1,"
                " :url, :outlet, :day, :text, 'a.txt', 'text', '0.1.0', 'x', :at, :at)"
            ),
            {
                "id": article.id,
                "url": article.url,
                "outlet": article.outlet,
                "day": "2026-03-02",
                "text": text,
                "at": "2026-03-02 00:00:00.000000",
            },
        )
        conn.execute(
            sa.text(
                "INSERT INTO raw_inputs (article_id, source, format, raw, meta)"
                " VALUES (:id, 'a.txt', 'text', :raw, '{}')"
            ),
            {"id": article.id, "raw": doc.raw},
        )
    engine.dispose()
    with open_store(tmp_path / "old.db") as store:
        assert isinstance(store, SqlStore)
        with store.engine.connect() as conn:
            row = conn.execute(sa.text("SELECT outlet, url, published FROM raw_inputs")).one()
        assert tuple(row) == ("Harlow Wire", "https://hw.example/f", "2026-03-02")
        same = dataclasses.replace(doc, article=article, source="again.txt")
        assert store.add_publication(same) is False
        other = article.model_copy(update={"outlet": "Lisk Evening Post", "url": None})
        assert store.add_publication(dataclasses.replace(doc, article=other)) is True
        assert [p.outlet for p in store.publications([article.id])[article.id]] == [
            "Lisk Evening Post"
        ]
