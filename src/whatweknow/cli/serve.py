"""``wwk serve``: the pages and the HTTP API over a store (needs the ``web`` extra)."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

from ._common import db_option, listed_sources
from ._terminal import shown
from .watch import round_options

if TYPE_CHECKING:
    from ..store import Store
    from ..watch.rounds import RoundReport
    from ..web.watching import WatchConfig

SERVE_HELP = """Serve the store on the web: pages for the stories (with search), each story's
briefing, each article with its annotations highlighted, the actors, a timeline and an actor
network; and the HTTP API under /api/v1 (its OpenAPI schema: /api/v1/openapi.json, a summary:
/api/v1/docs).

Writes (adding an article) need the token in the environment variable named by --token-env
(WWK_TOKEN by default), sent as 'Authorization: Bearer TOKEN' or in the page's form; without
it, every write is refused. --read-only refuses writes whatever the token, and opens the store
read-only: it must exist at the current schema (run wwk ingest or wwk check on it once after
upgrading whatweknow), and is never changed.

--watch follows SOURCES (feeds, pages, folders; and those of --sources FILE) beside the server,
as wwk watch does: a round every --every, its new articles analysed in the server's worker
process, stored and placed in their stories, its digest printed on stderr; the page /sources
(and /api/v1/sources) lists each source's state and last error. The loop stops with the server.

\b
Examples:
  wwk serve --db whatweknow-demo.db                 http://127.0.0.1:8765/
  WWK_TOKEN=$(openssl rand -hex 16) wwk serve       pages, API, and adding articles
  wwk serve --read-only --port 9000
  wwk serve --watch https://news.example/rss.xml --every 10m --db newsroom.db
"""


def is_loopback(host: str) -> bool:
    """Whether a host name or address stays on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command("serve", help=SERVE_HELP, short_help="The web pages and HTTP API over the store.")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option("--read-only", is_flag=True, help="Refuse every write; open the store read-only.")
@click.option(
    "--token-env",
    default="WWK_TOKEN",
    show_default=True,
    metavar="NAME",
    help="The environment variable that holds the write token.",
)
@click.option(
    "--max-body",
    type=click.IntRange(min=1),
    default=6_000_000,
    show_default=True,
    help="Largest request body accepted, in bytes (413 above it).",
)
@click.option(
    "--public",
    is_flag=True,
    help="Allow a --host that other machines can reach (there is no TLS: put a proxy in front).",
)
@click.option("--model", metavar="NAME", envvar="WWK_MODEL", help="spaCy model for new articles.")
@click.option("--watch", "watching", is_flag=True, help="Follow SOURCES beside the server.")
@click.argument("sources", nargs=-1, metavar="[SOURCES]...")
@round_options("With --watch, ")
@click.option(
    "--allow-private",
    is_flag=True,
    help="With --watch, fetch sources on private, loopback or link-local networks too (a server "
    "on this machine, for testing); refused with W051 by default. Addresses sent to the server "
    "are never fetched so.",
)
def serve(
    db: str,
    host: str,
    port: int,
    read_only: bool,
    token_env: str,
    max_body: int,
    public: bool,
    model: str | None,
    watching: bool,
    sources: tuple[str, ...],
    source_files: tuple[Path, ...],
    every: float,
    delay: float,
    allow_private: bool,
) -> None:
    if not is_loopback(host) and not public:
        raise click.UsageError(
            f"--host {host} can be reached from other machines: add --public to mean it"
        )
    ctx = click.get_current_context()
    watch = _watch_config(ctx, watching, sources, source_files, every, delay, allow_private)
    if watch is not None and read_only:
        raise click.UsageError("--watch stores what it finds: it cannot run with --read-only")
    if watch is None and "://" not in db and not Path(db).exists():
        raise click.ClickException(
            f"no store at {db}: ingest articles first (wwk ingest PATH… --db {db})"
        )
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        raise click.ClickException(
            f"wwk serve needs the web extra ({exc.name} is missing): pip install 'whatweknow[web]'"
        ) from None
    from ..errors import StoreError

    token = os.environ.get(token_env) or None
    hosts = None if public else sorted({host, "127.0.0.1", "localhost", "::1", "[::1]"})
    try:
        app = create_app(
            db,
            token=token,
            read_only=read_only,
            max_body=max_body,
            model=model,
            allowed_hosts=hosts,
            watch=watch,
        )
    except StoreError as exc:
        raise click.ClickException(shown(exc)) from None
    writes = "read-only" if read_only else ("writes need the token" if token else "no token set")
    click.echo(f"whatweknow: http://{host}:{port}/  ({db}; {writes})", err=True)
    if watch is not None:
        click.echo(f"watching {len(watch.sources)} source(s), a round every {every:g}s", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


def _watch_config(
    ctx: click.Context,
    watching: bool,
    sources: tuple[str, ...],
    source_files: tuple[Path, ...],
    every: float,
    delay: float,
    allow_private: bool,
) -> WatchConfig | None:
    """What --watch follows (None without it: then its options are errors)."""
    if not watching:
        if sources:
            raise click.UsageError(f"got {sources[0]!r}: SOURCES are followed with --watch")
        for name in ("source_files", "every", "delay", "allow_private"):
            if ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE:
                option = next(p for p in ctx.command.params if p.name == name)
                raise click.UsageError(f"{max(option.opts, key=len)} applies only with --watch")
        return None
    from ..readers.base import ReadOptions
    from ..web.watching import WatchConfig

    listed = listed_sources(
        sources, source_files, "--watch: name feeds, pages or folders, or --sources FILE"
    )
    return WatchConfig(
        tuple(listed),
        every=every,
        delay=delay,
        options=ReadOptions(allow_private=allow_private),
        on_round=_print_digest,
    )


def _print_digest(report: RoundReport, store: Store) -> None:
    """A round's digest (as ``wwk watch`` prints it) on stderr, beside the server's log."""
    from ..errors import StoreError
    from ..watch.digest import digest

    try:
        lines = digest(report, store)
    except StoreError as exc:  # the stories could not be read: the next round tells
        lines = [f"Round at {report.started:%Y-%m-%d %H:%M:%S} UTC: {exc}"]
    for line in lines:
        click.echo(shown(f"watch: {line}"), err=True)
