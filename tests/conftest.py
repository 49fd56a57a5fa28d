"""Fixtures shared by every test package: one analyser for the session (the spaCy model loads
once), and the shared data next to the checkout (``../shared/data``: the gold corpora and the
developing stories), skipped with a reason where it is absent; CI has it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from whatweknow.analyse import Analyser

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    """The default pipeline, loaded once (tests that need other options build their own)."""
    from whatweknow.analyse import Analyser

    return Analyser()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``: a test that reads it is skipped where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"the shared data are not at {SHARED_DATA} (CI has them)")
    return SHARED_DATA
