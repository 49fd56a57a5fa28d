"""``wwk events`` (PLOVER exports) and ``wwk timeline`` (events in event-time order).

The table and the timeline lines show each line by the rule of :mod:`._terminal` (control
characters escaped); plover-json, csv and ``--json`` keep the text as it is."""

from __future__ import annotations

import csv
import io
import json
import sys
import textwrap
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..contract import Dossier
from ..readers.base import ReadOptions
from ..stages.events import export
from ..stages.events.event_types import PLOVER_TYPES
from ._common import (
    INPUT,
    Reporter,
    actors_option,
    analyse_files,
    check_user_actors,
    check_user_triggers,
    db_option,
    format_option,
    open_db,
    read_options,
    reads_store,
    stored_option,
    triggers_option,
)
from ._terminal import shown

_FILE_ONLY = ("actors_file", "triggers_file", "published", "max_bytes", "lang_any", "model")
PAGE = 200

_EVENT_FIELD = textwrap.fill(
    f"the PLOVER type: {', '.join(PLOVER_TYPES)}. An announced act of cooperation is AGREE, an "
    "announced act of conflict THREATEN (PLOVER's rule); wwk_type keeps the type of the act "
    "itself (a planned visit: event AGREE, wwk_type CONSULT)",
    width=96,
    initial_indent="  event           ",
    subsequent_indent=" " * 18,
)
"""The ``event`` field of the help, its types from ``stages/events/data/types.tsv``."""

EVENTS_HELP = f"""Print the events of the articles in PATHS (or, with no PATHS, of every article in
the store: --db), one record per event, coded in PLOVER (the Political Language Ontology for
Verifiable Event Records).

\b
Examples:
  wwk events article.txt
  wwk events articles/ --format plover-json > events.jsonl
  wwk events --db newsroom.db --format csv > events.csv

\b
Formats:
  table        a readable table (the default)
  plover-json  JSON Lines: one PLOVER record per line (json: the same)
  csv          one row per event, with a header; several entities joined by ';'

\b
Fields (PLOVER JSON names; the CSV column is the same unless said):
  id              article id and event id: 3f2a…-e1
{_EVENT_FIELD}
  mode            the PLOVER mode where known (visit, arrest, firearms, …)
  context         PLOVER contexts told by keywords of the text (military, diplomatic, …)
  quad_code       1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
                  4 material conflict
  actor           who acts (PLOVER's older name: source): entity_text, code (ISO 3166
                  alpha-3 country, or IGO/NGO), sector (GOV, MIL, REB, …);
                  CSV: actor_text, actor_code, actor_sector
  recipient       to whom (older name: target); CSV: recipient_text, recipient_code,
                  recipient_sector
  event_loc       where: extracted_place, country_code, lat, lon; CSV: event_loc,
                  event_loc_code
  date            the day of the event, when the text gives one (YYYY-MM-DD)
  timex           the event's time as a TIMEX3 value (2024-06-03, 2024-06, 2024-W23)
  modality        asserted, reported, alleged, speculated, denied or expected: an expected
                  visit, an alleged arms transfer and a denied plan are kept and flagged
  attributed_to   who says so: the source of the claim the event is told in (else the outlet)
  event_text      the trigger word(s)
  text            the clause or phrase of the event; text_info start/end: its offsets in the
                  article text (CSV: start, end)
  cite_info       url, title, publication (CSV: url, title)
  article_id, published, wwk_type (the dossier's type), wwk_event and claim (dossier ids;
  JSON only)
"""

TIMELINE_HELP = """Print the events of the articles in PATHS (or, with no PATHS, of every article
of the store: --db; with --story ID, of the articles of one story) in the order they happened:
by the time the text gives each event (a TIMEX3 value, from its clause or its sentence), with
its modality (asserted, reported, alleged, speculated, denied, expected) and who says so. Events
whose time the text does not give come last, by publication date: the publication date is not
taken for the time of an event.

\b
Examples:
  wwk timeline a.txt b.txt --published 2024-06-03
  wwk timeline --db newsroom.db
  wwk timeline --story 3 --db newsroom.db
  wwk timeline articles/ -f json
"""

if TYPE_CHECKING:
    from ..store import Store


def stored_dossiers(store: Store) -> Iterator[Dossier]:
    """Every stored dossier, page by page."""
    offset = 0
    while page := store.articles(limit=PAGE, offset=offset):
        for art in page:
            dossier = store.get_dossier(art.id)
            if dossier is not None:
                yield dossier
        offset += len(page)


def story_dossiers(store: Store, story_id: int) -> list[Dossier]:
    """The dossiers of a story's articles."""
    story = store.story(story_id)
    if story is None:
        raise click.ClickException(f"no story {story_id} in the store (wwk stories lists them)")
    found = (store.get_dossier(a.id) for a in story.articles)
    return [d for d in found if d is not None]


