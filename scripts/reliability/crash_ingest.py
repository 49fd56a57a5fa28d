"""Crash test: ``wwk ingest`` killed with SIGKILL at random points, again and again; after each
kill ``wwk check`` must pass, and a final run must complete the batch with no duplicates.

    .venv/bin/python scripts/reliability/crash_ingest.py --rounds 20 --articles 20

Prints one JSON line of results (rounds, kills that landed mid-run, problems, articles lost)
and exits 1 if anything is wrong.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WWK = [str(Path(sys.executable).parent / "wwk")]
PLACES = ["Geneva", "Vienna", "Oslo", "Cairo", "Doha", "Nairobi", "Lima", "Hanoi"]


def write_corpus(folder: Path, n: int, first: int = 0) -> None:
    for i in range(first, first + n):
        place = PLACES[i % len(PLACES)]
        (folder / f"a{i:03}.txt").write_text(
            f"Talks resume in {place} (report {i})\n\nBy Lee Park\n\n"
            f"Negotiators met in {place} on Monday for round {i} of the talks, officials said. "
            f'"We are close to an agreement," the foreign minister told reporters.\n\n'
            f"The United Nations said {i + 2} delegations attended.\n",
            encoding="utf-8",
        )


def check(db: Path) -> list[str]:
    done = subprocess.run([*WWK, "check", "--db", str(db)], capture_output=True, text=True)
    return [] if done.returncode == 0 else done.stderr.splitlines() or [done.stdout]


def run(
    rounds: int, articles: int, max_delay: float, seed: int | None, min_delay: float = 0.0
) -> dict[str, object]:
    """``articles`` new ones each round; a kill after ``min_delay``..``max_delay`` seconds."""
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="wwk-crash-"))
    corpus, db = work / "corpus", work / "crash.db"
    corpus.mkdir()
    ingest = [*WWK, "ingest", str(corpus), "--db", str(db), "-q"]
    killed, problems, counts = 0, [], []
    for n in range(rounds):  # each round adds new articles, so that every run has writes to do
        write_corpus(corpus, articles, n * articles)
        proc = subprocess.Popen(ingest, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(min_delay, max_delay))
        if proc.poll() is None:
            proc.kill()  # SIGKILL
            killed += 1
        proc.wait()
        if db.exists():
            problems += check(db)
            with sqlite3.connect(db) as conn:
                counts.append(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    final = subprocess.run(ingest, capture_output=True, text=True)
    problems += check(db)
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        raws = conn.execute("SELECT count(*) FROM raw_inputs").fetchone()[0]
        dossiers = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    return {
        "rounds": rounds,
        "killed_mid_run": killed,
        "stored_after_each_kill": counts,
        "final_exit": final.returncode,
        "articles": rounds * articles,
        "stored": stored,
        "raw_inputs": raws,
        "dossiers": dossiers,
        "duplicates": raws - stored,
        "articles_lost": rounds * articles - stored,
        "problems": problems,
        "db": str(db),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--articles", type=int, default=20, help="new articles each round")
    parser.add_argument("--min-delay", type=float, default=1.5, help="seconds before the kill")
    parser.add_argument("--max-delay", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    result = run(args.rounds, args.articles, args.max_delay, args.seed, args.min_delay)
    print(json.dumps(result))
    ok = not result["problems"] and result["articles_lost"] == result["duplicates"] == 0
    sys.exit(0 if ok and result["final_exit"] == 0 else 1)


if __name__ == "__main__":
    main()
