"""The docs keep up with the code: every command is in the README, the public API is explicit."""

from __future__ import annotations

from pathlib import Path

import whatweknow
from whatweknow.cli.main import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    for name in cli.commands:
        assert f"wwk {name}" in README, f"`wwk {name}` is not documented in README.md"


def test_public_api_is_explicit_and_importable() -> None:
    for name in whatweknow.__all__:
        assert getattr(whatweknow, name) is not None
    public = {n for n in dir(whatweknow) if not n.startswith("_")}
    modules = {
        "Any",
        "analyse",
        "cli",
        "contract",
        "dossier",
        "errors",
        "ingest",
        "model",
        "story_contract",
        "pipeline",
        "readers",
        "sample",
        "stages",
        "store",
        "stories",
        "briefing",
        "web",
        "watch",
        "eval",
        "annotations",
        "TYPE_CHECKING",
    }
    assert public - set(whatweknow.__all__) - modules == set()


def test_the_first_screen_gives_the_two_commands() -> None:
    first = "\n".join(README.splitlines()[:15])
    assert "make demo" in first and "make test" in first
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_the_map_of_the_readme_names_every_package() -> None:
    built = README.split("## How it is built", 1)[1].split("```")[1]
    named = {line.split()[0] for line in built.splitlines() if line and not line[0].isspace()}
    root = Path(whatweknow.__file__).parent
    packages = {f"{p.parent.name}/" for p in root.glob("*/__init__.py")}
    assert packages - named == set(), "add these packages to README's 'How it is built'"
