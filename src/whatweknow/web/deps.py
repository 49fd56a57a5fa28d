"""What the routes share: the server's state (the store, the settings, the worker process,
the gates of expensive requests) and the dependencies that read it."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Header, Request

from ..store import SearchHit, Store
from .limits import MAX_ANALYSES, MAX_SEARCHES, Gate
from .security import bearer, check_write
from .worker import ANALYSIS_TIMEOUT, Workers


@dataclass
class AppState:
    store: Store
    token: str | None
    read_only: bool
    max_body: int
    model: str | None = None
    analysis_timeout: float = ANALYSIS_TIMEOUT
    watched: tuple[str, ...] = ()
    """The sources this server follows (``serve --watch``)."""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    """Held while analysed articles are stored: one ingestion at a time."""
    workers: Workers = field(init=False, repr=False)
    """Reads and analyses sent articles in a worker process (see :mod:`.worker`)."""
    searches: Gate = field(default_factory=lambda: Gate(MAX_SEARCHES, "searches"), repr=False)
    analyses: Gate = field(default_factory=lambda: Gate(MAX_ANALYSES, "articles"), repr=False)

    def __post_init__(self) -> None:
        self.workers = Workers(self.model, timeout=self.analysis_timeout)

    def search(self, query: str, limit: int, offset: int = 0) -> list[SearchHit]:
        """The store's search (bounded there: see :mod:`whatweknow.store.search`), a few at
        once (a 503 past them)."""
        with self.searches.enter():
            return self.store.search(query, limit=limit, offset=offset)

    def close(self) -> None:
        self.workers.close()
        self.store.close()


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.wwk
    return state


State = Annotated[AppState, Depends(get_state)]


def require_writer(
    state: State,
    authorization: Annotated[str | None, Header(description="Bearer TOKEN (WWK_TOKEN)")] = None,
) -> None:
    """Writes need the server's token, and are refused in read-only mode."""
    check_write(read_only=state.read_only, expected=state.token, given=bearer(authorization))


Writer = Depends(require_writer)
