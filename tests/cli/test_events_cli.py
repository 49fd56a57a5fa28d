"""``wwk events`` and ``wwk timeline`` end to end through click's runner, on invented articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from whatweknow.cli.main import cli
from whatweknow.stages.events.export import CSV_COLUMNS

pytestmark = pytest.mark.model

LATER = """\
Envoys to meet in Geneva

The foreign minister of Japan will visit Beijing on 12 June 2024, officials said.

Tehran and Moscow rejected the proposal on 1 June 2024. The Kremlin denied plans for a uranium
deal.
"""

EARLIER = """\
Convoy attacked near Goma

Rebels attacked a convoy near Goma on 20 May 2024. Talks between Iran and the IAEA resumed in
Vienna on 21 May 2024.
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def articles(tmp_path: Path) -> tuple[Path, Path]:
    later, earlier = tmp_path / "later.txt", tmp_path / "earlier.txt"
    later.write_text(LATER, encoding="utf-8")
    earlier.write_text(EARLIER, encoding="utf-8")
    return later, earlier


def test_csv_export_parses_with_the_plover_columns(articles: tuple[Path, Path]) -> None:
    result = run(
        "events", *map(str, articles), "--format", "csv", "-q", "--published", "2024-06-03"
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == list(CSV_COLUMNS)
    reject = next(r for r in rows if r["event_text"] == "rejected")
    assert reject["event"] == "REJECT" and set(reject["actor_code"].split(";")) == {"IRN", "RUS"}
    assert reject["date"] == "2024-06-01" and reject["quad_code"] == "3"
    visit = next(r for r in rows if r["event_text"] == "visit")
    assert (visit["event"], visit["wwk_type"], visit["modality"]) == (
        "AGREE",
        "CONSULT",
        "expected",
    )
    assert visit["recipient_code"] == "CHN" and visit["attributed_to"] == "officials"
    deal = next(r for r in rows if r["event_text"] == "deal")
    assert deal["modality"] == "denied"


def test_plover_json_is_one_record_per_event(articles: tuple[Path, Path]) -> None:
    result = run("events", str(articles[1]), "-f", "plover-json", "-q")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 2
    for rec in records:
        assert {"id", "event", "mode", "context", "actor", "recipient", "event_loc", "date",
                "timex", "modality", "event_text", "text", "cite_info", "article_id",
                "published"} <= set(rec)  # fmt: skip
        text = EARLIER[rec["text_info"]["start"] : rec["text_info"]["end"]]
        assert text == rec["text"]
    talks = next(r for r in records if r["event_text"] == "Talks")
    assert talks["event"] == "CONSULT" and talks["event_loc"]["extracted_place"] == "Vienna"


def test_stored_articles_export_and_timeline_in_event_order(
    tmp_path: Path, articles: tuple[Path, Path]
) -> None:
    db = str(tmp_path / "t.db")
    assert run("ingest", *map(str, articles), "--db", db, "-q").exit_code == 0
    stored = run("events", "--stored", "--db", db, "-f", "plover-json")
    assert stored.exit_code == 0 and len(stored.stdout.splitlines()) >= 4
    result = run("timeline", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    times = [line.split()[0] for line in lines]
    dated = [t for t in times if t[0].isdigit()]
    assert dated == sorted(dated) and dated[0] == "2024-05-20"
    assert times.index("2024-06-12") > times.index("2024-06-01")
    assert all(t == "time" for t in times[len(dated) :])  # "time unknown" comes last
    assert any("[denied, The Kremlin]" in line for line in lines)
    assert any("[expected, officials]" in line for line in lines)


def test_timeline_of_files_as_json(articles: tuple[Path, Path]) -> None:
    result = run("timeline", *map(str, articles), "--json", "-q")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["timex"] == "2024-05-20"


def test_usage_errors(tmp_path: Path, articles: tuple[Path, Path]) -> None:
    db = str(tmp_path / "t.db")
    for command in ("events", "timeline"):  # no FILE: the store, which must exist
        missing = run(command, "--db", db)
        assert missing.exit_code == 1 and f"no store at {db}" in missing.stderr
        assert run(command, str(articles[0]), "--stored").exit_code == 2
        assert run(command, str(articles[0]), "--db", db).exit_code == 2
    assert run("timeline", str(articles[0]), "--story", "1").exit_code == 2
    assert run("events", "-f", "csv", "--json").exit_code == 2
    assert run("events", "--stored", "--db", db, "--published", "2024-06-03").exit_code != 0
    help_text = run("events", "--help").stdout
    for field in ("event", "actor", "recipient", "event_loc", "modality", "plover-json"):
        assert field in help_text


def test_a_triggers_file_adds_event_words(tmp_path: Path) -> None:
    article = tmp_path / "pelted.txt"
    article.write_text(
        "Minister pelted\n\nProtesters pelted the transport minister with eggs in Lyon on "
        "4 June 2024, police said.\n",
        encoding="utf-8",
    )
    words = tmp_path / "triggers.tsv"
    words.write_text("lemma\tpos\ttype\tmode\trequires\tnotes\npelt\tVERB\tASSAULT\n", "utf-8")

    def triggers(*extra: str) -> list[str]:
        result = run("events", str(article), "-f", "json", "-q", *extra)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["event_text"] for line in result.stdout.splitlines()]

    assert "pelted" not in triggers()
    assert "pelted" in triggers("--triggers", str(words))
    words.write_text("lemma\tpos\ttype\tmode\trequires\tnotes\npelt\tVERB\tTHROW\n", "utf-8")
    bad = CliRunner().invoke(cli, ["events", str(article), "--triggers", str(words)])
    assert bad.exit_code == 2 and "--triggers" in bad.output and "THROW" in bad.output
