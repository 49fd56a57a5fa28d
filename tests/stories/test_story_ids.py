"""Story ids across ``rebuild_stories``: a merged story's id redirects, a split story's id
stays on its larger part, an unchanged story keeps its id (on the invented corpus of
``corpus.py``: four articles on a fire, one on sport)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from whatweknow.store import Store, open_store
from whatweknow.stories import StoryConfig, rebuild_stories, update_stories
from whatweknow.stories.cluster import ClusterConfig
from whatweknow.stories.ids import plan

from .corpus import documents

APART = StoryConfig(clustering=ClusterConfig(threshold=float("inf")))
"""No article joins a story by clustering (copies still join their original's)."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "news.db") as s:
        yield s


def ingest(store: Store, config: StoryConfig | None = None) -> dict[str, str]:
    out = {}
    for name, (doc, dossier) in documents().items():
        store.add(doc, dossier)
        update_stories(store, dossier.article.id, config)
        out[name] = dossier.article.id
    return out


def stories_of(store: Store, ids: dict[str, str]) -> dict[str, int | None]:
    return {name: store.story_of(aid) for name, aid in ids.items()}


FIRE = ("wire", "copy", "cargo", "denial")


def test_a_rebuild_that_merges_keeps_every_old_id_valid(store: Store) -> None:
    ids = ingest(store, APART)
    before = stories_of(store, ids)
    fire_ids = {before[n] for n in FIRE}
    assert len(fire_ids) >= 2  # placed wrongly: the fire is in several stories
    rebuild_stories(store)
    after = stories_of(store, ids)
    merged = after["wire"]
    assert {after[n] for n in FIRE} == {merged}
    # the merged story keeps the id of the old story that brought most of its articles
    sizes = {i: sum(before[n] == i for n in FIRE) for i in fire_ids}
    assert merged == min(fire_ids, key=lambda i: (-sizes[i], i))
    for old in fire_ids:
        found = store.story(old)  # type: ignore[arg-type]
        assert found is not None and found.id == merged
    assert store.story_redirects() == {i: merged for i in fire_ids if i != merged}
    assert after["sport"] == before["sport"]


def test_a_rebuild_that_splits_keeps_the_old_id_on_the_larger_part(store: Store) -> None:
    ids = ingest(store)
    before = stories_of(store, ids)
    fire = before["wire"]
    assert {before[n] for n in FIRE} == {fire}
    rebuild_stories(store, APART)
    after = stories_of(store, ids)
    parts = {after[n] for n in FIRE}
    assert len(parts) >= 2
    size = {p: sum(after[n] == p for n in FIRE) for p in parts}
    assert size[fire] == max(size.values())  # type: ignore[index]
    others = parts - {fire}
    assert all(p is not None and p > max(i for i in before.values() if i) for p in others)
    assert after["sport"] == before["sport"]
    assert store.story_redirects() == {}
    # back together: the part ids redirect to the story, which has its first id again
    rebuild_stories(store)
    again = stories_of(store, ids)
    assert again == before
    assert store.story_redirects() == {p: fire for p in others}
    assert all(store.story(p).id == fire for p in others)  # type: ignore[arg-type,union-attr]


def test_a_rebuild_that_changes_nothing_keeps_every_id(store: Store) -> None:
    ids = ingest(store)
    before = stories_of(store, ids)
    rebuild_stories(store)
    rebuild_stories(store)
    assert stories_of(store, ids) == before
    assert store.story_redirects() == {}


def test_plan_gives_ids_by_shared_articles() -> None:
    before = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 3, "f": 3}
    # rebuilt: 10 holds a, b and d (most of 1, all of 2); 11 holds c; 12 holds e; 13 is new
    after = {"a": 10, "b": 10, "d": 10, "c": 11, "e": 12, "f": 11, "g": 13}
    ids, redirects = plan(before, after, used=[7])
    # 3 is split evenly between 11 and 12: it goes to the first opened, 11; 12 and 13 are
    # above every id used (7): they keep theirs
    assert ids == {10: 1, 11: 3, 12: 12, 13: 13}
    assert redirects == {2: 1}
    # a new story whose id a former story or a redirect had gets the next id above them all
    ids, _ = plan({"a": 1, "b": 5}, {"a": 1, "b": 1, "c": 2, "d": 9}, used=[8])
    assert ids == {1: 1, 2: 10, 9: 9}


def test_plan_ties_go_to_the_older_story() -> None:
    ids, redirects = plan({"a": 4, "b": 2}, {"a": 1, "b": 1})
    assert ids == {1: 2} and redirects == {4: 2}
