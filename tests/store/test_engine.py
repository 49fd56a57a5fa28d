"""Opening a store from what the user gave: a path or a URL."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from whatweknow.errors import StoreError
from whatweknow.store import open_store
from whatweknow.store.engine import resolve_url


def test_a_path_is_a_sqlite_file(tmp_path: Path) -> None:
    url = resolve_url(tmp_path / "news.db")
    assert (url.drivername, url.database) == ("sqlite", str(tmp_path / "news.db"))
    assert resolve_url("news.db").database == "news.db"
    assert resolve_url("~/news.db").database == str(Path.home() / "news.db")
    assert resolve_url(":memory:").database == ":memory:"


def test_urls() -> None:
    assert resolve_url("sqlite:///a/b.db").database == "a/b.db"
    pg = resolve_url("postgresql://me:secret@db.example/news")
    assert (pg.drivername, pg.host, pg.database) == ("postgresql+psycopg", "db.example", "news")
    assert resolve_url("postgres://me@db/news").drivername == "postgresql+psycopg"
    assert resolve_url("postgresql+psycopg2://me@db/news").drivername == "postgresql+psycopg2"


@pytest.mark.parametrize("url", ["mysql://me@db/news", "http://example.org/news.db"])
def test_other_databases_are_refused(url: str) -> None:
    with pytest.raises(StoreError, match="W022"):
        resolve_url(url)


def test_postgres_without_its_driver_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a, **k: None if name.split(".")[0] == "psycopg" else real_find_spec(name),
    )
    monkeypatch.setitem(sys.modules, "psycopg", None)  # an import of it fails as if absent
    with pytest.raises(StoreError, match=r'W019.*psycopg.*pip install "psycopg\[binary\]"'):
        open_store("postgresql://me:secret@localhost/news")


def test_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"W018.*unable to open"):
        open_store(tmp_path / "no" / "such" / "news.db")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just some notes\n" * 100)
    with pytest.raises(StoreError, match=r"W018.*not a database"):
        open_store(path)


def test_the_password_stays_out_of_messages(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        resolve_url("mysql://me:secret@db/news")
    assert "secret" not in str(caught.value)
