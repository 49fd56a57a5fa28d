"""The analysis time budget per document: one document over it is refused with W047, the batch
goes on, and nothing of it is stored. A stage made slow on purpose (a component added for the
test) stands for an input that some stage handles slowly."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from whatweknow.analyse import Analyser
from whatweknow.ingest import partitions
from whatweknow.readers.base import RawDocument, ReadOptions, ReadProblem
from whatweknow.readers.dispatch import read_paths
from whatweknow.store import open_store

MARK = "tortoise"
SLEEP = 1.5
BUDGET = 1.0
TEXTS = {
    "a.txt": "The library reopened on Monday after a month of repairs, its director said.",
    "b.txt": f"A {MARK} crossed the high street on Tuesday and held up the traffic for an hour.",
    "c.txt": "The bakery on the corner will sell bread at half price until Friday, its owner said.",
}


@Language.component("wwk_test_slow")
def _slow(doc: Doc) -> Doc:
    if MARK in doc.text:
        time.sleep(SLEEP)
    return doc


@pytest.fixture
def slow_analyser() -> Iterator[Analyser]:
    analyser = Analyser(budget=BUDGET)
    analyser.nlp.add_pipe("wwk_test_slow", last=True)  # the model is shared: taken out after
    try:
        yield analyser
    finally:
        analyser.nlp.remove_pipe("wwk_test_slow")


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    out = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text)
        out.append(tmp_path / name)
    return out


@pytest.mark.model
def test_a_document_over_budget_is_refused_and_the_batch_goes_on(
    slow_analyser: Analyser, files: list[Path]
) -> None:
    start = time.monotonic()
    items = list(slow_analyser.analyse(read_paths(files, ReadOptions())))
    took = time.monotonic() - start
    assert [Path(i[0].source).name for i in items if not isinstance(i, ReadProblem)] == [
        "a.txt",
        "c.txt",
    ]
    [problem] = [i for i in items if isinstance(i, ReadProblem)]
    assert problem.source.endswith("b.txt")
    assert problem.problem.startswith("W047") and "wwk_test_slow" in problem.problem
    # the batch over budget, then the slow document alone: about twice the sleep, not more
    assert took < 4 * SLEEP + 10


@pytest.mark.model
def test_nothing_of_it_is_stored(
    slow_analyser: Analyser, files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through a partition of ``wwk ingest --workers`` (the worker's analyser is this one)."""
    job = partitions.IngestJob(db=str(tmp_path / "news.db"), budget=BUDGET)
    key = (job.model, job.user_actors, job.user_cues, job.budget)
    monkeypatch.setitem(partitions._ANALYSERS, key, slow_analyser)
    result = partitions.ingest_partition(job, 0, [str(f) for f in files])
    assert result.new == 2
    assert [(Path(s).name, p[:4]) for s, p in result.problems] == [("b.txt", "W047")]
    store = open_store(job.db)
    try:
        assert store.count() == 2
    finally:
        store.close()


@pytest.mark.model
def test_the_stage_by_stage_run_gives_what_nlp_pipe_gives(
    files: list[Path], analyser: Analyser
) -> None:
    docs = [d for d in read_paths(files, ReadOptions()) if isinstance(d, RawDocument)]
    ours = analyser._pipe(docs)
    theirs = list(analyser.nlp.pipe(analyser._docs(docs)))
    for a, b in zip(ours, theirs, strict=True):
        assert a.to_json() == b.to_json()
