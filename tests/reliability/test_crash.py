"""Crash safety: ``wwk ingest`` and ``wwk reprocess`` killed with SIGKILL at random points (a few
rounds here; the script runs as many as asked), then ``wwk check`` passes and a re-run completes
the batch with no article lost or stored twice and every article in a story; an article stored
but in no story is reported by ``wwk check`` and placed by the next ``wwk ingest``."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from whatweknow.analyse import Analyser
from whatweknow.cli.main import cli
from whatweknow.readers.base import ReadOptions
from whatweknow.store import open_store

pytestmark = pytest.mark.model

SCRIPT = Path(__file__).parents[2] / "scripts" / "reliability" / "crash_ingest.py"
WWK = str(Path(sys.executable).parent / "wwk")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_ingest", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ingest_killed_at_random_points_loses_and_duplicates_nothing() -> None:
    result = _script().run(rounds=3, articles=6, seed=7)
    assert result["problems"] == []  # after the final run: no problem and no warning either
    assert result["final_exit"] == 0
    assert result["killed_mid_run"] >= 1
    assert result["stored"] == result["raw_inputs"] == result["dossiers"] == 18
    assert result["articles_lost"] == result["duplicates"] == 0
    assert result["in_no_story"] == 0  # the final run placed what the kills left unplaced


def test_reprocess_killed_mid_run_keeps_raw_inputs_and_one_valid_dossier_each() -> None:
    """Killed once 8 of 20 dossiers are replaced (the pipeline works in batches of 16), and
    once all are and the stories' rebuild has begun; ``wwk check`` after each kill verifies
    that every article has one dossier that validates, of its own version."""
    result = _script().run_reprocess(rounds=2, articles=20, seed=3, targets=[8, 20])
    assert result["problems"] == []
    assert result["killed_mid_run"] == 2
    assert 8 <= result["current_after_each_kill"][0] < 20  # a half re-analysed store
    assert result["in_no_story_after_each_kill"][1] > 0  # killed in the rebuild: the re-run,
    # with nothing left to re-analyse, must still place these
    assert result["raw_inputs_changed"] == 0
    assert result["final_exit"] == 0
    assert result["stored"] == result["dossiers"] == result["at_current_version"] == 20
    assert result["in_no_story"] == 0


ARTICLE = (
    "Talks resume in Geneva\n\nBy Lee Park\n\nNegotiators met in Geneva on Monday for a new "
    'round of talks, officials said. "We are close to an agreement," the minister said.\n'
)


def _store_without_story(db: Path, path: Path) -> str:
    """Store ``path``'s article as an ingest killed before its story update leaves it."""
    ((raw, dossier),) = list(Analyser().analyse_paths([path], ReadOptions()))
    with open_store(db) as store:
        assert store.add(raw, dossier)
        assert store.articles_without_story() == [dossier.article.id]
    return dossier.article.id


def _wwk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": "true"}
    return subprocess.run([WWK, *args], capture_output=True, text=True, env=env, timeout=300)


def test_check_warns_of_an_article_in_no_story_and_a_re_run_of_ingest_places_it(
    tmp_path: Path,
) -> None:
    path, db = tmp_path / "talks.txt", tmp_path / "w.db"
    path.write_text(ARTICLE, encoding="utf-8")
    article_id = _store_without_story(db, path)

    checked = CliRunner().invoke(cli, ["check", "--db", str(db)])
    assert checked.exit_code == 0, checked.output  # stored whole: a warning, not a problem
    assert "1 articles checked, 0 problems, 1 warning" in checked.stdout
    (line,) = checked.stderr.splitlines()
    assert f"warning: 1 stored article is in no story ({article_id})" in line
    assert "run wwk ingest again" in line

    again = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert "placed 1 stored article that was in no story" in again.stderr
    assert "0 new articles, 1 already stored" in again.stderr
    with open_store(db) as store:
        assert store.articles_without_story() == []
        assert store.story_of(article_id) is not None
    clean = CliRunner().invoke(cli, ["check", "--db", str(db)])
    assert clean.exit_code == 0
    assert clean.stderr == ""
    assert clean.stdout.strip() == "1 articles checked, 0 problems"


def test_a_parallel_ingest_and_reprocess_place_articles_in_no_story(tmp_path: Path) -> None:
    first, second, db = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "w.db"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("Geneva", "Vienna"), encoding="utf-8")
    a = _store_without_story(db, first)
    done = _wwk("ingest", str(first), "--db", str(db), "--workers", "2")
    assert done.returncode == 0, done.stderr
    assert "placed 1 stored article that was in no story" in done.stderr
    with open_store(db) as store:
        assert store.articles_without_story() == []
        assert store.story_of(a) is not None

    b = _store_without_story(db, second)  # what a reprocess killed while rebuilding leaves
    done = _wwk("reprocess", "--db", str(db))  # nothing to re-analyse: it only places b
    assert done.returncode == 0, done.stderr
    assert "placed 1 stored article that was in no story" in done.stderr
    with open_store(db) as store:
        assert store.articles_without_story() == []
        assert store.story_of(b) is not None
