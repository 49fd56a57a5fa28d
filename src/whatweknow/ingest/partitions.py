"""Ingesting in parallel: the input split into partitions (groups of files), each ingested whole by
one worker, in a process of a local pool (:mod:`.process_pool`) or on a Dask cluster
(:mod:`.dask_cluster`).

Each worker writes to the shared store itself, one transaction per article, as ``wwk ingest``
does: the store already serialises writers (SQLite's ``BEGIN IMMEDIATE`` and busy timeout,
PostgreSQL's row locks and advisory locks), so nothing large travels back to the parent, and a
partition that dies has committed whole articles only. A document already stored by this pipeline
version is skipped before it is analysed (:func:`~.one.unstored`), so a re-run resumes where the
last one stopped; each article is stored and placed by :func:`~.one.ingest_one`. At the end of a
run, :func:`~.one.place_pending` adds to the stories any stored article that is in no story (one
whose ingest was killed between its transaction and its story update).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..readers import read_paths
from ..readers.base import DEFAULT_BUDGET, DEFAULT_MAX_BYTES, RawDocument, ReadOptions, ReadProblem
from ..readers.dispatch import no_articles, walk
from ..readers.fetch import is_url
from ..store import open_store
from .dating import dated, today
from .one import ingest_one, unstored

if TYPE_CHECKING:
    from ..analyse import Analyser

RETRIES = 2
"""How many times a runner submits again a partition that raised."""

PARTS_PER_WORKER = 4
"""Partitions per worker: small enough to balance the load, large enough to batch the pipeline."""


@dataclass(frozen=True)
class IngestJob:
    """What every worker needs to ingest a partition (picklable)."""

    db: str
    model: str | None = None
    user_actors: str | None = None
    user_cues: str | None = None
    user_triggers: str | None = None
    published: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    lang_any: bool = False
    follow_links: bool = False
    budget: float | None = DEFAULT_BUDGET
    allow_private: bool = False
    outlet: str | None = None

    @property
    def options(self) -> ReadOptions:
        return ReadOptions(
            published=self.published,
            max_bytes=self.max_bytes,
            lang_any=self.lang_any,
            follow_links=self.follow_links,
            allow_private=self.allow_private,
            outlet=self.outlet,
        )


@dataclass
class PartitionResult:
    """What one partition did: counts, and the problems and warnings to report."""

    index: int
    files: int = 0
    new: int = 0
    seen: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def input_files(
    paths: Iterable[str | Path], follow_links: bool = False
) -> tuple[list[str], list[ReadProblem]]:
    """The files to read, as ``wwk ingest`` reads them (:func:`~whatweknow.readers.dispatch.walk`:
    a named file whatever its name, and under a directory, recursively and sorted, the non-hidden
    files named as articles, never through a link that leads outside it; an address as it is,
    fetched by the worker), and the problems met on the way (a link out, a directory that cannot
    be listed, one with no article files)."""
    files: list[str] = []
    problems: list[ReadProblem] = []
    for p in paths:
        if isinstance(p, str) and is_url(p):
            files.append(p)
            continue
        found = False
        for item in walk(Path(p), follow_links):
            found = True
            if isinstance(item, ReadProblem):
                problems.append(item)
            else:
                files.append(str(item))
        if not found:
            problems.append(no_articles(str(p)))
    return files, problems


def partition(files: Sequence[str], workers: int) -> list[list[str]]:
    """Contiguous groups of files, about ``PARTS_PER_WORKER`` per worker."""
    if not files:
        return []
    count = min(len(files), max(1, workers) * PARTS_PER_WORKER)
    size, extra = divmod(len(files), count)
    parts, start = [], 0
    for i in range(count):
        end = start + size + (i < extra)
        parts.append(list(files[start:end]))
        start = end
    return parts


_ANALYSERS: dict[tuple[str | None, str | None, str | None, str | None, float | None], Analyser] = {}


def _analyser(job: IngestJob) -> Analyser:
    """One analyser per worker process and configuration: the model loads once per worker."""
    from ..analyse import Analyser  # loads spaCy: in the workers only

    key = (job.model, job.user_actors, job.user_cues, job.user_triggers, job.budget)
    if key not in _ANALYSERS:
        _ANALYSERS[key] = Analyser(
            model=job.model,
            user_actors=job.user_actors,
            user_cues=job.user_cues,
            user_triggers=job.user_triggers,
            budget=job.budget,
        )
    return _ANALYSERS[key]


def ingest_partition(job: IngestJob, index: int, files: Sequence[str]) -> PartitionResult:
    """Read, analyse and store one partition; runs in a worker. Problems with single documents
    are reported in the result; an exception means the partition failed (and may be retried)."""
    _fail_on_purpose(index)
    result = PartitionResult(index, files=len(files))

    def seen(_raw: RawDocument) -> None:
        result.seen += 1

    store = open_store(job.db)
    try:
        fresh = unstored(
            dated(read_paths(files, job.options), today), store, seen, result.warnings.append
        )
        for item in _analyser(job).analyse(fresh):
            if isinstance(item, ReadProblem):
                result.problems.append((item.source, item.problem))
                continue
            done = ingest_one(store, *item)
            if done.outcome == "failed":
                result.problems.append((done.source, done.message))
                continue
            result.new += done.stored
            result.seen += not done.stored
            if done.warns:
                result.warnings.append(done.message)
    finally:
        store.close()
    return result


def _fail_on_purpose(index: int) -> None:
    """For the tests of retries: ``WWK_FAIL_PARTITION=N`` makes partition N fail every time;
    ``N@FILE`` makes it fail while FILE does not exist, creating it (so only its first try
    fails, whichever worker runs it)."""
    wanted, _, marker = os.environ.get("WWK_FAIL_PARTITION", "").partition("@")
    if wanted != str(index):
        return
    if marker:
        try:
            Path(marker).touch(exist_ok=False)
        except FileExistsError:
            return
    raise RuntimeError(f"partition {index} failed on purpose")


@dataclass(frozen=True)
class PartitionFailure:
    """A partition that raised on every one of its ``1 + RETRIES`` tries."""

    index: int
    files: Sequence[str]
    error: str

    @property
    def source(self) -> str:
        first = self.files[0] if self.files else "(no files)"
        more = f" and {len(self.files) - 1} more" if len(self.files) > 1 else ""
        return f"partition {self.index} ({first}{more})"


@dataclass(frozen=True)
class PartitionRetry(PartitionFailure):
    """A partition raised on try ``attempt`` and is submitted again."""

    attempt: int = 1


PartitionOutcome = PartitionResult | PartitionFailure | PartitionRetry


def failed_after_retries(exc: BaseException | None) -> str:
    return f"failed after {1 + RETRIES} tries: {exc!r}"
