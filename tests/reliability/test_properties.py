"""Property tests: any input in, a clear outcome out (documents whose offsets slice the text, or
a problem), never an exception; and any text through the pipeline gives a valid dossier.

Each Hypothesis run is bounded (``max_examples``), so the file runs in CI in well under a minute;
the per-format fuzz targets are the ``test_fuzz_*`` tests (see RELIABILITY.md to run them longer).
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whatweknow.analyse import Analyser
from whatweknow.readers import RawDocument, ReadProblem
from whatweknow.readers.base import ReadOptions
from whatweknow.readers.decode import decode
from whatweknow.readers.dispatch import reread
from whatweknow.readers.registry import BY_NAME

from .checks import check_dossier, check_offsets

EXAMPLES = int(os.environ.get("WWK_FUZZ_EXAMPLES", "200"))
"""Examples per fuzz target; set WWK_FUZZ_EXAMPLES higher for a longer fuzzing run."""
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.sampled_from(
    ["the", "minister", "said", "Geneva", "on", "Monday", "\u201c", "\u201d", '"', "'", ",", ".",
     "\n\n", "\n", "By", "Reuters", "talks", "—", "ceasefire", "Iran", "denied", ":", "(", ")"]
)  # fmt: skip
news_text = st.one_of(st.text(max_size=400), st.lists(words, max_size=120).map(" ".join))


def _check_results(results: list[RawDocument | ReadProblem]) -> None:
    for r in results:
        if isinstance(r, RawDocument):
            check_offsets(r.article)
            assert r.article.text
        else:
            assert isinstance(r, ReadProblem) and r.problem[:1] == "W"


def _run(fmt: str, raw: bytes) -> None:
    _check_results(list(BY_NAME[fmt].read(raw, "fuzz")))


@pytest.mark.parametrize("fmt", sorted(BY_NAME))
@FUZZ
@given(raw=st.binary(max_size=2_000))
def test_every_reader_takes_any_bytes(fmt: str, raw: bytes) -> None:
    _run(fmt, raw)


@FUZZ
@given(text=news_text)
def test_decode_gives_the_text_or_a_problem(text: str) -> None:
    out = decode(text.encode("utf-8"), "fuzz")
    assert isinstance(out, ReadProblem) or out == text


@FUZZ
@given(text=news_text)
def test_fuzz_text(text: str) -> None:
    _run("text", text.encode("utf-8"))


html_piece = st.one_of(
    news_text,
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<br>", "<article>",
                     "<figure><img src='a.jpg'><figcaption>", "</figcaption></figure>", "&amp;",
                     "&nbsp;", "&#x0;", "<script>", "</script>", "<!--", "-->", "<![CDATA[",
                     "<title>", "</title>", "<meta name='author' content='A B'>"]),
)  # fmt: skip


@FUZZ
@given(parts=st.lists(html_piece, max_size=40))
def test_fuzz_html(parts: list[str]) -> None:
    _run("html", ("<html><body>" + "".join(parts)).encode("utf-8"))


@FUZZ
@given(
    items=st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["text", "html", "title", "published", "url", "byline", "x"]),
                st.one_of(news_text, st.integers(), st.none(), st.lists(st.text(max_size=9))),
                max_size=6,
            ),
            st.text(max_size=50),
        ),
        max_size=6,
    )
)
def test_fuzz_jsonl(items: list[object]) -> None:
    lines = [json.dumps(i) if not isinstance(i, str) else i for i in items]
    _run("jsonl", "\n".join(lines).encode("utf-8"))
    _run("json", json.dumps(items).encode("utf-8"))


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@FUZZ
@given(
    entries=st.lists(
        st.tuples(st.one_of(st.none(), news_text), st.one_of(st.none(), news_text), st.booleans()),
        max_size=5,
    ),
    atom=st.booleans(),
)
def test_fuzz_feed(entries: list[tuple[str | None, str | None, bool]], atom: bool) -> None:
    items = []
    for title, body, date in entries:
        t = f"<title>{_xml(title)}</title>" if title is not None else ""
        b = f"<description>{_xml(body)}</description>" if body is not None else ""
        d = "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate>" if date else ""
        items.append(f"<item>{t}{b}{d}</item>" if not atom else f"<entry>{t}{b}</entry>")
    if atom:
        feed = f'<feed xmlns="http://www.w3.org/2005/Atom">{"".join(items)}</feed>'
    else:
        feed = f'<rss version="2.0"><channel><title>T</title>{"".join(items)}</channel></rss>'
    _run("feed", feed.encode("utf-8"))


def _warc_record(body: bytes, cut: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n"
    )
    record = head + http + b"\r\n\r\n"
    return record[: max(0, len(record) - cut)]


@FUZZ
@given(bodies=st.lists(news_text, min_size=1, max_size=3), cut=st.integers(0, 40))
def test_fuzz_warc(bodies: list[str], cut: int) -> None:
    pages = [f"<html><body><article><p>{_xml(b)}</p></article></body></html>" for b in bodies]
    _run("warc", b"".join(_warc_record(p.encode("utf-8"), cut) for p in pages))


@FUZZ
@given(text=news_text)
def test_a_stored_payload_reads_again_to_the_same_article(text: str) -> None:
    (first,) = BY_NAME["text"].read(text.encode("utf-8"), "fuzz")
    again = reread("text", text.encode("utf-8"), {}, "fuzz", ReadOptions(lang_any=True))
    if isinstance(first, RawDocument):
        assert isinstance(again, RawDocument) and again.article.text == first.article.text


@pytest.mark.model
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=news_text)
def test_any_text_through_the_pipeline_gives_a_valid_dossier(text: str, analyser: Analyser) -> None:
    read = BY_NAME["text"].read(text.encode("utf-8"), "fuzz")
    docs = [d for d in read if isinstance(d, RawDocument)]
    for item in analyser.analyse(docs):
        assert not isinstance(item, ReadProblem), item
        check_dossier(item[1])
