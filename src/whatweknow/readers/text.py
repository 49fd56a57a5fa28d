"""Plain text files: decode, then find the layout of the text as it is."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from . import layout
from .base import Meta, RawDocument, Reader, ReadProblem, Result
from .decode import decode


def read_text(raw: bytes, source: str, *, charset: str | None = None) -> RawDocument | ReadProblem:
    """``charset``: the one a server named for it (see :func:`.decode.decode`)."""
    text = decode(raw, source, charset)
    if isinstance(text, ReadProblem):
        return text
    found = layout.parse_layout(text)
    article = layout.build_article(text, found, fmt="text", published=found.published)
    return RawDocument(source=source, format="text", raw=raw, article=article)


def with_url(doc: Result, url: str | None) -> Result:
    """A document read from a fetched page, with the page's address (plain text names none)."""
    if isinstance(doc, ReadProblem) or not url or doc.article.url:
        return doc
    article = doc.article.model_copy(update={"url": url})
    return dataclasses.replace(doc, article=article, meta={**doc.meta, "url": url})


def _read(raw: bytes, source: str) -> Iterator[Result]:
    yield read_text(raw, source)


def reread_text(raw: bytes, source: str, meta: Meta) -> Result:
    """A stored or fetched text: decoded by its server's ``charset``, with its ``url``."""
    return with_url(read_text(raw, source, charset=meta.get("charset")), meta.get("url"))


READER = Reader(
    "text",
    read=_read,
    reread=reread_text,
    formats=("text",),
    suffixes=(".txt", ".text", ".md", ".markdown"),
    media_types=("text/plain", "text/markdown", "text/x-markdown"),
    one_page=True,
)
"""Plain text, Markdown read as text; what first bytes that say nothing are read as."""
