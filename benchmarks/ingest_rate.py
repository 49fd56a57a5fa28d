"""Ingest rate (articles per second, model load included) into SQLite and PostgreSQL.

    python benchmarks/ingest_rate.py [--texts DIR] [--limit N] [--pg URL]

Runs ``wwk ingest`` over the same texts into a fresh store each time: SQLite and PostgreSQL with
1 and 2 ``--workers``, and SQLite with ``--dask local`` (a LocalCluster of 2 workers). Without
``--pg`` a throwaway PostgreSQL cluster is started (Debian's initdb/pg_ctl, as the tests do).
Figures go in BENCHMARKS.md.
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

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "shared/data/polnear/dev/text"
WWK = str(Path(sys.executable).parent / "wwk")


def run(folder: Path, db: str, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([WWK, "ingest", str(folder), "--db", db, "-q", *extra], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--pg", help="a PostgreSQL server URL where databases may be created")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wwk-bench-"))
    folder = work / "texts"
    folder.mkdir()
    files = sorted(args.texts.glob("*.txt"))[: args.limit]
    for f in files:
        shutil.copy(f, folder / f.name)
    cluster = None
    server = args.pg
    if server is None:
        found = bindir()
        if found is None:
            sys.exit("no PostgreSQL binaries: apt-get install postgresql, or pass --pg URL")
        cluster = Cluster(found)
        cluster.start()
        server = cluster.url
    try:
        cases = [
            ("sqlite", "1 worker", ()),
            ("sqlite", "2 workers", ("--workers", "2")),
            ("sqlite", "dask local, 2 workers", ("--dask", "local")),
            ("postgresql", "1 worker", ()),
            ("postgresql", "2 workers", ("--workers", "2")),
        ]
        print(f"{len(files)} articles from {args.texts}")
        for backend, label, extra in cases:
            db = str(work / f"{len(extra)}-{label[0]}.db")
            if backend == "postgresql":
                db = create_database(server)
            seconds = run(folder, db, *extra)
            print(
                f"{backend:10} {label:22} {seconds:7.1f} s  {len(files) / seconds:6.2f} articles/s"
            )
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    print("reproduce: .venv/bin/python benchmarks/ingest_rate.py")


if __name__ == "__main__":
    main()
