"""A corpus of hostile inputs, each written by the test: every one gets a clear outcome (a
problem line with its code, or dossiers whose records slice the text) within a time bound.

The limits are in RELIABILITY.md: 5 MB a file (``--max-bytes``), 1,000,000 characters an article
(W024), 200 tokens a sentence without a full stop (a forced break), 30 s an input here.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from whatweknow.analyse import MAX_TEXT_CHARS, Analyser
from whatweknow.readers import RawDocument, ReadOptions, ReadProblem, read_paths
from whatweknow.readers.base import DEFAULT_MAX_BYTES

from .checks import check_dossier

SECONDS = 30.0
"""Every hostile input, read and analysed, within this (it takes under 10 s on a laptop)."""

RTL = "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"
SAID = "The minister said the talks would resume on Monday, officials in Geneva confirmed."


def _lol(levels: int) -> bytes:
    ents = ['<!ENTITY lol0 "lololololol">']
    ents += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(ents)}]>'.encode()


BOMB = f"&lol{8};".encode()
TERMINAL = "\x1b]0;pwned\x07\x1b[2J\nerror: forged\r[link=https://x][/red][/bold]\u202e\x9b31m"
"""ESC sequences (window title, clear screen), a forged line, Rich markup, bidi and C1."""
HOSTILE: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n" * 1000,
    "binary.txt": bytes(range(256)) * 64,
    "utf16-no-bom.txt": (SAID + " ").encode("utf-16-le") * 50,
    "latin1.txt": f"{SAID} The café in Zürich, Düsseldorf and Málaga said so.".encode("latin-1"),
    "mixed-scripts.txt": f"{SAID} Москва 北京 القاهرة Αθήνα 東京 ✓ \U0001f600.".encode(),
    "rtl.txt": f"{SAID} \u202e{SAID}\u202c {RTL}.".encode(),
    "quotes.txt": b'"' * 10_000,
    "curly-quotes.txt": "\u201c\u201d\u2018".encode() * 1_000,
    "one-sentence.txt": (b"the minister said that " * 5_000)[:100_000],
    "nested.html": b"<html><body>"
    + b"<div>" * 50_000
    + SAID.encode()
    + b"</div>" * 50_000
    + b"</body></html>",
    "bomb.html": _lol(9) + b"<html><body><article><p>" + BOMB + b" " + SAID.encode() + b"</p>"
    b"</article></body></html>",
    "entities.html": b"<html><body><article><p>"
    + b"&amp;&#x41;&lt;" * 200_000
    + SAID.encode()
    + b"</p></article></body></html>",
    "bomb.xml": _lol(9) + b'<rss version="2.0"><channel><title>' + BOMB + b"</title><item>"
    b"<title>" + BOMB + b"</title><description>" + BOMB + b"</description></item></channel></rss>",
    "broken.jsonl": (
        f'{{"text": "{SAID}"}}\n{{"text": "cut off\n{{bad json}}\n[1, 2]\n'
        '{"title": "no text"}\n{"text": 5}\n{"text": "x", "published": "yesterday"}\n\n'
        "\xff\xfe\n"
    ).encode("utf-8", "surrogateescape"),
    "missing.xml": b'<rss version="2.0"><channel><item></item><item><title>Only a title'
    b"</title></item><item><description>" + SAID.encode() + b"</description></item>"
    b"<item><link>http://x</link></item></channel></rss>",
    "truncated.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1",
    "not-json.json": b"[{" * 10_000,
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    # issue 15: runs of blanks that made two patterns quadratic, a gzip bomb, many records,
    # UTF-16 with a BOM (decoded); links and FIFOs are in test_hostile_files.py
    "spaces.txt": f"{SAID}\n\nThe{' ' * 100_000}talks went on.\n".encode(),
    "source-spaces.txt": f"{SAID}\n\nSource: Reuters{' ' * 100_000}news\n".encode(),
    "nbsp-tabs.txt": (SAID + " the" + "\u00a0\t" * 50_000 + "quarter.").encode(),
    "utf16-bom.txt": (SAID + " ").encode("utf-16") * 1,
    "bomb.warc.gz": gzip.compress(b"WARC/1.0\r\n" + bytes(10_000_000), compresslevel=9) * 20,
    # terminal and Rich-markup injection (how the CLI shows them: tests/cli/test_escaping.py)
    f"{TERMINAL.replace('/', '')}.txt": SAID.encode(),
    "terminal.jsonl": json.dumps(
        {"title": TERMINAL, "outlet": TERMINAL, "text": f"{SAID} {TERMINAL}\n\n{SAID}"}
    ).encode(),
}


def _outcome(
    path: Path, analyser: Analyser | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[str]:
    """Each result as a code (``W003``) or ``ok``, after checking the dossiers."""
    start = time.monotonic()
    results = list(read_paths([path], ReadOptions(max_bytes=max_bytes)))
    for r in results:
        if isinstance(r, RawDocument):
            assert r.article.text[: len(r.article.text)] == r.article.text
    out: list[str] = []
    if analyser is not None:
        for item in analyser.analyse(results):
            if isinstance(item, ReadProblem):
                out.append(item.problem.split(":", 1)[0])
            else:
                check_dossier(item[1])
                out.append("ok")
    else:
        out = [r.problem.split(":", 1)[0] if isinstance(r, ReadProblem) else "ok" for r in results]
    assert time.monotonic() - start < SECONDS, path.name
    assert out, path.name
    return out


def test_every_hostile_input_is_read_with_a_clear_outcome(tmp_path: Path) -> None:
    """The readers alone (no model): every input is a problem with its code, or documents."""
    for name, data in HOSTILE.items():
        path = tmp_path / name
        path.write_bytes(data)
        out = _outcome(path, None)
        assert all(o == "ok" or (o.startswith("W") and o[1:].isdigit()) for o in out), (name, out)


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs_through_the_pipeline(name: str, tmp_path: Path, analyser: Analyser) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    out = _outcome(path, analyser)
    assert "W016" not in out, (name, out)  # never "the analysis failed"


def test_the_obvious_cases_have_the_expected_code(tmp_path: Path) -> None:
    expected = {
        "empty.txt": "W002",
        "binary.txt": "W003",
        "utf16-no-bom.txt": "W003",
        "utf16-bom.txt": "ok",
        "bomb.warc.gz": "W045",
    }
    for name, want in expected.items():
        (tmp_path / name).write_bytes(HOSTILE[name])
        assert _outcome(tmp_path / name, None) == [want]


def test_fifty_megabytes_is_refused_by_size_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(50_000_000)  # sparse: no 50 MB written to disk
    assert _outcome(path, None) == ["W004"]


@pytest.mark.model
def test_an_article_over_the_analysis_limit_is_a_problem_not_a_crash(
    tmp_path: Path, analyser: Analyser
) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes((SAID.encode() + b"\n\n") * (MAX_TEXT_CHARS // len(SAID) + 10))
    assert _outcome(path, analyser, max_bytes=50_000_000) == ["W024"]
