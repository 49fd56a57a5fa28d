"""Crash test: ``wwk ingest`` (or ``wwk reprocess``) killed with SIGKILL at random points, again
and again; after each kill ``wwk check`` must pass, and a final run must complete the batch: no
article lost or stored twice, every article in a story.

    .venv/bin/python scripts/reliability/crash_ingest.py --rounds 20 --articles 10 --seed 1
    .venv/bin/python scripts/reliability/crash_ingest.py --reprocess --rounds 10 --articles 40

Each round's kill comes once a random number of the round's articles are written (stored, or
re-analysed), a random few milliseconds after the last write: anywhere from the model's loading
to an article's story update. Prints one JSON line of results (rounds, kills that landed mid-run,
problems, articles lost) and exits 1 if anything is wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from functools import partial
from pathlib import Path

WWK = [str(Path(sys.executable).parent / "wwk")]
PLACES = [
    "Geneva", "Vienna", "Oslo", "Cairo", "Doha", "Nairobi", "Lima", "Hanoi", "Dakar", "Quito",
    "Manila", "Tunis", "Riga", "Accra", "Hobart", "Porto", "Bergen", "Cusco", "Da Nang", "Mombasa",
]  # fmt: skip
AUTHORS = ["Lee Park", "Ana Lopes", "Sami Haddad", "Mei Chen", "Tom Okafor", "Ines Berg"]
TOPICS = [  # (headline, lead, quote, follow-up): distinct words, so that stories stay apart
    ("Talks resume in {place}", "Negotiators met in {place} on Monday for round {i} of the "
     "talks, officials said.", "We are close to an agreement", "The United Nations said {n} "
     "delegations attended."),
    ("Dock strike halts the port of {place}", "Dock workers in {place} walked out on Tuesday "
     "over pay, the union said.", "We will not go back without a deal", "Employers said {n} "
     "container ships were waiting offshore."),
    ("Floods force evacuations in {place}", "Heavy rain flooded low-lying districts of {place} "
     "on Wednesday, the fire service said.", "The river is still rising", "Officials said {n} "
     "families had been moved to shelters."),
    ("Court suspends a mining permit near {place}", "A court in {place} suspended a copper "
     "mining permit on Thursday, lawyers for the residents said.", "This is a victory for the "
     "valley", "The company said it would appeal within {n} days."),
    ("Measles vaccination drive starts in {place}", "Health workers in {place} began a measles "
     "vaccination drive on Friday, the health ministry said.", "Every child must be reached",
     "The World Health Organization said {n} clinics took part."),
    ("Central bank raises interest rates", "The central bank raised its main interest rate on "
     "Tuesday, the bank said in a statement issued in {place}.", "Inflation remains too high",
     "Analysts said {n} of 30 economists had expected the move."),
    ("Wildfire spreads in the hills above {place}", "A wildfire fanned by strong winds spread "
     "through pine forests above {place} on Saturday, firefighters said.", "The wind is "
     "against us", "Firefighters said {n} homes had burned."),
    ("Election count delayed in {place}", "The count in the presidential election was "
     "delayed in {place} on Sunday after ballot boxes arrived late, the electoral commission "
     "said.", "Every vote will be counted", "Observers said turnout reached {n} percent."),
]  # fmt: skip
EXTRA = [
    "Residents said they had not been told in advance.",
    "Police closed several roads in the centre of the city.",
    "The opposition called for an inquiry.",
    "Markets were little changed after the news.",
    "A further statement is expected later this week.",
    "Local newspapers devoted their front pages to the story.",
    "The government said it was following events closely.",
]


def write_corpus(folder: Path, n: int, first: int = 0) -> None:
    """``n`` synthetic articles on eight topics in twenty places: many small stories (one
    template would make one story that grows with the run, and slows every story update)."""
    for i in range(first, first + n):
        headline, lead, quote, follow = TOPICS[i % len(TOPICS)]
        place = PLACES[(i // len(TOPICS)) % len(PLACES)]
        values = {"place": place, "i": i, "n": i + 2}
        (folder / f"a{i:03}.txt").write_text(
            f"{headline.format(**values)} (report {i})\n\nBy {AUTHORS[i % len(AUTHORS)]}\n\n"
            f'{lead.format(**values)} "{quote}," a spokesperson told reporters.\n\n'
            f"{follow.format(**values)} {EXTRA[i % len(EXTRA)]}\n",
            encoding="utf-8",
        )


def check(db: Path) -> tuple[list[str], list[str]]:
    """``wwk check``: its problems (exit 1) and its warnings."""
    done = subprocess.run([*WWK, "check", "--db", str(db)], capture_output=True, text=True)
    lines = done.stderr.splitlines()
    warnings = [line for line in lines if ": warning: " in line]
    problems = [line for line in lines if line not in warnings]
    return (problems or [done.stdout] if done.returncode else []), warnings


def scalar(db: Path, sql: str, *args: object) -> int:
    """One number from the store (0 while it does not exist yet); read beside a writer."""
    if not db.exists():  # connecting would create it
        return 0
    try:
        with closing(sqlite3.connect(db, timeout=30)) as conn:
            value: int = conn.execute(sql, args).fetchone()[0]
            return value
    except sqlite3.OperationalError:  # no store yet, or no tables yet
        return 0


ARTICLES = "SELECT count(*) FROM articles"
NO_STORY = "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
AT_VERSION = "SELECT count(*) FROM articles WHERE pipeline_version = ?"


def reached(db: Path, target: int, count: str, *args: object) -> bool:
    """Whether the ``count`` query gives at least ``target``."""
    return scalar(db, count, *args) >= target


def kill_when(
    proc: subprocess.Popen[bytes], conditions: Sequence[Callable[[], bool]], jitter: float
) -> bool:
    """SIGKILL ``proc`` once each of ``conditions`` in turn holds (polled), ``jitter`` seconds
    after; True if it was still running (a kill mid-run), False if it had ended by itself."""
    for condition in conditions:
        while proc.poll() is None and not condition():
            time.sleep(0.005)
    time.sleep(jitter)
    alive = proc.poll() is None
    if alive:
        proc.kill()
    proc.wait()
    return alive


def run(rounds: int, articles: int, seed: int | None, jitter: float = 0.01) -> dict[str, object]:
    """``articles`` new ones each round; each round's ingest is killed once a random number of
    them (0 to all but one) are stored, ``0..jitter`` s after."""
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="wwk-crash-"))
    corpus, db = work / "corpus", work / "crash.db"
    corpus.mkdir()
    ingest = [*WWK, "ingest", str(corpus), "--db", str(db), "-q"]
    killed, problems, warned, counts, unplaced = 0, [], 0, [], []
    for n in range(rounds):  # each round adds new articles, so that every run has writes to do
        write_corpus(corpus, articles, n * articles)
        target = scalar(db, ARTICLES) + rng.randrange(articles)
        proc = subprocess.Popen(ingest, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stored = partial(reached, db, target, ARTICLES)
        killed += kill_when(proc, [stored], rng.uniform(0, jitter))
        if db.exists():
            found, warnings = check(db)
            problems += found
            warned += bool(warnings)
            counts.append(scalar(db, ARTICLES))
            unplaced.append(scalar(db, NO_STORY))
    final = subprocess.run(ingest, capture_output=True, text=True)
    found, warnings = check(db)
    problems += found + warnings  # after the final run, an article in no story is a failure
    with closing(sqlite3.connect(db)) as conn:
        stored = conn.execute(ARTICLES).fetchone()[0]
        raws = conn.execute("SELECT count(*) FROM raw_inputs").fetchone()[0]
        dossiers = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        largest = conn.execute(
            "SELECT coalesce(max(n), 0) FROM "
            "(SELECT count(*) AS n FROM story_articles GROUP BY story_id)"
        ).fetchone()[0]
    return {
        "mode": "ingest",
        "rounds": rounds,
        "killed_mid_run": killed,
        "stored_after_each_kill": counts,
        "in_no_story_after_each_kill": unplaced,
        "check_warned_after_kills": warned,
        "final_exit": final.returncode,
        "articles": rounds * articles,
        "stored": stored,
        "raw_inputs": raws,
        "dossiers": dossiers,
        "duplicates": raws - stored,
        "articles_lost": rounds * articles - stored,
        "in_no_story": scalar(db, NO_STORY),
        "stories": stories,
        "largest_story": largest,
        "problems": problems,
        "db": str(db),
    }


STALE = "0.0.0-stale"


def make_stale(db: Path) -> None:
    """Every article and dossier as if analysed by another pipeline version (what an upgrade
    leaves): ``wwk reprocess`` re-analyses them all."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE articles SET pipeline_version = ?", (STALE,))
        conn.execute(
            "UPDATE dossiers SET pipeline_version = ?, "
            "json = json_set(json, '$.pipeline.version', ?)",
            (STALE, STALE),
        )


