"""``ingest_one``, the step every ingest path takes: each outcome (new, seen, failed, unplaced)
with its one message, and ``unstored``, which skips before the analysis what this pipeline
version already stored. Dossiers are built by hand (no spaCy)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.conformance import make
from whatweknow.errors import StoreError
from whatweknow.ingest import ingest_one, unstored
from whatweknow.pipeline import PIPELINE_VERSION
from whatweknow.readers.base import RawDocument, ReadProblem
from whatweknow.store import Store, open_store
from whatweknow.stories import copies

TEXT = "Envoys met in Geneva on Monday to resume the ceasefire talks, officials said."
OTHER = "Dock workers in Rotterdam voted on Friday to end their strike, the union said."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "w.db") as store:
        yield store


def test_a_new_article_is_stored_and_placed_and_a_second_time_is_seen(store: Store) -> None:
    raw, dossier = make(TEXT, version=PIPELINE_VERSION)
    first = ingest_one(store, raw, dossier)
    assert (first.outcome, first.stored, first.problem) == ("new", True, None)
    assert first.story is not None and first.story == store.story_of(dossier.article.id)
    assert first.message == f"t.txt: stored in story {first.story}"
    again = ingest_one(store, raw, dossier)
    assert (again.outcome, again.stored, again.message) == ("seen", False, "t.txt: already stored")
    assert store.count() == 1


def test_a_store_failure_is_one_coded_problem_and_stores_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> bool:
        raise StoreError("disk full")

    monkeypatch.setattr(store, "add", refuse)
    done = ingest_one(store, *make(TEXT))
    assert done.outcome == "failed" and not done.stored
    assert done.problem == ReadProblem("t.txt", "W017: could not store the article: disk full")
    assert store.count() == 0


def test_a_failed_story_update_leaves_the_article_stored_in_no_story(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> copies.CopySketch:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(copies, "sketch", broken)
    raw, dossier = make(TEXT)
    done = ingest_one(store, raw, dossier)
    assert (done.outcome, done.stored, done.problem) == ("unplaced", True, None)
    assert done.message == "t.txt: stored, but not added to a story (broken on purpose)"
    assert store.articles_without_story() == [dossier.article.id]


def test_unstored_skips_only_what_this_pipeline_version_stored(store: Store) -> None:
    current, old, fresh = make(TEXT), make(OTHER, version="0.0.1"), make("A third text, new.")
    store.add(*current)
    store.add(*old)
    problem = ReadProblem("bad.txt", "W002: the file is empty")
    skipped: list[RawDocument] = []
    items = [current[0], old[0], problem, fresh[0]]
    assert list(unstored(items, store, skipped.append)) == [current[0], old[0], problem, fresh[0]]
    # the dossiers above were made by version 0.1.0, not this pipeline's: none is skipped
    assert skipped == []
    store.replace_dossier(current[1].article.id, make(TEXT, version=PIPELINE_VERSION)[1])
    assert list(unstored(items, store, skipped.append)) == [old[0], problem, fresh[0]]
    assert skipped == [current[0]]


def test_the_same_text_from_another_outlet_is_one_article_and_says_so(store: Store) -> None:
    """A wire report carried word for word by a second outlet has the first one's article id
    (the text's hash): it is not stored again, and one line says whose copy it is, on both
    paths (stored in the run, and skipped before the analysis); a re-read from the same outlet
    says nothing more than "already stored"."""
    raw, dossier = make(TEXT, outlet="Harlow Wire", version=PIPELINE_VERSION)
    assert ingest_one(store, raw, dossier).outcome == "new"
    copy, copied = make(TEXT, outlet="Lisk Evening Post", version=PIPELINE_VERSION)
    done = ingest_one(store, copy, copied)
    assert (done.outcome, done.stored) == ("seen", False)
    assert done.message == (
        f"t.txt: the same text as article {dossier.article.id} from Harlow Wire, already "
        "stored: one article, and Lisk Evening Post's copy is not listed among its sources"
    )
    assert store.count() == 1
    notes: list[str] = []
    assert list(unstored([copy, raw], store, note=notes.append)) == []
    assert notes == [done.message]  # the second outlet's copy only
    assert ingest_one(store, raw, dossier).message == "t.txt: already stored"
