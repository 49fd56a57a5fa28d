"""What the routes share: the server's state (the store, the settings, the analyser) and the
dependencies that read it."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Header, Request

from ..store import Store
from .security import bearer, check_write

if TYPE_CHECKING:
    from ..analyse import Analyser


@dataclass
class AppState:
    store: Store
    token: str | None
    read_only: bool
    max_body: int
    model: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    """Held while an article is analysed and stored: one ingestion at a time."""
    _analyser: Analyser | None = field(default=None, repr=False)

    @property
    def analyser(self) -> Analyser:
        """The pipeline, loaded on the first ingestion (call with :attr:`lock` held)."""
        if self._analyser is None:
            from ..analyse import Analyser

            self._analyser = Analyser(model=self.model)
        return self._analyser


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
