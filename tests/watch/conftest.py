"""A local site for the watch tests: feeds and a page on 127.0.0.1 (an ephemeral port; nothing
reaches the internet) that the test changes between rounds. Every response carries an ``ETag``
(its body's hash); a request that sends it back is answered 304, and counted."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import pytest

from whatweknow.contract import Dossier, PipelineInfo
from whatweknow.pipeline import PIPELINE_VERSION
from whatweknow.readers.base import RawDocument, ReadProblem, Result

# A developing story, in the tests' own words (a made-up town).
STORY = [
    (
        "Old bridge in Eskerby closed after cracks found",
        "The council of Eskerby closed the old stone bridge over the river on Monday after "
        "engineers found deep cracks in two of its arches, a council spokeswoman said. "
        "Drivers were told to use the ring road while the bridge is inspected.",
    ),
    (
        "Eskerby bridge could reopen within a month",
        "Engineers inspecting the old stone bridge in Eskerby said on Tuesday that it could "
        "reopen within a month if the cracks in its arches prove shallow. The council said "
        "buses would keep using the ring road until then.",
    ),
    (
        "Mayor says Eskerby bridge repairs will take until spring",
        "The mayor of Eskerby said on Wednesday that the old stone bridge would not reopen "
        "within a month, and that repairs to its cracked arches would take until spring. "
        "The council will run a ferry across the river in the meantime.",
    ),
]


def rss(title: str, items: list[tuple[str, str, str, str]], body: str = "content") -> bytes:
    """An RSS 2.0 feed: each item (guid, link, title, text), its text as full content
    (``content:encoded``: the links are never fetched) or, ``body="description"``, a summary."""
    tag = "content:encoded" if body == "content" else body
    entries = "".join(
        f"<item><guid isPermaLink='false'>{escape(guid)}</guid><link>{escape(link)}</link>"
        f"<title>{escape(head)}</title><pubDate>Mon, 03 Jun 2024 08:00:00 GMT</pubDate>"
        f"<{tag}>{escape(f'<p>{text}</p>')}</{tag}></item>"
        for guid, link, head, text in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
        "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
        f"<title>{escape(title)}</title><link>https://news.example/</link>{entries}"
        "</channel></rss>"
    ).encode()


@dataclass
class Site:
    base: str = ""
    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    """path -> (body, content type)."""
    status: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)
    """path -> an error status and its headers, answered instead of the page."""
    moved: dict[str, str] = field(default_factory=dict)
    """path -> the path it redirects to (301)."""
    slow: dict[str, float] = field(default_factory=dict)
    """path -> seconds the server waits before it answers."""
    requests: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)

    def url(self, path: str) -> str:
        return self.base + path

    def feed(self, path: str, items: list[tuple[str, str, str, str]], body: str = "content") -> str:
        self.pages[path] = (rss("Eskerby news", items, body), "application/rss+xml")
        return self.url(path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            site.requests[self.path] += 1
            path = urlsplit(self.path).path  # the query is not the page's
            if path in site.slow:
                time.sleep(site.slow[path])
            if path in site.moved:
                self.send_response(301)
                self.send_header("Location", site.url(site.moved[path]))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path in site.status:
                code, headers = site.status[path]
                self.send_response(code)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path not in site.pages:
                self.send_error(404)
                return
            body, kind = site.pages[path]
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                site.not_modified[path] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here reaches the internet: the fetcher resolves 127.0.0.1 alone."""
    from whatweknow.readers import fetch

    real = fetch._resolve

    def local_only(host: str, port: int) -> list[str]:
        if host != "127.0.0.1":
            raise OSError(f"the tests fetch nothing from {host}")
        return real(host, port)

    monkeypatch.setattr(fetch, "_resolve", local_only)


@pytest.fixture
def site() -> Iterator[Site]:
    found = Site()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(found))
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    found.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield found
    httpd.shutdown()
    httpd.server_close()


def item(n: int, feed: str = "a") -> tuple[str, str, str, str]:
    """The story's n-th article as a feed item (its guid scoped by ``feed``)."""
    head, text = STORY[n]
    return (f"{feed}-{n}", f"https://news.example/eskerby/{n}?utm_source={feed}", head, text)


def bare(items: Iterable[Result]) -> Iterator[tuple[RawDocument, Dossier] | ReadProblem]:
    """A stand-in for the analyser: a dossier with the article alone (no model needed)."""
    for found in items:
        if isinstance(found, ReadProblem):
            yield found
            continue
        info = PipelineInfo(version=PIPELINE_VERSION, model="test")
        yield found, Dossier(pipeline=info, article=found.article)
