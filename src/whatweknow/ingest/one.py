"""One analysed article into the store: the step every ingest path shares (``wwk ingest`` and
``wwk demo``, the web API, each worker of a parallel or Dask run).

:func:`ingest_one` stores the article (an article already stored is not stored again: it is
counted as seen), places a newly stored one in its story, and says what happened in one
:class:`Ingested` with one message per outcome. :func:`unstored` skips, before the analysis, the
documents already stored by this pipeline version; :func:`place_pending` places at the end of a
run the stored articles that are in no story. On both, a document that is the text of a stored
article from another outlet or address (a wire report carried word for word: the text's hash is
the article id) is recorded against that article and listed in its story (:func:`record_copy`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from ..contract import Dossier
from ..errors import W
from ..pipeline import PIPELINE_VERSION
from ..readers.base import RawDocument, ReadProblem
from ..store import ItemMark, Store

Outcome = Literal["new", "seen", "failed", "unplaced"]
"""``new``: stored and placed in a story; ``seen``: already stored, nothing added (a dossier of
another pipeline version is replaced); ``failed``: not stored (the store rolled back);
``unplaced``: stored, but its story update failed (a later run places it)."""


@dataclass(frozen=True)
class Ingested:
    """What :func:`ingest_one` did with one article."""

    source: str
    article_id: str
    outcome: Outcome
    story: int | None = None
    """The story it is in (None when it is in none, or when the store was not read for it)."""
    detail: str | None = None
    """The error, for ``failed`` and ``unplaced``; for ``seen``, the line of
    :func:`record_copy` when another outlet published the text (recorded as another publication
    of the stored article)."""

    @property
    def stored(self) -> bool:
        return self.outcome in ("new", "unplaced")

    @property
    def warns(self) -> bool:
        """Whether its line is a warning: a failed story update, or another outlet's copy of a
        stored text."""
        return self.outcome == "unplaced" or (self.outcome == "seen" and bool(self.detail))

    @property
    def message(self) -> str:
        """The one line that reports this outcome."""
        if self.outcome == "failed":
            return W.STORE_FAILED.format(detail=self.detail)
        if self.outcome == "unplaced":
            return unplaced_message(self.source, self.detail)
        if self.outcome == "seen":
            return self.detail or f"{self.source}: already stored"
        return f"{self.source}: stored" + (f" in story {self.story}" if self.story else "")

    @property
    def problem(self) -> ReadProblem | None:
        """A failure, as one line naming the source (what fails a run)."""
        return ReadProblem(self.source, self.message) if self.outcome == "failed" else None


def unplaced_message(source: str, detail: object) -> str:
    return f"{source}: stored, but not added to a story ({detail})"


def ingest_one(
    store: Store, raw: RawDocument, dossier: Dossier, mark: ItemMark | None = None
) -> Ingested:
    """Store one analysed article and place it in a story, in two transactions: a failure of
    the first stores nothing (``failed``), of the second leaves the article stored in no story
    (``unplaced``). Never raises for either. ``mark``: a watched item's keys, recorded in the
    first transaction (see :meth:`~whatweknow.store.Store.add`)."""
    from ..stories import update_stories

    article_id = dossier.article.id
    try:
        added = store.add(raw, dossier, mark)
    except Exception as exc:  # the store rolled back this article; the batch goes on
        return Ingested(raw.source, article_id, "failed", detail=str(exc))
    if not added:
        stored = store.get_dossier(article_id)
        copy = record_copy(store, raw, stored) if stored is not None else None
        return Ingested(raw.source, article_id, "seen", detail=copy)
    try:
        story = update_stories(store, article_id, dossier=dossier)
    except Exception as exc:  # the story update rolled back; the article is stored
        return Ingested(raw.source, article_id, "unplaced", detail=str(exc))
    return Ingested(raw.source, article_id, "new", story=story)


def unstored(
    items: Iterable[RawDocument | ReadProblem],
    store: Store,
    seen: Callable[[RawDocument], None] = lambda raw: None,
    note: Callable[[str], None] = lambda message: None,
) -> Iterator[RawDocument | ReadProblem]:
    """The problems, and the documents not yet stored by this pipeline version; ``seen`` is
    called with each document skipped (so a re-run does not analyse again what it stored), and
    ``note`` with the line of :func:`record_copy` for each that another outlet published (it is
    recorded against the stored article)."""
    for item in items:
        if isinstance(item, RawDocument):
            stored = store.get_dossier(item.article.id)
            if stored is not None and stored.pipeline.version == PIPELINE_VERSION:
                seen(item)
                if (line := record_copy(store, item, stored)) is not None:
                    note(line)
                continue
        yield item


def another_copy(raw: RawDocument, stored: Dossier) -> bool:
    """Whether a document is the text of a stored article published by another outlet or at
    another address (a wire report carried word for word): the contract's article id is the
    text's hash, so the two are one article. False for the same outlet and address (a re-run,
    a re-read feed)."""
    new, old = raw.article, stored.article
    return (new.outlet or "", new.url or "") != (old.outlet or "", old.url or "")


def record_copy(store: Store, raw: RawDocument, stored: Dossier) -> str | None:
    """Record a document that is another publication of a stored article's text
    (:func:`another_copy`) against that article, and list it in the article's story; the one
    line that says so, or None when there is nothing to say (the same outlet and address, or a
    publication recorded before: reading it again adds nothing). Never raises: a failure to
    record it or to list it is said in the line (a later read of it tries again)."""
    from ..stories import update_publications

    if not another_copy(raw, stored):
        return None
    new, old = raw.article, stored.article
    where = new.outlet or new.url or "another source"
    first = old.outlet or old.url or "an earlier input"
    said = (
        f"{raw.source}: the same text as article {old.id} from {first}, already stored: one article"
    )
    try:
        recorded = store.add_publication(raw)
    except Exception as exc:  # the store rolled it back
        return f"{said}, and {where}'s copy could not be recorded among its sources ({exc})"
    try:
        update_publications(store, old.id)
    except Exception as exc:  # the story update rolled back; the publication is recorded
        return (
            f"{said}; {where}'s copy is recorded among its sources, but not yet listed in its "
            f"story ({exc})"
        )
    if not recorded:
        return None
    return f"{said}; {where}'s copy is recorded among its sources (one source with it)"


def place_pending(store: Store, skip: Collection[str] = ()) -> tuple[int, list[str]]:
    """Add to the stories every stored article that is in no story (but those in ``skip``, whose
    update already failed in this run); returns how many were placed, and a warning for each that
    could not be (it stays stored, in no story). Idempotent, and safe beside other writers.

    :func:`~whatweknow.stories.update_pending` places them (in batches); should it fail, or with
    articles to skip, they are placed one transaction each, so that one bad article is reported
    and the others placed."""
    from ..stories import update_pending, update_stories

    placed, warnings = 0, []
    if not skip:
        before = len(store.articles_without_story())
        if not before:
            return 0, []
        try:
            return update_pending(store), []
        except Exception:  # the failed batch rolled back; the batches before it are placed
            placed = before - len(store.articles_without_story())
    for article_id in store.articles_without_story():
        if article_id in skip:
            continue
        try:
            story = update_stories(store, article_id)
        except Exception as exc:  # the story update rolled back; the article is stored
            warnings.append(unplaced_message(f"article {article_id}", exc))
            continue
        placed += story is not None
    return placed, warnings
