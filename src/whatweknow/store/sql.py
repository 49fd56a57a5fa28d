"""The store on SQLAlchemy Core: one implementation for SQLite and PostgreSQL.

Only full-text search differs between the two (:mod:`whatweknow.store.search`, and the triggers or
generated column of the migration); everything here is portable Core. Every write goes through
:meth:`SqlStore._write`: one transaction, committed whole or not at all, its database errors
turned into :class:`~whatweknow.errors.StoreError`.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from ..contract import Dossier
from ..errors import StoreError, W
from ..readers.base import RawDocument
from ..story_contract import Story, StorySummary
from . import actors as actor_index
from . import events as event_index
from . import migrate, schema
from . import stories as story_index
from . import watch as watch_index
from .base import (
    EventLink,
    ItemMark,
    Publication,
    RawInput,
    SearchHit,
    SourceState,
    Store,
    StoredActor,
    StoredArticle,
    StoredEvent,
    StoryIndex,
)
from .engine import make_engine, resolve_url, writing
from .publications import publications
from .schema import search_rowid
from .search import search

RAW_BATCH = 100
"""How many raw inputs :meth:`SqlStore.raw_documents` reads per query."""
_DOSSIER_CHUNK = 100
"""Dossiers read in one query by :meth:`SqlStore.get_dossiers` (a few MB of JSON)."""
_PG_STORIES_LOCK = 0x77776B53  # "wwkS": PostgreSQL story updates queue on this advisory lock


def open_store(
    url_or_path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    pool_size: int | None = None,
    pool_timeout: float = 30.0,
) -> Store:
    """Open (creating or migrating it as needed) the store at a path or database URL.

    A plain path is a SQLite file; ``postgresql://USER@HOST/DB`` needs the ``psycopg`` package.
    ``read_only``: open it without the right to write (every write raises StoreError); it must
    exist, at the current schema revision (it is never created nor migrated). ``pool_size``,
    ``pool_timeout``: the connection pool (see ``make_engine``; a server sizes it to its
    requests in flight).
    Raises StoreError if it cannot be opened.
    """
    url = resolve_url(url_or_path)
    engine = make_engine(url, read_only=read_only, pool_size=pool_size, pool_timeout=pool_timeout)
    return SqlStore(engine, read_only=read_only)


class SqlStore(Store):
    """A :class:`Store` in a SQL database, through a SQLAlchemy engine (see :func:`open_store`)."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self._engine = engine
        self._stories = story_index.StoryCache()
        try:
            if read_only:
                _check_revision(engine)
            else:
                migrate.upgrade(engine)
        except StoreError:
            engine.dispose()
            raise
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            target = _target(engine)
            raise StoreError(W.STORE_OPEN.format(target=target, detail=_detail(exc))) from exc

    def location(self) -> str | None:
        url = self._engine.url
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            return None
        return url.render_as_string(hide_password=False)

    @property
    def engine(self) -> Engine:
        return self._engine

    def add(self, doc: RawDocument, dossier: Dossier, mark: ItemMark | None = None) -> bool:
        article = dossier.article
        if doc.article.id != article.id:
            raise ValueError(f"the document is article {doc.article.id}, the dossier {article.id}")
        now = datetime.now(UTC)
        with self._write() as conn:
            if conn.dialect.name == "postgresql":  # concurrent adds of one text queue here
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(search_rowid(article.id))))
            stored = conn.execute(
                sa.select(schema.articles.c.pipeline_version).where(
                    schema.articles.c.id == article.id
                )
            ).scalar_one_or_none()
            if stored is None:
                conn.execute(
                    schema.articles.insert().values(
                        id=article.id,
                        search_rowid=search_rowid(article.id),
                        source=_clean(doc.source),
                        format=_clean(doc.format),
                        ingested_at=now,
                        updated_at=now,
                        **_article_values(dossier),
                    )
                )
                conn.execute(schema.raw_inputs.insert().values(**_raw_input(doc)))
                conn.execute(
                    schema.dossiers.insert().values(article_id=article.id, **_dossier(dossier))
                )
                _index(conn, dossier, now)
            elif stored != dossier.pipeline.version:
                _update(conn, dossier, now)
            if mark is not None:
                watch_index.mark(conn, mark, article.id)
            return stored is None

    def add_publication(self, doc: RawDocument) -> bool:
        article_id = doc.article.id
        outlet, url = _clean(doc.article.outlet) or "", _clean(doc.article.url) or ""
        r = schema.raw_inputs.c
        with self._write() as conn:
            if conn.dialect.name == "postgresql":  # queued with adds of the same text
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(search_rowid(article_id))))
            stored = conn.execute(
                sa.select(schema.articles.c.id).where(schema.articles.c.id == article_id)
            ).scalar_one_or_none()
            if stored is None:
                return False
            known = conn.execute(sa.select(r.outlet, r.url).where(r.article_id == article_id))
            if any((o or "", u or "") == (outlet, url) for o, u in known):
                return False
            conn.execute(schema.raw_inputs.insert().values(**_raw_input(doc)))
            return True

    def publications(self, article_ids: Collection[str]) -> dict[str, list[Publication]]:
        with self._read() as conn:
            return publications(conn, article_ids)

    def replace_dossier(self, article_id: str, dossier: Dossier) -> None:
        if dossier.article.id != article_id:
            raise ValueError(f"the dossier is of article {dossier.article.id}, not {article_id}")
        with self._write() as conn:
            if not _update(conn, dossier, datetime.now(UTC)):
                raise KeyError(article_id)

    def get_dossier(self, article_id: str) -> Dossier | None:
        d = schema.dossiers.c
        query = sa.select(d.json).where(d.article_id == article_id)
        with self._read() as conn:
            found = conn.execute(query).scalar_one_or_none()
        return None if found is None else Dossier.model_validate_json(found)

    def get_dossiers(self, article_ids: Sequence[str]) -> Iterator[tuple[str, Dossier | None]]:
        d = schema.dossiers.c
        for i in range(0, len(article_ids), _DOSSIER_CHUNK):
            part = list(article_ids[i : i + _DOSSIER_CHUNK])
            query = sa.select(d.article_id, d.json).where(d.article_id.in_(set(part)))
            with self._read() as conn:
                found = {str(a): str(j) for a, j in conn.execute(query)}
            for article_id in part:
                raw = found.get(article_id)
                yield article_id, None if raw is None else Dossier.model_validate_json(raw)

    def articles(self, limit: int = 100, offset: int = 0) -> list[StoredArticle]:
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        c = schema.articles.c
        columns = (c.id, c.title, c.url, c.outlet, c.published, c.source, c.format)
        query = (
            sa.select(*columns, c.pipeline_version, c.ingested_at)
            .order_by(c.ingested_at.desc(), c.id)
            .limit(limit)
            .offset(offset)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            StoredArticle(
                id=row.id,
                title=row.title,
                url=row.url,
                outlet=row.outlet,
                published=row.published,
                source=row.source,
                format=row.format,
                pipeline_version=row.pipeline_version,
                ingested_at=_utc(row.ingested_at),
            )
            for row in rows
        ]

    def count(self) -> int:
        with self._read() as conn:
            return conn.execute(
                sa.select(sa.func.count()).select_from(schema.articles)
            ).scalar_one()

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        try:
            return search(self._engine, query, limit, offset)
        except (sa.exc.SQLAlchemyError, UnicodeError) as exc:
            raise StoreError(W.STORE_READ.format(detail=_detail(exc))) from exc

    def raw_documents(self, pipeline_version_not: str | None = None) -> Iterator[RawInput]:
        # Keyset pages, each read in a short transaction of its own: no connection is held
        # between pages, so the caller can write (replace_dossier) while iterating.
        r = schema.raw_inputs.c
        r2 = schema.raw_inputs.alias("r2")
        first = sa.select(sa.func.min(r2.c.id)).where(r2.c.article_id == r.article_id)
        query = (
            sa.select(r.article_id, r.format, r.raw, r.meta, r.source)
            .join(schema.articles, schema.articles.c.id == r.article_id)
            .where(r.id == first.scalar_subquery())
            .order_by(r.article_id)
            .limit(RAW_BATCH)
        )
        if pipeline_version_not is not None:
            query = query.where(schema.articles.c.pipeline_version != pipeline_version_not)
        after: str | None = None
        while True:
            page = query if after is None else query.where(r.article_id > after)
            with self._read() as conn:
                rows = conn.execute(page).all()
            for row in rows:
                yield RawInput(row.article_id, row.format, row.raw, dict(row.meta), row.source)
            if len(rows) < RAW_BATCH:
                return
            after = rows[-1].article_id

    def actor(self, key: str) -> StoredActor | None:
        with self._read() as conn:
            return actor_index.get_actor(conn, key)

    def actors(
        self, limit: int = 100, offset: int = 0, type: str | None = None
    ) -> list[StoredActor]:
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        with self._read() as conn:
            return actor_index.list_actors(conn, limit, offset, type)

    def articles_with_actor(self, key: str) -> list[str]:
        with self._read() as conn:
            return actor_index.articles_with_actor(conn, key)

    def latest_event_day(self, not_after: date | None = None) -> date | None:
        with self._read() as conn:
            return event_index.latest_day(conn, not_after)

    def latest_published(self, not_after: date | None = None) -> date | None:
        published = schema.articles.c.published
        query = sa.select(sa.func.max(published))
        if not_after is not None:
            query = query.where(published <= not_after)
        with self._read() as conn:
            found: date | None = conn.execute(query).scalar_one_or_none()
        return found

    def events(
        self,
        first: date,
        last: date,
        *,
        limit: int = 100,
        offset: int = 0,
        actor: str | None = None,
        newest_first: bool = False,
    ) -> list[StoredEvent]:
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        with self._read() as conn:
            return event_index.list_events(
                conn,
                first,
                last,
                limit=limit,
                offset=offset,
                actor=actor,
                newest_first=newest_first,
            )

    def count_events(
        self, first: date, last: date, actor: str | None = None, cap: int = 10_000
    ) -> int:
        if cap < 0:
            raise ValueError("cap must not be negative")
        with self._read() as conn:
            return event_index.count_events(conn, first, last, actor, cap)

    def event_links(
        self, first: date, last: date, events: int = 5_000, limit: int = 300
    ) -> list[EventLink]:
        if events < 0 or limit < 0:
            raise ValueError("events and limit must not be negative")
        with self._read() as conn:
            return event_index.links(conn, first, last, events, limit)

    @contextmanager
    def story_index(self) -> Iterator[StoryIndex]:
        try:
            with self._write() as conn:
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_STORIES_LOCK})")
                index = story_index.SqlStoryIndex(conn, self._stories)
                yield index
                index.finish()
        except BaseException:
            self._stories.clear()  # its objects may hold changes that were rolled back
            raise

    def stories(self, limit: int = 100, offset: int = 0) -> list[StorySummary]:
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        with self._read() as conn:
            return story_index.list_stories(conn, limit, offset)

    def story(self, story_id: int) -> Story | None:
        with self._read() as conn:
            return story_index.load_story(conn, story_id, follow=True)

    def story_of(self, article_id: str) -> int | None:
        with self._read() as conn:
            return story_index.story_of(conn, article_id)

    def articles_without_story(self) -> list[str]:
        with self._read() as conn:
            return story_index.articles_without_story(conn)

    def clear_stories(self, only: Collection[int] | None = None) -> None:
        self._stories.clear()
        with self._write() as conn:
            if only is None:
                story_index.clear(conn)
                return
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_STORIES_LOCK})")
            story_index.clear_some(conn, sorted(set(only)))

    def story_members(self) -> dict[str, int]:
        with self._read() as conn:
            return story_index.members(conn)

    def story_redirects(self) -> dict[int, int]:
        with self._read() as conn:
            return story_index.redirects(conn)

    def renumber_stories(self, ids: Mapping[int, int], redirects: Mapping[int, int]) -> None:
        self._stories.clear()  # the cached objects carry their old ids
        with self._write() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_STORIES_LOCK})")
            story_index.renumber(conn, ids, redirects)

    def source_state(self, source: str) -> SourceState | None:
        with self._read() as conn:
            return watch_index.state(conn, source)

    def source_states(self) -> list[SourceState]:
        with self._read() as conn:
            return watch_index.states(conn)

    def save_source_state(self, state: SourceState) -> None:
        with self._write() as conn:
            watch_index.save_state(conn, state)

    def seen_items(self, keys: Collection[str]) -> set[str]:
        with self._read() as conn:
            return watch_index.seen(conn, keys)

    def mark_items(self, mark: ItemMark) -> None:
        with self._write() as conn:
            watch_index.mark(conn, mark, None)

    def last_new_items(self) -> dict[str, datetime]:
        with self._read() as conn:
            return watch_index.last_new(conn)

    def ingested_at(self, article_ids: Collection[str]) -> dict[str, datetime]:
        with self._read() as conn:
            return watch_index.ingested_at(conn, article_ids)

    def visit_mark(self, name: str) -> datetime | None:
        with self._read() as conn:
            return watch_index.visit(conn, name)

    def save_visit_mark(self, name: str, when: datetime) -> None:
        with self._write() as conn:
            watch_index.save_visit(conn, name, when)

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """The one way to write: a transaction, all or nothing."""
        try:
            with writing(self._engine) as conn:
                yield conn
        except (sa.exc.SQLAlchemyError, UnicodeError) as exc:
            raise StoreError(W.STORE_FAILED.format(detail=_detail(exc))) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except (sa.exc.SQLAlchemyError, UnicodeError) as exc:
            raise StoreError(W.STORE_READ.format(detail=_detail(exc))) from exc


