"""The bundled sample corpus: invented articles on one story, written for the project."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_dir() -> Path:
    """The folder of sample articles inside the installed package."""
    return Path(str(files(__name__))) / "articles"
