"""The watch tables in SQL (see :mod:`whatweknow.watch`): each source's state, and the keys of
the items taken. Keys are inserted with ``ON CONFLICT DO NOTHING`` (SQLite and PostgreSQL), so
the same item recorded twice, by two feeds or two watchers, stays the first record.

The items table also keeps the store's visit marks (``wwk story ID --since last-seen``): a row
keyed ``visit:NAME`` (``visit:story:3``), no article, its ``seen_at`` the time the thing was last
shown, replaced at each showing. No item key starts so (see :mod:`whatweknow.watch.items`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from . import schema
from .base import ItemMark, SourceState

_BATCH = 500


def state(conn: Connection, source: str) -> SourceState | None:
    s = schema.watch_sources
    row = conn.execute(sa.select(s).where(s.c.source == source)).one_or_none()
    return None if row is None else _state(row._mapping)


def states(conn: Connection) -> list[SourceState]:
    s = schema.watch_sources
    return [_state(row._mapping) for row in conn.execute(sa.select(s).order_by(s.c.source))]


def save_state(conn: Connection, found: SourceState) -> None:
    s = schema.watch_sources
    values = {
        "etag": found.etag,
        "last_modified": found.last_modified,
        "content_hash": found.content_hash,
        "last_seen": found.last_seen,
        "items_seen": found.items_seen,
        "failures": found.failures,
        "last_error": found.last_error,
        "next_try": found.next_try,
        "updated_at": datetime.now(UTC),
    }
    insert = _insert(conn, s).values(source=found.source, **values)
    conn.execute(insert.on_conflict_do_update(index_elements=["source"], set_=values))


def seen(conn: Connection, keys: Collection[str]) -> set[str]:
    c = schema.watch_items.c
    found: set[str] = set()
    wanted = list(dict.fromkeys(keys))
    for start in range(0, len(wanted), _BATCH):
        part = wanted[start : start + _BATCH]
        found.update(conn.execute(sa.select(c.key).where(c.key.in_(part))).scalars())
    return found


def mark(conn: Connection, item: ItemMark, article_id: str | None) -> None:
    if not item.keys:
        return
    now = datetime.now(UTC)
    rows = [
        {"key": key, "source": item.source, "article_id": article_id, "seen_at": now}
        for key in dict.fromkeys(item.keys)
    ]
    conn.execute(_insert(conn, schema.watch_items).on_conflict_do_nothing(), rows)


def last_new(conn: Connection) -> dict[str, datetime]:
    c = schema.watch_items.c
    query = (
        sa.select(c.source, sa.func.max(c.seen_at))
        .where(c.article_id.is_not(None))
        .group_by(c.source)
    )
    return {source: _aware(when) for source, when in conn.execute(query)}


def ingested_at(conn: Connection, article_ids: Collection[str]) -> dict[str, datetime]:
    c = schema.articles.c
    found: dict[str, datetime] = {}
    wanted = list(dict.fromkeys(article_ids))
    for start in range(0, len(wanted), _BATCH):
        part = wanted[start : start + _BATCH]
        rows = conn.execute(sa.select(c.id, c.ingested_at).where(c.id.in_(part)))
        found.update((article, _aware(when)) for article, when in rows)
    return found


VISIT = "visit:"
_VISIT_SOURCE = "(visits)"


def visit(conn: Connection, name: str) -> datetime | None:
    c = schema.watch_items.c
    when = conn.execute(sa.select(c.seen_at).where(c.key == VISIT + name)).scalar_one_or_none()
    return _utc(when)


def save_visit(conn: Connection, name: str, when: datetime) -> None:
    row = {"key": VISIT + name, "source": _VISIT_SOURCE, "article_id": None, "seen_at": when}
    insert = _insert(conn, schema.watch_items).values(**row)
    conn.execute(insert.on_conflict_do_update(index_elements=["key"], set_={"seen_at": when}))


def _insert(conn: Connection, table: sa.Table) -> Any:
    dialect: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _state(row: Any) -> SourceState:
    return SourceState(
        source=row["source"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        content_hash=row["content_hash"],
        last_seen=_utc(row["last_seen"]),
        items_seen=row["items_seen"],
        failures=row["failures"],
        last_error=row["last_error"],
        next_try=_utc(row["next_try"]),
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _utc(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive times: they were written in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