def _check_revision(engine: Engine) -> None:
    """Raise StoreError unless the schema is at the newest revision (read-only: no migrating)."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    newest = migrate.head()
    if current == newest:
        return
    target = _target(engine)
    script = ScriptDirectory.from_config(migrate.alembic_config())
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise StoreError(W.STORE_NEWER.format(target=target, revision=current))
    detail = (
        f"its schema is at revision {current or 'none'}, not {newest}, and a read-only store is "
        "never migrated: run a write command such as wwk ingest or wwk check on it first"
    )
    raise StoreError(W.STORE_OPEN.format(target=target, detail=detail))


def _target(engine: Engine) -> str:
    """The store as messages name it: its URL without the password; a SQLite file opened through
    a ``file:`` URI (read-only) as the path."""
    database = engine.url.database or ""
    if engine.dialect.name == "sqlite" and database.startswith("file:"):
        return unquote(urlsplit(database).path)
    return engine.url.render_as_string(hide_password=True)


def _update(conn: Connection, dossier: Dossier, now: datetime) -> bool:
    """Replace an article's dossier and the metadata taken from it; False if there is none."""
    article_id = dossier.article.id
    done = conn.execute(
        schema.articles.update()
        .where(schema.articles.c.id == article_id)
        .values(updated_at=now, **_article_values(dossier))
    )
    if done.rowcount == 0:
        return False
    d = schema.dossiers
    conn.execute(d.update().where(d.c.article_id == article_id).values(**_dossier(dossier)))
    _index(conn, dossier, now)
    return True


