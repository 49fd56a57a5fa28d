"""Alembic's entry point: runs the revisions on the connection that the store passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from whatweknow.store.migrate import include_object
from whatweknow.store.schema import metadata


def run() -> None:
    if context.is_offline_mode():
        raise RuntimeError("whatweknow migrations run online only, through open_store()")
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("whatweknow migrations need a connection in config.attributes")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
