"""``wwk serve --watch``: the watch loop (:func:`whatweknow.watch.loop.run_rounds`, the loop
of ``wwk watch``) in a thread beside the server. Items are fetched and read in that thread;
their analysis runs in the server's worker process (:mod:`.worker`, a :class:`~.worker.Taken`
job), as articles sent to the server do; they are stored under the server's ingestion lock.

:meth:`Watching.stop` (at the server's shutdown) sets the stop, stops the worker (an analysis
in progress is dropped: its item is not recorded, and the next round takes it again), and waits
for the thread to end: the item in hand is finished or rolled back, as in ``wwk watch``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from ..contract import Dossier
from ..errors import W
from ..readers.base import RawDocument, ReadOptions, ReadProblem, Result
from ..store import SourceState, Store
from ..watch.loop import run_rounds
from ..watch.rounds import AnalysisFailed, RoundReport, Watcher
from .deps import AppState
from .schemas import SourceOut

log = logging.getLogger("whatweknow.watch")
JOIN_TIMEOUT = 60.0
"""Seconds the server's shutdown waits for the round in hand (a fetch is bounded by its own
timeout; an analysis is stopped)."""


@dataclass(frozen=True)
class WatchConfig:
    """What ``serve --watch`` follows, and how (as ``wwk watch``'s options say)."""

    sources: tuple[str, ...]
    every: float = 900.0
    delay: float = 1.0
    options: ReadOptions = field(default_factory=ReadOptions)
    on_round: Callable[[RoundReport, Store], None] | None = None
    """Told each round's report, and the store (the CLI prints the round's digest)."""


class Watching:
    """The watch thread of a server (see the module)."""

    def __init__(self, state: AppState, config: WatchConfig) -> None:
        self.state = state
        self.config = config
        self.stopping = threading.Event()
        self.rounds = 0
        self.watcher = Watcher(
            state.store,
            self.analyse,
            config.options,
            delay=config.delay,
            stop=self.stopping.is_set,
            lock=state.lock,
        )
        self._thread = threading.Thread(target=self._run, name="wwk-watch", daemon=True)

    def analyse(
        self, items: Iterable[Result]
    ) -> Iterator[tuple[RawDocument, Dossier] | ReadProblem]:
        """The items analysed in the server's worker process (its problems passed on)."""
        docs: list[RawDocument] = []
        for item in items:
            if isinstance(item, ReadProblem):
                yield item
            else:
                docs.append(item)
        if not docs:
            return
        from .worker import Taken

        try:
            results = self.state.workers.run(Taken(tuple(docs)))
        except (BrokenProcessPool, CancelledError):
            raise AnalysisFailed("the analysis stopped before its end") from None
        except TimeoutError:
            limit = self.state.workers.timeout
            raise AnalysisFailed(W.ANALYSIS_TIMEOUT.format(limit=limit)) from None
        yield from results

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = JOIN_TIMEOUT) -> None:
        self.stopping.set()
        self.state.workers.close()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self.stopping.is_set():
            try:
                run_rounds(
                    self.watcher,
                    self.config.sources,
                    every=self.config.every,
                    stopping=self.stopping,
                    on_round=self._done,
                )
            except Exception:  # a round that broke (a bug): logged, and the next one is due
                log.exception("a watch round failed")
                self.stopping.wait(self.config.every)

    def _done(self, report: RoundReport) -> None:
        self.rounds += 1
        if self.config.on_round is not None:
            self.config.on_round(report, self.state.store)


def sources(state: AppState, watched: Iterable[str] = ()) -> list[SourceOut]:
    """Every source with a state in the store, and those this server watches (a source not
    fetched yet has no state), by source."""
    store = state.store
    found = {s.source: s for s in store.source_states()}
    here = set(watched)
    for source in here - found.keys():
        found[source] = SourceState(source)
    latest = store.last_new_items()
    return [
        SourceOut(
            source=s.source,
            watched_here=s.source in here,
            last_seen=s.last_seen,
            last_new_item=latest.get(s.source),
            items_seen=s.items_seen,
            etag=bool(s.etag),
            last_modified=bool(s.last_modified),
            failures=s.failures,
            last_error=s.last_error,
            next_try=s.next_try,
        )
        for s in sorted(found.values(), key=lambda s: s.source)
    ]
