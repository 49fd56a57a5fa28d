"""Turning what the user gave (a path or a URL) into a configured SQLAlchemy engine.

SQLite connections get ``journal_mode=WAL`` (readers never block the writer),
``synchronous=NORMAL`` (safe with WAL: a power cut may lose the last commits, never corrupt),
``foreign_keys=ON`` and a ``busy_timeout``. SQLAlchemy, not the ``sqlite3`` module, emits
``BEGIN``, so that DDL (the migrations) is transactional too; a write transaction begins with
``BEGIN IMMEDIATE``, taking the write lock at once, so two writers queue on ``busy_timeout``
instead of one failing when it upgrades a read lock.

Read-only engines (``make_engine(url, read_only=True)``) open a SQLite file with
``mode=ro`` (never creating it, never switching it to WAL) and ``query_only=ON``; PostgreSQL
sessions get ``default_transaction_read_only``. Every write through them fails.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine

from ..errors import StoreError, W

BUSY_TIMEOUT_MS = 10_000
_WRITE = "whatweknow_write"

# The package to name when a driver module is missing (module -> what to pip install).
_DRIVER_PACKAGES = {"psycopg": "psycopg[binary]", "psycopg2": "psycopg2-binary"}


def resolve_url(url_or_path: str | os.PathLike[str]) -> URL:
    """A path becomes ``sqlite:///PATH``; ``postgresql://`` means the psycopg (3) driver."""
    given = os.fspath(url_or_path)
    if "://" not in given:
        database = given if given == ":memory:" else str(Path(given).expanduser())
        return URL.create("sqlite", database=database)
    try:
        url = sa.make_url(given)
    except sa.exc.ArgumentError:
        raise StoreError(W.STORE_URL.format(url=given)) from None
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(W.STORE_URL.format(url=url.render_as_string(hide_password=True)))
    return url


def make_engine(
    url: URL, *, read_only: bool = False, pool_size: int | None = None, pool_timeout: float = 30.0
) -> Engine:
    """An engine for ``url``, with the SQLite settings above where it is SQLite; ``read_only``:
    one that cannot write (a SQLite file must exist); ``pool_size``: connections kept, as many
    more at busy times, and a wait of ``pool_timeout`` seconds for one before
    ``sqlalchemy.exc.TimeoutError`` (None, or an in-memory database: SQLAlchemy's defaults).
    Raises StoreError."""
    if read_only and url.get_backend_name() == "sqlite":
        url = _sqlite_read_only(url)
    options: dict[str, Any] = {}
    if pool_size is not None and url.database not in (None, "", ":memory:"):
        options = {
            "poolclass": sa.QueuePool,
            "pool_size": pool_size,
            "max_overflow": pool_size,
            "pool_timeout": pool_timeout,
        }
    try:
        engine = sa.create_engine(url, **options)
    except ModuleNotFoundError as exc:
        module = exc.name or "the database driver"
        raise StoreError(
            W.STORE_DRIVER.format(
                backend="PostgreSQL" if url.get_backend_name() == "postgresql" else url.drivername,
                module=module,
                package=_DRIVER_PACKAGES.get(module, module),
            )
        ) from None
    if engine.dialect.name == "sqlite":
        connect = _sqlite_connect_read_only if read_only else _sqlite_connect
        sa.event.listen(engine, "connect", connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
    elif read_only:
        sa.event.listen(engine, "connect", _pg_connect_read_only)
    return engine


def _sqlite_read_only(url: URL) -> URL:
    """``url`` as a ``file:`` URI with ``mode=ro``: SQLite opens it read-only, never creating it."""
    database = url.database or ""
    target = url.render_as_string(hide_password=True)
    if str(url.query.get("uri", "")).lower() in ("true", "1", "yes", "on"):  # a URI: force ro
        return url.update_query_dict({"mode": "ro"})
    if database in ("", ":memory:"):
        detail = "an in-memory database cannot be opened read-only"
        raise StoreError(W.STORE_OPEN.format(target=target, detail=detail))
    path = Path(database).absolute()
    if not path.is_file():
        detail = "no such file (read-only mode never creates one: run wwk ingest first)"
        raise StoreError(W.STORE_OPEN.format(target=target, detail=detail))
    return url.set(database=path.as_uri()).update_query_dict({"mode": "ro", "uri": "true"})


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction, committed if the block ends without an error."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


CACHE_KIB = 262144
"""SQLite's page cache per writing connection, at most (SQLite's default is 2 MiB): the story
index tables take a row per LSH bucket and per key of every article, and inserts into their
B-trees read pages all over them; at 100,000 articles those indexes outgrew 64 MiB and placing
slowed by a third as they grew. Pages are cached as they are read, so a small store uses
little."""


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see _sqlite_begin)
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    _enable_wal(dbapi_connection)
    dbapi_connection.execute("PRAGMA synchronous = NORMAL")
    dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _sqlite_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA query_only = ON")


def _pg_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    """Every transaction of the session read-only (set, then committed, before any other)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    finally:
        cursor.close()
    dbapi_connection.commit()


def _enable_wal(dbapi_connection: sqlite3.Connection) -> None:
    """Switch a database file to WAL (it stays so). The switch needs the file to itself and, unlike
    other statements, gives up at once when it is busy: so wait here, as busy_timeout would."""
    if dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0] in ("wal", "memory"):
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            return  # in WAL, or in what SQLite had to keep (no WAL on some network filesystems)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
