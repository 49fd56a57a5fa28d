"""The tune and check halves of a dev corpus: a stable hash of the corpus name and document id.

The split is fixed before anyone looks at which documents fall where: a rule is tuned on the
``tune`` half and reported on both; one that helps only the tune half is fitted to it. The hash
(SHA-256 of ``"{corpus}/{doc_id}"``, its first byte's lowest bit) does not depend on the order,
the number or the contents of the documents, so a document keeps its half as a corpus grows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Half = Literal["tune", "check"]
HALVES: tuple[Half, Half] = ("tune", "check")

T = TypeVar("T")


def half(corpus: str, doc_id: str) -> Half:
    """The half of document ``doc_id`` of ``corpus``."""
    digest = hashlib.sha256(f"{corpus}/{doc_id}".encode()).digest()
    return "check" if digest[0] & 1 else "tune"


def split(corpus: str, items: Iterable[T], doc_id: Callable[[T], str]) -> dict[Half, list[T]]:
    """``items`` in their halves, each in its given order."""
    out: dict[Half, list[T]] = {"tune": [], "check": []}
    for item in items:
        out[half(corpus, doc_id(item))].append(item)
    return out
