"""WARC archives (``.warc``, ``.warc.gz``): each HTML ``response`` record is a page to read.

Other records (requests, metadata, images…) are skipped. warcio reads a cut-off file without
complaint, so the reader checks itself: a gzip stream that ends early, or a record shorter than
its ``Content-Length``, ends the file with one problem, after the pages read before the break.

Nothing in a WARC file may cost more than its size suggests: gzip data is inflated in steps,
counting bytes, and a file that inflates past :data:`MAX_INFLATED_BYTES` is refused (W045: a 1 MB
gzip bomb inflated to gigabytes); a page's HTTP body, which warcio decodes (gzip, brotli), is read
up to the same bound; a file is read up to :data:`MAX_RECORDS` records and :data:`MAX_PAGES`
pages (W046: 50,000 tiny records in 173 KB were 50,000 analyses). warcio's own warnings (a line
each for a damaged record: 48 MB of them for the bomb) are swallowed, not echoed to stderr.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import zlib
from collections.abc import Generator, Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArchiveLoadFailed

from ..errors import W
from ._compose import squash
from .base import Meta, RawDocument, Reader, ReadProblem, Result
from .html import read_html

_GZIP_MAGIC = b"\x1f\x8b"
MAX_INFLATED_BYTES = 50_000_000
"""The most a compressed WARC file (or one page's encoded body) may inflate to: ten times the
default file-size limit, since crawled HTML compresses about five to ten times."""
MAX_RECORDS = 20_000
"""Records read in one file (a crawl writes a request, a response and metadata per page)."""
MAX_PAGES = 2_000
"""HTML pages read from one file: each is an analysis."""
_STEP = 1 << 20


class _Inflated(Exception):
    pass


class _TooMany(Exception):
    pass


def read_warc(raw: bytes, source: str) -> Iterator[RawDocument | ReadProblem]:
    try:
        data, broken = _gunzip(raw) if raw.startswith(_GZIP_MAGIC) else (raw, None)
    except _Inflated:
        yield ReadProblem(source, W.INFLATED_TOO_BIG.format(limit=MAX_INFLATED_BYTES))
        return
    if not data.lstrip().startswith(b"WARC/"):
        detail = broken or "it does not start with a WARC/1.x record header"
        yield ReadProblem(source, W.BAD_WARC.format(detail=detail))
        return
    stopped = yield from _records(data, source)
    if broken is not None and not stopped:
        yield ReadProblem(source, W.BAD_WARC.format(detail=broken))


def _records(data: bytes, source: str) -> Generator[RawDocument | ReadProblem, None, bool]:
    """The pages and problems of the records; True if a problem stopped the reading. warcio is
    silenced only while it reads a record, never while a page is handed on (the caller's own
    messages to stderr must get through)."""
    records = iter(ArchiveIterator(io.BytesIO(data)))
    pages = 0
    for n in itertools.count(1):
        where = f"{source}#record {n}"
        try:
            with _quiet():
                record = next(records, None)
                if record is None:
                    return False
                if n > MAX_RECORDS:  # there is one more: the file is cut here
                    raise _TooMany
                page = _html_payload(record)
                cut = record.raw_stream.limit > 0
                url = record.rec_headers.get_header("WARC-Target-URI")
        except _Inflated:
            yield ReadProblem(where, W.INFLATED_TOO_BIG.format(limit=MAX_INFLATED_BYTES))
            continue
        except _TooMany:
            limit = MAX_RECORDS
            yield ReadProblem(source, W.TOO_MANY_RECORDS.format(limit=limit, what="records"))
            return True
        except Exception as exc:  # warcio raises many kinds of errors on a damaged file
            yield ReadProblem(where if n > 1 else source, W.BAD_WARC.format(detail=_why(exc)))
            return True
        if cut:
            yield ReadProblem(where, W.BAD_WARC.format(detail="the record is cut short"))
            return True
        if page is not None:
            pages += 1
            if pages > MAX_PAGES:
                limit = MAX_PAGES
                yield ReadProblem(source, W.TOO_MANY_RECORDS.format(limit=limit, what="pages"))
                return True
            yield read_html(page, where, url=url or None, fmt="warc")
    return False


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """warcio's warnings (written to stderr, or logged) swallowed while a file is read."""
    log = logging.getLogger("warcio")
    disabled = log.disabled
    log.disabled = True
    try:
        with contextlib.redirect_stderr(_Sink()):
            yield
    finally:
        log.disabled = disabled


class _Sink(io.TextIOBase):
    def write(self, text: str) -> int:
        return len(text)


def _html_payload(record: Any) -> bytes | None:
    """The HTTP body of an HTML response record; any other record is read past."""
    ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
    page: bytes | None = None
    if record.rec_type == "response" and ctype and "html" in ctype.lower():
        page = record.content_stream().read(MAX_INFLATED_BYTES + 1)
        if len(page) > MAX_INFLATED_BYTES:
            raise _Inflated
    while record.raw_stream.read(65_536):
        pass
    return page


def _why(exc: Exception) -> str:
    if isinstance(exc, ArchiveLoadFailed):
        return squash(str(exc))[:200]
    return f"a damaged record ({type(exc).__name__})"


def _gunzip(raw: bytes) -> tuple[bytes, str | None]:
    """The data of a multi-member gzip file, up to where it breaks off, and why it did; inflated
    a step at a time, and given up (:class:`_Inflated`) past :data:`MAX_INFLATED_BYTES`."""
    out = bytearray()
    rest = raw
    while rest:
        unzip = zlib.decompressobj(wbits=31)
        chunk = rest
        try:
            while not unzip.eof:
                piece = unzip.decompress(chunk, _STEP)
                out += piece
                if len(out) > MAX_INFLATED_BYTES:
                    raise _Inflated
                chunk = unzip.unconsumed_tail
                if not piece and not chunk:  # all input read, no more output: cut short
                    break
        except zlib.error as exc:
            return bytes(out), f"damaged gzip data ({exc})"
        if not unzip.eof:
            return bytes(out), "the gzip stream ends early: the file is cut short"
        rest = unzip.unused_data
    return bytes(out), None


def reread_page(raw: bytes, source: str, meta: Meta) -> Result:
    """A stored record's page (HTML), with the address the record gave."""
    return read_html(raw, source, url=meta.get("url"), fmt="warc", charset=meta.get("charset"))


def _sniff(head: bytes) -> bool:
    return head.startswith(b"warc/1.")


READER = Reader(
    "warc",
    read=read_warc,
    reread=reread_page,
    formats=("warc",),
    suffixes=(".warc", ".warc.gz", ".warc.gzip"),
    media_types=("application/warc",),
    sniff=_sniff,
)
