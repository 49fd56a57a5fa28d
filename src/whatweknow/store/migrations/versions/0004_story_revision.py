"""Stories: a revision token, so that a writer may keep story objects between transactions.

Revision ID: 0004
Revises: 0003

``stories.revision`` is a random token written with each save of a story. A writer that keeps a
story object it loaded or saved (see :class:`~whatweknow.store.stories.StoryCache`) reuses it
while the row's token is the one it knows, instead of parsing the story's JSON again: a story of
hundreds of articles is megabytes of JSON. Existing rows get 0, which no cache holds.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("revision", sa.BigInteger, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("revision")
