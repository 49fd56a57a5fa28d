"""Bringing a store's schema up to date, in code, each time it is opened.

The Alembic configuration is built here (no ``alembic.ini``); the revisions live in the package
(``store/migrations/versions/``). The upgrade runs in one write transaction, so two processes
opening a new store at once cannot both create it, and a failed migration leaves nothing half done.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from ..errors import StoreError, W
from .engine import writing

MIGRATIONS = Path(__file__).parent / "migrations"

# Created by the migrations outside the Core metadata (see schema.py): not schema drift.
_FTS_PREFIX = "articles_fts"  # SQLite: the FTS5 table, its shadow tables and triggers
_OUTSIDE_METADATA = {"ix_articles_search"}  # PostgreSQL: the GIN index
_OUTSIDE_METADATA_COLUMNS = {("articles", "search")}  # PostgreSQL: the tsvector
# PostgreSQL has no BEGIN IMMEDIATE: first-time migrations queue on this advisory lock instead.
_PG_LOCK = 0x77776B  # "wwk"


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic configuration of the store; ``connection`` is the one to migrate."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision this version of whatweknow knows."""
    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert revision is not None, "no migrations found"
    return revision


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest revision (a no-op when it is there already).

    Checks first without the write lock, so opening an up-to-date store never waits on a writer.
    Raises StoreError if the database was migrated by a newer whatweknow than this one.
    """
    script = ScriptDirectory.from_config(alembic_config())
    newest = script.get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == newest:
            return
    with writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        current = MigrationContext.configure(conn).get_current_revision()
        if current == newest:
            return  # another process migrated it meanwhile
        if current is not None and current not in {s.revision for s in script.walk_revisions()}:
            target = engine.url.render_as_string(hide_password=True)
            raise StoreError(W.STORE_NEWER.format(target=target, revision=current))
        command.upgrade(alembic_config(conn), "head")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's filter for comparing the database with the metadata: skip full-text objects."""
    if name is not None and (name.startswith(_FTS_PREFIX) or name in _OUTSIDE_METADATA):
        return False
    if type_ == "column":
        table = getattr(getattr(obj, "table", None), "name", None)
        return (table, name) not in _OUTSIDE_METADATA_COLUMNS
    return True
