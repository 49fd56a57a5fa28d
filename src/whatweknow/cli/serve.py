"""``wwk serve``: the pages and the HTTP API over a store (needs the ``web`` extra)."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import click

from ._common import db_option
from ._terminal import shown

SERVE_HELP = """Serve the store on the web: pages for the stories (with search), each story's
briefing, each article with its annotations highlighted, the actors, a timeline and an actor
network; and the HTTP API under /api/v1 (its OpenAPI schema: /api/v1/openapi.json, a summary:
/api/v1/docs).

Writes (adding an article) need the token in the environment variable named by --token-env
(WWK_TOKEN by default), sent as 'Authorization: Bearer TOKEN' or in the page's form; without
it, every write is refused. --read-only refuses writes whatever the token, and opens the store
read-only: it must exist at the current schema (run wwk ingest or wwk check on it once after
upgrading whatweknow), and is never changed.

\b
Examples:
  wwk serve --db whatweknow-demo.db                 http://127.0.0.1:8765/
  WWK_TOKEN=$(openssl rand -hex 16) wwk serve       pages, API, and adding articles
  wwk serve --read-only --port 9000
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
def serve(
    db: str,
    host: str,
    port: int,
    read_only: bool,
    token_env: str,
    max_body: int,
    public: bool,
    model: str | None,
) -> None:
    if not is_loopback(host) and not public:
        raise click.UsageError(
            f"--host {host} can be reached from other machines: add --public to mean it"
        )
    if "://" not in db and not Path(db).exists():
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
        )
    except StoreError as exc:
        raise click.ClickException(shown(exc)) from None
    writes = "read-only" if read_only else ("writes need the token" if token else "no token set")
    click.echo(f"whatweknow: http://{host}:{port}/  ({db}; {writes})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
