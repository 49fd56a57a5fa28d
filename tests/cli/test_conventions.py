"""One convention across the commands: ``-f/--format`` (``--json`` meaning ``-f json``), the
store named by ``--db`` or ``$WWK_DB``, help that fits 80 columns, and ``wwk eval`` commands with
help of their own. A store built from models (the web tests' corpus, no spaCy)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from whatweknow.cli.evaluate import EVALUATIONS
from whatweknow.cli.main import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from web.corpus import build_store

FORMATTED = ("extract", "stories", "story", "brief", "events", "timeline", "search", "actors")
STORE_READERS = ("search", "stories", "story", "brief", "events", "timeline", "actors", "check")


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, terminal_width=80, prog_name="wwk")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("conventions") / "news.db"
    build_store(path, with_hostile=False)
    return str(path)


def _option(command: click.Command, name: str) -> click.Option | None:
    found = [p for p in command.params if isinstance(p, click.Option) and p.name == name]
    return found[0] if found else None


def test_the_top_help_lists_every_command_within_80_columns() -> None:
    result = run("--help")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line for line in lines if len(line) > 80] == []
    listed = lines[lines.index("Commands:") + 1 :]
    names = [line.split()[0] for line in listed if line.startswith("  ") and line.strip()]
    assert names == sorted(cli.commands)
    assert all(len(line.split(maxsplit=1)) == 2 for line in listed if line.strip())  # a help each


@pytest.mark.parametrize("name", FORMATTED)
def test_each_printing_command_takes_format_and_a_hidden_json_alias(name: str) -> None:
    command = cli.commands[name]
    fmt = _option(command, "fmt")
    alias = _option(command, "json_alias")
    assert fmt is not None and fmt.opts == ["-f", "--format"]
    assert isinstance(fmt.type, click.Choice) and "json" in fmt.type.choices
    assert alias is not None and alias.hidden and alias.opts == ["--json"]
    help_text = run(name, "--help").stdout
    assert "--format" in help_text and "--json" not in help_text


@pytest.mark.parametrize("name", STORE_READERS)
def test_every_command_that_reads_the_store_takes_db_from_the_environment(name: str) -> None:
    option = _option(cli.commands[name], "db")
    assert option is not None and option.envvar == "WWK_DB"


@pytest.mark.parametrize(
    "args", [["search", "ferry"], ["stories"], ["events"], ["timeline"], ["actors"]]
)
def test_wwk_db_names_the_store(tmp_path: Path, db: str, args: list[str]) -> None:
    missing = str(tmp_path / "none.db")
    result = run(*args, env={"WWK_DB": missing})
    assert result.exit_code == 1 and f"no store at {missing}" in result.stderr
    assert run(*args, env={"WWK_DB": db}).exit_code == 0


@pytest.mark.parametrize(
    "args", [["search", "ferry"], ["stories"], ["events"], ["timeline"], ["actors"]]
)
def test_json_is_the_json_format(db: str, args: list[str]) -> None:
    alias = run(*args, "--db", db, "--json")
    assert alias.exit_code == 0 and alias.stdout.strip()
    assert alias.stdout == run(*args, "--db", db, "-f", "json").stdout
    _json_or_json_lines(alias.stdout)
    assert run(*args, "--db", db, "--json", "-f", "table").exit_code == 2


def _json_or_json_lines(text: str) -> None:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        for line in text.splitlines():
            json.loads(line)


def test_stored_is_what_no_file_means(db: str) -> None:
    plain = run("events", "--db", db, "-f", "csv")
    assert plain.exit_code == 0
    assert run("events", "--stored", "--db", db, "-f", "csv").stdout == plain.stdout


def test_eval_commands_have_their_own_help() -> None:
    listed = run("eval", "--help").stdout
    for name in EVALUATIONS:
        assert name in listed
        result = run("eval", name, "--help")
        assert result.exit_code == 0
        assert result.stdout.startswith(f"Usage: wwk eval {name} [OPTIONS] ")
        assert "python -m" not in result.stdout and "--json" in result.stdout


def test_eval_options_reach_the_evaluation(tmp_path: Path) -> None:
    missing = tmp_path / "gold.json"
    result = run("eval", "plover", str(missing), "--json", "--floor", "0.5")
    assert result.exit_code == 2 and str(missing) in result.stderr
    assert run("eval", "plover", str(missing), "--floor", "x").exit_code == 2
    assert "Usage: wwk eval plover" in run("eval", "plover").output  # no GOLD: its help


def test_eval_hands_the_values_given_to_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    from whatweknow.eval import ecbplus

    seen: list[list[str]] = []
    monkeypatch.setattr(ecbplus, "main", lambda argv: seen.append(argv) or 0)
    args = ["corpus", "--semantic", "--topics", "1,3", "--floor", "0.4"]
    assert run("eval", "ecbplus", *args).exit_code == 0
    assert run("eval", "ecbplus", "corpus").exit_code == 0  # defaults are the module's
    assert seen == [["corpus", "--topics", "1,3", "--semantic", "--floor", "0.4"], ["corpus"]]
