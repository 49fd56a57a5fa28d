"""Web pages: trafilatura finds the main text and the metadata; we lay the text out ourselves.

``article.text`` is built from trafilatura's extracted body (see :mod:`._compose`): headings
(``<h2>``…) become subheadings, and the ``<figcaption>`` of each image that trafilatura kept
becomes a caption (trafilatura keeps the image but drops its caption, so the caption is looked
up in the page by the image's address).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any
from urllib.parse import urljoin

import trafilatura
from lxml import html as lxml_html  # type: ignore[import-untyped]

from ..contract import Article, ArticleFormat
from ..errors import W
from ._compose import Piece, compose_article, split_names, squash
from ._patterns import _MONTHS
from .base import Meta, RawDocument, Reader, ReadProblem, Result, first_tag
from .decode import decode
from .feed import FEED_TAGS
from .paywall import thin_page

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_CONTAINERS = frozenset({"body", "div", "main", "list", "table", "quote", "section"})


def read_html(
    raw: bytes,
    source: str,
    *,
    url: str | None = None,
    fmt: ArticleFormat = "html",
    charset: str | None = None,
) -> RawDocument | ReadProblem:
    """One page. ``url``: where it was fetched from (a WARC record, an address given), wins over
    the page's own; ``charset``: the one its server named (see :func:`.decode.decode`)."""
    text = decode(raw, source, charset)
    if isinstance(text, ReadProblem):
        return text
    article = html_article(text, fmt=fmt, url=url)
    if article is None:
        return ReadProblem(source, W.NO_TEXT.format())
    return RawDocument(source, fmt, raw, article, {"url": url} if url else {})


def html_article(
    page: str,
    *,
    fmt: ArticleFormat,
    url: str | None = None,
    title: str | None = None,
    published: date | None = None,
    outlet: str | None = None,
    byline: list[str] | None = None,
) -> Article | None:
    """The article in ``page``; metadata given here wins over the page's. ``None``: no text."""
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_formatting=True,
            include_images=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_date_params(),
        )
    except Exception:  # trafilatura and lxml raise many kinds of errors on bad markup
        return None
    if doc is None or isinstance(doc, dict) or doc.body is None:
        return None
    pieces = _pieces(doc.body, _figure_captions(page, url))
    return compose_article(
        title or doc.title,
        pieces,
        fmt=fmt,
        url=url or doc.url,
        outlet=outlet or doc.sitename,
        published=published or _stated_date(page, url, _date(doc.date)),
        byline=byline or split_names(doc.author),
    )


def _pieces(body: Any, captions: dict[str, str]) -> list[Piece]:
    """Blocks of trafilatura's XML body (``head``, ``p``, ``item``, ``graphic``…) in order."""
    for lb in body.iter("lb"):
        lb.text = " "  # a line break inside a paragraph reads as a space
    out: list[Piece] = []
    for el in body:
        tag = el.tag
        if tag == "head":
            out.append(Piece("heading", squash("".join(el.itertext()))))
        elif tag == "graphic":
            if (caption := captions.get(el.get("src", ""))) is not None:
                out.append(Piece("caption", caption))
        elif tag in _CONTAINERS and len(el):
            out.extend(_pieces(el, captions))
        elif tag == "row":
            cells = (squash("".join(c.itertext())) for c in el)
            out.append(Piece("paragraph", " | ".join(c for c in cells if c)))
        else:
            out.append(Piece("paragraph", squash("".join(el.itertext()))))
            out.extend(
                Piece("caption", captions[g.get("src")])
                for g in el.iter("graphic")
                if g.get("src") in captions
            )
    return out


def _figure_captions(page: str, url: str | None) -> dict[str, str]:
    """Image address → its ``<figcaption>``, from the page itself (trafilatura makes the image
    addresses absolute when it is given the page's URL, so both forms are kept)."""
    try:
        tree = lxml_html.fromstring(_XML_DECLARATION.sub("", page, count=1))
    except Exception:  # the same page parsed by trafilatura; nothing to add if this fails
        return {}
    found: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption = figure.find(".//figcaption")
        if caption is None:
            continue
        text = squash(caption.text_content())
        for img in figure.iter("img"):
            for src in (img.get("src"), img.get("data-src")):
                if text and src:
                    found[str(src)] = text
                    if url:
                        found[urljoin(url, str(src))] = text
    return found


#: How far past the reader's own day a page's date may lie: the page's day is its own zone's,
#: which runs up to 14 hours ahead of UTC, and clocks drift. htmldate rejects a date past its
#: limit and then falls back on a partial match ("2026-12" read as the 1st of the month), so a
#: page from a zone ahead of the reader's, read after its midnight, was dated to the 1st.
_DATE_AHEAD = timedelta(days=2)


def _date_params(*, extensive: bool = True) -> dict[str, Any]:
    """htmldate's settings: the publication date (not the last change), searched widely (or in
    the page's markup only), up to :data:`_DATE_AHEAD` past today."""
    limit = date.today() + _DATE_AHEAD
    return {"original_date": True, "extensive_search": extensive, "max_date": limit.isoformat()}


def _stated_date(page: str, url: str | None, found: date | None) -> date | None:
    """``found`` (htmldate's wide search), unless it is the 1st of a month that the page never
    writes as a day: htmldate's guess from a year or a month alone ("In September 2026 the
    board …" read as 2026-01-01). Then the date the page's markup gives, if any."""
    if found is None or found.day != 1 or _writes_first(page, found):
        return found
    try:
        meta = trafilatura.extract_metadata(page, url, _date_params(extensive=False), False)
    except Exception:  # the same page trafilatura has read once: nothing to add if it fails
        return None
    return _date(meta.date)


def _writes_first(page: str, day: date) -> bool:
    """Whether the page writes the 1st of ``day``'s month as a day: ``2026-09-01``,
    ``2026/09/01``, ``01.09.2026``, ``1 September``, ``Sept. 1``, ``1st``."""
    names = sorted((m for m, n in _MONTHS.items() if n == day.month), key=len, reverse=True)
    name = rf"(?:{'|'.join(names)})\.?"
    forms = (
        rf"{day.year}[-/]{day.month:02d}[-/]01",
        rf"\b0?1[./-]0?{day.month}[./-]{day.year}",
        rf"(?i)\b0?1(?:st)?\s+(?:of\s+)?{name}\b",
        rf"(?i)\b{name}\s+0?1(?:st)?\b",
    )
    return any(re.search(f, page) for f in forms)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _read(raw: bytes, source: str) -> Iterator[Result]:
    yield read_html(raw, source)


def reread_html(raw: bytes, source: str, meta: Meta) -> Result:
    """A stored or fetched page, with the address it came from and its server's charset."""
    return read_html(raw, source, url=meta.get("url"), charset=meta.get("charset"))


def _sniff(head: bytes) -> bool:
    """Markup, unless its first element is a feed's."""
    tag = first_tag(head)
    return tag is not None and tag not in FEED_TAGS


READER = Reader(
    "html",
    read=_read,
    reread=reread_html,
    formats=("html",),
    suffixes=(".html", ".htm", ".xhtml"),
    media_types=("text/html", "application/xhtml+xml"),
    sniff=_sniff,
    one_page=True,
    check_page=thin_page,
)
