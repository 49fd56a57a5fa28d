"""Raw inputs: each records the publication it was read as (outlet, address, date).

Revision ID: 0011
Revises: 0010

The article id is the hash of the text, so one wire report carried word for word by a second
outlet is the article already stored. ``raw_inputs`` always allowed several rows per article;
the store now writes one for each publication of the text (another outlet or address), and
each row says which publication it is: the outlet, the address and the date the reader found.
The first row is still the article's own input (re-analysis reads it); the rows after it are the
other publications. Rows stored before this revision take their article's outlet, address and
date (they are its first and only publication).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None

_COLUMNS = ("outlet", "url", "published")
_FILL = (
    "UPDATE raw_inputs SET"
    " outlet = (SELECT articles.outlet FROM articles WHERE articles.id = raw_inputs.article_id),"
    " url = (SELECT articles.url FROM articles WHERE articles.id = raw_inputs.article_id),"
    " published = (SELECT articles.published FROM articles"
    " WHERE articles.id = raw_inputs.article_id)"
)
"""Rows stored before this revision take their article's publication: correlated subqueries, a
constant statement, alike on SQLite and PostgreSQL."""


def upgrade() -> None:
    op.add_column("raw_inputs", sa.Column("outlet", sa.Text))
    op.add_column("raw_inputs", sa.Column("url", sa.Text))
    op.add_column("raw_inputs", sa.Column("published", sa.Date))
    op.execute(_FILL)


def downgrade() -> None:
    with op.batch_alter_table("raw_inputs") as batch:
        for column in reversed(_COLUMNS):
            batch.drop_column(column)
