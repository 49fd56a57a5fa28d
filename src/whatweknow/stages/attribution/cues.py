"""The cue lexicon (``data/cues.tsv``): words that attribute content to a source, by class.

Users extend it with a file of the same columns (``lemma``, ``pos``, ``class``); every row is
validated, and a bad one is reported with its file and line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from ...errors import WhatweknowError

CueClass = Literal["neutral", "assert", "allege", "deny", "warn", "report", "believe", "speculate"]
CUE_CLASSES: frozenset[str] = frozenset(
    {"neutral", "assert", "allege", "deny", "warn", "report", "believe", "speculate"}
)
POS = frozenset({"VERB", "NOUN", "PREP"})


class LexiconError(WhatweknowError):
    def __init__(self, source: str, line: int, problem: str) -> None:
        super().__init__(f"{source} line {line}: {problem}")


@dataclass(frozen=True)
class Cues:
    verbs: dict[str, CueClass]
    nouns: dict[str, CueClass]
    preps: dict[str, CueClass]

    def verb(self, lemma: str) -> CueClass | None:
        return self.verbs.get(lemma.lower())

    def noun(self, lemma: str) -> CueClass | None:
        return self.nouns.get(lemma.lower())

    def merged(self, other: Cues) -> Cues:
        return Cues(
            {**self.verbs, **other.verbs},
            {**self.nouns, **other.nouns},
            {**self.preps, **other.preps},
        )


def parse_cues(text: str, source: str) -> Cues:
    """Read a cue table; raise :class:`LexiconError` naming the line of a bad row."""
    verbs: dict[str, CueClass] = {}
    nouns: dict[str, CueClass] = {}
    preps: dict[str, CueClass] = {}
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not lines or lines[0][1].split("\t") != ["lemma", "pos", "class"]:
        raise LexiconError(
            source, lines[0][0] if lines else 1, "the header must be: lemma<TAB>pos<TAB>class"
        )
    for n, line in lines[1:]:
        row = next(csv.reader(io.StringIO(line), delimiter="\t"))
        if len(row) != 3:
            raise LexiconError(source, n, f"expected 3 columns, found {len(row)}")
        lemma, pos, klass = (cell.strip() for cell in row)
        if not lemma:
            raise LexiconError(source, n, "empty lemma")
        if pos not in POS:
            raise LexiconError(source, n, f"pos {pos!r} is not one of {sorted(POS)}")
        if klass not in CUE_CLASSES:
            raise LexiconError(source, n, f"class {klass!r} is not one of {sorted(CUE_CLASSES)}")
        table = {"VERB": verbs, "NOUN": nouns, "PREP": preps}[pos]
        table[lemma.lower()] = klass  # type: ignore[assignment]
    return Cues(verbs, nouns, preps)


@cache
def load_cues(user_file: str | None = None) -> Cues:
    """The built-in cues, extended by a user's file of the same columns."""
    built_in = parse_cues(
        (files(__package__) / "data" / "cues.tsv").read_text(encoding="utf-8"), "cues.tsv"
    )
    if user_file is None:
        return built_in
    path = Path(user_file)
    return built_in.merged(parse_cues(path.read_text(encoding="utf-8"), str(path)))
