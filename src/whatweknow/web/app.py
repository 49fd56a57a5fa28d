"""The application: the API routers, the pages, the static files, the security layers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp

from .._version import __version__
from ..store import open_store
from . import api, errors, pages
from .deps import AppState
from .limits import MAX_REQUESTS, Concurrency
from .security import BodyLimit, SecurityHeaders
from .watching import WatchConfig, Watching
from .worker import ANALYSIS_TIMEOUT

STATIC = Path(__file__).parent / "static"
DEFAULT_MAX_BODY = 6_000_000
"""Bytes: a little over the readers' default file limit (5 MB)."""
POOL_TIMEOUT = 10.0
"""Seconds a request waits for a database connection before a 503."""

DESCRIPTION = """The stored articles, their dossiers, the stories, briefings, actors and events
of a whatweknow store. Lists take `limit` and `offset` and return a page (`items`,
`next_offset`). Errors are `{"error": {"code": ..., "message": ...}}` with a stable code:
`not_found`, `invalid_request`, `unauthorized`, `writes_disabled`, `read_only`,
`payload_too_large`, `unsupported_media_type`, `unreadable_article`, `method_not_allowed`,
`briefing_unavailable`, `busy` (503, with `Retry-After`: too many requests, searches or
articles at once), `internal_error`. Writes need `Authorization: Bearer TOKEN` (the
server's `WWK_TOKEN`) and are refused in read-only mode."""


class _App(FastAPI):
    """FastAPI with :class:`SecurityHeaders` outside everything, Starlette's outermost layer
    (ServerErrorMiddleware, which answers an unhandled exception) included: so a 500 carries
    the headers too. Its body is the ``internal`` handler's (see errors.py): no exception text."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(super().build_middleware_stack())


def create_app(
    store_url: str,
    *,
    token: str | None,
    read_only: bool,
    max_body: int = DEFAULT_MAX_BODY,
    model: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    max_requests: int = MAX_REQUESTS,
    analysis_timeout: float = ANALYSIS_TIMEOUT,
    watch: WatchConfig | None = None,
) -> FastAPI:
    """The server over the store at ``store_url`` (a path or a database URL, opened now).

    ``token``: what writes must present (None: every write is refused); ``read_only``: refuse
    every write; ``max_body``: the largest request body accepted, in bytes; ``model``: the
    spaCy model for ingested articles (loaded on the first one); ``allowed_hosts``: the only
    Host headers answered (None: any), against DNS rebinding of a server on loopback;
    ``max_requests``: requests in flight (one more is a 503), and the database connections;
    ``analysis_timeout``: seconds an article sent may take (past it, a 422, W042).
    ``watch``: sources to follow, in a thread started and stopped with the app (see
    :mod:`.watching`; not in read-only mode).
    In read-only mode the store itself is opened read-only (never created nor migrated).
    Articles sent are analysed in a worker process, started on the first, stopped with the app.
    """
    if watch is not None and read_only:
        raise ValueError("a read-only server stores nothing: it cannot watch sources")
    store = open_store(
        store_url, read_only=read_only, pool_size=max_requests, pool_timeout=POOL_TIMEOUT
    )
    watched = watch.sources if watch is not None else ()
    state = AppState(store, token or None, read_only, max_body, model, analysis_timeout, watched)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        following = Watching(state, watch) if watch is not None else None
        app.state.watching = following
        if following is not None:
            following.start()
        try:
            yield
        finally:
            if following is not None:
                following.stop()
            state.close()

    app = _App(
        title="whatweknow",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # the Swagger and ReDoc pages load scripts from a CDN: see /api/v1/docs
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        lifespan=lifespan,
    )
    app.state.wwk = state
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, max_body=max_body)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(Concurrency, limit=max_requests)
    return app
