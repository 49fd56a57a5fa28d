"""The whole-store views (``/timeline``, ``/network``, ``GET /api/v1/events`` without a story)
cost the same on a store ten times larger: they read the store's event rows through bounded
queries and never load a dossier (issue 15: they loaded every dossier on each request).

The stores are filled with synthetic event rows, written straight into ``events`` and
``event_parties`` (the views read nothing else), so that a store of 20,000 events takes a
second to build. Work is counted as SQLite virtual-machine steps (a progress handler), which
does not depend on the machine's load; the time is compared too, with a generous bound.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from whatweknow.model import Actor, Article, Dossier, Event, PipelineInfo
from whatweknow.readers.base import RawDocument
from whatweknow.store import SqlStore, open_store
from whatweknow.store.events import event_rows
from whatweknow.web import create_app, queries

EVENTS_PER_ARTICLE = 5
ACTORS = 60
KINDS = ("CONSULT", "AID", "THREATEN", "ASSAULT", "REJECT", "INVESTIGATE")
PAGES = ("/timeline", "/network", "/api/v1/events", "/api/v1/events?limit=200&offset=100")
STEP = 100
"""The progress handler runs every this many virtual-machine instructions."""


def dossier(i: int) -> Dossier:
    """Article ``i``: five events in June 2024 between actors of a pool of ``ACTORS``."""
    text = f"Article {i}: " + "Officials met and talked. " * EVENTS_PER_ARTICLE
    article = Article(id=f"{i:016x}", text=text, published=date(2024, 6, 1 + i % 30))
    actors = [
        Actor(id=f"a{n}", name=f"Actor {k}", type="organisation", key=f"org:actor {k}")
        for n, k in enumerate((i % ACTORS, (i * 7 + 1) % ACTORS, (i * 13 + 2) % ACTORS))
    ]
    events = [
        Event(
            id=f"e{n}",
            type=KINDS[(i + n) % len(KINDS)],
            start=0,
            end=7,
            time=(date(2024, 6, 1) + timedelta(days=(i + n) % 30)).isoformat(),
            actor=[f"a{n % 3}"],
            target=[f"a{(n + 1) % 3}"],
        )
        for n in range(EVENTS_PER_ARTICLE)
    ]
    pipeline = PipelineInfo(version="0", model="x")
    return Dossier(pipeline=pipeline, article=article, actors=actors, events=events)


def fill(path: Path, articles: int) -> None:
    """A store with the event rows of ``articles`` synthetic articles (and nothing else)."""
    open_store(path).close()
    events: list[dict[str, Any]] = []
    parties: list[dict[str, Any]] = []
    for i in range(articles):
        found, named = event_rows(dossier(i))
        events += found
        parties += named
    with sqlite3.connect(path) as conn:  # foreign keys off: there are no article rows
        for table, rows in (("events", events), ("event_parties", parties)):
            columns = list(rows[0])
            marks = ", ".join(f":{c}" for c in columns)
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                [{k: _sql(v) for k, v in row.items()} for row in rows],
            )


def _sql(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


class Meter:
    """Counts the SQLite virtual-machine steps of every statement run while it is on."""

    def __init__(self) -> None:
        self.steps = 0
        self.on = False

    def hook(self, conn: sa.Connection, *_: Any) -> None:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.set_progress_handler(self._tick if self.on else None, STEP)

    def _tick(self) -> int:
        self.steps += STEP
        return 0


@pytest.fixture
def meter() -> Iterator[Meter]:
    counting = Meter()
    sa.event.listen(sa.Engine, "before_cursor_execute", counting.hook)
    try:
        yield counting
    finally:
        sa.event.remove(sa.Engine, "before_cursor_execute", counting.hook)


def measure(path: Path, meter: Meter, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Steps, seconds (best of 3) and dossier loads of each page on the store at ``path``."""
    loads = [0]
    real = SqlStore.get_dossier

    def counted(self: SqlStore, article_id: str) -> Dossier | None:
        loads[0] += 1
        return real(self, article_id)

    monkeypatch.setattr(SqlStore, "get_dossier", counted)
    client = TestClient(create_app(str(path), token=None, read_only=True))
    out: dict[str, Any] = {"loads": 0}
    for page in PAGES:
        client.get(page)  # warm: the connection, the templates
        meter.steps, meter.on = 0, True
        got = client.get(page)
        meter.on = False
        assert got.status_code == 200, (page, got.text[:300])
        best = min(_timed(client, page) for _ in range(3))
        out[page] = (meter.steps, best)
    out["loads"] = loads[0]
    return out


