"""Story clustering: which story a new article joins, or whether it opens one.

An article is described by weighted *keys* (:func:`article_keys`):

* ``a:KEY`` for each actor with a stable key (people, organisations, states, places; unnamed
  groups such as "analysts" are left out), weighted by its number of mentions;
* ``t:STEM`` for its key terms: the :data:`MAX_TERMS` most frequent content words, the title's
  counted three times;
* ``e:TYPE`` for each event type.

A story keeps, for each key, how many of its articles have it. The similarity of an article and
a story (:func:`similarity`) is the cosine of two tf-idf vectors: the article's (``1 + log tf``)
and the story's centroid (the share of its articles that have the key), both times the key's
idf over all the articles in stories and a weight per kind (:data:`KIND_WEIGHT`: names count
twice as much as words, event types half).

Blocking keeps the cost of an update flat as the store grows: candidates are only the stories
that share one of the article's :data:`BLOCKING_KEYS` best keys among those held by at most
:data:`MAX_DF` articles (a key in thousands of articles, "Ukraine" in a war archive, finds every
story and tells none apart), at most :data:`MAX_CANDIDATES` of them, those that share the most
keys first, among those whose dates lie within ``window`` days of the article's. The article
joins the most similar candidate at or above ``threshold``; otherwise it opens a story.

A story is bounded in time: it runs at most ``chapter`` days from its first article
(:func:`fits`). An article on a story that has run that long joins the story's next chapter, a
story that ``follows`` it, opened by the first such article. A war that drags on is then a chain
of chapters of a month each, each with its own claims, corroboration and briefing, rather than
one story that every new article makes larger and slower to update (and whose briefing no one
could read).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from ..contract import Dossier
from ..story_contract import Profile
from .text import content_terms

MAX_TERMS = 30
BLOCKING_KEYS = 12
MAX_DF = 500
MAX_CANDIDATES = 40
KIND_WEIGHT = {"a": 2.0, "t": 1.0, "e": 0.5}
TITLE_WEIGHT = 3
BACKGROUND = 50


@dataclass(frozen=True)
class ClusterConfig:
    threshold: float = 0.15
    """The least similarity for an article to join a story."""
    window: int = 7
    """Days: a story is a candidate while the article is dated within this of its span."""
    chapter: int = 30
    """Days: the longest a story runs from its first article. News on it after that opens the
    next chapter: a new story that ``follows`` it (see :func:`fits`)."""


def article_keys(dossier: Dossier) -> dict[str, int]:
    """The weighted keys of an article (see the module doc): key -> count."""
    keys: dict[str, int] = {}
    for actor in dossier.actors:
        if actor.key and actor.type != "group":
            k = f"a:{actor.key}"
            keys[k] = keys.get(k, 0) + max(1, len(actor.mentions))
    a = dossier.article
    terms: Counter[str] = Counter(content_terms(a.text))
    if a.title:
        for term in content_terms(a.title):
            terms[term] += TITLE_WEIGHT
    for term, n in terms.most_common(MAX_TERMS):
        keys[f"t:{term}"] = n
    for event in dossier.events:
        k = f"e:{event.type}"
        keys[k] = keys.get(k, 0) + 1
    return keys


def idf(df: int, total: int) -> float:
    """Smoothed inverse document frequency, as if :data:`BACKGROUND` more articles without the
    key were stored: in a small store on one story every key is common, and plain idf would
    rate the story's own names as noise."""
    return math.log((total + BACKGROUND) / (df + 1))


def _kind(key: str) -> float:
    return KIND_WEIGHT.get(key[:1], 1.0)


def article_vector(keys: Mapping[str, int], df: Mapping[str, int], total: int) -> dict[str, float]:
    return {
        k: _kind(k) * (1 + math.log(n)) * idf(df.get(k, 0), total) for k, n in keys.items() if n
    }


def blocking_keys(
    keys: Mapping[str, int], df: Mapping[str, int], total: int, *, max_df: int = MAX_DF
) -> list[str]:
    """The article's keys to look candidate stories up by (see the module doc)."""
    vector = article_vector(keys, df, total)
    usable = [k for k in vector if df.get(k, 0) <= max_df]
    usable.sort(key=lambda k: (-vector[k], k))
    return usable[:BLOCKING_KEYS]


def similarity(
    keys: Mapping[str, int],
    story: Profile,
    df: Mapping[str, int],
    total: int,
    vector: Mapping[str, float] | None = None,
) -> float:
    """Cosine of the article's tf-idf vector (``vector``, when the caller has it) and the story's
    centroid."""
    a = article_vector(keys, df, total) if vector is None else vector
    if not story.articles:
        return 0.0
    # the centroid's weights divided by the story's size: the cosine does not change
    unseen = idf(0, total)
    idfs = {k: idf(n, total) for k, n in df.items()}
    dot = norm = 0.0
    for k, n in story.keys.items():
        w = KIND_WEIGHT.get(k[:1], 1.0) * n * idfs.get(k, unseen)
        norm += w * w
        if k in a:
            dot += a[k] * w
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(norm)
    return dot / norm if norm else 0.0


def in_window(when: date | None, story: Profile, days: int) -> bool:
    if when is None or story.first is None or story.last is None:
        return True
    slack = timedelta(days=days)
    return story.first - slack <= when <= story.last + slack


def fits(when: date | None, first: date | None, days: int) -> bool:
    """Whether an article dated ``when`` may join a story whose first article is dated ``first``
    without running it past ``days`` (an undated article, or an earlier one, always may: the
    window bounds how much earlier)."""
    if when is None or first is None:
        return True
    return (when - first).days <= days


def choose(
    keys: Mapping[str, int],
    when: date | None,
    candidates: list[Profile],
    df: Mapping[str, int],
    total: int,
    config: ClusterConfig,
) -> tuple[int | None, float]:
    """The story to join (None: open one) and its similarity."""
    best: tuple[float, int] | None = None
    vector = article_vector(keys, df, total)
    for story in candidates:
        if not in_window(when, story, config.window):
            continue
        sim = similarity(keys, story, df, total, vector)
        if sim >= config.threshold and (
            best is None or (sim, -story.story_id) > (best[0], -best[1])
        ):
            best = (sim, story.story_id)
    return (None, 0.0) if best is None else (best[1], best[0])
