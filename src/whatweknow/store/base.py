"""The one store interface, and the small records it returns.

Both backends, SQLite and PostgreSQL (one :class:`~whatweknow.store.sql.SqlStore` over
SQLAlchemy), implement :class:`Store` and pass the same conformance suite
(``tests/store/conformance.py``). A store keeps, per article: a row of metadata
for listing, the raw input it was read from (so that a later pipeline can re-analyse everything),
and its dossier as JSON, the contract's own serialisation. Stores never do NLP.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Any, NamedTuple, Self

from ..contract import Dossier
from ..readers.base import RawDocument
from ..story_contract import IndexedArticle, Profile, Story, StorySummary

MARK_START = "\ue000"
MARK_END = "\ue001"
"""Private-use characters that backends put around matched terms in a snippet; they never reach
a :class:`SearchHit` (see :func:`split_marks`)."""
_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")


@dataclass(frozen=True)
class StoredArticle:
    """One stored article, as listed (the full record is the dossier)."""

    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    source: str
    """Where it was read from, as in :attr:`RawDocument.source`."""
    format: str
    """The format it was read as (``readers.registry.FORMATS``), which says how to read it again."""
    pipeline_version: str
    """The version of the pipeline that made the stored dossier."""
    ingested_at: datetime
    """When it was first stored (timezone-aware, UTC)."""


@dataclass(frozen=True)
class SearchHit:
    """One result of :meth:`Store.search`, best first."""

    article_id: str
    title: str | None
    outlet: str | None
    published: date | None
    snippet: str
    """A short passage of the text around the matches, plain text, ``…`` where it was cut."""
    marks: tuple[tuple[int, int], ...]
    """The matched terms in ``snippet``, as ``(start, end)`` offsets (end exclusive)."""
    score: float
    """Relevance, higher is better; comparable within one search only."""

    def highlighted(self, start: str = "[", end: str = "]") -> str:
        """The snippet with every match wrapped in ``start`` … ``end``."""
        out: list[str] = []
        pos = 0
        for a, b in self.marks:
            out += [self.snippet[pos:a], start, self.snippet[a:b], end]
            pos = b
        out.append(self.snippet[pos:])
        return "".join(out)


@dataclass(frozen=True)
class StoredActor:
    """A real-world actor as the store knows it, across every article that names it."""

    key: str
    """The stable identity of the dossier's :attr:`~whatweknow.contract.Actor.key`: ``country:RUS``,
    ``org:IAEA``, ``person:xi jinping``."""
    name: str
    """As the first article that named it gave it."""
    type: str
    """``person``, ``state``, ``organisation``, ``place`` or ``group``."""
    country: str | None
    """ISO alpha-3 code, where any article knew it."""
    sector: str | None
    """Sector code (``GOV``, ``MIL``, ``IGO``…), where any article knew it."""
    articles: int
    """How many stored articles name it."""
    mentions: int
    """How many times, in all of them."""


@dataclass(frozen=True)
class StoredEvent:
    """One dossier event as the store keeps it for the whole-store views."""

    article_id: str
    event_id: str
    day: date | None
    """The first day of its time (TIMEX3 value), None when the text gives none."""
    record: dict[str, Any]
    """The event as the API gives it: PLOVER type and quad, parties with names and keys, the
    event's text and offsets (the fields of ``whatweknow.web.schemas.EventOut``)."""


@dataclass(frozen=True)
class EventLink:
    """Events of one PLOVER type from one actor to one target, counted (see
    :meth:`Store.event_links`). A node is a stable actor key, or ``name:`` and a name."""

    source: str
    source_name: str
    target: str
    target_name: str
    plover: str
    quad: int | None
    count: int


@dataclass(frozen=True)
class SourceState:
    """What ``wwk watch`` keeps about one source between rounds (and processes)."""

    source: str
    """A feed's or a page's address, or a folder's path, as the user gave it."""
    etag: str | None = None
    last_modified: str | None = None
    """The validators of the last full fetch, sent again to make the next one conditional."""
    content_hash: str | None = None
    """The hash of a page's body when last read (a page is read again when it changes)."""
    last_seen: datetime | None = None
    """When the source last answered (a 304 too)."""
    items_seen: int = 0
    """How many items it gave that were taken (stored, or found already stored)."""
    failures: int = 0
    """Failures in a row (0 after an answer)."""
    last_error: str | None = None
    next_try: datetime | None = None
    """Not fetched before this (a backoff after failures, or what ``Retry-After`` asked)."""


