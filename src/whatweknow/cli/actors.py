"""``wwk actors``: who is who in each article, or across the store (no FILE: ``--db``)."""

from __future__ import annotations

import sys
import textwrap
from datetime import date
from pathlib import Path

import click

from ..readers.base import ReadOptions
from ..stages.actors.gazetteer import SECTORS
from . import output
from ._common import (
    INPUT,
    Reporter,
    actors_option,
    analyse_files,
    check_user_actors,
    db_option,
    format_option,
    open_db,
    read_options,
    reads_store,
    stored_option,
)

TYPES = ("person", "state", "organisation", "place", "group")
DEFAULT_LIMIT = 50
_FILE_ONLY = ("actors_file", "published", "max_bytes", "lang_any", "model")
_STORED_ONLY = ("actor_type", "limit")

EXAMPLE_CSV = """\
name,aliases,type,country,sector,roles
Zorblat Quixley,Quixley|Mr Quixley,person,NOR,BUS,grain trader|broker
Harbour Alliance,HA|the Alliance,organisation,NLD,LAB,"""

_SECTOR_CODES = "\n".join(textwrap.wrap(", ".join(SECTORS), width=72))

HELP = f"""Print the actors of each article in PATHS: id, name, type, country, sector, roles,
aliases, number of mentions and the offsets of the first mention in article.text. With no
PATHS, list instead the actors kept in the store (--db) across all its articles: the same actor
(same key: country:RUS, org:IAEA, person:xi jinping) is one row, with the number of articles
that name it.

\b
Examples:
  wwk actors article.txt
  wwk actors articles/ --actors my-actors.csv -f json
  wwk actors --db newsroom.db --type person -n 20

\b
Extra actors (--actors FILE; also on extract, ingest and reprocess): a CSV file (.csv) with a
header line naming the columns, or a YAML file (.yaml, .yml) holding a list of mappings with
the same names. Columns:
  name      required: the name as written in the news
  aliases   other names it goes by, separated by | (in YAML, a list)
  type      required: person, organisation, group or place
  country   ISO 3166 alpha-3 code (NOR, RUS, USA)
  sector    one code of:
{textwrap.indent(_SECTOR_CODES, " " * 12)}
  roles     roles to give the actor, separated by | (in YAML, a list)

\b
Example, a file of three lines:
{textwrap.indent(EXAMPLE_CSV, "  ")}

Lines starting with # are comments. An entry replaces a built-in actor that has the same name
or alias (with a warning on stderr when their countries differ). The file is checked before
anything is analysed: a bad row stops the command (exit code 2) with the file and line.
"""


@click.command("actors", help=HELP, short_help="Who is who in articles, or in the store.")
@click.argument("paths", nargs=-1, type=INPUT)
@stored_option
@db_option
@click.option(
    "--type", "actor_type", type=click.Choice(TYPES), help="From the store: only this type."
)
@click.option(
    "-n",
    "--limit",
    type=click.IntRange(min=1),
    default=DEFAULT_LIMIT,
    show_default=True,
    help="From the store: how many actors to list (those in the most articles first).",
)
@format_option(
    ["table", "json"],
    "table",
    "json: JSON Lines, per article {article, title, actors} with the dossier's actors; from "
    "the store, one object per actor.",
)
@actors_option()
@read_options
@click.pass_context
def actors(
    ctx: click.Context,
    paths: tuple[Path, ...],
    stored: bool,
    db: str,
    actor_type: str | None,
    limit: int,
    fmt: str,
    actors_file: Path | None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    quiet: bool,
) -> None:
    as_json = fmt == "json"
    if reads_store(ctx, paths, file_only=_FILE_ONLY, store_only=_STORED_ONLY):
        with open_db(db, must_exist=True) as store:
            found = store.actors(limit=limit, type=actor_type)
        output.print_stored_actors(found, as_json=as_json)
        return

    reporter = Reporter(quiet=quiet)
    dossiers = analyse_files(
        paths,
        reporter,
        ReadOptions(published=published, max_bytes=max_bytes, lang_any=lang_any),
        model=model,
        user_actors=check_user_actors(actors_file, reporter),
    )
    output.print_actors(dossiers, as_json=as_json)
    sys.exit(reporter.exit_code)
