"""``wwk ingest --workers N`` and ``--dask ADDRESS``: the CLI side of :mod:`..distribute`.

With a remote scheduler, the workers read the input files and the store by the same paths or URL,
so files and a SQLite store must be on a filesystem they share (PostgreSQL is the better store).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import click

from ..readers.base import ReadProblem
from ._common import Reporter, open_db, place_pending

DASK_LOCAL_WORKERS = 2


def ingest_parallel(
    paths: Sequence[Path | str],
    db: str,
    reporter: Reporter,
    workers: int | None,
    dask_address: str | None,
    user_actors: str | None,
    user_cues: str | None,
    *,
    user_triggers: str | None = None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    follow_links: bool = False,
    budget: float | None = None,
    allow_private: bool = False,
) -> None:
    """Ingest in partitions, print a line as each ends, then the totals; exits like ``ingest``."""
    from ..batch import IngestJob, PartitionResult, input_files, partition
    from ..distribute import RETRIES, PartitionRetry, run_dask, run_processes

    if "://" not in db:
        if db == ":memory:":
            raise click.UsageError("--workers and --dask need a store file or URL, not :memory:")
        db = str(Path(db).resolve())  # the workers may not share this directory
    with open_db(db):  # created and migrated once, before the workers start
        pass
    job = IngestJob(
        db=db,
        model=model,
        user_actors=user_actors,
        user_cues=user_cues,
        user_triggers=user_triggers,
        published=published,
        max_bytes=max_bytes,
        lang_any=lang_any,
        follow_links=follow_links,
        budget=budget,
        allow_private=allow_private,
    )
    if workers is None:
        workers = DASK_LOCAL_WORKERS if dask_address else 1
    files, skipped = input_files(paths, follow_links)
    for link in skipped:
        reporter.problem(link)
    parts = partition(files, workers)
    if dask_address:
        outcomes = run_dask(job, parts, dask_address, workers)
    else:
        outcomes = run_processes(job, parts, workers)
    new = seen = done = 0
    for outcome in outcomes:
        if isinstance(outcome, PartitionRetry):
            reporter.warning(
                f"{outcome.source}: failed on try {outcome.attempt} of {1 + RETRIES} "
                f"({outcome.error}); trying again"
            )
            continue
        done += 1
        if not isinstance(outcome, PartitionResult):
            reporter.problem(ReadProblem(outcome.source, outcome.error))
            continue
        for source, problem in outcome.problems:
            reporter.problem(ReadProblem(source, problem))
        for message in outcome.warnings:
            reporter.warning(message)
        new += outcome.new
        seen += outcome.seen
        reporter.say(
            f"[{done}/{len(parts)}] partition {outcome.index}: {outcome.files} files, "
            f"{outcome.new} new, {outcome.seen} already stored, {len(outcome.problems)} failed"
        )
    with open_db(db) as store:
        place_pending(store, reporter)
        total = store.count()
    reporter.say(
        f"{new} new article{'s' * (new != 1)}, {seen} already stored, "
        f"{reporter.failures} failed; {total} in {db}"
    )
    sys.exit(reporter.exit_code)
