"""``wwk`` on addresses, against a local HTTP server serving a folder the test writes (127.0.0.1,
an ephemeral port; nothing reaches the internet)."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from whatweknow.cli.main import cli

PAGE = """<!doctype html><html><head><title>Ferry back on daily timetable</title>
<meta property="article:published_time" content="2024-05-14T08:30:00Z"></head>
<body><article><h1>Ferry back on daily timetable</h1>
<p>The island ferry will sail every day again from next week, the regional transport office
said on Tuesday, after months of complaints from commuters about cancelled crossings.</p>
<p>A second boat, repaired over the winter, joins the route on Monday, officials said.</p>
</article></body></html>"""


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "article.html").write_text(PAGE, encoding="utf-8")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.model
def test_extract_fetches_an_address_with_allow_private(site: str) -> None:
    url = f"{site}/article.html"
    result = run("extract", "--allow-private", "-q", url)
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert article["url"] == url and article["published"] == "2024-05-14"
    assert article["title"] == "Ferry back on daily timetable"


def test_the_same_address_without_the_option_is_refused_with_its_code(site: str) -> None:
    result = run("extract", "-q", f"{site}/article.html")
    assert result.exit_code == 1
    assert "W051" in result.stderr and f"{site}/article.html" in result.stderr  # not mangled


def test_a_file_address_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ferry sails daily.\n", encoding="utf-8")
    result = run("extract", "-q", path.as_uri())
    assert result.exit_code == 1 and "W050" in result.stderr


def test_a_folder_with_no_article_says_so_and_fails(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7")
    result = run("extract", "-q", str(tmp_path))
    assert result.exit_code == 1 and "W059" in result.stderr


@pytest.mark.model
def test_ingest_and_brief_take_an_address(site: str, tmp_path: Path) -> None:
    from whatweknow.store import open_store

    url = f"{site}/article.html"
    db = str(tmp_path / "news.db")
    result = run("ingest", "--allow-private", "-q", "--db", db, url)
    assert result.exit_code == 0, result.stderr
    store = open_store(db)
    try:
        (stored,) = store.articles(limit=5)
        assert stored.url == url and stored.source == url
        (raw,) = store.raw_documents(None)
        assert raw.meta["url"] == url and raw.meta["fetched"]
    finally:
        store.close()
    result = run("brief", "--allow-private", "-q", url)
    assert result.exit_code == 0, result.stderr
    assert "ferry" in result.stdout.lower()
