"""Clustering and coreference metrics over items labelled with clusters.

A clustering is a mapping item -> cluster label (:data:`Clusters`); an item of the gold missing
from the prediction is alone in its own cluster.

* :func:`bcubed`: B-cubed precision and recall over items (Bagga and Baldwin 1998);
* :func:`v_measure`: homogeneity, completeness and V-measure (Rosenberg and Hirschberg 2007);
* :func:`muc`: MUC link-based scores (Vilain et al. 1995);
* :func:`ceaf_e`: entity-based CEAF (Luo 2005), with an optimal alignment;
* :func:`coref_scores`: MUC, B-cubed, CEAF-e and their mean F1, the CoNLL F1.

:class:`PRF` here holds averaged precision and recall, not counts
(:class:`whatweknow.eval.metrics.PRF` counts matches of spans).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["PRF", "Clusters", "bcubed", "ceaf_e", "coref_scores", "muc", "v_measure"]

Clusters = Mapping[Hashable, Hashable]
"""item -> cluster label"""


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def _groups(labels: Clusters) -> dict[Hashable, set[Hashable]]:
    out: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, label in labels.items():
        out[label].add(item)
    return out


def bcubed(gold: Clusters, pred: Clusters) -> PRF:
    """B-cubed over the items of ``gold`` (an item missing from ``pred`` is alone)."""
    g, p = _groups(gold), _groups(pred)
    pred_of = {i: p[pred[i]] if i in pred else {i} for i in gold}
    prec = rec = 0.0
    for item, label in gold.items():
        mine = pred_of[item] & set(gold)
        shared = len(mine & g[label])
        prec += shared / len(mine)
        rec += shared / len(g[label])
    n = len(gold)
    return PRF(prec / n, rec / n) if n else PRF(0.0, 0.0)


def v_measure(gold: Clusters, pred: Clusters) -> dict[str, float]:
    """Homogeneity, completeness and V-measure of ``pred`` against ``gold``."""
    items = list(gold)
    n = len(items)
    joint = Counter((gold[i], pred.get(i, ("alone", i))) for i in items)
    gc = Counter(gold[i] for i in items)
    pc = Counter(pred.get(i, ("alone", i)) for i in items)

    def entropy(c: Counter[Any]) -> float:
        return -sum(v / n * math.log(v / n) for v in c.values())

    h_g, h_p = entropy(gc), entropy(pc)
    h_g_given_p = -sum(v / n * math.log(v / pc[k[1]]) for k, v in joint.items())
    h_p_given_g = -sum(v / n * math.log(v / gc[k[0]]) for k, v in joint.items())
    hom = 1.0 if h_g == 0 else 1 - h_g_given_p / h_g
    com = 1.0 if h_p == 0 else 1 - h_p_given_g / h_p
    v = 2 * hom * com / (hom + com) if hom + com else 0.0
    return {"homogeneity": hom, "completeness": com, "v_measure": v}


def muc(gold: Clusters, pred: Clusters) -> PRF:
    """MUC link-based scores (Vilain et al. 1995)."""

    def score(key: Clusters, response: Clusters) -> float:
        num = den = 0
        for members in _groups(key).values():
            parts = {response.get(m, ("alone", m)) for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num / den if den else 0.0

    return PRF(score(pred, gold), score(gold, pred))


def ceaf_e(gold: Clusters, pred: Clusters) -> PRF:
    """Entity-based CEAF (phi4; Luo 2005), with an optimal one-to-one alignment."""
    g = list(_groups(gold).values())
    p = list(_groups({i: pred.get(i, ("alone", i)) for i in gold}).values())
    if not g or not p:
        return PRF(0.0, 0.0)
    total = _best_alignment(g, p)
    return PRF(total / len(p), total / len(g))


def _best_alignment(g: list[set[Hashable]], p: list[set[Hashable]]) -> float:
    index: dict[Hashable, int] = {}
    for j, members in enumerate(p):
        for m in members:
            index[m] = j
    weights: dict[tuple[int, int], float] = {}
    for i, members in enumerate(g):
        for j in {index[m] for m in members if m in index}:
            weights[i, j] = 2 * len(members & p[j]) / (len(members) + len(p[j]))
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]
        from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
        from scipy.sparse.csgraph import min_weight_full_bipartite_matching  # type: ignore[import-untyped]
    except ImportError:  # greedy: a lower bound of the optimum
        used_i: set[int] = set()
        used_j: set[int] = set()
        total = 0.0
        for (i, j), w in sorted(weights.items(), key=lambda x: -x[1]):
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
                total += w
        return total
    del min_weight_full_bipartite_matching, csr_matrix
    rows = sorted({i for i, _ in weights})
    cols = sorted({j for _, j in weights})
    ri = {r: k for k, r in enumerate(rows)}
    cj = {c: k for k, c in enumerate(cols)}
    matrix = np.zeros((len(rows), len(cols)))
    for (i, j), w in weights.items():
        matrix[ri[i], cj[j]] = w
    a, b = linear_sum_assignment(matrix, maximize=True)
    return float(matrix[a, b].sum())


def coref_scores(gold: Clusters, pred: Clusters) -> dict[str, Any]:
    m, b, c = muc(gold, pred), bcubed(gold, pred), ceaf_e(gold, pred)
    return {
        "muc": m.as_dict(),
        "bcubed": b.as_dict(),
        "ceaf_e": c.as_dict(),
        "conll_f1": (m.f1 + b.f1 + c.f1) / 3,
    }
