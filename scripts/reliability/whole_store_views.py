"""The whole-store pages (``/timeline``, ``/network``, ``GET /api/v1/events`` without a story)
on stores of 1,000 to 100,000 synthetic articles: time per request and peak memory, and what
the former way (every dossier loaded on each request) cost on the same stores.

    .venv/bin/python scripts/reliability/whole_store_views.py --sizes 1000 10000 100000
    .venv/bin/python scripts/reliability/whole_store_views.py --sizes 1000 10000 --keep DIR

The articles are those of ``benchmarks/story_scale.py`` (PolNeAR dossiers replayed, analysed
once and cached in ``.cache/story_scale/``), stored with :meth:`Store.add` (which writes the
event rows) into one SQLite file that grows from one size to the next (``--keep`` keeps it and
reuses it). Replays keep their events' times, so the events of every epoch fall on the pool's
days: a 30-day window of the 100,000-article store holds tens of thousands of events, the
heaviest case for the pages.

For each size a fresh process opens the store read-only behind the app (in-process client, no
socket), requests each page ``--repeat`` times and reports the median and the slowest time, the
dossiers loaded (must be 0) and its peak resident memory; the pages are asked for with the
default window (the last 30 days up to the latest publication date: replays keep their events'
times, so it holds few events here), with the 30 days up to the day with the most events (a
dense window, ``{dense}`` in the table) and with the widest (``from=1900-01-01&to=2100-12-31``,
every dated event of the store). Another fresh process measures the former way, for sizes up to
``--old-up-to``: every dossier loaded and its events put in time order, once. Prints one JSON
line per size and a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

WIDE = "from=1900-01-01&to=2100-12-31"
DENSE = "{dense}"
PAGES = (
    "/timeline",
    "/network",
    "/api/v1/events",
    f"/timeline?{DENSE}",
    f"/network?{DENSE}",
    f"/api/v1/events?{DENSE}&limit=200",
    f"/timeline?{WIDE}",
    f"/network?{WIDE}",
    f"/api/v1/events?{WIDE}&limit=200",
)


def grow(db: Path, n: int) -> dict[str, Any]:
    """Store the synthetic articles up to ``n`` (those already stored are skipped)."""
    import story_scale

    from whatweknow.store import open_store

    pool = story_scale.load_pool(story_scale.build_pool(None))
    with open_store(db) as store:
        have = store.count()
        t0 = time.perf_counter()
        for i, (raw, dossier) in enumerate(story_scale.synthetic(pool, n)):
            if i >= have:
                store.add(raw, dossier)
        added = store.count() - have
        spent = time.perf_counter() - t0
    return {"added": added, "store_s": spent}


def measure(db: Path, repeat: int) -> dict[str, Any]:
    """The pages, each ``repeat`` times, in this (fresh) process."""
    from fastapi.testclient import TestClient

    from whatweknow.store import SqlStore
    from whatweknow.web import create_app

    loads = [0]
    real = SqlStore.get_dossier

    def counted(self: SqlStore, article_id: str) -> Any:
        loads[0] += 1
        return real(self, article_id)

    SqlStore.get_dossier = counted  # type: ignore[method-assign]
    client = TestClient(create_app(str(db), token=None, read_only=True))
    dense = _densest(db)
    out: dict[str, Any] = {"dense": dense}
    for page in PAGES:
        url = page.format(dense=dense)
        times = []
        for _ in range(repeat + 1):  # the first warms the connection and the templates
            t0 = time.perf_counter()
            got = client.get(url)
            times.append(time.perf_counter() - t0)
            if got.status_code != 200:
                raise SystemExit(f"{page}: {got.status_code} {got.text[:200]}")
        out[page] = {
            "median_ms": statistics.median(times[1:]) * 1000,
            "max_ms": max(times[1:]) * 1000,
            "bytes": len(got.content),
        }
    out["dossier_loads"] = loads[0]
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _densest(db: Path) -> str:
    """The 30 days up to the day with the most events (not timed)."""
    import sqlite3
    from datetime import date, timedelta

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        print(conn.execute("SELECT count(*), count(day) FROM events").fetchone(), file=sys.stderr)
        (day,) = conn.execute(
            "SELECT day FROM events WHERE day IS NOT NULL GROUP BY day ORDER BY count(*) DESC"
            " LIMIT 1"
        ).fetchone()
    last = date.fromisoformat(day)
    return f"from={last - timedelta(days=29)}&to={last}"


def measure_old(db: Path) -> dict[str, Any]:
    """The former way, once: every stored dossier loaded, its events in time order."""
    from whatweknow.stages.events.export import timeline
    from whatweknow.store import open_store

    with open_store(db, read_only=True) as store:
        t0 = time.perf_counter()
        dossiers = []
        offset = 0
        while page := store.articles(limit=200, offset=offset):
            dossiers += [d for a in page if (d := store.get_dossier(a.id)) is not None]
            offset += len(page)
        events = timeline(dossiers)
        spent = time.perf_counter() - t0
    return {
        "old_s": spent,
        "old_events": len(events),
        "old_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args], check=True, stdout=subprocess.PIPE, text=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--old-up-to", type=int, default=10000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the store in this folder")
    parser.add_argument("--grow", nargs=2, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--old", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.grow:
        print(json.dumps(grow(Path(args.grow[0]), int(args.grow[1]))))
        return
    if args.measure:
        print(json.dumps(measure(args.measure, args.repeat)))
        return
    if args.old:
        print(json.dumps(measure_old(args.old)))
        return

    folder = args.keep or Path(tempfile.mkdtemp(prefix="wwk-views-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "views.db"
    rows = []
    for n in sorted(args.sizes):
        built = _child("--grow", str(db), str(n))
        result: dict[str, Any] = {"articles": n, **built}
        result |= _child("--measure", str(db), "--repeat", str(args.repeat))
        if n <= args.old_up_to:
            result |= _child("--old", str(db))
        print(json.dumps(result), flush=True)
        rows.append(result)
    print("\n| articles | " + " | ".join(PAGES) + " | dossiers loaded | peak MiB | former way |")
    print("|---:|" + "---:|" * len(PAGES) + "---:|---:|---|")
    for r in rows:
        cells = [f"{r[p]['median_ms']:.0f} ({r[p]['max_ms']:.0f})" for p in PAGES]
        old = (
            f"{r['old_s']:.1f} s, {r['old_peak_mib']:.0f} MiB ({r['old_events']:,} events)"
            if "old_s" in r
            else "not measured"
        )
        print(
            f"| {r['articles']:,} | " + " | ".join(cells)
            + f" | {r['dossier_loads']} | {r['peak_mib']:.0f} | {old} |"
        )  # fmt: skip


if __name__ == "__main__":
    main()
