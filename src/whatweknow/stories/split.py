"""A story that holds two events of one kind, split in two (:func:`parts`).

An article joins a story on how it fits the story's pooled keys (:mod:`.cluster`), and a story
drifts as articles join: the second of two quakes on one island, another of one boxer's title
fights, scores well with a story of the first once it holds words of both. What the pooled
profile hides, the articles show among themselves: each article is scored against each other
as if that one were a story of one article (the same-story model, :func:`links`), the link of
two articles being the mean of the two scores; the story's articles are then grouped by average
link, groups merging while the best link between two reaches ``split`` of
:class:`~.cluster.ClusterConfig`. A story is
split only when two groups of :data:`LEAST_PART` articles or more come out (a story is not cut
for two late reports, a funeral after a crash): the groups of that size are the parts, merged
by average link until two are left, and the smaller groups go to the part they link best to.

Which stories are looked at (:func:`due`), at the end of the transaction that placed articles
in them (:func:`whatweknow.stories.update.update_pending`, so that ingest and a rebuild decide
alike): a story when its size reaches :data:`FIRST_CHECK`, then each time it has grown by a
quarter (6, 7, 8, 10, 12, 15, 18, 22, 27, …), up to :data:`MOST_CHECKED` articles (a larger story
is not re-grouped). A check costs the square of the story's size in scores, and the articles
that joined since the last one number a quarter of it: the cost per article stays proportional
to the story's size (about four times it), not to its square.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ..story_contract import Profile
from . import cluster

LEAST_PART = 3
"""The fewest articles of each of the two parts of a split."""
FIRST_CHECK = 6
"""A story is looked at when it reaches this size, then each time it has grown by a quarter
(:data:`GROWTH`); on ECB+'s tune halves a quarter split where a doubling did not (see
EVALUATION.md)."""
GROWTH = 4
"""A story is looked at again once the articles that joined it since number 1/GROWTH of it."""
MOST_CHECKED = 200
"""A story larger than this is not looked at (:func:`due`)."""


@dataclass(frozen=True)
class Member:
    """What grouping reads of one of the story's articles: its clustering keys and its date."""

    keys: Mapping[str, int]
    published: date | None


def due(before: int, after: int) -> bool:
    """Whether a story that grew from ``before`` to ``after`` articles in a transaction is to be
    looked at: it reached :data:`FIRST_CHECK` or one of the sizes that follow, each a quarter
    larger than the one before (:data:`GROWTH`), and holds at most :data:`MOST_CHECKED`."""
    if after > MOST_CHECKED:
        return False
    mark = FIRST_CHECK
    while mark <= after:
        if mark > before:
            return True
        mark += max(1, mark // GROWTH)
    return False


def links(members: Sequence[Member], df: Mapping[str, int], total: int) -> list[list[float]]:
    """The link of each two articles: the mean of the same-story model's score of each against
    the other as a story of one article (its keys, each held by one article, and its date)."""
    model = cluster.same_story()
    profiles = [
        Profile(i, 1, dict.fromkeys(m.keys, 1), m.published, m.published)
        for i, m in enumerate(members)
    ]
    n = len(members)
    score = [[0.0] * n for _ in range(n)]
    for i, m in enumerate(members):
        vector = cluster.article_vector(m.keys, df, total)
        for j in range(n):
            if i != j:
                feats = cluster.features(m.keys, profiles[j], df, total, vector, m.published)
                score[i][j] = model.score(feats)
    return [[(score[i][j] + score[j][i]) / 2 for j in range(n)] for i in range(n)]


def parts(
    members: Sequence[Member], df: Mapping[str, int], total: int, least: float
) -> list[int] | None:
    """The part (0 or 1) of each article, if the story is to be split (see the module doc): its
    groups merge while their average link reaches ``least``; 0 is the part holding most of the
    articles (on a tie, the first article). None: not split."""
    if len(members) < 2 * LEAST_PART:
        return None
    link = links(members, df, total)
    groups = _grouped(link, least)
    large = [g for g in groups if len(g) >= LEAST_PART]
    if len(large) < 2:
        return None
    while len(large) > 2:  # the closest two of the large groups become one
        a, b = max(
            ((a, b) for a in range(len(large)) for b in range(a + 1, len(large))),
            key=lambda p: (_mean(link, large[p[0]], large[p[1]]), -p[0], -p[1]),
        )
        large[a] = large[a] + large.pop(b)
    part: dict[int, int] = {}
    for which, group in enumerate(large):
        part.update(dict.fromkeys(group, which))
    small = [g for g in groups if len(g) < LEAST_PART]
    for group in small:  # each to the part it links best to (on a tie, the first)
        best = max((0, 1), key=lambda p: (_mean(link, group, large[p]), -p))
        part.update(dict.fromkeys(group, best))
    out = [part[i] for i in range(len(members))]
    sizes = (out.count(0), out.count(1))
    if sizes[1] > sizes[0] or (sizes[0] == sizes[1] and out[0] == 1):
        out = [1 - p for p in out]
    return out


def _mean(link: list[list[float]], a: list[int], b: list[int]) -> float:
    return sum(link[i][j] for i in a for j in b) / (len(a) * len(b))


def _grouped(link: list[list[float]], least: float) -> list[list[int]]:
    """Average-link grouping: each article a group, the two groups of highest average link made
    one while it reaches ``least`` (on a tie, the earliest pair); groups in order of their first
    article."""
    groups: dict[int, list[int]] = {i: [i] for i in range(len(link))}
    total = {(a, b): link[a][b] for a in groups for b in groups if a < b}
    while len(groups) > 1:
        (a, b), best = max(
            total.items(),
            key=lambda kv: (
                kv[1] / (len(groups[kv[0][0]]) * len(groups[kv[0][1]])),
                -kv[0][0],
                -kv[0][1],
            ),
        )
        if best / (len(groups[a]) * len(groups[b])) < least:
            break
        del total[a, b]
        for c in groups:  # b's sums join a's
            if c not in (a, b):
                total[min(a, c), max(a, c)] += total.pop((min(b, c), max(b, c)))
        groups[a] += groups.pop(b)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
