"""Crash safety: ``wwk ingest`` killed with SIGKILL at random points (three rounds here; the
script runs as many as asked), then ``wwk check`` passes and a re-run completes the batch with
no article lost or stored twice."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.model

SCRIPT = Path(__file__).parents[2] / "scripts" / "reliability" / "crash_ingest.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_ingest", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ingest_killed_at_random_points_loses_and_duplicates_nothing() -> None:
    result = _script().run(rounds=3, articles=6, max_delay=4.0, seed=7, min_delay=1.0)
    assert result["problems"] == []
    assert result["final_exit"] == 0
    assert result["stored"] == result["raw_inputs"] == result["dossiers"] == 18
    assert result["articles_lost"] == result["duplicates"] == 0
