"""Stories: ids that stay valid when a rebuild merges or splits stories.

Revision ID: 0007
Revises: 0006

``story_redirects`` maps the id of a story that is no more (merged into another by
``wwk stories --rebuild``) to the story that holds most of its articles; see
:mod:`whatweknow.stories.ids`. A store has none before this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "story_redirects",
        sa.Column("old_id", sa.Integer, nullable=False),
        sa.Column("new_id", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("old_id", name="pk_story_redirects"),
        sa.CheckConstraint("old_id <> new_id", name="ck_story_redirects_not_self"),
    )
    op.create_index("ix_story_redirects_new_id", "story_redirects", ["new_id"])


def downgrade() -> None:
    op.drop_table("story_redirects")
