"""Two watchers on one store: each item is stored once, whichever takes it first (the article's
id and the item keys are primary keys; the loser of a race finds the article stored)."""

from __future__ import annotations

import threading
from pathlib import Path

from whatweknow.store import open_store
from whatweknow.watch import RoundReport, Watcher

from .conftest import STORY, Site, bare, item
from .test_rounds import OPTIONS


def test_two_watchers_on_one_sqlite_store_ingest_each_item_once(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    open_store(db).close()  # created and migrated once
    feed = site.feed("/feed.xml", [item(n) for n in range(len(STORY))])
    reports: list[RoundReport] = []
    start = threading.Barrier(2)

    def run() -> None:
        with open_store(db) as store:
            watcher = Watcher(store, bare, OPTIONS, delay=0.0)
            start.wait()
            reports.append(watcher.round([feed]))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(reports) == 2
    assert sum(len(r.new_articles) for r in reports) == len(STORY)
    assert not [p for r in reports for s in r.sources for p in s.problems]
    with open_store(db) as store:
        assert store.count() == len(STORY)
        assert store.seen_items([f"hash:{a.id}" for a in store.articles()]) == {
            f"hash:{a.id}" for a in store.articles()
        }
