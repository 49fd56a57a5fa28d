"""RSS and Atom feeds: each entry is one article (its title, then its body's paragraphs).

Entry bodies are short HTML fragments, which trafilatura rejects as too small, so they are laid
out here with lxml: block elements (``<p>``, ``<h2>``, ``<li>``…) and double ``<br>`` make
paragraphs. The stored payload of an entry is its body fragment; the entry's title, link, date,
author and the feed's title go in ``meta``, from which :func:`read_entry` reads it again, with
the entry's GUID (``guid``) and whether its body is its full content or a summary (``body``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import feedparser
from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from ..errors import W
from ._compose import Piece, compose_article, split_names, squash
from .base import RawDocument, Reader, ReadProblem, first_tag

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = _HEADINGS | {
    "p", "div", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr",
    "section", "article", "header", "footer", "dl", "dt", "dd", "hr",
}  # fmt: skip
FEED_TAGS = frozenset({b"rss", b"feed", b"rdf:rdf"})
"""The first elements of RSS, Atom and RDF feeds."""
_SKIP = frozenset({"script", "style", "img", "iframe", "object", "noscript"})
_BREAK = "\x00"  # stands for <br> while a paragraph is gathered


def read_feed(raw: bytes, source: str) -> Iterator[RawDocument | ReadProblem]:
    try:
        parsed = feedparser.parse(io.BytesIO(raw))  # a stream: a str or bytes could be a URL
    except Exception as exc:  # feedparser is lenient; anything it still raises is a bad feed
        yield ReadProblem(source, W.BAD_FEED.format(detail=_detail(exc)))
        return
    if not parsed.entries:
        if parsed.bozo:
            detail = _detail(parsed.get("bozo_exception"))
            yield ReadProblem(source, W.BAD_FEED.format(detail=detail))
        elif not parsed.get("version"):
            yield ReadProblem(source, W.BAD_FEED.format(detail="no <rss> or <feed> element"))
        else:
            yield ReadProblem(source, W.NO_TEXT.format())
        return
    outlet = squash(parsed.feed.get("title") or "") or None
    for n, entry in enumerate(parsed.entries, 1):
        yield read_entry(_body(entry).encode("utf-8"), f"{source}#entry {n}", _meta(entry, outlet))


def read_entry(
    raw: bytes, source: str, meta: Mapping[str, str | None]
) -> RawDocument | ReadProblem:
    """One entry: ``raw`` its body fragment (UTF-8), ``meta`` what :func:`read_feed` found."""
    published = meta.get("published")
    try:
        day = date.fromisoformat(published) if published else None
    except ValueError:
        return ReadProblem(source, W.BAD_DATE.format(value=published))
    article = compose_article(
        meta.get("title"),
        fragment_pieces(raw.decode("utf-8", errors="replace")),
        fmt="feed",
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        published=day,
        byline=split_names(meta.get("byline")),
    )
    if article is None:
        return ReadProblem(source, W.NO_TEXT.format())
    return RawDocument(source, "feed", raw, article, dict(meta))


def fragment_pieces(fragment: str) -> list[Piece]:
    """The paragraphs and headings of an HTML fragment, in order."""
    if not fragment.strip():
        return []
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    pieces: list[Piece] = []
    buf: list[str] = []

    def flush(kind: str) -> None:
        for part in re.split(f"{_BREAK}\\s*{_BREAK}", "".join(buf)):
            if text := squash(part.replace(_BREAK, " ")):
                pieces.append(Piece("heading" if kind in _HEADINGS else "paragraph", text))
        buf.clear()

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # comments, processing instructions
        if tag in _BLOCKS:
            flush("p")
        if tag == "br":
            buf.append(_BREAK)
        if tag and tag not in _SKIP:
            buf.append(el.text or "")
            for child in el:
                walk(child)
        if tag in _BLOCKS:
            flush(tag)
        buf.append(el.tail or "")

    walk(root)
    flush("p")
    return pieces


def _body(entry: Any) -> str:
    content = entry.get("content") or []
    for item in content:
        if item.get("value"):
            return str(item["value"])
    return str(entry.get("summary") or "")


def _summary_only(entry: Any) -> bool:
    """The entry's body is its summary (RSS ``description``, Atom ``summary``): no full content
    (``content:encoded``, Atom ``content``) was given."""
    return not any(item.get("value") for item in entry.get("content") or [])


def _meta(entry: Any, outlet: str | None) -> dict[str, str | None]:
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    author = entry.get("author") or (entry.get("author_detail") or {}).get("name")
    return {
        "title": squash(entry.get("title") or "") or None,
        "url": entry.get("link") or None,
        "published": date(when.tm_year, when.tm_mon, when.tm_mday).isoformat() if when else None,
        "outlet": outlet,
        "byline": squash(author) if author else None,
        "guid": squash(str(entry.get("id") or "")) or None,
        "body": "summary" if _summary_only(entry) else "content",
    }


def _detail(exc: object) -> str:
    text = squash(str(exc)) if exc is not None else ""
    return text or type(exc).__name__


def _sniff(head: bytes) -> bool:
    return first_tag(head) in FEED_TAGS


READER = Reader(
    "feed",
    read=read_feed,
    reread=read_entry,
    formats=("feed",),
    suffixes=(".xml", ".rss", ".atom"),
    media_types=("application/rss+xml", "application/atom+xml", "application/rdf+xml"),
    sniff=_sniff,
)
