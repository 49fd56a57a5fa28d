"""What placing an article in the stories needs of its dossier, worked out before the write
transaction: :func:`prepare` (the dossier's copy sketch, clustering keys, claim sketches, actors
and denial pairs), for articles read from a store by :func:`prepare_ids`, or by a pool of other
processes, a few batches ahead, by :func:`prepared_elsewhere` (``wwk stories --rebuild
--workers N``). Preparing is pure and the same wherever it runs, so the stories are the same.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from ..contract import Dossier
from ..store.base import Store
from . import cluster, copies, lookback
from .claims import ClaimSketch, sketch_claims
from .text import words


@dataclass(frozen=True)
class Prepared:
    """What placing an article needs of its dossier, worked out before the write transaction
    (in another process, with ``update_pending(workers=N)``): small, and picklable."""

    article_id: str
    title: str | None
    outlet: str | None
    published: date | None
    actors: tuple[tuple[str, str, str], ...]
    """``(key, name, type)``, one per actor key, in order of first mention."""
    denies: dict[str, str]
    """The dossier's denial pairs: id of the denying claim -> id of the claim it denies."""
    sketch: copies.CopySketch
    keys: dict[str, int]
    claims: list[ClaimSketch]
    back: dict[str, int] = field(default_factory=dict)
    """The keys of what the article's look-backs name (:func:`~.lookback.named`): another
    matter that the article, by its own words, is not about."""
    national: frozenset[str] = frozenset()
    """The keys of the article's national-level actors (:func:`~.cluster.national_keys`)."""
    agency: str | None = None
    """The agency whose copy the text is (:attr:`~whatweknow.contract.Article.agency`)."""


def prepare(dossier: Dossier) -> Prepared:
    a = dossier.article
    actors: dict[str, tuple[str, str, str]] = {}
    for actor in dossier.actors:
        if actor.key and actor.key not in actors:
            actors[actor.key] = (actor.key, actor.name, actor.type)
    ws = words(a.text)  # read once for the copy sketch and the content terms
    return Prepared(
        article_id=a.id,
        title=a.title,
        outlet=a.outlet,
        published=a.published,
        actors=tuple(actors.values()),
        denies={x.b: x.a for x in dossier.contradictions if x.kind == "denial"},
        sketch=copies.sketch(a.text, ws),
        keys=cluster.article_keys(dossier, ws),
        claims=sketch_claims(dossier),
        back=lookback.named(dossier, lookback.spans(a.text)),
        national=cluster.national_keys(dossier),
        agency=a.agency,
    )


def prepare_ids(
    store: Store, article_ids: list[str], known: dict[str, Dossier] | None = None
) -> list[Prepared | None]:
    known = known or {}
    read = store.get_dossiers([a for a in article_ids if a not in known])
    out: list[Prepared | None] = []
    for article_id in article_ids:
        dossier = known.get(article_id)
        if dossier is None:
            _, dossier = next(read)
        out.append(None if dossier is None else prepare(dossier))
    return out


_STORES: dict[str, Store] = {}


def _prepare_elsewhere(location: str, article_ids: list[str]) -> list[Prepared | None]:
    """In a worker process: prepare articles of the store at ``location`` (opened once)."""
    if location not in _STORES:
        from ..store import open_store

        _STORES[location] = open_store(location)
    gc.disable()  # nothing outlives the chunk but its result: collect once, at the end
    try:
        return prepare_ids(_STORES[location], article_ids)
    finally:
        gc.enable()
        gc.collect(1)  # what the chunk made; not the process's lasting state, walked each time


def prepared_elsewhere(
    location: str, chunks: list[list[str]], processes: int
) -> Iterator[tuple[list[str], list[Prepared | None]]]:
    """The chunks with their articles prepared by a pool of processes, in order, a few ahead."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        ahead: deque[Future[list[Prepared | None]]] = deque()
        submitted = 0
        for chunk in chunks:
            while submitted < len(chunks) and len(ahead) < 2 * processes:
                ahead.append(pool.submit(_prepare_elsewhere, location, chunks[submitted]))
                submitted += 1
            yield chunk, ahead.popleft().result()
