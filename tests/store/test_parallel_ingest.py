"""Several writers on one store: concurrent ``wwk ingest`` processes, ``--workers`` and ``--dask``.

Each case checks that nothing is lost and nothing duplicated: every distinct text is one article
with one raw input and one dossier. Each process loads the spaCy model (a second or two).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from whatweknow.store import SqlStore, open_store

pytestmark = pytest.mark.model

WWK = str(Path(sys.executable).parent / "wwk")
ARTICLES = 12


def corpus(root: Path) -> Path:
    folder = root / "corpus"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"a{i:02d}.txt").write_text(
            f"Talks resume, round {i}\n\nOfficials in Geneva said on Monday that round {i} of the "
            "talks between the two sides would resume next week, according to the U.N.\n",
            encoding="utf-8",
        )
    return folder


def wwk(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [WWK, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CI": "true", **(env or {})},
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out + err


def counts(db: str) -> tuple[int, int, int, int]:
    """Articles, distinct ids, raw inputs, dossiers."""
    with open_store(db) as store:
        assert isinstance(store, SqlStore)
        with store.engine.connect() as conn:
            return tuple(  # type: ignore[return-value]
                conn.execute(sa.text(q)).scalar_one()
                for q in (
                    "SELECT count(*) FROM articles",
                    "SELECT count(DISTINCT id) FROM articles",
                    "SELECT count(*) FROM raw_inputs",
                    "SELECT count(*) FROM dossiers",
                )
            )


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return str(request.getfixturevalue("postgres_url"))


def test_concurrent_ingest_processes_lose_and_duplicate_nothing(db: str, tmp_path: Path) -> None:
    files = sorted(corpus(tmp_path).iterdir())
    # three overlapping shares: each article is given to two of the three processes
    shares = [files[: 2 * ARTICLES // 3], files[ARTICLES // 3 :], files[::2] + files[1::4]]
    procs = [wwk("ingest", *map(str, share), "--db", db, "-q") for share in shares]
    results = [finish(p) for p in procs]
    assert [rc for rc, _ in results] == [0, 0, 0], results
    assert counts(db) == (ARTICLES,) * 4


def test_workers_ingest_everything_once_and_resume(db: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    rc, out = finish(wwk("ingest", str(folder), "--db", db, "--workers", "2"))
    assert rc == 0, out
    assert f"{ARTICLES} new articles, 0 already stored, 0 failed" in out
    assert counts(db) == (ARTICLES,) * 4
    rc, out = finish(wwk("ingest", str(folder), "--db", db, "--workers", "2"))
    assert rc == 0, out
    assert f"0 new articles, {ARTICLES} already stored" in out


def test_dask_local_cluster_retries_reports_and_resumes(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    db = str(tmp_path / "dask.db")
    failing = {"WWK_FAIL_PARTITION": "1"}
    rc, out = finish(wwk("ingest", str(folder), "--db", db, "--dask", "local", env=failing))
    assert rc == 1, out
    assert "error partition 1 (" in out and "failed after 3 tries" in out
    assert out.count("partition 1 (") == 3  # two retries reported, then the failure
    assert out.count("/8] partition") == 7  # progress: a line per partition (2 workers x 4)
    stored = counts(db)[0]
    assert 0 < stored < ARTICLES
    rc, out = finish(wwk("ingest", str(folder), "--db", db, "--dask", "local"))
    assert rc == 0, out
    assert f"{ARTICLES - stored} new articles, {stored} already stored, 0 failed" in out
    assert counts(db) == (ARTICLES,) * 4


@pytest.mark.parametrize("how", [("--workers", "2"), ("--dask", "local")])
def test_a_partition_that_fails_once_is_retried_and_completes(
    how: tuple[str, str], tmp_path: Path
) -> None:
    folder = corpus(tmp_path)
    db = str(tmp_path / "retry.db")
    marker = tmp_path / "failed-once"
    rc, out = finish(
        wwk("ingest", str(folder), "--db", db, *how, env={"WWK_FAIL_PARTITION": f"2@{marker}"})
    )
    assert marker.exists()  # partition 2 did fail on its first try
    assert rc == 0, out
    assert f"{ARTICLES} new articles, 0 already stored, 0 failed" in out
    assert "error" not in out
    # our own lines report the failure and the retry; Dask's logs and tracebacks do not
    assert "Traceback" not in out and "distributed." not in out
    assert "partition 2 (" in out and "failed on try 1 of 3" in out  # reported, then retried
    assert "failed on try 2" not in out
    assert counts(db) == (ARTICLES,) * 4
