"""What the commands share: the store option, date parsing, progress and problem reporting."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import E
from ..readers.base import ReadProblem

T = TypeVar("T")
DEFAULT_DB = "whatweknow.db"

db_option = click.option(
    "--db",
    envvar="WWK_DB",
    default=DEFAULT_DB,
    show_default=True,
    metavar="PATH|URL",
    help="The store: a SQLite file, or a database URL (also from $WWK_DB).",
)


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(E.BAD_DATE.format(value=value)) from None


@contextmanager
def open_db(db: str, *, must_exist: bool = False) -> Iterator[Any]:
    from ..store import open_store

    is_url = "://" in db
    if must_exist and not is_url and not Path(db).exists():
        raise click.ClickException(
            f"no store at {db}: ingest articles first (wwk ingest PATH… --db {db})"
        )
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def _count_files(paths: Sequence[Path]) -> int | None:
    n = 0
    for p in paths:
        if p.is_dir():
            n += sum(1 for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            n += 1
    return n or None


class Reporter:
    """Problems as one line each on stderr, counted for the exit code; a progress bar on a
    terminal, advanced once per article read or failed."""

    def __init__(self, *, quiet: bool) -> None:
        self.console = Console(stderr=True, highlight=False)
        self.quiet = quiet
        self.failures = 0
        self._progress: Progress | None = None

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def problem(self, item: ReadProblem) -> None:
        self.failures += 1
        self.console.print(f"[red]error[/red] {item.source}: {item.problem}", soft_wrap=True)

    def say(self, message: str) -> None:
        if not self.quiet:
            self.console.print(message, soft_wrap=True)

    def track(
        self, items: Iterable[T], paths: Sequence[Path] = (), *, total: int | None = None
    ) -> Iterator[T]:
        show = not self.quiet and self.console.is_terminal and os.environ.get("CI") != "true"
        if not show:
            yield from items
            return
        with Progress(
            TextColumn("[bold]analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
        ) as progress:
            task = progress.add_task("articles", total=total or _count_files(paths))
            for item in items:
                yield item
                progress.advance(task)
