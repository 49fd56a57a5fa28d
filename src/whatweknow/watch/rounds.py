"""One round of ``wwk watch``: every source fetched or listed once, its new items taken.

For each source, in turn (sources of one host one at a time, :attr:`Watcher.delay` seconds apart):

* an address is fetched conditionally (the ``ETag`` and ``Last-Modified`` stored from the last
  fetch, :func:`~whatweknow.readers.fetch.fetch_if_changed`): a ``304`` costs nothing; a body whose
  hash is the one stored is unchanged too (for servers without validators). A changed body is read
  by the reader its type names: a feed gives its entries, a page itself;
* a folder gives the articles of its files not taken before (as ``wwk ingest`` reads them);
* a feed entry that holds only a short summary is taken from the page it links to, when that
  page is reachable (and longer); else as it is;
* each item whose keys (:mod:`.items`) were never recorded is analysed and stored through
  :func:`~whatweknow.ingest.ingest_one`, its keys recorded in the article's own transaction; an
  item already taken (by this or another source) is skipped before the analysis.

A round first places in their stories the articles stored but not placed (a round killed
between the two transactions of :func:`~whatweknow.ingest.ingest_one`). The source's state
(validators, body hash, counts) is saved after its items: a round stopped in
its middle leaves the validators of the round before, so the next round fetches the source again,
and the keys already recorded skip what was taken (nothing lost, nothing stored twice).

A source that fails (no answer, an HTTP error, a feed that does not parse, a missing folder) is
reported with its W-code and tried again after a backoff that doubles with each failure in a row
(:data:`BACKOFF`, up to :data:`MAX_BACKOFF`); a ``429`` or ``503`` is tried again when its
``Retry-After`` says, if it says. The other sources go on; so they do when the store fails to
read or save a source's state (W017, W021: reported, nothing recorded, the next round tries).
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from ..contract import Dossier
from ..errors import StoreError, W
from ..ingest import ingest_one, place_pending
from ..readers.base import RawDocument, ReadOptions, ReadProblem, Result
from ..readers.dispatch import read_fetched, read_path, read_url, walk
from ..readers.fetch import NotModified, Throttled, Validators, fetch_if_changed, is_url
from ..store import ItemMark, SourceState, Store
from .items import item_keys

Analyse = Callable[[Iterable[Result]], Iterator["tuple[RawDocument, Dossier] | ReadProblem"]]
Status = Literal["new", "unchanged", "not modified", "waiting", "failed", "stopped"]
BACKOFF = 60.0
"""Seconds before a failed source is tried again, doubled with each failure in a row."""
MAX_BACKOFF = 6 * 3600.0
SUMMARY_CHARS = 1000
"""A feed entry with only a summary shorter than this is taken from the page it links to."""
MAX_RETRY_AFTER = 86400.0
"""The longest wait a ``Retry-After`` is honoured for."""


class AnalysisFailed(Exception):
    """What ``analyse`` raises when an item could not be analysed this time (a worker process
    that died or was stopped, as when the server stops): the item is not recorded, and is taken
    again next round. (An item the analysis refuses is a :class:`ReadProblem`, recorded.)"""


@dataclass
class SourceReport:
    """What one round did with one source."""

    source: str
    status: Status = "unchanged"
    new: list[tuple[str, int | None]] = field(default_factory=list)
    """The articles stored, each with its story."""
    seen: int = 0
    """Items skipped: taken before, by this source or another."""
    problems: list[str] = field(default_factory=list)
    """One line per item that could not be taken (the source itself did not fail)."""
    error: str | None = None
    """Why the source failed (with its W-code), or why it waits."""
    next_try: datetime | None = None
    retry: bool = False
    """An item failed in the store: the source's body is read again next round."""


@dataclass
class RoundReport:
    started: datetime
    sources: list[SourceReport] = field(default_factory=list)
    placed: int = 0
    """Articles stored before (by a round stopped between storing and placing) placed now."""
    warnings: list[str] = field(default_factory=list)

    @property
    def all_failed(self) -> bool:
        return bool(self.sources) and all(s.status == "failed" for s in self.sources)

    @property
    def new_articles(self) -> list[tuple[str, int | None]]:
        return [item for s in self.sources for item in s.new]


