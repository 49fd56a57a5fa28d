"""``wwk brief`` through click's runner: a stored story (the invented ferry-fire corpus, no spaCy),
and (marked ``model``) files of the sample corpus analysed end to end."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow.cli.main import cli
from whatweknow.sample import sample_dir
from whatweknow.store import open_store
from whatweknow.stories import update_stories

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from stories.corpus import documents


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "news.db"
    with open_store(path) as store:
        for doc, dossier in documents().values():
            store.add(doc, dossier)
            update_stories(store, dossier.article.id)
    return str(path)


def fire_id(db: str) -> str:
    with open_store(db) as store:
        sid = store.story_of(documents()["wire"][1].article.id)
    return str(sid)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_brief_story_markdown(db: str) -> None:
    code, out = run("brief", "--story", fire_id(db), "--db", db)
    assert code == 0, out
    assert out.startswith(f"# Story {fire_id(db)}: Fire breaks out on ferry off Port Halden\n")
    assert "## What is established" in out and "## Disputed and denied" in out
    assert "- Baltic Lines says: the blaze started in the engine room — Meridian Wire, " in out
    assert "\n## Cited spans\n" in out


def test_brief_story_json_and_html(db: str) -> None:
    code, out = run("brief", "--story", fire_id(db), "--db", db, "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert data["story"] == int(fire_id(db))
    assert data["sections"][0]["title"] == "The story"
    cite = data["sections"][1]["items"][0]["citations"][0]
    assert set(cite) >= {"article", "start", "end"}
    code, out = run("brief", "--story", fire_id(db), "--db", db, "-f", "html")
    assert code == 0 and out.startswith("<!doctype html>")


def test_brief_story_since(db: str) -> None:
    code, out = run("brief", "--story", fire_id(db), "--db", db, "--since", "2024-06-05")
    assert code == 0, out
    assert "since 2024-06-05" in out.splitlines()[0]
    assert "was expected, now asserted" in out
    assert "Baltic Lines says" not in out


def test_brief_writes_a_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "briefing.md"
    code, out = run("brief", "--story", fire_id(db), "--db", db, "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("# Story ")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_brief_errors(db: str, tmp_path: Path) -> None:
    code, out = run("brief", "--story", "99", "--db", db)
    assert code == 1 and "no story 99" in out and "wwk stories" in out
    code, out = run("brief", "--story", "1", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no store" in out
    code, out = run("brief")
    assert code == 2 and "give FILES" in out
    code, out = run("brief", "x.txt", "--story", "1", "--db", db)
    assert code == 2 and "not both" in out
    code, out = run("brief", "--story", "1", "--db", db, "--since", "June")
    assert code == 2


@pytest.mark.model
def test_brief_files(tmp_path: Path) -> None:
    article = sample_dir() / "01-geneva-talks-proposed.txt"
    code, out = run("brief", str(article), "--published", "2024-06-03", "-q")
    assert code == 0, out
    assert out.startswith(
        "# Briefing: Japan proposes Geneva talks with China after East China Sea collision\n"
    )
    assert "## What is claimed, and by whom" in out and "Hiroshi Tanabe says:" in out
    code, out = run("brief", str(article), str(tmp_path / "missing.txt"), "-q", "-f", "json")
    assert code == 1
    data = json.loads(out[out.index("{") :])
    assert data["story"] is None and len(data["articles"]) == 1
    code, out = run("brief", str(tmp_path / "missing.txt"), "-q")
    assert code == 1 and "nothing to brief" in out
