"""WARC archives (``.warc``, ``.warc.gz``): each HTML ``response`` record is a page to read.

Other records (requests, metadata, images…) are skipped. warcio reads a cut-off file without
complaint, so the reader checks itself: a gzip stream that ends early, or a record shorter than
its ``Content-Length``, ends the file with one problem, after the pages read before the break.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArchiveLoadFailed

from ..errors import E
from ._compose import squash
from .base import RawDocument, ReadProblem
from .html import read_html

_GZIP_MAGIC = b"\x1f\x8b"


def read_warc(raw: bytes, source: str) -> Iterator[RawDocument | ReadProblem]:
    data, broken = _gunzip(raw) if raw.startswith(_GZIP_MAGIC) else (raw, None)
    if not data.lstrip().startswith(b"WARC/"):
        detail = broken or "it does not start with a WARC/1.x record header"
        yield ReadProblem(source, E.BAD_WARC.format(detail=detail))
        return
    n = 0
    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            where = f"{source}#record {n}"
            page = _html_payload(record)
            if record.raw_stream.limit > 0:
                yield ReadProblem(where, E.BAD_WARC.format(detail="the record is cut short"))
                return
            if page is not None:
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield read_html(page, where, url=url or None, fmt="warc")
    except Exception as exc:  # warcio raises many kinds of errors on a damaged file
        where = f"{source}#record {n + 1}" if n else source
        yield ReadProblem(where, E.BAD_WARC.format(detail=_why(exc)))
        return
    if broken is not None:
        yield ReadProblem(source, E.BAD_WARC.format(detail=broken))


def _html_payload(record: Any) -> bytes | None:
    """The HTTP body of an HTML response record; any other record is read past."""
    ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
    page: bytes | None = None
    if record.rec_type == "response" and ctype and "html" in ctype.lower():
        page = record.content_stream().read()
    while record.raw_stream.read(65_536):
        pass
    return page


def _why(exc: Exception) -> str:
    if isinstance(exc, ArchiveLoadFailed):
        return squash(str(exc))[:200]
    return f"a damaged record ({type(exc).__name__})"


def _gunzip(raw: bytes) -> tuple[bytes, str | None]:
    """The data of a multi-member gzip file, up to where it breaks off, and why it did."""
    out: list[bytes] = []
    rest = raw
    while rest:
        unzip = zlib.decompressobj(wbits=31)
        try:
            out.append(unzip.decompress(rest))
        except zlib.error as exc:
            return b"".join(out), f"damaged gzip data ({exc})"
        if not unzip.eof:
            return b"".join(out), "the gzip stream ends early: the file is cut short"
        rest = unzip.unused_data
    return b"".join(out), None
