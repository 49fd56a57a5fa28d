"""Reading and analysing what is sent to the server, in a worker process.

The readers and the pipeline are CPU-bound Python and regular expressions, which hold the GIL:
run in the server's process, one hostile article held every other request. Here they run in a
:class:`~concurrent.futures.ProcessPoolExecutor` of one process (spawned, never forked from the
threaded server), started on the first article and shut down with the app; the server's threads
only wait on the result. Its spaCy model loads once, in the worker.

A job is plain data (:class:`Pasted`, :class:`Uploaded`, :class:`Addressed`); the worker returns
what :meth:`~whatweknow.analyse.Analyser.analyse` yields, as a list, problems in order.
"""

from __future__ import annotations

import json
import multiprocessing
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from ..readers import read_path, read_paths
from ..readers.base import RawDocument, ReadOptions, ReadProblem
from ..readers.dispatch import reread

if TYPE_CHECKING:
    from ..analyse import Analyser
    from ..contract import Dossier

Item = RawDocument | ReadProblem
Result = tuple[RawDocument, "Dossier"] | ReadProblem


@dataclass(frozen=True)
class Pasted:
    """A pasted article as a JSON record (the reader of ``.jsonl`` files), so that its metadata
    is kept with it and ``wwk reprocess`` can read it again."""

    record: dict[str, Any]
    options: ReadOptions

    def read(self) -> list[Item]:
        raw = json.dumps(self.record, ensure_ascii=False).encode("utf-8")
        return [reread("json", raw, {}, "pasted article", self.options)]


@dataclass(frozen=True)
class Uploaded:
    """The articles of an uploaded file (a feed or a JSON Lines file may hold several), its
    format told by its name or its first bytes, as for a file given to ``wwk ingest``."""

    name: str
    raw: bytes
    options: ReadOptions

    def read(self) -> list[Item]:
        safe = PurePath(self.name.replace("\\", "/")).name.lstrip(".") or "upload"
        with tempfile.TemporaryDirectory(prefix="wwk-upload-") as tmp:
            path = Path(tmp) / safe
            path.write_bytes(self.raw)
            found = list(read_paths([path], self.options))
        source = f"upload:{safe}"
        return [replace(item, source=source + item.source[len(str(path)) :]) for item in found]


@dataclass(frozen=True)
class Addressed:
    """The articles of a page fetched from its address, as ``wwk ingest URL`` reads it; a
    server never fetches a private, loopback or reserved address (W051): it must not become a
    way into the network it runs in."""

    url: str
    options: ReadOptions

    def read(self) -> list[Item]:
        return list(read_path(self.url, replace(self.options, allow_private=False)))


@dataclass(frozen=True)
class Taken:
    """Articles already read (by the watch loop of ``wwk serve --watch``): analysed as they are."""

    docs: tuple[RawDocument, ...]

    def read(self) -> list[Item]:
        return list(self.docs)


Job = Pasted | Uploaded | Addressed | Taken
ANALYSIS_TIMEOUT = 600.0
"""Seconds an article sent may take, read and analysed (a file may hold many; the first loads
the model): past it the worker is stopped, the request refused (W042), the next gets a new one."""
Worker = Callable[[Job, "str | None"], list[Result]]

_analyser: Analyser | None = None  # the worker process's own


def work(job: Job, model: str | None) -> list[Result]:
    """Read the job and analyse what was read (in the worker process). Nothing read: the
    problems alone, without loading the model."""
    global _analyser
    items = job.read()
    if not any(isinstance(i, RawDocument) for i in items):
        return [i for i in items if isinstance(i, ReadProblem)]
    if _analyser is None:
        from ..analyse import Analyser

        _analyser = Analyser(model=model)
    return list(_analyser.analyse(items))


class Workers:
    """The process pool, started on first use; :meth:`close` stops it (and a job it runs), and
    refuses the jobs that come after (``CancelledError``): the server is stopping."""

    def __init__(
        self, model: str | None, worker: Worker = work, timeout: float = ANALYSIS_TIMEOUT
    ) -> None:
        self.model = model
        self.worker = worker
        self.timeout = timeout
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()  # guards _pool
        self._turn = threading.Lock()  # one job at a time: the timeout counts its own run only
        self._closed = False

    def run(self, job: Job) -> list[Result]:
        """The job's results, one job at a time (the others wait here, their turn unbounded
        but for the gate of ``ingest``). A worker that died (killed, out of memory) is replaced
        for the next job, and this one raises ``BrokenProcessPool``; a job over :attr:`timeout`
        seconds (once its turn came) stops the worker and raises ``TimeoutError``."""
        with self._turn:
            with self._lock:
                if self._closed:
                    raise CancelledError("the server is stopping")
                if self._pool is None:
                    context = multiprocessing.get_context("spawn")
                    self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
                pool = self._pool
            return self._result(pool, job)

    def _result(self, pool: ProcessPoolExecutor, job: Job) -> list[Result]:
        try:
            return pool.submit(self.worker, job, self.model).result(timeout=self.timeout)
        except BrokenProcessPool:
            self._drop(pool)
            raise
        except TimeoutError:
            self._drop(pool)
            _stop(pool)
            raise

    def _drop(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None

    def close(self) -> None:
        """Stop the pool now, terminating a job it runs (``shutdown`` alone would wait for it)."""
        with self._lock:
            pool, self._pool = self._pool, None
            self._closed = True
        if pool is not None:
            _stop(pool)


KILL_AFTER = 2.0
"""Seconds a terminated worker has to exit before it is killed."""


def _stop(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's processes, and kill any still alive :data:`KILL_AFTER` seconds later
    (a worker busy in C code, or still starting, may outlive SIGTERM on a loaded machine)."""
    processes = dict(getattr(pool, "_processes", None) or {})
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        if process.is_alive():
            process.terminate()
    for process in processes.values():
        process.join(KILL_AFTER)
        if process.is_alive():
            process.kill()
            process.join(KILL_AFTER)
