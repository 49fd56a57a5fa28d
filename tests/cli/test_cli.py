"""``wwk`` end to end, through click's runner, on articles the tests write."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from whatweknow.cli.main import cli

pytestmark = pytest.mark.model

ARTICLE = """\
Port workers end strike after pay deal

The week-long stoppage had left dozens of container ships waiting offshore.

Cranes stand idle at the northern terminal on Tuesday [File: Ana Lopes via AP]

ROTTERDAM (Reuters) - Dock workers voted on Friday to end a strike that had closed the
port for a week, the union said, after employers raised their pay offer.

The union said 82 percent of members backed the deal. Employers said ships would be
cleared by the end of next week.

What comes next

Shipping lines said delays would ease within days.

Source: Reuters and news agencies
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_prints_the_contract(article: Path) -> None:
    result = run("extract", str(article), "--published", "2024-06-07", "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    d = json.loads(result.stdout)
    assert d["schema"] == "whatweknow/dossier@1"
    assert set(d) >= {
        "pipeline",
        "article",
        "actors",
        "quotes",
        "claims",
        "events",
        "timexes",
        "contradictions",
    }
    assert d["pipeline"]["version"] and "3.8" in d["pipeline"]["model"]
    a = d["article"]
    assert a["text"] == ARTICLE
    assert a["published"] == "2024-06-07"
    assert a["title"] == "Port workers end strike after pay deal"
    assert a["standfirst"].startswith("The week-long stoppage")
    assert a["sections"] == ["What comes next"]
    assert a["sources"] == ["Reuters", "news agencies"]
    (cap,) = a["captions"]
    assert cap["credit"] == "Ana Lopes via AP"
    assert ARTICLE[cap["start"] : cap["end"]] == cap["text"]
    for block in a["blocks"]:
        assert ARTICLE[block["start"] : block["end"]].strip()


def test_several_files_and_formats(tmp_path: Path, article: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens"
        "</h1><p>The harbour reopened on Monday after a storm closed it for three days, the "
        "port authority said in a statement.</p><p>Ferries resumed their normal timetable in "
        "the afternoon, and officials said the damage was lighter than feared.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    lines = tmp_path / "dump.jsonl"
    lines.write_text(
        json.dumps(
            {
                "title": "Rail line reopens",
                "text": "Rail line reopens\n\nTrains ran again "
                "on the coastal line on Sunday after repairs that took two weeks, the "
                "operator said.",
                "published": "2024-06-02",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = run("extract", str(article), str(page), str(lines), "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["format"] for r in records] == ["text", "html", "json"]
    assert records[2]["article"]["published"] == "2024-06-02"
    as_array = json.loads(run("extract", str(article), str(lines), "-q").stdout)
    assert isinstance(as_array, list) and len(as_array) == 2
    md = run("extract", str(article), "-f", "md", "-q").stdout
    assert md.startswith("# Port workers end strike after pay deal")
    assert "Ana Lopes via AP" in md


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path, article: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 8)
    bad_lines = tmp_path / "bad.jsonl"
    bad_lines.write_text('{"text": "x"\nnot json\n', encoding="utf-8")
    result = run(
        "extract",
        str(tmp_path / "missing.txt"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "blob.bin"),
        str(bad_lines),
        str(article),
        "-f",
        "jsonl",
        "-q",
    )
    assert result.exit_code == 1
    problems = result.stderr.strip().splitlines()
    assert len(problems) == 5  # missing, empty, binary, two bad JSON lines
    for fragment in (
        "missing.txt: W001",
        "empty.txt: W002",
        "blob.bin: W003",
        "bad.jsonl#line 1",
        "bad.jsonl#line 2",
    ):
        assert any(fragment in p for p in problems), (fragment, problems)
    assert len(result.stdout.splitlines()) == 1  # the good article still came out


def test_a_second_ingest_does_not_analyse_what_is_stored(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whatweknow.analyse import Analyser

    db = str(tmp_path / "w.db")
    assert run("ingest", str(article), "--db", db, "-q").exit_code == 0
    analysed: list[object] = []
    original = Analyser.analyse

    def counting(self: Analyser, documents: Iterable[object]) -> Iterator[object]:
        def passed() -> Iterator[object]:
            for item in documents:
                analysed.append(item)
                yield item

        return original(self, passed())  # type: ignore[arg-type]

    monkeypatch.setattr(Analyser, "analyse", counting)
    again = run("ingest", str(article), "--db", db)
    assert "0 new articles, 1 already stored" in again.stderr
    assert analysed == []


def test_output_file_is_written_whole(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "out.json"
    result = run("extract", str(article), "-o", str(out), "-q")
    assert result.exit_code == 0
    assert json.loads(out.read_text())["article"]["title"].startswith("Port workers")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_ingest_is_idempotent_and_search_finds(tmp_path: Path, article: Path) -> None:
    db = str(tmp_path / "w.db")
    first = run("ingest", str(article), "--db", db, "-q")
    assert first.exit_code == 0, first.stderr
    again = run("ingest", str(article), "--db", db)
    assert again.exit_code == 0
    assert "0 new articles, 1 already stored" in again.stderr
    hits = run("search", "dock workers", "--db", db, "--json")
    assert hits.exit_code == 0
    (hit,) = [json.loads(line) for line in hits.stdout.splitlines()]
    assert hit["title"] == "Port workers end strike after pay deal"
    assert "workers" in hit["snippet"].lower()
    assert run("search", "volcano", "--db", db).stdout.strip() == "no matches"
    reprocessed = run("reprocess", "--db", db, "--all", "-q")
    assert reprocessed.exit_code == 0, reprocessed.stderr
    checked = run("check", "--db", db)  # event rows included: those of the new dossier
    assert checked.exit_code == 0, checked.stderr


def test_search_without_a_store_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "wwk ingest" in result.output


def test_an_outlet_given_on_the_command_line_wins_over_the_byline(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(
        "Ferries cancelled as storm nears the islands\nBy Jo Reyes, Velt Evening Courier\n\n"
        "The ferry to the islands was cancelled on Friday, the harbour office said.\n",
        encoding="utf-8",
    )
    found = json.loads(run("extract", str(path), "-q").stdout)["article"]
    assert (found["outlet"], found["byline"]) == ("Velt Evening Courier", ["Jo Reyes"])
    given = json.loads(run("extract", str(path), "--outlet", " Osk  Daily ", "-q").stdout)
    assert given["article"]["outlet"] == "Osk Daily"
    assert "--outlet" in run("ingest", "--help").stdout
    blank = CliRunner().invoke(cli, ["extract", str(path), "--outlet", " "])
    assert blank.exit_code == 2


def test_bad_published_date_is_a_usage_error(article: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "June 3rd"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_schema_is_generated_from_the_models() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "whatweknow/dossier@1"
    assert {"schema", "pipeline", "article", "actors", "claims"} <= set(schema["properties"])
    assert "as" in schema["$defs"]["Mention"]["properties"]


def test_every_command_teaches_in_its_help() -> None:
    top = run("--help").stdout
    for command in ("extract", "ingest", "search", "schema", "reprocess", "demo"):
        assert command in top
        assert len(run(command, "--help").stdout.splitlines()) > 5


def test_a_user_cue_file_extends_attribution(tmp_path: Path) -> None:
    text = "Harbour news\n\nThe union briefed that the strike would end on Friday.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    cues = tmp_path / "cues.tsv"
    cues.write_text("lemma\tpos\tclass\nbrief\tVERB\tneutral\n", encoding="utf-8")
    plain = json.loads(run("extract", str(path), "-q").stdout)
    extended = json.loads(run("extract", str(path), "--cues", str(cues), "-q").stdout)
    assert not any(q["cue"] == "briefed" for q in plain["quotes"])
    assert any(q["cue"] == "briefed" for q in extended["quotes"])


def test_a_malformed_cue_file_is_a_usage_error_naming_the_line(tmp_path: Path) -> None:
    cues = tmp_path / "cues.tsv"
    cues.write_text("lemma\tpos\tclass\nbrief\tVERB\tgossip\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "x.txt"), "--cues", str(cues)])
    assert result.exit_code == 2
    assert "line 2" in result.output and "gossip" in result.output
