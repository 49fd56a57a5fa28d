"""What one request may cost the server: bounded integers in paths and queries, a limit on the
requests in flight, and gates on the expensive ones (search, analysis).

- Integers: SQLite's are 64-bit, and a larger one raised ``OverflowError`` (a 500). Every
  integer parameter is one of the annotated types here, bounded, so a larger one is a 422.
- :class:`Concurrency`: at most ``limit`` requests in flight (the database pool is sized from
  it, see ``create_app``); one more is answered at once with 503 and ``Retry-After``, rather
  than queueing on the pool until it times out.
- :class:`Gate`: at most a few searches, and a few articles sent, at once (half the requests in
  flight at most); one more is a 503 with ``Retry-After`` too, so that plain requests are still
  answered while they run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Path, Query
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import RETRY_AFTER, ApiError, Code, error_response

MAX_INT = 2**63 - 1
"""The largest integer SQLite stores."""
MAX_OFFSET = 1_000_000_000
MAX_REQUESTS = 16
"""Requests in flight, by default."""
MAX_SEARCHES = 4
MAX_ANALYSES = 8
"""Articles sent at once: one analysed in the worker, the others waiting their turn."""

StoryId = Annotated[int, Path(ge=0, le=MAX_INT, description="a story's number")]
StoryParam = Annotated[int | None, Query(ge=0, le=MAX_INT, description="a story's number")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]


def busy(message: str) -> ApiError:
    return ApiError(503, Code.BUSY, message, {"Retry-After": str(RETRY_AFTER)})


class Gate:
    """At most ``limit`` holders at once (threads of the pool or the event loop alike)."""

    def __init__(self, limit: int, what: str) -> None:
        self.limit = limit
        self.what = what
        self._held = 0
        self._lock = threading.Lock()

    @property
    def held(self) -> int:
        return self._held

    @contextmanager
    def enter(self) -> Iterator[None]:
        """Hold the gate for the block; :func:`busy` (a 503) when it is full."""
        with self._lock:
            if self._held >= self.limit:
                raise busy(f"too many {self.what} at once ({self.limit}): try again shortly")
            self._held += 1
        try:
            yield
        finally:
            with self._lock:
                self._held -= 1


class Concurrency:
    """ASGI middleware: at most ``limit`` HTTP requests in flight, a 503 for one more."""

    def __init__(self, app: ASGIApp, limit: int = MAX_REQUESTS) -> None:
        self.app = app
        self.limit = limit
        self.in_flight = 0  # touched by the event loop only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            err = busy(f"the server is answering {self.limit} requests: try again shortly")
            response = error_response(Request(scope), err.status, err.code, err.message)
            response.headers.update(err.headers)
            await response(scope, receive, send)
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