def raw_digest(db: Path) -> str:
    """A digest of every raw input, row by row (re-analysis must never change one)."""
    digest = hashlib.sha256()
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute(
            "SELECT id, article_id, source, format, raw, meta FROM raw_inputs ORDER BY id"
        )
        for row in rows:
            digest.update(repr(row).encode())
    return digest.hexdigest()


def run_reprocess(
    rounds: int,
    articles: int,
    seed: int | None,
    jitter: float = 0.01,
    targets: Sequence[int] = (),
) -> dict[str, object]:
    """``articles`` stored once; each round makes every dossier stale and kills ``wwk
    reprocess`` once a random number of them (0 to all; or ``targets[round]``) are re-analysed
    (all: once the stories' rebuild has begun, the stories cleared); a final run must bring every
    dossier to the current version and every article back into a story."""
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="wwk-crash-reprocess-"))
    corpus, db = work / "corpus", work / "crash.db"
    corpus.mkdir()
    write_corpus(corpus, articles)
    subprocess.run([*WWK, "ingest", str(corpus), "--db", str(db), "-q"], check=True)
    with closing(sqlite3.connect(db)) as conn:
        (current,) = conn.execute("SELECT DISTINCT pipeline_version FROM articles").fetchone()
    raws = raw_digest(db)
    reprocess = [*WWK, "reprocess", "--db", str(db), "-q"]
    killed, problems, redone, unplaced, raw_changed = 0, [], [], [], 0
    for n in range(rounds):
        make_stale(db)
        if n < len(targets):
            target = targets[n]
        else:  # a third of the kills in the stories' rebuild
            target = articles if rng.random() < 1 / 3 else rng.randint(0, articles - 1)
        conditions = [partial(reached, db, target, AT_VERSION, current)]
        unplaced_before = scalar(db, NO_STORY)
        if target == articles and unplaced_before < articles:  # once the rebuild has begun
            conditions.append(partial(reached, db, unplaced_before + 1, NO_STORY))
        proc = subprocess.Popen(reprocess, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killed += kill_when(proc, conditions, rng.uniform(0, jitter))
        problems += check(db)[0]
        redone.append(scalar(db, AT_VERSION, current))
        unplaced.append(scalar(db, NO_STORY))
        raw_changed += raw_digest(db) != raws
    final = subprocess.run(reprocess, capture_output=True, text=True)
    found, warnings = check(db)
    problems += found + warnings
    return {
        "mode": "reprocess",
        "rounds": rounds,
        "killed_mid_run": killed,
        "current_after_each_kill": redone,
        "in_no_story_after_each_kill": unplaced,
        "final_exit": final.returncode,
        "articles": articles,
        "stored": scalar(db, ARTICLES),
        "dossiers": scalar(db, "SELECT count(*) FROM dossiers"),
        "at_current_version": scalar(
            db,
            "SELECT count(*) FROM articles a JOIN dossiers d ON d.article_id = a.id "
            "WHERE a.pipeline_version = ? AND d.pipeline_version = ?",
            current,
            current,
        ),
        "raw_inputs_changed": raw_changed + (raw_digest(db) != raws),
        "in_no_story": scalar(db, NO_STORY),
        "problems": problems,
        "db": str(db),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument(
        "--articles",
        type=int,
        default=10,
        help="new articles each round (with --reprocess: articles stored, re-analysed each round)",
    )
    parser.add_argument(
        "--reprocess", action="store_true", help="kill wwk reprocess instead of wwk ingest"
    )
    parser.add_argument(
        "--jitter", type=float, default=0.01, help="up to this many seconds after a write, the kill"
    )
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    start = time.perf_counter()
    if args.reprocess:
        result = run_reprocess(args.rounds, args.articles, args.seed, args.jitter)
        ok = result["raw_inputs_changed"] == 0 and (
            result["stored"] == result["dossiers"] == result["at_current_version"]
        )
    else:
        result = run(args.rounds, args.articles, args.seed, args.jitter)
        ok = result["articles_lost"] == result["duplicates"] == 0
    result["seconds"] = round(time.perf_counter() - start, 1)
    print(json.dumps(result))
    ok = ok and not result["problems"] and result["in_no_story"] == 0
    sys.exit(0 if ok and result["final_exit"] == 0 else 1)


if __name__ == "__main__":
    main()
