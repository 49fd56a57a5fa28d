"""Readers: files in (text, HTML, JSON/JSON Lines, RSS/Atom, WARC), documents out.

:func:`read_paths` is the entry point; every input problem comes out as a :class:`ReadProblem`
beside the documents, never as an exception. :mod:`.registry` is the table of readers: each reader
module declares its :class:`~.base.Reader` (name, file endings, media types, first bytes, read,
re-read, formats), and every choice of a reader is made there.
"""

from __future__ import annotations

from .base import DEFAULT_MAX_BYTES, RawDocument, ReadOptions, ReadProblem
from .dispatch import read_path, read_paths, reader_for, reread

__all__ = [
    "DEFAULT_MAX_BYTES",
    "RawDocument",
    "ReadOptions",
    "ReadProblem",
    "read_path",
    "read_paths",
    "reader_for",
    "reread",
]
