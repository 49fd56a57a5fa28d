"""Stories in SQL: the story index inside a write transaction, and the listings.

Portable SQLAlchemy Core, but for the statements run for every article placed: constant driver
SQL written once for SQLite and PostgreSQL (:meth:`SqlStoryIndex._run`), the counters among
them upserts (``INSERT … ON CONFLICT DO UPDATE``, which both share). Story updates are
serialised anyway (SQLite's write lock; on PostgreSQL an advisory lock taken by
:meth:`~whatweknow.store.sql.SqlStore.story_index`).
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..story_contract import IndexedArticle, Profile, Story, StorySummary, top_actor_names
from . import schema
from .base import Publication, StoryIndex
from .publications import publications

TOTAL_KEY = ""
"""The ``key_counts`` row that counts every article in stories (no feature key is empty): the
total for idf, read in constant time (``count(*)`` scans the table, once per article)."""
_CHUNK = 500
"""Most values bound in one IN (…) list (SQLite allows 32766 parameters, but keep it modest)."""


PERIOD = 7
"""Days in a period of the copy and blocking indexes (``story_bands.period``,
``story_keys.period``): a lookup reads the rows of the periods a candidate may lie in."""
UNDATED = -1
"""The period of an undated row (or of one stored before periods were): read by every lookup."""


def period(day: date | None) -> int:
    """The period (week) of a date, :data:`UNDATED` for none."""
    return UNDATED if day is None else day.toordinal() // PERIOD


def periods(first: date, last: date) -> list[int]:
    """The periods a lookup reads for rows dated from ``first`` to ``last``: theirs, and
    :data:`UNDATED`."""
    return [UNDATED, *range(period(first), period(last) + 1)]


def _chunks(items: Iterable[Any]) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= _CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


class StoryCache:
    """Story objects a writer loaded or saved, with the revision token of their row, the most
    recent first, at most :data:`MAX_CLAIMS` claims in all.

    A story that several transactions of one writer change in turn (the one an ingest keeps
    adding to, or the stories a rebuild is building) is then parsed from its JSON once, and keeps
    its claim lookups. Another writer's save changes the token, so its story is read again. The
    objects are changed in place by the story logic: the owner must :meth:`clear` the cache when
    a transaction does not commit.
    """

    MAX_CLAIMS = 50_000
    """About 400 MB of story objects. Stories are bounded in time (chapters), so the stories an
    ingest or a rebuild keeps adding to are those of the last few weeks."""

    def __init__(self) -> None:
        self._items: OrderedDict[int, tuple[int, Story, int]] = OrderedDict()
        self._claims = 0

    def get(self, story_id: int, revision: int) -> Story | None:
        found = self._items.get(story_id)
        if found is None or found[0] != revision:
            return None
        self._items.move_to_end(story_id)
        return found[1]

    def put(self, story_id: int, revision: int, story: Story) -> None:
        self.drop(story_id)
        size = len(story.claims)  # the object grows in place: what was counted is kept
        self._items[story_id] = (revision, story, size)
        self._claims += size
        while self._claims > self.MAX_CLAIMS and len(self._items) > 1:
            oldest = next(iter(self._items))
            self.drop(oldest)

    def drop(self, story_id: int) -> None:
        found = self._items.pop(story_id, None)
        if found is not None:
            self._claims -= found[2]

    def clear(self) -> None:
        self._items.clear()
        self._claims = 0


class SqlStoryIndex(StoryIndex):
    """:class:`StoryIndex` on a connection in a write transaction.

    The statements run for every article are constant driver SQL (:meth:`_run`), written once
    for SQLite and PostgreSQL: building and compiling SQLAlchemy expressions cost more than the
    database did, and left cyclic garbage behind."""

    def __init__(self, conn: Connection, cache: StoryCache | None = None) -> None:
        self._conn = conn
        self._cache = cache or StoryCache()
        self._pg = conn.dialect.name == "postgresql"
        self._driver_error: type[Exception] = conn.dialect.loaded_dbapi.Error
        dialect = conn.dialect
        self._story_binds = [
            (c, schema.stories.c[c].type.dialect_impl(dialect).bind_processor(dialect))
            for c in _STORY_COLUMNS
        ]
        """Each column of a story's row with its type's conversion for this database (JSON
        lists, dates): what SQLAlchemy would apply, applied without its statement machinery."""
        self._counted: dict[str, int] = {}
        """Global key counts added in this transaction, not yet written (:meth:`finish`): one
        upsert per key per transaction rather than per article; reads add them."""

    def finish(self) -> None:
        """Write what this index holds back (the global key counts); before the commit."""
        if self._counted:
            rows = sorted(self._counted.items())
            self._counted = {}
            self._run_many(_UPSERTS["key_counts"], rows)

    @contextmanager
    def _cursor(self, sql: str, params: Any) -> Iterator[Any]:
        """The driver's cursor of this transaction's connection, for running ``sql`` (in the
        driver's parameter style) with ``params``: SQLAlchemy's execution machinery, its events
        and result objects, cost more than these statements did. A driver's error comes out as
        SQLAlchemy's (``IntegrityError``, …), as if it had run the statement: the store reports
        those."""
        cursor = self._conn.connection.cursor()
        try:
            yield cursor
        except self._driver_error as exc:
            raise sa.exc.DBAPIError.instance(sql, params, exc, self._driver_error) from exc
        finally:
            cursor.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of a statement with ``?`` placeholders (see :meth:`_cursor`)."""
        text, bound = self._text(sql), tuple(params)
        with self._cursor(text, bound) as cursor:
            cursor.execute(text, bound)
            return list(cursor.fetchall()) if cursor.description is not None else []

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row of :meth:`_rows`, None when there is none."""
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    def _run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """:meth:`_rows`, for a statement whose rows are not wanted; how many rows it changed."""
        text, bound = self._text(sql), tuple(params)
        with self._cursor(text, bound) as cursor:
            cursor.execute(text, bound)
            return int(cursor.rowcount)

    def _run_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """:meth:`_run` for each of ``rows``, in one call."""
        text = self._text(sql)
        with self._cursor(text, rows) as cursor:
            cursor.executemany(text, rows)

    def _text(self, sql: str) -> str:
        return sql.replace("?", "%s") if self._pg else sql

    def _day(self, day: date) -> date | str:
        """A date as the column holds it (SQLAlchemy keeps ISO text in SQLite)."""
        return day if self._pg else day.isoformat()

    def story_of(self, article_id: str) -> int | None:
        found = self._scalar(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        )
        return None if found is None else int(found)

    def ingested_on(self, article_id: str) -> date | None:
        a = schema.articles.c
        found = self._conn.execute(
            sa.select(a.ingested_at).where(a.id == article_id)
        ).scalar_one_or_none()
        return None if found is None else _utc(found).date()

    def publications(self, article_ids: Collection[str]) -> dict[str, list[Publication]]:
        return publications(self._conn, article_ids)

    def total_articles(self) -> int:
        found = self._scalar("SELECT articles FROM key_counts WHERE key = ?", (TOTAL_KEY,))
        return int(found or 0) + self._counted.get(TOTAL_KEY, 0)

    def key_counts(self, keys: Collection[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        wanted = sorted(set(keys))
        for part in _chunks(wanted):
            rows = self._rows(
                f"SELECT key, articles FROM key_counts WHERE key IN ({_marks(part)})", part
            )
            out.update({key: int(n) for key, n in rows})
        counted = self._counted
        for key in wanted:
            more = counted.get(key)
            if more:
                out[key] = out.get(key, 0) + more
        return out

    def copy_candidates(
        self,
        buckets: Collection[str],
        when: date | None = None,
        window: int = 0,
        reach: int | None = None,
    ) -> list[IndexedArticle]:
        ids: set[str] = set()
        weeks = self._weeks(when, window, reach, reach)
        for part in _chunks(sorted(set(buckets))):
            sql = f"SELECT article_id FROM story_bands WHERE bucket IN ({_marks(part)})"
            if weeks:
                sql += f" AND period IN ({_marks(weeks)})"
            ids |= {row[0] for row in self._rows(sql, [*part, *weeks])}
        dated, span = self._span_filter(when, window)
        out: list[IndexedArticle] = []
        for part in _chunks(sorted(ids)):
            sql = (
                "SELECT a.article_id, a.story_id, a.copy_group, a.signature, a.shingles "
                f"FROM story_articles a {dated}"
                f"WHERE a.article_id IN ({_marks(part)}){span} ORDER BY a.article_id"
            )
            rows = self._rows(sql, [*part, *self._span_params(when, window)])
            out += [IndexedArticle(a, int(s), g, bytes(sig), int(n)) for a, s, g, sig, n in rows]
        return out

    def story_candidates(
        self,
        keys: Collection[str],
        limit: int,
        when: date | None = None,
        window: int = 0,
        reach: int | None = None,
    ) -> list[int]:
        if not keys or limit <= 0:
            return []
        part = sorted(set(keys))[:_CHUNK]
        dated, span = self._span_filter(when, window, "k.story_id")
        weeks = self._weeks(when, window, reach, 0)
        within = f" AND k.period IN ({_marks(weeks)})" if weeks else ""
        sql = (
            f"SELECT k.story_id, count(*) AS shared FROM story_keys k {dated}"
            f"WHERE k.key IN ({_marks(part)}){within}{span} "
            "GROUP BY k.story_id ORDER BY shared DESC, k.story_id DESC LIMIT ?"
        )
        rows = self._rows(sql, [*part, *weeks, *self._span_params(when, window), limit])
        return [int(row[0]) for row in rows]

    @staticmethod
    def _weeks(when: date | None, window: int, reach: int | None, after: int | None) -> list[int]:
        """The periods to read for an article dated ``when``: those of the dates from ``window
        + reach`` days before it to ``window + after`` days after it (a story runs at most
        ``reach`` days from its first date); none (read all) without ``when`` or ``reach``."""
        if when is None or reach is None or after is None:
            return []
        return periods(when - timedelta(days=window + reach), when + timedelta(days=window + after))

    @staticmethod
    def _span_filter(when: date | None, window: int, story: str = "a.story_id") -> tuple[str, str]:
        """The join and the conditions that keep rows of stories whose span, widened by
        ``window`` days, holds ``when`` (nothing without ``when``)."""
        if when is None:
            return "", ""
        return (
            f"JOIN stories s ON s.id = {story} ",
            " AND (s.last_date IS NULL OR s.last_date >= ?)"
            " AND (s.first_date IS NULL OR s.first_date <= ?)",
        )

    def _span_params(self, when: date | None, window: int) -> list[Any]:
        if when is None:
            return []
        slack = timedelta(days=window)
        return [self._day(when - slack), self._day(when + slack)]

    def profiles(self, story_ids: Collection[int]) -> list[Profile]:
        out: list[Profile] = []
        for part in _chunks(sorted(set(story_ids))):
            heads = self._conn.execute(
                sa.select(
                    schema.stories.c.id,
                    schema.stories.c.articles,
                    schema.stories.c.first_date,
                    schema.stories.c.last_date,
                ).where(schema.stories.c.id.in_(part))
            ).all()
            keys: dict[int, dict[str, int]] = {row.id: {} for row in heads}
            query = sa.select(
                schema.story_keys.c.story_id, schema.story_keys.c.key, schema.story_keys.c.articles
            ).where(schema.story_keys.c.story_id.in_(part))
            for story_id, key, n in self._conn.execute(query).all():
                keys[story_id][key] = int(n)
            out += [
                Profile(h.id, int(h.articles), keys[h.id], h.first_date, h.last_date) for h in heads
            ]
        return out

    def load(self, story_id: int) -> Story | None:
        revision = self._scalar("SELECT revision FROM stories WHERE id = ?", (story_id,))
        if revision is None:
            return None
        story = self._cache.get(story_id, int(revision)) if revision else None
        if story is None:
            story = load_story(self._conn, story_id)
            if story is not None and revision:
                self._cache.put(story_id, int(revision), story)
        return story

    def new_story_id(self) -> int:
        return largest_story_id(self._conn) + 1

    def save_story(self, story: Story) -> None:
        values = _story_row(story)
        bound = [values[c] if f is None else f(values[c]) for c, f in self._story_binds]
        if self._run(_STORY_UPDATE, (*bound, story.id)) == 0:
            self._run(_STORY_INSERT, (story.id, *bound))
        self._cache.put(story.id, values["revision"], story)

    def save_span(self, story: Story) -> None:
        first = self._day(story.first) if story.first else None
        last = self._day(story.last) if story.last else None
        self._run(
            "UPDATE stories SET first_date = ?, last_date = ?, articles = ? WHERE id = ?",
            (first, last, len(story.articles), story.id),
        )

    def add_article(
        self,
        story: Story,
        article: IndexedArticle,
        buckets: Collection[str],
        keys: Collection[str],
        regroup: dict[str, str],
    ) -> None:
        conn = self._conn
        self._run(
            "INSERT INTO story_articles (article_id, story_id, copy_group, shingles, signature) "
            "VALUES (?, ?, ?, ?, ?)",
            (article.article_id, story.id, article.copy_group, article.shingles, article.signature),
        )
        for other, group in sorted(regroup.items()):
            conn.execute(
                schema.story_articles.update()
                .where(schema.story_articles.c.article_id == other)
                .values(copy_group=group)
            )
        entry = next((a for a in reversed(story.articles) if a.id == article.article_id), None)
        published = entry.published if entry is not None else None
        if buckets:
            week = period(published)
            bands = [(b, article.article_id, week) for b in sorted(set(buckets))]
            self._run_many(_UPSERTS["bands"], bands)
        first = period(story.first)
        if published is not None and published == story.first and len(story.articles) > 1:
            # the story's first date may have moved earlier: its keys move with it
            self._run(
                "UPDATE story_keys SET period = ? WHERE story_id = ? AND period <> ?",
                (first, story.id, first),
            )
        wanted = sorted(set(keys) - {TOTAL_KEY})
        if wanted:
            rows = [(story.id, k, story.keys.get(k, 1), first) for k in wanted]
            self._run_many(_UPSERTS["story_keys"], rows)
        counted = self._counted
        for k in [TOTAL_KEY, *wanted]:
            counted[k] = counted.get(k, 0) + 1


_UPSERTS = {
    "bands": "INSERT INTO story_bands (bucket, article_id, period) VALUES (?, ?, ?)",
    "story_keys": "INSERT INTO story_keys (story_id, key, articles, period) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (story_id, key) DO UPDATE SET articles = excluded.articles, "
    "period = excluded.period",
    "key_counts": "INSERT INTO key_counts (key, articles) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET articles = key_counts.articles + excluded.articles",
}
"""The statements run once per article with many rows each (LSH buckets, key counters), as
constant driver SQL with bound parameters: SQLAlchemy's per-row processing cost more than the
database. ``INSERT … ON CONFLICT DO UPDATE`` is shared by SQLite and PostgreSQL; the story's
count of a key is set, the global one incremented (by what a transaction added, at its end)."""

_STORY_COLUMNS = (
    "title",
    "first_date",
    "last_date",
    "articles",
    "outlets",
    "actors",
    "json",
    "updated_at",
    "revision",
)
_STORY_UPDATE = f"UPDATE stories SET {', '.join(f'{c} = ?' for c in _STORY_COLUMNS)} WHERE id = ?"
_STORY_INSERT = (
    f"INSERT INTO stories (id, {', '.join(_STORY_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' for _ in _STORY_COLUMNS)})"
)
"""A story's row written whole (the values converted as their column types say)."""


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _story_row(story: Story) -> dict[str, Any]:
    return {
        "title": story.title,
        "first_date": story.first,
        "last_date": story.last,
        "articles": len(story.articles),
        "outlets": list(story.outlets),
        "actors": top_actor_names(story),
        "json": story.model_dump_json(by_alias=True),
        "updated_at": datetime.now(UTC),
        "revision": _revision(),
    }


def story_of(conn: Connection, article_id: str) -> int | None:
    found = conn.execute(
        sa.select(schema.story_articles.c.story_id).where(
            schema.story_articles.c.article_id == article_id
        )
    ).scalar_one_or_none()
    return None if found is None else int(found)


def load_story(conn: Connection, story_id: int, follow: bool = False) -> Story | None:
    """A story; with ``follow``, an id that a rebuild redirected gives the story it leads to."""
    found = conn.execute(
        sa.select(schema.stories.c.json).where(schema.stories.c.id == story_id)
    ).scalar_one_or_none()
    if found is None and follow:
        target = resolve_redirect(conn, story_id)
        if target != story_id:
            return load_story(conn, target)
    return None if found is None else Story.model_validate_json(found)


MAX_HOPS = 16
"""Redirects followed at most: the store keeps them one hop long (see
:func:`renumber`); the bound only guards a store written otherwise."""


def resolve_redirect(conn: Connection, story_id: int) -> int:
    """Where an id leads through the redirects (itself when none); never loops."""
    r = schema.story_redirects.c
    seen = {story_id}
    current = story_id
    for _ in range(MAX_HOPS):
        target = conn.execute(sa.select(r.new_id).where(r.old_id == current)).scalar_one_or_none()
        if target is None or int(target) in seen:
            break
        current = int(target)
        seen.add(current)
    return current


def largest_story_id(conn: Connection) -> int:
    """The largest id any story or redirect uses (0 when none): new ids are above it, so an id
    that once named a story never names another."""
    s, r = schema.stories.c, schema.story_redirects.c
    found = [
        conn.execute(sa.select(sa.func.max(column))).scalar_one()
        for column in (s.id, r.old_id, r.new_id)
    ]
    return max((int(x) for x in found if x is not None), default=0)


def members(conn: Connection) -> dict[str, int]:
    a = schema.story_articles.c
    return {str(x): int(y) for x, y in conn.execute(sa.select(a.article_id, a.story_id))}


def redirects(conn: Connection) -> dict[int, int]:
    r = schema.story_redirects.c
    return {int(x): int(y) for x, y in conn.execute(sa.select(r.old_id, r.new_id))}


def renumber(conn: Connection, ids: Mapping[int, int], moved: Mapping[int, int]) -> None:
    """:meth:`~whatweknow.store.base.Store.renumber_stories` in a write transaction.

    A story moves by copying its row under the new id, moving its index rows to it, then
    deleting the old row (foreign keys hold at every statement). One whose new id another story
    holds now goes by way of the negative of its new id, after every other story moved: no id
    is ever held twice, whatever the permutation."""
    s = schema.stories.c
    live = {int(x) for x in conn.execute(sa.select(s.id)).scalars()}
    ids = {a: b for a, b in ids.items() if a != b}
    kept = live - set(ids)
    if not set(ids) <= live or len(set(ids.values())) != len(ids) or set(ids.values()) & kept:
        raise ValueError("story ids must map stories one-to-one onto ids no kept story has")
    if any(b <= 0 for b in ids.values()):
        raise ValueError("story ids must be positive")
    final = kept | set(ids.values())
    if set(moved) & final or not set(moved.values()) <= final:
        raise ValueError("a redirect must lead from an id no story has to a story")
    _relink(conn, ids)
    through = {a: b for a, b in ids.items() if b in live}  # taken now: by way of -b
    for a, b in sorted(ids.items()):
        _move(conn, a, -b if a in through else b)
    for b in sorted(through.values()):
        _move(conn, -b, b)
    _redirect(conn, moved, final)


def _relink(conn: Connection, ids: Mapping[int, int]) -> None:
    """Rewrite the JSON of the stories that move, then of the chapters linked to them."""
    linked: set[int] = set()
    for part in _chunks(sorted(ids)):
        linked |= _rewrite(conn, part, ids)
    for part in _chunks(sorted(linked - set(ids))):
        _rewrite(conn, part, ids)


def _rewrite(conn: Connection, part: list[int], ids: Mapping[int, int]) -> set[int]:
    """The stories ``part`` with their own id and links mapped; the ids they link to."""
    s = schema.stories.c
    linked: set[int] = set()
    for story_id, text in conn.execute(sa.select(s.id, s.json).where(s.id.in_(part))).all():
        story = Story.model_validate_json(text)
        links = (story.follows, story.continued_in)
        linked |= {x for x in links if x is not None} | set(story.related)
        story.id = ids.get(story.id, story.id)
        story.follows, story.continued_in = (None if x is None else ids.get(x, x) for x in links)
        story.related = [ids.get(x, x) for x in story.related]
        values = {"json": story.model_dump_json(by_alias=True), "revision": _revision()}
        conn.execute(schema.stories.update().where(s.id == story_id).values(**values))
    return linked


def _move(conn: Connection, old: int, new: int) -> None:
    table = schema.stories
    columns = [c for c in table.c if c.name != "id"]
    copied = sa.select(sa.literal(new), *columns).where(table.c.id == old)
    conn.execute(table.insert().from_select(["id", *(c.name for c in columns)], copied))
    for child in (schema.story_articles, schema.story_keys):
        conn.execute(child.update().where(child.c.story_id == old).values(story_id=new))
    conn.execute(table.delete().where(table.c.id == old))


def _redirect(conn: Connection, moved: Mapping[int, int], final: set[int]) -> None:
    """Earlier redirects follow ``moved`` (one hop each); then ``moved`` is recorded."""
    table = schema.story_redirects
    r = table.c
    for old, target in list(redirects(conn).items()):
        if old in final or old in moved:
            conn.execute(table.delete().where(r.old_id == old))
        elif target in moved:
            conn.execute(table.update().where(r.old_id == old).values(new_id=moved[target]))
    now = datetime.now(UTC)
    rows = [{"old_id": a, "new_id": b, "created_at": now} for a, b in sorted(moved.items())]
    if rows:
        conn.execute(table.insert(), rows)


def _revision() -> int:
    return secrets.randbits(62) | 1  # never 0, the token of rows no cache holds


def list_stories(conn: Connection, limit: int, offset: int) -> list[StorySummary]:
    query = (
        sa.select(
            schema.stories.c.id,
            schema.stories.c.title,
            schema.stories.c.first_date,
            schema.stories.c.last_date,
            schema.stories.c.articles,
            schema.stories.c.outlets,
            schema.stories.c.actors,
        )
        .order_by(
            schema.stories.c.last_date.is_(None),
            schema.stories.c.last_date.desc(),
            schema.stories.c.id,
        )
        .limit(limit)
        .offset(offset)
    )
    return [
        StorySummary(
            id=int(row.id),
            title=row.title,
            first=row.first_date,
            last=row.last_date,
            articles=int(row.articles),
            outlets=tuple(row.outlets),
            actors=tuple(row.actors),
        )
        for row in conn.execute(query)
    ]


def articles_without_story(conn: Connection) -> list[str]:
    a = schema.articles.c
    query = (
        sa.select(a.id)
        .where(~sa.exists().where(schema.story_articles.c.article_id == a.id))
        .order_by(a.published.is_(None), a.published, a.ingested_at, a.id)
    )
    return list(conn.execute(query).scalars())


def clear(conn: Connection) -> None:
    for table in (
        schema.story_bands,
        schema.story_keys,
        schema.key_counts,
        schema.story_articles,
        schema.stories,
    ):
        conn.execute(table.delete())


def clear_some(conn: Connection, ids: list[int]) -> None:
    """Forget the stories ``ids``: their rows, their articles' places, LSH buckets and key
    counts (the global counts lose what their articles brought: a story's count of a key is how
    many of its articles have it)."""
    k = schema.story_keys.c
    kc = schema.key_counts.c
    a = schema.story_articles.c
    for part in _chunks(ids):
        brought = conn.execute(
            sa.select(k.key, sa.func.sum(k.articles)).where(k.story_id.in_(part)).group_by(k.key)
        ).all()
        members = conn.execute(
            sa.select(sa.func.count())
            .select_from(schema.story_articles)
            .where(a.story_id.in_(part))
        ).scalar_one()
        for key, n in [*brought, (TOTAL_KEY, members)]:
            conn.execute(
                schema.key_counts.update()
                .where(kc.key == key)
                .values(articles=kc.articles - int(n))
            )
        placed = sa.select(a.article_id).where(a.story_id.in_(part))
        conn.execute(schema.story_bands.delete().where(schema.story_bands.c.article_id.in_(placed)))
        conn.execute(schema.story_keys.delete().where(k.story_id.in_(part)))
        conn.execute(schema.story_articles.delete().where(a.story_id.in_(part)))
        conn.execute(schema.stories.delete().where(schema.stories.c.id.in_(part)))
    conn.execute(schema.key_counts.delete().where(kc.articles <= 0))


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
