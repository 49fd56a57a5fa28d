"""Hostile requests to ``wwk serve`` (issue 15, items 1, 2, 9): the absolute figures behind the
bounds that ``tests/reliability/test_hostile_requests.py`` asserts as ratios.

    .venv/bin/python scripts/reliability/hostile_requests.py --articles 200 --words 3000

Builds a SQLite store of synthetic articles (``--articles`` of ``--words`` words drawn from 14,
so that every search matches every article), then measures:

- the store's search: a plain word, the costliest search still allowed (16 terms, 4 of them
  prefix terms) and the red team's ``t* × 166`` (refused, W041); and, for comparison, FTS5's
  ``snippet()`` (what search used to run) on the plain word and on one prefix term;
- ``wwk serve`` on a free port: the latency of ``GET /api/v1/stories`` while 8 clients send the
  costliest allowed search (and how many of those were a 503), and the status of huge integers.

Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from whatweknow.errors import SearchError
from whatweknow.model import Article, Dossier, PipelineInfo
from whatweknow.model import article_id as make_id
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store

WWK = str(Path(sys.executable).parent / "wwk")
WORDS = "the talks town tanks troops told today truce team tuesday ferry harbour inspection said"
WORST = "t* ta* to* tr* " + " ".join(WORDS.split()[:12])
ATTACK = "t* " * 166
OLD_SNIPPET = (
    "SELECT snippet(articles_fts, 1, '[', ']', '…', 24) FROM articles_fts "
    "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT 30"
)


def build(path: Path, articles: int, words: int) -> None:
    rng = random.Random(15)
    vocabulary = WORDS.split()
    with open_store(path) as store:
        for i in range(articles):
            text = f"Report {i}\n\n" + " ".join(rng.choice(vocabulary) for _ in range(words))
            article = Article(id=make_id(text), text=text, title=f"Report {i}")
            doc = RawDocument(f"{i}.txt", "text", text.encode(), article)
            info = PipelineInfo(version="0.1.0", model="synthetic")
            store.add(doc, Dossier(pipeline=info, article=article))


def best(run: Callable[[], object], times: int = 3) -> float:
    out = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        run()
        out = min(out, time.perf_counter() - start)
    return round(out, 4)


def searches(path: Path) -> dict[str, Any]:
    with open_store(path) as store:
        figures: dict[str, Any] = {
            "plain_s": best(lambda: store.search("ferry", limit=30)),
            "worst_allowed_s": best(lambda: store.search(WORST, limit=30)),
        }
        start = time.perf_counter()
        try:
            store.search(ATTACK, limit=30)
            figures["attack"] = "answered"
        except SearchError as exc:
            figures["attack"] = str(exc)[:4]
        figures["attack_s"] = round(time.perf_counter() - start, 4)
    conn = sqlite3.connect(path)
    figures["old_snippet_plain_s"] = best(
        lambda: conn.execute(OLD_SNIPPET, ("ferry",)).fetchall(), 1
    )
    figures["old_snippet_one_prefix_s"] = best(
        lambda: conn.execute(OLD_SNIPPET, ("t*",)).fetchall(), 1
    )
    conn.close()
    return figures


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def server(path: Path, seconds: float) -> dict[str, Any]:
    port = free_port()
    cmd = [WWK, "serve", "--db", str(path), "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=dict(os.environ), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    statuses: list[int] = []
    waits: list[float] = []
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/v1/stories", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        stop = time.monotonic() + seconds

        def worst() -> None:
            with httpx.Client(base_url=base, timeout=120) as http:
                while time.monotonic() < stop:
                    statuses.append(http.get("/api/v1/search", params={"q": WORST}).status_code)

        threads = [threading.Thread(target=worst) for _ in range(8)]
        for t in threads:
            t.start()
        with httpx.Client(base_url=base, timeout=120) as http:
            while time.monotonic() < stop:
                start = time.perf_counter()
                http.get("/api/v1/stories").raise_for_status()
                waits.append(time.perf_counter() - start)
                time.sleep(0.05)
            for t in threads:
                t.join()
            huge = {
                url: http.get(url).status_code
                for url in (f"/api/v1/stories/{2**63}", f"/stories/{2**64}",
                            f"/api/v1/articles?offset={2**63}", f"/?q=x&offset={2**64}")
            }  # fmt: skip
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    waits.sort()
    return {
        "plain_get_during_8_worst_p50_ms": round(1000 * waits[len(waits) // 2], 1),
        "plain_get_during_8_worst_max_ms": round(1000 * waits[-1], 1),
        "worst_searches": len(statuses),
        "worst_searches_503": statuses.count(503),
        "worst_searches_other": sorted({s for s in statuses if s not in (200, 503)}),
        "huge_integers": huge,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="wwk-hostile-")) / "news.db"
    build(path, args.articles, args.words)
    out = {"articles": args.articles, "words": args.words, **searches(path)}
    out |= server(path, args.seconds)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
