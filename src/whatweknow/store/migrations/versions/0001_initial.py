"""Articles, their raw inputs, their dossiers, and full-text search over titles and texts.

Revision ID: 0001
Revises: (none)

Full text is dialect-specific:

- SQLite: an FTS5 table with *external content* (``content='articles'``), so the text is stored
  once, in ``articles``, and ``snippet()`` can still read it. FTS5 keys its rows by an integer
  rowid; ``articles`` has a text key and its implicit rowid may change on VACUUM, so the index is
  keyed on ``articles.search_rowid``, a stable integer derived from the id. Triggers keep the index
  in step with every insert, update and delete of ``articles``, inside the same transaction.
- PostgreSQL: a stored generated ``tsvector`` column, title weighted
  above text, with a GIN index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content='articles', content_rowid='search_rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text)
        VALUES (new.search_rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.search_rowid, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, search_rowid ON articles
    BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.search_rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text)
        VALUES (new.search_rowid, new.title, new.text);
    END""",
]

_POSTGRES_FTS = [
    """ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', text), 'B')
    ) STORED""",
    "CREATE INDEX ix_articles_search ON articles USING gin (search)",
]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("search_rowid", sa.BigInteger, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("format", sa.String, nullable=False),
        sa.Column("lang", sa.String),
        sa.Column("pipeline_version", sa.String, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ux_articles_search_rowid", "articles", ["search_rowid"], unique=True)
    op.create_index("ix_articles_pipeline_version", "articles", ["pipeline_version"])
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at"])
    op.create_table(
        "raw_inputs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("format", sa.String, nullable=False),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_raw_inputs_article_id", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_raw_inputs_article_id", "raw_inputs", ["article_id"])
    op.create_table(
        "dossiers",
        sa.Column("article_id", sa.String, primary_key=True),
        sa.Column("schema", sa.String, nullable=False),
        sa.Column("pipeline_version", sa.String, nullable=False),
        sa.Column("json", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_dossiers_article_id", ondelete="CASCADE"
        ),
    )
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_FTS, "postgresql": _POSTGRES_FTS}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS articles_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    op.drop_table("dossiers")
    op.drop_table("raw_inputs")
    op.drop_table("articles")
