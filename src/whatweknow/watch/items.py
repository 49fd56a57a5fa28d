"""What makes a watched item the same item: its keys.

An item (a feed entry, a page, a file's article) has up to three keys, and is taken once: if any
of its keys was recorded before (:meth:`~whatweknow.store.Store.seen_items`), it is skipped.

* ``guid:`` a feed entry's GUID (Atom ``id``), scoped by the feed's address: GUIDs are unique only
  within their feed, and ``1`` in two feeds is two items;
* ``url:`` its canonical address: scheme and host in lower case, no default port, no fragment,
  and without the query parameters that only track a click (``tracking.txt``: ``utm_*``,
  ``fbclid``…), so the same story linked from two feeds is one item;
* ``hash:`` its text's hash (the article id), so the same text under two addresses is one item.

A page watched by its own address has its hash key alone: when its text changes, it is a new item
(its body's hash is compared first, see :mod:`.rounds`). A feed's entry already taken by its
address is not taken again with another text (precision first: an edited entry is no new
article).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..readers.base import RawDocument

_DEFAULT_PORTS = {"http": 80, "https": 443}


@cache
def _tracking() -> tuple[frozenset[str], tuple[str, ...]]:
    names, prefixes = set(), []
    for line in (Path(__file__).with_name("tracking.txt")).read_text("utf-8").splitlines():
        word = line.strip().lower()
        if not word or word.startswith("#"):
            continue
        if word.endswith("*"):
            prefixes.append(word[:-1])
        else:
            names.add(word)
    return frozenset(names), tuple(prefixes)


def tracking_parameter(name: str) -> bool:
    names, prefixes = _tracking()
    lower = name.lower()
    return lower in names or lower.startswith(prefixes)


def canonical_url(url: str) -> str | None:
    """The address compared between items (see the module), or None when it is no address."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not tracking_parameter(name)
    ]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def item_keys(source: str, doc: RawDocument) -> tuple[str, ...]:
    """The keys of one item read from ``source`` (see the module). A page watched by its
    address is the source itself: its text alone says whether it is new."""
    if doc.source == source:
        return (f"hash:{doc.article.id}",)
    keys = []
    if guid := doc.meta.get("guid"):
        keys.append(f"guid:{source} {guid}")
    url = doc.meta.get("url") or doc.article.url
    if url and (canonical := canonical_url(url)):
        keys.append(f"url:{canonical}")
    keys.append(f"hash:{doc.article.id}")
    return tuple(keys)
