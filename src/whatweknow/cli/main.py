"""``wwk``: the command line, a thin click layer over the Python API.

Exit codes: 0 when every input was read and analysed; 1 when any input failed (each failure is one
line on stderr naming the file and the problem, and the rest of the batch still runs); 2 for a
usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import click

from .._version import __version__
from ..readers.base import RawDocument, ReadOptions, ReadProblem
from . import output
from ._common import (
    INPUT,
    Reporter,
    actors_option,
    analyse_files,
    check_user_actors,
    check_user_cues,
    check_user_triggers,
    cues_option,
    db_option,
    format_option,
    open_db,
    place_pending,
    read_options,
    triggers_option,
)
from ._terminal import shown
from .output import output_text, write_output


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="whatweknow")
def cli() -> None:
    """whatweknow reads the news on a developing story and answers, with evidence: what do we
    know so far?

    \b
    Start here:
      wwk extract article.txt --published 2024-06-03   one article, one dossier
      wwk extract page.html feed.xml dump.jsonl -f md  a readable dossier each
      wwk ingest articles/                  store articles in ./whatweknow.db
      wwk search "ceasefire talks"          full-text search of what is stored
      wwk actors article.txt                who is who in an article
      wwk actors                            the actors of every stored article
      wwk demo                              all of the above on the sample

    Inputs: plain text in news layout (.txt, and Markdown .md, .markdown read as text), HTML
    (.html), JSON or JSON Lines (.json, .jsonl), RSS/Atom feeds (.xml, .rss, .atom) and WARC
    files (.warc, .warc.gz); a directory is read recursively; an http(s):// address is fetched.
    Every record in the output points to the characters of the article it came from.

    Commands that print records take -f/--format with their own choices (--json is -f json);
    every command names the store with --db PATH|URL (default ./whatweknow.db, or $WWK_DB);
    actors, events and timeline read the store when given no file.
    """


@cli.command(short_help="The dossier of each article: JSON, JSON Lines or Markdown.")
@click.argument("paths", nargs=-1, required=True, type=INPUT)
@format_option(
    ["json", "jsonl", "md"],
    "json",
    "json: one object per article (an array when several); jsonl: one per line; "
    "md: a readable dossier (claims by modality, quotes, events, times, actors).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file (atomically: it appears only when complete) instead of stdout.",
)
@actors_option()
@cues_option
@triggers_option
@read_options
def extract(
    paths: tuple[Path | str, ...],
    fmt: str,
    output: Path | None,
    actors_file: Path | None,
    cues_file: Path | None,
    triggers_file: Path | None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    quiet: bool,
) -> None:
    """Print the dossier of each article in PATHS.

    \b
    Examples:
      wwk extract article.txt --published 2024-06-03
      wwk extract https://example.org/news/talks.html
      wwk extract a.html b.txt feed.xml dump.jsonl --format jsonl > dossiers.jsonl
      wwk extract article.txt -f md
      wwk extract article.txt --actors my-actors.csv
    """
    reporter = Reporter(quiet=quiet)
    dossiers = analyse_files(
        paths,
        reporter,
        ReadOptions(published=published, max_bytes=max_bytes, lang_any=lang_any),
        model=model,
        user_actors=check_user_actors(actors_file, reporter),
        user_cues=check_user_cues(cues_file),
        user_triggers=check_user_triggers(triggers_file),
    )
    text = output_text(dossiers, fmt)
    write_output(text, output)
    sys.exit(reporter.exit_code)


@cli.command(short_help="Full-text search of the stored articles.")
@click.argument("query")
@db_option
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True)
@format_option(
    ["text", "json"],
    "text",
    "text: each hit's title, date, outlet and a snippet of its body; json: JSON Lines.",
)
def search(query: str, db: str, limit: int, fmt: str) -> None:
    """Full-text search of the stored articles, best first, with snippets.

    QUERY is words ('ceasefire talks': all of them), a "quoted phrase", or FTS5 syntax
    (ceasefire OR truce, talk*): at most 16 words and 4 prefix terms (W041).
    """
    from ..errors import SearchError

    with open_db(db, must_exist=True) as store:
        try:
            hits = store.search(query, limit=limit)
        except SearchError as exc:  # over a limit of the search: one coded line
            raise click.UsageError(str(exc)) from None
    output.print_hits(hits, as_json=fmt == "json")


@cli.command(short_help="The JSON Schema of the dossier.")
def schema() -> None:
    """Print the JSON Schema of the dossier (whatweknow/dossier@1), generated from the models."""
    from ..contract import dossier_json_schema

    click.echo(json.dumps(dossier_json_schema(), indent=2))


@cli.command(short_help="Re-analyse stored articles with the current pipeline.")
@db_option
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Re-analyse every article, not only those analysed by another pipeline version.",
)
@actors_option(" With a new file, add --all.")
@click.option("--model", metavar="NAME", envvar="WWK_MODEL", help="spaCy model package to use.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def reprocess(
    db: str, everything: bool, actors_file: Path | None, model: str | None, quiet: bool
) -> None:
    """Re-analyse stored articles from their raw input with the current pipeline.

    Each dossier is replaced in one transaction, then the stories are rebuilt. An interrupted run
    can be run again: it re-analyses the articles still at another version, and places any
    article that the interrupted rebuild left in no story.
    """
    from ..analyse import Analyser
    from ..ingest.dating import dated
    from ..pipeline import PIPELINE_VERSION
    from ..readers import reread

    reporter = Reporter(quiet=quiet)
    analyser = Analyser(model=model, user_actors=check_user_actors(actors_file, reporter))
    done = 0
    with open_db(db, must_exist=True) as store:
        stale = list(store.raw_documents(None if everything else PIPELINE_VERSION))

        def documents() -> Iterator[RawDocument | ReadProblem]:
            for stored in stale:
                yield reread(
                    stored.format,
                    stored.raw,
                    stored.meta,
                    stored.source,
                    ReadOptions(lang_any=True, max_bytes=sys.maxsize),
                )

        read = dated(documents())  # a dateline's year from the stored articles read with it
        for item in reporter.track(analyser.analyse(read), total=len(stale)):
            if isinstance(item, ReadProblem):
                reporter.problem(item)
                continue
            store.replace_dossier(item[1].article.id, item[1])
            done += 1
        if done:  # claims changed: the stories are built again from the new dossiers
            from ..stories import rebuild_stories

            rebuild_stories(store)
        else:  # a run killed while rebuilding left articles in no story
            place_pending(store, reporter)
    reporter.say(
        f"re-analysed {done} of {len(stale)} article{'s' * (len(stale) != 1)}"
        + ("; stories rebuilt" if done else "")
    )
    sys.exit(reporter.exit_code)


@cli.command(short_help="Ingest the bundled sample and summarise its story.")
@click.option(
    "--db",
    default="whatweknow-demo.db",
    show_default=True,
    metavar="PATH",
    help="SQLite file to create for the demo.",
)
def demo(db: str) -> None:
    """Ingest the bundled sample corpus (eight invented articles on one story, in every input
    format), build its story, and print a short summary of each dossier and of the story."""
    from ..analyse import Analyser
    from ..ingest import ingest_one
    from ..sample import sample_dir

    reporter = Reporter(quiet=False)
    rows = []
    with open_db(db) as store:
        for item in reporter.track(
            Analyser().analyse_paths([sample_dir()], ReadOptions()), [sample_dir()]
        ):
            if isinstance(item, ReadProblem):
                reporter.problem(item)
                continue
            done = ingest_one(store, *item)
            if done.problem is not None:
                reporter.problem(done.problem)
            elif done.outcome == "unplaced":
                reporter.warning(done.message)
            rows.append(item[1])
        total = store.count()
        listed = store.stories()
        stories = [s for s in (store.story(x.id) for x in listed) if s is not None]
        parties = {x.id: shown(", ".join(x.actors[:5])) for x in listed}
    output.print_summary(rows)
    for story in stories:
        multi = sum(1 for c in story.claims if len(c.reports) > 1)
        print(
            f"\nstory {story.id}: {len(story.articles)} articles from {len(story.outlets)} "
            f"outlets, {len(story.copies)} wire report(s) carried more than once\n"
            f"  {len(story.claims)} claims ({multi} in more than one article), "
            f"{len(story.contradictions)} contradictions\n"
            f"  main parties: {parties[story.id]}"
        )
    print(
        f"\n{total} articles stored in {db}. Next:\n  wwk story 1 --db {db}\n"
        f"  wwk search geneva --db {db}"
    )
    sys.exit(reporter.exit_code)


def main() -> None:
    cli(prog_name="wwk")


def _register() -> None:
    """Commands that live in modules of their own."""
    from .actors import actors
    from .brief import brief
    from .check import check
    from .evaluate import evaluate
    from .events import events, timeline
    from .ingest import ingest
    from .serve import serve
    from .stories import stories, story
    from .watch import watch

    cli.add_command(ingest)
    cli.add_command(actors)
    cli.add_command(evaluate)
    cli.add_command(stories)
    cli.add_command(story)
    cli.add_command(events)
    cli.add_command(timeline)
    cli.add_command(brief)
    cli.add_command(serve)
    cli.add_command(check)
    cli.add_command(watch)


_register()
