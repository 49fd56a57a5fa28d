from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from reader_helpers import check_offsets, code, docs_of, problems_of

import whatweknow.readers as readers
from whatweknow.readers import (
    RawDocument,
    ReadOptions,
    ReadProblem,
    read_path,
    read_paths,
    reader_for,
    reread,
)
from whatweknow.readers.lang import detect_language

Write = Callable[[str, str | bytes], Path]
OPTIONS = ReadOptions()

STORY = (
    "Council approves new cycle lanes\r\n"
    "\r\n"
    "The city council voted on Wednesday to build six kilometres of protected cycle lanes "
    "along the river road, ending a debate that lasted more than a year.\r\n"
    "\r\n"
    "Work is due to start in the spring and should take about eight months, officials said.\r\n"
)
FRENCH = (
    "Le conseil municipal a voté mercredi la construction de six kilomètres de pistes "
    "cyclables le long de la route du fleuve, après plus d'un an de débats. Les travaux "
    "doivent commencer au printemps et durer environ huit mois."
)


def one(path: Path, options: ReadOptions = OPTIONS) -> RawDocument | ReadProblem:
    (result,) = read_path(path, options)
    return result


def test_public_names() -> None:
    assert set(readers.__all__) >= {"read_paths", "read_path", "reread", "ReadOptions"}
    for name in readers.__all__:
        assert hasattr(readers, name)


def test_text_file_read_exactly(write: Write) -> None:
    doc = one(write("cycle.txt", STORY))
    assert isinstance(doc, RawDocument)
    assert doc.format == doc.article.format == "text"
    assert doc.article.text == STORY  # \r\n kept
    assert doc.article.lang == "en"
    assert doc.raw == STORY.encode()
    assert doc.source.endswith("cycle.txt")
    check_offsets(doc.article)


def test_cp1252_text_file(write: Write) -> None:
    text = STORY.replace("officials said", "“officials” at the café said")
    doc = one(write("cycle.txt", text.encode("cp1252")))
    assert isinstance(doc, RawDocument)
    assert doc.article.text == text


def test_missing_path(tmp_path: Path) -> None:
    problem = one(tmp_path / "nope.txt")
    assert code(problem) == "W001"
    assert problem.source == str(tmp_path / "nope.txt")


def test_empty_and_binary_files(write: Write) -> None:
    assert code(one(write("empty.txt", b""))) == "W002"
    assert code(one(write("blank.html", b"  \n"))) == "W002"
    assert code(one(write("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"))) == "W003"


def test_too_big(write: Write) -> None:
    problem = one(write("long.txt", STORY * 10), ReadOptions(max_bytes=100))
    assert code(problem) == "W004"
    assert "100" in problem.problem  # type: ignore[union-attr]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert code(one(tmp_path / "pipe")) == "W013"


