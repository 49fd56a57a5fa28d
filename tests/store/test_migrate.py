"""Migrations in code: an empty database gets the schema, reopening is a no-op."""

from __future__ import annotations

import fnmatch
import tomllib
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

from .conformance import make

TABLES = {"articles", "raw_inputs", "dossiers", "alembic_version", "articles_fts"}
ROOT = Path(__file__).resolve().parents[2]


def revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_an_empty_database_gets_the_tables(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db") as store:
        assert isinstance(store, SqlStore)
        assert set(sa.inspect(store.engine).get_table_names()) >= TABLES
        assert revision(store.engine) == head() == "0001"


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
