"""The table of readers (``readers/registry.py``) and everything that must agree with it: the
dispatcher, the fetcher, stored formats, the contract's ``Article.format``, W059, the help and
the README."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import get_args

import pytest
from click.testing import CliRunner
from reader_helpers import code

from whatweknow.cli.main import cli
from whatweknow.model import Article, ArticleFormat
from whatweknow.readers import ReadOptions, ReadProblem, read_path, reader_for, reread
from whatweknow.readers.base import Reader
from whatweknow.readers.fetch import SNIFF, Fetched
from whatweknow.readers.registry import (
    FALLBACK,
    FORMATS,
    READERS,
    SUFFIXES,
    for_format,
    sniffed,
)

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
HEADS = [
    b"WARC/1.0\r\nWARC-Type: response",
    b'{"text": "x"}',
    b'[{"text": "x"}]',
    b"<?xml version='1.0'?><rss version='2.0'>",
    b"<feed xmlns='http://www.w3.org/2005/Atom'>",
    b"<!doctype html><html>",
    b"<p>A paragraph</p>",
    b"Plain words < and > signs",
    b"",
]


def test_names_endings_and_media_types_belong_to_one_reader_each() -> None:
    names = [r.name for r in READERS]
    media = [m for r in READERS for m in r.media_types]
    assert len(set(names)) == len(names)
    assert len(set(SUFFIXES)) == len(SUFFIXES)
    assert len(set(media)) == len(media)
    assert all(s == s.lower() and s.startswith(".") for s in SUFFIXES)


def test_the_contract_names_the_formats_the_readers_write() -> None:
    assert get_args(ArticleFormat) == FORMATS
    schema = Article.model_json_schema()
    assert schema["properties"]["format"]["anyOf"][0]["enum"] == list(FORMATS)


def test_a_format_is_read_again_by_one_function() -> None:
    for fmt in FORMATS:
        writers = [r for r in READERS if fmt in r.formats]
        assert {r.reread for r in writers} == {writers[0].reread}, fmt
        assert for_format(fmt) is writers[0]


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r.name)
def test_each_ending_and_media_type_picks_its_reader(reader: Reader) -> None:
    for suffix in reader.suffixes:
        assert reader_for(f"Story{suffix.upper()}", b"<html>") == reader.name
    for kind in reader.media_types:
        got = Fetched("https://example.org/a", datetime.now(UTC), kind, None, b"")
        assert got.reader == reader.name


@pytest.mark.parametrize("head", HEADS)
def test_no_two_readers_claim_the_same_first_bytes(head: bytes) -> None:
    claims = [r.name for r in READERS if r.sniff is not None and r.sniff(head.lower())]
    assert len(claims) <= 1
    assert sniffed(head).name == (claims[0] if claims else FALLBACK.name)


def test_types_that_say_little_are_sniffed_and_others_refused() -> None:
    def reader(kind: str) -> str | None:
        return Fetched("https://example.org/a", datetime.now(UTC), kind, None, b"").reader

    assert reader("application/json") == SNIFF and reader("text/x-unnamed") == SNIFF
    assert reader("application/pdf") is None


def test_w059_names_every_ending_read(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"not an article")
    (problem,) = list(read_path(tmp_path, ReadOptions()))
    assert isinstance(problem, ReadProblem) and code(problem) == "W059"
    assert problem.problem.endswith("(read: " + ", ".join(SUFFIXES) + ")")


def test_an_unknown_stored_format_is_a_problem() -> None:
    problem = reread("pdf", b"%PDF", {}, "stored", ReadOptions())
    assert isinstance(problem, ReadProblem) and code(problem) == "W009"


def test_the_help_and_the_readme_name_each_readers_first_ending() -> None:
    help_text = CliRunner().invoke(cli, ["--help"]).output
    for r in READERS:
        assert re.search(re.escape(r.suffixes[0]) + r"(?![\w.])", help_text), r.name
        assert f"`{r.suffixes[0]}`" in README, r.name
