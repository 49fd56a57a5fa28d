"""Ingest rate (articles per second, model load included) into SQLite and PostgreSQL.

    python benchmarks/ingest_rate.py [--texts DIR ...] [--limit N] [--pg URL] [--only sqlite]

Runs ``wwk ingest`` over the same texts into a fresh store each time, for SQLite and PostgreSQL:
one process, ``--workers 2``, and ``--dask local`` with a LocalCluster of 1 and of 2 workers.
Each run is timed whole (process start, cluster start and model loads included), so the rates are
what a user sees; the speed-ups compare 2 workers with 1 of the same kind. Without ``--pg`` a
throwaway PostgreSQL cluster is started (Debian's initdb/pg_ctl, as the tests do). The default
texts are the PolNeAR articles (train, then dev). Figures go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))
from pgcluster import Cluster, bindir, create_database

POLNEAR = Path(__file__).resolve().parents[2] / "shared/data/polnear"
DEFAULT_TEXTS = [POLNEAR / "train/text", POLNEAR / "dev/text"]
CASES = [
    ("1 process", ()),
    ("--workers 2", ("--workers", "2")),
    ("dask local, 1 worker", ("--dask", "local", "--workers", "1")),
    ("dask local, 2 workers", ("--dask", "local", "--workers", "2")),
]
WWK = str(Path(sys.executable).parent / "wwk")


def run(folder: Path, db: str, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([WWK, "ingest", str(folder), "--db", db, "-q", *extra], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, nargs="+", default=DEFAULT_TEXTS)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--pg", help="a PostgreSQL server URL where databases may be created")
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one backend only")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wwk-bench-"))
    folder = work / "texts"
    folder.mkdir()
    files = [f for d in args.texts for f in sorted(d.glob("*.txt"))][: args.limit]
    for f in files:
        shutil.copy(f, folder / f.name)
    backends = [args.only] if args.only else ["sqlite", "postgresql"]
    cluster = None
    server = args.pg
    if server is None and "postgresql" in backends:
        found = bindir()
        if found is None:
            sys.exit("no PostgreSQL binaries: apt-get install postgresql, or pass --pg URL")
        cluster = Cluster(found)
        cluster.start()
        server = cluster.url
    rates: dict[tuple[str, str], float] = {}
    try:
        print(f"{len(files)} articles from {', '.join(map(str, args.texts))}")
        for backend in backends:
            for n, (label, extra) in enumerate(CASES):
                db = str(work / f"{backend}-{n}.db")
                if backend == "postgresql":
                    assert server is not None
                    db = create_database(server)
                seconds = run(folder, db, *extra)
                rates[backend, label] = len(files) / seconds
                print(
                    f"{backend:10} {label:22} {seconds:7.1f} s  "
                    f"{len(files) / seconds:6.2f} articles/s",
                    flush=True,
                )
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    for backend in backends:
        r = {label: rates[backend, label] for label, _ in CASES}
        print(
            f"{backend}: --workers 2 / 1 process {r['--workers 2'] / r['1 process']:.2f}x; "
            f"dask 2 workers / 1 worker "
            f"{r['dask local, 2 workers'] / r['dask local, 1 worker']:.2f}x; "
            f"dask 2 workers / 1 process {r['dask local, 2 workers'] / r['1 process']:.2f}x"
        )
    print(f"reproduce: .venv/bin/python benchmarks/ingest_rate.py --limit {args.limit}")


if __name__ == "__main__":
    main()
