"""Rounds over a local site, with a stand-in analyser (no model): what is fetched, what is taken,
what is skipped, and what is kept between rounds and processes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from whatweknow.errors import StoreError
from whatweknow.readers.base import ReadOptions
from whatweknow.store import SourceState, Store, open_store
from whatweknow.watch import Watcher
from whatweknow.watch.rounds import BACKOFF, MAX_RETRY_AFTER

from .conftest import STORY, Site, bare, item

OPTIONS = ReadOptions(allow_private=True, fetch_timeout=5.0)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "watch.db")


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    with open_store(db) as opened:
        yield opened


def watcher(store: Store, **kwargs: object) -> Watcher:
    return Watcher(store, bare, OPTIONS, delay=0.0, **kwargs)  # type: ignore[arg-type]


def test_each_round_takes_exactly_the_new_items_and_an_unchanged_feed_is_a_304(
    site: Site, store: Store
) -> None:
    feed = site.feed("/feed.xml", [item(0), item(1)])
    first = watcher(store).round([feed])
    assert [s.status for s in first.sources] == ["new"]
    assert len(first.new_articles) == 2 and store.count() == 2
    assert all(story is not None for _, story in first.new_articles)

    second = watcher(store).round([feed])
    assert [s.status for s in second.sources] == ["not modified"]
    assert site.not_modified["/feed.xml"] == 1 and second.new_articles == []

    site.feed("/feed.xml", [item(2), item(1), item(0)])
    third = watcher(store).round([feed])
    [source] = third.sources
    assert (source.status, len(source.new), source.seen) == ("new", 1, 2)
    assert store.count() == 3
    state = store.source_state(feed)
    assert state is not None and state.items_seen == 3 and state.etag and state.failures == 0


def test_a_failing_source_is_reported_and_the_others_still_ingest(site: Site, store: Store) -> None:
    good = site.feed("/feed.xml", [item(0)])
    broken = site.url("/broken.xml")
    site.status["/broken.xml"] = (500, {})
    broken_feed = b"<rss version='2.0'><channel><title>Eskerby</title>\n<<<>>>"
    site.pages["/bad.xml"] = (broken_feed, "application/rss+xml")
    site.pages["/empty.xml"] = (b"<rss><channel><item><title>cut off", "application/rss+xml")
    empty = site.url("/empty.xml")
    bad = site.url("/bad.xml")
    report = watcher(store).round([broken, bad, empty, good])
    errors = {s.source: (s.status, (s.error or "")[:4]) for s in report.sources}
    assert errors[broken] == ("failed", "W054")
    assert errors[bad] == ("failed", "W010")
    assert errors[empty] == ("failed", "W007")  # every entry refused: the source failed
    assert errors[good] == ("new", "") and store.count() == 1
    assert not report.all_failed
    state = store.source_state(broken)
    assert state is not None and state.failures == 1 and state.last_error
    assert state.next_try is not None and state.next_try > datetime.now(UTC)


def test_a_failed_source_waits_its_backoff_then_is_tried_again(site: Site, store: Store) -> None:
    site.status["/feed.xml"] = (500, {})
    feed = site.url("/feed.xml")
    clock = [datetime(2024, 6, 3, 8, 0, tzinfo=UTC)]
    run = watcher(store, now=lambda: clock[0])
    assert run.round([feed]).all_failed
    assert [s.status for s in run.round([feed]).sources] == ["waiting"]
    assert site.requests["/feed.xml"] == 1  # not fetched while it waits
    clock[0] += timedelta(seconds=BACKOFF + 1)
    assert run.round([feed]).all_failed  # tried again, failed again: the wait doubles
    state = store.source_state(feed)
    assert state is not None and state.failures == 2 and site.requests["/feed.xml"] == 2
    assert state.next_try == clock[0] + timedelta(seconds=2 * BACKOFF)
    del site.status["/feed.xml"]
    site.feed("/feed.xml", [item(0)])
    clock[0] += timedelta(seconds=2 * BACKOFF + 1)
    assert [s.status for s in run.round([feed]).sources] == ["new"]
    state = store.source_state(feed)
    assert state is not None and (state.failures, state.next_try, state.last_error) == (
        0,
        None,
        None,
    )


def test_retry_after_is_recorded_as_the_next_try(site: Site, store: Store) -> None:
    site.status["/feed.xml"] = (429, {"Retry-After": "120"})
    feed = site.url("/feed.xml")
    clock = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    [source] = watcher(store, now=lambda: clock).round([feed]).sources
    assert source.status == "failed" and source.error and "429" in source.error
    state = store.source_state(feed)
    assert state is not None and state.next_try == clock + timedelta(seconds=120)
    site.status["/greedy.xml"] = (503, {"Retry-After": str(10**9)})
    greedy = site.url("/greedy.xml")
    watcher(store, now=lambda: clock).round([greedy])
    state = store.source_state(greedy)
    assert state is not None and state.next_try == clock + timedelta(seconds=MAX_RETRY_AFTER)


def test_the_same_item_in_two_feeds_is_stored_once(site: Site, store: Store) -> None:
    one = site.feed("/one.xml", [item(0, "one"), item(1, "one")])
    two = site.feed("/two.xml", [item(1, "two"), item(2, "two")])
    report = watcher(store).round([one, two])
    assert store.count() == 3 and len(report.new_articles) == 3
    by = {s.source: s for s in report.sources}
    assert (len(by[one].new), by[one].seen) == (2, 0)
    assert (len(by[two].new), by[two].seen) == (1, 1)  # item 1: the same address, untracked


def test_one_guid_in_two_feeds_is_two_items(site: Site, store: Store) -> None:
    """GUIDs are unique within a feed only: two feeds' entries with one GUID are both read."""
    head, text = STORY[0]
    other_head, other_text = STORY[1]
    one = site.feed("/one.xml", [("7", "https://one.example/a", head, text)])
    two = site.feed("/two.xml", [("7", "https://two.example/b", other_head, other_text)])
    watcher(store).round([one, two])
    assert store.count() == 2


