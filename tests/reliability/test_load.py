"""A small load test against a real ``wwk serve`` on 127.0.0.1 (the script runs thousands)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

SCRIPT = Path(__file__).parents[2] / "scripts" / "reliability" / "load_serve.py"


def test_two_hundred_requests_with_writes_give_no_error_and_lose_nothing() -> None:
    spec = importlib.util.spec_from_file_location("load_serve", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.run(requests=200, clients=4, write_every=25)
    assert result["requests"] == 200
    assert result["errors"] == 0, result["first_errors"]
    assert result["writes"] == 8
    assert result["articles_lost"] == 0
