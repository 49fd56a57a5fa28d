"""``wwk serve --read-only`` opens the store read-only: the database file is never changed (not
even switched to WAL), a write through the store fails, and a missing file or a schema that
would need migrating is a clear error instead of a new or migrated database. PostgreSQL: the
session is read-only (the throwaway cluster of the store tests)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from fastapi.testclient import TestClient

from store import conftest as store_fixtures
from whatweknow.cli.main import cli
from whatweknow.errors import StoreError
from whatweknow.store import open_store
from whatweknow.web import create_app
from whatweknow.web.deps import AppState

from .conftest import AUTH, client_for
from .corpus import build_store, hostile

postgres_server = store_fixtures.postgres_server  # the store tests' throwaway PostgreSQL
postgres_url = store_fixtures.postgres_url


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def sql(path: Path, statement: str) -> None:
    """Run one statement on the file with the sqlite3 module, behind whatweknow's back."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(statement)
    finally:
        conn.close()


@pytest.fixture
def rollback_db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A store in rollback-journal mode: opening it read-write would switch it to WAL, a change
    to the file's header that a read-only opening must not make."""
    db = tmp_path / "news.db"
    ids = build_store(db, with_hostile=False)
    sql(db, "PRAGMA journal_mode = DELETE")
    return db, ids


def test_serving_read_only_leaves_the_file_unchanged(
    rollback_db: tuple[Path, dict[str, str]],
) -> None:
    db, ids = rollback_db
    before = fingerprint(db)
    with client_for(db, read_only=True) as client:
        for path in ("/", "/api/v1/stories", "/api/v1/articles", "/api/v1/search?q=ferry"):
            assert client.get(path).status_code == 200, path
        assert client.get(f"/articles/{ids['wire']}").status_code == 200
        refused = client.post("/api/v1/articles", json={"text": "T\n\nBody."}, headers=AUTH)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "read_only"
    assert fingerprint(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_write_through_the_read_only_store_fails(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_store(db, with_hostile=False)
    app = create_app(str(db), token="t", read_only=True)
    state: AppState = app.state.wwk
    count = state.store.count()
    doc, dossier = hostile()
    with pytest.raises(StoreError, match=r"readonly|read-only"):
        state.store.add(doc, dossier)
    with pytest.raises(StoreError, match=r"readonly|read-only"):
        state.store.clear_stories()
    assert state.store.count() == count and state.store.stories()
    state.store.close()
    with open_store(db) as store:  # read-write: the hostile article was not stored
        assert store.count() == count and store.get_dossier(dossier.article.id) is None


@pytest.mark.parametrize("given", ["path", "url"])
def test_a_missing_file_is_an_error_not_a_new_database(tmp_path: Path, given: str) -> None:
    missing = tmp_path / "none.db"
    target = str(missing) if given == "path" else f"sqlite:///{missing}"
    with pytest.raises(StoreError, match="no such file"):
        create_app(target, token=None, read_only=True)
    assert not missing.exists()
    got = CliRunner().invoke(cli, ["serve", "--read-only", "--db", target])
    assert got.exit_code == 1 and not missing.exists()
    assert "wwk ingest" in got.output and len(got.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("revision", "expected"),
    [("0002", "run a write command such as wwk ingest or wwk check"), ("9999", "W020")],
)
def test_a_schema_to_migrate_is_refused_not_migrated(
    tmp_path: Path, revision: str, expected: str
) -> None:
    db = tmp_path / "news.db"
    build_store(db, with_hostile=False)
    sql(db, f"UPDATE alembic_version SET version_num = '{revision}'")
    before = fingerprint(db)
    with pytest.raises(StoreError, match=expected):
        open_store(db, read_only=True)
    got = CliRunner().invoke(cli, ["serve", "--read-only", "--db", str(db)])
    assert got.exit_code == 1 and expected in got.output, got.output
    assert len(got.output.strip().splitlines()) == 1 and "Traceback" not in got.output
    assert fingerprint(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    conn.close()


def test_a_read_only_postgresql_session_cannot_write(postgres_url: str) -> None:
    doc, dossier = hostile()
    with open_store(postgres_url) as store:  # read-write: migrated, one article
        store.add(doc, dossier)
    app = create_app(postgres_url, token="t", read_only=True)
    state: AppState = app.state.wwk
    with TestClient(app) as client:
        assert client.get("/api/v1/articles").json()["total"] == 1
    again = dossier.model_copy(deep=True)
    again.pipeline.version = "other"  # an add that would update the stored article
    with pytest.raises(StoreError, match="read-only transaction"):
        state.store.add(doc, again)
    with pytest.raises(StoreError, match="read-only transaction"):
        state.store.clear_stories()
    state.store.close()
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        version = conn.execute(sa.text("SELECT pipeline_version FROM articles")).scalar_one()
        assert version == dossier.pipeline.version
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0002'"))
    with pytest.raises(StoreError, match="wwk ingest or wwk check"):
        open_store(postgres_url, read_only=True)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    engine.dispose()
