"""What every reader produces, and the options every reader takes.

A reader turns one input (a file, or one record of a JSON Lines file, a feed or a WARC file) into
a :class:`RawDocument`: the article text exactly as read, its layout with offsets, and the raw
bytes it came from (kept by the store so that a later pipeline can re-analyse everything). A
problem with one input is yielded as a :class:`ReadProblem`, never raised, so a batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..contract import Article

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_FETCH_TIMEOUT = 10.0
DEFAULT_BUDGET = 300.0
"""Seconds of analysis per document: an article at the length limit (1,000,000 characters of
prose) takes well under this on a laptop; an input that makes some stage slower is stopped."""

MAX_TEXT_CHARS = 1_000_000
"""The longest article text analysed (spaCy's own default ``max_length``); a longer one is a
problem of its own (W024, from the analyser), never a crash. The readers do not look for the
layout of a longer text: no pattern runs on it."""


@dataclass(frozen=True)
class ReadOptions:
    published: date | None = None
    """Overrides any date the reader finds."""
    max_bytes: int = DEFAULT_MAX_BYTES
    lang_any: bool = False
    """Keep articles that are not in English (they are skipped with a message otherwise)."""
    follow_links: bool = False
    """Read what symbolic links under a directory lead to even outside it (W043 otherwise)."""
    allow_private: bool = False
    """Fetch addresses on private, loopback, link-local or reserved networks (W051 otherwise)."""
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
    """Seconds to wait for a server to connect or send more (see :mod:`.fetch`)."""


@dataclass(frozen=True)
class RawDocument:
    source: str
    """Where it came from, for messages: a path, with ``#line 3`` / ``#entry 2`` / ``#record 5``."""
    format: str
    """The reader: ``text``, ``html``, ``json``, ``feed`` or ``warc``."""
    raw: bytes
    """The payload this one article was read from (a file, a JSON line, a feed entry, a record)."""
    article: Article
    meta: dict[str, str | None] = field(default_factory=dict)
    """Fields given beside the payload (url, title, published, outlet), needed to re-read it; a
    fetched page adds ``fetched`` (its time, ISO 8601 in UTC) and ``charset`` (its server's)."""


@dataclass(frozen=True)
class ReadProblem:
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"
