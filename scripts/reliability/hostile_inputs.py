"""Measure the bounds of issue 15's hostile inputs (RELIABILITY.md, "Hostile files"):

- long runs of spaces through the time rules and the reader (the two quadratic patterns);
- a gzip bomb (about 1 MB of gzip, 1 GB inflated) and a WARC of 50,000 tiny records: time and
  peak memory of reading each, in a fresh process;
- ``wwk ingest`` on a folder holding all of them, a link to ``/``, a link to a file outside, a
  link loop and a FIFO: its problem lines, then ``wwk check`` on the store.

    .venv/bin/python scripts/reliability/hostile_inputs.py [--spaces 100000] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier for repairs. Its chair said "
    "the work would take about six weeks."
)


def bomb() -> bytes:
    member = gzip.compress(b"WARC/1.0\r\n" + bytes(10_000_000), compresslevel=9)
    return member * 100


def many_records(n: int) -> bytes:
    out = []
    for i in range(n):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>%d</p>" % i
        out.append(
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/%d\r\n"
            b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (i, len(http), http)
        )
    return gzip.compress(b"".join(out), compresslevel=9)


MEASURE = """
import json, resource, sys, time
from whatweknow.readers.warc import read_warc
raw = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
items = list(read_warc(raw, sys.argv[1]))
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
problems = [i.problem[:4] for i in items if hasattr(i, "problem")]
counts = {code: problems.count(code) for code in sorted(set(problems))}
print(json.dumps({"seconds": round(took, 3), "rss_growth_mb": round((peak - before) / 1024, 1),
                  "documents": len(items) - len(problems), "problems": counts}))
"""


def read_in_process(path: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    result["stderr_bytes"] = len(out.stderr)
    return result


def spaces(n: int) -> dict[str, float]:
    from whatweknow.readers.text import read_text
    from whatweknow.stages.time.patterns import RULES

    text = "The" + " " * n + "talks"
    start = time.perf_counter()
    for rule in RULES:
        for _ in rule.pattern.finditer(text):
            pass
    rules = time.perf_counter() - start
    start = time.perf_counter()
    read_text(("Talks went on.\n\nSource: Reuters" + " " * n + "news\n").encode(), "x.txt")
    return {"time_rules_s": round(rules, 3), "reader_s": round(time.perf_counter() - start, 3)}


def ingest(folder: Path, db: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    wwk = [str(Path(sys.executable).parent / "wwk")]
    start = time.perf_counter()
    run = subprocess.run(
        [*wwk, "ingest", str(folder), "--db", str(db), "-q"],
        capture_output=True,
        text=True,
        env=env,
    )
    took = time.perf_counter() - start
    check = subprocess.run(
        [*wwk, "check", "--db", str(db)], capture_output=True, text=True, env=env
    )
    lines = [ln for ln in run.stderr.splitlines() if ": W0" in ln]
    codes = [ln.split(": W0", 1)[1][:2] for ln in lines]
    return {
        "seconds": round(took, 1),
        "exit": run.returncode,
        "problem_lines": [ln.replace(str(folder), "DIR") for ln in lines if "W007" not in ln],
        "problem_codes": {f"W0{c}": codes.count(c) for c in sorted(set(codes))},
        "stdout_tail": run.stdout.strip().splitlines()[-1:],
        "check_exit": check.returncode,
        "check": (check.stdout + check.stderr).strip().splitlines()[-1:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spaces", type=int, default=100_000)
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    report: dict[str, object] = {}
    for n in (20_000, args.spaces, 1_000_000):
        report[f"spaces_{n}"] = spaces(n)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "in"
        folder.mkdir()
        (root / "outside.txt").write_text("A note outside the folder, never to be stored.")
        (folder / "story.txt").write_text(STORY)
        (folder / "bomb.warc.gz").write_bytes(bomb())
        (folder / "many.warc.gz").write_bytes(many_records(50_000))
        (folder / "spaces.txt").write_text("The" + " " * args.spaces + "talks were held.\n")
        (folder / "utf16.txt").write_bytes(STORY.replace("six", "seven").encode("utf-16"))
        report["bomb_bytes"] = (folder / "bomb.warc.gz").stat().st_size
        report["many_bytes"] = (folder / "many.warc.gz").stat().st_size
        report["bomb"] = read_in_process(folder / "bomb.warc.gz")
        report["many"] = read_in_process(folder / "many.warc.gz")
        (folder / "root").symlink_to("/")
        (folder / "passwd.txt").symlink_to(root / "outside.txt")
        (folder / "loop.txt").symlink_to(folder / "loop.txt")
        os.mkfifo(folder / "pipe.txt")
        if not args.skip_ingest:
            report["ingest"] = ingest(folder, root / "news.db")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
