"""``wwk check``: the integrity of a store, one line per problem (exit 1 when any).

Checks the database's own integrity (SQLite: ``PRAGMA integrity_check`` and the FTS5 index's
``integrity-check``), that every article has its raw input and its dossier, that every dossier is
valid JSON of the model and belongs to its article, that the actor, event and story index rows
point to stored articles (no half-stored article), and that each article's event rows (what the
whole-store views read) are those its dossier gives.

Stored articles that are in no story are a warning, not a problem: each is stored whole (an
ingest was stopped between its transaction and its story update, or the update failed), and the
next ``wwk ingest`` places them.

Each line is shown by the rule of :mod:`._terminal`: an id or a message read from a damaged
store cannot write control characters to the terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterator
from typing import Any

import click
import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Connection

from ..contract import Dossier
from ..store import Store, schema
from ..store.events import event_rows, stored_rows
from ._common import db_option, open_db
from ._terminal import shown

_ORPHANS = (
    (schema.raw_inputs, "raw input"),
    (schema.dossiers, "dossier"),
    (schema.actor_mentions, "actor index row"),
    (schema.story_articles, "story index row"),
    (schema.events, "event row"),
    (schema.event_parties, "event party row"),
)
UNPLACED_SHOWN = 5
"""Article ids named in the warning about articles in no story."""


def check_store(conn: Connection) -> Iterator[str]:
    """Every problem of the store behind ``conn``, as a line of text."""
    if conn.dialect.name == "sqlite":
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
            if line != "ok":
                yield f"database: {line}"
        try:
            conn.exec_driver_sql(
                "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sa.exc.DatabaseError as exc:
            yield f"full-text index: {str(getattr(exc, 'orig', exc)).splitlines()[0]}"
    a = schema.articles.c
    for table, what in _ORPHANS:
        query = sa.select(table.c.article_id).where(table.c.article_id.not_in(sa.select(a.id)))
        for (article_id,) in conn.execute(query.distinct()).all():
            yield f"{what} of article {article_id}, which is not stored"
    raw = sa.select(schema.raw_inputs.c.article_id)
    for (article_id,) in conn.execute(sa.select(a.id).where(a.id.not_in(raw))).all():
        yield f"article {article_id}: no raw input (it cannot be re-analysed)"
    d = schema.dossiers.c
    query = sa.select(a.id, a.pipeline_version, d.json).select_from(
        schema.articles.outerjoin(schema.dossiers, d.article_id == a.id)
    )
    for article_id, version, text in conn.execute(query):
        dossier = yield from _check_dossier(article_id, version, text)
        if dossier is not None:
            yield from _check_events(conn, article_id, dossier)
    yield from _check_redirects(conn)


def _check_redirects(conn: Connection) -> Iterator[str]:
    """Story redirects are one hop from an id no story has (see
    :func:`whatweknow.store.stories.renumber`)."""
    r = schema.story_redirects.c
    live = set(conn.execute(sa.select(schema.stories.c.id)).scalars())
    found = {int(a): int(b) for a, b in conn.execute(sa.select(r.old_id, r.new_id))}
    for old, new in sorted(found.items()):
        if old in live:
            yield f"story redirect {old} -> {new}: {old} is a story's id"
        elif new in found:
            yield f"story redirect {old} -> {new}: {new} redirects too (a chain)"


def story_warnings(store: Store) -> list[str]:
    """What ``wwk check`` warns about without failing: stored articles in no story."""
    pending = store.articles_without_story()
    if not pending:
        return []
    n = len(pending)
    shown = ", ".join(pending[:UNPLACED_SHOWN]) + (", …" if n > UNPLACED_SHOWN else "")
    return [
        f"{n} stored article{'s are' if n != 1 else ' is'} in no story ({shown}): an ingest was "
        "stopped before its story update, or the update failed. To place them, run wwk ingest "
        "again (the same files will do) or wwk stories --rebuild"
    ]


def _check_dossier(
    article_id: str, version: str, text: str | None
) -> Generator[str, None, Dossier | None]:
    """The problems of an article's stored dossier; returns the dossier if it is its own."""
    if text is None:
        yield f"article {article_id}: no dossier"
        return None
    try:
        dossier = Dossier.model_validate_json(text)
    except ValidationError as exc:
        yield f"article {article_id}: the dossier is not valid ({exc.error_count()} errors)"
        return None
    if dossier.article.id != article_id:
        yield f"article {article_id}: its dossier is of article {dossier.article.id}"
        return None
    if dossier.pipeline.version != version:
        yield f"article {article_id}: the dossier's pipeline version is not the article's"
    return dossier


def _check_events(conn: Connection, article_id: str, dossier: Dossier) -> Iterator[str]:
    """The article's event rows must be those its dossier gives (the whole-store views read
    them, not the dossier): a difference means a write that bypassed the store."""
    want_events, want_parties = event_rows(dossier)
    have_events, have_parties = stored_rows(conn, article_id)
    if _rows(want_events) != _rows(have_events) or _rows(want_parties) != _rows(have_parties):
        yield (
            f"article {article_id}: its event rows ({len(have_events)}) are not those of its "
            f"dossier ({len(want_events)} events): run wwk reprocess --all"
        )


def _rows(rows: list[dict[str, Any]]) -> list[str]:
    """Rows in a comparable form: each as the text of its sorted items, in sorted order."""
    return sorted(repr(sorted(row.items())) for row in rows)


@click.command(short_help="Check that the store is consistent.")
@db_option
def check(db: str) -> None:
    """Check the integrity of the store: the database, the full-text index, and that every
    article is stored whole (raw input, a valid dossier, index rows). Exit 1 on any problem.

    Stored articles in no story are reported as a warning (exit 0: each is stored whole); the
    next wwk ingest places them."""
    from ..store import SqlStore

    with open_db(db, must_exist=True) as store:
        if not isinstance(store, SqlStore):  # every backend is one today
            raise click.ClickException(f"wwk check reads SQL stores, not {type(store).__name__}")
        with store.engine.connect() as conn:
            problems = list(check_store(conn))
        warnings = story_warnings(store)
        total = store.count()
    for line in problems:
        click.echo(shown(f"{db}: {line}"), err=True)
    for line in warnings:
        click.echo(shown(f"{db}: warning: {line}"), err=True)
    summary = f"{total} articles checked, {len(problems)} problem{'s' * (len(problems) != 1)}"
    if warnings:
        summary += f", {len(warnings)} warning{'s' * (len(warnings) != 1)}"
    click.echo(summary)
    sys.exit(1 if problems else 0)
