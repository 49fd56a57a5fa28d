"""Actors across articles, in SQL: the writes that go with a dossier, and the listings.

A dossier's actors that carry a ``key`` (the stable identity, ``country:RUS``) are upserted into
``actors`` and linked to the article in ``actor_mentions``, inside the transaction that writes the
dossier. Portable Core, except the one insert that must not fail on a key another article
already brought (:func:`_insert_missing`), which uses ``ON CONFLICT DO NOTHING`` where the dialect
has it, so that two writers on PostgreSQL cannot both insert the same actor.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..contract import Dossier
from . import schema
from .base import StoredActor

_A = schema.actors
_M = schema.actor_mentions


def index_actors(conn: Connection, dossier: Dossier, now: datetime) -> None:
    """Record the dossier's keyed actors and replace its article's links to them."""
    article_id = dossier.article.id
    actors, links = actor_rows(dossier, now)
    before = set(
        conn.execute(sa.select(_M.c.actor_key).where(_M.c.article_id == article_id)).scalars()
    )
    conn.execute(_M.delete().where(_M.c.article_id == article_id))
    if actors:
        _insert_missing(conn, actors)
        conn.execute(_FILL, [{f"b_{k}": row[k] for k in _FILLED} for row in actors])
        conn.execute(_M.insert(), links)
    gone = before - {row["key"] for row in actors}
    if gone:  # actors that this article alone named, and no longer does
        unlinked = ~sa.exists().where(_M.c.actor_key == _A.c.key)
        conn.execute(_A.delete().where(_A.c.key.in_(sorted(gone)), unlinked))


def actor_rows(
    dossier: Dossier, now: datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for ``actors`` and ``actor_mentions``. Two actors of one dossier with the same key
    (not made by the pipeline, but possible in a dossier built by hand) are one: the first's
    local id and the sum of their mentions."""
    article_id = dossier.article.id
    actors: dict[str, dict[str, Any]] = {}
    links: dict[str, dict[str, Any]] = {}
    for actor in dossier.actors:
        key = _clean(actor.key)
        if not key:
            continue
        if key in links:
            links[key]["mention_count"] += len(actor.mentions)
            continue
        actors[key] = {
            "key": key,
            "name": _clean(actor.name) or key,
            "type": actor.type,
            "country": _clean(actor.country),
            "sector": _clean(actor.sector),
            "first_seen": article_id,
            "created_at": now,
        }
        links[key] = {
            "article_id": article_id,
            "actor_key": key,
            "local_id": _clean(actor.id) or "",
            "mention_count": len(actor.mentions),
        }
    return list(actors.values()), list(links.values())


_FILLED = ("key", "type", "country", "sector")
_FILL = (
    sa.update(_A)
    .where(_A.c.key == sa.bindparam("b_key"))
    .values(
        country=sa.func.coalesce(_A.c.country, sa.bindparam("b_country", type_=sa.String)),
        sector=sa.func.coalesce(_A.c.sector, sa.bindparam("b_sector", type_=sa.String)),
        type=sa.case(
            (
                sa.and_(_A.c.type == "place", sa.bindparam("b_type", type_=sa.String) != "place"),
                sa.bindparam("b_type", type_=sa.String),
            ),
            else_=_A.c.type,
        ),
    )
)
"""What a later article may add to a stored actor: a country or sector it lacked, and, for one
stored as a ``place``, the type it acts as (a country first named only as a location)."""


def _insert_missing(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert the actors not stored yet; keep those that are as they are."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(_A).on_conflict_do_nothing(index_elements=["key"]), rows)
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(_A).on_conflict_do_nothing(index_elements=["key"]), rows)
    else:
        keys = [row["key"] for row in rows]
        have = set(conn.execute(sa.select(_A.c.key).where(_A.c.key.in_(keys))).scalars())
        missing = [row for row in rows if row["key"] not in have]
        if missing:
            conn.execute(_A.insert(), missing)


def _listing() -> sa.Select[Any]:
    """Actors with their number of articles and of mentions; only those some article names."""
    articles = sa.func.count(_M.c.article_id).label("articles")
    mentions = sa.func.coalesce(sa.func.sum(_M.c.mention_count), 0).label("mentions")
    columns = (_A.c.key, _A.c.name, _A.c.type, _A.c.country, _A.c.sector)
    return (
        sa.select(*columns, articles, mentions)
        .join(_M, _M.c.actor_key == _A.c.key)
        .group_by(*columns)
    )


def get_actor(conn: Connection, key: str) -> StoredActor | None:
    row = conn.execute(_listing().where(_A.c.key == key)).one_or_none()
    return None if row is None else _stored(row)


def list_actors(conn: Connection, limit: int, offset: int, type: str | None) -> list[StoredActor]:
    query = _listing()
    if type is not None:
        query = query.where(_A.c.type == type)
    query = query.order_by(sa.desc("articles"), _A.c.key).limit(limit).offset(offset)
    return [_stored(row) for row in conn.execute(query)]


def articles_with_actor(conn: Connection, key: str) -> list[str]:
    a = schema.articles.c
    query = (
        sa.select(_M.c.article_id)
        .join(schema.articles, a.id == _M.c.article_id)
        .where(_M.c.actor_key == key)
        .order_by(a.ingested_at.desc(), a.id)
    )
    return list(conn.execute(query).scalars())


def _stored(row: sa.Row[Any]) -> StoredActor:
    return StoredActor(
        key=row.key,
        name=row.name,
        type=row.type,
        country=row.country,
        sector=row.sector,
        articles=int(row.articles),
        mentions=int(row.mentions),
    )


def _clean(value: str | None) -> str | None:
    """NUL characters removed: PostgreSQL text cannot hold them (the dossier JSON keeps them)."""
    return value.replace("\x00", "") if value else value
