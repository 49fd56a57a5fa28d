"""One wire report carried word for word by two outlets, end to end (marked ``model``): two
input files with the same text under different outlets' names and addresses are one article
(the text's hash), and the second outlet's publication is recorded, listed in the story's copy
group and named in the briefing's sources, on the sequential and the parallel ingest paths;
reading the files again adds nothing; a rebuild and a re-analysis keep it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow.analyse import Analyser
from whatweknow.cli.main import cli
from whatweknow.ingest import IngestJob, ingest_partition, partitions
from whatweknow.store import open_store

pytestmark = pytest.mark.model

TITLE = "Ferry service to the Varnholm islands resumes"
TEXT = (
    "The ferry service to the Varnholm islands will resume on Friday after a three-week strike, "
    "the operator Kestrel Lines said on Tuesday.\n\nThe strike ended when the dock workers' "
    "union accepted a new pay offer, union leader Maren Tollis told reporters in the port of Osk."
)
WIRE = ("Harlow Wire", "https://harlowwire.example/ferry", "2026-03-02")
POST = ("Lisk Evening Post", "https://liskpost.example/world/ferry", "2026-03-03")


def inputs(folder: Path) -> list[str]:
    paths = []
    for name, (outlet, url, day) in (("wire.json", WIRE), ("post.json", POST)):
        record = {"title": TITLE, "text": TEXT, "outlet": outlet, "url": url, "published": day}
        path = folder / name
        path.write_text(json.dumps(record), encoding="utf-8")
        paths.append(str(path))
    return paths


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def the_story(db: str) -> dict[str, object]:
    [listed] = json.loads(run("stories", "--db", db, "--format", "json"))
    story: dict[str, object] = json.loads(
        run("story", str(listed["id"]), "--db", db, "--format", "json")
    )
    return story


def assert_carried_by_both(db: str) -> None:
    story = the_story(db)
    [article] = story["articles"]  # type: ignore[misc]
    assert article["outlet"] == "Harlow Wire"
    assert article["also_published"] == [{"outlet": POST[0], "url": POST[1], "published": POST[2]}]
    [group] = story["copies"]  # type: ignore[misc]
    assert group == {
        "id": article["id"],
        "articles": [article["id"]],
        "outlets": [WIRE[0], POST[0]],
    }
    assert all(c["independent"] == 1 for c in story["claims"])  # type: ignore[attr-defined]
    briefing = json.loads(run("brief", "--story", str(story["id"]), "--db", db, "--format", "json"))
    [sources] = [s for s in briefing["sections"] if s["title"] == "Sources"]
    [item] = sources["items"]
    assert f"carried word for word by {POST[0]} ({POST[2]})" in item["text"]
    own, carried = item["citations"]
    assert (own["outlet"], own["url"]) == WIRE[:2]
    assert (carried["outlet"], carried["url"], carried["published"]) == POST
    assert (carried["start"], carried["end"], carried["text"]) == (
        own["start"],
        own["end"],
        own["text"],
    )


def publications(db: str) -> int:
    with open_store(db) as store:
        [article] = store.articles()
        return len(store.publications([article.id]).get(article.id, []))


def test_a_second_outlet_s_copy_is_recorded_listed_and_kept(tmp_path: Path) -> None:
    paths = inputs(tmp_path)
    db = str(tmp_path / "news.db")
    out = run("ingest", *paths, "--db", db, "-q")
    assert f"{POST[0]}'s copy is recorded among its sources (one source with it)" in out
    assert_carried_by_both(db)
    out = run("ingest", *paths, "--db", db, "-q")  # read again: nothing added, nothing said
    assert "recorded" not in out and publications(db) == 1
    run("stories", "--rebuild", "--db", db)
    assert_carried_by_both(db)
    run("reprocess", "--all", "--db", db, "-q")
    assert_carried_by_both(db)
    assert publications(db) == 1


def test_the_parallel_path_records_it_too(
    tmp_path: Path, analyser: Analyser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each worker of ``--workers`` or ``--dask`` runs ``ingest_partition``: here two partitions,
    one file each, in this process (with the session's analyser)."""
    paths = inputs(tmp_path)
    db = str(tmp_path / "parallel.db")
    job = IngestJob(db=db)
    monkeypatch.setattr(partitions, "_analyser", lambda _job: analyser)
    first = ingest_partition(job, 0, paths[:1])
    assert (first.new, first.warnings) == (1, [])
    second = ingest_partition(job, 1, paths[1:])
    assert second.new == 0
    [line] = second.warnings
    assert line.endswith(f"{POST[0]}'s copy is recorded among its sources (one source with it)")
    assert_carried_by_both(db)
    again = ingest_partition(job, 2, paths)
    assert (again.new, again.seen, again.warnings) == (0, 2, [])
    assert publications(db) == 1
