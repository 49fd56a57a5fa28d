"""The fetcher's conditional requests: validators sent and kept, 304, and Retry-After."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from whatweknow.readers.base import ReadProblem
from whatweknow.readers.fetch import (
    Fetched,
    NotModified,
    Throttled,
    Validators,
    fetch,
    fetch_if_changed,
)

from .conftest import Site, item


def get(url: str, validators: Validators) -> Fetched | NotModified | ReadProblem:
    return fetch_if_changed(url, validators, max_bytes=100_000, timeout=5, allow_private=True)


def test_validators_are_returned_then_sent_and_a_304_keeps_them(site: Site) -> None:
    url = site.feed("/feed.xml", [item(0)])
    first = get(url, Validators())
    assert isinstance(first, Fetched) and first.validators.etag
    again = get(url, first.validators)
    assert isinstance(again, NotModified) and again.validators == first.validators
    assert site.not_modified["/feed.xml"] == 1
    stale = get(url, Validators(etag='"old"'))
    assert isinstance(stale, Fetched) and stale.raw == first.raw


def test_retry_after_in_seconds_or_as_a_date(site: Site) -> None:
    site.status["/busy"] = (429, {"Retry-After": "90"})
    busy = get(site.url("/busy"), Validators())
    assert isinstance(busy, Throttled) and busy.retry_after == 90
    assert busy.problem.startswith("W054")
    when = datetime.now(UTC) + timedelta(minutes=10)
    site.status["/down"] = (503, {"Retry-After": format_datetime(when, usegmt=True)})
    down = get(site.url("/down"), Validators())
    assert isinstance(down, Throttled) and down.retry_after is not None
    assert 500 < down.retry_after <= 600
    site.status["/odd"] = (503, {"Retry-After": "soon"})
    odd = get(site.url("/odd"), Validators())
    assert isinstance(odd, Throttled) and odd.retry_after is None


def test_a_plain_fetch_is_as_before(site: Site) -> None:
    url = site.feed("/feed.xml", [item(0)])
    got = fetch(url, max_bytes=100_000, timeout=5, allow_private=True)
    assert isinstance(got, Fetched) and got.reader == "feed"
    assert not isinstance(fetch(url, max_bytes=10, allow_private=True), Fetched)  # W056
