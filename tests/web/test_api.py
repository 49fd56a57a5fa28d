"""The HTTP API in-process: every endpoint, its pagination and its errors."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from whatweknow.briefing.model import Briefing
from whatweknow.model import Dossier

from .conftest import AUTH, Site, client_for

ENDPOINTS = {
    ("get", "/api/v1/articles"),
    ("post", "/api/v1/articles"),
    ("post", "/api/v1/articles/upload"),
    ("post", "/api/v1/articles/fetch"),
    ("get", "/api/v1/articles/{article_id}"),
    ("get", "/api/v1/dossiers"),
    ("get", "/api/v1/dossiers/{article_id}"),
    ("get", "/api/v1/stories"),
    ("get", "/api/v1/stories/{story_id}"),
    ("get", "/api/v1/stories/{story_id}/briefing"),
    ("get", "/api/v1/briefings"),
    ("get", "/api/v1/actors"),
    ("get", "/api/v1/actors/{key}"),
    ("get", "/api/v1/events"),
    ("get", "/api/v1/search"),
    ("get", "/api/v1/sources"),
}


def error(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code, body
    message: str = body["error"]["message"]
    assert message
    return message


def fire_story(client: TestClient, site: Site) -> int:
    story: int = client.get(f"/api/v1/articles/{site.ids['wire']}").json()["story"]
    return story


def test_the_openapi_schema_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    found = {(m, p) for p, ops in spec["paths"].items() for m in ops}
    assert found == ENDPOINTS
    assert "ErrorOut" in spec["components"]["schemas"]
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    for _, path in ENDPOINTS:
        assert path in page.text


def test_articles_are_paginated(client: TestClient, site: Site) -> None:
    first = client.get("/api/v1/articles", params={"limit": 4}).json()
    assert len(first["items"]) == 4 and first["total"] == len(site.ids)
    assert first["next_offset"] == 4
    rest = client.get("/api/v1/articles", params={"limit": 4, "offset": 4}).json()
    assert rest["next_offset"] is None
    ids = [a["id"] for a in first["items"] + rest["items"]]
    assert sorted(ids) == sorted(site.ids.values())
    assert ids[0] == site.ids["hostile"]  # the most recently ingested first
    error(client.get("/api/v1/articles", params={"limit": 0}), 422, "invalid_request")
    error(client.get("/api/v1/articles", params={"limit": 201}), 422, "invalid_request")
    error(client.get("/api/v1/articles", params={"offset": -1}), 422, "invalid_request")
    error(client.get("/api/v1/articles", params={"limit": "x"}), 422, "invalid_request")


def test_an_article_and_its_dossier(client: TestClient, site: Site) -> None:
    got = client.get(f"/api/v1/articles/{site.ids['denial']}").json()
    assert got["outlet"] == "Evening Post" and got["quotes"] == 1 and got["events"] == 1
    assert isinstance(got["story"], int)
    dossier = Dossier.model_validate(client.get(f"/api/v1/dossiers/{site.ids['denial']}").json())
    assert dossier.article.id == site.ids["denial"]
    listed = client.get("/api/v1/dossiers", params={"limit": 2, "offset": 1}).json()
    assert [d["article"]["id"] for d in listed["items"]] == [
        a["id"] for a in client.get("/api/v1/articles").json()["items"][1:3]
    ]
    assert "no such article" in error(client.get("/api/v1/articles/nope"), 404, "not_found")
    error(client.get("/api/v1/dossiers/nope"), 404, "not_found")


def test_stories_and_a_story(client: TestClient, site: Site) -> None:
    listed = client.get("/api/v1/stories").json()
    assert listed["next_offset"] is None and len(listed["items"]) >= 2
    sid = fire_story(client, site)
    summary = next(s for s in listed["items"] if s["id"] == sid)
    one = client.get("/api/v1/stories", params={"limit": 1}).json()
    assert len(one["items"]) == 1 and one["next_offset"] == 1
    story = client.get(f"/api/v1/stories/{sid}").json()
    # the four ferry reports, and the hostile page about the same ferry's operator
    assert summary["articles"] == len(story["articles"]) >= 4
    assert story["schema"] == "whatweknow/story@1"
    assert "keys" not in story and all("terms" not in c for c in story["claims"])
    assert {a["id"] for a in story["articles"]} >= {site.ids["wire"], site.ids["denial"]}
    error(client.get("/api/v1/stories/9999"), 404, "not_found")
    error(client.get("/api/v1/stories/first"), 422, "invalid_request")


def test_briefings(client: TestClient, site: Site) -> None:
    sid = fire_story(client, site)
    got = client.get(f"/api/v1/stories/{sid}/briefing")
    assert got.status_code == 200, got.text
    briefing = Briefing.model_validate(got.json())
    assert briefing.story == sid and briefing.sections
    cited = [c for s in briefing.sections for i in s.items for c in i.citations]
    assert cited and all(c.article in site.ids.values() for c in cited)
    same = client.get("/api/v1/briefings", params={"story": sid}).json()
    assert same == got.json()
    since = client.get(f"/api/v1/stories/{sid}/briefing", params={"since": "2024-06-05"})
    assert since.status_code == 200 and since.json()["since"] == "2024-06-05"
    params = [("article", site.ids["wire"]), ("article", site.ids["denial"])]
    chosen = Briefing.model_validate(client.get("/api/v1/briefings", params=params).json())
    assert set(chosen.articles) <= {site.ids["wire"], site.ids["denial"]}
    error(client.get("/api/v1/briefings"), 422, "invalid_request")
    both = [("story", str(sid)), ("article", site.ids["wire"])]
    error(client.get("/api/v1/briefings", params=both), 422, "invalid_request")
    error(client.get("/api/v1/briefings", params={"article": "nope"}), 404, "not_found")
    error(client.get("/api/v1/stories/9999/briefing"), 404, "not_found")
    bad = {"since": "yesterday"}
    error(client.get(f"/api/v1/stories/{sid}/briefing", params=bad), 422, "invalid_request")


def test_actors_and_an_actor(client: TestClient) -> None:
    listed = client.get("/api/v1/actors").json()
    keys = [a["key"] for a in listed["items"]]
    assert {"org:northern star", "org:baltic lines"} <= set(keys[:2])
    people = client.get("/api/v1/actors", params={"type": "person"}).json()["items"]
    assert [a["key"] for a in people] == ["person:lena varga"]
    paged = client.get("/api/v1/actors", params={"limit": 2, "offset": 1}).json()
    assert [a["key"] for a in paged["items"]] == keys[1:3] and paged["next_offset"] == 3
    baltic = client.get("/api/v1/actors/org:baltic lines").json()
    assert baltic["actor"]["name"] == "Baltic Lines"
    assert any(s["kind"] == "quote" and "denied" in s["text"] for s in baltic["said"])
    assert any(s["kind"] == "claim" for s in baltic["said"])  # the engine-room claim
    assert [e["plover"] for e in baltic["did"]] == ["REJECT"]
    assert baltic["did"][0]["targets"][0]["key"] == "org:northern star"
    assert [e["plover"] for e in baltic["undergone"]] == ["AID"]
    guard = client.get("/api/v1/actors/org%3Acoast%20guard").json()
    assert {e["plover"] for e in guard["did"]} == {"AID", "INVESTIGATE"}
    error(client.get("/api/v1/actors/org:nobody"), 404, "not_found")


def test_events_in_time_order_with_filters(client: TestClient, site: Site) -> None:
    every = client.get("/api/v1/events").json()
    assert every["total"] == 3
    assert [e["time"] for e in every["items"]] == ["2024-06-03", "2024-06-05", "2024-06-05"]
    reject = next(e for e in every["items"] if e["type"] == "REJECT")
    assert reject["quad"] == 3 and reject["text"] == "denied"
    expected = next(e for e in every["items"] if e["type"] == "INVESTIGATE")
    assert expected["modality"] == "expected" and expected["quad"] == 2
    sid = fire_story(client, site)
    assert client.get("/api/v1/events", params={"story": sid}).json()["total"] == 3
    one = client.get("/api/v1/events", params={"article": site.ids["denial"]}).json()
    assert [e["id"] for e in one["items"]] == ["e1"]
    by = client.get("/api/v1/events", params={"actor": "org:baltic lines"}).json()
    assert {e["type"] for e in by["items"]} == {"REJECT", "AID"}
    page = client.get("/api/v1/events", params={"limit": 2, "offset": 2}).json()
    assert len(page["items"]) == 1 and page["next_offset"] is None
    first = client.get("/api/v1/events", params={"limit": 2}).json()
    assert first["next_offset"] == 2
    error(client.get("/api/v1/events", params={"story": 9999}), 404, "not_found")
    error(client.get("/api/v1/events", params={"article": "nope"}), 404, "not_found")


def test_search(client: TestClient, site: Site) -> None:
    hits = client.get("/api/v1/search", params={"q": "fuel cargo"}).json()
    found = {h["article_id"] for h in hits["items"]}
    assert found >= {site.ids["cargo"], site.ids["denial"]}
    hit = hits["items"][0]
    assert all(hit["snippet"][a:b] for a, b in hit["marks"])
    second = client.get("/api/v1/search", params={"q": "fuel cargo", "limit": 1, "offset": 1})
    assert second.json()["items"][0]["article_id"] == hits["items"][1]["article_id"]
    assert client.get("/api/v1/search", params={"q": '"unbalanced'}).status_code == 200
    error(client.get("/api/v1/search"), 422, "invalid_request")
    error(client.get("/api/v1/search", params={"q": ""}), 422, "invalid_request")


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "unauthorized"),
        ({"Authorization": "Bearer wrong"}, 401, "unauthorized"),
        ({"Authorization": "Basic dGVzdA=="}, 401, "unauthorized"),
    ],
)
def test_writes_need_the_token(
    client: TestClient, site: Site, headers: dict[str, str], status: int, code: str
) -> None:
    before = client.get("/api/v1/articles").json()["total"]
    got = client.post("/api/v1/articles", json={"text": "Title\n\nBody."}, headers=headers)
    error(got, status, code)
    assert got.headers["www-authenticate"] == "Bearer"
    files = {"file": ("a.txt", b"Title\n\nBody.", "text/plain")}
    error(client.post("/api/v1/articles/upload", files=files, headers=headers), status, code)
    assert client.get("/api/v1/articles").json()["total"] == before


def test_read_only_and_tokenless_servers_refuse_writes(site: Site) -> None:
    body = {"text": "Title\n\nBody."}
    read_only = client_for(site.db, read_only=True)
    error(read_only.post("/api/v1/articles", json=body, headers=AUTH), 403, "read_only")
    assert read_only.get("/api/v1/articles").status_code == 200
    tokenless = client_for(site.db, token=None)
    error(tokenless.post("/api/v1/articles", json=body, headers=AUTH), 403, "writes_disabled")
    error(tokenless.post("/api/v1/articles", json=body), 403, "writes_disabled")


def test_bad_write_requests(client: TestClient) -> None:
    post = client.post
    error(post("/api/v1/articles", json={}, headers=AUTH), 422, "invalid_request")
    both = {"text": "a", "html": "<p>b</p>"}
    error(post("/api/v1/articles", json=both, headers=AUTH), 422, "invalid_request")
    extra = {"text": "a", "evil": 1}
    error(post("/api/v1/articles", json=extra, headers=AUTH), 422, "invalid_request")
    bad_date = {"text": "a", "published": "soon"}
    error(post("/api/v1/articles", json=bad_date, headers=AUTH), 422, "invalid_request")
    as_json = {**AUTH, "Content-Type": "application/json"}
    error(post("/api/v1/articles", content=b"{", headers=as_json), 422, "invalid_request")
    form = post("/api/v1/articles", data={"text": "x"}, headers=AUTH)
    error(form, 415, "unsupported_media_type")
    plain = {**AUTH, "Content-Type": "text/plain"}
    error(
        post("/api/v1/articles", content=b'{"text": "x"}', headers=plain),
        415,
        "unsupported_media_type",
    )
    error(post("/api/v1/articles/upload", headers=AUTH), 422, "invalid_request")


def test_bodies_over_the_limit_are_refused(site: Site) -> None:
    small = client_for(site.db, max_body=1000)
    big = {"text": "word " * 1000}
    error(small.post("/api/v1/articles", json=big, headers=AUTH), 413, "payload_too_large")

    def chunks() -> Any:  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 500

    streamed = small.post("/api/v1/articles", content=chunks(), headers=AUTH)
    error(streamed, 413, "payload_too_large")
    files = {"file": ("big.txt", b"y" * 5000, "text/plain")}
    upload = small.post("/api/v1/articles/upload", files=files, headers=AUTH)
    error(upload, 413, "payload_too_large")


def test_unknown_routes_and_methods_are_json_errors(client: TestClient) -> None:
    error(client.get("/api/v1/nothing"), 404, "not_found")
    error(client.delete("/api/v1/articles"), 405, "method_not_allowed")
    error(client.put("/api/v1/stories/1"), 405, "method_not_allowed")


def test_a_page_on_the_servers_own_network_is_never_fetched(client: TestClient) -> None:
    """The server is no proxy into its network: a loopback or private address is refused
    (there is no --allow-private here), and so is a file:// address."""
    for url, code in [
        ("http://127.0.0.1:9/article.html", "W051"),
        ("http://[::1]/article.html", "W051"),
        ("http://10.1.2.3/article.html", "W051"),
        ("file:///etc/passwd", "W050"),
    ]:
        got = client.post("/api/v1/articles/fetch", json={"url": url}, headers=AUTH)
        assert code in error(got, 422, "unreadable_article")
    extra = {"url": "https://example.org/a", "evil": 1}
    error(client.post("/api/v1/articles/fetch", json=extra, headers=AUTH), 422, "invalid_request")
