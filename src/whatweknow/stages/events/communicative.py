"""Communicative acts: attribution frames whose cue is an act of the speaker toward a target.

"Lisbon alleged that Madrid hid the report" is two things: a claim (Madrid hid the report,
alleged) and an act of Lisbon toward Madrid (DISAPPROVE ``allege``). The claims stage keeps the
first; this module gives the second as an event, from the frames of the attribution stage
(``doc._.wwk_frames``) whose cue lemma is a row of ``data/communicative.tsv`` (written from the
PLOVER manual's definitions and mode tables):

- **actor**: the frame's speaker (its actor id, and those of coordinated speakers); a frame
  whose speaker is no known party gives no act (precision first);
- **target**: the addressee or the accused (an object or a "to"/"against" phrase of the cue),
  else, where the row says ``content``, the subject of the content clause ("demanded that **the
  government** raise wages");
- **mode**: the row's own (``allege``), else what is asked, refused or threatened, from the
  trigger events inside the content (:func:`.modes.content_mode`: "denied any plan for a
  ceasefire" is REJECT ``yield``);
- **time**: the date nearest the cue in its own clause (:func:`.setting.time_of`), outside the
  content: "denied on Friday that the plane was downed on Monday" is a denial on Friday, and
  "the Aug. 23 crash fuelled speculation, which Peskov denied" a denial of no known date; the
  modality is decided by the component, from the frames around the cue (a reported accusation
  is reported).

A cue that is already a trigger of the lexicon ("accused", "urged Iran to …") keeps its own
event; the act is added only where none was found. The proposition inside stays a claim, and
its own event where it has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from ...contract import Timex
from ..attribution.frames import Frame
from . import modes, participants, setting
from .draft import Draft
from .event_types import MODES, QUAD
from .lexicon import Lexicon, Trigger
from .match import Match, find_triggers
from .participants import Index

HEADER = ["lemma", "type", "mode", "target", "requires", "notes"]
TARGETS = frozenset({"object", "content"})
CONFLICT_QUADS = frozenset({3, 4})


@dataclass(frozen=True)
class Act:
    """One row of the table: a cue lemma and the act it is."""

    lemma: str
    type: str
    mode: str | None
    target: tuple[str, ...]
    conflict: bool = False


def parse_acts(text: str, source: str) -> dict[str, Act]:
    """The rows of a communicative-act table by lemma; a bad row raises :class:`ValueError`."""
    rows = [
        (n, [c.strip() for c in line.split("\t")])
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not rows or rows[0][1] != HEADER:
        raise ValueError(f"{source}: the header must be: " + "<TAB>".join(HEADER))
    out: dict[str, Act] = {}
    for n, cells in rows[1:]:
        if len(cells) != len(HEADER):
            raise ValueError(f"{source} line {n}: expected {len(HEADER)} columns")
        lemma, type_, mode, target, requires, _notes = cells
        where = tuple(target.split())
        if type_ not in QUAD or (mode and mode not in MODES.get(type_, ())):
            raise ValueError(f"{source} line {n}: {type_} {mode} is no contract type and mode")
        if not where or set(where) - TARGETS or requires not in ("", "conflict"):
            raise ValueError(f"{source} line {n}: target is object and/or content")
        if lemma in out:
            raise ValueError(f"{source} line {n}: {lemma!r} is listed twice")
        out[lemma] = Act(lemma, type_, mode or None, where, requires == "conflict")
    return out


@cache
def acts() -> dict[str, Act]:
    """The table shipped with the stage (``data/communicative.tsv``)."""
    text = (files(__package__) / "data" / "communicative.tsv").read_text(encoding="utf-8")
    return parse_acts(text, "communicative.tsv")


def _content_root(cue: Token, frame: Frame) -> Token | None:
    """The head of the content clause (the cue's child whose subtree lies in the content)."""
    lo, hi = frame.content
    inside = [c for c in cue.children if lo <= c.idx < hi and c.dep_ in ("ccomp", "xcomp")]
    return inside[0] if inside else None


def _target(act: Act, cue: Token, root: Token | None, index: Index, actor: list[str]) -> list[str]:
    for where in act.target:
        found: list[str] = []
        if where == "object":
            found = participants.verb_args(cue, index)[1]
        elif root is not None:
            found = participants.subject_of(root, index)
        found = [t for t in found if t not in actor]
        if found:
            return found
    return []


def _inside(frame: Frame, sent: Span, lex: Lexicon) -> list[Match]:
    lo, hi = frame.content
    return [m for m in find_triggers(sent, lex) if lo <= m.head.idx < hi]


def _own(timexes: Sequence[Timex] | None, cue: Token, content: tuple[int, int]) -> list[Timex]:
    """The timexes of the cue's clause that are not in its content."""
    clause = setting.clause(cue)
    return [
        t
        for t in timexes or ()
        if clause.start_char <= t.start
        and t.end <= clause.end_char
        and (t.end <= content[0] or content[1] <= t.start)
    ]


def draft(
    frame: Frame, index: Index, lex: Lexicon, timexes: Sequence[Timex] | None
) -> Draft | None:
    """The act of a frame, or None when its cue is no act, its speaker no known party, or a
    warning holds no threat."""
    cue = frame.cue.root
    act = acts().get(cue.lemma_.lower())
    if act is None or cue.pos_ not in ("VERB", "AUX") or frame.source is None:
        return None
    actor = list(dict.fromkeys([frame.source, *(i for i, _ in frame.also_sources)]))
    if any(a not in index.by_id for a in actor):
        return None
    sent = cue.sent
    root = _content_root(cue, frame)
    target = _target(act, cue, root, index, actor)
    contents = _inside(frame, sent, lex)
    found = [(m.entry.type, m.entry.mode) for m in contents]
    if act.conflict and not target and not any(QUAD.get(t) in CONFLICT_QUADS for t, _ in found):
        return None
    mode = act.mode or modes.content_mode(act.type, found)
    match = Match(cue, Trigger((act.lemma,), "VERB", act.type, mode), (cue.i,))
    return Draft(
        match,
        act.type,
        mode,
        actor,
        target,
        setting.location(cue, index),
        setting.time_of(cue, sent, _own(timexes, cue, frame.content)),
        setting.clause(cue),
        contents=contents,
    )
