"""``wwk watch``: follow feeds, pages and folders; each round takes what is new and prints a
digest (see :mod:`whatweknow.watch`)."""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, TypeVar

import click

from ..readers.base import ReadOptions
from ._common import db_option, fetching, listed_sources, open_db, read_options
from ._terminal import shown

if TYPE_CHECKING:
    from ..watch.rounds import RoundReport

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(_ctx: click.Context, _param: click.Parameter, value: str) -> float:
    """``90``, ``90s``, ``15m``, ``1h``, ``1d``: seconds (at least one)."""
    found = _DURATION.match(value)
    if found is None:
        raise click.BadParameter(f"{value!r} is no duration (say 90s, 15m, 1h)")
    seconds = float(found.group(1)) * _UNIT[found.group(2).lower()]
    if seconds < 1:
        raise click.BadParameter("a round every second at most")
    return seconds


F = TypeVar("F", bound=Callable[..., object])


def round_options(within: str = "") -> Callable[[F], F]:
    """The options of a watching loop (``--sources``, ``--every``, ``--delay``), for ``wwk
    watch`` and, each help opened by ``within`` ("With --watch, "), for ``wwk serve --watch``."""

    def said(text: str) -> str:
        return within + (text[0].lower() + text[1:] if within else text)

    def apply(f: F) -> F:
        for option in reversed(
            [
                click.option(
                    "--sources",
                    "source_files",
                    multiple=True,
                    type=click.Path(exists=True, dir_okay=False, path_type=Path),
                    metavar="FILE",
                    help=said(
                        "More sources: one address or folder a line, or an OPML file (as feed "
                        "readers export)."
                    ),
                ),
                click.option(
                    "--every",
                    default="15m",
                    show_default=True,
                    callback=parse_every,
                    metavar="DURATION",
                    help=said("Time between the starts of two rounds (90s, 15m, 1h)."),
                ),
                click.option(
                    "--delay",
                    type=click.FloatRange(min=0),
                    default=1.0,
                    show_default=True,
                    metavar="SECONDS",
                    help=said("Wait between two fetches from one host."),
                ),
            ]
        ):
            f = option(f)
        return f

    return apply


@click.command(short_help="Follow feeds, pages and folders; take what is new each round.")
@click.argument("sources", nargs=-1)
@round_options()
@click.option("--once", is_flag=True, help="Run one round and exit (for cron and CI).")
@db_option
@read_options
def watch(
    sources: tuple[str, ...],
    source_files: tuple[Path, ...],
    every: float,
    once: bool,
    delay: float,
    db: str,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    quiet: bool,
) -> None:
    """Follow SOURCES: RSS or Atom feeds, pages (by address) and folders (their new files).

    Each round fetches every source conditionally (a page or feed that did not change costs a
    304), reads the items it has not taken before (a feed entry by its GUID, its address without
    tracking parameters, or its text), analyses and stores them, updates their stories, and
    prints a digest: each source's outcome, then per story touched its new articles, claims and
    contradictions. A source that fails is reported with its W-code and tried again later (the
    wait doubles with each failure; a server's Retry-After is honoured); the others go on. The
    state of every source is kept in the store, so a new process resumes where the last one
    stopped. Sources of one host are fetched one at a time, --delay seconds apart.

    Without --once, rounds repeat every --every until Ctrl-C or SIGTERM, which stop after the
    article in hand (a second one stops at once; the article in hand is not stored). With
    --once the exit status is 1 if every source failed, else 0.

    \b
    Examples:
      wwk watch https://news.example/rss.xml https://agency.example/live-page --every 10m
      wwk watch --sources subscriptions.opml --once --db newsroom.db
      wwk watch inbox/ --every 1m
    """
    from ..analyse import Analyser
    from ..watch import Watcher
    from ..watch.digest import digest
    from ..watch.loop import run_rounds

    listed = listed_sources(
        sources, source_files, "no sources: name feeds, pages or folders, or --sources FILE"
    )
    options = fetching(ReadOptions(published=published, max_bytes=max_bytes, lang_any=lang_any))
    analyser = Analyser(model=model)
    stopping = threading.Event()

    def show(report: RoundReport) -> None:
        for line in digest(report, store):
            click.echo(shown(line))
        sys.stdout.flush()  # a digest is read as it comes (a log, a pipe)

    with open_db(db) as store, _signals(stopping):
        watcher = Watcher(store, analyser.analyse, options, delay=delay, stop=stopping.is_set)
        last = run_rounds(watcher, listed, every=every, stopping=stopping, on_round=show, once=once)
    if stopping.is_set():
        click.echo("Stopped.", err=True)
    sys.exit(1 if once and last is not None and last.all_failed else 0)


@contextmanager
def _signals(stopping: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set ``stopping`` (in the main thread; elsewhere, as under a test
    runner's thread, none are installed); the handlers before are put back at the end."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        if stopping.is_set():  # asked twice: now (the article in hand is rolled back)
            raise KeyboardInterrupt
        stopping.set()

    before = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
