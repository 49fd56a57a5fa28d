from __future__ import annotations

import json
from datetime import date

import pytest
from reader_helpers import check_offsets, code, docs_of, problems_of

from whatweknow.readers.base import RawDocument
from whatweknow.readers.jsonl import read_json, read_jsonl, read_record

TEXT = (
    "Storm closes mountain pass\n\n"
    "The northern pass was closed to all traffic on Sunday after heavy snow, police said.\n\n"
    "Drivers were told to use the coast road until ploughs clear the route."
)
GOOD = {
    "title": "Storm closes mountain pass",
    "url": "https://valley.example/pass",
    "published": "2024-01-14T07:45:00+01:00",
    "outlet": "Valley News",
    "author": "Ana Lim and Piet Vos",
    "text": TEXT,
}


def lines(*items: object) -> bytes:
    return "\n".join(i if isinstance(i, str) else json.dumps(i) for i in items).encode("utf-8")


def test_one_good_line_and_two_bad_ones() -> None:
    raw = lines(GOOD, '{"title": "broken", ', "", {"title": "No body here"})
    results = list(read_jsonl(raw, "feed.jsonl"))
    docs, problems = docs_of(results), problems_of(results)
    assert len(docs) == 1 and len(problems) == 2
    assert [p.source for p in problems] == ["feed.jsonl#line 2", "feed.jsonl#line 4"]
    assert [code(p) for p in problems] == ["W008", "W009"]
    assert "text" in problems[1].problem
    assert docs[0].source == "feed.jsonl#line 1"


def test_good_record() -> None:
    (doc,) = read_jsonl(lines(GOOD), "a.jsonl")
    assert isinstance(doc, RawDocument)
    art = doc.article
    assert art.text == TEXT  # exactly the field: the title is not added
    assert (doc.format, art.format) == ("json", "json")
    assert art.title == "Storm closes mountain pass"
    assert art.published == date(2024, 1, 14)
    assert art.url == "https://valley.example/pass"
    assert art.outlet == "Valley News"
    assert art.byline == ["Ana Lim", "Piet Vos"]
    assert doc.raw == json.dumps(GOOD).encode("utf-8")
    assert "text" not in doc.meta
    assert doc.meta["published"] == GOOD["published"]
    assert doc.meta["title"] == GOOD["title"]
    check_offsets(art)


def test_crlf_lines_and_bom() -> None:
    raw = b"\xef\xbb\xbf" + lines(GOOD, GOOD).replace(b"\n", b"\r\n")
    docs = docs_of(read_jsonl(raw, "a.jsonl"))
    assert len(docs) == 2
    assert all(d.raw == json.dumps(GOOD).encode("utf-8") for d in docs)


@pytest.mark.parametrize("value", ["last Tuesday", "2024-13-40", "14/01/2024", 20240114])
def test_bad_published_is_a_problem_for_that_record(value: object) -> None:
    raw = lines({**GOOD, "published": value}, GOOD)
    first, second = read_jsonl(raw, "a.jsonl")
    assert code(first) == "W015"
    assert str(value) in first.problem  # type: ignore[union-attr]
    assert first.source == "a.jsonl#line 1"
    assert isinstance(second, RawDocument)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[1, 2]", "W009"),
        ('"just a string"', "W009"),
        ('{"text": "   "}', "W009"),
        ('{"text": 42}', "W009"),
        ("{not json}", "W008"),
    ],
)
def test_bad_records(line: str, expected: str) -> None:
    (problem,) = read_jsonl(line.encode("utf-8"), "a.jsonl")
    assert code(problem) == expected


def test_byline_list_and_missing_fields() -> None:
    (doc,) = read_jsonl(lines({"text": TEXT, "byline": ["Ana Lim", "Piet Vos"]}), "a.jsonl")
    assert isinstance(doc, RawDocument)
    assert doc.article.byline == ["Ana Lim", "Piet Vos"]
    assert doc.article.published is None and doc.article.url is None
    assert doc.meta == {"byline": "Ana Lim; Piet Vos"}


def test_html_record_goes_through_the_html_reader() -> None:
    page = (
        "<html><body><article><h1>Ignored heading</h1><p>The school reopened on Monday after"
        " the summer floods, with pupils taught in the sports hall while classrooms dry out.</p>"
        "<h2>Repairs</h2><p>Builders expect to finish the ground floor before the winter"
        " term begins, the head teacher said.</p></article></body></html>"
    )
    record = {"html": page, "title": "School reopens after floods", "published": "2024-09-02"}
    (doc,) = read_jsonl(lines(record), "a.jsonl")
    assert isinstance(doc, RawDocument)
    assert doc.format == "json"
    assert doc.article.title == "School reopens after floods"
    assert doc.article.text.startswith("School reopens after floods\n\n")
    assert doc.article.sections == ["Repairs"]
    assert doc.article.published == date(2024, 9, 2)
    assert "html" not in doc.meta
    check_offsets(doc.article)


def test_json_list_and_single_object() -> None:
    results = list(read_json(json.dumps([GOOD, {"title": "no text"}]).encode(), "a.json"))
    assert isinstance(results[0], RawDocument)
    assert results[0].source == "a.json#item 1"
    assert code(results[1]) == "W009" and results[1].source == "a.json#item 2"
    (single,) = read_json(json.dumps(GOOD).encode(), "b.json")
    assert isinstance(single, RawDocument) and single.source == "b.json"


def test_json_file_holding_json_lines() -> None:
    docs = docs_of(read_json(lines(GOOD, GOOD), "a.json"))
    assert [d.source for d in docs] == ["a.json#line 1", "a.json#line 2"]


def test_invalid_json_file() -> None:
    (problem,) = read_json(b'{"text": "unfinished', "a.json")
    assert code(problem) == "W008" and problem.source == "a.json"


def test_read_record_reads_the_stored_raw_again() -> None:
    (doc,) = read_jsonl(lines(GOOD), "a.jsonl")
    assert isinstance(doc, RawDocument)
    again = read_record(doc.raw, "a.jsonl#line 1")
    assert isinstance(again, RawDocument)
    assert again.article == doc.article
