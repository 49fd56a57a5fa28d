"""Stories: articles grouped by the story they report, with copies, merged claims, contradictions.

Revision ID: 0003
Revises: 0002

``stories`` keeps each story whole as JSON (the object ``wwk story ID --format json`` prints) with
the columns that listing needs; ``story_articles`` says which story each article is in, with its
copy group and MinHash signature; ``story_bands`` (LSH buckets of the signatures) and
``story_keys`` (which keys each story's articles have) are the indexes that find copy and story
candidates without scanning the store; ``key_counts`` holds each key's document frequency.

Nothing is backfilled here: building stories needs the story logic, which a migration must not
depend on. Articles stored before this revision are added to stories by the next ``wwk ingest``
or by ``wwk stories --rebuild``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("title", sa.Text),
        sa.Column("first_date", sa.Date),
        sa.Column("last_date", sa.Date),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("outlets", sa.JSON, nullable=False),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_stories_last_date", "stories", ["last_date"])
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.String, primary_key=True),
        sa.Column("story_id", sa.Integer, nullable=False),
        sa.Column("copy_group", sa.String),
        sa.Column("shingles", sa.Integer, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_story_articles_article_id",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_story_articles_story_id", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_story_articles_story_id", "story_articles", ["story_id"])
    op.create_table(
        "story_bands",
        sa.Column("bucket", sa.String, nullable=False),
        sa.Column("article_id", sa.String, nullable=False),
        sa.PrimaryKeyConstraint("bucket", "article_id", name="pk_story_bands"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["story_articles.article_id"],
            name="fk_story_bands_article_id",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])
    op.create_table(
        "story_keys",
        sa.Column("story_id", sa.Integer, nullable=False),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("story_id", "key", name="pk_story_keys"),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_story_keys_story_id", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_story_keys_key", "story_keys", ["key"])
    op.create_table(
        "key_counts",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("articles", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("key_counts")
    op.drop_table("story_keys")
    op.drop_table("story_bands")
    op.drop_table("story_articles")
    op.drop_table("stories")
