"""The API's own records: pages of results and views across dossiers. Dossiers, stories and
briefings are returned as their own models (:mod:`whatweknow.contract`,
:mod:`whatweknow.stories.model`, :mod:`whatweknow.briefing.model`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..contract import Modality

T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", from_attributes=True)


class Page(_Out, Generic[T]):
    """One page of a list: ``limit`` and ``offset`` as asked, ``next_offset`` to ask for the
    next page (null on the last one), ``total`` where it is known."""

    items: list[T]
    limit: int
    offset: int
    total: int | None = None
    next_offset: int | None = None


class ArticleOut(_Out):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    source: str
    format: str
    pipeline_version: str
    ingested_at: datetime


class ArticleDetail(_Out):
    """One article, from its dossier (``/dossiers/{id}`` has all of it)."""

    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    format: str | None
    lang: str | None
    pipeline_version: str
    story: int | None = Field(description="the id of its story, if it is in one")
    actors: int
    quotes: int
    claims: int
    events: int


class StorySummaryOut(_Out):
    id: int
    title: str | None
    first: date | None
    last: date | None
    articles: int
    outlets: tuple[str, ...]
    actors: tuple[str, ...] = Field(description="names of its top actors")


class ActorOut(_Out):
    key: str
    name: str
    type: str
    country: str | None
    sector: str | None
    articles: int
    mentions: int


class SearchHitOut(_Out):
    article_id: str
    title: str | None
    outlet: str | None
    published: date | None
    snippet: str
    marks: tuple[tuple[int, int], ...] = Field(description="matched terms: snippet offsets")
    score: float


class Party(_Out):
    id: str = Field(description="the dossier's actor id")
    name: str
    key: str | None = None


class EventOut(_Out):
    article: str
    id: str = Field(description="the dossier's event id")
    type: str = Field(description="the dossier's event type")
    plover: str = Field(description="the PLOVER event type it is coded as")
    quad: int | None = Field(
        description="PLOVER quad class: 1 verbal cooperation, 2 material cooperation, "
        "3 verbal conflict, 4 material conflict"
    )
    mode: str | None
    modality: Modality
    time: str | None = Field(description="TIMEX3 value, where the text gives one")
    actors: list[Party]
    targets: list[Party]
    location: str | None
    trigger: str | None
    text: str
    start: int
    end: int


class Statement(_Out):
    """Something an actor said: a quote it is the speaker of, or a claim it is the source of."""

    article: str
    kind: Literal["quote", "claim"]
    id: str
    text: str
    start: int
    end: int
    modality: Modality | None = None
    quote_kind: str | None = None


class ActorDetail(_Out):
    actor: ActorOut
    articles: list[str] = Field(description="ids of the articles that name it, newest first")
    said: list[Statement]
    did: list[EventOut] = Field(description="events it is an actor of")
    undergone: list[EventOut] = Field(description="events it is the target of")


class IngestIn(BaseModel):
    """An article to analyse and store: its ``text`` (news layout, title on the first line) or
    its ``html`` page, with optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    lang_any: bool = Field(default=False, description="read it even if it is not English")

    @model_validator(mode="after")
    def _one_body(self) -> IngestIn:
        given = [f for f in (self.text, self.html) if f is not None and f.strip()]
        if len(given) != 1:
            raise ValueError("give the article as a non-empty 'text' or 'html', not both")
        return self


class FetchIn(BaseModel):
    """A page to fetch, analyse and store, by its address (http or https; never one on a
    private, loopback or reserved network)."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=4000, description="the page's http:// or https:// address")
    lang_any: bool = Field(default=False, description="read it even if it is not English")


class Ingested(_Out):
    id: str
    title: str | None
    new: bool = Field(description="false when the same text was already stored")
    story: int | None


class IngestOut(_Out):
    articles: list[Ingested]
    problems: list[str] = Field(default_factory=list)


class SourceOut(_Out):
    """A source a watcher follows (``wwk watch``, ``wwk serve --watch``), and its state."""

    source: str = Field(description="a feed's or a page's address, or a folder's path")
    watched_here: bool = Field(description="followed by this server (serve --watch)")
    last_seen: datetime | None = Field(description="when it last answered (a 304 too)")
    last_new_item: datetime | None = Field(description="when it last gave an article not taken")
    items_seen: int
    etag: bool = Field(description="an ETag is kept for the next conditional fetch")
    last_modified: bool = Field(description="a Last-Modified is kept for the next fetch")
    failures: int = Field(description="failures in a row")
    last_error: str | None
    next_try: datetime | None = Field(description="not fetched before this (a backoff)")
