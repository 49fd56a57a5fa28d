"""Ingesting an article sent to the server: pasted text or HTML (with its metadata) or an
uploaded file, read by the same readers as ``wwk ingest``, analysed, stored, placed in a story."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePath

from ..readers import read_paths
from ..readers.base import RawDocument, ReadOptions, ReadProblem
from ..readers.dispatch import reread
from .deps import AppState
from .errors import ApiError, Code
from .schemas import Ingested, IngestIn, IngestOut


def pasted(body: IngestIn, max_bytes: int) -> list[RawDocument | ReadProblem]:
    """A pasted article as a JSON record (the reader of ``.jsonl`` files), so that its
    metadata is kept with it and ``wwk reprocess`` can read it again."""
    record = {
        k: v for k, v in body.model_dump(mode="json", exclude={"lang_any"}).items() if v is not None
    }
    raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
    options = ReadOptions(max_bytes=max_bytes, lang_any=body.lang_any)
    return [reread("json", raw, {}, "pasted article", options)]


def uploaded(
    name: str, raw: bytes, lang_any: bool, max_bytes: int
) -> list[RawDocument | ReadProblem]:
    """The articles of an uploaded file (a feed or a JSON Lines file may hold several), its
    format told by its name or its first bytes, as for a file given to ``wwk ingest``."""
    safe = PurePath(name.replace("\\", "/")).name.lstrip(".") or "upload"
    options = ReadOptions(max_bytes=max_bytes, lang_any=lang_any)
    with tempfile.TemporaryDirectory(prefix="wwk-upload-") as tmp:
        path = Path(tmp) / safe
        path.write_bytes(raw)
        found = list(read_paths([path], options))
    source = f"upload:{safe}"

    def rename(item: RawDocument | ReadProblem) -> RawDocument | ReadProblem:
        where = source + item.source[len(str(path)) :]
        return dataclasses.replace(item, source=where)

    return [rename(item) for item in found]


def ingest(state: AppState, items: Iterable[RawDocument | ReadProblem]) -> IngestOut:
    """Analyse and store the documents; raise an ``unreadable_article`` error (422) when none
    could be read, naming the problems."""
    from ..stories import update_stories

    items = list(items)
    problems = [str(i) for i in items if isinstance(i, ReadProblem)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    if not docs:
        raise ApiError(422, Code.UNREADABLE, "; ".join(problems) or "no article was read")
    out: list[Ingested] = []
    with state.lock:
        for result in state.analyser.analyse(docs):
            if isinstance(result, ReadProblem):
                problems.append(str(result))
                continue
            raw, dossier = result
            new = state.store.add(raw, dossier)
            story: int | None
            try:
                story = update_stories(state.store, dossier.article.id, dossier=dossier)
            except Exception as exc:  # stored, in no story yet: `wwk stories --rebuild` places it
                problems.append(f"{raw.source}: stored, but not added to a story ({exc})")
                story = state.store.story_of(dossier.article.id)
            title = dossier.article.title
            out.append(Ingested(id=dossier.article.id, title=title, new=new, story=story))
    if not out:
        raise ApiError(422, Code.UNREADABLE, "; ".join(problems))
    return IngestOut(articles=out, problems=problems)