def _timed(client: TestClient, page: str) -> float:
    t0 = time.perf_counter()
    client.get(page)
    return time.perf_counter() - t0


def test_whole_store_pages_cost_the_same_on_a_store_ten_times_larger(
    tmp_path: Path, meter: Meter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Limits below both stores' sizes (1,000 and 10,000 events, all in the default window),
    # so that both are cut by them; the defaults are the same code with larger numbers.
    monkeypatch.setattr(queries, "TIMELINE_EVENTS", 100)
    monkeypatch.setattr(queries, "NETWORK_EVENTS", 300)
    monkeypatch.setattr(queries, "COUNT_CAP", 500)
    small, large = tmp_path / "small.db", tmp_path / "large.db"
    fill(small, 200)
    fill(large, 2_000)
    got_small = measure(small, meter, monkeypatch)
    got_large = measure(large, meter, monkeypatch)
    assert got_small["loads"] == got_large["loads"] == 0
    for page in PAGES:
        (steps_s, secs_s), (steps_l, secs_l) = got_small[page], got_large[page]
        assert steps_s > 0
        # B-tree descents grow with log n: a little, never 10 times
        assert steps_l <= 1.5 * steps_s + 2_000, (page, steps_s, steps_l)
        assert secs_l <= 3 * secs_s + 0.05, (page, secs_s, secs_l)


def test_the_old_way_would_have_grown(tmp_path: Path, meter: Meter) -> None:
    """The meter sees growth where there is some: a query over every row of the window (what
    the pages did, and worse, by loading every dossier) costs about ten times more."""
    small, large = tmp_path / "small.db", tmp_path / "large.db"
    fill(small, 200)
    fill(large, 2_000)
    steps = []
    for path in (small, large):
        with open_store(path, read_only=True) as store:
            meter.on = True
            meter.steps = 0
            store.events(date(2024, 6, 1), date(2024, 6, 30), limit=1_000_000)
            meter.on = False
            steps.append(meter.steps)
    assert steps[1] > 8 * steps[0]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("from=2024-06-10&to=2024-06-01", 422),  # from after to
        ("from=junk", 422),
        ("to=2024-13-01", 422),
        ("from=" + "9" * 30, 422),
        ("from=9999-12-31", 200),  # a window past the calendar's end: no overflow
        ("to=0001-01-01", 200),  # … or before its start
        ("from=0001-01-01&to=9999-12-31", 200),
    ],
)
def test_hostile_windows(tmp_path: Path, query: str, status: int) -> None:
    fill(tmp_path / "news.db", 20)
    client = TestClient(create_app(str(tmp_path / "news.db"), token=None, read_only=True))
    for page in ("/timeline", "/network", "/api/v1/events"):
        got = client.get(f"{page}?{query}")
        assert got.status_code == status, (page, query, got.text[:300])


def test_the_window_defaults_to_the_last_30_days_and_can_be_picked(tmp_path: Path) -> None:
    fill(tmp_path / "news.db", 40)  # events from June 1st to 30th, 2024
    client = TestClient(create_app(str(tmp_path / "news.db"), token=None, read_only=True))
    page = client.get("/timeline").text
    assert 'name="from" value="2024-06-01"' in page and 'name="to" value="2024-06-30"' in page
    picked = client.get("/api/v1/events", params={"from": "2024-06-10", "to": "2024-06-11"})
    times = {e["time"] for e in picked.json()["items"]}
    assert times == {"2024-06-10", "2024-06-11"}
    assert picked.json()["total"] == len(picked.json()["items"])
    only_to = client.get("/network", params={"to": "2024-06-05"}).text
    assert 'name="from" value="2024-05-07"' in only_to
    future = client.get("/api/v1/events", params={"from": "2024-07-01"}).json()
    assert future["items"] == [] and future["total"] == 0


def test_the_default_window_ends_on_the_latest_publication(tmp_path: Path) -> None:
    """One article naming a far year does not move the window away from the news."""
    path = tmp_path / "news.db"
    with open_store(path) as store:
        news = dossier(1)
        far = news.events[0].model_copy(update={"time": "2031"})
        raw = RawDocument("t.txt", "text", news.article.text.encode(), news.article)
        store.add(raw, news.model_copy(update={"events": [far, *news.events[1:]]}))
        assert store.latest_event_day() == date(2031, 1, 1)
        win = queries.window(store, None, None, today=date(2040, 1, 1))
    assert (win.first, win.last) == (date(2024, 5, 4), date(2024, 6, 2))  # published June 2nd
