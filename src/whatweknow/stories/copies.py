"""Near-duplicate and wire-copy detection: MinHash over word shingles, with LSH banding.

An article's text is cut into *shingles*, runs of :data:`SHINGLE` consecutive words (lowercased,
punctuation dropped, so quote styles and HTML entities do not matter). Two copies of a wire
report share most of their shingles even when the headline is rewritten, a paragraph trimmed or
a sentence reworded; two articles on the same story written independently share almost none.

* :func:`sketch` makes a :class:`CopySketch`: :data:`PERMUTATIONS` MinHash values (the minimum of
  a universal hash over the shingle set, one hash function each) and the number of shingles.
  The share of equal MinHash values estimates the Jaccard similarity of the two shingle sets.
* :func:`buckets` cuts the signature into :data:`BANDS` bands of :data:`ROWS` values; articles
  that agree on all rows of any band are candidates (the store indexes the bands). With 42 bands
  of 3 rows a pair with Jaccard 0.3 is a candidate with probability 0.68, 0.5 with 0.996, 0.05
  with 0.005: few false candidates, and each is checked on the full signature.
* :func:`is_copy` decides: estimated Jaccard at least :data:`MIN_JACCARD` (0.35: rewrites of one
  report, a paragraph dropped, a few sentences reworded, a headline and dateline of its own), or
  the smaller text at least :data:`MIN_CONTAINMENT` (0.6) contained in the larger one (a trimmed
  copy), when the smaller has at least :data:`MIN_SHINGLES` shingles. On the two real dev stories
  no two independently written articles reach Jaccard 0.11 or containment 0.21, so the bar
  leaves a wide margin; below it a reworked copy counts as a source of its own, which overstates
  corroboration.

On the sample corpus the Reuters report and its copy on another outlet's page (trimmed, new
headline, entities for quotes) have an estimated Jaccard about 0.8; any two other articles of
the story stay under 0.05.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .text import words

SHINGLE = 5
PERMUTATIONS = 126
BANDS = 42
ROWS = 3
MIN_JACCARD = 0.35
MIN_CONTAINMENT = 0.6
MIN_SHINGLES = 30

_PRIME = (1 << 31) - 1
_rng = np.random.default_rng(20240603)  # fixed: signatures must be comparable across runs
_A = _rng.integers(1, _PRIME, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=PERMUTATIONS, dtype=np.uint64)


@dataclass(frozen=True)
class CopySketch:
    signature: bytes
    """:data:`PERMUTATIONS` MinHash values, little-endian unsigned 32-bit."""
    shingles: int
    """How many distinct shingles the text has (0: too short to compare)."""

    def values(self) -> npt.NDArray[np.uint32]:
        return np.frombuffer(self.signature, dtype="<u4")


def shingles(text: str, ws: list[str] | None = None) -> set[str]:
    """The text's shingles; ``ws``: its :func:`~.text.words`, when the caller has them."""
    ws = words(text) if ws is None else ws
    if len(ws) < SHINGLE:
        return set()
    return {" ".join(ws[i : i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


def sketch(text: str, ws: list[str] | None = None) -> CopySketch:
    """The text's sketch; ``ws``: its :func:`~.text.words`, when the caller has them."""
    found = shingles(text, ws)
    if not found:
        empty = np.full(PERMUTATIONS, _PRIME, dtype="<u4")
        return CopySketch(empty.tobytes(), 0)
    digests = b"".join(
        hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest() for s in found
    )  # each shingle's 4-byte blake2b, little-endian, masked to 31 bits (the stored format)
    x = np.frombuffer(digests, dtype="<u4").astype(np.uint64) & np.uint64(_PRIME)
    hashed = (np.outer(x, _A) + _B) % _PRIME  # shingles x permutations, all < 2**31
    signature = hashed.min(axis=0).astype("<u4")
    return CopySketch(signature.tobytes(), len(found))


def buckets(s: CopySketch) -> list[str]:
    """The LSH bucket keys of a sketch, one per band (none for a text too short to compare)."""
    if s.shingles == 0:
        return []
    raw = s.signature
    width = ROWS * 4
    return [
        f"{band:02d}"
        + hashlib.blake2b(raw[band * width : (band + 1) * width], digest_size=8).hexdigest()
        for band in range(BANDS)
    ]


def jaccard(a: CopySketch, b: CopySketch) -> float:
    """The estimated Jaccard similarity of the two shingle sets."""
    if a.shingles == 0 or b.shingles == 0:
        return 0.0
    return float(np.mean(a.values() == b.values()))


def containment(a: CopySketch, b: CopySketch, j: float | None = None) -> float:
    """The estimated share of the smaller shingle set that the larger one holds."""
    j = jaccard(a, b) if j is None else j
    small = min(a.shingles, b.shingles)
    if small == 0:
        return 0.0
    shared = j * (a.shingles + b.shingles) / (1 + j)
    return min(1.0, shared / small)


def is_copy(a: CopySketch, b: CopySketch) -> bool:
    j = jaccard(a, b)
    if j >= MIN_JACCARD:
        return True
    return min(a.shingles, b.shingles) >= MIN_SHINGLES and containment(a, b, j) >= MIN_CONTAINMENT
