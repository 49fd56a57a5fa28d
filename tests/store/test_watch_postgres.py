"""Two watchers on one PostgreSQL store, at once, on the same folder: each article is stored
once (the article's id and the item keys are primary keys; a concurrent add of one text waits on
its advisory lock and finds it stored)."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from whatweknow.contract import Dossier, PipelineInfo
from whatweknow.pipeline import PIPELINE_VERSION
from whatweknow.readers.base import RawDocument, ReadOptions, ReadProblem, Result
from whatweknow.store import open_store
from whatweknow.watch import RoundReport, Watcher

TEXTS = [
    "The harbour master said the northern pier would stay shut while divers checked it.",
    "Divers found no damage to the northern pier, the harbour office said on Friday.",
    "Fishing boats returned to the northern pier on Saturday morning after the checks.",
]


def bare(items: Iterable[Result]) -> Iterator[tuple[RawDocument, Dossier] | ReadProblem]:
    """A stand-in for the analyser: the article alone (no model needed)."""
    for found in items:
        if isinstance(found, ReadProblem):
            yield found
        else:
            info = PipelineInfo(version=PIPELINE_VERSION, model="test")
            yield found, Dossier(pipeline=info, article=found.article)


def test_two_watchers_on_one_postgres_store_take_each_item_once(
    postgres_url: str, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, text in enumerate(TEXTS):
        (inbox / f"{n}.txt").write_text(text, encoding="utf-8")
    open_store(postgres_url).close()  # migrated once
    reports: list[RoundReport] = []
    start = threading.Barrier(2)

    def run() -> None:
        with open_store(postgres_url) as store:
            watcher = Watcher(store, bare, ReadOptions(), delay=0.0)
            start.wait()
            reports.append(watcher.round([str(inbox)]))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(reports) == 2
    assert not [p for r in reports for s in r.sources for p in s.problems]
    assert sum(len(r.new_articles) for r in reports) == len(TEXTS)
    with open_store(postgres_url) as store:
        assert store.count() == len(TEXTS)
