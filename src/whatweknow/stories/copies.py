"""Near-duplicate and wire-copy detection: MinHash over word shingles, with LSH banding.

An article's text is cut into *shingles*, runs of :data:`SHINGLE` consecutive words (lowercased,
punctuation dropped, so quote styles and HTML entities do not matter). Two copies of a wire
report share most of their shingles even when the headline is rewritten, a paragraph trimmed or
a sentence reworded; two articles on the same story written independently share almost none.

* :func:`sketch` makes a :class:`CopySketch`: :data:`PERMUTATIONS` MinHash values (the minimum of
  a universal hash over the shingle set, one hash function each) and the number of shingles.
  The share of equal MinHash values estimates the Jaccard similarity of the two shingle sets.
  A shingle's hash is worked out from its words' (:func:`shingle_hashes`: a CRC-32 per distinct
  word, combined by position with odd 64-bit multipliers and mixed), and each MinHash function is a
  multiply-shift hash of it (the high 32 bits of ``a * x + b`` modulo 2**64, ``a`` odd): all in
  numpy, with no hash call per shingle. Signatures are compared only with signatures made the
  same way: a store's stories are rebuilt when the pipeline version changes.
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
import zlib
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

_rng = np.random.default_rng(20261206)  # fixed: signatures must be comparable across runs
_A = _rng.integers(0, 1 << 63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 1 << 63, size=PERMUTATIONS, dtype=np.uint64)
_POSITION = _rng.integers(0, 1 << 63, size=SHINGLE, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_SHIFT = np.uint64(32)
_33 = np.uint64(33)
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_EMPTY = np.full(PERMUTATIONS, 0xFFFFFFFF, dtype="<u4").tobytes()


@dataclass(frozen=True)
class CopySketch:
    signature: bytes
    """:data:`PERMUTATIONS` MinHash values, little-endian unsigned 32-bit."""
    shingles: int
    """How many distinct shingles the text has (0: too short to compare)."""

    def values(self) -> npt.NDArray[np.uint32]:
        return np.frombuffer(self.signature, dtype="<u4")


def shingles(text: str, ws: list[str] | None = None) -> set[str]:
    """The text's shingles as text (for reading; :func:`sketch` hashes them without building
    them); ``ws``: its :func:`~.text.words`, when the caller has them."""
    ws = words(text) if ws is None else ws
    if len(ws) < SHINGLE:
        return set()
    return {" ".join(ws[i : i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


def shingle_hashes(ws: list[str]) -> npt.NDArray[np.uint64]:
    """One 64-bit hash per shingle of the words ``ws``, in order (repeats kept): the sum over
    its positions of the word's CRC-32 times that position's odd multiplier, modulo 2**64, then
    mixed by MurmurHash3's finalizer."""
    if len(ws) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    v = np.fromiter(map(_CRC.__getitem__, ws), dtype=np.uint64, count=len(ws))
    n = len(ws) - SHINGLE + 1
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is meant
        out: npt.NDArray[np.uint64] = v[:n] * _POSITION[0]
        for i in range(1, SHINGLE):
            out += v[i : i + n] * _POSITION[i]
        # mixed (MurmurHash3's 64-bit finalizer): a sum is linear in the words' codes, and the
        # MinHash functions are too, so shingles sharing words would have related minima
        out ^= out >> _33
        out *= _MIX1
        out ^= out >> _33
        out *= _MIX2
        out ^= out >> _33
    return out


class _Crc(dict[str, int]):
    """The CRC-32 of each word's UTF-8, kept (a dict lookup, where most words of an article were
    seen in the articles before it); emptied when it holds :data:`MAX_WORDS` words."""

    def __missing__(self, word: str) -> int:
        if len(self) >= MAX_WORDS:
            self.clear()
        found = self[word] = zlib.crc32(word.encode("utf-8"))
        return found


MAX_WORDS = 262_144
_CRC = _Crc()


def _distinct(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """The distinct values of ``x``, sorted: ``np.unique`` by a sort and a comparison of
    neighbours (numpy's own takes a hash table first, five times longer at an article's
    thousand-odd shingles)."""
    x = np.sort(x)
    if x.size < 2:
        return x
    keep = np.empty(x.size, dtype=bool)
    keep[0] = True
    np.not_equal(x[1:], x[:-1], out=keep[1:])
    return x[keep]


def sketch(text: str, ws: list[str] | None = None) -> CopySketch:
    """The text's sketch; ``ws``: its :func:`~.text.words`, when the caller has them."""
    x = _distinct(shingle_hashes(words(text) if ws is None else ws))
    if x.size == 0:
        return CopySketch(_EMPTY, 0)
    with np.errstate(over="ignore"):
        hashed = np.multiply.outer(x, _A)  # shingles x permutations
        hashed += _B  # in place: the array is the cost, not the arithmetic
    # the top 32 bits of each minimum: shifting is monotone, so the minimum of the shifted
    # values, once per permutation rather than once per shingle
    return CopySketch((hashed.min(axis=0) >> _SHIFT).astype("<u4").tobytes(), int(x.size))


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