def _analyse(
    paths: Sequence[Path],
    reporter: Reporter,
    *,
    actors_file: Path | None,
    triggers_file: Path | None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
) -> list[Dossier]:
    options = ReadOptions(published=published, max_bytes=max_bytes, lang_any=lang_any)
    return analyse_files(
        paths,
        reporter,
        options,
        model=model,
        user_actors=check_user_actors(actors_file, reporter),
        user_triggers=check_user_triggers(triggers_file),
    )


def _entities(items: list[dict[str, Any]]) -> str:
    return ", ".join(
        f"{i['entity_text']} [{i['code'] or '?'}{'/' + i['sector'] if i['sector'] else ''}]"
        for i in items
    )


def render(records: list[dict[str, Any]], fmt: str) -> str:
    """The records as plover-json (JSON Lines), csv or a plain table."""
    if fmt in ("plover-json", "json"):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=export.CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(export.csv_row(r) for r in records)
        return buf.getvalue()
    lines = []
    for r in records:
        kind = r["event"] + (f"/{r['mode']}" if r["mode"] else "")
        who = _entities(r["actor"]) or "?"
        whom = f" → {_entities(r['recipient'])}" if r["recipient"] else ""
        where = f" in {r['event_loc']['extracted_place']}" if r["event_loc"] else ""
        when = f" ({r['timex']})" if r["timex"] else ""
        lines.append(
            shown(
                f"{r['id']}  {kind:<22} {who}{whom}{where}{when}  [{r['modality']}] "
                f"“{r['event_text']}”"
            )
        )
    return "\n".join(lines) + ("\n" if lines else "")


@click.command("events", help=EVENTS_HELP, short_help="PLOVER events: table, JSON Lines or CSV.")
@click.argument("paths", nargs=-1, type=INPUT)
@format_option(
    ["table", "json", "plover-json", "csv"],
    "table",
    "table, plover-json or json (JSON Lines, PLOVER field names) or csv (see the fields above).",
)
@stored_option
@db_option
@actors_option()
@triggers_option
@read_options
@click.pass_context
def events(
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str,
    stored: bool,
    db: str,
    actors_file: Path | None,
    triggers_file: Path | None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    quiet: bool,
) -> None:
    reporter = Reporter(quiet=quiet)
    if reads_store(ctx, paths, file_only=_FILE_ONLY):
        with open_db(db, must_exist=True) as store:
            dossiers = list(stored_dossiers(store))
    else:
        dossiers = _analyse(
            paths,
            reporter,
            actors_file=actors_file,
            triggers_file=triggers_file,
            published=published,
            max_bytes=max_bytes,
            lang_any=lang_any,
            model=model,
        )
    sys.stdout.write(render(list(export.records(dossiers)), fmt))
    sys.exit(reporter.exit_code)


def timeline_lines(entries: list[export.TimelineEntry]) -> list[str]:
    lines = []
    for e in entries:
        rec = export.record(e.dossier, e.event)
        kind = rec["event"] + (f"/{rec['mode']}" if rec["mode"] else "")
        who = _entities(rec["actor"]) or "?"
        whom = f" → {_entities(rec['recipient'])}" if rec["recipient"] else ""
        source = rec["attributed_to"] or "the outlet"
        lines.append(
            shown(
                f"{e.event.time or 'time unknown':<12} {kind:<22} {who}{whom}  "
                f"[{e.event.modality}, {source}]  “{' '.join(rec['text'].split())}”"
                f"  ({e.dossier.article.title or e.dossier.article.id})"
            )
        )
    return lines


@click.command("timeline", help=TIMELINE_HELP, short_help="Events in the order they happened.")
@click.argument("paths", nargs=-1, type=INPUT)
@stored_option
@db_option
@click.option(
    "--story",
    "story_id",
    type=int,
    metavar="ID",
    help="Only the articles of this story (wwk stories lists them), from the store.",
)
@format_option(
    ["text", "json"],
    "text",
    "text: one line per event; json: JSON Lines, the PLOVER record of each.",
)
@actors_option()
@triggers_option
@read_options
@click.pass_context
def timeline(
    ctx: click.Context,
    paths: tuple[Path, ...],
    stored: bool,
    db: str,
    story_id: int | None,
    fmt: str,
    actors_file: Path | None,
    triggers_file: Path | None,
    published: date | None,
    max_bytes: int,
    lang_any: bool,
    model: str | None,
    quiet: bool,
) -> None:
    reporter = Reporter(quiet=quiet)
    if reads_store(ctx, paths, file_only=_FILE_ONLY, store_only=("story_id",)):
        with open_db(db, must_exist=True) as store:
            if story_id is None:
                dossiers = list(stored_dossiers(store))
            else:
                dossiers = story_dossiers(store, story_id)
    else:
        dossiers = _analyse(
            paths,
            reporter,
            actors_file=actors_file,
            triggers_file=triggers_file,
            published=published,
            max_bytes=max_bytes,
            lang_any=lang_any,
            model=model,
        )
    entries = export.timeline(dossiers)
    if fmt == "json":
        for e in entries:
            click.echo(json.dumps(export.record(e.dossier, e.event), ensure_ascii=False))
    else:
        for line in timeline_lines(entries):
            click.echo(line)
    sys.exit(reporter.exit_code)