def test_the_state_survives_a_new_process(site: Site, db: str) -> None:
    feed = site.feed("/feed.xml", [item(0)])
    with open_store(db) as first:
        watcher(first).round([feed])
    site.feed("/feed.xml", [item(1), item(0)])
    site.pages["/feed.xml"] = (site.pages["/feed.xml"][0] + b" ", "application/rss+xml")
    with open_store(db) as again:  # a new store object: only what the database kept
        [source] = watcher(again).round([feed]).sources
        assert (len(source.new), source.seen) == (1, 1)
        assert again.count() == 2


def test_a_feed_without_validators_that_did_not_change_is_unchanged(
    site: Site, store: Store
) -> None:
    feed = site.feed("/feed.xml", [item(0)])
    watcher(store).round([feed])
    state = store.source_state(feed)
    assert state is not None
    store.save_source_state(type(state)(feed, content_hash=state.content_hash))  # no ETag
    [source] = watcher(store).round([feed]).sources
    assert source.status == "unchanged" and site.not_modified["/feed.xml"] == 0


def test_a_page_is_taken_again_when_its_text_changes(site: Site, store: Store) -> None:
    head = STORY[0][0]
    page = "<html><head><title>{0}</title></head><body><article><h1>{0}</h1>{1}</article>"

    def serve(texts: list[str]) -> None:
        body = page.format(head, "".join(f"<p>{text}</p>" for text in texts))
        site.pages["/page.html"] = (body.encode(), "text/html")

    serve([STORY[0][1], STORY[1][1]])
    url = site.url("/page.html")
    [first] = watcher(store).round([url]).sources
    assert first.status == "new", first.error
    assert [s.status for s in watcher(store).round([url]).sources] == ["not modified"]
    serve([STORY[0][1], STORY[1][1], STORY[2][1]])
    assert [s.status for s in watcher(store).round([url]).sources] == ["new"]
    assert store.count() == 2


def test_a_folder_gives_its_new_files(tmp_path: Path, store: Store) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text(STORY[0][1], encoding="utf-8")
    assert len(watcher(store).round([str(inbox)]).new_articles) == 1
    (inbox / "two.txt").write_text(STORY[1][1], encoding="utf-8")
    [source] = watcher(store).round([str(inbox)]).sources
    assert (len(source.new), source.seen) == (1, 1)
    (inbox / "one.txt").write_text(STORY[2][1] + "\n", encoding="utf-8")  # rewritten
    [source] = watcher(store).round([str(inbox)]).sources
    assert (source.status, len(source.new), source.seen) == ("new", 1, 1)
    assert store.count() == 3
    empty = tmp_path / "empty"
    empty.mkdir()
    [quiet] = watcher(store).round([str(empty)]).sources
    assert (quiet.status, quiet.problems) == ("unchanged", [])
    [missing] = watcher(store).round([str(tmp_path / "nowhere")]).sources
    assert missing.status == "failed" and missing.error and missing.error.startswith("W001")


def test_a_stop_finishes_the_item_in_hand_and_leaves_the_rest(site: Site, store: Store) -> None:
    feed = site.feed("/feed.xml", [item(0), item(1), item(2)])
    asked = iter([False, False, False, True])  # asked before the source, then each item
    [source] = watcher(store, stop=lambda: next(asked, True)).round([feed]).sources
    assert source.status == "stopped" and len(source.new) == 2 and store.count() == 2
    [again] = watcher(store).round([feed]).sources  # not a 304: the validators were not kept
    assert (again.status, len(again.new), again.seen) == ("new", 1, 2)


