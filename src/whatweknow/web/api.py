"""The HTTP API, ``/api/v1``: the store's records as JSON, documented by the OpenAPI schema at
``/api/v1/openapi.json``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile

from ..briefing.model import Briefing
from ..contract import Dossier
from ..store.search import MAX_QUERY_CHARS
from ..story_contract import Story
from . import queries
from .deps import State, Writer
from .errors import ApiError, Code, ErrorOut
from .ingest import addressed, ingest, pasted, uploaded
from .limits import Offset, StoryId, StoryParam
from .schemas import (
    ActorDetail,
    ActorOut,
    ArticleDetail,
    ArticleOut,
    EventOut,
    FetchIn,
    IngestIn,
    IngestOut,
    Page,
    SearchHitOut,
    SourceOut,
    StorySummaryOut,
)
from .watching import sources as watched_sources

T = TypeVar("T")
MAX_PAGE = 200
MAX_SEARCH = 1000
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="items per page")]
Since = Annotated[date | None, Query(description="only what changed since this day")]

_ERRORS: dict[int | str, dict[str, Any]] = {s: {"model": ErrorOut} for s in (404, 413, 422, 503)}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorOut} for s in (401, 403, 413, 415, 422, 503)
}
_STORY_EXCLUDE: Any = {"keys": True, "claims": {"__all__": {"terms"}}}

router = APIRouter(prefix="/api/v1", responses=_ERRORS)


def page(items: list[T], limit: int, offset: int, total: int | None = None) -> Page[T]:
    """A page of ``items`` (already cut to it) with the offset of the next one."""
    more = len(items) == limit if total is None else offset + len(items) < total
    return Page[T](
        items=items,
        limit=limit,
        offset=offset,
        total=total,
        next_offset=offset + len(items) if more else None,
    )


def cut(items: list[T], limit: int, offset: int) -> Page[T]:
    return page(items[offset : offset + limit], limit, offset, len(items))


def json_only(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise ApiError(415, Code.UNSUPPORTED, "send the article as application/json")


# -- articles and dossiers --------------------------------------------------------------------


@router.get("/articles", tags=["articles"], summary="Stored articles, newest first")
def list_articles(state: State, limit: Limit = 50, offset: Offset = 0) -> Page[ArticleOut]:
    found = state.store.articles(limit=limit, offset=offset)
    items = [ArticleOut.model_validate(a) for a in found]
    return page(items, limit, offset, state.store.count())


@router.post(
    "/articles",
    tags=["articles"],
    summary="Analyse and store an article (text or HTML, JSON body)",
    status_code=201,
    responses=_WRITE_ERRORS,
    dependencies=[Writer, Depends(json_only)],
)
def post_article(state: State, body: IngestIn) -> IngestOut:
    return ingest(state, pasted(body, state.max_body))


@router.post(
    "/articles/upload",
    tags=["articles"],
    summary="Analyse and store the articles of an uploaded file (multipart, field 'file')",
    status_code=201,
    responses=_WRITE_ERRORS,
    dependencies=[Writer],
)
def upload_article(
    state: State,
    file: Annotated[UploadFile, File(description="a .txt, .html, .json(l), feed or WARC file")],
    lang_any: Annotated[bool, Form()] = False,
) -> IngestOut:
    raw = file.file.read(state.max_body + 1)
    name = file.filename or "upload"
    return ingest(state, uploaded(name, raw, lang_any, state.max_body))


@router.post(
    "/articles/fetch",
    tags=["articles"],
    summary="Fetch a page by its address, then analyse and store its articles (JSON body)",
    status_code=201,
    responses=_WRITE_ERRORS,
    dependencies=[Writer, Depends(json_only)],
)
def fetch_article(state: State, body: FetchIn) -> IngestOut:
    return ingest(state, addressed(body.url, body.lang_any, state.max_body))


@router.get("/articles/{article_id}", tags=["articles"], summary="One article")
def get_article(state: State, article_id: str) -> ArticleDetail:
    d = queries.get_dossier(state.store, article_id)
    a = d.article
    return ArticleDetail(
        id=a.id,
        title=a.title,
        url=a.url,
        outlet=a.outlet,
        published=a.published,
        format=a.format,
        lang=a.lang,
        pipeline_version=d.pipeline.version,
        story=state.store.story_of(a.id),
        actors=len(d.actors),
        quotes=len(d.quotes),
        claims=len(d.claims),
        events=len(d.events),
    )


@router.get("/dossiers", tags=["dossiers"], summary="Stored dossiers, newest first")
def list_dossiers(state: State, limit: Limit = 20, offset: Offset = 0) -> Page[Dossier]:
    found = state.store.articles(limit=limit, offset=offset)
    items = [d for d in (state.store.get_dossier(a.id) for a in found) if d is not None]
    return page(items, limit, offset, state.store.count())


@router.get("/dossiers/{article_id}", tags=["dossiers"], summary="An article's dossier")
def get_dossier(state: State, article_id: str) -> Dossier:
    return queries.get_dossier(state.store, article_id)


# -- stories and briefings --------------------------------------------------------------------


MOVED: dict[str, Any] = {
    "description": "The story was merged into another (a rebuild): ``Location`` is the same "
    'request with its id; the body says ``{"moved": {"from", "to", "location"}}``'
}


@router.get("/stories", tags=["stories"], summary="Stories, latest news first")
def list_stories(state: State, limit: Limit = 50, offset: Offset = 0) -> Page[StorySummaryOut]:
    found = state.store.stories(limit=limit, offset=offset)
    return page([StorySummaryOut.model_validate(s) for s in found], limit, offset)


@router.get(
    "/stories/{story_id}",
    tags=["stories"],
    summary="A story: its articles, merged claims, contradictions",
    response_model=Story,
    response_model_exclude=_STORY_EXCLUDE,
    responses={308: MOVED},
)
def get_story(state: State, story_id: StoryId) -> Story:
    """A story. The id of a story that ``wwk stories --rebuild`` merged into another answers
    ``308 Permanent Redirect`` with ``Location`` the same request with the story's id (query
    kept), and a body ``{"moved": {"from", "to", "location"}}``; so do the story's briefing and
    ``story=ID`` in ``/briefings`` and ``/events``. A redirected id never names another story."""
    return queries.get_story(state.store, story_id)


@router.get(
    "/stories/{story_id}/briefing",
    tags=["briefings"],
    summary="A story's briefing",
    responses={308: MOVED},
)
def story_briefing(state: State, story_id: StoryId, since: Since = None) -> Briefing:
    return queries.story_briefing(state.store, story_id, since)


@router.get(
    "/briefings",
    tags=["briefings"],
    summary="The briefing of a story (story=ID) or of chosen articles (article=ID, repeated)",
)
def briefing(
    state: State,
    story: StoryParam = None,
    article: Annotated[list[str] | None, Query(max_length=100)] = None,
    since: Since = None,
) -> Briefing:
    if (story is None) == (not article):
        raise ApiError(422, Code.INVALID, "give story=ID or article=ID (repeated), not both")
    if story is not None:
        return queries.story_briefing(state.store, story, since)
    return queries.articles_briefing(state.store, article or [], since)


# -- actors, events, search -------------------------------------------------------------------


@router.get("/actors", tags=["actors"], summary="Actors, those named by most articles first")
def list_actors(
    state: State,
    limit: Limit = 50,
    offset: Offset = 0,
    type: Annotated[str | None, Query(description="person, state, organisation…")] = None,
) -> Page[ActorOut]:
    found = state.store.actors(limit=limit, offset=offset, type=type)
    return page([ActorOut.model_validate(a) for a in found], limit, offset)


@router.get(
    "/actors/{key:path}",
    tags=["actors"],
    summary="An actor (by key, e.g. country:RUS): what it said, did and underwent",
)
def get_actor(state: State, key: str) -> ActorDetail:
    return queries.actor_detail(state.store, key)


@router.get("/events", tags=["events"], summary="Events in event-time order, PLOVER-coded")
def list_events(
    state: State,
    story: StoryParam = None,
    article: Annotated[str | None, Query()] = None,
    actor: Annotated[str | None, Query(description="an actor key")] = None,
    first: Annotated[
        date | None,
        Query(
            alias="from",
            description="without story or article: the first day of the window (by default "
            "30 days before its end)",
        ),
    ] = None,
    last: Annotated[
        date | None,
        Query(
            alias="to",
            description="without story or article: the last day of the window (by default the "
            "latest publication date of a stored article, not in the future)",
        ),
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventOut]:
    """With ``story`` or ``article``, all their events (undated last). Without, the stored
    events whose time falls in a window of days (undated events are in none); ``total`` is
    null when the window has more than 10,000."""
    store = state.store
    if article is not None:
        dossiers = [queries.get_dossier(store, article)]
    elif story is not None:
        dossiers = queries.story_dossiers(store, queries.get_story(store, story))
    else:
        win = queries.window(store, first, last)
        found = queries.window_events(store, win, limit=limit, offset=offset, actor=actor)
        counted = store.count_events(win.first, win.last, actor, cap=queries.COUNT_CAP)
        total = counted if counted < queries.COUNT_CAP else None
        return page(found, limit, offset, total)
    return cut(queries.events(dossiers, actor), limit, offset)


@router.get("/search", tags=["search"], summary="Full-text search, best first")
def search(
    state: State,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)],
    limit: Limit = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_SEARCH)] = 0,
) -> Page[SearchHitOut]:
    """Words, a "quoted phrase", or FTS5 syntax (a OR b, talk*): at most 16 words and 4
    prefix terms (a 422 past them); a few searches at once (a 503 past them)."""
    hits = state.search(q, limit=limit, offset=offset)
    return page([SearchHitOut.model_validate(h) for h in hits], limit, offset)


# -- watched sources --------------------------------------------------------------------------


@router.get("/sources", tags=["sources"], summary="Watched sources and their state, by source")
def list_sources(state: State, limit: Limit = 50, offset: Offset = 0) -> Page[SourceOut]:
    """Every source a watcher of this store follows (``wwk watch``, ``wwk serve --watch``): when
    it last answered and last gave a new article, whether validators are kept for conditional
    fetches, its failures in a row, its last error and when it is tried again."""
    return cut(watched_sources(state, state.watched), limit, offset)
