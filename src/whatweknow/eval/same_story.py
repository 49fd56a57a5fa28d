"""Fit the same-story model (:class:`whatweknow.stories.cluster.SameStory`) on ECB+.

The decision it calibrates is the one :func:`~whatweknow.stories.cluster.choose` makes: does an
article join a story, given the :func:`~whatweknow.stories.cluster.features` of the article and
the story as it stands when the article arrives? :func:`pairs` replays the articles in order as
if clustering were perfect (each gold sub-topic one story, built from the articles before), and
gives, for each article and each earlier story sharing a key with it, the features and whether
the article belongs to that story (same sub-topic). :func:`fit` is a logistic regression on them
(Newton's method, a small ridge penalty); ``scripts/fit_same_story.py`` runs it on the tune half
of the ECB+ dev topics and writes the weights beside the clustering code.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from datetime import date

from ..stories import cluster
from ..story_contract import Profile

Pair = tuple[dict[str, float], bool]


def pairs(articles: Sequence[tuple[Mapping[str, int], Hashable, date | None]]) -> list[Pair]:
    """Features and labels of each article (its keys, its gold story) against each story built
    before it (see the module doc); the document frequencies are those of the earlier articles,
    as when the article is placed."""
    out: list[Pair] = []
    stories: dict[Hashable, dict[str, int]] = {}
    sizes: dict[Hashable, int] = {}
    spans: dict[Hashable, tuple[date | None, date | None]] = {}
    df: dict[str, int] = {}
    for total, (keys, gold, when) in enumerate(articles):
        vector = cluster.article_vector(keys, df, total)
        for i, (label, story_keys) in enumerate(stories.items()):
            if not any(k in story_keys for k in keys):
                continue
            profile = Profile(i, sizes[label], story_keys, *spans[label])
            feats = cluster.features(keys, profile, df, total, vector, when)
            out.append((feats, label == gold))
        story = stories.setdefault(gold, {})
        sizes[gold] = sizes.get(gold, 0) + 1
        first, last = spans.get(gold, (None, None))
        if when is not None:
            first = min(first or when, when)
            last = max(last or when, when)
        spans[gold] = (first, last)
        for k in keys:
            story[k] = story.get(k, 0) + 1
            df[k] = df.get(k, 0) + 1
    return out


def fit(
    data: Sequence[Pair], names: Sequence[str], ridge: float = 1.0, rounds: int = 50
) -> tuple[float, dict[str, float]]:
    """Logistic regression of the labels on the features ``names``: the bias and the weights."""
    import numpy as np

    x = np.array([[1.0, *(f.get(n, 0.0) for n in names)] for f, _ in data])
    y = np.array([1.0 if label else 0.0 for _, label in data])
    w = np.zeros(x.shape[1])
    penalty = ridge * np.eye(x.shape[1])
    penalty[0, 0] = 0.0  # the bias is not shrunk
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return float(w[0]), {n: float(v) for n, v in zip(names, w[1:], strict=True)}


def log_loss(data: Sequence[Pair], bias: float, weights: Mapping[str, float]) -> float:
    """Mean negative log-likelihood of the labels under a model (to compare fits)."""
    model = cluster.SameStory(bias, weights)
    total = 0.0
    for f, label in data:
        z = model.score(f)
        total += (
            math.log1p(math.exp(-z if label else z))
            if abs(z) < 30
            else max(0.0, -z if label else z)
        )
    return total / max(1, len(data))


FEATURES = ("cos", "a", "p", "t", "e", "d", "h", "d?", "p≠", "h≠", "y≠", "year≠", "near·t")
"""The features the shipped model weighs: the cosines; a mismatch of places, people and years;
years told in two or more apart (``year≠``);
nearness in time only through the words shared (``near·t``: ``near`` alone would add the same to
every candidate of a live store, where all are within the window, and ECB+, mostly undated,
cannot say how much)."""