def test_a_store_failure_on_one_source_does_not_stop_the_round(
    site: Site, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = site.feed("/feed.xml", [item(0)])
    other = site.feed("/other.xml", [item(1, "b")])
    real = store.source_state

    def flaky(source: str) -> SourceState | None:
        if source == other:
            raise StoreError("W021: could not read the store: database is locked")
        return real(source)

    monkeypatch.setattr(store, "source_state", flaky)
    report = watcher(store).round([other, good])
    errors = {s.source: (s.status, (s.error or "")[:4]) for s in report.sources}
    assert errors == {other: ("failed", "W021"), good: ("new", "")}
    assert store.count() == 1


def test_an_entry_with_only_a_summary_is_taken_from_its_page(site: Site, store: Store) -> None:
    head, text = STORY[0]
    more = STORY[1][1]
    page = f"<html><head><title>{head}</title></head><body><article><h1>{head}</h1>"
    page += f"<p>{text}</p><p>{more}</p></article></body></html>"
    site.pages["/story/0.html"] = (page.encode(), "text/html")
    summary = "The old stone bridge in Eskerby was closed on Monday."
    entries = [
        ("s-0", site.url("/story/0.html?utm_medium=rss"), head, summary),
        ("s-1", site.url("/story/gone.html"), STORY[2][0], STORY[2][1][:80]),  # a 404
    ]
    feed = site.feed("/summaries.xml", entries, body="description")
    [source] = watcher(store).round([feed]).sources
    assert (source.status, len(source.new), source.problems) == ("new", 2, [])
    texts = {a.id: store.get_dossier(a.id) for a in store.articles()}
    full = [d for d in texts.values() if d is not None and more in d.article.text]
    assert len(full) == 1 and full[0].article.url == site.url("/story/0.html?utm_medium=rss")
    assert site.requests["/story/0.html?utm_medium=rss"] == 1
    assert site.requests["/story/gone.html"] == 1  # unreachable: the summary is taken
    site.feed("/summaries.xml", list(reversed(entries)), body="description")
    [again] = watcher(store).round([feed]).sources
    assert (len(again.new), again.seen) == (0, 2)
    assert site.requests["/story/0.html?utm_medium=rss"] == 1  # known by its entry: not fetched


def test_an_article_stored_but_not_placed_is_placed_by_the_next_round(
    site: Site, store: Store
) -> None:
    feed = site.feed("/feed.xml", [item(0)])
    report = watcher(store).round([feed])
    [(article, story)] = report.new_articles
    assert story is not None
    store.clear_stories()  # as if a round was killed between storing and placing
    assert store.story_of(article) is None
    again = watcher(store).round([feed])
    assert again.placed == 1 and store.story_of(article) is not None
    assert [s.status for s in again.sources] == ["not modified"]


def test_each_failure_is_reported_on_its_source_and_the_others_go_on(
    site: Site, store: Store
) -> None:
    """One round over a page that is gone (404), a server error (500), a server too slow to
    answer, a feed that does not parse, a 429 and a 503 with Retry-After, a feed that moved (a
    redirect, followed) and a good feed: each failure on its own source, with its W-code and
    next try (Retry-After's where given); the moved and the good feeds ingested."""
    site.status["/gone.xml"] = (404, {})
    site.status["/error.xml"] = (500, {})
    site.feed("/slow.xml", [item(0, "slow")])
    site.slow["/slow.xml"] = 3.0
    site.pages["/bad.xml"] = (b"<rss version='2.0'><channel>\n<<<>>>", "application/rss+xml")
    site.status["/busy.xml"] = (429, {"Retry-After": "90"})
    site.status["/down.xml"] = (503, {"Retry-After": "600"})
    site.feed("/new-home.xml", [item(1, "moved")])
    site.moved["/old-home.xml"] = "/new-home.xml"
    good = site.feed("/good.xml", [item(2, "good")])
    paths = ["gone", "error", "slow", "bad", "busy", "down", "old-home"]
    urls = {p: site.url(f"/{p}.xml") for p in paths}
    clock = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    options = ReadOptions(allow_private=True, fetch_timeout=0.5)
    run = Watcher(store, bare, options, delay=0.0, now=lambda: clock)
    report = run.round([*urls.values(), good])
    by = {s.source: s for s in report.sources}
    codes = {p: (by[u].status, (by[u].error or "")[:4]) for p, u in urls.items()}
    assert codes == {
        "gone": ("failed", "W054"),
        "error": ("failed", "W054"),
        "slow": ("failed", "W053"),
        "bad": ("failed", "W010"),
        "busy": ("failed", "W054"),
        "down": ("failed", "W054"),
        "old-home": ("new", ""),
    }
    assert "404" in (by[urls["gone"]].error or "") and "500" in (by[urls["error"]].error or "")
    assert by[good].status == "new" and store.count() == 2  # the moved feed's item, the good one
    assert report.new_articles and not report.all_failed
    waits = {p: store.source_state(u) for p, u in urls.items()}
    assert waits["busy"] is not None and waits["busy"].next_try == clock + timedelta(seconds=90)
    assert waits["down"] is not None and waits["down"].next_try == clock + timedelta(seconds=600)
    for p in ("gone", "error", "slow", "bad"):
        state = waits[p]
        assert state is not None and state.failures == 1 and state.last_error
        assert state.next_try == clock + timedelta(seconds=BACKOFF), p
    again = run.round([urls["busy"], urls["down"]])  # Retry-After honoured: not fetched
    assert [s.status for s in again.sources] == ["waiting", "waiting"]
    assert site.requests["/busy.xml"] == site.requests["/down.xml"] == 1
