"""``wwk stories`` and ``wwk story ID``: the stories built over the store as articles come in.

Titles, outlets, claims and names are shown by the rule of :mod:`._terminal` (control characters,
newlines included, escaped; table cells are Rich ``Text``, never markup), in the Markdown too
(each field is on a line of its own there); the JSON keeps them as they are."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Literal

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..stories import render
from ..stories.since import Changes
from ..story_contract import Story, StorySummary
from ._common import Reporter, db_option, format_option, open_db, parse_date, stored_story
from ._terminal import cell, shown, shown_record

PIPED_WIDTH = 120
CLAIMS_SHOWN = 40


if TYPE_CHECKING:
    from ..store import Store


def _console() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console = Console(highlight=False, width=PIPED_WIDTH)
    return console


def _table(title: str, *columns: str) -> Table:
    table = Table(
        title=Text(title, style="bold"),
        title_justify="left",
        box=None,
        header_style="bold underline",
        pad_edge=False,
    )
    for name in columns:
        table.add_column(name, overflow="fold", justify="right" if name in ("#", "src") else "left")
    return table


def _span(first: date | None, last: date | None) -> str:
    if first is None:
        return "undated"
    return first.isoformat() if first == last or last is None else f"{first}…{last}"


def _matcher(semantic: bool) -> Any:
    from ..stories.update import StoryConfig

    config = StoryConfig()
    if semantic:
        from ..stories.semantic import SemanticMatcher, SemanticUnavailable

        try:
            config.matcher = SemanticMatcher()
        except SemanticUnavailable as exc:
            raise click.ClickException(str(exc)) from None
    return config


@click.command("stories", short_help="List the stories of the store, latest first.")
@db_option
@format_option(
    ["table", "json"],
    "table",
    "json: an array of story objects (the same as wwk story ID --format json).",
)
@click.option(
    "--rebuild", is_flag=True, help="Build every story again from the stored dossiers first."
)
@click.option(
    "--semantic",
    is_flag=True,
    help="With --rebuild: merge claims by sentence embeddings (needs the 'semantic' extra).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="With --rebuild: N processes in all, N - 1 of them reading and preparing the next "
    "articles while one places them (the stories are the same).",
)
@click.option("-n", "--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
def stories(
    db: str, fmt: str, rebuild: bool, semantic: bool, workers: int, limit: int, quiet: bool
) -> None:
    """List the stories of the store, the latest news first: span of dates, articles, outlets,
    top actors.

    A story is the articles on one developing story. wwk ingest adds each new article to a
    story (or opens one); --rebuild builds them all again, oldest article first (after an
    upgrade, or to apply --semantic).

    \b
    Examples:
      wwk stories
      wwk stories --format json > stories.json
      wwk stories --rebuild --db newsroom.db --workers 2
    """
    if semantic and not rebuild:
        raise click.UsageError("--semantic applies only with --rebuild")
    if workers > 1 and not rebuild:
        raise click.UsageError("--workers applies only with --rebuild")
    reporter = Reporter(quiet=quiet)
    with open_db(db, must_exist=True) as store:
        if rebuild:
            from ..stories.update import rebuild_stories

            with reporter.counter("placing") as progress:
                n = rebuild_stories(store, _matcher(semantic), progress, workers)
            reporter.say(f"rebuilt stories from {n} article{'s' * (n != 1)}")
        elif pending := len(store.articles_without_story()):
            reporter.warning(
                f"{pending} stored article{'s are' if pending != 1 else ' is'} in no story yet: "
                "the next wwk ingest places them, or run wwk stories --rebuild"
            )
        listed = store.stories(limit=limit)
        full = [store.story(s.id) for s in listed] if fmt == "json" else []
    if fmt == "json":
        click.echo(json.dumps([s.public() for s in full if s], indent=2, ensure_ascii=False))
        return
    print_stories(listed)


def print_stories(listed: Sequence[StorySummary]) -> None:
    console = _console()
    if not listed:
        console.print("no stories: ingest articles first (wwk ingest PATH…)")
        return
    table = _table("Stories", "id", "dates", "#", "outlets", "title", "top actors")
    for s in listed:
        outlets = ", ".join(s.outlets[:3]) + (
            f" +{len(s.outlets) - 3}" if len(s.outlets) > 3 else ""
        )
        table.add_row(
            *(
                cell(x)
                for x in (
                    str(s.id),
                    _span(s.first, s.last),
                    str(s.articles),
                    outlets or "—",
                    s.title or "(untitled)",
                    ", ".join(s.actors[:4]) or "—",
                )
            )
        )
    console.print(table)


LAST_SEEN: Literal["last-seen"] = "last-seen"


def _parse_since(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> date | Literal["last-seen"] | None:
    if value is not None and value.strip().lower() == LAST_SEEN:
        return LAST_SEEN
    return parse_date(ctx, param, value)


@click.command("story", short_help="One story: claims, corroboration, contradictions.")
@click.argument("story_id", type=int, metavar="ID")
@db_option
@format_option(
    ["table", "json", "md"],
    "table",
    "json: the story object (id, title, articles, copies, claims, contradictions).",
)
@click.option(
    "--since",
    metavar="YYYY-MM-DD|last-seen",
    callback=_parse_since,
    help="Only what changed on or after this date: new claims, claims whose status changed, "
    "new contradictions. last-seen: what the articles stored since this story was last shown "
    "by wwk story changed (the time is kept in the store; never shown: all of it).",
)
@click.option("--all", "show_all", is_flag=True, help=f"All claims (default: {CLAIMS_SHOWN}).")
def story(
    story_id: int, db: str, fmt: str, since: date | Literal["last-seen"] | None, show_all: bool
) -> None:
    """Show one story: its articles and copies, its claims with their reports and
    corroboration, and the contradictions between them. The time it is shown is kept in the
    store, for --since last-seen.

    \b
    Examples:
      wwk story 1
      wwk story 1 --since 2024-06-04
      wwk story 1 --since last-seen
      wwk story 1 --format json | jq '.claims[] | select(.independent > 1)'
    """
    now = datetime.now(UTC)
    diff: Changes | None = None
    with open_db(db, must_exist=True) as store:
        found = stored_story(store, story_id, db)
        if since == LAST_SEEN:
            diff = _since_last_seen(store, found)
        _mark_shown(store, found.id, now)
    if isinstance(since, date):
        from ..stories.since import changes

        diff = changes(found, since)
    if diff is not None:
        if fmt == "json":
            record = {"id": found.id, "title": found.title, **diff.as_dict()}
            click.echo(json.dumps(record, indent=2, ensure_ascii=False))
        elif fmt == "md":
            text = render.changes_markdown(shown_record(found), shown_record(diff))
            click.echo(shown(text, lines=True))
        else:
            print_changes(found, diff)
        return
    if fmt == "json":
        click.echo(json.dumps(found.public(), indent=2, ensure_ascii=False))
    elif fmt == "md":
        click.echo(shown(render.markdown(shown_record(found)), lines=True))
    else:
        print_story(found, limit=None if show_all else CLAIMS_SHOWN)


def _since_last_seen(store: Store, found: Story) -> Changes:
    """What the articles stored after the story was last shown changed (all of its articles
    when it never was)."""
    from ..stories.since import changes_by_articles

    shown_at = store.visit_mark(f"story:{found.id}")
    stored = store.ingested_at([a.id for a in found.articles])
    arrived = [a for a, when in stored.items() if shown_at is None or when > shown_at]
    return changes_by_articles(found, arrived, shown_at)


def _mark_shown(store: Store, story_id: int, now: datetime) -> None:
    """Keep the time the story was shown; a store that cannot be written (read-only) is said,
    and the story shown all the same."""
    from ..errors import StoreError

    try:
        store.save_visit_mark(f"story:{story_id}", now)
    except StoreError as exc:
        Reporter(quiet=False).warning(f"the time the story was shown is not kept: {exc}")


def print_story(s: Story, limit: int | None) -> None:
    console = _console()
    console.print(cell(f"Story {s.id}: {s.title or '(untitled)'}", "bold"))
    console.print(
        cell(
            f"{_span(s.first, s.last)} · {len(s.articles)} articles · "
            f"{len(s.outlets)} outlets: {', '.join(s.outlets) or '—'}"
        ),
        soft_wrap=True,
    )
    people = ", ".join(a.name for a in s.actors[:8])
    console.print(cell(f"actors: {people or '—'}"), soft_wrap=True)
    articles = _table("Articles", "published", "outlet", "title", "id", "copy of")
    for a in sorted(s.articles, key=lambda a: (a.seen or date.max, a.id)):
        copy = a.copy_of if a.copy_of and a.copy_of != a.id else ("(original)" if a.copy_of else "")
        articles.add_row(
            *(
                cell(x)
                for x in (
                    _span(a.published, a.published),
                    a.outlet or "—",
                    a.title or "—",
                    a.id,
                    copy,
                )
            )
        )
    console.print()
    console.print(articles)
    shown = render.ranked(s.claims)
    if limit is not None:
        shown = shown[:limit]
    claims = _table(
        f"Claims ({len(shown)} of {len(s.claims)}, most corroborated first)",
        "id",
        "status",
        "src",
        "named sources",
        "first",
        "claim",
    )
    for c in shown:
        claims.add_row(
            *(
                cell(x)
                for x in (
                    c.id,
                    c.status,
                    str(c.independent),
                    ", ".join(c.named_sources) or "—",
                    c.first_reported.isoformat() if c.first_reported else "—",
                    c.text,
                )
            )
        )
    console.print()
    console.print(claims)
    _print_contradictions(console, s, s.contradictions, "Contradictions")


def _print_contradictions(console: Console, s: Story, found: Sequence[Any], title: str) -> None:
    if not found:
        console.print(f"\n{title}: none")
        return
    table = _table(title, "kind", "about", "a", "sources of a", "b", "sources of b", "seen")
    for x in found:
        a, b = s.claim(x.a), s.claim(x.b)
        table.add_row(
            *(
                cell(v)
                for v in (
                    x.kind,
                    x.about or "—",
                    f"{x.a}: {a.text if a else ''}",
                    ", ".join(x.a_side.sources) if x.a_side else "—",
                    f"{x.b}: {b.text if b else ''}",
                    ", ".join(x.b_side.sources) if x.b_side else "—",
                    x.seen.isoformat() if x.seen else "—",
                )
            )
        )
    console.print()
    console.print(table)


def print_changes(s: Story, diff: Changes) -> None:
    console = _console()
    console.print(cell(f"Story {s.id}: {s.title or '(untitled)'}, since {diff.since_text}", "bold"))
    if diff.new_articles is not None:
        console.print(cell(f"{len(diff.new_articles)} new article(s)"))
    new = _table(f"New claims ({len(diff.new_claims)})", "id", "status", "src", "first", "claim")
    for c in render.ranked(diff.new_claims):
        first = c.first_reported.isoformat() if c.first_reported else "—"
        new.add_row(*(cell(x) for x in (c.id, c.status, str(c.independent), first, c.text)))
    console.print()
    console.print(new)
    changed = _table(f"Changed status ({len(diff.changed)})", "id", "before", "now", "claim")
    for ch in diff.changed:
        changed.add_row(*(cell(x) for x in (ch.claim.id, ch.before, ch.after, ch.claim.text)))
    console.print()
    console.print(changed)
    _print_contradictions(console, s, diff.new_contradictions, "New contradictions")
