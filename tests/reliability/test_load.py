"""A small load test against a real ``wwk serve`` on 127.0.0.1 (the script runs thousands), over
SQLite and over PostgreSQL (the store tests' throwaway server)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from store import conftest as store_fixtures

pytestmark = pytest.mark.model

SCRIPT = Path(__file__).parents[2] / "scripts" / "reliability" / "load_serve.py"

postgres_server = store_fixtures.postgres_server
postgres_url = store_fixtures.postgres_url


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("load_serve", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(result: dict[str, object], backend: str) -> None:
    assert result["backend"] == backend
    assert result["requests"] == 200
    assert result["errors"] == 0, result["first_errors"]
    assert result["writes"] == 8
    assert result["articles_lost"] == 0


def test_two_hundred_requests_with_writes_give_no_error_and_lose_nothing() -> None:
    _check(_script().run(requests=200, clients=4, write_every=25), "sqlite")


def test_the_same_over_postgresql(postgres_url: str) -> None:
    _check(_script().run(requests=200, clients=4, write_every=25, db=postgres_url), "postgresql")
