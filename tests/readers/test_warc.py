from __future__ import annotations

import io

import pytest
from reader_helpers import check_offsets, code, docs_of
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whatweknow.readers.base import RawDocument
from whatweknow.readers.warc import read_warc


def page(title: str, body: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{body}</p><p>Residents were asked to check the council website for updates"
        " over the coming days.</p></article></body></html>"
    ).encode()


PAGES = [
    ("https://town.example/water", page("Water main repaired", "Crews fixed a burst pipe "
     "under the high street overnight, and supply returned to most homes by six.")),
    ("https://town.example/market", page("Market moves indoors", "The Saturday market will "
     "move into the old tram depot for the winter, traders said on Friday.")),
]  # fmt: skip


def make_warc(gzip: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

    def response(url: str, ctype: str, body: bytes) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )

    request = StatusAndHeaders(
        "GET /water HTTP/1.1", [("Host", "town.example")], is_http_request=True
    )
    writer.write_record(writer.create_warc_record(PAGES[0][0], "request", http_headers=request))
    response(PAGES[0][0], "text/html; charset=utf-8", PAGES[0][1])
    response("https://town.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
    response(PAGES[1][0], "text/html", PAGES[1][1])
    return buf.getvalue()


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_html_responses_are_read(gzip: bool) -> None:
    results = list(read_warc(make_warc(gzip), "crawl.warc"))
    docs = docs_of(results)
    assert len(results) == len(docs) == 2  # warcinfo, request and image skipped
    assert [d.source for d in docs] == ["crawl.warc#record 3", "crawl.warc#record 5"]
    for doc, (url, body) in zip(docs, PAGES, strict=True):
        assert doc.format == doc.article.format == "warc"
        assert doc.article.url == url
        assert doc.meta == {"url": url}
        assert doc.raw == body
        check_offsets(doc.article)
    assert docs[0].article.title == "Water main repaired"


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc(gzip: bool) -> None:
    data = make_warc(gzip)
    cut = data.rindex(b"The Saturday market") if not gzip else len(data) - 40
    results = list(read_warc(data[:cut], "crawl.warc"))
    assert isinstance(results[0], RawDocument)
    assert results[0].article.url == PAGES[0][0]
    assert len(results) == 2
    assert code(results[-1]) == "W011"
    assert results[-1].source.startswith("crawl.warc")


@pytest.mark.parametrize(
    "raw",
    [b"plain words, not an archive", b"<html><body>page</body></html>", b"\x1f\x8bnot gzip"],
)
def test_not_a_warc(raw: bytes) -> None:
    (problem,) = read_warc(raw, "x.warc")
    assert code(problem) == "W011"
    assert problem.source == "x.warc"


def test_damaged_record_header() -> None:
    data = make_warc(False)
    results = list(read_warc(data + b"WARC/1.0\r\nWARC-Type: response\r\n\r\n", "x.warc"))
    assert len(docs_of(results)) == 2
    assert code(results[-1]) == "W011"
    assert results[-1].source == "x.warc#record 6"
