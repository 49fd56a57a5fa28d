"""Actors across articles: one row per real-world actor, and which articles mention it.

Revision ID: 0002
Revises: 0001

``actors`` is keyed by the dossier's stable actor key (``country:RUS``, ``org:IAEA``,
``person:xi jinping``); ``actor_mentions`` links an article to the actors its dossier names, with
the dossier's local id (``a1``…) and the number of mentions. Articles stored before this revision
are indexed from their stored dossiers (those whose actors carry a ``key``), oldest first, so the
first article to name an actor gives its name and type, as it would have when ingested.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("country", sa.String),
        sa.Column("sector", sa.String),
        sa.Column("first_seen", sa.String),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_seen"], ["articles.id"], name="fk_actors_first_seen", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_actors_type", "actors", ["type"])
    op.create_table(
        "actor_mentions",
        sa.Column("article_id", sa.String, nullable=False),
        sa.Column("actor_key", sa.String, nullable=False),
        sa.Column("local_id", sa.String, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "actor_key", name="pk_actor_mentions"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_actor_mentions_article_id",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["actor_key"], ["actors.key"], name="fk_actor_mentions_actor_key"),
    )
    op.create_index("ix_actor_mentions_actor_key", "actor_mentions", ["actor_key"])
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("actor_mentions")
    op.drop_table("actors")


def _backfill(conn: sa.Connection) -> None:
    """Index the actors of the dossiers already stored. Self-contained: it reads the dossier JSON
    as it was written (the contract's field names), not through today's models."""
    meta = sa.MetaData()
    articles = sa.Table("articles", meta, sa.Column("id"), sa.Column("ingested_at"))
    dossiers = sa.Table("dossiers", meta, sa.Column("article_id"), sa.Column("json"))
    actors = sa.Table(
        "actors",
        meta,
        *(sa.Column(c) for c in ("key", "name", "type", "country", "sector", "first_seen")),
        sa.Column("created_at"),
    )
    mentions = sa.Table(
        "actor_mentions",
        meta,
        *(sa.Column(c) for c in ("article_id", "actor_key", "local_id", "mention_count")),
    )
    query = (
        sa.select(dossiers.c.article_id, dossiers.c.json, articles.c.ingested_at)
        .join(articles, articles.c.id == dossiers.c.article_id)
        .order_by(articles.c.ingested_at, articles.c.id)
    )
    known: dict[str, dict[str, Any]] = {}
    links: list[dict[str, Any]] = []
    for article_id, text, ingested_at in conn.execute(query):
        try:
            found = json.loads(text).get("actors") or []
        except (ValueError, AttributeError):
            continue
        counted: dict[str, dict[str, Any]] = {}
        for actor in found:
            key = _clean(actor.get("key")) if isinstance(actor, dict) else None
            if not key:
                continue
            row = known.setdefault(
                key,
                {
                    "key": key,
                    "name": _clean(actor.get("name")) or key,
                    "type": actor.get("type") or "group",
                    "country": None,
                    "sector": None,
                    "first_seen": article_id,
                    "created_at": ingested_at,
                },
            )
            row["country"] = row["country"] or _clean(actor.get("country"))
            row["sector"] = row["sector"] or _clean(actor.get("sector"))
            if row["type"] == "place" and actor.get("type") not in (None, "place"):
                row["type"] = actor["type"]
            n = len(actor.get("mentions") or [])
            if key in counted:
                counted[key]["mention_count"] += n
            else:
                counted[key] = {
                    "article_id": article_id,
                    "actor_key": key,
                    "local_id": _clean(actor.get("id")) or "",
                    "mention_count": n,
                }
        links += counted.values()
    if known:
        conn.execute(actors.insert(), list(known.values()))
    if links:
        conn.execute(mentions.insert(), links)


def _clean(value: object) -> str | None:
    """A string without NUL characters (PostgreSQL text cannot hold them), else None."""
    return value.replace("\x00", "") or None if isinstance(value, str) else None
