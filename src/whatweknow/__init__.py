"""whatweknow: read the news on a developing story and answer, with evidence, what we know so far.

The names below are the public Python API. Importing the package is cheap: spaCy loads only when
an :class:`Analyser` first needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .contract import SCHEMA, Article, Dossier, dossier_json_schema
from .errors import InputError, ModelNotFound, WhatweknowError
from .readers.base import ReadOptions

if TYPE_CHECKING:
    from .analyse import Analyser, extract

__all__ = [
    "SCHEMA",
    "Analyser",
    "Article",
    "Dossier",
    "InputError",
    "ModelNotFound",
    "ReadOptions",
    "WhatweknowError",
    "__version__",
    "dossier_json_schema",
    "extract",
]


def __getattr__(name: str) -> Any:
    if name in ("Analyser", "extract"):
        from . import analyse

        return getattr(analyse, name)
    raise AttributeError(f"module 'whatweknow' has no attribute {name!r}")
