"""The tables, as SQLAlchemy Core objects, for building queries.

The migrations (``migrations/versions/``) create these tables and are the source of truth;
``tests/store/test_migrate.py`` checks that migrating an empty database gives exactly this
schema. Full-text search lives outside this metadata because it is dialect-specific: on SQLite
the FTS5 table ``articles_fts`` (kept in step by triggers), on PostgreSQL the generated column
``articles.search`` (see :mod:`whatweknow.store.search`).
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
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
    sa.Index("ux_articles_search_rowid", "search_rowid", unique=True),
    sa.Index("ix_articles_pipeline_version", "pipeline_version"),
    sa.Index("ix_articles_ingested_at", "ingested_at"),
    sa.Index("ix_articles_published", "published"),
)
"""One row per article: what listing and search need. ``search_rowid`` is a stable integer key
derived from ``id`` (:func:`search_rowid`); SQLite's full-text index is keyed on it."""

raw_inputs = sa.Table(
    "raw_inputs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", name="fk_raw_inputs_article_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("format", sa.String, nullable=False),
    sa.Column("raw", sa.LargeBinary, nullable=False),
    sa.Column("meta", sa.JSON, nullable=False),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Index("ix_raw_inputs_article_id", "article_id"),
)
"""What an article was read from: one row per publication of its text (the text's hash is the
article id, so a wire report carried word for word by a second outlet is the same article), each
with the outlet, address and date the reader found. The first row (the lowest ``id``) is the
input the article was stored from, which re-analysis reads; the rows after it are the other
publications (:meth:`~whatweknow.store.Store.add_publication`), one per outlet and address."""

dossiers = sa.Table(
    "dossiers",
    metadata,
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", name="fk_dossiers_article_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("schema", sa.String, nullable=False),
    sa.Column("pipeline_version", sa.String, nullable=False),
    sa.Column("json", sa.Text, nullable=False),
)
"""The dossier of each article, as the contract's JSON."""

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String, nullable=False),
    sa.Column("country", sa.String),
    sa.Column("sector", sa.String),
    sa.Column(
        "first_seen",
        sa.String,
        sa.ForeignKey("articles.id", name="fk_actors_first_seen", ondelete="SET NULL"),
    ),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_actors_type", "type"),
)
"""One row per real-world actor, keyed by the dossier's stable ``Actor.key`` (``country:RUS``).
Name and type are those of the first article that named it; a country or sector it lacked is
filled in by a later article that knows it, and a ``place`` becomes what a later article shows
it acting as (a country named only as a location, then as a party: ``state``)."""

actor_mentions = sa.Table(
    "actor_mentions",
    metadata,
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", name="fk_actor_mentions_article_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "actor_key",
        sa.String,
        sa.ForeignKey("actors.key", name="fk_actor_mentions_actor_key"),
        nullable=False,
    ),
    sa.Column("local_id", sa.String, nullable=False),
    sa.Column("mention_count", sa.Integer, nullable=False),
    sa.PrimaryKeyConstraint("article_id", "actor_key", name="pk_actor_mentions"),
    sa.Index("ix_actor_mentions_actor_key", "actor_key"),
)
"""Which articles name which actors: the dossier's local id (``a1``…) and how many mentions.
Replaced whole whenever the article's dossier is."""


stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("title", sa.Text),
    sa.Column("first_date", sa.Date),
    sa.Column("last_date", sa.Date),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("outlets", sa.JSON, nullable=False),
    sa.Column("actors", sa.JSON, nullable=False),
    sa.Column("json", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revision", sa.BigInteger, nullable=False, server_default="0"),
    sa.Index("ix_stories_last_date", "last_date"),
)
"""One row per story: the columns that listing needs, and the whole story object as JSON
(:class:`~whatweknow.stories.model.Story`), rewritten when an article joins it, with a random
``revision`` token that changes with each write."""

