"""Hostile files (issue 15): links out of the tree given, FIFOs, compression bombs, a WARC of
many records, text in UTF-16/32 with a byte-order mark. Each is refused with its code, or read,
within a bound; none reaches outside the folder given, blocks, or exhausts memory."""

from __future__ import annotations

import codecs
import gzip
import os
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from whatweknow.ingest import input_files
from whatweknow.readers import read_path, read_paths
from whatweknow.readers import warc as warc_reader
from whatweknow.readers.base import RawDocument, ReadOptions, ReadProblem
from whatweknow.readers.warc import read_warc

STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier for repairs. Its chair said "
    "the work would take about six weeks and cost less than expected."
)
OUTSIDE = "A private note kept outside the folder: nobody asked to read it."


def _codes(
    items: Iterator[RawDocument | ReadProblem] | list[RawDocument | ReadProblem],
) -> list[str]:
    return [i.problem[:4] if isinstance(i, ReadProblem) else "doc" for i in items]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder with one article, and a secret file beside the folder (outside it)."""
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(OUTSIDE)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    return folder


def _texts(items: list[RawDocument | ReadProblem]) -> list[str]:
    return [i.article.text for i in items if isinstance(i, RawDocument)]


def test_a_link_to_a_file_outside_is_skipped(tree: Path) -> None:
    (tree / "passwd.txt").symlink_to(tree.parent / "outside" / "secret.txt")
    items = list(read_path(tree, ReadOptions()))
    assert _texts(items) == [STORY]
    [problem] = [i for i in items if isinstance(i, ReadProblem)]
    assert problem.source == str(tree / "passwd.txt") and problem.problem.startswith("W043")
    # asked for, it is read; and a file named on the command line is read wherever it leads
    assert OUTSIDE in _texts(list(read_path(tree, ReadOptions(follow_links=True))))
    assert _texts(list(read_path(tree / "passwd.txt", ReadOptions()))) == [OUTSIDE]


def test_a_link_to_the_root_is_not_walked(tree: Path) -> None:
    (tree / "root").symlink_to("/")
    items = list(read_path(tree, ReadOptions()))
    assert _codes(items) == ["doc", "W043"]
    files, problems = input_files([tree])
    assert files == [str(tree / "a.txt")]
    assert [p.problem[:4] for p in problems] == ["W043"]


def test_link_loops_end(tree: Path) -> None:
    (tree / "loop.txt").symlink_to(tree / "loop.txt")  # a link to itself
    (tree / "up").symlink_to(tree)  # a link back up the tree: inside, walked once
    (tree / "sub").mkdir()
    (tree / "sub" / "again").symlink_to(tree / "sub")
    (tree / "alias.txt").symlink_to(tree / "a.txt")  # inside: read
    items = list(read_path(tree, ReadOptions()))
    assert sorted(_codes(items)) == ["W044", "doc", "doc"]
    files, problems = input_files([tree])
    assert files == [str(tree / "a.txt"), str(tree / "alias.txt")]
    assert [p.source for p in problems] == [str(tree / "loop.txt")]


def test_a_fifo_is_refused_without_blocking(tree: Path) -> None:
    os.mkfifo(tree / "pipe.txt")  # nobody ever writes to it: opening it to read would block
    found: list[list[str]] = []
    reader = threading.Thread(target=lambda: found.append(_codes(read_path(tree, ReadOptions()))))
    reader.daemon = True
    reader.start()
    reader.join(timeout=20)
    assert found == [["doc", "W013"]]


def _warc(
    pages: int, body: bytes = b"<html><body><p>" + STORY.encode() + b"</p></body></html>"
) -> bytes:
    out = []
    for n in range(pages):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        out.append(
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/%d\r\n"
            b"WARC-Record-ID: <urn:uuid:%d>\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (n, n, len(http), http)
        )
    return b"".join(out)


def test_a_gzip_bomb_is_refused_in_bounded_memory() -> None:
    """A 1 GB WARC in about 1 MB of gzip (members of 10 MB of zeros each): before, all of it was
    inflated at once (a 1 MB file peaked at 4–5 GB); now reading stops past the cap."""
    member = gzip.compress(b"WARC/1.0\r\n" + bytes(10_000_000), compresslevel=9)
    bomb = member * 100
    assert len(bomb) < 2_000_000
    tracemalloc.start()
    try:
        items = list(read_warc(bomb, "bomb.warc.gz"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _codes(items) == ["W045"]
    assert peak < 4 * warc_reader.MAX_INFLATED_BYTES < 1_000_000_000


def test_a_page_bomb_inside_a_record_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """An HTTP body sent with ``Content-Encoding: gzip``, which warcio inflates: read up to the
    cap too (lowered here so the test stays quick)."""
    monkeypatch.setattr(warc_reader, "MAX_INFLATED_BYTES", 1_000_000)
    body = gzip.compress(b"<html><body><p>" + b" " * 5_000_000 + b"</p></body></html>")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + body
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (len(http), http)
    )
    items = list(read_warc(record + _warc(1), "pages.warc"))
    assert _codes(items) == ["W045", "doc"]  # the next record is still read


def test_a_warc_of_many_records_is_cut_at_the_cap(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(warc_reader, "MAX_PAGES", 5)
    items = list(read_warc(gzip.compress(_warc(40)), "many.warc.gz"))
    assert _codes(items) == ["doc"] * 5 + ["W046"]
    monkeypatch.setattr(warc_reader, "MAX_RECORDS", 3)
    assert _codes(read_warc(_warc(40), "many.warc")) == ["doc"] * 3 + ["W046"]
    assert capfd.readouterr().err == ""


def test_warcio_warnings_are_not_echoed(capfd: pytest.CaptureFixture[str]) -> None:
    """A record whose Content-Length is wrong makes warcio write a line per line that follows."""
    data = _warc(1).replace(b"Content-Length: ", b"Content-Length: 1", 1)
    data += b"garbage line\r\n" * 2_000 + _warc(1)
    list(read_warc(data, "damaged.warc"))
    assert capfd.readouterr().err == ""


ENCODINGS = {
    "utf-8-bom": codecs.BOM_UTF8 + STORY.encode("utf-8"),
    "utf-16-le": codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
    "utf-16-be": codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
    "utf-32-le": codecs.BOM_UTF32_LE + STORY.encode("utf-32-le"),
    "utf-32-be": codecs.BOM_UTF32_BE + STORY.encode("utf-32-be"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
@pytest.mark.parametrize("name", ["story.txt", "story"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path: Path, encoding: str, name: str) -> None:
    """The BOM is not part of the text: offsets index the text after decoding."""
    path = tmp_path / name
    path.write_bytes(ENCODINGS[encoding])
    [doc] = list(read_paths([path], ReadOptions()))
    assert isinstance(doc, RawDocument)
    assert doc.article.text == STORY
    assert doc.raw == ENCODINGS[encoding]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_html_with_a_byte_order_mark_is_read_as_html(tmp_path: Path, encoding: str) -> None:
    page = f"<html><head><title>Pier closed</title></head><body><p>{STORY}</p></body></html>"
    path = tmp_path / "page"  # no extension: the format is sniffed from the decoded start
    path.write_bytes(page.encode(encoding))
    [doc] = list(read_paths([path], ReadOptions()))
    assert isinstance(doc, RawDocument)
    assert doc.article.title == "Pier closed" and "<p>" not in doc.article.text


def test_the_callers_messages_get_through_while_a_warc_is_read(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """warcio is silenced while it reads a record, not while the caller handles a page (the
    problem lines of ``wwk ingest`` were swallowed so)."""
    import sys

    for item in read_warc(_warc(3), "three.warc"):
        print(f"handled {type(item).__name__}", file=sys.stderr)
    assert capfd.readouterr().err.count("handled RawDocument") == 3


@pytest.mark.model
@pytest.mark.parametrize("workers", [[], ["--workers", "2"]], ids=["serial", "workers"])
def test_wwk_ingest_stays_inside_the_folder(tree: Path, workers: list[str]) -> None:
    """``wwk ingest DIR``: the links out are problem lines, the rest is stored, ``wwk check``
    is clean; ``--follow-links`` reads them."""
    from click.testing import CliRunner

    from whatweknow.cli.main import cli

    (tree / "passwd.txt").symlink_to(tree.parent / "outside" / "secret.txt")
    (tree / "root").symlink_to("/")
    os.mkfifo(tree / "pipe.txt")
    db = str(tree.parent / "news.db")
    runner = CliRunner()
    run = runner.invoke(cli, ["ingest", str(tree), "--db", db, *workers])
    assert run.exit_code == 1, run.output
    assert run.output.count("W043") == 2 and "W013" in run.output
    assert "1 new article" in run.output
    check = runner.invoke(cli, ["check", "--db", db])
    assert check.exit_code == 0 and "0 problems" in check.output, check.output
    (tree / "root").unlink()  # (followed, it would read the whole disk)
    (tree / "pipe.txt").unlink()
    run = runner.invoke(cli, ["ingest", str(tree), "--db", db, "--follow-links", *workers])
    assert run.exit_code == 0 and "1 new article" in run.output, run.output
