"""Watched sources: the state of each source ``wwk watch`` follows, and the items it has seen.

Revision ID: 0008
Revises: 0007

``watch_sources`` keeps, per source (a feed's or a page's address, a folder's path), what a
conditional fetch needs (``etag``, ``last_modified``), the hash of a page's last body, when it was
last read, how many items it gave, its failures in a row, its last error and when to try it
again. ``watch_items`` keeps the identity of every item taken (a feed entry's GUID, its canonical
address, a content hash), with the article it became: written in the article's own transaction,
its primary key makes the same item in two feeds, or in two watchers, one item.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("content_hash", sa.String),
        sa.Column("last_seen", sa.DateTime(timezone=True)),
        sa.Column("items_seen", sa.Integer, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("next_try", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source", name="pk_watch_sources"),
    )
    op.create_table(
        "watch_items",
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("article_id", sa.String),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_watch_items"),
    )
    op.create_index("ix_watch_items_article_id", "watch_items", ["article_id"])


def downgrade() -> None:
    op.drop_table("watch_items")
    op.drop_table("watch_sources")
