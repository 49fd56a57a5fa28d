"""``wwk watch`` end to end: three ``--once`` rounds against a local feed that grows (each a new
store object, as a new process would open it), failures reported per source, the exit status,
and a clean stop on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from whatweknow.cli.main import cli
from whatweknow.store import open_store

from .conftest import STORY, Site, item

ROOT = Path(__file__).resolve().parents[2]


def watch(db: str, *args: str) -> Result:
    return CliRunner().invoke(
        cli, ["watch", "--once", "--allow-private", "-q", "--delay", "0", "--db", db, *args]
    )


@pytest.mark.model
def test_three_rounds_take_exactly_the_new_items_and_the_digest_lists_them(
    site: Site, tmp_path: Path
) -> None:
    db = str(tmp_path / "news.db")
    feed = site.feed("/feed.xml", [item(0), item(1)])
    site.status["/down.xml"] = (500, {})
    down = site.url("/down.xml")

    first = watch(db, feed, down)
    assert first.exit_code == 0, first.output
    assert "2 new article(s)" in first.stdout
    assert f"{feed}: new (2 new, 0 already taken)" in first.stdout
    assert f"{down}: failed: W054" in first.stdout  # reported; the feed still ingested
    assert "  story " in first.stdout and "new claim(s)" in first.stdout
    assert all(f"new: {head} (Eskerby news)" in first.stdout for head, _ in STORY[:2])
    with open_store(db) as store:
        assert store.count() == 2
        stories = {store.story_of(a.id) for a in store.articles()}
        assert None not in stories

    second = watch(db, feed)
    assert second.exit_code == 0, second.output
    assert f"{feed}: not modified" in second.stdout and "0 new article(s)" in second.stdout
    assert site.not_modified["/feed.xml"] == 1

    site.feed("/feed.xml", [item(2), item(1), item(0)])
    third = watch(db, feed)
    assert third.exit_code == 0, third.output
    assert f"{feed}: new (1 new, 2 already taken)" in third.stdout
    assert f"    new: {STORY[2][0]} (Eskerby news)" in third.stdout
    assert f"new: {STORY[0][0]}" not in third.stdout  # listed in the first round only
    with open_store(db) as store:
        assert store.count() == 3
        newest = store.articles(limit=1)[0]
        story_id = store.story_of(newest.id)
        assert story_id is not None and f"  story {story_id} " in third.stdout
        state = store.source_state(feed)
        assert state is not None and state.items_seen == 3


def test_once_fails_when_every_source_failed(site: Site, tmp_path: Path) -> None:
    site.status["/a.xml"] = (500, {})
    db = str(tmp_path / "news.db")
    result = watch(db, site.url("/a.xml"), str(tmp_path / "missing"))
    assert result.exit_code == 1
    assert "W054" in result.stdout and "W001" in result.stdout


def test_sources_from_a_file_and_none_at_all(site: Site, tmp_path: Path) -> None:
    site.status["/a.xml"] = (503, {"Retry-After": "30"})
    listed = tmp_path / "sources.txt"
    listed.write_text(f"# feeds\n{site.url('/a.xml')}\n", encoding="utf-8")
    db = str(tmp_path / "news.db")
    result = watch(db, "--sources", str(listed))
    assert result.exit_code == 1 and "W054" in result.stdout and "next try" in result.stdout
    assert watch(db).exit_code == 2  # no sources: a usage error


def test_sigterm_stops_the_loop_cleanly(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = ["watch", str(inbox), "--every", "1h", "--db", str(tmp_path / "news.db"), "-q"]
    proc = subprocess.Popen(
        [sys.executable, "-c", "from whatweknow.cli.main import main; main()", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the first round's digest: now waiting an hour
        assert first.startswith("Round at ")
        time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Stopped." in err


KILLED_ROUND = """
import sys, time
from whatweknow.contract import Dossier, PipelineInfo
from whatweknow.pipeline import PIPELINE_VERSION
from whatweknow.readers.base import ReadOptions, ReadProblem
from whatweknow.store import open_store
from whatweknow.watch import Watcher

def slow(items):
    for doc in items:
        if isinstance(doc, ReadProblem):
            yield doc
            continue
        print("analysing", flush=True)
        time.sleep(0.5)
        info = PipelineInfo(version=PIPELINE_VERSION, model="test")
        yield doc, Dossier(pipeline=info, article=doc.article)

with open_store(sys.argv[1]) as store:
    Watcher(store, slow, ReadOptions(allow_private=True), delay=0).round([sys.argv[2]])
"""


def test_a_round_killed_mid_feed_loses_and_duplicates_nothing(site: Site, tmp_path: Path) -> None:
    from whatweknow.readers.base import ReadOptions
    from whatweknow.watch import Watcher

    from .conftest import bare

    db = str(tmp_path / "news.db")
    feed = site.feed("/feed.xml", [item(n) for n in range(len(STORY))])
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_ROUND, db, feed], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "analysing\n"
        assert proc.stdout.readline() == "analysing\n"  # the first item is stored by now
        proc.kill()  # SIGKILL, in the middle of the second item
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    with open_store(db) as store:
        assert store.count() == 1
        report = Watcher(store, bare, ReadOptions(allow_private=True), delay=0).round([feed])
        [source] = report.sources
        assert source.status == "new"  # fetched in full: no validators were kept
        assert (len(source.new), source.seen) == (len(STORY) - 1, 1)
        assert store.count() == len(STORY)
        assert store.articles_without_story() == []
