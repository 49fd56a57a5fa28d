"""Stories: the copy and blocking indexes bucketed by week, so that a lookup reads the news of
the moment, not the archive.

Revision ID: 0009
Revises: 0008

``story_bands.period`` is the week of the article's date, ``story_keys.period`` the week of the
story's first date (:func:`whatweknow.store.stories.period`); the indexes lead with the bucket or
key, then the period. Finding copy candidates or candidate stories for an article then reads
only the rows of the weeks a story that could take it may lie in, where before it read every
row of each bucket or key, at any date, and filtered by date afterwards.

Existing rows get -1, the period of undated rows, which every lookup reads: they are found as
before (by every lookup) until ``wwk stories --rebuild`` gives them their weeks.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column(
        "story_bands", sa.Column("period", sa.Integer, nullable=False, server_default="-1")
    )
    op.add_column(
        "story_keys", sa.Column("period", sa.Integer, nullable=False, server_default="-1")
    )
    op.create_index(
        "ix_story_bands_bucket_period", "story_bands", ["bucket", "period", "article_id"]
    )
    op.drop_index("ix_story_keys_key", table_name="story_keys")
    op.create_index("ix_story_keys_key", "story_keys", ["key", "period", "story_id"])


def downgrade() -> None:
    op.drop_index("ix_story_keys_key", table_name="story_keys")
    op.create_index("ix_story_keys_key", "story_keys", ["key", "story_id"])
    op.drop_index("ix_story_bands_bucket_period", table_name="story_bands")
    # not a batch (copy and move) operation: on SQLite, dropping the old table would cascade
    op.drop_column("story_keys", "period")
    op.drop_column("story_bands", "period")
