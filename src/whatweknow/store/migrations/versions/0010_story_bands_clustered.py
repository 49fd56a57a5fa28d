"""Stories: the LSH bands keyed by what a lookup reads, stored in that key on SQLite.

Revision ID: 0010
Revises: 0009

``story_bands`` had a table, its primary key (bucket, article) and an index (bucket, week,
article) that lookups read; each article placed inserts a row per band into all three. The key
is now (bucket, week, article) and, on SQLite, the table is that key (``WITHOUT ROWID``): one
B-tree for the rows and the lookups, beside the index by article that forgetting a story reads.
An article has one week, so the key is unique where the old one was. On PostgreSQL the key
changes and the index it replaces is dropped.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def _bands(name: str, key: list[str], with_rowid: bool) -> None:
    op.create_table(
        name,
        sa.Column("bucket", sa.String, nullable=False),
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey(
                "story_articles.article_id", name="fk_story_bands_article_id", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.Column("period", sa.Integer, nullable=False, server_default="-1"),
        sa.PrimaryKeyConstraint(*key, name="pk_story_bands"),
        sqlite_with_rowid=with_rowid,
    )


def _rebuild(key: list[str], with_rowid: bool) -> None:
    """SQLite cannot change a table's key in place: a new table, the rows copied, renamed."""
    _bands("story_bands_new", key, with_rowid)
    op.execute(
        "INSERT INTO story_bands_new (bucket, article_id, period) "
        "SELECT bucket, article_id, period FROM story_bands"
    )
    op.drop_table("story_bands")  # its indexes go with it; no table refers to it
    op.rename_table("story_bands_new", "story_bands")
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(["bucket", "period", "article_id"], with_rowid=False)
        return
    op.drop_constraint("pk_story_bands", "story_bands", type_="primary")
    op.create_primary_key("pk_story_bands", "story_bands", ["bucket", "period", "article_id"])
    op.drop_index("ix_story_bands_bucket_period", table_name="story_bands")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(["bucket", "article_id"], with_rowid=True)
    else:
        op.drop_constraint("pk_story_bands", "story_bands", type_="primary")
        op.create_primary_key("pk_story_bands", "story_bands", ["bucket", "article_id"])
    op.create_index(
        "ix_story_bands_bucket_period", "story_bands", ["bucket", "period", "article_id"]
    )
