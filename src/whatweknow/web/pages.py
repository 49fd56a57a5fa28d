"""The pages: server-rendered HTML (Jinja2, autoescaped), one static script, no inline code."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Cookie, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from pydantic import ValidationError

from ..briefing.model import Citation
from ..briefing.periods import human
from ..contract import Modality
from ..errors import SearchError
from ..store.base import SearchHit
from ..store.search import MAX_QUERY_CHARS
from . import annotate, charts, queries, visits
from .bidi import isolate, paired
from .deps import AppState, State
from .errors import ApiError
from .ingest import addressed, ingest, pasted, uploaded
from .limits import Offset, StoryId
from .schemas import EventOut, IngestIn
from .security import check_write
from .watching import sources as watched_sources

PAGE = 50
_HL = re.compile(r"^(\d{1,9})-(\d{1,9})$")
MODALITIES: tuple[Modality, ...] = (
    "asserted", "reported", "alleged", "speculated", "denied", "expected",
)  # fmt: skip

router = APIRouter(include_in_schema=False)


def cite(article: str, start: int, end: int) -> str:
    """The link to a stretch of an article: the page highlights it and scrolls to it."""
    return f"/articles/{quote(article)}?hl={start}-{end}#{annotate.anchor(article, start, end)}"


def cite_href(c: Citation) -> str:
    return cite(c.article, c.start, c.end)


def snippet(hit: SearchHit) -> Markup:
    """The snippet, escaped, its matches in ``<mark>``, isolated (see :mod:`.bidi`)."""
    out: list[str] = []
    pos = 0
    for a, b in hit.marks:
        before, marked = paired(hit.snippet[pos:a]), paired(hit.snippet[a:b])
        out += [str(escape(before)), "<mark>", str(escape(marked)), "</mark>"]
        pos = b
    out.append(str(escape(paired(hit.snippet[pos:]))))
    return Markup("<bdi>" + "".join(out) + "</bdi>")


ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
)
ENV.filters.update(bdi=isolate, paired=paired, human_date=human)
ENV.globals.update(
    cite=cite,
    cite_href=cite_href,
    actor_href=charts.actor_link,
    anchor=annotate.anchor,
    snippet=snippet,
    is_new=visits.all_new,
    new_articles=frozenset(),
    quads=charts.QUADS,
    modalities=MODALITIES,
)


def render(state: AppState, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = ENV.get_template(name).render(read_only=state.read_only, **context)
    return HTMLResponse(html, status)


@router.get("/", response_class=HTMLResponse)
def stories_page(
    state: State,
    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None,
    offset: Offset = 0,
) -> Response:
    store = state.store
    found = store.stories(limit=PAGE, offset=offset)
    try:
        hits = [(h, store.story_of(h.article_id)) for h in state.search(q, 30)] if q else []
        search_error = None
    except SearchError as exc:  # over a limit of search: said on the page, the stories shown
        hits, search_error = [], str(exc)
    shown = f"{offset + 1}–{offset + len(found)}" if offset else str(len(found))
    return render(
        state,
        "stories.html",
        422 if search_error else 200,
        q=q,
        search_error=search_error,
        hits=hits,
        stories=found,
        total_text=f"{shown} stor{'y' if len(found) == 1 else 'ies'}, "
        f"{store.count()} articles stored",
        next_offset=offset + PAGE if len(found) == PAGE else None,
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(
    state: State,
    story_id: StoryId,
    since: date | None = None,
    seen: Annotated[str | None, Cookie(alias=visits.COOKIE)] = None,
) -> Response:
    """A story's page; what is new since the reader's last visit is marked (see
    :mod:`.visits`), and this visit kept in the cookie."""
    story = queries.get_story(state.store, story_id)
    briefing = queries.story_briefing(state.store, story_id, since)
    marks = visits.parse(seen)
    last_visit, marks[story.id] = visits.visit(marks, story.id, datetime.now(UTC))
    stored = state.store.ingested_at([a.id for a in story.articles])
    new = visits.new_articles(stored, last_visit)
    new_claims = [c for c in story.claims if visits.all_new((r.article for r in c.reports), new)]
    page = render(
        state,
        "story.html",
        story=story,
        briefing=briefing,
        last_visit=last_visit,
        new_articles=new,
        new_claims=new_claims,
    )
    page.set_cookie(
        visits.COOKIE,
        visits.dump(marks),
        max_age=visits.MAX_AGE,
        path="/",
        httponly=True,
        samesite="lax",
    )
    return page


def _chart(state: State, story_id: int, what: str) -> Response:
    story = queries.get_story(state.store, story_id)
    evs = queries.events(queries.story_dossiers(state.store, story))
    heading = f"{what.capitalize()}: {story.title or f'story {story_id}'}"
    timeline = what == "timeline"
    svg = charts.timeline_svg(evs) if timeline else charts.network_svg(evs)
    undated: list[EventOut] = [e for e in evs if not e.time] if timeline else []
    lines = queries.story_timeline(state.store, story) if timeline else []
    return render(
        state,
        "chart.html",
        heading=heading,
        what=what,
        story=story_id,
        svg=svg,
        undated=undated,
        lines=lines,
    )


def _store_chart(state: State, what: str, first: date | None, last: date | None) -> Response:
    """A chart of every stored article's events in a window of days, from the store's event
    rows (never the dossiers): at most :data:`~.queries.TIMELINE_EVENTS` events or
    :data:`~.queries.NETWORK_LINKS` links, whatever the size of the store."""
    store = state.store
    win = queries.window(store, first, last)
    counted = store.count_events(win.first, win.last, cap=queries.COUNT_CAP)
    many = f"more than {queries.COUNT_CAP:,}" if counted >= queries.COUNT_CAP else f"{counted:,}"
    if what == "timeline":
        evs = queries.window_events(store, win, limit=queries.TIMELINE_EVENTS, latest=True)
        svg = charts.timeline_svg(evs)
        cut = len(evs) < counted
        note = f"the latest {len(evs):,} of {many} dated events" if cut else f"{many} dated events"
    else:
        svg = charts.links_svg(queries.window_links(store, win))
        cut = counted > queries.NETWORK_EVENTS
        shown = f"the latest {queries.NETWORK_EVENTS:,} of " if cut else ""
        note = f"links of {shown}{many} dated events"
    if cut:
        note += "; choose fewer days to see all of them"
    return render(
        state,
        "chart.html",
        heading=f"{what.capitalize()} of every stored article",
        what=what,
        story=None,
        svg=svg,
        undated=[],
        lines=[],
        window=win,
        note=f"{win.first} to {win.last}: {note}.",
    )


First = Annotated[date | None, Query(alias="from", description="first day (YYYY-MM-DD)")]
Last = Annotated[date | None, Query(alias="to", description="last day (YYYY-MM-DD)")]


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(state: State, first: First = None, last: Last = None) -> Response:
    return _store_chart(state, "timeline", first, last)


@router.get("/network", response_class=HTMLResponse)
def network_page(state: State, first: First = None, last: Last = None) -> Response:
    return _store_chart(state, "actor network", first, last)


@router.get("/stories/{story_id}/timeline", response_class=HTMLResponse)
def story_timeline(state: State, story_id: StoryId) -> Response:
    return _chart(state, story_id, "timeline")


@router.get("/stories/{story_id}/network", response_class=HTMLResponse)
def story_network(state: State, story_id: StoryId) -> Response:
    return _chart(state, story_id, "actor network")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    state: State, article_id: str, hl: Annotated[str | None, Query(max_length=21)] = None
) -> Response:
    d = queries.get_dossier(state.store, article_id)
    found = _HL.match(hl or "")
    span = (int(found[1]), int(found[2])) if found else None
    text = annotate.render(d.article.text, annotate.collect(d, span))
    return render(
        state,
        "article.html",
        article=d.article,
        dossier=d,
        text=text,
        story=state.store.story_of(d.article.id),
        speakers={a.id: a.name for a in d.actors},
    )


@router.get("/sources", response_class=HTMLResponse)
def sources_page(state: State) -> Response:
    return render(state, "sources.html", sources=watched_sources(state, state.watched))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(state: State, offset: Offset = 0) -> Response:
    found = state.store.actors(limit=PAGE, offset=offset)
    following = offset + PAGE if len(found) == PAGE else None
    return render(state, "actors.html", actors=found, next_offset=following)


@router.get("/actors/{key:path}", response_class=HTMLResponse)
def actor_page(state: State, key: str) -> Response:
    detail = queries.actor_detail(state.store, key)
    titles = {}
    for i in {s.article for s in detail.said} | {e.article for e in detail.did}:
        d = state.store.get_dossier(i)
        titles[i] = (d.article.title if d else None) or i
    network = charts.network_svg([*detail.did, *detail.undergone])
    return render(state, "actor.html", d=detail, titles=titles, network=network)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(state: State) -> Response:
    form = dict.fromkeys(("text", "title", "outlet", "url", "published"), "")
    return render(state, "ingest.html", form=form, error=None, error_code=None)


@router.post("/ingest", response_class=HTMLResponse)
def ingest_post(
    state: State,
    token: Annotated[str, Form()] = "",
    text: Annotated[str, Form(max_length=5_000_000)] = "",
    title: Annotated[str, Form(max_length=1000)] = "",
    outlet: Annotated[str, Form(max_length=1000)] = "",
    url: Annotated[str, Form(max_length=4000)] = "",
    published: Annotated[str, Form(max_length=40)] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    form = {"text": text, "title": title, "outlet": outlet, "url": url, "published": published}
    try:
        check_write(read_only=state.read_only, expected=state.token, given=token, what="adding")
        if file is not None and file.filename:
            raw = file.file.read(state.max_body + 1)
            result = ingest(state, uploaded(file.filename, raw, False, state.max_body))
        elif url.strip() and not text.strip():  # an address alone: the page is fetched
            result = ingest(state, addressed(url.strip(), False, state.max_body))
        else:
            body = IngestIn.model_validate({k: v or None for k, v in form.items()})
            result = ingest(state, pasted(body, state.max_body))
    except ApiError as err:
        return render(
            state, "ingest.html", err.status, form=form, error=err.message, error_code=err.code
        )
    except ValidationError as err:  # the form itself: no text, or a bad date
        message = "; ".join(str(e["msg"]) for e in err.errors())
        return render(state, "ingest.html", 422, form=form, error=message, error_code="invalid")
    first = result.articles[0].id
    return RedirectResponse(f"/articles/{quote(first)}", status_code=303)


@router.get("/api/v1/docs", response_class=HTMLResponse)
def api_docs(state: State, request: Request) -> Response:
    return render(state, "apidocs.html", spec=request.app.openapi())
