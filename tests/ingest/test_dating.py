"""A dateline's month and day with no year: the year from the batch, else the clock."""

from __future__ import annotations

from datetime import date

from whatweknow.contract import Article
from whatweknow.ingest.dating import dated
from whatweknow.readers.base import RawDocument
from whatweknow.readers.text import read_text

WIRE = (
    "Ferry operator halts crossings\n\n"
    "By Ansel Brody, Harbour Wire\n\n"
    "PORTVILLE, March 3 (Harbour Wire) — The Lindqvist ferry line stopped all crossings on "
    "Tuesday after a hull crack was found, its chief engineer said.\n"
)
COPY = (
    "Crossings halted after hull crack\n\n"
    "By Harbour Wire\nPublished 3 March 2031\n\n"
    "PORTVILLE, March 3 (Harbour Wire) — The Lindqvist ferry line stopped all crossings on "
    "Tuesday after a hull crack was found, its chief engineer said.\n"
)
OTHER = (
    "Council approves new quay\n\nPublished 20 November 2030\n\n"
    "The Portville council approved a new quay on Wednesday, its mayor said.\n"
)
LATER = (
    "Council opens new quay\n\nPublished 2 September 2034\n\n"
    "The Portville council opened a new quay on Monday, its mayor said.\n"
)


def _doc(text: str, name: str) -> RawDocument:
    item = read_text(text.encode(), name)
    assert isinstance(item, RawDocument)
    return item


def _articles(*texts: str, today: date | None = None) -> list[Article]:
    docs = [_doc(t, f"{i}.txt") for i, t in enumerate(texts)]
    clock = None if today is None else (lambda: today)
    return [x.article for x in dated(docs, clock) if isinstance(x, RawDocument)]


def test_a_copy_with_a_full_date_gives_the_year() -> None:
    wire, copy = _articles(WIRE, COPY, today=date(2035, 1, 1))
    assert wire.published == date(2031, 3, 3)
    assert wire.published_from is not None
    assert wire.published_from.year == "batch"
    found = wire.published_from
    assert wire.text[found.start : found.end] == found.text == "March 3"
    assert copy.published == date(2031, 3, 3) and copy.published_from is None


def test_any_dated_article_of_the_batch_within_six_months() -> None:
    (wire, _) = _articles(WIRE, OTHER, today=date(2035, 1, 1))
    assert wire.published == date(2031, 3, 3)  # November 2030 puts March 3 in 2031


def test_a_batch_that_disagrees_leaves_it_undated() -> None:
    wire, _, _ = _articles(WIRE, OTHER, LATER, today=date(2035, 1, 1))
    assert wire.published is None and wire.published_from is None


def test_never_a_day_after_the_day_it_was_read() -> None:
    (wire, _) = _articles(WIRE, LATER, today=date(2035, 1, 1))
    assert wire.published is None  # September 2034 puts March 3 in 2035, not yet come
    (wire, _) = _articles(WIRE, LATER, today=date(2035, 3, 4))
    assert wire.published == date(2035, 3, 3)


def test_the_clock_only_when_nothing_is_dated() -> None:
    (wire,) = _articles(WIRE, today=date(2031, 2, 10))
    assert wire.published == date(2030, 3, 3)  # the last March 3 before the day it was read
    assert wire.published_from is not None and wire.published_from.year == "clock"
    (again,) = _articles(WIRE)
    assert again.published is None  # no clock given: undated


def test_a_given_date_is_never_replaced() -> None:
    (copy,) = _articles(COPY, today=date(2035, 1, 1))
    assert copy.published == date(2031, 3, 3) and copy.published_from is None