@dataclass(frozen=True)
class ItemMark:
    """The identity of one watched item, recorded in the transaction that stores its article."""

    source: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Publication:
    """One more publication of a stored article's text: another outlet or address that carried
    it word for word (the text's hash is the article id, so it is the same article)."""

    outlet: str | None
    url: str | None
    published: date | None
    source: str
    """The input it was read from, as in :attr:`RawDocument.source`."""


class RawInput(NamedTuple):
    """What an article was read from, enough to read and analyse it again."""

    article_id: str
    format: str
    raw: bytes
    meta: dict[str, str | None]
    source: str


def split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Take the :data:`MARK_START`/:data:`MARK_END` pairs out of a backend's snippet.

    Returns the plain snippet and the offsets of the marked stretches. Total: an unpaired or nested
    mark (possible only if the article text itself holds these characters) is dropped.
    """
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    size = 0
    opened: int | None = None
    for piece in _MARKS.split(marked):
        if not piece:
            continue
        if piece == MARK_START:
            opened = size if opened is None else opened
        elif piece == MARK_END:
            if opened is not None and size > opened:
                marks.append((opened, size))
            opened = None
        else:
            out.append(piece)
            size += len(piece)
    return "".join(out), tuple(marks)


class StoryIndex(ABC):
    """The story index inside one write transaction (see :meth:`Store.story_index`): what the
    story logic reads to place an article, and the one write that records the result.

    Reads see the writes of earlier transactions only; writers are serialised, so two processes
    ingesting at once cannot both place articles against the same stale story.
    """

    @abstractmethod
    def story_of(self, article_id: str) -> int | None:
        """The id of the story an article is in, or None."""

    @abstractmethod
    def ingested_on(self, article_id: str) -> date | None:
        """The day (UTC) an article was stored, or None if there is no such article."""

    @abstractmethod
    def total_articles(self) -> int:
        """How many articles are in stories."""

    @abstractmethod
    def key_counts(self, keys: Collection[str]) -> dict[str, int]:
        """How many articles in stories have each of ``keys`` (keys none has are left out)."""

    @abstractmethod
    def copy_candidates(
        self,
        buckets: Collection[str],
        when: date | None = None,
        window: int = 0,
        reach: int | None = None,
    ) -> list[IndexedArticle]:
        """The articles in stories that share at least one LSH bucket with ``buckets``; with
        ``when``, only those in a story whose span, widened by ``window`` days on each side,
        holds it (or that has no dates). ``reach``: the longest a story runs from its first
        date, in days; with it, only articles dated within ``window + reach`` days of ``when``
        (or undated) are looked at, so that the lookup reads the news of the moment, not the
        archive."""

    @abstractmethod
    def story_candidates(
        self,
        keys: Collection[str],
        limit: int,
        when: date | None = None,
        window: int = 0,
        reach: int | None = None,
    ) -> list[int]:
        """Ids of the stories that have at least one of ``keys``, those with the most first
        (then the newest), at most ``limit``; with ``when``, only the stories whose span of
        dates, widened by ``window`` days on each side, holds it (or that have no dates).
        ``reach``: the longest a story runs from its first date, in days; with it, only stories
        whose first date lies from ``window + reach`` days before ``when`` to ``window`` days
        after it (or undated) are looked at."""

    @abstractmethod
    def publications(self, article_ids: Collection[str]) -> dict[str, list[Publication]]:
        """The other publications of each of the articles (see
        :meth:`Store.publications`), read in this transaction."""

    @abstractmethod
    def profiles(self, story_ids: Collection[int]) -> list[Profile]:
        """The clustering profiles of these stories (unknown ids are left out)."""

    @abstractmethod
    def load(self, story_id: int) -> Story | None:
        """A story, or None."""

    @abstractmethod
    def new_story_id(self) -> int:
        """An id no story has and no redirect uses (one more than the largest)."""

    @abstractmethod
    def save_story(self, story: Story) -> None:
        """Write ``story`` whole (its row, created if new)."""

    def save_span(self, story: Story) -> None:
        """Write the story's dates and size to its row now, when the rest of it is written
        later (:meth:`save_story`): :meth:`story_candidates` then sees its span as it is."""
        self.save_story(story)

    @abstractmethod
    def add_article(
        self,
        story: Story,
        article: IndexedArticle,
        buckets: Collection[str],
        keys: Collection[str],
        regroup: dict[str, str],
    ) -> None:
        """Record that ``article`` joined ``story`` (whose row exists): its row, its LSH
        ``buckets``, one more article for each of its ``keys`` in the story's and the global key
        counts (``story.keys`` holds the story's counts after the join), and the new copy group
        of earlier articles (``regroup``: article id -> group id)."""

    def save(
        self,
        story: Story,
        article: IndexedArticle,
        buckets: Collection[str],
        keys: Collection[str],
        regroup: dict[str, str],
    ) -> None:
        """:meth:`save_story`, then :meth:`add_article`."""
        self.save_story(story)
        self.add_article(story, article, buckets, keys, regroup)


class Store(ABC):
    """Where articles, their raw inputs and their dossiers are kept.

    Actors are indexed across articles by their stable key: :meth:`add` and
    :meth:`replace_dossier` record, in the same transaction, the dossier's actors that have a
    ``key`` (see :meth:`actors`), and its events (see :meth:`events`).

    Use as a context manager, or call :meth:`close`. Failures to write raise
    :class:`~whatweknow.errors.StoreError`; a failed :meth:`add` leaves nothing behind.
    """

    @abstractmethod
    def add(self, doc: RawDocument, dossier: Dossier, mark: ItemMark | None = None) -> bool:
        """Store an article: its metadata, ``doc``'s raw input and the dossier, all or nothing.

        Returns True if the article is new. Adding an article id that is already stored adds
        nothing (the first raw input is kept); if its dossier was made by another pipeline version
        than ``dossier``, the stored dossier is replaced by this one. ``mark``: the watched
        item's keys, recorded in the same transaction (new or not; keys already recorded stay
        as they were)."""

    @abstractmethod
    def add_publication(self, doc: RawDocument) -> bool:
        """Record ``doc`` as another publication of the stored article whose text it is (a
        report carried word for word by another outlet, or at another address): its raw input,
        outlet, address, date and source, all or nothing. Returns False, and adds nothing, when
        the article is not stored or when a publication with the same outlet and address is
        recorded (its first one included): reading the same input again adds nothing."""

    @abstractmethod
    def publications(self, article_ids: Collection[str]) -> dict[str, list[Publication]]:
        """The other publications of each stored article of ``article_ids`` (those recorded by
        :meth:`add_publication`, in the order they were), the first one, the article's own,
        left out; an article with none is left out."""

    @abstractmethod
    def get_dossier(self, article_id: str) -> Dossier | None:
        """The stored dossier of an article, or None if there is no such article."""

    def get_dossiers(self, article_ids: Sequence[str]) -> Iterator[tuple[str, Dossier | None]]:
        """``(article id, its stored dossier or None)`` for each of the ids, in their order:
        read a few at a time where the store can, each parsed when its turn comes."""
        for article_id in article_ids:
            yield article_id, self.get_dossier(article_id)

    def location(self) -> str | None:
        """A path or URL that opens this store from another process (None: none does, as for
        an in-memory database)."""
        return None

    @abstractmethod
    def articles(self, limit: int = 100, offset: int = 0) -> list[StoredArticle]:
        """Stored articles, most recently ingested first."""

    @abstractmethod
    def count(self) -> int:
        """How many articles are stored."""

    @abstractmethod
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search of titles and texts, best match first, skipping ``offset`` hits.

        ``query`` may use the backend's query syntax (SQLite: ``"a phrase"``, ``a OR b``;
        PostgreSQL: web-search syntax); text that is not valid syntax is searched as plain
        words. A query over a limit of :mod:`whatweknow.store.search` (its length, its terms,
        its prefix terms) raises :class:`~whatweknow.errors.SearchError`; no other query does.
        """

    @abstractmethod
    def raw_documents(self, pipeline_version_not: str | None = None) -> Iterator[RawInput]:
        """The raw input of every article (ordered by id), for re-analysis.

        With ``pipeline_version_not``, only articles whose dossier was made by another version.
        It is safe to call :meth:`replace_dossier` while iterating.
        """

    @abstractmethod
    def replace_dossier(self, article_id: str, dossier: Dossier) -> None:
        """Replace an article's dossier (and the metadata taken from it).

        Raises KeyError if there is no such article.
        """

    @abstractmethod
    def actor(self, key: str) -> StoredActor | None:
        """The stored actor with this key, or None if no stored article names it."""

    @abstractmethod
    def actors(
        self, limit: int = 100, offset: int = 0, type: str | None = None
    ) -> list[StoredActor]:
        """The actors named by stored articles, those named by the most articles first (then
        by key); with ``type``, only actors of that type."""

    @abstractmethod
    def articles_with_actor(self, key: str) -> list[str]:
        """The ids of the stored articles that name an actor, most recently ingested first."""

    # -- events across articles (see whatweknow.store.events) ----------------------------------

    @abstractmethod
    def latest_event_day(self, not_after: date | None = None) -> date | None:
        """The latest day of any stored event (on or before ``not_after``), or None."""

    @abstractmethod
    def latest_published(self, not_after: date | None = None) -> date | None:
        """The latest publication date of a stored article (on or before ``not_after``), or
        None."""

    @abstractmethod
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
        """The stored events whose day is from ``first`` to ``last`` (both included), in
        event-time order (as :func:`whatweknow.stages.events.export.timeline`; reversed with
        ``newest_first``); with ``actor`` (a key), only those it is an actor or a target of.
        Reads at most ``offset + limit`` rows (without ``actor``)."""

    @abstractmethod
    def count_events(
        self, first: date, last: date, actor: str | None = None, cap: int = 10_000
    ) -> int:
        """How many events :meth:`events` has in the window, counting at most ``cap``."""

    @abstractmethod
    def event_links(
        self, first: date, last: date, events: int = 5_000, limit: int = 300
    ) -> list[EventLink]:
        """Actor → target links of the latest ``events`` events of the window, counted by
        (actor, target, PLOVER type), the most reported first, at most ``limit``."""

    # -- stories (see whatweknow.stories) ------------------------------------------------------

    @abstractmethod
    def story_index(self) -> AbstractContextManager[StoryIndex]:
        """The story index in a write transaction, committed when the block ends without an
        error (all of one article's story update, or nothing)."""

    @abstractmethod
    def stories(self, limit: int = 100, offset: int = 0) -> list[StorySummary]:
        """Stories, those with the latest news first (undated last), then by id."""

    @abstractmethod
    def story(self, story_id: int) -> Story | None:
        """A story, or None if there is no such story. An id that a rebuild merged into another
        story (:meth:`story_redirects`) gives that story: its ``id`` is then not ``story_id``."""

    @abstractmethod
    def story_of(self, article_id: str) -> int | None:
        """The id of the story an article is in, or None."""

    @abstractmethod
    def articles_without_story(self) -> list[str]:
        """Ids of the stored articles that are in no story yet, in the order to add them:
        by publication date (undated last), then as ingested."""

    @abstractmethod
    def clear_stories(self, only: Collection[int] | None = None) -> None:
        """Forget every story (before a rebuild), or the stories ``only`` (before their articles
        are placed again, together: :func:`~whatweknow.stories.update.update_pending`); the
        articles and the redirects stay, and the document frequencies lose what those stories'
        articles brought."""

    @abstractmethod
    def story_members(self) -> dict[str, int]:
        """Every article in a story -> its story's id."""

    @abstractmethod
    def story_redirects(self) -> dict[int, int]:
        """The ids of stories that are no more -> the story holding most of their articles."""

    @abstractmethod
    def renumber_stories(self, ids: Mapping[int, int], redirects: Mapping[int, int]) -> None:
        """In one transaction: give the stories new ids (``ids``: current -> new, one-to-one;
        stories left out keep theirs), their links (``follows``, ``continued_in``) following;
        then record ``redirects`` (a former id -> the new id of a story). Every earlier redirect
        that pointed at a former id points where that id now goes, so that a redirect leads to
        a live story in one hop; a redirect from an id that a story now has is dropped.

        Raises ValueError if ``ids`` is not one-to-one, would give a story an id another one
        keeps, or if a redirect's source is a story's id or its target is no story's."""

    @abstractmethod
    def source_state(self, source: str) -> SourceState | None:
        """The watch state of a source, or None if it was never watched."""

    @abstractmethod
    def source_states(self) -> list[SourceState]:
        """Every watched source's state, by source."""

    @abstractmethod
    def save_source_state(self, state: SourceState) -> None:
        """Record a source's state (replacing the one stored)."""

    @abstractmethod
    def seen_items(self, keys: Collection[str]) -> set[str]:
        """Those of ``keys`` recorded as taken, by any source."""

    @abstractmethod
    def mark_items(self, mark: ItemMark) -> None:
        """Record the keys of an item that became no article (a reader refused it), so it is
        not read again; keys already recorded stay as they were."""

    @abstractmethod
    def last_new_items(self) -> dict[str, datetime]:
        """For each watched source that gave an article, when it last gave one not taken
        before."""

    @abstractmethod
    def ingested_at(self, article_ids: Collection[str]) -> dict[str, datetime]:
        """When each of the stored ``article_ids`` was first stored."""

    @abstractmethod
    def visit_mark(self, name: str) -> datetime | None:
        """When the thing ``name`` names (``story:3``) was last shown, as recorded by
        :meth:`save_visit_mark`; None if never."""

    @abstractmethod
    def save_visit_mark(self, name: str, when: datetime) -> None:
        """Record that ``name`` was shown at ``when`` (replacing the time recorded)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections. The store cannot be used afterwards."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
