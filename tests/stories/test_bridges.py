"""Two stories that a later article shows to be one are merged when it arrives: an article that
scores at least ``bridge`` with both (its first report, worded around a new turn, had opened a
story of its own). The scores are set by the test (the same-story model has its own tests);
what is checked is the merge: one story holding every article and claim, the index as if the
articles had been placed in it, the other id redirecting."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from pathlib import Path

import pytest

from whatweknow.store import Store, open_store
from whatweknow.stories import cluster, rebuild_stories, update_stories
from whatweknow.stories.cluster import ClusterConfig, article_keys
from whatweknow.story_contract import Profile

from .corpus import documents

ORDER = ("wire", "cargo", "denial")  # published on 3, 4 and 5 June


def _scores(third: float) -> object:
    """A scorer: the second article is far from the first one's story; the third scores
    ``third`` with every candidate."""
    calls: list[int] = []

    def scored(
        keys: Mapping[str, int],
        when: date | None,
        candidates: list[Profile],
        df: Mapping[str, int],
        total: int,
        config: ClusterConfig,
        back: Mapping[str, int] | None = None,
        weak: Collection[str] = frozenset(),
        counts: object = None,
    ) -> list[tuple[float, int]]:
        calls.append(1)
        score = -5.0 if len(calls) == 2 else third
        return [(score, p.story_id) for p in candidates]

    return scored


def _place(store: Store) -> tuple[list[str], list[int | None]]:
    docs = documents()
    ids, placed = [], []
    for name in ORDER:
        raw, dossier = docs[name]
        store.add(raw, dossier)
        ids.append(dossier.article.id)
        placed.append(update_stories(store, dossier.article.id))
    return ids, placed


def test_an_article_close_to_two_stories_merges_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "scored", _scores(2.0))
    with open_store(tmp_path / "news.db") as store:
        ids, (first, second, third) = _place(store)
        assert first is not None and second is not None and first != second
        assert third == first  # two stories of one article each: the older keeps its id
        story = store.story(first)
        assert story is not None and {a.id for a in story.articles} == set(ids)
        assert any(r.article == ids[1] for c in story.claims for r in c.reports)
        assert [a.id for a in story.articles].index(ids[1]) > 0  # joined in its order
        assert story.first == date(2024, 6, 3) and story.last == date(2024, 6, 5)
        moved = store.story(second)
        assert moved is not None and moved.id == first  # the merged id redirects
        assert store.story_redirects() == {second: first}
        assert store.story_members() == dict.fromkeys(ids, first)
        # the index counts each article once, as if all three had been placed in one story
        dossiers = [d for i in ids if (d := store.get_dossier(i)) is not None]
        keys = [article_keys(d) for d in dossiers]
        with store.story_index() as index:
            assert index.total_articles() == 3
            counts = index.key_counts({k for ks in keys for k in ks})
        assert counts == {k: sum(k in ks for ks in keys) for k in counts}
        assert len(counts) == len({k for ks in keys for k in ks})


def test_a_score_under_the_bridge_leaves_the_stories_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ClusterConfig().threshold < 1.0 < ClusterConfig().bridge
    monkeypatch.setattr(cluster, "scored", _scores(1.0))
    with open_store(tmp_path / "news.db") as store:
        _, (first, second, third) = _place(store)
        assert first != second and third in (first, second)
        assert store.story_redirects() == {}
        assert len(store.stories()) == 2


def test_an_article_a_merge_moves_past_the_story_s_span_opens_its_next_chapter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The third article (undated: a candidate for every story) joins the first story and
    bridges it to the second, whose article is dated past the first story's longest span: that
    article opens the first story's next chapter, and the second story's id, redirected first,
    is given to no new story."""
    monkeypatch.setattr(cluster, "scored", _scores(2.0))
    docs = documents()
    days = {"wire": date(2024, 6, 3), "cargo": date(2024, 7, 20), "denial": None}
    with open_store(tmp_path / "news.db") as store:
        placed = {}
        for name in ORDER:
            raw, dossier = docs[name]
            article = dossier.article.model_copy(update={"published": days[name]})
            store.add(raw, dossier.model_copy(update={"article": article}))
            placed[name] = update_stories(store, article.id)
        first, second = placed["wire"], placed["cargo"]
        assert first is not None and second is not None and placed["denial"] == first
        assert store.story_redirects() == {second: first}
        members = store.story_members()
        chapter = members[docs["cargo"][1].article.id]
        assert chapter not in (first, second)
        later = store.story(chapter)
        assert later is not None and later.follows == first
        story = store.story(first)
        assert story is not None and story.continued_in == chapter


def test_a_rebuild_that_merges_as_it_goes_keeps_every_id_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild places the articles again, merging as placing does; the ids its merges take
    out are its own, so after it every id named before still leads to the story holding its
    articles, and no story is renumbered for nothing."""
    monkeypatch.setattr(cluster, "scored", _scores(2.0))
    with open_store(tmp_path / "news.db") as store:
        ids, (first, second, _) = _place(store)
        before = store.story_members()
        redirects = store.story_redirects()
        monkeypatch.setattr(cluster, "scored", _scores(2.0))  # the same decisions again
        rebuild_stories(store)
        assert store.story_members() == before
        assert store.story_redirects() == redirects
        for old in (first, second):
            assert old is not None
            found = store.story(old)
            assert found is not None and {a.id for a in found.articles} == set(ids)


def _grown_scores() -> object:
    """A scorer: the second article is far from the first one's story, the third bridges them,
    and the fourth joins only a story of three articles (the merged one)."""
    calls: list[int] = []

    def scored(
        keys: Mapping[str, int],
        when: date | None,
        candidates: list[Profile],
        df: Mapping[str, int],
        total: int,
        config: ClusterConfig,
        back: Mapping[str, int] | None = None,
        weak: Collection[str] = frozenset(),
        counts: object = None,
    ) -> list[tuple[float, int]]:
        calls.append(1)
        n = len(calls)
        return [
            (-5.0 if n == 2 or (n == 4 and p.articles < 3) else 2.0, p.story_id) for p in candidates
        ]

    return scored


def test_a_rebuild_merges_bridged_stories_before_placing_the_next_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild places its articles many to a transaction; the stories an article bridges are
    merged before the next article is placed, as when each arrived alone: an article that only
    the merged story takes joins it, in a rebuild as at ingest."""
    docs = documents()
    days = {
        "wire": date(2024, 6, 3),
        "cargo": date(2024, 6, 4),
        "denial": date(2024, 6, 5),
        "sport": date(2024, 6, 6),
    }
    monkeypatch.setattr(cluster, "scored", _grown_scores())
    with open_store(tmp_path / "news.db") as store:
        for name, day in days.items():
            raw, dossier = docs[name]
            article = dossier.article.model_copy(update={"published": day})
            store.add(raw, dossier.model_copy(update={"article": article}))
            update_stories(store, article.id)
        ingested = store.story_members()
        assert len(set(ingested.values())) == 1  # the fourth joined the merged story
        monkeypatch.setattr(cluster, "scored", _grown_scores())  # the same decisions again
        rebuild_stories(store)
        assert store.story_members() == ingested
