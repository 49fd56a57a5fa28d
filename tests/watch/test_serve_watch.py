"""``wwk serve --watch``: the watch loop beside the server, against a local site. In process
(the app's lifespan, the analysis replaced by a stand-in run where the worker would) and, with
the model, the real command: its worker process analyses what the loop finds."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from whatweknow.cli.main import cli
from whatweknow.readers.base import ReadOptions
from whatweknow.store import open_store
from whatweknow.web import create_app
from whatweknow.web.deps import AppState
from whatweknow.web.watching import WatchConfig, Watching
from whatweknow.web.worker import Job, Result

from .conftest import Site, bare, item

OPTIONS = ReadOptions(allow_private=True, fetch_timeout=5.0)


class InThread:
    """The server's worker pool, standing in: the job read and given to :func:`bare`."""

    timeout = 60.0

    def __init__(self) -> None:
        self.jobs = 0
        self.closed = False

    def run(self, job: Job) -> list[Result]:
        self.jobs += 1
        return list(bare(job.read()))

    def close(self) -> None:
        self.closed = True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def until(check: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail("waited too long")
        time.sleep(0.05)


def test_the_watch_loop_runs_beside_the_app_and_stops_with_it(site: Site, tmp_path: Path) -> None:
    feed = site.feed("/feed.xml", [item(0), item(1)])
    site.status["/down.xml"] = (404, {})
    down = site.url("/down.xml")
    db = str(tmp_path / "news.db")
    reports: list[int] = []
    config = WatchConfig(
        (feed, down),
        every=0.2,  # rounds follow fast: the second is a 304
        delay=0.0,
        options=OPTIONS,
        on_round=lambda report, _store: reports.append(len(report.new_articles)),
    )
    app = create_app(db, token=None, read_only=False, watch=config)
    state: AppState = app.state.wwk
    workers = InThread()
    state.workers = workers  # type: ignore[assignment]
    with TestClient(app) as client:
        watching: Watching = app.state.watching
        until(lambda: site.not_modified["/feed.xml"] >= 1)
        assert workers.jobs == 2 and reports[0] == 2 and sum(reports) == 2
        listed = client.get("/api/v1/sources").json()["items"]
        by = {s["source"]: s for s in listed}
        assert by[feed]["watched_here"] and by[feed]["items_seen"] == 2 and by[feed]["etag"]
        assert by[feed]["last_new_item"] is not None and by[feed]["failures"] == 0
        assert by[down]["failures"] >= 1 and "W054" in by[down]["last_error"]
        assert by[down]["next_try"] is not None
        assert client.get("/api/v1/articles").json()["total"] == 2
        page = client.get("/sources").text
        assert "watched here" in page and "HTTP 404" in page
    assert watching.stopping.is_set() and not watching._thread.is_alive() and workers.closed
    with open_store(db) as store:
        assert store.count() == 2
        assert all(store.story_of(a.id) is not None for a in store.articles())


def test_an_analysis_stopped_by_the_shutdown_is_taken_again_next_round(
    site: Site, tmp_path: Path
) -> None:
    """The worker closed under a round (as the server's shutdown does): the item in hand is not
    recorded; the next round, in a new server, takes it."""
    feed = site.feed("/feed.xml", [item(0), item(1)])
    db = str(tmp_path / "news.db")
    config = WatchConfig((feed,), every=3600, delay=0.0, options=OPTIONS)
    app = create_app(db, token=None, read_only=False, watch=config)
    state: AppState = app.state.wwk

    class Closing(InThread):
        def run(self, job: Job) -> list[Result]:
            app.state.watching.stopping.set()  # the shutdown, while the first item is analysed
            from concurrent.futures import CancelledError

            raise CancelledError

    state.workers = Closing()  # type: ignore[assignment]
    with TestClient(app):
        until(lambda: not app.state.watching._thread.is_alive())
    with open_store(db) as store:
        keys = ["guid:" + feed + " a-0", "url:https://news.example/eskerby/0"]
        assert store.count() == 0 and store.seen_items(keys) == set()
        saved = store.source_state(feed)
        assert saved is None or saved.etag is None  # fetched in full next round
    again = create_app(db, token=None, read_only=False, watch=config)
    again.state.wwk.workers = InThread()
    with TestClient(again):
        until(lambda: again.state.watching.rounds >= 1)
    with open_store(db) as store:
        assert store.count() == 2


def test_watch_options_need_watch_and_no_read_only(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    feed = site.url("/feed.xml")
    runner = CliRunner()
    got = runner.invoke(cli, ["serve", "--db", db, feed])
    assert got.exit_code == 2 and "--watch" in got.output
    got = runner.invoke(cli, ["serve", "--db", db, "--every", "1m"])
    assert got.exit_code == 2 and "--every applies only with --watch" in got.output
    got = runner.invoke(cli, ["serve", "--db", db, "--watch", "--read-only", feed])
    assert got.exit_code == 2 and "--read-only" in got.output
    got = runner.invoke(cli, ["serve", "--db", db, "--watch"])
    assert got.exit_code == 2 and "--sources FILE" in got.output


@pytest.mark.model
def test_serve_watch_ingests_from_a_local_site_and_stops_on_sigterm(
    site: Site, tmp_path: Path
) -> None:
    feed = site.feed("/feed.xml", [item(0), item(1)])
    db = str(tmp_path / "news.db")  # no store yet: --watch makes it
    port = free_port()
    args = ["serve", "--db", db, "--port", str(port), "--watch", feed, "--allow-private"]
    args += ["--every", "1h", "--delay", "0"]
    code = "from whatweknow.cli.main import main; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stderr=subprocess.PIPE, text=True, env=os.environ
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # the worker process loads the model
        while True:
            try:
                got = httpx.get(f"{url}/api/v1/sources", timeout=2).json()["items"]
                if got and got[0]["items_seen"] == 2:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"no round: {proc.stderr.read() if proc.stderr else ''}")
            time.sleep(0.2)
        assert httpx.get(f"{url}/api/v1/articles", timeout=5).json()["total"] == 2
        stories = httpx.get(f"{url}/api/v1/stories", timeout=5).json()["items"]
        assert sum(s["articles"] for s in stories) == 2
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, -signal.SIGTERM), err  # uvicorn re-raises the signal
    assert "Application shutdown complete" in err
    assert f"watch:   {feed}: new (2 new, 0 already taken)" in err
    assert "watch:   story " in err
