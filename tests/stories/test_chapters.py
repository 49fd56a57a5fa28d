"""Stories are bounded in time: news on a story that has run its longest span opens the next
chapter, a story that follows it; chapters are linked both ways, each within its span, and the
chain is the same whether articles are placed one at a time or in batches."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from whatweknow.model import Dossier, article_id
from whatweknow.readers.base import RawDocument
from whatweknow.store import Store, open_store
from whatweknow.stories import Story, rebuild_stories, update
from whatweknow.stories.cluster import ClusterConfig

from .corpus import documents

START = date(2024, 6, 3)


def _updates(days: list[int]) -> list[tuple[RawDocument, Dossier]]:
    """Reports on the ferry fire, one on each of ``days`` after ``START``: the cargo report, the
    denial and the wire report in turn, each with a line of its own (so a text and an article of
    its own; a report and its update three days on are copies of each other)."""
    docs = documents()
    bases = [docs[name][1] for name in ("cargo", "denial", "wire")]
    out = []
    for n, day in enumerate(days):
        base = bases[n % len(bases)]
        text = f"{base.article.text}\n\nUpdate {n + 1}: the inquiry goes on."
        article = base.article.model_copy(
            update={
                "id": article_id(text),
                "text": text,
                "published": START + timedelta(days=day),
            }
        )
        dossier = base.model_copy(update={"article": article})
        out.append((RawDocument(f"update-{n}.txt", "text", text.encode(), article), dossier))
    return out


def _chain(store: Store) -> list[Story]:
    stories = [store.story(s.id) for s in store.stories(limit=1000)]
    found = sorted((s for s in stories if s is not None), key=lambda s: s.id)
    return found


def _build(path: Path, days: list[int], config: update.StoryConfig | None = None) -> list[Story]:
    with open_store(path) as store:
        for doc, dossier in _updates(days):
            store.add(doc, dossier)
        rebuild_stories(store, config)
        return _chain(store)


EVERY_FIVE_DAYS = list(range(0, 80, 5))  # 16 updates over 75 days


def test_a_long_story_is_a_chain_of_chapters(tmp_path: Path) -> None:
    chain = _build(tmp_path / "news.db", EVERY_FIVE_DAYS)
    days = ClusterConfig().chapter
    assert len(chain) == 3
    assert sum(len(s.articles) for s in chain) == len(EVERY_FIVE_DAYS)
    assert [s.follows for s in chain] == [None, chain[0].id, chain[1].id]
    assert [s.continued_in for s in chain] == [chain[1].id, chain[2].id, None]
    for before, after in pairwise(chain):
        assert before.first is not None and before.last is not None and after.first is not None
        assert (before.last - before.first).days <= days
        # a chapter ends where the next begins: its last day is the day before the next
        # chapter's first article, which could not have joined it
        assert (after.first - before.first).days > days
        assert after.first > before.last


def test_a_longer_chapter_keeps_one_story(tmp_path: Path) -> None:
    config = update.StoryConfig(clustering=ClusterConfig(chapter=365))
    [story] = _build(tmp_path / "news.db", EVERY_FIVE_DAYS, config)
    assert len(story.articles) == len(EVERY_FIVE_DAYS)
    assert story.follows is None and story.continued_in is None


def test_news_after_a_silence_is_a_new_story_not_a_chapter(tmp_path: Path) -> None:
    gap = ClusterConfig().window + 30
    chain = _build(tmp_path / "news.db", [0, 2, 4 + gap])
    assert [len(s.articles) for s in chain] == [2, 1]
    assert all(s.follows is None and s.continued_in is None for s in chain)


def test_chapters_are_the_same_placed_one_by_one_or_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = []
    for batch in (1, 4, 64):
        monkeypatch.setattr(update, "BATCH", batch)
        chain = _build(tmp_path / f"batch-{batch}.db", EVERY_FIVE_DAYS)
        out.append([s.model_dump_json() for s in chain])
    assert out[0] == out[1] == out[2]


def test_a_late_article_on_a_closed_chapter_joins_the_next(tmp_path: Path) -> None:
    """Placed as they arrive (not in date order): an article that fits the first chapter's span
    joins it after the next chapter opened; one past its span goes to the next chapter."""
    items = _updates([0, 5, 10, 15, 20, 25, 31, 28, 33])
    with open_store(tmp_path / "news.db") as store:
        placed = []
        for doc, dossier in items:
            store.add(doc, dossier)
            placed.append(update.update_stories(store, dossier.article.id))
        first, second = placed[0], placed[6]
        assert first != second
        assert placed == [first] * 6 + [second, first, second]
        chain = _chain(store)
        assert [s.follows for s in chain] == [None, first]


def test_a_chapter_names_its_neighbours(tmp_path: Path) -> None:
    from whatweknow.briefing.build import brief_story
    from whatweknow.stories.render import markdown

    with open_store(tmp_path / "news.db") as store:
        for doc, dossier in _updates(EVERY_FIVE_DAYS):
            store.add(doc, dossier)
        rebuild_stories(store)
        first, middle, last = _chain(store)
        found = {a.id: store.get_dossier(a.id) for a in middle.articles}
        dossiers = {k: d for k, d in found.items() if d is not None}
    lead = brief_story(middle, dossiers).sections[0].items[0]
    assert lead.citations
    assert lead.text.endswith(f"; continues story {first.id}; continued in story {last.id}")
    text = markdown(middle)
    assert f"**continues**: story {first.id}" in text
    assert f"**continued in**: story {last.id}" in text
    assert "continued in" not in markdown(last) and "continues" not in markdown(first)


def test_the_web_page_of_a_chapter_links_its_neighbours(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from whatweknow.web import create_app

    db = tmp_path / "news.db"
    chain = _build(db, EVERY_FIVE_DAYS)
    client = TestClient(create_app(str(db), token="t", read_only=True, max_body=1000))
    first, middle, last = (client.get(f"/stories/{s.id}").text for s in chain)
    assert f'rel="prev" href="/stories/{chain[0].id}"' in middle
    assert f'rel="next" href="/stories/{chain[2].id}"' in middle
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="next"' not in last and 'rel="prev"' in last