def _index(conn: Connection, dossier: Dossier, now: datetime) -> None:
    """The rows taken from a dossier beside it: its keyed actors and its events."""
    actor_index.index_actors(conn, dossier, now)
    event_index.index_events(conn, dossier)


def _raw_input(doc: RawDocument) -> dict[str, Any]:
    """The row of ``raw_inputs`` that records the input ``doc`` and the publication it is."""
    a = doc.article
    return {
        "article_id": a.id,
        "source": _clean(doc.source),
        "format": _clean(doc.format),
        "raw": doc.raw,
        "meta": dict(doc.meta),
        "outlet": _clean(a.outlet),
        "url": _clean(a.url),
        "published": a.published,
    }


def _article_values(dossier: Dossier) -> dict[str, Any]:
    a = dossier.article
    return {
        "url": _clean(a.url),
        "outlet": _clean(a.outlet),
        "published": a.published,
        "title": _clean(a.title),
        "text": _clean(a.text),
        "lang": _clean(a.lang),
        "pipeline_version": _clean(dossier.pipeline.version),
        "model": _clean(dossier.pipeline.model),
    }


def _dossier(dossier: Dossier) -> dict[str, Any]:
    return {
        "schema": dossier.schema_,
        "pipeline_version": _clean(dossier.pipeline.version),
        "json": dossier.to_json(),
    }


def _clean(value: str | None) -> str | None:
    """NUL characters removed: PostgreSQL text cannot hold them (the dossier JSON keeps them)."""
    return value.replace("\x00", "") if value else value


def _utc(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _detail(exc: BaseException) -> str:
    """The database's own message, without the SQL and its (possibly huge) parameters."""
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