class Watcher:
    """Runs rounds over a store (see the module). ``analyse`` turns documents into dossiers
    (:meth:`whatweknow.analyse.Analyser.analyse`); ``stop`` is asked between items and sources
    (a signal sets it): the item in hand is finished, the rest left for the next round.
    ``lock``, when given, is held while an article is stored and placed (a server's other
    ingestions take it too)."""

    def __init__(
        self,
        store: Store,
        analyse: Analyse,
        options: ReadOptions,
        *,
        delay: float = 1.0,
        stop: Callable[[], bool] = lambda: False,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        lock: AbstractContextManager[object] | None = None,
    ) -> None:
        self.store = store
        self.analyse = analyse
        self.options = options
        self.delay = delay
        self.stop = stop
        self.now = now
        self.lock = lock or nullcontext()
        self._last_fetch: dict[str, float] = {}

    def round(self, sources: Iterable[str]) -> RoundReport:
        report = RoundReport(self.now())
        try:  # what a stopped or killed round stored but did not place in a story
            with self.lock:
                report.placed, report.warnings = place_pending(self.store)
        except StoreError as exc:
            report.warnings.append(str(exc))
        for source in sorted(sources, key=_host):  # stable: one host's sources together
            if self.stop():
                report.sources.append(SourceReport(source, "stopped"))
                continue
            try:
                report.sources.append(self.visit(source))
            except StoreError as exc:  # the store is unreachable or locked: the next round
                report.sources.append(SourceReport(source, "failed", error=str(exc)))
        return report

    def visit(self, source: str) -> SourceReport:
        """One source: fetched or listed, its new items taken, its state saved."""
        state = self.store.source_state(source) or SourceState(source)
        now = self.now()
        if state.next_try is not None and state.next_try > now:
            why = f"waiting after {state.failures} failure(s): {state.last_error}"
            return SourceReport(source, "waiting", error=why, next_try=state.next_try)
        if is_url(source):
            report, state = self._address(source, state)
        else:
            report, state = self._folder(source, state)
        if report.status == "failed":
            state = self._failed(state, report)
        else:
            state = dataclasses.replace(
                state, last_seen=now, failures=0, last_error=None, next_try=None
            )
        state = dataclasses.replace(state, items_seen=state.items_seen + len(report.new))
        self.store.save_source_state(state)
        return report

    def _address(self, url: str, state: SourceState) -> tuple[SourceReport, SourceState]:
        self._wait_for_host(url)
        got = fetch_if_changed(
            url,
            Validators(state.etag, state.last_modified),
            max_bytes=self.options.max_bytes,
            timeout=self.options.fetch_timeout,
            allow_private=self.options.allow_private,
        )
        self._last_fetch[_host(url)] = time.monotonic()
        if isinstance(got, Throttled):
            report = SourceReport(url, "failed", error=got.problem)
            if got.retry_after is not None:
                wait = min(got.retry_after, MAX_RETRY_AFTER)
                report.next_try = self.now() + timedelta(seconds=wait)
            return report, state
        if isinstance(got, ReadProblem):
            return SourceReport(url, "failed", error=got.problem), state
        if isinstance(got, NotModified):
            found = got.validators
            return SourceReport(url, "not modified"), dataclasses.replace(
                state, etag=found.etag, last_modified=found.last_modified
            )
        digest = hashlib.sha256(got.raw).hexdigest()
        read = dataclasses.replace(
            state,
            etag=got.validators.etag,
            last_modified=got.validators.last_modified,
            content_hash=digest,
        )
        if digest == state.content_hash:
            return SourceReport(url, "unchanged"), read
        items = list(read_fetched(got, url, self.options))
        problems = [i for i in items if isinstance(i, ReadProblem)]
        if problems and len(problems) == len(items):  # the page, or every entry, was refused
            whole = [p for p in problems if p.source == url] or problems
            return SourceReport(url, "failed", error=whole[0].problem), state
        report = self._take(url, items)
        if report.status == "stopped" or report.retry:  # fetched again in full next round
            return report, state
        return report, read

    def _folder(self, folder: str, state: SourceState) -> tuple[SourceReport, SourceState]:
        """A folder's files not taken before: a file is known by its path, size and time of
        change (``file:`` keys, recorded once its articles are taken), so an unchanged file is
        not even read again; a changed one is read, and its articles known by their texts."""
        if not Path(folder).is_dir():
            return SourceReport(folder, "failed", error=W.NOT_FOUND.format()), state
        report = SourceReport(folder)
        for path in walk(Path(folder), self.options.follow_links):
            if isinstance(path, ReadProblem):
                report.problems.append(str(path))
                continue
            key = _file_key(path)
            if key is None or self.store.seen_items([key]):
                report.seen += key is not None
                continue
            problems = len(report.problems)
            self._take_into(report, folder, read_path(path, self.options))
            if report.status == "stopped":
                break
            if not report.retry and len(report.problems) == problems:
                self.store.mark_items(ItemMark(folder, (key,)))
        if report.new and report.status != "stopped":
            report.status = "new"
        return report, state

    def _take(self, source: str, items: Iterable[Result]) -> SourceReport:
        report = SourceReport(source)
        self._take_into(report, source, items)
        if report.new and report.status != "stopped":
            report.status = "new"
        return report

    def _take_into(self, report: SourceReport, source: str, items: Iterable[Result]) -> None:
        for item in items:
            if self.stop():
                report.status = "stopped"
                return
            if isinstance(item, ReadProblem):
                report.problems.append(str(item))
                continue
            keys = item_keys(source, item)
            if self.store.seen_items(keys):
                report.seen += 1
                continue
            full = self._full_page(item)
            if full is not None:
                keys += tuple(k for k in item_keys(source, full) if k not in keys)
                if self.store.seen_items(keys):
                    report.seen += 1
                    continue
                item = full
            self._ingest(report, item, ItemMark(source, keys))

    def _full_page(self, entry: RawDocument) -> RawDocument | None:
        """The page a feed entry links to, when the entry holds only a short summary
        (:data:`SUMMARY_CHARS`) and the page is reachable and longer; else None (the entry is
        taken as it is). Fetched as any address is, after the host's delay."""
        url = entry.meta.get("url")
        if entry.meta.get("body") != "summary" or not url or not is_url(url):
            return None
        if len(entry.article.text) >= SUMMARY_CHARS:
            return None
        self._wait_for_host(url)
        try:
            found = list(read_url(url, self.options))
        finally:
            self._last_fetch[_host(url)] = time.monotonic()
        if len(found) != 1 or not isinstance(page := found[0], RawDocument):
            return None
        return page if len(page.article.text) > len(entry.article.text) else None

    def _ingest(self, report: SourceReport, doc: RawDocument, mark: ItemMark) -> None:
        try:
            results = list(self.analyse([doc]))
        except AnalysisFailed as exc:  # not recorded: taken again next round
            report.problems.append(f"{doc.source}: {exc}")
            report.retry = True
            return
        for out in results:
            if isinstance(out, ReadProblem):  # refused by the analysis: not analysed again
                report.problems.append(str(out))
                self.store.mark_items(mark)
                continue
            with self.lock:
                done = ingest_one(self.store, *out, mark)
            if done.stored:
                report.new.append((done.article_id, done.story))
            if done.outcome == "seen":
                report.seen += 1
            if done.outcome in ("failed", "unplaced"):
                report.problems.append(done.message)
                report.retry |= done.outcome == "failed"

    def _failed(self, state: SourceState, report: SourceReport) -> SourceState:
        failures = state.failures + 1
        if report.next_try is None:
            wait = min(BACKOFF * 2 ** (failures - 1), MAX_BACKOFF)
            report.next_try = self.now() + timedelta(seconds=wait)
        return dataclasses.replace(
            state, failures=failures, last_error=report.error, next_try=report.next_try
        )

    def _wait_for_host(self, url: str) -> None:
        last = self._last_fetch.get(_host(url))
        if last is not None:
            time.sleep(max(0.0, last + self.delay - time.monotonic()))


def _file_key(path: Path) -> str | None:
    try:
        info = path.stat()
    except OSError:
        return None  # read, to report why
    return f"file:{path.resolve()} {info.st_size} {info.st_mtime_ns}"


def _host(source: str) -> str:
    """The host a source is fetched from ('' for a folder)."""
    if not is_url(source):
        return ""
    try:
        return (urlsplit(source).hostname or "").lower()
    except ValueError:
        return ""
