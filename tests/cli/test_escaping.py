"""Terminal and Rich-markup injection: every payload planted in a file name, or in the stored
titles, outlets, names, quotes and claims of an invented article, comes out of every command
that prints it escaped: no raw ESC, C1 or bidi control, no forged line, no crash (the rule is
``whatweknow.cli._terminal.shown``)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from whatweknow.cli._terminal import cell, markup, shown
from whatweknow.cli.main import cli
from whatweknow.model import (
    Actor,
    Article,
    Caption,
    Claim,
    Dossier,
    Event,
    Mention,
    PipelineInfo,
    Quote,
    article_id,
)
from whatweknow.readers.base import RawDocument, ReadProblem
from whatweknow.store import open_store
from whatweknow.stories import update_stories

PAYLOADS = {
    "\x1b]0;pwned\x07": "\\x1b]0;pwned\\x07",  # sets the window title
    "\x1b[2J": "\\x1b[2J",  # clears the screen
    "\nerror: forged.txt: W002: fake": "\\nerror: forged.txt: W002: fake",  # a forged line
    "\r": "\\r",  # back to the start of the line, to write over it
    "[link=https://x]": "[link=https://x]",  # a hyperlink, through Rich markup
    "[/red]": "[/red]",  # MarkupError in Rich
    "[/bold]": "[/bold]",
    "\u202e": "\\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u2066": "\\u2066",  # LEFT-TO-RIGHT ISOLATE
    "\x9b31m": "\\x9b31m",  # C1 CSI: red, on terminals that read 8-bit controls
    "\x7f": "\\x7f",
}
P = "".join(PAYLOADS)
NAME_PAYLOADS = {  # what a file name can hold (no '/', no NUL)
    "\x1b]0;pwned\x07": "\\x1b]0;pwned\\x07",
    "\x1b[2J": "\\x1b[2J",
    "\nerror: forged.txt: W002: fake": "\\nerror: forged.txt: W002: fake",
    "[link=x.example]": "[link=x.example]",
    "[bold]": "[bold]",
    "\u202e": "\\u202e",
    "\x9b31m": "\\x9b31m",
}
FLOWED = {  # in the briefing's Markdown, whose renderer joins the words of each field
    **PAYLOADS,
    "\nerror: forged.txt: W002: fake": " error: forged.txt: W002: fake",
    "\r": "fake [link=",
}
MD_ESCAPE = re.compile(r"\\([\\`*_\[\]<>])")
"""Markdown's backslash escapes, as the briefing writes them."""
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
"""What must never reach the terminal from the data (newline and tab are the output's own)."""
SGR = re.compile(r"\x1b\[[0-9;]*m")
ENV = {"COLUMNS": "2000", "CI": "true", "NO_COLOR": None, "FORCE_COLOR": None}

