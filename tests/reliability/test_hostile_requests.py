"""Hostile requests to ``wwk serve`` (issue 15, items 1, 2, 9): each one the red-team pass
reproduced, and the bound it now meets. The corpus is :data:`HUGE_INTEGERS`, :data:`SEARCHES`
and the planted titles of :func:`store`; the bounds are ratios or generous limits, robust to a
noisy shared machine. Figures in RELIABILITY.md."""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from fastapi.testclient import TestClient
from starlette.responses import PlainTextResponse
from starlette.types import Message, Receive, Scope, Send

from web.corpus import build_store
from whatweknow.cli.main import cli
from whatweknow.errors import SearchError, StoreError
from whatweknow.model import Article, Dossier, PipelineInfo
from whatweknow.model import article_id as make_id
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.store.search import MAX_PREFIXES, MAX_TERMS
from whatweknow.web import create_app
from whatweknow.web.deps import AppState
from whatweknow.web.limits import Concurrency
from whatweknow.web.worker import Workers

from . import slow_worker

TOKEN = "hostile-token-0123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
WORDS = "the talks town tanks troops told today truce team tuesday ferry harbour inspection said"
ATTACK = "t* " * 166
"""The red team's search: 498 characters, 166 prefix terms (8.7 s, then a pool exhausted)."""
WORST = " ".join(["t*", "ta*", "to*", "tr*", *WORDS.split()[: MAX_TERMS - MAX_PREFIXES]])
"""The costliest search still allowed: every limit reached, every term in every text."""
SEARCHES = [ATTACK, '"' + "t " * 200 + '"', "NEAR(" + "a* " * 10 + ")", "x" * 501]
HUGE_INTEGERS = [2**63, 2**64, 10**30]
INTEGER_URLS = [
    "/stories/{n}", "/api/v1/stories/{n}", "/api/v1/stories/{n}/briefing",
    "/stories/{n}/timeline", "/stories/{n}/network", "/api/v1/briefings?story={n}",
    "/api/v1/events?story={n}", "/api/v1/articles?offset={n}", "/api/v1/dossiers?offset={n}",
    "/api/v1/stories?offset={n}", "/api/v1/actors?offset={n}", "/api/v1/events?offset={n}",
    "/api/v1/search?q=ferry&offset={n}", "/?offset={n}", "/actors?offset={n}",
]  # fmt: skip
OVERRIDE_TITLE = "Daily \u202esemiT report"
OVERRIDE_OUTLET = "\u202eWire Evil"


