"""Plain text files: decode, then find the layout of the text as it is."""

from __future__ import annotations

from . import layout
from .base import RawDocument, ReadProblem
from .decode import decode


def read_text(raw: bytes, source: str, *, charset: str | None = None) -> RawDocument | ReadProblem:
    """``charset``: the one a server named for it (see :func:`.decode.decode`)."""
    text = decode(raw, source, charset)
    if isinstance(text, ReadProblem):
        return text
    found = layout.parse_layout(text)
    article = layout.build_article(text, found, fmt="text", published=found.published)
    return RawDocument(source=source, format="text", raw=raw, article=article)
