"""Addresses as inputs, against a local HTTP server (127.0.0.1, an ephemeral port): nothing here
reaches the internet. The pages are written for these tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from reader_helpers import code, docs_of

import whatweknow.readers.fetch as fetch_module
from whatweknow.readers import RawDocument, ReadOptions, read_path, read_paths, reread
from whatweknow.readers.fetch import USER_AGENT, Fetched, fetch, is_url

PAGE = """<!doctype html><html><head><title>Ferry back on daily timetable</title>
<meta property="article:published_time" content="2024-05-14T08:30:00Z">
<meta name="author" content="Ines Moreau"></head>
<body><article><h1>Ferry back on daily timetable</h1>
<p>The island ferry will sail every day again from next week, the regional transport office
said on Tuesday, after months of complaints from commuters about cancelled crossings.</p>
<p>A second boat, repaired over the winter, joins the route on Monday. Officials said the
timetable would be reviewed in the autumn, once the summer traffic figures are known.</p>
<p>Commuters had been asked to take a coach through the mainland, a detour of two hours that
many said had cost them their jobs.</p></article></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Island Gazette</title>
<item><title>Ferry back on daily timetable</title><link>https://gazette.example/ferry</link>
<pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate><description>&lt;p&gt;The island ferry will
sail every day again from next week, the regional transport office said.&lt;/p&gt;</description>
</item><item><title>Harbour wall repaired</title><link>https://gazette.example/wall</link>
<description>&lt;p&gt;Work on the harbour wall ended on Friday, two weeks ahead of the
schedule set by the council last year.&lt;/p&gt;</description></item></channel></rss>"""
TEASER = """<!doctype html><html><head><title>Budget row deepens</title>
<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}
</script></head><body><article><h1>Budget row deepens</h1><p>Ministers argued late into the
night over the spending plan.</p><p>Subscribe to read the rest of this story.</p></article>
</body></html>"""
SCRIPT_ONLY = """<!doctype html><html><head><title>News</title></head><body>
<div id="root"></div><script src="/app.js"></script></body></html>"""
TEXT_1251 = "Talks in Moscow\n\nOfficials met in Москва on Monday, the ministry said.\n"

Route = tuple[int, dict[str, str], bytes]


@dataclass
class Server:
    base: str
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], None]]
    seen: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def server() -> Iterator[Server]:
    state: dict[str, Server] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            srv = state["server"]
            srv.seen.append({k.lower(): v for k, v in self.headers.items()})
            route = srv.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
            elif callable(route):
                route(self)
            else:
                status, headers, body = route
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state["server"] = Server(f"http://127.0.0.1:{httpd.server_address[1]}", {})
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state["server"]
    state["server"].release.set()
    httpd.shutdown()
    httpd.server_close()


def html(body: str, kind: str = "text/html; charset=utf-8") -> Route:
    return 200, {"Content-Type": kind}, body.encode("utf-8")


LOCAL = ReadOptions(allow_private=True, fetch_timeout=2.0)


def test_an_article_is_fetched_with_its_final_address_and_date(server: Server) -> None:
    server.routes["/news/ferry.html"] = html(PAGE)
    server.routes["/old"] = (301, {"Location": "/news/ferry.html"}, b"")
    (doc,) = list(read_path(server.url("/old"), LOCAL))
    assert isinstance(doc, RawDocument), doc
    assert doc.format == "html" and doc.source == server.url("/old")
    assert doc.article.url == doc.meta["url"] == server.url("/news/ferry.html")
    assert doc.article.title == "Ferry back on daily timetable"
    assert doc.article.published is not None and doc.article.published.isoformat() == "2024-05-14"
    assert doc.raw == PAGE.encode("utf-8")  # the body exactly as received
    assert doc.meta["fetched"] and doc.meta["fetched"].endswith("+00:00")
    assert server.seen[0]["user-agent"] == USER_AGENT and USER_AGENT.startswith("whatweknow/")
    again = reread(doc.format, doc.raw, doc.meta, doc.source, LOCAL)
    assert isinstance(again, RawDocument) and again.article == doc.article


def test_a_local_address_is_refused_without_allow_private(server: Server) -> None:
    server.routes["/news/ferry.html"] = html(PAGE)
    (problem,) = list(read_path(server.url("/news/ferry.html"), ReadOptions()))
    assert code(problem) == "W051" and "127.0.0.1" in problem.problem  # type: ignore[union-attr]
    assert not server.seen  # refused before connecting


def test_a_redirect_into_the_private_network_is_refused(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first hop counts as public here (the test server must be reached); the redirect to a
    cloud metadata address is checked as every hop is, and refused before any connection."""
    real = fetch_module._public
    monkeypatch.setattr(fetch_module, "_public", lambda a: a == "127.0.0.1" or real(a))
    server.routes["/go"] = (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")
    server.routes["/news/ferry.html"] = html(PAGE)
    (problem,) = list(read_path(server.url("/go"), ReadOptions(fetch_timeout=1.0)))
    assert code(problem) == "W051" and "169.254.169.254" in problem.problem  # type: ignore[union-attr]
    (doc,) = list(read_path(server.url("/news/ferry.html"), ReadOptions()))
    assert isinstance(doc, RawDocument)  # the same first hop without the redirect is read


def test_every_address_of_a_host_is_checked_and_the_checked_one_connected_to(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = server.base.rsplit(":", 1)[1]
    server.routes["/news/ferry.html"] = html(PAGE)
    answers = {"twofaced.example": ["93.184.216.34", "127.0.0.1"], "news.example": ["127.0.0.1"]}
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port: answers[host])
    url = f"http://twofaced.example:{port}/news/ferry.html"
    (problem,) = list(read_path(url, ReadOptions()))
    assert code(problem) == "W051" and not server.seen
    (doc,) = list(read_path(f"http://news.example:{port}/news/ferry.html", LOCAL))
    assert isinstance(doc, RawDocument)
    assert server.seen[0]["host"] == f"news.example:{port}"  # the name kept, the address vetted
    assert doc.article.url == f"http://news.example:{port}/news/ferry.html"


def test_too_many_redirects(server: Server) -> None:
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    (problem,) = list(read_path(server.url("/loop"), LOCAL))
    assert code(problem) == "W055"


def test_an_error_status_is_one_coded_line_and_the_batch_goes_on(server: Server) -> None:
    server.routes["/news/ferry.html"] = html(PAGE)
    results = list(read_paths([server.url("/gone"), server.url("/news/ferry.html")], LOCAL))
    assert code(results[0]) == "W054" and "404" in str(results[0])
    assert isinstance(results[1], RawDocument)


def test_a_body_over_the_size_cap_is_not_read(server: Server) -> None:
    big = PAGE.encode("utf-8") * 20

    def no_length(handler: BaseHTTPRequestHandler) -> None:  # streamed: no Content-Length
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        for _ in range(20):
            handler.wfile.write(PAGE.encode("utf-8"))

    server.routes["/big"] = (200, {"Content-Type": "text/html"}, big)
    server.routes["/stream"] = no_length
    options = ReadOptions(allow_private=True, fetch_timeout=2.0, max_bytes=5_000)
    for path in ("/big", "/stream"):
        (problem,) = list(read_path(server.url(path), options))
        assert code(problem) == "W056"


def test_a_server_that_stalls_times_out(server: Server) -> None:
    def stall(handler: BaseHTTPRequestHandler) -> None:
        server.release.wait(5)

    server.routes["/stall"] = stall
    started = time.monotonic()
    (problem,) = list(
        read_path(server.url("/stall"), ReadOptions(allow_private=True, fetch_timeout=0.3))
    )
    assert code(problem) == "W053"
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/article.txt", "gopher://127.0.0.1:70/"]
)
def test_other_schemes_are_refused(url: str) -> None:
    assert is_url(url)
    (problem,) = list(read_path(url, LOCAL))
    assert code(problem) == "W050"


