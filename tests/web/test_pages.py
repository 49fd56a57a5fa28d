"""The pages in-process: each renders, untrusted text is escaped everywhere, the security
headers are on every response, the form refuses writes as the API does."""

from __future__ import annotations

import json
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from store.conformance import make
from whatweknow.ingest import ingest_one
from whatweknow.store import open_store
from whatweknow.web.security import CSP

from .conftest import TOKEN, Site, client_for


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    tags.close()
    return tags


def safe(html: str) -> Tags:
    """The page has one script (the static file), no inline handler, no injected element."""
    tags = parse(html)
    scripts = [a for t, a in tags.tags if t == "script"]
    assert scripts == [{"src": "/static/app.js", "defer": None}]
    for tag, attrs in tags.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert tag not in ("img", "b", "iframe", "object"), (tag, attrs)
    return tags


def pages(site: Site, client: TestClient) -> list[str]:
    sid = client.get(f"/api/v1/articles/{site.ids['wire']}").json()["story"]
    hostile_story = client.get(f"/api/v1/articles/{site.ids['hostile']}").json()["story"]
    return [
        "/",
        "/?q=fuel",
        "/?q=alert",
        "/?offset=50",
        f"/stories/{sid}",
        f"/stories/{sid}?since=2024-06-05",
        f"/stories/{hostile_story}",
        f"/stories/{sid}/timeline",
        f"/stories/{sid}/network",
        "/timeline",
        "/network",
        *(f"/articles/{i}" for i in site.ids.values()),
        f"/articles/{site.ids['hostile']}?hl=0-5",
        "/actors",
        "/actors/org:baltic lines",
        "/actors/org:northern star",
        "/ingest",
        "/api/v1/docs",
    ]


def test_every_page_renders_safely_with_the_headers(client: TestClient, site: Site) -> None:
    for path in pages(site, client):
        got = client.get(path)
        assert got.status_code == 200, (path, got.text)
        assert got.headers["content-type"].startswith("text/html")
        assert got.headers["content-security-policy"] == CSP
        assert got.headers["x-content-type-options"] == "nosniff"
        assert got.headers["x-frame-options"] == "DENY"
        safe(got.text)


def test_the_csp_is_strict_and_on_every_response(client: TestClient) -> None:
    for part in ("default-src 'self'", "script-src 'self'", "object-src 'none'"):
        assert part in CSP
    assert "unsafe" not in CSP and "http" not in CSP
    for path in ("/api/v1/articles", "/api/v1/nothing", "/static/app.js", "/static/app.css"):
        assert client.get(path).headers["content-security-policy"] == CSP


def test_the_hostile_article_is_escaped(client: TestClient, site: Site) -> None:
    got = client.get(f"/articles/{site.ids['hostile']}").text
    assert "<script>alert" not in got and "<img" not in got and "<b>Lines" not in got
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in got
    assert "&lt;img src=x onerror=" in got
    tags = safe(got)
    text = "".join(tags.text)
    assert '<script>alert("title")</script>' in text  # shown as text, in the title
    assert 'the " onmouseover="alert(2)" ferry was safe' in text
    quote = next(a for _, a in tags.tags if "data-ann" in a and "quote" in (a["class"] or ""))
    assert "onmouseover" not in quote
    assert (
        json.loads(quote["data-record"] or "")["text"]
        == 'the " onmouseover="alert(2)" ferry was safe'
    )

    assert 'Evil "Times"' in text


def test_search_hits_are_escaped(client: TestClient, site: Site) -> None:
    got = client.get("/", params={"q": "alert"}).text
    safe(got)
    assert site.ids["hostile"] in got and "<mark>alert</mark>" in got
    reflected = client.get("/", params={"q": '"><script>alert(9)</script>'}).text
    safe(reflected)
    assert "&lt;script&gt;alert(9)" in reflected


def test_a_citation_link_has_its_anchor(client: TestClient, site: Site) -> None:
    sid = client.get(f"/api/v1/articles/{site.ids['wire']}").json()["story"]
    page = parse(client.get(f"/stories/{sid}").text)
    links = [a["href"] or "" for t, a in page.tags if t == "a" and a.get("class") == "citation"]
    assert links
    for href in links[:10]:
        path, anchor = href.split("#")
        target = parse(client.get(path).text)
        ids = [a.get("id") for _, a in target.tags]
        assert anchor in ids, href