TEXT = (
    f"Crane falls at the east quay {P}\n\n"
    f"The crane at the east quay fell on Tuesday {P}, the port authority said.\n\n"
    f"\u201cEvery crane is being checked {P},\u201d said Ora Pell {P}, the harbour master."
)


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def planted() -> tuple[RawDocument, Dossier]:
    """One invented article whose every field a command prints carries the payloads."""
    claim = f"The crane at the east quay fell on Tuesday {P}"
    quote = f"Every crane is being checked {P},"
    name = f"Ora Pell {P}"
    (cs, ce), (qs, qe), (ns, ne) = _span(claim), _span(quote), _span(name)
    article = Article(
        id=article_id(TEXT),
        text=TEXT,
        title=f"Crane falls {P}",
        outlet=f"Quay Post {P}",
        published=date(2025, 3, 4),
        url=f"https://news.example/{P}",
        byline=[f"Ada Reed {P}"],
        standfirst=f"A standfirst {P}",
        sections=[f"Section {P}"],
        captions=[Caption(start=0, end=5, text=f"Caption {P}", credit=f"Credit {P}")],
        format="text",
    )
    actors = [
        Actor(
            id="a1",
            key=f"person:ora pell {P}",
            name=name,
            type="person",
            roles=[f"harbour master {P}"],
            mentions=[Mention(start=ns, end=ne, text=name)],
        ),
        Actor(id="a2", key="org:port authority", name=f"port authority {P}", type="organisation"),
    ]
    dossier = Dossier(
        pipeline=PipelineInfo(version="0.1.0", model="test"),
        article=article,
        actors=actors,
        quotes=[
            Quote(
                id="q1",
                kind="direct",
                start=qs,
                end=qe,
                text=quote,
                speaker="a1",
                speaker_text=name,
            )
        ],
        claims=[
            Claim(
                id="c1",
                start=cs,
                end=ce,
                text=claim,
                modality="reported",
                source="a2",
                source_text=f"the port authority {P}",
            ),
            Claim(id="c2", start=qs, end=qe, text=quote, source="a1", source_text=name),
        ],
        events=[
            Event(id="e1", start=cs, end=ce, type="ASSAULT", trigger=f"fell {P}", actor=["a2"])
        ],
    )
    raw = RawDocument(f"quay{P}.txt", "text", TEXT.encode(), article)
    return raw, dossier


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "news.db"
    raw, dossier = planted()
    with open_store(path) as store:
        store.add(raw, dossier)
        update_stories(store, dossier.article.id)
    return str(path)


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that analyse files get the planted article and one failed file with a hostile
    name, without spaCy."""

    def analyse_paths(self: object, paths: object, options: object) -> Iterator[object]:
        yield ReadProblem(f"in/{P}.txt", f"W002: the file is empty ({P})")
        yield planted()

    def analyse(self: object, documents: object) -> Iterator[object]:  # what ingest calls
        return analyse_paths(self, None, None)

    monkeypatch.setattr("whatweknow.analyse.Analyser.analyse_paths", analyse_paths)
    monkeypatch.setattr("whatweknow.analyse.Analyser.analyse", analyse)


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), env={**ENV, **(env or {})})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def assert_inert(
    result: Result,
    payloads: dict[str, str] = PAYLOADS,
    *,
    sgr_allowed: bool = False,
    markdown: bool = False,
    streams: tuple[str, ...] = ("stdout", "stderr"),
) -> None:
    """No raw control from the data in the output bytes, no forged line, and each payload
    visible in its escaped form (in one of ``streams``; as Markdown, with its escapes undone)."""
    seen = ""
    for name in streams:
        text = getattr(result, f"{name}_bytes").decode("utf-8", "backslashreplace")
        if sgr_allowed:  # the styles Rich writes itself, and nothing else
            text = SGR.sub("", text)
        assert not RAW.findall(text), (RAW.findall(text), text[:2000])
        assert not any(line.startswith("error: forged") for line in text.splitlines()), text
        seen += MD_ESCAPE.sub(r"\1", text) if markdown else text
    missing = [shown_as for shown_as in payloads.values() if shown_as not in seen]
    assert not missing, (missing, seen[:3000])


def test_the_rule() -> None:
    for payload, escaped in PAYLOADS.items():
        assert shown(payload) == escaped
    assert shown("two\nlines\tkept", lines=True) == "two\nlines\tkept"
    assert shown("a\x1b[2J\u2067\ud8ffb", lines=True) == "a\\x1b[2J\\u2067\\ud8ffb"
    assert shown("Zürich — 北京 \u200d ok") == "Zürich — 北京 \u200d ok"  # text, not controls
    assert markup("[/red]") == "\\[/red]"
    assert cell("[bold]x").plain == "[bold]x"


def test_ingest_error_lines_escape_the_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, payload in enumerate(NAME_PAYLOADS):
        (folder / f"{n}{payload}.txt").write_bytes(b"")  # empty: W002, no model needed
    (folder / "undecodable").mkdir()
    with open(os.fsencode(folder / "undecodable") + b"/\xff.txt", "wb"):
        pass  # a name that is not UTF-8
    result = run("ingest", str(folder), "--db", str(tmp_path / "x.db"), "-q")
    assert result.exit_code == 1  # the usual: inputs failed
    assert_inert(result, NAME_PAYLOADS)
    lines = result.stderr.splitlines()
    assert sum(line.startswith("error ") for line in lines) == len(NAME_PAYLOADS) + 1, lines
    assert "\\udcff.txt: W002" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["search", "crane"],
        ["stories"],
        ["story", "1"],
        ["story", "1", "--all"],
        ["story", "1", "-f", "md"],
        ["story", "1", "--since", "2025-01-01"],
        ["story", "1", "--since", "2025-01-01", "-f", "md"],
        ["actors", "--stored"],
        ["brief", "--story", "1"],
        ["events", "--stored"],
        ["timeline", "--story", "1"],
    ],
    ids=" ".join,
)
def test_stored_payloads_are_shown_escaped(db: str, args: list[str]) -> None:
    result = run(*args, "--db", db)
    assert result.exit_code == 0, result.output
    if args[0] == "brief":
        assert_inert(result, FLOWED, markdown=True)
    else:
        assert_inert(result)


@pytest.mark.parametrize("args", [["stories"], ["story", "1"], ["search", "crane"]], ids=" ".join)
def test_on_a_colour_terminal_only_rich_styles_are_written(db: str, args: list[str]) -> None:
    result = run(*args, "--db", db, env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert SGR.search(result.stdout)  # it did write styles
    assert "\x1b]8;" not in result.stdout  # no hyperlink
    assert_inert(result, {"\u202e": "\\u202e"}, sgr_allowed=True)


@pytest.mark.usefixtures("files")
@pytest.mark.parametrize(
    "args",
    [
        ["extract", "-f", "md"],
        ["extract", "-f", "jsonl"],
        ["brief"],
        ["actors"],
        ["events"],
        ["timeline"],
    ],
    ids=" ".join,
)
def test_analysed_payloads_and_error_lines_are_shown_escaped(
    tmp_path: Path, args: list[str]
) -> None:
    result = run(*args, str(tmp_path))
    assert result.exit_code == 1  # one input failed
    if args[-1] == "jsonl":  # a machine format: the data as it is, JSON-escaped C0 only
        assert "\\u001b]0;pwned\\u0007" in result.stdout and "\u202e" in result.stdout
        assert_inert(result, streams=("stderr",))
    elif args[0] == "brief":
        assert "W002" in result.stderr
        assert_inert(result, FLOWED, markdown=True)
    else:
        assert_inert(result)


def test_check_lines_are_shown_escaped(db: str) -> None:
    """A damaged store whose dossier names another article: the id read from it is escaped."""
    import sqlalchemy as sa

    with open_store(db) as store, store.engine.begin() as conn:
        (text,) = conn.execute(sa.text("SELECT json FROM dossiers")).one()
        conn.execute(
            sa.text("UPDATE dossiers SET json = :j"),
            {
                "j": text.replace(
                    f'"id":"{article_id(TEXT)}"',
                    '"id":"x\\u001b[2J\\nerror: forged.txt: W002: fake"',
                    1,
                )
            },
        )
    result = run("check", "--db", db)
    assert result.exit_code == 1
    assert_inert(result, {"\x1b[2J": "\\x1b[2J"})
    assert "its dossier is of article x\\x1b[2J\\nerror: forged" in result.stderr


@pytest.mark.model
def test_payloads_read_from_a_feed_item_come_out_escaped(tmp_path: Path) -> None:
    """End to end through the real reader and pipeline: a JSON Lines item (what a feed or an
    API post gives) whose title, outlet and text carry the payloads."""
    import json

    body = "The port authority said the crane fell on Tuesday, officials at the quay confirmed."
    item = {
        "title": f"Crane falls {P}",
        "outlet": f"Quay Post {P}",
        "published": "2025-03-04",
        "text": f"Crane falls {P}\n\n{body} {P} Ora Pell said.",
    }
    (tmp_path / "feed.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    db = str(tmp_path / "news.db")
    ingested = run("ingest", str(tmp_path / "feed.jsonl"), "--db", db, "-q")
    assert ingested.exit_code == 0, ingested.output
    for args in (["stories"], ["story", "1"], ["story", "1", "-f", "md"], ["search", "crane"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 0, (args, result.output)
        assert_inert(result)
    brief = run("brief", "--story", "1", "--db", db)
    assert brief.exit_code == 0, brief.output
    assert_inert(brief, FLOWED, markdown=True)
    assert run("check", "--db", db).exit_code == 0


def test_the_rule_costs_linear_time() -> None:
    """Escaping is a single pass: 100k characters dense with controls take at most 30 times
    what 10k take (10 times is linear; the rest is room for a noisy shared machine)."""
    import time

    def seconds(n: int) -> float:
        text = ("a \x1b[2J\u202e\n" * n)[:n]
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            shown(text)
            best = min(best, time.perf_counter() - start)
        return best

    small = seconds(10_000)
    large = seconds(100_000)
    if large > 30 * small:  # a noisy neighbour stole one run: measure both again
        small, large = min(small, seconds(10_000)), min(large, seconds(100_000))
    assert large <= 30 * small