def _add(store: Any, text: str, title: str, outlet: str | None = None) -> None:
    article = Article(id=make_id(text), text=text, title=title, outlet=outlet)
    doc = RawDocument(f"{title}.txt", "text", text.encode(), article)
    store.add(doc, Dossier(pipeline=PipelineInfo(version="0.1.0", model="t"), article=article))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web tests' store, two articles with right-to-left overrides in their title and
    outlet, and 60 long articles (2,000 words each) of words the searches match."""
    path = tmp_path_factory.mktemp("hostile-requests") / "news.db"
    build_store(path)
    rng = random.Random(15)
    with open_store(path) as store:
        text = "The ferry report was read."  # the override in the title and the outlet only
        _add(store, text, OVERRIDE_TITLE, OVERRIDE_OUTLET)
        for i in range(60):
            words = " ".join(rng.choice(WORDS.split()) for _ in range(2_000))
            _add(store, f"Long {i}\n\n{words}.", f"Long {i}")
    return path


def client_for(db: Path, **options: Any) -> TestClient:
    app = create_app(str(db), token=TOKEN, read_only=False, max_body=100_000, **options)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return client_for(db)


def state_of(client: TestClient) -> AppState:
    state: AppState = client.app.state.wwk  # type: ignore[attr-defined]
    return state


def fastest(run: Callable[[], object], times: int = 3) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


# -- 1. search --------------------------------------------------------------------------------


def test_the_worst_allowed_search_costs_a_few_plain_ones(db: Path) -> None:
    with open_store(db) as store:
        plain = fastest(lambda: store.search("ferry", limit=30))
        worst = fastest(lambda: store.search(WORST, limit=30))
        assert len(store.search(WORST, limit=30)) == 30
    # snippet() in SQL made this 50x and more, growing with the square of the terms
    assert worst <= 10 * plain + 0.3, (worst, plain)


@pytest.mark.parametrize("query", SEARCHES)
def test_searches_over_the_limits_are_refused_with_a_code(
    db: Path, client: TestClient, query: str
) -> None:
    with open_store(db) as store, pytest.raises(SearchError, match=r"W04[01]"):
        store.search(query)
    got = client.get("/api/v1/search", params={"q": query})
    assert got.status_code == 422 and got.json()["error"]["code"] == "invalid_request"
    page = client.get("/", params={"q": query})
    assert page.status_code == 422 and 'class="error"' in page.text
    if len(query) <= 500:  # longer is refused by the parameter's own bound
        assert 'data-code="W041"' in page.text and 'class="story-link"' in page.text


def test_wwk_search_refuses_with_a_coded_line(db: Path) -> None:
    got = CliRunner().invoke(cli, ["search", ATTACK, "--db", str(db)])
    assert got.exit_code == 2 and "W041" in got.output and "Traceback" not in got.output


def test_a_plain_request_is_answered_while_eight_worst_searches_run(client: TestClient) -> None:
    statuses: list[int] = []

    def worst() -> None:
        for _ in range(3):
            statuses.append(client.get("/api/v1/search", params={"q": WORST}).status_code)

    threads = [threading.Thread(target=worst) for _ in range(8)]
    for t in threads:
        t.start()
    waits = []
    while any(t.is_alive() for t in threads):
        start = time.perf_counter()
        assert client.get("/api/v1/stories").status_code == 200
        waits.append(time.perf_counter() - start)
    for t in threads:
        t.join()
    assert waits and max(waits) < 5.0, waits
    assert set(statuses) <= {200, 503} and 200 in statuses


def test_searches_past_the_gate_are_a_503_with_retry_after(client: TestClient) -> None:
    gate = state_of(client).searches
    with ExitStack() as held:
        for _ in range(gate.limit):
            held.enter_context(gate.enter())
        got = client.get("/api/v1/search", params={"q": "ferry"})
        assert got.status_code == 503 and got.json()["error"]["code"] == "busy"
        assert int(got.headers["Retry-After"]) > 0
        assert client.get("/api/v1/stories").status_code == 200  # others still answered
    assert client.get("/api/v1/search", params={"q": "ferry"}).status_code == 200


def test_requests_past_the_limit_in_flight_are_a_503_not_a_pool_timeout() -> None:
    """The middleware alone, over an app whose requests wait until released (in the event
    loop, as uvicorn runs it): the third of three at once is answered at once."""
    release = asyncio.Event()

    async def waiting(scope: Scope, receive: Receive, send: Send) -> None:
        await release.wait()
        await PlainTextResponse("done")(scope, receive, send)

    limited = Concurrency(waiting, limit=2)

    async def call(path: str) -> tuple[int, dict[str, str]]:
        sent: list[Message] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": b""}

        async def send(message: Message) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": path, "headers": [], "query_string": b""}
        await limited(scope, receive, send)
        start = sent[0]
        return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}

    async def scenario() -> list[tuple[int, dict[str, str]]]:
        held = [asyncio.create_task(call("/api/v1/stories")) for _ in range(2)]
        await asyncio.sleep(0.01)
        refused = [await call("/api/v1/articles"), await call("/actors")]
        release.set()
        return [*refused, *[await t for t in held], await call("/api/v1/articles")]

    (api, html, *done, later) = asyncio.run(scenario())
    assert api[0] == 503 and int(api[1]["retry-after"]) > 0
    assert api[1]["content-type"].startswith("application/json")
    assert html[0] == 503 and html[1]["content-type"].startswith("text/html")
    assert [d[0] for d in done] == [200, 200] and later[0] == 200 and limited.in_flight == 0


@pytest.mark.parametrize(
    "error",
    [
        sa.exc.TimeoutError("QueuePool limit of size 5 overflow 10 reached"),
        StoreError("W021: could not read the store: database is locked"),
    ],
)
def test_a_timed_out_database_wait_is_a_503(db: Path, error: Exception) -> None:
    client = client_for(db)
    if isinstance(error, StoreError):
        error.__cause__ = sa.exc.OperationalError("SELECT", {}, Exception("database is locked"))

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    state_of(client).store.stories = fail  # type: ignore[method-assign]
    got = client.get("/api/v1/stories")
    assert got.status_code == 503 and got.json()["error"]["code"] == "busy"
    assert "Retry-After" in got.headers


# -- 2. integers ------------------------------------------------------------------------------


@pytest.mark.parametrize("n", HUGE_INTEGERS)
@pytest.mark.parametrize("url", INTEGER_URLS)
def test_huge_integers_are_a_404_or_422_never_a_500(client: TestClient, url: str, n: int) -> None:
    got = client.get(url.format(n=n))
    assert got.status_code in (404, 422), (url, got.status_code)


def test_the_largest_integer_is_a_plain_miss(client: TestClient) -> None:
    assert client.get(f"/api/v1/stories/{2**63 - 1}").status_code == 404
    assert client.get(f"/stories/{2**63 - 1}").status_code == 404


# -- 9. bidi ----------------------------------------------------------------------------------


def test_an_override_in_a_title_or_outlet_is_isolated_and_dropped(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "semiT"}).json()["items"]
    (hit,) = [h for h in hits if h["title"] == OVERRIDE_TITLE]  # the API keeps the data
    pages = [
        client.get(f"/articles/{hit['article_id']}").text,
        client.get("/", params={"q": "semiT"}).text,
    ]
    for html in pages:
        assert "\u202e" not in html
        assert "<bdi>Daily semiT report</bdi>" in html
    assert "<bdi>Wire Evil</bdi>" in pages[0]


# -- analysis in a worker process ------------------------------------------------------------


def test_a_plain_request_is_answered_while_an_article_holds_the_gil(db: Path) -> None:
    client = client_for(db)
    state = state_of(client)
    state.workers = Workers(None, worker=slow_worker.hold_the_gil)
    body = {"text": "Harbour officials inspected the ferry on Tuesday."}
    took: list[float] = []

    def post() -> None:
        start = time.perf_counter()
        client.post("/api/v1/articles", json=body, headers=AUTH)
        took.append(time.perf_counter() - start)

    poster = threading.Thread(target=post)
    poster.start()
    waits = []
    while poster.is_alive():
        start = time.perf_counter()
        assert client.get("/api/v1/stories").status_code == 200
        waits.append(time.perf_counter() - start)
        time.sleep(0.05)
    poster.join()
    state.close()
    assert took[0] >= slow_worker.HOLD_SECONDS * 0.5  # the GIL was held in the worker
    assert max(waits) < slow_worker.HOLD_SECONDS * 0.5, waits


def test_a_dead_worker_is_a_503_and_the_next_article_gets_a_new_one(db: Path) -> None:
    client = client_for(db)
    state = state_of(client)
    state.workers = Workers(None, worker=slow_worker.die)
    body = {"text": "Harbour officials inspected the ferry on Tuesday."}
    got = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert got.status_code == 503 and got.json()["error"]["code"] == "busy"
    state.workers.worker = slow_worker.nothing_read
    again = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert again.status_code == 422 and again.json()["error"]["code"] == "unreadable_article"
    state.close()


def test_an_article_over_the_time_limit_is_refused_and_the_next_gets_a_new_worker(
    db: Path,
) -> None:
    client = client_for(db)
    state = state_of(client)
    state.workers = Workers(None, worker=slow_worker.hold_the_gil, timeout=0.5)
    body = {"text": "Harbour officials inspected the ferry on Tuesday."}
    start = time.perf_counter()
    got = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert time.perf_counter() - start < slow_worker.HOLD_SECONDS
    assert got.status_code == 422 and "W042" in got.json()["error"]["message"]
    state.workers.worker, state.workers.timeout = slow_worker.nothing_read, 60
    again = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert again.status_code == 422 and again.json()["error"]["code"] == "unreadable_article"
    assert "W042" not in again.json()["error"]["message"]
    state.close()


def test_the_worker_stops_with_the_app(db: Path) -> None:
    app = create_app(str(db), token=TOKEN, read_only=False, max_body=100_000)
    state: AppState = app.state.wwk
    state.workers = Workers(None, worker=slow_worker.hold_the_gil)
    with TestClient(app) as client:
        poster = threading.Thread(
            target=client.post,
            args=("/api/v1/articles",),
            kwargs={"json": {"text": "The ferry."}, "headers": AUTH},
        )
        poster.start()
        deadline = time.monotonic() + 30  # a worker process starts slowly on a loaded machine
        while not _processes(state) and time.monotonic() < deadline:
            time.sleep(0.05)
        processes = _processes(state)
        assert processes
        poster.join()
    for process in processes:
        process.join(5)
        assert not process.is_alive()


def _processes(state: AppState) -> list[Any]:
    pool = state.workers._pool
    return list((getattr(pool, "_processes", None) or {}).values()) if pool else []