def test_an_unmatched_citation_gets_a_span_of_its_own(client: TestClient, site: Site) -> None:
    aid = site.ids["wire"]
    tags = parse(client.get(f"/articles/{aid}", params={"hl": "3-17"}).text)
    cite = next(a for t, a in tags.tags if a.get("id") == f"a-{aid}-3-17")
    assert "cite" in (cite["class"] or "")
    for bad in ("0-999999", "9-3", "x"):
        tags = parse(client.get(f"/articles/{aid}", params={"hl": bad}).text)
        assert not [a for _, a in tags.tags if "cite" in (a.get("class") or "").split()]


def test_claims_are_coloured_by_modality_and_events_by_quad(client: TestClient, site: Site) -> None:
    tags = parse(client.get(f"/articles/{site.ids['wire']}").text)
    classes = {c for _, a in tags.tags for c in (a.get("class") or "").split()}
    assert {"claim", "m-reported", "m-expected", "event", "quad-2", "mention"} <= classes
    denial = parse(client.get(f"/articles/{site.ids['denial']}").text)
    quote = next(a for _, a in denial.tags if "data-ann" in a and "quote" in (a["class"] or ""))
    assert "Baltic Lines" in (quote["title"] or "")


def test_pages_not_found_are_html(client: TestClient) -> None:
    for path in ("/articles/nope", "/stories/9999", "/actors/org:nobody", "/nothing"):
        got = client.get(path)
        assert got.status_code == 404 and got.headers["content-type"].startswith("text/html")
        assert 'data-code="not_found"' in got.text
    assert client.get("/stories/x").status_code == 422


@pytest.mark.parametrize(
    ("options", "token", "status", "code"),
    [
        ({}, "", 401, "unauthorized"),
        ({}, "wrong", 401, "unauthorized"),
        ({"read_only": True}, TOKEN, 403, "read_only"),
        ({"token": None}, TOKEN, 403, "writes_disabled"),
    ],
)
def test_the_form_refuses_writes_without_the_token(
    site: Site, options: dict[str, object], token: str, status: int, code: str
) -> None:
    client = client_for(site.db, **options)
    before = client.get("/api/v1/articles").json()["total"]
    got = client.post("/ingest", data={"text": "Title\n\nBody text.", "token": token})
    assert got.status_code == status
    assert f'data-code="{code}"' in got.text and "Title" in got.text  # the text is kept
    safe(got.text)
    assert client.get("/api/v1/articles").json()["total"] == before


def test_the_form_checks_its_fields(client: TestClient) -> None:
    got = client.post("/ingest", data={"text": "", "token": TOKEN})
    assert got.status_code == 422 and 'data-code="invalid"' in got.text
    got = client.post("/ingest", data={"text": "x", "published": "soon", "token": TOKEN})
    assert got.status_code == 422


def test_the_form_fetches_an_address_given_alone(client: TestClient) -> None:
    got = client.post("/ingest", data={"url": "http://127.0.0.1:9/a.html", "token": TOKEN})
    assert got.status_code == 422 and "W051" in got.text  # refused: the server's own network


def test_read_only_pages_say_so(site: Site) -> None:
    client = client_for(site.db, read_only=True)
    form = client.get("/ingest").text
    assert "read-only" in form and "disabled" in form


def test_the_story_timeline_page_shows_the_briefing_timeline(
    client: TestClient, site: Site
) -> None:
    sid = client.get(f"/api/v1/articles/{site.ids['wire']}").json()["story"]
    briefing = client.get(f"/api/v1/stories/{sid}/briefing").json()
    timeline = [
        i["text"] for s in briefing["sections"] if s["title"] == "Timeline" for i in s["items"]
    ]
    assert timeline
    story = parse(client.get(f"/stories/{sid}").text)
    chart = parse(client.get(f"/stories/{sid}/timeline").text)
    for page in (story, chart):
        shown = " ".join(" ".join(page.text).split())
        for line in timeline:
            assert " ".join(line.split()) in shown, line


def test_a_story_page_names_the_other_outlet_that_carried_an_article_s_text(
    tmp_path: Path,
) -> None:
    text = "The ferry service to the islands resumes on Friday, the operator said on Tuesday."
    db = tmp_path / "copies.db"
    with open_store(db) as store:
        wire = make(text, "Ferries resume", outlet="Harlow Wire", published=date(2026, 3, 2))
        sid = ingest_one(store, *wire).story
        post = make(text, "Ferries resume", outlet="Lisk Evening Post", published=date(2026, 3, 3))
        ingest_one(store, *post)
    page = client_for(db).get(f"/stories/{sid}").text
    shown = " ".join("".join(parse(page).text).split())
    assert "the same text in Lisk Evening Post 2026-03-03" in shown
    assert "carried word for word by Lisk Evening Post (2026-03-03)" in shown
