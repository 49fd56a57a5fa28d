"""What every reader produces, and the options every reader takes.

A reader turns one input (a file, or one record of a JSON Lines file, a feed or a WARC file) into
a :class:`RawDocument`: the article text exactly as read, its layout with offsets, and the raw
bytes it came from (kept by the store so that a later pipeline can re-analyse everything). A
problem with one input is yielded as a :class:`ReadProblem`, never raised, so a batch goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from ..contract import Article, ArticleFormat

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
    outlet: str | None = None
    """Overrides any outlet the reader finds (a page's site name, a byline's masthead)."""
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
    """The format it was read as (:data:`.registry.FORMATS`), which says how to read it again."""
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


Result = RawDocument | ReadProblem
Meta = Mapping[str, str | None]


@dataclass(frozen=True)
class Reader:
    """One reader, as the registry (:mod:`.registry`) lists it: each reader module declares its
    own, and everything that chooses a reader (by a file's name, its first bytes, a server's
    content type, a stored format) asks the registry."""

    name: str
    """What :func:`.registry.reader_for` names it by: ``text``, ``html``, ``jsonl``…"""
    read: Callable[[bytes, str], Iterable[Result]]
    """Every document of one input (``raw`` bytes, ``source`` for messages)."""
    reread: Callable[[bytes, str, Meta], Result]
    """One payload it wrote (``RawDocument.raw``) read again, with the ``meta`` stored beside it
    (``url``, ``charset``…); a fetched page is read this way too, when :attr:`one_page`."""
    formats: tuple[ArticleFormat, ...]
    """The ``RawDocument.format`` it writes: what :attr:`reread` reads (a new one is named in the
    contract's :data:`~whatweknow.model.ArticleFormat` too)."""
    suffixes: tuple[str, ...] = ()
    """File name endings (lower case) read by it; files under a folder are read only with one."""
    media_types: tuple[str, ...] = ()
    """``Content-Type`` values of fetched pages read by it."""
    sniff: Callable[[bytes], bool] | None = None
    """Whether the first bytes of a file (a byte-order mark decoded, gzip inflated, blanks
    stripped, lower case) are of this format; no two readers claim the same bytes."""
    one_page: bool = False
    """An input is one page: a fetched one is read with its address and its server's charset
    (:attr:`reread`); the records of other formats name their own addresses."""
    check_page: Callable[[bytes, Article | None], str | None] | None = None
    """Why a fetched page read by it is no article (W058: a paywall), or None."""


_FIRST_TAG = re.compile(
    rb"(?<!\s)\s*+(?:<\?[^>]*+>\s*+|<!--.*?-->\s*+)*+<(?:!doctype\s++)?([a-z][\w:.-]*)", re.S
)


def first_tag(head: bytes) -> bytes | None:
    """The name of the first element of markup (after an XML declaration, comments and a
    doctype), lower case; None when ``head`` (as :attr:`Reader.sniff` gets it) is no markup."""
    found = _FIRST_TAG.match(head)
    return None if found is None else found.group(1)
