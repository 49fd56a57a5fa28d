"""The readers, one row each: the one table that says which reader reads what.

Each reader module declares its :class:`~.base.Reader` (its name, file name endings, media
types, how its first bytes look, how it reads an input and a stored payload, the formats it
writes); this table lists them, in the order the docs and W059 name them. The dispatcher picks
a reader here by a file's name or first bytes, :mod:`.fetch` by a server's content type, and
:func:`.dispatch.reread` by a stored format. A new reader is a module and a row here.
"""

from __future__ import annotations

import zlib

from ..contract import ArticleFormat
from . import feed, html, jsonl, text, warc
from .base import Reader
from .decode import bom_codec

READERS: tuple[Reader, ...] = (
    text.READER,
    html.READER,
    jsonl.JSON,
    jsonl.JSONL,
    feed.READER,
    warc.READER,
)
FALLBACK = text.READER
"""What a file whose name and first bytes say nothing is read as."""
BY_NAME = {r.name: r for r in READERS}
SUFFIXES: tuple[str, ...] = tuple(s for r in READERS for s in r.suffixes)
"""Every file name ending read, in table order (a folder's files are read only with one)."""
FORMATS: tuple[ArticleFormat, ...] = tuple(dict.fromkeys(f for r in READERS for f in r.formats))
"""Every ``RawDocument.format`` (and ``Article.format``) the readers write."""
SNIFF_BYTES = 4096


def by_name(name: str) -> Reader:
    return BY_NAME[name]


def for_file_name(name: str) -> Reader | None:
    """The reader a file's name says (its longest known ending, any case), or None."""
    lower = name.lower()
    found = [(len(s), r) for r in READERS for s in r.suffixes if lower.endswith(s)]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def known_suffix(name: str) -> bool:
    """In a directory only files named as articles are read (a file named on the command line
    is read whatever its name, its format sniffed from its first bytes)."""
    return for_file_name(name) is not None


def for_media_type(kind: str) -> Reader | None:
    """The reader a ``Content-Type`` (lower case, no parameters) names, or None."""
    return next((r for r in READERS if kind in r.media_types), None)


def for_format(fmt: str) -> Reader | None:
    """The reader that reads a stored payload of this format again, or None."""
    return next((r for r in READERS if fmt in r.formats), None)


def sniffed(raw: bytes) -> Reader:
    """The reader the first bytes say: a byte-order mark is decoded and gzip inflated first
    (a gzip stream that does not inflate is read as text); else the fallback, text."""
    head = raw[:SNIFF_BYTES]
    if (codec := bom_codec(head)) is not None:  # UTF-16/32 with a BOM: look at its characters
        head = head.decode(codec, errors="ignore").encode()
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return FALLBACK
    head = head.lstrip().lower()
    return next((r for r in READERS if r.sniff is not None and r.sniff(head)), FALLBACK)


def reader_for(name: str, raw: bytes) -> Reader:
    """The reader for a file: by its name, else by its first bytes."""
    return for_file_name(name) or sniffed(raw)
