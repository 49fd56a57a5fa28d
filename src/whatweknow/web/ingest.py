"""Ingesting an article sent to the server: pasted text or HTML (with its metadata), an
uploaded file or a page's address, read by the same readers as ``wwk ingest`` and analysed in
the worker process (see :mod:`.worker`), then stored and placed in a story here."""

from __future__ import annotations

from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool

from ..errors import W
from ..ingest import ingest_one
from ..readers.base import ReadOptions, ReadProblem
from .deps import AppState
from .errors import ApiError, Code
from .limits import busy
from .schemas import Ingested, IngestIn, IngestOut
from .worker import Addressed, Job, Pasted, Uploaded


def pasted(body: IngestIn, max_bytes: int) -> Pasted:
    record = {
        k: v for k, v in body.model_dump(mode="json", exclude={"lang_any"}).items() if v is not None
    }
    return Pasted(record, ReadOptions(max_bytes=max_bytes, lang_any=body.lang_any))


def uploaded(name: str, raw: bytes, lang_any: bool, max_bytes: int) -> Uploaded:
    return Uploaded(name, raw, ReadOptions(max_bytes=max_bytes, lang_any=lang_any))


def addressed(url: str, lang_any: bool, max_bytes: int) -> Addressed:
    return Addressed(url, ReadOptions(max_bytes=max_bytes, lang_any=lang_any))


def ingest(state: AppState, job: Job) -> IngestOut:
    """Read and analyse the job in the worker (at most a few at once: a 503 past them), then
    store and place what it gave (:func:`~whatweknow.ingest.ingest_one`); raise an
    ``unreadable_article`` error (422) when no article could be read or stored, naming the
    problems."""
    with state.analyses.enter():
        try:
            results = state.workers.run(job)
        except (BrokenProcessPool, CancelledError):  # the worker died (killed, out of memory,
            # or stopped over another job's time): the next job starts a new one
            raise busy("the analysis stopped before its end: try again shortly") from None
        except TimeoutError:  # the worker was stopped; nothing of the job was stored
            limit = state.workers.timeout
            raise ApiError(422, Code.UNREADABLE, W.ANALYSIS_TIMEOUT.format(limit=limit)) from None
    problems: list[str] = []
    out: list[Ingested] = []
    with state.lock:
        for result in results:
            if isinstance(result, ReadProblem):
                problems.append(str(result))
                continue
            raw, dossier = result
            done = ingest_one(state.store, raw, dossier)
            if done.outcome == "failed":
                problems.append(str(done.problem))
                continue
            if done.outcome == "unplaced":  # stored, in no story yet: the next ingest places it
                problems.append(done.message)
            story = done.story if done.outcome == "new" else state.store.story_of(done.article_id)
            title = dossier.article.title
            out.append(Ingested(id=done.article_id, title=title, new=done.stored, story=story))
    if not out:
        raise ApiError(422, Code.UNREADABLE, "; ".join(problems) or "no article was read")
    return IngestOut(articles=out, problems=problems)