def test_permission_error_while_reading(write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("secret.txt", STORY)

    def refuse(name: object, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(name))

    monkeypatch.setattr("whatweknow.readers.dispatch.os.open", refuse)
    assert code(one(path)) == "W014"


def test_directory_recursion(tmp_path: Path, write: Write) -> None:
    write("b.txt", STORY)
    write("a/z.txt", STORY.replace("six", "seven"))
    write("a/nested/y.md", STORY.replace("six", "nine"))
    write(".hidden.txt", STORY)
    write(".git/HEAD.txt", STORY)
    write("a/empty.txt", "")
    write("a/photo.jpg", "not an article")
    write("a/script.py", "print('not an article')")
    results = list(read_path(tmp_path, OPTIONS))
    sources = [Path(r.source).relative_to(tmp_path).as_posix() for r in results]
    assert sources == ["a/empty.txt", "a/nested/y.md", "a/z.txt", "b.txt"]
    assert code(results[0]) == "W002"
    assert len(docs_of(results)) == 3


def test_read_paths_goes_on_after_problems(tmp_path: Path, write: Write) -> None:
    good = write("good.txt", STORY)
    results = list(read_paths([tmp_path / "missing.txt", str(good)], OPTIONS))
    assert [type(r) for r in results] == [ReadProblem, RawDocument]


@pytest.mark.parametrize(
    ("name", "head", "reader"),
    [
        ("a.txt", b"<html>", "text"),
        ("a.MD", b"", "text"),
        ("a.htm", b"", "html"),
        ("a.ndjson", b"", "jsonl"),
        ("a.json", b"", "json"),
        ("a.rss", b"", "feed"),
        ("a.atom", b"", "feed"),
        ("crawl.warc.gz", b"", "warc"),
        ("a", b"\xef\xbb\xbf  <!DOCTYPE html><html>", "html"),
        ("a.dat", b"<?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'>", "feed"),
        ("a.dat", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("a.dat", b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>", "html"),
        ("a.dat", b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        ("a.dat", b'{"text": "x"}\n', "jsonl"),
        ("a.dat", b'[{"text": "x"}]', "json"),
        ("a.dat", b"Plain words < and > signs", "text"),
    ],
)
def test_reader_for(name: str, head: bytes, reader: str) -> None:
    assert reader_for(name, head) == reader


def test_sniffed_html_without_extension(write: Write) -> None:
    page = (
        "<!doctype html><html><body><article><h1>Road closed</h1><p>The coast road will close"
        " for resurfacing next week, and buses will follow a signed diversion.</p></article>"
        "</body></html>"
    )
    doc = one(write("download", page))
    assert isinstance(doc, RawDocument) and doc.format == "html"


def test_french_skipped_unless_lang_any(write: Write) -> None:
    path = write("velo.txt", FRENCH)
    problem = one(path)
    assert code(problem) == "W006" and "'fr'" in problem.problem  # type: ignore[union-attr]
    doc = one(path, ReadOptions(lang_any=True))
    assert isinstance(doc, RawDocument) and doc.article.lang == "fr"


def test_jsonl_lines_are_checked_one_by_one(write: Write) -> None:
    lines = [json.dumps({"text": FRENCH}), json.dumps({"text": STORY}), "oops"]
    results = list(read_path(write("mix.jsonl", "\n".join(lines)), OPTIONS))
    assert [code(r) if isinstance(r, ReadProblem) else "ok" for r in results] == [
        "W006",
        "ok",
        "W008",
    ]


def test_published_option_overrides(write: Write) -> None:
    record = {"text": STORY, "published": "2023-06-01"}
    options = ReadOptions(published=date(2024, 2, 29))
    (doc,) = docs_of(read_path(write("a.jsonl", json.dumps(record)), options))
    assert doc.article.published == date(2024, 2, 29)
    again = reread(doc.format, doc.raw, doc.meta, doc.source, OPTIONS)  # kept in meta
    assert isinstance(again, RawDocument)
    assert again.article.published == date(2024, 2, 29)


def test_detect_language() -> None:
    assert detect_language(STORY) == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language("Bonjour à tous") is None  # too short to tell


def test_reread_gives_back_the_same_article(write: Write) -> None:
    rss = (
        "<rss version='2.0'><channel><title>Gazette</title><item><title>Cycle lanes</title>"
        "<link>https://g.example/c</link><description>&lt;p&gt;The council voted for new"
        " cycle lanes along the river road on Wednesday.&lt;/p&gt;</description></item>"
        "</channel></rss>"
    )
    paths = [
        write("a.txt", STORY),
        write("b.jsonl", json.dumps({"text": STORY, "title": "Council approves new cycle lanes"})),
        write("c.rss", rss),
    ]
    docs = docs_of(read_paths(paths, OPTIONS))
    assert [d.format for d in docs] == ["text", "json", "feed"]
    for doc in docs:
        again = reread(doc.format, doc.raw, doc.meta, doc.source, OPTIONS)
        assert isinstance(again, RawDocument)
        assert again.article == doc.article


def test_reread_unknown_format() -> None:
    assert code(reread("pdf", b"x", {}, "old", OPTIONS)) == "W009"


def test_no_problem_raises_for_odd_inputs(write: Write) -> None:
    inputs = {
        "a.json": b"\x00\x00",
        "b.xml": b"<rss><channel><item><title>x",
        "c.warc.gz": b"\x1f\x8b\x08\x00broken",
        "d.html": b"</p></p><<<",
        "e.jsonl": b"\n\n{}\n[]\n",
    }
    paths = [write(name, raw) for name, raw in inputs.items()]
    results = list(read_paths(paths, OPTIONS))
    assert problems_of(results), results


def test_markdown_is_read_as_text(write: Write) -> None:
    for name in ("notes.md", "notes.markdown"):
        path = write(f"folder/{name}", STORY)
        doc = one(path)
        assert isinstance(doc, RawDocument) and doc.format == "text"
    assert len(docs_of(read_path(path.parent, OPTIONS))) == 2  # found in a folder too


def test_an_empty_directory_or_one_without_articles_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    for name in ("empty", "other"):
        (problem,) = list(read_path(tmp_path / name, OPTIONS))
        assert code(problem) == "W059"
