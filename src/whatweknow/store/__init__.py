"""Where articles, their raw inputs and their dossiers are kept: one interface, SQL backends.

>>> with open_store("news.db") as store:  # doctest: +SKIP
...     store.add(doc, dossier)
...     hits = store.search('"ceasefire talks"')
"""

from .base import (
    EventLink,
    ItemMark,
    Publication,
    RawInput,
    SearchHit,
    SourceState,
    Store,
    StoredActor,
    StoredArticle,
    StoredEvent,
)
from .sql import SqlStore, open_store

__all__ = [
    "EventLink",
    "ItemMark",
    "Publication",
    "RawInput",
    "SearchHit",
    "SourceState",
    "SqlStore",
    "Store",
    "StoredActor",
    "StoredArticle",
    "StoredEvent",
    "open_store",
]
