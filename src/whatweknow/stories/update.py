"""Stories over a store, incrementally: each article updates them in one transaction.

:func:`update_stories` places one stored article:

1. copies: its MinHash sketch (:mod:`.copies`) against the articles sharing an LSH bucket; a copy
   joins its original's copy group and story;
2. otherwise clustering (:mod:`.cluster`): the candidate stories found by its blocking keys,
   within the time window; it joins the most similar above the threshold, or opens a story;
3. its claims are merged into the story's (:mod:`.merge`), contradictions involving them are
   looked for (:mod:`.contradictions`), and corroboration and status are recomputed
   (:mod:`.corroboration`).

The work per article depends on the size of the story it joins and on a bounded number of
candidates, not on the number of articles stored. Placement is final: a later article never moves
an earlier one (no story is split or merged afterwards); :func:`rebuild_stories` recomputes all,
in order of publication.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ..model import Dossier
from ..store.base import Store, StoryIndex
from . import cluster, contradictions, copies, corroboration, merge
from .claims import sketch_claims
from .model import IndexedArticle, Story, StoryActor, StoryArticle


@dataclass
class StoryConfig:
    """How stories are built; the defaults are those the evaluation figures were made with."""

    clustering: cluster.ClusterConfig = field(default_factory=cluster.ClusterConfig)
    matcher: merge.Matcher = field(default_factory=merge.LexicalMatcher)
    max_df: int = cluster.MAX_DF
    max_candidates: int = cluster.MAX_CANDIDATES


def update_stories(store: Store, article_id: str, config: StoryConfig | None = None) -> int | None:
    """Add a stored article to the stories; returns its story id (None: no such article).

    Idempotent: an article already in a story stays where it is.
    """
    config = config or StoryConfig()
    dossier = store.get_dossier(article_id)  # read before the write transaction
    if dossier is None:
        return None
    sketch = copies.sketch(dossier.article.text)
    keys = cluster.article_keys(dossier)
    with store.story_index() as index:
        found = index.story_of(article_id)
        if found is not None:
            return found
        return _place(index, dossier, sketch, keys, config)


def update_pending(
    store: Store,
    config: StoryConfig | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add every stored article that is in no story yet; returns how many were added."""
    pending = store.articles_without_story()
    for n, article_id in enumerate(pending, 1):
        update_stories(store, article_id, config)
        if progress is not None:
            progress(n, len(pending))
    return len(pending)


def rebuild_stories(
    store: Store,
    config: StoryConfig | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Forget all stories and build them again from the stored dossiers, oldest first."""
    store.clear_stories()
    return update_pending(store, config, progress)


def _place(
    index: StoryIndex,
    dossier: Dossier,
    sketch: copies.CopySketch,
    keys: dict[str, int],
    config: StoryConfig,
) -> int:
    article_id = dossier.article.id
    buckets = copies.buckets(sketch)
    found = [
        c
        for c in index.copy_candidates(buckets)
        if copies.is_copy(sketch, copies.CopySketch(c.signature, c.shingles))
    ]
    story_id: int | None = None
    if found:
        best = max(
            found, key=lambda c: copies.jaccard(sketch, copies.CopySketch(c.signature, c.shingles))
        )
        story_id = best.story_id
        found = [c for c in found if c.story_id == story_id]
    else:
        total = index.total_articles()
        df = index.key_counts(keys)
        blocking = cluster.blocking_keys(keys, df, total, max_df=config.max_df)
        candidates = index.profiles(index.story_candidates(blocking, config.max_candidates))
        story_id, _ = cluster.choose(
            keys, dossier.article.published, candidates, df, total, config.clustering
        )
    story = index.load(story_id) if story_id is not None else None
    if story is None:
        story = Story(id=index.new_story_id())
    group, regroup = _copy_group(story, article_id, found)
    entry = _entry(dossier, group, story, index.ingested_on(article_id))
    _join(story, dossier, entry, regroup, keys, config.matcher)
    index.save(
        story,
        IndexedArticle(article_id, story.id, group, sketch.signature, sketch.shingles),
        buckets,
        keys,
        regroup,
    )
    return story.id


def _copy_group(
    story: Story, article_id: str, found: list[IndexedArticle]
) -> tuple[str | None, dict[str, str]]:
    """The copy group the article joins, and the earlier articles whose group changes: the
    group takes the id of its first article; two groups that the article bridges become one."""
    if not found:
        return None, {}
    members = {c.article_id: c.copy_group for c in found}
    groups = {g for g in members.values() if g}
    order = [a.id for a in story.articles]
    firsts = [g for g in order if g in groups] + [a for a in order if a in members]
    group = firsts[0] if firsts else min(members)
    regroup: dict[str, str] = {}
    for a in story.articles:
        if (a.id in members or (a.copy_of and a.copy_of in groups)) and a.copy_of != group:
            regroup[a.id] = group
    return group, regroup


def _entry(
    dossier: Dossier, group: str | None, story: Story, ingested: date | None
) -> StoryArticle:
    a = dossier.article
    seen = a.published
    if seen is None and group is not None:
        dated = [s.published for s in story.articles if s.copy_of == group and s.published]
        dated += [s.published for s in story.articles if s.id == group and s.published]
        seen = min(dated, default=None)
    return StoryArticle(
        id=a.id,
        title=a.title,
        outlet=a.outlet,
        published=a.published,
        seen=seen or ingested,
        copy_of=group,
    )


def _date_copies(story: Story, group: str) -> None:
    """Undated members of a copy group take the earliest publication date of the group."""
    members = [a for a in story.articles if a.copy_of == group]
    dated = min((a.published for a in members if a.published), default=None)
    if dated is None:
        return
    fixed = {a.id for a in members if a.published is None and a.seen != dated}
    for a in members:
        if a.id in fixed:
            a.seen = dated
    for claim in story.claims:
        for r in claim.reports:
            if r.article in fixed:
                r.seen = dated
    if fixed:
        contradictions.refresh_seen(story)


def _join(
    story: Story,
    dossier: Dossier,
    entry: StoryArticle,
    regroup: dict[str, str],
    keys: dict[str, int],
    matcher: merge.Matcher,
) -> None:
    for a in story.articles:
        if a.id in regroup:
            a.copy_of = regroup[a.id]
    story.articles.append(entry)
    if entry.copy_of:
        _date_copies(story, entry.copy_of)
    for k in keys:
        story.keys[k] = story.keys.get(k, 0) + 1
    actors: dict[str, StoryActor] = {}
    for actor in dossier.actors:
        if actor.key and actor.key not in actors:
            actors[actor.key] = StoryActor(
                key=actor.key, name=actor.name, type=actor.type, articles=1
            )
    corroboration.count_actors(story, list(actors.values()))
    denies = {x.b: x.a for x in dossier.contradictions if x.kind == "denial"}
    changed, explicit = merge.add_claims(story, entry, sketch_claims(dossier), denies, matcher)
    contradictions.find(story, changed, explicit, matcher)
    corroboration.refresh(story)
