"""``wwk ingest``: articles analysed and kept in the store, in this process or, with
``--workers N`` or ``--dask ADDRESS``, in partitions run by :mod:`whatweknow.ingest`'s process pool
or Dask cluster. Every article goes through :func:`~whatweknow.ingest.ingest_one`."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NoReturn

import click

from ..ingest import (
    RETRIES,
    Ingested,
    IngestJob,
    PartitionResult,
    PartitionRetry,
    ingest_one,
    input_files,
    partition,
    unstored,
)
from ..ingest.dating import dated, today
from ..readers import read_paths
from ..readers.base import DEFAULT_BUDGET, RawDocument, ReadOptions, ReadProblem
from ._common import (
    INPUT,
    Reporter,
    actors_option,
    allow_private,
    check_user_actors,
    check_user_cues,
    check_user_triggers,
    cues_option,
    db_option,
    fetching,
    given_outlet,
    open_db,
    place_pending,
    read_options,
    triggers_option,
)

DASK_LOCAL_WORKERS = 2


@click.command(short_help="Analyse articles and keep them in the store (--db).")
@click.argument("paths", nargs=-1, required=True, type=INPUT)
@db_option
@actors_option(
    " Articles stored before by the same pipeline version keep their dossier: to apply a new "
    "file to them, run wwk reprocess --all --actors FILE."
)
@cues_option
@triggers_option
@read_options
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Analyse in N processes [default: 1; with --dask local: N Dask workers, default 2].",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Run on a Dask cluster: 'local' (a LocalCluster) or a scheduler's tcp://HOST:PORT.",
)
@click.option(
    "--follow-links",
    is_flag=True,
    help="Read what symbolic links under a directory lead to, even outside it (such links are "
    "skipped with W043 by default).",
)
@click.option(
    "--time-budget",
    "budget",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_BUDGET,
    show_default=True,
    metavar="SECONDS",
    help="Stop the analysis of an article past this many seconds (W047, nothing stored; the "
    "batch goes on).",
)
def ingest(
    paths: tuple[Path | str, ...],
    db: str,
    actors_file: Path | None,
    cues_file: Path | None,
    triggers_file: Path | None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    quiet: bool,
    workers: int | None,
    dask_address: str | None,
    follow_links: bool,
    budget: float,
) -> None:
    """Analyse the articles in PATHS and keep them, with their dossiers, in the store.

    Ingesting is idempotent: the same text twice is one article, and an article already stored by
    this pipeline version is not analysed again. Each article is written in one transaction, so an
    interrupted run leaves no half-written article behind; an article it stored but did not add
    to a story yet is placed at the end of the next run.

    \b
    Examples:
      wwk ingest articles/
      wwk ingest feed.xml --db newsroom.db
      wwk ingest https://example.org/news/rss.xml
      WWK_DB=postgresql://localhost/wwk wwk ingest dump.jsonl
      wwk ingest archive/ --workers 4
      wwk ingest archive/ --dask tcp://scheduler:8786 --db postgresql://db/wwk

    With --workers or --dask the input is split into partitions (groups of files), each ingested
    by one worker writing to the store itself; a partition that fails is retried twice, then
    reported.
    """
    reporter = Reporter(quiet=quiet)
    user_actors = check_user_actors(actors_file, reporter)
    user_cues = check_user_cues(cues_file)
    user_triggers = check_user_triggers(triggers_file)
    if (workers or 1) > 1 or dask_address:
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
            allow_private=allow_private(),
            outlet=given_outlet(),
        )
        ingest_parallel(paths, job, reporter, workers, dask_address)
    from ..analyse import Analyser

    analyser = Analyser(
        budget=budget,
        model=model,
        user_actors=user_actors,
        user_cues=user_cues,
        user_triggers=user_triggers,
    )
    options = fetching(
        ReadOptions(
            published=published, max_bytes=max_bytes, lang_any=lang_any, follow_links=follow_links
        )
    )
    tally = Tally()
    with open_db(db) as store:
        fresh = unstored(
            dated(read_paths(paths, options), today), store, tally.skipped, reporter.warning
        )
        items = analyser.analyse(fresh)
        for item in reporter.track(items, paths):
            if isinstance(item, ReadProblem):
                reporter.problem(item)
                continue
            tally.count(ingest_one(store, *item), reporter)
        place_pending(store, reporter, skip=tally.unplaced)
        total = store.count()
    reporter.say(tally.summary(reporter, total, db))
    sys.exit(reporter.exit_code)


def ingest_parallel(
    paths: Sequence[Path | str],
    job: IngestJob,
    reporter: Reporter,
    workers: int | None,
    dask_address: str | None,
) -> NoReturn:
    """Ingest in partitions, print a line as each ends, then the totals; exits like ``ingest``.

    With a remote scheduler, the workers read the input files and the store by the same paths or
    URL, so files and a SQLite store must be on a filesystem they share (PostgreSQL is the better
    store)."""
    db = job.db
    if "://" not in db:
        if db == ":memory:":
            raise click.UsageError("--workers and --dask need a store file or URL, not :memory:")
        db = str(Path(db).resolve())  # the workers may not share this directory
        job = dataclasses.replace(job, db=db)
    with open_db(db):  # created and migrated once, before the workers start
        pass
    if workers is None:
        workers = DASK_LOCAL_WORKERS if dask_address else 1
    files, skipped = input_files(paths, job.follow_links)
    for link in skipped:
        reporter.problem(link)
    parts = partition(files, workers)
    if dask_address:
        from ..ingest.dask_cluster import run_on_dask

        outcomes = run_on_dask(job, parts, dask_address, workers)
    else:
        from ..ingest.process_pool import run_in_processes

        outcomes = run_in_processes(job, parts, workers)
    tally = Tally()
    done = 0
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
        tally.new += outcome.new
        tally.seen += outcome.seen
        reporter.say(
            f"[{done}/{len(parts)}] partition {outcome.index}: {outcome.files} "
            f"{'file' if outcome.files == 1 else 'files'}, "
            f"{outcome.new} new, {outcome.seen} already stored, {len(outcome.problems)} failed"
        )
    with open_db(db) as store:
        place_pending(store, reporter)
        total = store.count()
    reporter.say(tally.summary(reporter, total, db))
    sys.exit(reporter.exit_code)


@dataclass
class Tally:
    """The counts of a run, and the articles whose story update failed in it."""

    new: int = 0
    seen: int = 0
    unplaced: set[str] = field(default_factory=set)

    def skipped(self, _raw: RawDocument) -> None:
        self.seen += 1

    def count(self, done: Ingested, reporter: Reporter) -> None:
        """One article's outcome: a failure is a problem, a failed story update a warning."""
        if done.problem is not None:
            reporter.problem(done.problem)
            return
        self.new += done.stored
        self.seen += not done.stored
        if done.warns:  # a failed story update, or another outlet's copy of a stored text
            reporter.warning(done.message)
        if done.outcome == "unplaced":
            self.unplaced.add(done.article_id)

    def summary(self, reporter: Reporter, total: int, db: str) -> str:
        return (
            f"{self.new} new article{'s' * (self.new != 1)}, {self.seen} already stored, "
            f"{reporter.failures} failed; {total} in {db}"
        )
