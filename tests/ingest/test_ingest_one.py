"""``ingest_one``, the step every ingest path takes: each outcome (new, seen, failed, unplaced)
with its one message, and ``unstored``, which skips before the analysis what this pipeline
version already stored. Dossiers are built by hand (no spaCy)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from store.conformance import make
from whatweknow.briefing import brief_story
from whatweknow.contract import Dossier
from whatweknow.errors import StoreError
from whatweknow.ingest import ingest_one, place_pending, unstored
from whatweknow.pipeline import PIPELINE_VERSION
from whatweknow.readers.base import RawDocument, ReadProblem
from whatweknow.store import Publication as StoredPublication
from whatweknow.store import Store, open_store
from whatweknow.stories import copies, rebuild_stories
from whatweknow.stories import update as story_update
from whatweknow.stories.corroboration import units
from whatweknow.story_contract import CopyGroup, Publication

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


def published_as(
    outlet: str, url: str, day: date, source: str, text: str = TEXT
) -> tuple[RawDocument, Dossier]:
    """The text as one outlet published it (its article id is the text's, whoever published
    it)."""
    raw, dossier = make(
        text, "Ceasefire talks resume", outlet=outlet, published=day, version=PIPELINE_VERSION
    )
    article = dossier.article.model_copy(update={"url": url})
    doc = dataclasses.replace(raw, source=source, article=article, meta={"url": url})
    return doc, dossier.model_copy(update={"article": article})


WIRE = ("Harlow Wire", "https://harlowwire.example/talks", date(2026, 3, 2), "harlow.txt")
POST = ("Lisk Evening Post", "https://liskpost.example/world/talks", date(2026, 3, 3), "lisk.txt")
RECORDED = (
    "lisk.txt: the same text as article {id} from Harlow Wire, already stored: one article; "
    "Lisk Evening Post's copy is recorded among its sources (one source with it)"
)


def test_the_same_text_from_another_outlet_is_recorded_in_its_story_and_briefing(
    store: Store,
) -> None:
    """A wire report carried word for word by a second outlet has the first one's article id
    (the text's hash): it is not stored again, but its publication is recorded against the
    article, listed in the story's copy group (one source: the group of one article), and named
    in the briefing's sources with a citation of the same text under its own outlet. Reading it
    again adds nothing and says nothing more."""
    raw, dossier = published_as(*WIRE)
    first = ingest_one(store, raw, dossier)
    assert first.outcome == "new" and first.story is not None
    article_id = dossier.article.id
    copy, copied = published_as(*POST)
    done = ingest_one(store, copy, copied)
    assert (done.outcome, done.stored) == ("seen", False)
    assert done.message == RECORDED.format(id=article_id)
    assert store.count() == 1
    assert store.publications([article_id]) == {
        article_id: [StoredPublication(POST[0], POST[1], POST[2], "lisk.txt")]
    }
    story = store.story(first.story)
    assert story is not None
    [entry] = story.articles
    assert entry.also_published == [Publication(outlet=POST[0], url=POST[1], published=POST[2])]
    assert story.copies == [
        CopyGroup(id=article_id, articles=[article_id], outlets=["Harlow Wire", POST[0]])
    ]
    assert story.outlets == ["Harlow Wire", POST[0]]
    [unit] = set(units(story).values())  # one article, one source: its outlet
    assert unit == "outlet:harlow wire"

    briefing = brief_story(story, {article_id: dossier})
    [sources] = [s for s in briefing.sections if s.title == "Sources"]
    [item] = sources.items
    assert "Harlow Wire, 2026-03-02" in item.text
    assert "carried word for word by Lisk Evening Post (2026-03-03)" in item.text
    own, carried = item.citations
    assert (own.outlet, carried.outlet, carried.url, carried.published) == (
        "Harlow Wire",
        POST[0],
        POST[1],
        POST[2],
    )
    assert (carried.article, carried.start, carried.end) == (article_id, own.start, own.end)
    assert carried.text == dossier.article.text[carried.start : carried.end]

    again = ingest_one(store, copy, copied)
    assert again.message == "lisk.txt: already stored"
    notes: list[str] = []
    assert list(unstored([copy, raw], store, note=notes.append)) == []
    assert notes == []
    assert len(store.publications([article_id])[article_id]) == 1
    assert store.story(first.story) == story


def test_a_copy_skipped_before_the_analysis_is_recorded_too(store: Store) -> None:
    """The path that skips a stored text before analysing it (sequential and parallel runs
    alike) records the other outlet's publication and lists it in the story."""
    raw, dossier = published_as(*WIRE)
    story_id = ingest_one(store, raw, dossier).story
    assert story_id is not None
    copy, _ = published_as(*POST)
    notes: list[str] = []
    assert list(unstored([copy], store, note=notes.append)) == []
    assert notes == [RECORDED.format(id=dossier.article.id)]
    story = store.story(story_id)
    assert story is not None and story.outlets == ["Harlow Wire", POST[0]]


def test_a_copy_read_before_its_article_is_placed_joins_the_story_with_it(store: Store) -> None:
    raw, dossier = published_as(*WIRE)
    assert store.add(raw, dossier)  # stored, in no story yet
    copy, copied = published_as(*POST)
    assert ingest_one(store, copy, copied).message == RECORDED.format(id=dossier.article.id)
    assert place_pending(store) == (1, [])
    story_id = store.story_of(dossier.article.id)
    story = store.story(story_id) if story_id is not None else None
    assert story is not None and [g.outlets for g in story.copies] == [["Harlow Wire", POST[0]]]


def test_a_rebuild_keeps_the_other_publications(store: Store) -> None:
    raw, dossier = published_as(*WIRE)
    story_id = ingest_one(store, raw, dossier).story
    ingest_one(store, *published_as(*POST))
    before = store.story(story_id) if story_id is not None else None
    rebuild_stories(store)
    after = store.story(store.story_of(dossier.article.id) or 0)
    assert before is not None and after is not None
    assert after.copies == before.copies and after.articles == before.articles


def test_a_copy_that_cannot_be_recorded_changes_nothing_and_says_so(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, dossier = published_as(*WIRE)
    story_id = ingest_one(store, raw, dossier).story
    story = store.story(story_id) if story_id is not None else None

    def refuse(*_args: object) -> bool:
        raise StoreError("disk full")

    monkeypatch.setattr(store, "add_publication", refuse)
    copy, copied = published_as(*POST)
    done = ingest_one(store, copy, copied)
    assert done.message.endswith(
        "Lisk Evening Post's copy could not be recorded among its sources (disk full)"
    )
    monkeypatch.undo()
    assert store.publications([dossier.article.id]) == {}
    assert store.story(story_id or 0) == story
    assert ingest_one(store, copy, copied).message == RECORDED.format(id=dossier.article.id)


def test_a_failed_story_update_is_made_good_by_reading_the_copy_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, dossier = published_as(*WIRE)
    story_id = ingest_one(store, raw, dossier).story
    assert story_id is not None

    def broken(*_args: object) -> None:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(story_update.corroboration, "refresh", broken)
    copy, copied = published_as(*POST)
    done = ingest_one(store, copy, copied)
    assert done.message.endswith(
        "Lisk Evening Post's copy is recorded among its sources, but not yet listed in its "
        "story (broken on purpose)"
    )
    monkeypatch.undo()
    assert len(store.publications([dossier.article.id])[dossier.article.id]) == 1
    story = store.story(story_id)
    assert story is not None and story.copies == []  # rolled back
    assert ingest_one(store, copy, copied).message == "lisk.txt: already stored"
    story = store.story(story_id)
    assert story is not None and [g.outlets for g in story.copies] == [["Harlow Wire", POST[0]]]


def test_the_same_outlet_and_address_again_records_nothing(store: Store) -> None:
    raw, dossier = published_as(*WIRE)
    ingest_one(store, raw, dossier)
    again = dataclasses.replace(raw, source="harlow-again.txt")
    assert ingest_one(store, again, dossier).message == "harlow-again.txt: already stored"
    assert store.publications([dossier.article.id]) == {}
