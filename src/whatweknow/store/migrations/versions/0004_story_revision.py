"""Stories: a revision token, so that a writer may keep story objects between transactions;
the number of articles in stories kept as a counter.

Revision ID: 0004
Revises: 0003

``stories.revision`` is a random token written with each save of a story. A writer that keeps a
story object it loaded or saved (see :class:`~whatweknow.store.stories.StoryCache`) reuses it
while the row's token is the one it knows, instead of parsing the story's JSON again: a story of
hundreds of articles is megabytes of JSON. Existing rows get 0, which no cache holds.

``key_counts`` gains the row of the empty key: how many articles are in stories (the total for
idf), kept by each story update rather than counted (``count(*)`` scans the table).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column(
        "stories", sa.Column("revision", sa.BigInteger, nullable=False, server_default="0")
    )
    op.execute("INSERT INTO key_counts (key, articles) SELECT '', count(*) FROM story_articles")


def downgrade() -> None:
    op.execute("DELETE FROM key_counts WHERE key = ''")
    # not a batch (copy and move) operation: on SQLite, dropping the old table would cascade
    op.drop_column("stories", "revision")
