"""Every message whatweknow shows a user, in one place, with a code (as spaCy's errors.py).

A message says what went wrong and, where it can, what to do next. Codes are stable so that users
can search for them; tests refer to them by code rather than by wording.
"""

from __future__ import annotations

from enum import Enum


class E(str, Enum):
    """Input problems: one per file (or record), the rest of the batch goes on."""

    NOT_FOUND = "W001: no such file or directory"
    EMPTY = "W002: the file is empty"
    BINARY = "W003: this looks like a binary file, not text (no article read)"
    TOO_BIG = "W004: the file is {size:,} bytes, over the limit of {limit:,} (raise it with --max-bytes)"
    UNDECODABLE = "W005: the text could not be decoded in any known encoding"
    NOT_ENGLISH = (
        "W006: the article is in '{lang}', not English: skipped (pass --lang-any to read it anyway)"
    )
    NO_TEXT = "W007: no article text could be extracted"
    BAD_JSON = "W008: not valid JSON ({detail})"
    BAD_RECORD = "W009: {detail}"
    BAD_FEED = "W010: not a readable RSS/Atom feed ({detail})"
    BAD_WARC = "W011: not a readable WARC file ({detail})"
    UNKNOWN_FORMAT = "W012: cannot tell the format of this file; name it .txt, .html, .jsonl, .xml or .warc"
    NOT_A_FILE = "W013: not a regular file"
    PERMISSION = "W014: permission denied"
    BAD_DATE = "W015: '{value}' is not a date (use YYYY-MM-DD)"
    PIPELINE_FAILED = "W016: the analysis failed: {detail} (please report this with the file)"
    STORE_FAILED = "W017: could not store the article: {detail}"

    def format(self, *args: object, **kwargs: object) -> str:  # type: ignore[override]
        return self.value.format(*args, **kwargs)


class WhatweknowError(Exception):
    """Base class of errors raised by whatweknow's Python API."""


class InputError(WhatweknowError):
    """One input (a file, a JSONL line, a feed entry, a WARC record) could not be read."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ModelNotFound(WhatweknowError):
    """No usable spaCy English model is installed."""


class StoreError(WhatweknowError):
    """The store could not be opened or written."""
