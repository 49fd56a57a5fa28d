"""A writer keeps the story objects it loaded or saved (``StoryCache``), keyed by the revision
token of their row: it must never place an article against a stale story, whether another
writer changed the story in between or its own transaction was rolled back."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from stories.corpus import documents
from whatweknow.store import SqlStore, open_store
from whatweknow.store.engine import make_engine, resolve_url, writing
from whatweknow.store.migrate import alembic_config
from whatweknow.store.stories import StoryCache
from whatweknow.stories import update_stories

FIRE = ["wire", "cargo", "denial"]  # three articles of one story, by three outlets


def _add(store: SqlStore, name: str) -> str:
    doc, dossier = documents()[name]
    store.add(doc, dossier)
    return dossier.article.id


def test_another_writers_change_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(path) as a, open_store(path) as b:
        assert isinstance(a, SqlStore) and isinstance(b, SqlStore)
        first = _add(a, FIRE[0])
        sid = update_stories(a, first)  # a now holds the story object
        second = _add(b, FIRE[1])
        assert update_stories(b, second) == sid  # b changes the story behind a's back
        third = _add(a, FIRE[2])
        assert update_stories(a, third) == sid
        story = b.story(sid)  # type: ignore[arg-type]
        assert story is not None
        assert [x.id for x in story.articles] == [first, second, third]


def test_a_rolled_back_transaction_leaves_no_changed_object(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db") as store:
        assert isinstance(store, SqlStore)
        first = _add(store, FIRE[0])
        sid = update_stories(store, first)
        assert sid is not None
        with pytest.raises(RuntimeError), store.story_index() as index:
            story = index.load(sid)
            assert story is not None
            story.title = "changed, then rolled back"
            index.save_story(story)
            raise RuntimeError("the transaction fails")
        with store.story_index() as index:
            again = index.load(sid)
        assert again is not None and again.title != "changed, then rolled back"
        assert store.story(sid) == again


def test_the_cache_is_bounded_and_checks_tokens() -> None:
    from whatweknow.stories.model import Story, StoryClaim

    cache = StoryCache()
    cache.MAX_CLAIMS = 5
    stories = [
        Story(id=i, claims=[StoryClaim(id=f"c{n}", text="x") for n in range(2)]) for i in (1, 2, 3)
    ]
    for s in stories:
        cache.put(s.id, 7, s)
    assert cache.get(1, 7) is None  # the oldest went: 6 claims > 5
    assert cache.get(3, 7) is stories[2]
    assert cache.get(3, 8) is None  # another token: another write


def test_a_story_that_grew_in_place_is_counted_at_its_new_size() -> None:
    from whatweknow.stories.model import Story, StoryClaim

    cache = StoryCache()
    cache.MAX_CLAIMS = 5
    growing = Story(id=1, claims=[StoryClaim(id="c1", text="x")])
    other = Story(id=2, claims=[StoryClaim(id="c1", text="x")])
    cache.put(1, 7, growing)
    cache.put(2, 7, other)
    growing.claims += [StoryClaim(id=f"c{n}", text="x") for n in range(2, 6)]  # changed, saved
    cache.put(1, 8, growing)  # 5 + 1 claims > 5: the least recent goes
    assert cache.get(2, 7) is None and cache.get(1, 8) is growing
    cache.drop(1)
    cache.put(3, 7, Story(id=3, claims=[StoryClaim(id=f"c{n}", text="x") for n in range(5)]))
    assert cache.get(3, 7) is not None  # nothing counted twice, nothing left over


def test_the_total_of_articles_in_stories_is_counted(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db") as store:
        assert isinstance(store, SqlStore)
        for name in documents():
            update_stories(store, _add(store, name))
        with store.story_index() as index:
            assert index.total_articles() == len(documents())
        store.clear_stories()
        with store.story_index() as index:
            assert index.total_articles() == 0


def test_a_0003_store_with_stories_gets_its_total(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        for name in FIRE:
            update_stories(store, _add(store, name))  # type: ignore[arg-type]
    engine = make_engine(resolve_url(path))
    with writing(engine) as conn:  # back to 0003, as a store of the previous release
        command.downgrade(alembic_config(conn), "0003")
    with engine.begin() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM key_counts WHERE key = ''")).scalar() == 0
    engine.dispose()
    with open_store(path) as store:
        assert isinstance(store, SqlStore)
        with store.story_index() as index:
            assert index.total_articles() == len(FIRE)


def test_stories_from_0003_get_a_token_and_still_load(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(resolve_url(path))
    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    with open_store(path) as store:
        assert isinstance(store, SqlStore)
        first = _add(store, FIRE[0])
        sid = update_stories(store, first)
        with store.engine.begin() as conn:  # as a story written before the token existed
            conn.execute(sa.text("UPDATE stories SET revision = 0"))
        second = _add(store, FIRE[1])
        assert update_stories(store, second) == sid
        story = store.story(sid)  # type: ignore[arg-type]
        assert story is not None and len(story.articles) == 2
