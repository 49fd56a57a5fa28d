"""Load test: ``wwk serve`` on 127.0.0.1 (a free port) over a store built from the sample
corpus; a few concurrent clients send a bounded number of requests over the GET endpoints
(search with SQL metacharacters included) and token-authenticated POSTs of new articles.

    .venv/bin/python scripts/reliability/load_serve.py --requests 3000 --clients 8
    .venv/bin/python scripts/reliability/load_serve.py --requests 3000 --clients 8 --postgres
    .venv/bin/python scripts/reliability/load_serve.py --db postgresql+psycopg://u@host/db

The store is a new SQLite file by default; ``--postgres`` starts a throwaway PostgreSQL server
(initdb and pg_ctl in a temporary folder, on 127.0.0.1, as the store tests do) and stops it at
the end; ``--db`` uses a given store (the sample corpus is ingested into it first). Prints one
JSON line (requests, errors, p50/p99 latency in ms, writes, articles lost) and exits 1 on any
error or lost article.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

WWK = str(Path(sys.executable).parent / "wwk")
PGCLUSTER = Path(__file__).parents[2] / "tests" / "store" / "pgcluster.py"
TOKEN = "load-test-token"
GETS = [
    "/api/v1/articles", "/api/v1/dossiers", "/api/v1/stories", "/api/v1/actors",
    "/api/v1/events", "/api/v1/search?q=geneva", "/api/v1/search?q=%27%3B%20DROP%20TABLE%20x--",
    "/api/v1/search?q=%22unclosed", "/api/v1/articles?limit=5&offset=2", "/", "/actors",
    "/api/v1/stories/1", "/api/v1/stories/1/briefing", "/timeline",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _client(base: str, n: int, seed: int, write_every: int, out: dict[str, list[Any]]) -> None:
    rng = random.Random(seed)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=base, timeout=60) as http:
        for i in range(n):
            t = time.perf_counter()
            if write_every and i % write_every == write_every - 1:
                text = (
                    f"Load test report {seed}-{i}\n\nNegotiators met in Geneva on Monday for "
                    f"round {seed}-{i}, officials said.\n"
                )
                r = http.post("/api/v1/articles", json={"text": text}, headers=auth)
                for _ in range(10):  # busy (503): as a client should, wait and send it again
                    if r.status_code != 503:
                        break
                    out["busy"].append(r.request.url.path)
                    time.sleep(float(r.headers.get("Retry-After", "1")))
                    r = http.post("/api/v1/articles", json={"text": text}, headers=auth)
                ok = r.status_code == 201
                if ok:
                    out["written"].extend(a["id"] for a in r.json()["articles"])
            else:
                r = http.get(rng.choice(GETS))
                ok = r.status_code in (200, 404)
            out["latency"].append(time.perf_counter() - t)
            if not ok:
                out["errors"].append(f"{r.request.method} {r.request.url.path}: {r.status_code}")


def pgcluster() -> ModuleType:
    """The store tests' helper that runs a throwaway PostgreSQL server."""
    spec = importlib.util.spec_from_file_location("pgcluster", PGCLUSTER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def postgres() -> Iterator[str]:
    """A new database on a throwaway PostgreSQL server, for as long as the block runs."""
    pg = pgcluster()
    found = pg.bindir()
    if found is None:
        raise SystemExit(pg.MISSING)
    cluster = pg.Cluster(found)
    cluster.start()
    try:
        yield pg.create_database(cluster.url)
    finally:
        cluster.stop()


def run(requests: int, clients: int, write_every: int, db: str | None = None) -> dict[str, object]:
    """``db``: a store's path or URL (default: a new SQLite file)."""
    if db is None:
        db = str(Path(tempfile.mkdtemp(prefix="wwk-load-")) / "load.db")
    sample = subprocess.run(
        [sys.executable, "-c", "from whatweknow.sample import sample_dir; print(sample_dir())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    subprocess.run([WWK, "ingest", sample, "--db", db, "-q"], check=True)
    port = free_port()
    env = {**os.environ, "WWK_TOKEN": TOKEN}
    cmd = [WWK, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/v1/articles", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        before = httpx.get(base + "/api/v1/articles?limit=1").json()
        out: dict[str, list[Any]] = {"latency": [], "errors": [], "written": [], "busy": []}
        per = requests // clients
        threads = [
            threading.Thread(target=_client, args=(base, per, k, write_every, out))
            for k in range(clients)
        ]
        start = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        elapsed = time.perf_counter() - start
        lost = [
            a
            for a in set(out["written"])
            if httpx.get(f"{base}/api/v1/articles/{a}").status_code != 200
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)
    lat = sorted(out["latency"])

    def pct(p: float) -> float:
        return round(1000 * lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else 0.0

    return {
        "backend": "postgresql" if db.startswith("postgresql") else "sqlite",
        "requests": len(lat),
        "clients": clients,
        "errors": len(out["errors"]),
        "first_errors": out["errors"][:5],
        "busy_retried": len(out["busy"]),
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": round(1000 * lat[-1], 1) if lat else 0.0,
        "requests_per_s": round(len(lat) / elapsed, 1),
        "writes": len(set(out["written"])),
        "articles_lost": len(lost),
        "stored_before": before.get("total"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--write-every", type=int, default=25, help="one POST per N requests")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH|URL", help="the store (default: a new SQLite file)")
    where.add_argument(
        "--postgres", action="store_true", help="a store on a throwaway PostgreSQL server"
    )
    args = parser.parse_args()
    if args.postgres:
        with postgres() as url:
            result = run(args.requests, args.clients, args.write_every, url)
    else:
        result = run(args.requests, args.clients, args.write_every, args.db)
    print(json.dumps(result))
    sys.exit(0 if result["errors"] == result["articles_lost"] == 0 else 1)


if __name__ == "__main__":
    main()