story_articles = sa.Table(
    "story_articles",
    metadata,
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", name="fk_story_articles_article_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "story_id",
        sa.Integer,
        sa.ForeignKey("stories.id", name="fk_story_articles_story_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("copy_group", sa.String),
    sa.Column("shingles", sa.Integer, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
    sa.Index("ix_story_articles_story_id", "story_id"),
)
"""Which story each article is in, its copy group (the id of the group's first article) and its
MinHash signature, to check copy candidates against."""

story_bands = sa.Table(
    "story_bands",
    metadata,
    sa.Column("bucket", sa.String, nullable=False),
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey(
            "story_articles.article_id", name="fk_story_bands_article_id", ondelete="CASCADE"
        ),
        nullable=False,
    ),
    sa.Column("period", sa.Integer, nullable=False, server_default="-1"),
    sa.PrimaryKeyConstraint("bucket", "period", "article_id", name="pk_story_bands"),
    sa.Index("ix_story_bands_article_id", "article_id"),
    sqlite_with_rowid=False,
)
"""The LSH buckets of each article's signature: articles sharing a bucket are copy candidates.
``period``: the week of the article's date (:func:`~whatweknow.store.stories.period`; -1:
undated, or stored before periods were), so that a lookup reads the weeks of the moment only.
The key is what a lookup reads (bucket, then week); in SQLite the rows are stored in it
(``WITHOUT ROWID``), one B-tree where a table and two indexes were: each article placed adds a
row per band (42), and those insertions were a tenth of placing's time."""

story_keys = sa.Table(
    "story_keys",
    metadata,
    sa.Column(
        "story_id",
        sa.Integer,
        sa.ForeignKey("stories.id", name="fk_story_keys_story_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("key", sa.String, nullable=False),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("period", sa.Integer, nullable=False, server_default="-1"),
    sa.PrimaryKeyConstraint("story_id", "key", name="pk_story_keys"),
    sa.Index("ix_story_keys_key", "key", "period", "story_id"),
)
"""The blocking index: for each story, how many of its articles have each key (``a:`` actor,
``t:`` term, ``e:`` event type). ``period``: the week of the story's first date (-1: undated,
or stored before periods were), so that a lookup reads the stories of the moment only."""

key_counts = sa.Table(
    "key_counts",
    metadata,
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("articles", sa.Integer, nullable=False),
)
"""How many articles in stories have each key (document frequency, for idf and blocking)."""


story_redirects = sa.Table(
    "story_redirects",
    metadata,
    sa.Column("old_id", sa.Integer, nullable=False),
    sa.Column("new_id", sa.Integer, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("old_id", name="pk_story_redirects"),
    sa.CheckConstraint("old_id <> new_id", name="ck_story_redirects_not_self"),
    sa.Index("ix_story_redirects_new_id", "new_id"),
)
"""The id of a story that a rebuild merged into another -> the story holding most of its
articles (:mod:`whatweknow.stories.ids`). No foreign key: a target may itself be redirected
later; the store keeps every row pointing at a live story (or at none, when its articles are
gone), so a lookup follows at most one hop, and never a cycle. No live story's id is a source.
Not cleared with the stories: the ids stay valid across rebuilds."""

watch_sources = sa.Table(
    "watch_sources",
    metadata,
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("content_hash", sa.String),
    sa.Column("last_seen", sa.DateTime(timezone=True)),
    sa.Column("items_seen", sa.Integer, nullable=False),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("next_try", sa.DateTime(timezone=True)),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("source", name="pk_watch_sources"),
)
"""The state of each source ``wwk watch`` follows (:class:`~.base.SourceState`)."""

watch_items = sa.Table(
    "watch_items",
    metadata,
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("article_id", sa.String),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("key", name="pk_watch_items"),
    sa.Index("ix_watch_items_article_id", "article_id"),
)
"""Every item a watcher took, by each of its keys (``guid:…``, ``url:…``, ``hash:…``), with the
article it became (None: it was no article, e.g. not in English). No foreign key: the key stays
seen when its article is deleted, so it is not fetched again."""


events = sa.Table(
    "events",
    metadata,
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", name="fk_events_article_id", ondelete="CASCADE"),
        nullable=False,
    ),
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
    sa.Index("ix_events_timeline", "day", "finer", "published", "article_id", "start"),
)
"""One row per dossier event, for the whole-store views (:mod:`whatweknow.store.events`):
``day`` is the first day of its TIMEX3 value (null when the text gives none), ``finer`` minus
the value's length (a finer value first on the same day), ``published`` the article's date
(9999-12-31 when it has none); ``record`` the event as the API gives it (JSON). Replaced whole
whenever the article's dossier is."""

event_parties = sa.Table(
    "event_parties",
    metadata,
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
    sa.Index("ix_event_parties_key", "key", "day"),
)
"""The actors (``role`` ``actor``) and targets (``target``) of each event: ``node`` is the
actor's stable key, or ``name:`` and its name for one without a key."""


def search_rowid(article_id: str) -> int:
    """A signed 64-bit integer derived from an article id (the first 8 bytes of its SHA-256).

    Stable across VACUUM and dumps, unlike SQLite's implicit rowid of a table with a text key. A
    collision (odds about n²/2⁶⁵) fails the unique index, so it can never mix two articles up.
    """
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)
