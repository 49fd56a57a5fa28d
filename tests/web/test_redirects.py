"""A story id that a rebuild merged into another story: the API and the pages answer 308 with
the same request on the story's id."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from whatweknow.store import open_store

from .conftest import client_for
from .corpus import build_store


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, int, int]:
    """A store whose ferry story moved from its id to a new one, the old id redirecting."""
    db = tmp_path_factory.mktemp("moved") / "news.db"
    ids = build_store(db, with_hostile=False)
    with open_store(db) as store:
        old = store.story_of(ids["wire"])
        assert old is not None
        new = max(s.id for s in store.stories()) + 3
        store.renumber_stories({old: new}, {old: new})
    return client_for(db), old, new


def test_the_api_redirects_a_merged_story(moved: tuple[TestClient, int, int]) -> None:
    client, old, new = moved
    got = client.get(f"/api/v1/stories/{old}", follow_redirects=False)
    assert got.status_code == 308
    assert got.headers["location"] == f"/api/v1/stories/{new}"
    assert got.json() == {"moved": {"from": old, "to": new, "location": f"/api/v1/stories/{new}"}}
    followed = client.get(f"/api/v1/stories/{old}")
    assert followed.status_code == 200 and followed.json()["id"] == new


def test_the_query_and_the_story_parameter_follow(moved: tuple[TestClient, int, int]) -> None:
    client, old, new = moved
    got = client.get(
        f"/api/v1/stories/{old}/briefing", params={"since": "2024-06-04"}, follow_redirects=False
    )
    assert (got.status_code, got.headers["location"]) == (
        308,
        f"/api/v1/stories/{new}/briefing?since=2024-06-04",
    )
    got = client.get("/api/v1/briefings", params={"story": old}, follow_redirects=False)
    assert (got.status_code, got.headers["location"]) == (308, f"/api/v1/briefings?story={new}")
    assert client.get("/api/v1/briefings", params={"story": old}).json()["story"] == new


def test_the_pages_redirect(moved: tuple[TestClient, int, int]) -> None:
    client, old, new = moved
    for suffix in ("", "/timeline"):
        got = client.get(f"/stories/{old}{suffix}", follow_redirects=False)
        assert (got.status_code, got.headers["location"]) == (308, f"/stories/{new}{suffix}")
    assert client.get(f"/stories/{old}").status_code == 200


def test_an_unknown_id_is_still_not_found(moved: tuple[TestClient, int, int]) -> None:
    client, _, new = moved
    assert client.get(f"/api/v1/stories/{new + 1}", follow_redirects=False).status_code == 404
    assert client.get(f"/api/v1/stories/{new}", follow_redirects=False).status_code == 200
