"""Bytes to text: the text exactly as written, in whatever encoding it was saved.

A byte-order mark decides (UTF-8, UTF-16, UTF-32); else strict UTF-8; else the charset a web
server named for the page, when the bytes decode in it; else charset-normalizer's guess,
preferring Windows-1252 when it fits as well as the guess, since news copied on Western desktops
is most often saved in it (and Latin-1 files decode the same way). Newlines are kept as they are:
offsets index the text exactly as read.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from ..errors import W
from .base import ReadProblem

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 65_536
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def decode(raw: bytes, source: str, charset: str | None = None) -> str | ReadProblem:
    """The text of ``raw``, or the problem that stops it being read as text. ``charset``: the
    one a server's ``Content-Type`` named (bytes that are valid UTF-8 are read as UTF-8 all the
    same: a server that names Latin-1 for every page is common)."""
    if not raw.strip():
        return ReadProblem(source, W.EMPTY.format())
    text = _with_bom(raw)
    if text is None:
        if b"\x00" in raw:
            return ReadProblem(source, W.BINARY.format())
        text = _without_bom(raw, charset)
        if text is None:
            return ReadProblem(source, W.UNDECODABLE.format())
    if not text.strip():
        return ReadProblem(source, W.EMPTY.format())
    if _control_share(text[:_SAMPLE]) > _MAX_CONTROL_SHARE:
        return ReadProblem(source, W.BINARY.format())
    return text


def bom_codec(raw: bytes) -> str | None:
    """The codec named by the byte-order mark ``raw`` starts with, if any."""
    return next((codec for bom, codec in _BOMS if raw.startswith(bom)), None)


def _with_bom(raw: bytes) -> str | None:
    codec = bom_codec(raw)
    return None if codec is None else raw.decode(codec, errors="replace")


def _without_bom(raw: bytes, charset: str | None = None) -> str | None:
    for codec in ("utf-8", charset) if charset else ("utf-8",):
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    matches = charset_normalizer.from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    close = [m for m in matches if m.percent_chaos <= best.percent_chaos + 1.0]
    if any("cp1252" in m.could_be_from_charset for m in close):
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls / len(text)
