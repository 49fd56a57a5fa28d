"""``wwk brief``: the briefing of some articles, or of a stored story."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..readers.base import ReadOptions
from ._common import (
    INPUT,
    Reporter,
    actors_option,
    analyse_files,
    check_user_actors,
    db_option,
    format_option,
    open_db,
    parse_date,
    read_options,
    stored_story,
)
from ._terminal import shown, shown_record

if TYPE_CHECKING:
    from ..briefing.model import Briefing


@click.command("brief", short_help="The briefing of articles or of a stored story.")
@click.argument("paths", nargs=-1, type=INPUT)
@click.option(
    "--story",
    "story_id",
    type=int,
    metavar="ID",
    help="Brief a stored story (see wwk stories) instead of files.",
)
@db_option
@format_option(
    ["md", "html", "json"],
    "md",
    "md: Markdown; html: one self-contained page; json: the briefing as data "
    "(sections, items, citations into each article's text).",
)
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    callback=parse_date,
    help="Only what is new or changed on or after this date (for a story: new claims, claims "
    "whose status changed, new contradictions; for files: the articles published since).",
)
@click.option("--all", "show_all", is_flag=True, help="Every item (md and html show 12 a section).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file (atomically: it appears only when complete) instead of stdout.",
)
@actors_option()
@read_options
def brief(
    paths: tuple[Path | str, ...],
    story_id: int | None,
    db: str,
    fmt: str,
    since: date | None,
    show_all: bool,
    output: Path | None,
    actors_file: Path | None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    quiet: bool,
) -> None:
    """The briefing of the articles in PATHS, or of a stored story (--story ID): the story in
    one line; what is established; what is claimed, and by whom; what is disputed and denied;
    analysis and speculation; background; a timeline; who's who; the sources.

    Every line is an extract of an article, or a fixed template over what was extracted, and
    ends with its citations (outlet, date), each pointing to the characters of the article it
    rests on. Empty sections are left out. Files are briefed as one ad-hoc story, claim by claim
    (nothing merged, so nothing corroborated): for corroboration, ingest them and brief the story.

    \b
    Examples:
      wwk brief article.txt
      wwk brief a.html b.txt --format html -o briefing.html
      wwk brief https://example.org/news/talks.html
      wwk brief --story 1 --since 2024-06-08
      wwk brief --story 1 --format json | jq '.sections[].title'
    """
    from ..briefing import brief_dossiers, brief_story
    from .output import write_output

    if story_id is not None and paths:
        raise click.UsageError("give FILES or --story ID, not both")
    if story_id is None and not paths:
        raise click.UsageError("give FILES to brief, or --story ID")
    reporter = Reporter(quiet=quiet)
    if story_id is not None:
        with open_db(db, must_exist=True) as store:
            found = stored_story(store, story_id, db)
            dossiers = {
                a.id: d for a in found.articles if (d := store.get_dossier(a.id)) is not None
            }
        briefing = brief_story(found, dossiers, since)
    else:
        options = ReadOptions(published=published, max_bytes=max_bytes, lang_any=lang_any)
        read = analyse_files(
            paths,
            reporter,
            options,
            model=model,
            user_actors=check_user_actors(actors_file, reporter),
        )
        if not read:
            reporter.warning("nothing to brief: no article was read")
            sys.exit(1)
        briefing = brief_dossiers(read, since)
    write_output(render(briefing, fmt, show_all=show_all), output)
    sys.exit(reporter.exit_code)


def render(b: Briefing, fmt: str, *, show_all: bool = False) -> str:
    """The briefing in one of the formats of ``wwk brief``: in the Markdown, each field's line
    breaks are spaces (the renderer joins the words of its fields already) and its other control
    characters are shown escaped (:mod:`._terminal`); JSON and HTML as the renderer gives them."""
    from ..briefing.render import LIMIT, to_html, to_json, to_markdown

    limit = None if show_all else LIMIT
    if fmt == "json":
        return to_json(b)
    if fmt == "html":
        return to_html(b, limit)
    return shown(to_markdown(shown_record(b, flow=True), limit), lines=True)
