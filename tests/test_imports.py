"""The import graph of the package, read with :mod:`ast` from the sources (every ``import``,
at the top or inside a function): no module is reached again from itself through the pairs the
house keeps apart, and the whole ``store`` package never imports ``stories`` (the stories are
built over the store; both read :mod:`whatweknow.story_contract`)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import whatweknow

ROOT = Path(whatweknow.__file__).parent
PACKAGE = "whatweknow"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str) -> Iterator[str]:
    """The whatweknow modules ``path`` imports (for ``from X import y``, ``X.y`` when that is a
    module, else ``X``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == PACKAGE:
                    yield from _parents(a.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                yield f"{target}.{alias.name}"
            yield from _parents(target)


def _parents(name: str) -> Iterator[str]:
    """``name`` and the packages above it but the root: importing a module runs them first."""
    parts = name.split(".")
    for i in range(2, len(parts) + 1):
        yield ".".join(parts[:i])


def graph() -> dict[str, set[str]]:
    """Module -> the modules of the package it imports (a package above the module itself is
    already running when it is imported: no edge)."""
    files = {_module(p): p for p in ROOT.rglob("*.py")}
    return {
        name: {
            t
            for t in _imports(path, name)
            if t in files and t != name and not name.startswith(t + ".")
        }
        for name, path in files.items()
    }


def _package(module: str) -> str:
    """``whatweknow.X`` of a module: a subpackage, or a module at the top."""
    return ".".join(module.split(".")[:2])


def reaches(edges: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(edges.get(node, ()))
    return False


def test_the_graph_sees_relative_and_absolute_imports() -> None:
    edges = graph()
    assert "whatweknow.store.base" in edges["whatweknow.stories.update"]
    assert "whatweknow.contract" in edges["whatweknow.model"]
    assert "whatweknow.ingest" in edges["whatweknow.cli.ingest"]
    assert "whatweknow.ingest.one" in edges["whatweknow.ingest"]
    assert "whatweknow.store" in edges["whatweknow.stories.update"]  # the package runs first


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("whatweknow.cli.brief", "whatweknow.cli.main"),
        ("whatweknow.eval.plover", "whatweknow.eval.systems"),
        ("whatweknow.store.base", "whatweknow.stories.update"),
        ("whatweknow.store.sql", "whatweknow.stories.update"),
    ],
)
def test_no_cycle_through_the_pair(a: str, b: str) -> None:
    edges = graph()
    assert not (reaches(edges, a, b) and reaches(edges, b, a)), f"{a} and {b} import each other"


def test_no_two_packages_import_each_other() -> None:
    edges = graph()
    between: dict[str, set[str]] = {}
    for module, targets in edges.items():
        for t in targets:
            if _package(t) != _package(module):
                between.setdefault(_package(module), set()).add(_package(t))
    mutual = sorted(
        f"{a} <-> {b}"
        for a, targets in between.items()
        for b in targets
        if a < b and reaches(between, b, a)
    )
    assert mutual == []


def test_the_store_never_imports_the_stories() -> None:
    edges = graph()
    found = sorted(
        f"{m} -> {t}"
        for m, targets in edges.items()
        if m.startswith("whatweknow.store")
        for t in targets
        if t.startswith("whatweknow.stories")
    )
    assert found == []


def cycle(edges: dict[str, set[str]]) -> list[str]:
    """One cycle of the graph, as the modules along it, or [] when it has none."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return []

    for start in sorted(edges):
        if start not in state and (found := visit(start)):
            return found
    return []


def test_cycle_finds_a_circle_and_only_one() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_no_module_is_reached_again_from_itself() -> None:
    assert cycle(graph()) == []


def test_the_former_module_names_still_give_the_contracts() -> None:
    """``whatweknow.model`` and ``whatweknow.stories.model`` stay importable for the Python API,
    as the very classes of :mod:`whatweknow.contract` and :mod:`whatweknow.story_contract`."""
    from whatweknow import contract, model, story_contract
    from whatweknow.stories import model as stories_model

    defined = {
        n
        for n, v in vars(contract).items()
        if getattr(v, "__module__", None) == contract.__name__ and not n.startswith("_")
    }
    assert defined and defined <= set(model.__all__)
    assert all(getattr(model, n) is getattr(contract, n) for n in model.__all__)
    assert all(
        getattr(stories_model, n) is getattr(story_contract, n) for n in stories_model.__all__
    )
