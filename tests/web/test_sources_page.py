"""The page of watched sources (/sources) and its JSON (/api/v1/sources), over a store holding
source states: what each says, a hostile error text escaped, the page in the navigation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from whatweknow.model import Article, Dossier, PipelineInfo
from whatweknow.model import article_id as make_id
from whatweknow.readers.base import RawDocument
from whatweknow.store import ItemMark, SourceState, open_store

from .conftest import client_for

HOSTILE = '<script>alert("x")</script> W054: the server answered HTTP 500 \u202eevil'
FEED = "https://news.example/feed.xml"
DOWN = "https://down.example/rss?a=1&b=<2>"


def _store(db: Path) -> datetime:
    """Two sources: a feed that gave one article, and one failing (its error hostile)."""
    now = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    text = "The council closed the old bridge on Monday after engineers found cracks in it."
    article = Article(id=make_id(text), text=text, title="Bridge closed", outlet="Town news")
    dossier = Dossier(pipeline=PipelineInfo(version="test", model="test"), article=article)
    raw = RawDocument(source=FEED, format="text", raw=text.encode(), meta={}, article=article)
    with open_store(str(db)) as store:
        store.add(raw, dossier, ItemMark(FEED, ("guid:feed-1",)))
        store.save_source_state(SourceState(FEED, etag='"abc"', last_seen=now, items_seen=1))
        store.save_source_state(
            SourceState(DOWN, failures=3, last_error=HOSTILE, next_try=now + timedelta(minutes=4))
        )
    return now


def test_the_sources_page_lists_each_source_and_escapes_its_error(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    _store(db)
    client = client_for(db)
    page = client.get("/sources")
    assert page.status_code == 200
    html = page.text
    assert '<a href="/sources">Sources</a>' in html  # in the navigation
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "\u202e" not in html  # an unpaired override is dropped (see bidi.py)
    assert "down.example/rss?a=1&amp;b=&lt;2&gt;" in html
    assert "2024-06-03</span> <span>08:04</span>" in html  # the failing source's next try
    assert "ETag" in html and "2024-06-03</span> <span>08:00</span>" in html
    rows = html.split("<tr class=")[1:]
    assert len(rows) == 2 and rows[0].startswith('"failing"')  # by source: down.example first
    assert rows[1].startswith('"ok"') and "Last-Modified" not in rows[1]


def test_the_sources_endpoint_gives_the_same_states(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    now = _store(db)
    client = client_for(db)
    got = client.get("/api/v1/sources")
    assert got.status_code == 200
    body = got.json()
    assert body["total"] == 2 and body["next_offset"] is None
    down, feed = body["items"]
    assert (down["source"], down["failures"], down["last_error"]) == (DOWN, 3, HOSTILE)
    assert down["next_try"].startswith("2024-06-03T08:04") and down["last_new_item"] is None
    assert (feed["source"], feed["etag"], feed["last_modified"]) == (FEED, True, False)
    assert feed["items_seen"] == 1 and not feed["watched_here"]
    assert feed["last_seen"].startswith(now.strftime("%Y-%m-%dT%H:%M"))
    assert feed["last_new_item"] is not None  # when its article was recorded
    assert "/api/v1/sources" in client.get("/api/v1/openapi.json").json()["paths"]


def test_no_sources_says_how_to_watch(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    open_store(str(db)).close()
    page = client_for(db).get("/sources")
    assert page.status_code == 200 and "wwk watch" in page.text
    assert client_for(db).get("/api/v1/sources").json()["items"] == []
