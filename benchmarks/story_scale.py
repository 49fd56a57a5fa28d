"""Cost of story building against the number of articles, with its growth exponent and peak memory.

    python benchmarks/story_scale.py [--sizes 1000 10000 100000] [--pool N]

There is no 100,000-article corpus with dossiers at hand, so the articles are made by recombining
real ones. A *pool* of real news articles (the PolNeAR texts in ../shared/data: US politics
2015-2016, 15 outlets, dates and outlets from its metadata) is analysed once by the whole
pipeline; the dossiers are cached under ``.cache/story_scale/`` (keyed by pipeline version).
Synthetic article ``i`` of a corpus is:

- the pool article ``i mod P`` *replayed* in epoch ``e = i div P``: its dossier (every record kept,
  offsets unchanged) dated ``e * SHIFT_DAYS`` days later, so epochs overlap in time and the store
  holds about a dozen replays of the news on any one day (as dense as ``365 / SHIFT_DAYS`` times
  the real corpus), which makes stories from several epochs meet;
- its text followed by the text of another pool article (so every synthetic article has a text of
  its own: the replays of one article are not wire copies of each other, about a third of their
  shingles are shared);
- one article in :data:`COPY_EVERY` is a wire copy of the one before it: the same text with a
  credit line added, under another outlet.

For each size, one fresh process stores the synthetic dossiers in a new SQLite file (timed
apart, "store"), then another places every article in the stories in order of publication,
exactly as ``wwk stories --rebuild`` does it (timed: "stories"). Peak memory is that process's
maximum resident set size ("helper": the largest process preparing articles beside it, with
``--workers 2``). The CPU time of the placing process and of the preparing ones, per article,
and the load average at the end are printed beside: on a shared machine, wall time says more of
the load than of the code. The growth exponent is the slope of log time
against log n, between consecutive sizes and fitted over all of them.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from whatweknow.model import Block, Dossier, article_id
from whatweknow.pipeline import PIPELINE_VERSION
from whatweknow.readers.base import RawDocument

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared/data/polnear"
CACHE = ROOT / ".cache/story_scale"
SHIFT_DAYS = 30
COPY_EVERY = 10


def pool_path() -> Path:
    return CACHE / f"pool-{PIPELINE_VERSION}.jsonl"


def build_pool(limit: int | None) -> Path:
    """Analyse the PolNeAR texts once; dossiers cached as JSON Lines."""
    path = pool_path()
    if path.exists():
        return path
    from whatweknow import Analyser, ReadOptions

    meta = {}
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    files = sorted((POLNEAR / "train/text").glob("*.txt")) + sorted(
        (POLNEAR / "dev/text").glob("*.txt")
    )
    files = files[:limit] if limit else files
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    t0 = time.perf_counter()
    n = 0
    with tmp.open("w", encoding="utf-8") as out:
        for item in Analyser().analyse_paths(files, ReadOptions(lang_any=True)):
            if not isinstance(item, tuple):
                continue
            raw, dossier = item
            row = meta.get(Path(raw.source).stem, {})
            a = dossier.article
            a.outlet = row.get("publisher") or a.outlet
            if row.get("publication_date"):
                a.published = date.fromisoformat(row["publication_date"])
            out.write(dossier.to_json() + "\n")
            n += 1
            if n % 100 == 0:
                print(f"  pool: {n} of {len(files)} analysed", file=sys.stderr)
    tmp.rename(path)
    print(f"pool: {n} articles analysed in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path


def load_pool(path: Path) -> list[Dossier]:
    with path.open(encoding="utf-8") as f:
        return [Dossier.model_validate_json(line) for line in f]


def synthetic(pool: list[Dossier], n: int) -> Iterator[tuple[RawDocument, Dossier]]:
    """The ``n`` synthetic articles described in the module doc."""
    size = len(pool)
    before: Dossier | None = None
    for i in range(n):
        base, epoch = pool[i % size], i // size
        a = base.article
        if i % COPY_EVERY == COPY_EVERY - 1 and before is not None:
            b = before.article
            text = f"{b.text}\n\nThis report was carried from another outlet."
            dossier = _variant(before, text, f"copy-{i % 7}", b.published)
        else:
            other = pool[(i * 7919 + epoch * 31 + 1) % size].article.text
            if other == a.text:
                other = pool[(i + 1) % size].article.text
            text = f"{a.text}\n\n{other}"
            published = a.published + timedelta(days=epoch * SHIFT_DAYS) if a.published else None
            dossier = _variant(base, text, a.outlet, published)
        before = dossier
        raw = RawDocument(f"synthetic/{i}", "text", text.encode("utf-8"), dossier.article)
        yield raw, dossier


def _variant(base: Dossier, text: str, outlet: str | None, published: date | None) -> Dossier:
    a = base.article
    tail = Block(start=len(a.text) + 2, end=len(text), kind="paragraph")
    article = a.model_copy(
        update={
            "id": article_id(text),
            "text": text,
            "outlet": outlet,
            "published": published,
            "blocks": [*a.blocks, tail],
        }
    )
    return base.model_copy(update={"article": article})


def store_one(n: int, pool_file: Path, workdir: Path) -> dict[str, float | int]:
    """Store ``n`` synthetic articles in a new SQLite file; in this (fresh) process."""
    from whatweknow.store import open_store

    pool = load_pool(pool_file)
    store = open_store(workdir / f"scale-{n}.db")
    t0 = time.perf_counter()
    for raw, dossier in synthetic(pool, n):
        store.add(raw, dossier)
    store.close()
    return {"store_s": time.perf_counter() - t0}


def reset_one(n: int, workdir: Path) -> dict[str, float | int]:
    """Take the stories out of a reused corpus (and the redirects of its earlier rebuilds), so
    that it is as it was stored: placing then starts from no story, as after ``store_one``."""
    import sqlite3

    from whatweknow.store import open_store

    t0 = time.perf_counter()
    store = open_store(workdir / f"scale-{n}.db")
    store.clear_stories()
    store.close()
    with sqlite3.connect(workdir / f"scale-{n}.db") as conn:
        conn.execute("DELETE FROM story_redirects")
    return {"reset_s": time.perf_counter() - t0}


def place_one(n: int, workdir: Path, workers: int) -> dict[str, float | int]:
    """Build the stories of the stored articles; in this (fresh) process, so that its peak
    memory is that of story building alone."""
    from whatweknow.store import open_store
    from whatweknow.stories import rebuild_stories

    store = open_store(workdir / f"scale-{n}.db")
    shown = [0]

    def progress(done: int, total: int) -> None:
        if done - shown[0] >= 10000 or done == total:
            shown[0] = done
            rate = done / (time.perf_counter() - t1)
            print(f"  n={n}: {done} of {total} placed, {rate:.0f}/s", file=sys.stderr)

    t1, cpu1 = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
    placed = rebuild_stories(store, progress=progress, workers=workers)  # as wwk stories --rebuild
    t_stories = time.perf_counter() - t1
    cpu_placing = _cpu(resource.RUSAGE_SELF) - cpu1
    sizes = [s.articles for s in store.stories(limit=10_000_000)]
    store.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    helper_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "n": n,
        "placed": placed,
        "stories_s": t_stories,
        "stories": len(sizes),
        "largest": max(sizes, default=0),
        "peak_mib": peak_kib / 1024,
        "helper_mib": helper_kib / 1024,
        "cpu_placing_s": cpu_placing,
        "cpu_preparing_s": _cpu(resource.RUSAGE_CHILDREN),
        "load": os.getloadavg()[0],
    }


def _cpu(who: int) -> float:
    """CPU seconds (user and system) of this process, or of its ended children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _child(*args: str) -> dict[str, float | int]:
    cmd = [sys.executable, __file__, *args]
    done = subprocess.run(cmd, check=True, stdout=subprocess.PIPE)
    return dict(json.loads(done.stdout.decode().strip().splitlines()[-1]))


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log y against log x."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--pool", type=int, default=None, help="pool articles (default: all)")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--workers",
        type=int,
        default=2,
        help="processes placing stories: 1 places and N - 1 prepare (wwk stories --workers)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep the stored corpora in this folder, and reuse those already there "
        "(their stories taken out first, untimed, then built again)",
    )
    parser.add_argument("--store-one", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--place-one", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--reset-one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.store_one is not None:  # a child: one phase of one size, result as JSON on stdout
        print(json.dumps(store_one(args.store_one, pool_path(), args.workdir)))
        return
    if args.reset_one is not None:
        print(json.dumps(reset_one(args.reset_one, args.workdir)))
        return
    if args.place_one is not None:
        print(json.dumps(place_one(args.place_one, args.workdir, args.workers)))
        return

    kept = args.keep is not None and all((args.keep / f"scale-{n}.db").exists() for n in args.sizes)
    if kept:  # the pool is only read to store a corpus
        print(
            f"corpora reused from {args.keep} (their dossiers as they were stored); "
            f"story code of pipeline {PIPELINE_VERSION}; placed with --workers {args.workers}"
        )
    else:
        pool_file = build_pool(args.pool)
        with pool_file.open(encoding="utf-8") as f:
            pool_size = sum(1 for _ in f)
        print(
            f"pool: {pool_size} real articles (PolNeAR), pipeline {PIPELINE_VERSION}; "
            f"stories placed with --workers {args.workers}"
        )
    results = []
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            stored: dict[str, float | int] = {"store_s": math.nan}  # reused
            if not (work / f"scale-{n}.db").exists():
                stored = _child("--store-one", str(n), "--workdir", str(work))
            else:
                reset = _child("--reset-one", str(n), "--workdir", str(work))
                print(f"  n={n}: reused; its stories taken out in {reset['reset_s']:.0f} s first")
            placed = _child(
                "--place-one", str(n), "--workdir", str(work), "--workers", str(args.workers)
            )
            results.append({**stored, **placed})
            if args.keep is None:
                for leftover in work.glob(f"scale-{n}.db*"):
                    leftover.unlink()
    print(
        f"{'articles':>9} {'store s':>8} {'stories s':>9} {'ms/article':>10} "
        f"{'stories':>8} {'largest':>8} {'peak MiB':>9} {'helper MiB':>10} "
        f"{'CPU ms/article (placing / preparing)':>36} {'load':>5}"
    )
    for r in results:
        placing, preparing = (1000 * r[k] / r["n"] for k in ("cpu_placing_s", "cpu_preparing_s"))
        cpu = f"{placing:.2f} / {preparing:.2f}"
        print(
            f"{r['n']:>9,} {r['store_s']:>8.1f} {r['stories_s']:>9.1f} "
            f"{1000 * r['stories_s'] / r['n']:>10.2f} {r['stories']:>8,} {r['largest']:>8,} "
            f"{r['peak_mib']:>9.0f} {r['helper_mib']:>10.0f} {cpu:>36} {r['load']:>5.1f}"
        )
    points = [(float(r["n"]), float(r["stories_s"])) for r in results]
    for (n0, t0), (n1, t1) in pairwise(points):
        print(f"growth exponent {n0:,.0f} -> {n1:,.0f}: {slope([(n0, t0), (n1, t1)]):.2f}")
    if len(points) > 2:
        print(f"growth exponent, fitted over all sizes: {slope(points):.2f}")
    sizes = " ".join(str(n) for n in args.sizes)
    print(f"reproduce: python benchmarks/story_scale.py --sizes {sizes} --workers {args.workers}")


if __name__ == "__main__":
    main()
