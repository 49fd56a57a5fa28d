"""Ingesting in parallel: the input split into partitions (groups of files), each ingested whole by
one worker, in a process of a local pool or on a Dask cluster (:mod:`whatweknow.distribute`).

Each worker writes to the shared store itself, one transaction per article, as ``wwk ingest``
does: the store already serialises writers (SQLite's ``BEGIN IMMEDIATE`` and busy timeout,
PostgreSQL's row locks and advisory locks), so nothing large travels back to the parent, and a
partition that dies has committed whole articles only. A document already stored by this pipeline
version is skipped before it is analysed, so a re-run resumes where the last one stopped.
At the end of a run, :func:`place_pending` adds to the stories any stored article that is in no
story (one whose ingest was killed between its transaction and its story update).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .analyse import Analyser
from .errors import E
from .model import Dossier
from .pipeline import PIPELINE_VERSION
from .readers import read_paths
from .readers.base import DEFAULT_BUDGET, DEFAULT_MAX_BYTES, RawDocument, ReadOptions, ReadProblem
from .readers.dispatch import walk
from .readers.fetch import is_url
from .store import Store, open_store

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

    @property
    def options(self) -> ReadOptions:
        return ReadOptions(
            published=self.published,
            max_bytes=self.max_bytes,
            lang_any=self.lang_any,
            follow_links=self.follow_links,
            allow_private=self.allow_private,
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
            problems.append(ReadProblem(str(p), E.NO_ARTICLES.format()))
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
    store = open_store(job.db)
    try:
        fresh = _unstored(read_paths(files, job.options), store, result)
        for item in _analyser(job).analyse(fresh):
            if isinstance(item, ReadProblem):
                result.problems.append((item.source, item.problem))
                continue
            raw, dossier = item
            try:
                added = store.add(raw, dossier)
            except Exception as exc:  # the store rolled back this article; the partition goes on
                result.problems.append((raw.source, E.STORE_FAILED.format(detail=exc)))
                continue
            result.new += added
            result.seen += not added
            if added:
                _update_stories(store, raw.source, dossier, result)
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


def _unstored(
    items: Iterable[RawDocument | ReadProblem], store: Store, result: PartitionResult
) -> Iterator[RawDocument | ReadProblem]:
    """The problems, and the documents not yet stored by this pipeline version."""
    for item in items:
        if isinstance(item, RawDocument):
            stored = store.get_dossier(item.article.id)
            if stored is not None and stored.pipeline.version == PIPELINE_VERSION:
                result.seen += 1
                continue
        yield item


def _update_stories(store: Store, source: str, dossier: Dossier, result: PartitionResult) -> None:
    from .stories import update_stories

    try:
        update_stories(store, dossier.article.id, dossier=dossier)
    except Exception as exc:  # the story update rolled back; the article is stored
        result.warnings.append(f"{source}: stored, but not added to a story ({exc})")


def place_pending(store: Store, skip: Collection[str] = ()) -> tuple[int, list[str]]:
    """Add to the stories every stored article that is in no story (but those in ``skip``, whose
    update already failed in this run); returns how many were placed, and a warning for each that
    could not be (it stays stored, in no story). Idempotent, and safe beside other writers.

    :func:`~whatweknow.stories.update_pending` places them (in batches); should it fail, or with
    articles to skip, they are placed one transaction each, so that one bad article is reported
    and the others placed."""
    from .stories import update_pending, update_stories

    placed, warnings = 0, []
    if not skip:
        before = len(store.articles_without_story())
        if not before:
            return 0, []
        try:
            return update_pending(store), []
        except Exception:  # the failed batch rolled back; the batches before it are placed
            placed = before - len(store.articles_without_story())
    for article_id in store.articles_without_story():
        if article_id in skip:
            continue
        try:
            story = update_stories(store, article_id)
        except Exception as exc:  # the story update rolled back; the article is stored
            warnings.append(f"article {article_id}: stored, but not added to a story ({exc})")
            continue
        placed += story is not None
    return placed, warnings
