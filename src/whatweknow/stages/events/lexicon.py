"""The event lexicon: trigger words by PLOVER type and mode (``data/triggers.tsv``), the words
that tell a mode when the trigger does not (``data/mode_cues.tsv``) and the keywords of the
PLOVER contexts (``data/contexts.tsv``).

Every row is validated against the PLOVER types and their modes (:mod:`.event_types`, the one
table of event types); a bad row raises :class:`LexiconError` naming the file and the line. Users
extend the triggers with a file of the same columns (:func:`load_lexicon`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from ...errors import WhatweknowError
from .event_types import MODES, PLOVER_TYPES

Pos = Literal["VERB", "NOUN"]
Requires = Literal["target", "actor", "object", "noobject"]
REQUIRES: frozenset[str] = frozenset({"target", "actor", "object", "noobject"})
HEADER = ["lemma", "pos", "type", "mode", "requires", "notes"]


class LexiconError(WhatweknowError):
    def __init__(self, source: str, line: int, problem: str) -> None:
        super().__init__(f"{source} line {line}: {problem}")


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table."""

    words: tuple[str, ...]
    pos: Pos
    type: str
    mode: str | None = None
    requires: Requires | None = None
    notes: str = ""

    @property
    def lemma(self) -> str:
        return " ".join(self.words)

    @property
    def run(self) -> bool:
        """Matched as a run of tokens (nouns, and any hyphenated entry) rather than as a verb
        with its dependents."""
        return self.pos == "NOUN" or "-" in self.lemma


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], Trigger]
    """(pos, lemma) → trigger, for every entry."""
    mode_cues: dict[str, dict[str, str]] = field(default_factory=dict)
    """type → cue lemma → mode."""
    contexts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """keyword lemma → PLOVER contexts."""
    multi: tuple[Trigger, ...] = field(init=False, repr=False)
    """Entries of several words (hyphenated ones split), longest first."""
    by_first: dict[str, tuple[Trigger, ...]] = field(init=False, repr=False)
    """Entries of several words by their first word, longest first."""

    def __post_init__(self) -> None:
        several = sorted(
            (t for t in self.triggers.values() if len(t.words) > 1), key=lambda t: -len(t.words)
        )
        object.__setattr__(self, "multi", tuple(several))
        first: dict[str, list[Trigger]] = {}
        for t in several:
            first.setdefault(t.words[0], []).append(t)
        object.__setattr__(self, "by_first", {k: tuple(v) for k, v in first.items()})

    def single(self, pos: str, lemma: str) -> Trigger | None:
        return self.triggers.get((pos, lemma))

    def merged(self, other: Lexicon) -> Lexicon:
        return Lexicon({**self.triggers, **other.triggers}, self.mode_cues, self.contexts)


def split_words(lemma: str) -> tuple[str, ...]:
    """ "air strike" → (air, strike); "sit-in" → (sit, -, in), as spaCy tokenises it."""
    return tuple(w for w in lemma.lower().replace("-", " - ").split() if w)


def _rows(text: str, source: str, header: list[str]) -> list[tuple[int, list[str]]]:
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not lines or lines[0][1].rstrip("\t").split("\t") != header:
        raise LexiconError(
            source, lines[0][0] if lines else 1, "the header must be: " + "<TAB>".join(header)
        )
    out = []
    for n, line in lines[1:]:
        row = [c.strip() for c in next(csv.reader(io.StringIO(line), delimiter="\t"))]
        if len(row) > len(header):
            raise LexiconError(source, n, f"expected {len(header)} columns, found {len(row)}")
        out.append((n, row + [""] * (len(header) - len(row))))
    return out


def parse_triggers(text: str, source: str) -> dict[tuple[str, str], Trigger]:
    """Read a trigger table; raise :class:`LexiconError` naming the line of a bad row."""
    out: dict[tuple[str, str], Trigger] = {}
    for n, (lemma, pos, type_, mode, requires, notes) in _rows(text, source, HEADER):
        if not lemma:
            raise LexiconError(source, n, "empty lemma")
        if pos not in ("VERB", "NOUN"):
            raise LexiconError(source, n, f"pos {pos!r} is not VERB or NOUN")
        if type_ not in PLOVER_TYPES:
            raise LexiconError(source, n, f"type {type_!r} is not a PLOVER type")
        if mode and mode not in MODES.get(type_, frozenset()):
            known = ", ".join(sorted(MODES.get(type_, frozenset()))) or "none"
            raise LexiconError(source, n, f"mode {mode!r} is not a mode of {type_} ({known})")
        if requires and requires not in REQUIRES:
            raise LexiconError(source, n, f"requires {requires!r} is not one of {sorted(REQUIRES)}")
        key = (pos, lemma.lower())
        if key in out:
            raise LexiconError(source, n, f"{pos} {lemma!r} is listed twice")
        out[key] = Trigger(
            split_words(lemma),
            pos,  # type: ignore[arg-type]
            type_,
            mode or None,
            requires or None,  # type: ignore[arg-type]
            notes,
        )
    return out


def parse_mode_cues(text: str, source: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for n, (type_, lemma, mode) in _rows(text, source, ["type", "lemma", "mode"]):
        if mode not in MODES.get(type_, frozenset()) or not lemma:
            raise LexiconError(source, n, f"{type_} has no mode {mode!r}")
        out.setdefault(type_, {})[lemma.lower()] = mode
    return out


def parse_contexts(text: str, source: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for n, (context, lemma) in _rows(text, source, ["context", "lemma"]):
        if not context or not lemma:
            raise LexiconError(source, n, "expected context<TAB>lemma")
        out[lemma.lower()] = (*out.get(lemma.lower(), ()), context)
    return out


def _data(name: str) -> str:
    return (files(__package__) / "data" / name).read_text(encoding="utf-8")


@cache
def load_lexicon(user_file: str | None = None) -> Lexicon:
    """The built-in lexicon, its triggers extended (and overridden) by a user's file."""
    built_in = Lexicon(
        parse_triggers(_data("triggers.tsv"), "triggers.tsv"),
        parse_mode_cues(_data("mode_cues.tsv"), "mode_cues.tsv"),
        parse_contexts(_data("contexts.tsv"), "contexts.tsv"),
    )
    if user_file is None:
        return built_in
    path = Path(user_file)
    return built_in.merged(Lexicon(parse_triggers(path.read_text(encoding="utf-8"), str(path))))
