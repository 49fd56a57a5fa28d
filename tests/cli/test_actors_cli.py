"""``wwk actors`` and ``--actors FILE``, end to end through click's runner, on invented articles."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from whatweknow.cli.main import cli
from whatweknow.stages.actors.gazetteer import USER_COLUMNS, load_user_actors

pytestmark = pytest.mark.model

STRIKE = """\
Harbour strike spreads to second port

Dock workers in the north joined the stoppage on Wednesday.

Anna Berg, a spokeswoman for the dock workers' union, said the strike would go on until employers
raised their offer. Officials in Norway said the government would not intervene.
"""

GRAIN = """\
Grain talks stall in Geneva

Negotiators failed to agree on a new shipping route on Monday.

Russia rejected the plan, envoys said. Zorblat Quixley said prices had risen since the talks
began, and Quixley expected them to rise again.
"""

CARGO = """\
Cargo ships wait off the coast

Dozens of vessels were held at anchor on Tuesday.

Russia said the ships would be inspected before they could unload. Port officials said the
checks could take a week.
"""

USER_CSV = """\
# invented for the tests
name,aliases,type,country,sector,roles
Zorblat Quixley,Quixley|Mr Quixley,person,NOR,BUS,grain trader
"""


def run(*args: str) -> Result:
    runner = CliRunner(env={"COLUMNS": "200"})  # wide enough that no table cell wraps
    return runner.invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in (("strike", STRIKE), ("grain", GRAIN), ("cargo", CARGO)):
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


@pytest.fixture
def user_csv(tmp_path: Path) -> Path:
    path = tmp_path / "actors.csv"
    path.write_text(USER_CSV, encoding="utf-8")
    return path


def json_lines(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def actor_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [a for a in record["actors"] if a["name"] == name]
    [actor] = found
    return actor


def row(table: str, first_cell: str) -> list[str]:
    """The cells of the table row that starts with ``first_cell`` (cells are 2+ spaces apart)."""
    [line] = [ln for ln in table.splitlines() if ln.startswith(first_cell + "  ")]
    return re.split(r"\s{2,}", line.strip())


def test_the_table_lists_a_person_with_the_role_of_an_apposition(
    articles: dict[str, Path],
) -> None:
    result = run("actors", str(articles["strike"]), "-q")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Harbour strike spreads to second port" in out
    header = row(out, "id")
    assert header == [
        "id",
        "name",
        "type",
        "country",
        "sector",
        "roles",
        "aliases",
        "mentions",
        "first",
    ]
    [berg] = [row(out, f"a{n}") for n in range(1, 10) if f"a{n}  Anna Berg" in out]
    cells = dict(zip(header, berg, strict=True))
    assert cells["type"] == "person"
    assert "spokeswoman" in cells["roles"]
    start = STRIKE.index("Anna Berg")
    assert cells["first"] == f"[{start}:{start + len('Anna Berg')}]"
    assert cells["mentions"] == "1"


def test_json_lines_with_offsets_into_the_text(articles: dict[str, Path]) -> None:
    paths = [articles["strike"], articles["grain"]]
    records = json_lines(run("actors", *map(str, paths), "--json", "-q"))
    assert len(records) == 2
    for record, path in zip(records, paths, strict=True):
        text = path.read_text(encoding="utf-8")
        assert set(record) == {"article", "title", "actors"}
        assert record["title"] == text.splitlines()[0]
        assert re.fullmatch(r"[0-9a-f]{16}", record["article"])
        assert record["actors"]
        for actor in record["actors"]:
            assert actor["mentions"], actor
            for mention in actor["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
    russia = actor_named(records[1], "Russia")
    assert (russia["key"], russia["country"], russia["type"]) == ("country:RUS", "RUS", "state")


def test_a_user_actors_file_gives_an_unknown_name_its_country(
    articles: dict[str, Path], user_csv: Path
) -> None:
    [plain] = json_lines(run("actors", str(articles["grain"]), "--json", "-q"))
    assert actor_named(plain, "Zorblat Quixley")["country"] is None
    result = run("actors", str(articles["grain"]), "--json", "-q", "--actors", str(user_csv))
    [known] = json_lines(result)
    quixley = actor_named(known, "Zorblat Quixley")
    assert (quixley["country"], quixley["sector"]) == ("NOR", "BUS")
    assert "grain trader" in quixley["roles"]
    assert len(quixley["mentions"]) == 2  # "Quixley" is an alias
    assert "warning" not in result.stderr
    # The other commands take the same file.
    extracted = run("extract", str(articles["grain"]), "-q", "--actors", str(user_csv))
    assert extracted.exit_code == 0, extracted.stderr
    assert actor_named(json.loads(extracted.stdout), "Zorblat Quixley")["country"] == "NOR"


BAD_CSV = """\
name,aliases,type,country
Zorblat Quixley,,person,NOR
Harbour Alliance,,robot,NLD
"""


@pytest.mark.parametrize("command", ["actors", "extract", "ingest"])
def test_a_malformed_actors_file_stops_before_anything_is_analysed(
    tmp_path: Path, articles: dict[str, Path], command: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    db = tmp_path / "news.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    result = run(command, str(articles["strike"]), "--actors", str(bad), *extra)
    assert result.exit_code == 2
    assert result.stdout == ""
    [message] = result.stderr.strip().splitlines()  # one line, no usage text
    assert "bad.csv line 3" in message
    assert "robot" in message
    assert not db.exists()


def test_a_missing_actors_file_is_a_usage_error(tmp_path: Path, articles: dict[str, Path]) -> None:
    result = run("actors", str(articles["strike"]), "--actors", str(tmp_path / "none.csv"))
    assert result.exit_code == 2
    assert "none.csv" in result.stderr and result.stdout == ""


def test_conflicts_are_warnings_and_the_run_goes_on(
    tmp_path: Path, articles: dict[str, Path]
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("name,aliases,type,country\nGeneva,,place,NOR\n", encoding="utf-8")
    result = run("actors", str(articles["grain"]), "--json", "-q", "--actors", str(odd))
    assert result.exit_code == 0
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning ")]
    assert len(warnings) == 1 and "odd.csv line 2" in warnings[0], result.stderr
    [record] = json_lines(result)
    assert actor_named(record, "Geneva")["country"] == "NOR"


def test_stored_actors_across_two_ingest_runs(tmp_path: Path, articles: dict[str, Path]) -> None:
    db = str(tmp_path / "news.db")
    for name in ("grain", "cargo"):
        done = run("ingest", str(articles[name]), "--db", db, "-q")
        assert done.exit_code == 0, done.stderr
    table = run("actors", "--stored", "--db", db)
    assert table.exit_code == 0, table.stderr
    header = row(table.stdout, "key")
    assert header == ["key", "name", "type", "country", "sector", "articles", "mentions"]
    russia = dict(zip(header, row(table.stdout, "country:RUS"), strict=True))
    assert russia == {
        "key": "country:RUS",
        "name": "Russia",
        "type": "state",
        "country": "RUS",
        "sector": "GOV",
        "articles": "2",
        "mentions": "2",
    }
    listed = json_lines(run("actors", "--stored", "--db", db, "--json", "--type", "state"))
    assert listed[0] == {**russia, "articles": 2, "mentions": 2}
    assert all(a["type"] == "state" for a in listed)
    assert [
        a["key"] for a in json_lines(run("actors", "--stored", "--db", db, "--json", "-n", "1"))
    ] == ["country:RUS"]


def test_reprocess_with_an_actors_file_updates_the_stored_actors(
    tmp_path: Path, articles: dict[str, Path], user_csv: Path
) -> None:
    db = str(tmp_path / "news.db")
    assert run("ingest", str(articles["grain"]), "--db", db, "-q").exit_code == 0
    before = {a["key"]: a for a in json_lines(run("actors", "--stored", "--db", db, "--json"))}
    assert before["person:zorblat quixley"]["country"] is None
    done = run("reprocess", "--all", "--db", db, "-q", "--actors", str(user_csv))
    assert done.exit_code == 0, done.stderr
    after = {a["key"]: a for a in json_lines(run("actors", "--stored", "--db", db, "--json"))}
    assert "person:zorblat quixley" not in after
    [quixley] = [a for a in after.values() if a["name"] == "Zorblat Quixley"]
    assert (quixley["country"], quixley["articles"], quixley["mentions"]) == ("NOR", 1, 2)


def test_files_and_stored_do_not_mix(tmp_path: Path, articles: dict[str, Path]) -> None:
    both = run("actors", str(articles["strike"]), "--stored")
    assert both.exit_code == 2
    assert "not both" in both.stderr
    assert run("actors", str(articles["strike"]), "--type", "person").exit_code == 2
    assert run("actors", "--stored", "--actors", "x.csv").exit_code == 2
    assert run("actors", "--actors", "x.csv").exit_code == 2  # no FILE: the store
    db = str(tmp_path / "none.db")
    beside = run("actors", str(articles["strike"]), "--db", db)
    assert beside.exit_code == 2 and "--db applies only to the store" in beside.stderr
    for args in (["--stored"], []):  # no FILE reads the store, as --stored did
        missing = run("actors", *args, "--db", db)
        assert missing.exit_code == 1 and f"no store at {db}" in missing.stderr


def test_an_input_that_fails_makes_exit_code_1(tmp_path: Path, articles: dict[str, Path]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("actors", str(empty), str(articles["strike"]), "--json", "-q")
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_the_help_documents_the_file_format(tmp_path: Path) -> None:
    result = run("actors", "--help")
    assert result.exit_code == 0
    for column in USER_COLUMNS:
        assert re.search(rf"^\s+{column}\s", result.stdout, re.M), column
    lines = result.stdout.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.strip() == ",".join(USER_COLUMNS))
    example = [ln.strip() for ln in lines[start : start + 3]]
    assert all(example) and lines[start + 3].strip() == ""
    path = tmp_path / "example.csv"
    path.write_text("\n".join(example) + "\n", encoding="utf-8")
    loaded = load_user_actors(path)
    assert len(loaded.actors) == 2
