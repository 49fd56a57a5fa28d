"""Crashes the fuzzing found, each kept as a test."""

from __future__ import annotations

from whatweknow.readers.feed import read_feed
from whatweknow.readers.jsonl import read_json, read_jsonl, read_record


def test_feed_reader_on_empty_bytes_is_a_problem() -> None:
    # feedparser gives no 'version' key at all for b"": was an AttributeError
    (problem,) = read_feed(b"", "x")
    assert problem.problem.startswith("W010")  # type: ignore[union-attr]


def test_deeply_nested_json_is_a_problem_not_a_recursion_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    for results in (list(read_json(deep, "x")), list(read_jsonl(b"{" + deep[1:], "x"))):
        assert [r.problem[:4] for r in results] == ["W008"]  # type: ignore[union-attr]
    assert read_record(b'{"a":' * 50_000, "x").problem.startswith("W008")  # type: ignore[union-attr]
