"""Adding articles through the API and the form: read, analysed (spaCy), stored, placed in a
story; then served like the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from whatweknow.sample import sample_dir

from .conftest import AUTH, TOKEN, client_for
from .corpus import build_store

pytestmark = pytest.mark.model

ARTICLE = """Harbour officials order second inspection of Northern Star

PORT HALDEN (Meridian Wire) - Harbour officials on Tuesday ordered a second inspection of the \
ferry Northern Star, the harbour authority said, after Baltic Lines denied that the ship had \
carried fuel.

"We will look at every tank," harbour master Ines Maro told reporters.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("ingest") / "news.db"
    build_store(db, with_hostile=False)
    return client_for(db, max_body=2_000_000)


def test_posting_an_article_stores_it_in_a_story(client: TestClient) -> None:
    body = {"text": ARTICLE, "outlet": "Meridian Wire", "published": "2024-06-06"}
    got = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert got.status_code == 201, got.text
    (added,) = got.json()["articles"]
    assert added["new"] is True and isinstance(added["story"], int)
    assert added["title"] == "Harbour officials order second inspection of Northern Star"
    article = client.get(f"/api/v1/articles/{added['id']}").json()
    assert article["outlet"] == "Meridian Wire" and article["published"] == "2024-06-06"
    assert article["story"] == added["story"] and article["quotes"] >= 1
    again = client.post("/api/v1/articles", json=body, headers=AUTH).json()
    assert again["articles"][0] == {**added, "new": False}
    page = client.get(f"/articles/{added['id']}")
    assert page.status_code == 200 and "Ines Maro" in page.text


def test_pasting_html(client: TestClient) -> None:
    html = f"<html><body><article><h1>Inspection</h1><p>{ARTICLE}</p></article></body></html>"
    got = client.post("/api/v1/articles", json={"html": html, "title": "Inspection"}, headers=AUTH)
    assert got.status_code == 201, got.text


def test_uploading_files(client: TestClient) -> None:
    for name in ("03-china-agrees-geneva.html", "05-feed.xml"):
        raw = (sample_dir() / name).read_bytes()
        files = {"file": (name, raw, "application/octet-stream")}
        got = client.post("/api/v1/articles/upload", files=files, headers=AUTH)
        assert got.status_code == 201, got.text
        assert got.json()["articles"]
    feed = got.json()["articles"]
    assert len(feed) > 1  # a feed holds several articles


def test_what_cannot_be_read_is_an_unreadable_article(client: TestClient) -> None:
    german = (
        "Die Regierung hat am Montag neue Gespräche angekündigt. Die Verhandlungen sollen in "
        "Genf stattfinden, wie ein Sprecher des Ministeriums sagte."
    )
    got = client.post("/api/v1/articles", json={"text": german}, headers=AUTH)
    assert got.status_code == 422 and got.json()["error"]["code"] == "unreadable_article"
    assert "W006" in got.json()["error"]["message"]
    files = {"file": ("empty.txt", b"   ", "text/plain")}
    got = client.post("/api/v1/articles/upload", files=files, headers=AUTH)
    assert got.status_code == 422 and got.json()["error"]["code"] == "unreadable_article"


def test_the_form_adds_an_article_and_shows_it(client: TestClient, tmp_path: Path) -> None:
    text = ARTICLE.replace("second", "third")
    got = client.post(
        "/ingest",
        data={"text": text, "token": TOKEN, "outlet": "Form Post"},
        follow_redirects=False,
    )
    assert got.status_code == 303, got.text
    page = client.get(got.headers["location"])
    assert page.status_code == 200 and "third inspection" in page.text
    raw = (sample_dir() / "01-geneva-talks-proposed.txt").read_bytes()
    files = {"file": ("01.txt", raw, "text/plain")}
    got = client.post("/ingest", data={"token": TOKEN}, files=files, follow_redirects=False)
    assert got.status_code == 303
    assert "Geneva" in client.get(got.headers["location"]).text
