"""Precision, recall and F1 for sets of typed character spans.

A span is ``(start, end, type)`` with ``end`` exclusive. Spans are compared document by document
(spans of different documents never match) and only with spans of the same type.

* **exact**: a predicted span counts when a gold span has the same start, end and type.
  Duplicates within a document count once (spans are sets).
* **overlap** (partial): predicted and gold spans of the same type match when they share at
  least one character; each gold span matches at most one predicted span and vice versa, and
  the number of matches is the size of a maximum one-to-one matching (so a long predicted span
  covering two gold spans earns one match, not two).

``tp`` is the number of matches; ``fp = predicted - tp``; ``fn = gold - tp``. Per type scores
and their micro-average (sums of counts over types) are returned by :func:`score`; a type with
no gold and no predicted spans scores 0 (rather than being undefined).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "PRF",
    "Mode",
    "Scores",
    "Span",
    "exact_matches",
    "max_matching",
    "overlap_matches",
    "score",
    "score_document",
]

Span = tuple[int, int, str]
Mode = Literal["exact", "overlap"]


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts of one comparison, with precision, recall and F1 derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def n_pred(self) -> int:
        return self.tp + self.fp

    @property
    def n_gold(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def row(self, digits: int = 1) -> tuple[str, str, str]:
        """Precision, recall and F1 as percentages, formatted for a table."""
        return (
            f"{100 * self.precision:.{digits}f}",
            f"{100 * self.recall:.{digits}f}",
            f"{100 * self.f1:.{digits}f}",
        )

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def exact_matches(gold: Iterable[Span], pred: Iterable[Span]) -> int:
    """The number of predicted spans (as a set) equal to a gold span."""
    return len(set(gold) & set(pred))


def max_matching(adj: Sequence[Sequence[int]], n_gold: int) -> int:
    """The size of a maximum one-to-one matching of a bipartite graph (augmenting paths):
    ``adj[i]`` lists the gold items (indices below ``n_gold``) that prediction ``i`` may match."""
    owner: list[int] = [-1] * n_gold  # gold index -> predicted index matched to it

    def augment(i: int, seen: list[bool]) -> bool:
        for j in adj[i]:
            if not seen[j]:
                seen[j] = True
                if owner[j] < 0 or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(1 for i in range(len(adj)) if adj[i] and augment(i, [False] * n_gold))


def overlap_matches(gold: Iterable[Span], pred: Iterable[Span]) -> int:
    """The size of a maximum one-to-one matching between overlapping spans of the same type."""
    g = sorted(set(gold))
    p = sorted(set(pred))
    # Bipartite graph: predicted span -> indices of the gold spans it overlaps (same type).
    adj: list[list[int]] = [
        [j for j, (gs, ge, gt) in enumerate(g) if gt == pt and ps < ge and gs < pe]
        for ps, pe, pt in p
    ]
    return max_matching(adj, len(g))


def score_document(gold: Iterable[Span], pred: Iterable[Span], mode: Mode) -> dict[str, PRF]:
    """Per-type counts for one document."""
    gold_by: dict[str, set[Span]] = defaultdict(set)
    pred_by: dict[str, set[Span]] = defaultdict(set)
    for s in gold:
        gold_by[s[2]].add(s)
    for s in pred:
        pred_by[s[2]].add(s)
    match = exact_matches if mode == "exact" else overlap_matches
    out: dict[str, PRF] = {}
    for t in set(gold_by) | set(pred_by):
        g, p = gold_by[t], pred_by[t]
        tp = match(g, p)
        out[t] = PRF(tp, len(p) - tp, len(g) - tp)
    return out


@dataclass(frozen=True, slots=True)
class Scores:
    """Per-type scores and their micro-average, for one matching mode."""

    mode: Mode
    by_type: Mapping[str, PRF]
    micro: PRF

    def as_dict(self) -> dict[str, object]:
        return {
            "mode": self.mode,
            "by_type": {t: p.as_dict() for t, p in self.by_type.items()},
            "micro": self.micro.as_dict(),
        }


def score(
    gold_docs: Sequence[Iterable[Span]],
    pred_docs: Sequence[Iterable[Span]],
    mode: Mode = "exact",
    types: Sequence[str] | None = None,
) -> Scores:
    """Score predicted against gold spans, document by document (the sequences are aligned).

    With ``types``, only spans of those types are scored (others are ignored on both sides) and
    every listed type appears in ``by_type``, in that order; otherwise all types seen appear,
    sorted. The micro-average sums the counts of the types in ``by_type``.
    """
    if len(gold_docs) != len(pred_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(pred_docs)} predicted")
    keep = set(types) if types is not None else None
    totals: dict[str, PRF] = defaultdict(PRF)
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        g = [s for s in gold if keep is None or s[2] in keep]
        p = [s for s in pred if keep is None or s[2] in keep]
        for t, prf in score_document(g, p, mode).items():
            totals[t] = totals[t] + prf
    order = list(types) if types is not None else sorted(totals)
    by_type = {t: totals.get(t, PRF()) for t in order}
    micro = sum(by_type.values(), PRF())
    return Scores(mode=mode, by_type=by_type, micro=micro)
