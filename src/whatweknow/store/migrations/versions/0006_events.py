"""Events across articles: one row per dossier event, one per party, for the whole-store views.

Revision ID: 0006
Revises: 0005

The global timeline and network and ``GET /api/v1/events`` without a story read ``events`` and
``event_parties`` (see :mod:`whatweknow.store.events`) instead of loading every dossier;
``ix_articles_published`` finds the latest day of publication, where their window ends.
Articles stored before this revision get their rows from their stored dossiers, ``BATCH`` at a
time (keyset pages on the article id, so memory stays bounded on any store). The rows are built
by the store's own :func:`~whatweknow.store.events.event_rows` (the PLOVER coding is the
pipeline's, not a copy); a stored dossier that the model cannot read gets none, and
``wwk check`` names it.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from pydantic import ValidationError

revision = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

BATCH = 200


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("article_id", sa.String, nullable=False),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("day", sa.Date),
        sa.Column("finer", sa.Integer, nullable=False),
        sa.Column("published", sa.Date, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("plover", sa.String, nullable=False),
        sa.Column("quad", sa.Integer),
        sa.Column("modality", sa.String, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "event_id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_events_article_id", ondelete="CASCADE"
        ),
    )
    op.create_index(
        "ix_events_timeline", "events", ["day", "finer", "published", "article_id", "start"]
    )
    op.create_table(
        "event_parties",
        sa.Column("article_id", sa.String, nullable=False),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("node", sa.String, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("key", sa.String),
        sa.Column("day", sa.Date),
        sa.PrimaryKeyConstraint("article_id", "event_id", "role", "node", name="pk_event_parties"),
        sa.ForeignKeyConstraint(
            ["article_id", "event_id"],
            ["events.article_id", "events.event_id"],
            name="fk_event_parties_event",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_event_parties_key", "event_parties", ["key", "day"])
    op.create_index("ix_articles_published", "articles", ["published"])
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_articles_published", table_name="articles")
    op.drop_table("event_parties")
    op.drop_table("events")


def _backfill(conn: sa.Connection) -> None:
    """Write the event rows of the dossiers already stored, a batch at a time."""
    from whatweknow.contract import Dossier
    from whatweknow.store.events import event_rows

    meta = sa.MetaData()
    dossiers = sa.Table("dossiers", meta, sa.Column("article_id"), sa.Column("json"))
    events = sa.Table("events", meta, *(sa.Column(c, t) for c, t in _EVENT_COLUMNS.items()))
    parties = sa.Table("event_parties", meta, *(sa.Column(c, t) for c, t in _PARTY_COLUMNS.items()))
    query = (
        sa.select(dossiers.c.article_id, dossiers.c.json)
        .order_by(dossiers.c.article_id)
        .limit(BATCH)
    )
    after: str | None = None
    while True:
        page = query if after is None else query.where(dossiers.c.article_id > after)
        rows = conn.execute(page).all()
        event_batch: list[dict[str, object]] = []
        party_batch: list[dict[str, object]] = []
        for article_id, text in rows:
            try:
                dossier = Dossier.model_validate_json(text)
            except ValidationError:
                continue
            if dossier.article.id != article_id:
                continue
            found, named = event_rows(dossier)
            event_batch += found
            party_batch += named
        if event_batch:
            conn.execute(events.insert(), event_batch)
        if party_batch:
            conn.execute(parties.insert(), party_batch)
        if len(rows) < BATCH:
            return
        after = rows[-1].article_id


_TEXT = sa.String()
_EVENT_COLUMNS: dict[str, sa.types.TypeEngine[Any]] = {
    "article_id": _TEXT, "event_id": _TEXT, "day": sa.Date(), "finer": sa.Integer(),
    "published": sa.Date(), "start": sa.Integer(), "type": _TEXT, "plover": _TEXT,
    "quad": sa.Integer(), "modality": _TEXT, "record": sa.Text(),
}  # fmt: skip
_PARTY_COLUMNS: dict[str, sa.types.TypeEngine[Any]] = {
    "article_id": _TEXT, "event_id": _TEXT, "role": _TEXT, "node": _TEXT, "name": sa.Text(),
    "key": _TEXT, "day": sa.Date(),
}  # fmt: skip
