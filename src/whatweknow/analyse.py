"""The Python API's core: read documents, run the pipeline over batches, yield dossiers."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .contract import Dossier, PipelineInfo
from .dossier import to_dossier
from .errors import W
from .pipeline import PIPELINE_VERSION, load_nlp, model_label
from .readers import read_paths
from .readers.base import (
    DEFAULT_BUDGET,
    DEFAULT_MAX_BYTES,
    MAX_TEXT_CHARS,
    RawDocument,
    ReadOptions,
    ReadProblem,
)


class OverBudget(Exception):
    """A batch's analysis went past its time budget (checked after each stage)."""

    def __init__(self, stage: str) -> None:
        super().__init__(stage)
        self.stage = stage


@dataclass
class Analyser:
    """Runs whatweknow's pipeline. The spaCy model loads once, on first use.

    >>> analyser = Analyser()
    >>> for item in analyser.analyse_paths(["article.txt"]):  # doctest: +SKIP
    ...     print(item)
    """

    model: str | None = None
    batch_size: int = 16
    user_actors: str | None = None
    """A CSV or YAML file of extra actors (see ``wwk actors --help``)."""
    user_cues: str | None = None
    """A TSV file of extra attribution cues: lemma, pos (VERB|NOUN|PREP), class."""
    user_triggers: str | None = None
    """A TSV file of extra event triggers (the columns of the events stage's triggers.tsv)."""
    budget: float | None = DEFAULT_BUDGET
    """Seconds of analysis a document may take (see :class:`OverBudget`); ``None``: no limit."""
    _nlp: Language | None = field(default=None, init=False, repr=False)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self.model, self.user_actors, self.user_cues, self.user_triggers)
        return self._nlp

    @property
    def info(self) -> PipelineInfo:
        return PipelineInfo(version=PIPELINE_VERSION, model=model_label(self.nlp))

    def analyse(
        self, documents: Iterable[RawDocument | ReadProblem]
    ) -> Iterator[tuple[RawDocument, Dossier] | ReadProblem]:
        """Dossiers for documents, in order; problems pass through, and a document that breaks
        the pipeline becomes a problem of its own without stopping the batch."""
        batch: list[RawDocument] = []
        for item in documents:
            if isinstance(item, RawDocument) and len(item.article.text) > MAX_TEXT_CHARS:
                size = len(item.article.text)
                item = ReadProblem(item.source, W.TOO_LONG.format(size=size, limit=MAX_TEXT_CHARS))
            if isinstance(item, ReadProblem):
                yield from self._run(batch)
                batch = []
                yield item
                continue
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def analyse_paths(
        self, paths: Iterable[str | Path], options: ReadOptions | None = None
    ) -> Iterator[tuple[RawDocument, Dossier] | ReadProblem]:
        return self.analyse(read_paths(paths, options or ReadOptions()))

    def _docs(self, batch: list[RawDocument]) -> list[Doc]:
        docs = []
        for raw in batch:
            doc = self.nlp.make_doc(raw.article.text)
            doc._.wwk_article = raw.article
            docs.append(doc)
        return docs

    def _pipe(self, batch: list[RawDocument]) -> list[Doc]:
        """The batch through each stage in turn (as ``nlp.pipe`` does), with the clock read
        between stages: past ``budget`` seconds, the rest is not run (:class:`OverBudget`). A
        batch over it is run again one document at a time, each with the whole budget, so one
        slow document costs at most twice the budget. A stage is never interrupted in its
        middle: the caps on the text's length and a sentence's, and linear patterns, bound it."""
        docs = self._docs(batch)
        deadline = None if self.budget is None else time.monotonic() + self.budget
        for name, proc in self.nlp.pipeline:
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=self.batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            if deadline is not None and time.monotonic() > deadline:
                raise OverBudget(name)
        return docs

    def _run(self, batch: list[RawDocument]) -> Iterator[tuple[RawDocument, Dossier] | ReadProblem]:
        if not batch:
            return
        info = self.info
        try:
            done = self._pipe(batch)
        except Exception as exc:  # one bad document must not sink its batch: retry one by one
            if len(batch) == 1:
                yield self._failed(batch[0], exc)
                return
            for raw in batch:
                try:
                    (doc,) = self._pipe([raw])
                except Exception as exc:  # reported to the user; the batch goes on
                    yield self._failed(raw, exc)
                else:
                    yield raw, to_dossier(raw.article, doc, info)
            return
        for raw, doc in zip(batch, done, strict=True):
            yield raw, to_dossier(raw.article, doc, info)

    def _failed(self, raw: RawDocument, exc: Exception) -> ReadProblem:
        """The problem of a document whose analysis failed or ran over budget (nothing of it
        is kept)."""
        if isinstance(exc, OverBudget):
            limit = self.budget or 0.0
            return ReadProblem(
                raw.source, W.ANALYSIS_OVER_BUDGET.format(limit=limit, stage=exc.stage)
            )
        return ReadProblem(raw.source, W.PIPELINE_FAILED.format(detail=repr(exc)))


def extract(
    path: str | Path,
    *,
    published: date | None = None,
    lang_any: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    model: str | None = None,
) -> list[Dossier]:
    """Dossiers for every article in one file (a feed or a JSON Lines file may hold several),
    or in the page at an ``http(s)://`` address given as a string (fetched: see
    :mod:`whatweknow.readers.fetch`).

    Raises :class:`~whatweknow.errors.InputError` for the first input that cannot be read.
    """
    from .errors import InputError

    options = ReadOptions(published=published, max_bytes=max_bytes, lang_any=lang_any)
    out: list[Dossier] = []
    for item in Analyser(model=model).analyse_paths([path], options):
        if isinstance(item, ReadProblem):
            raise InputError(item.source, item.problem)
        out.append(item[1])
    return out