def test_a_windows_drive_is_a_path_not_an_address() -> None:
    assert not is_url("C:/news/article.txt") and not is_url("article.txt")


def test_a_feed_served_as_text_xml_is_read_as_a_feed(server: Server) -> None:
    server.routes["/rss"] = html(FEED, "text/xml")
    docs = docs_of(read_path(server.url("/rss"), LOCAL))
    assert [d.format for d in docs] == ["feed", "feed"]
    assert docs[0].article.url == "https://gazette.example/ferry"  # each entry's own link
    assert docs[0].meta["fetched_from"] == server.url("/rss")


def test_content_types_pick_the_reader(server: Server) -> None:
    server.routes["/pdf"] = (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7 ...")
    server.routes["/items"] = html(
        '{"title": "Ferry", "text": "The ferry sails daily."}\n' * 2, "application/json"
    )
    server.routes["/plain"] = (
        200,
        {"Content-Type": "text/plain; charset=windows-1251"},
        TEXT_1251.encode("cp1251"),
    )
    (doc,) = docs_of(read_path(server.url("/plain"), LOCAL))
    assert doc.format == "text" and "Москва" in doc.article.text
    assert doc.article.url == server.url("/plain") and doc.meta["charset"] == "cp1251"
    again = reread(doc.format, doc.raw, doc.meta, doc.source, LOCAL)
    assert isinstance(again, RawDocument) and again.article.text == doc.article.text
    (problem,) = list(read_path(server.url("/pdf"), LOCAL))
    assert code(problem) == "W057" and "application/pdf" in problem.problem  # type: ignore[union-attr]
    assert [d.format for d in docs_of(read_path(server.url("/items"), LOCAL))] == ["json"] * 2


def test_a_paywalled_or_script_only_page_has_its_own_code(server: Server) -> None:
    server.routes["/teaser"] = html(TEASER)
    server.routes["/app"] = html(SCRIPT_ONLY)
    (teaser,) = list(read_path(server.url("/teaser"), LOCAL))
    assert code(teaser) == "W058" and "isAccessibleForFree" in str(teaser)
    (app,) = list(read_path(server.url("/app"), LOCAL))
    assert code(app) == "W058"


def test_fetch_alone_keeps_the_body_and_type(server: Server) -> None:
    server.routes["/rss"] = html(FEED, "application/rss+xml; charset=utf-8")
    got = fetch(server.url("/rss"), max_bytes=100_000, timeout=2.0, allow_private=True)
    assert isinstance(got, Fetched)
    assert got.content_type == "application/rss+xml" and got.charset == "utf-8"
    assert got.reader == "feed" and got.raw == FEED.encode("utf-8")


def test_parallel_ingest_keeps_addresses_and_reports_an_empty_folder(tmp_path: Path) -> None:
    from whatweknow.ingest import input_files

    (tmp_path / "empty").mkdir()
    files, problems = input_files(["https://example.org/news/a.html", tmp_path / "empty"])
    assert files == ["https://example.org/news/a.html"]
    assert [code(p) for p in problems] == ["W059"]
