"""Read brat stand-off annotation (``.ann``) of attribution relations into typed records.

The format (https://brat.nlplab.org/standoff.html), as PolNeAR uses it:

* ``T`` lines, text-bound annotations: ``T3<TAB>Content 120 211;230 245<TAB>the text``, with
  a type and one or more character fragments ``start end`` (end exclusive) separated by ``;``.
  The annotated string of a discontinuous annotation is its fragments joined by one space. An
  annotated string (or a note) that contains line breaks continues on the following lines of
  the file, which carry no id: such lines are joined back to the line above with ``\\n``.
* ``E`` lines, events: ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``; the first item is
  the event type and its trigger, the others are ``role:id``. A role may carry a number
  (``Content2``: a second content fragment of the same attribution, e.g. a quote that goes on
  after "she said"); it is read as the same role. PolNeAR events are ``Attribution`` (with a
  ``Source``) and ``Attribution-no-source``.
* ``A``, ``R``, ``M``, ``N``, ``#`` (notes) and ``*`` lines are skipped.

:func:`parse_ann` never raises on bad input: what it cannot use (a malformed line, an event
without content, an id it cannot find, offsets outside the text, a span whose text differs from
the annotated string) is reported in :attr:`BratDocument.problems`.

:class:`PredictedAttribution` is a system's attribution, and :func:`match_attributions` counts
the predicted attributions that match gold ones (:mod:`whatweknow.eval.polnear` has the rule).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .metrics import max_matching

__all__ = [
    "ATTRIBUTION_TYPES",
    "Attribution",
    "BratDocument",
    "PredictedAttribution",
    "Span",
    "TextBound",
    "compatible",
    "envelope",
    "load_brat",
    "match_attributions",
    "overlaps",
    "parse_ann",
]

ATTRIBUTION_TYPES = frozenset({"Attribution", "Attribution-no-source"})
_ID_LINE = re.compile(r"^(?:[TERAMN]\d+|#\d*|\*)\t")
_ROLE_NUMBER = re.compile(r"\d+$")


class Span(NamedTuple):
    """A character span ``[start, end)`` of the text."""

    start: int
    end: int


def envelope(spans: Sequence[Span]) -> Span | None:
    """The smallest span covering ``spans`` (None for none)."""
    if not spans:
        return None
    return Span(min(s.start for s in spans), max(s.end for s in spans))


@dataclass(frozen=True, slots=True)
class TextBound:
    """A ``T`` annotation: its type, fragments (sorted) and annotated string."""

    id: str
    type: str
    spans: tuple[Span, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """An attribution relation; each role is a list of fragments in text order.

    ``source`` is None when the attribution has no source (``Attribution-no-source``);
    ``cue`` is empty in the rare annotation without one.
    """

    id: str
    source: list[Span] | None
    cue: list[Span]
    content: list[Span]

    @property
    def content_span(self) -> Span:
        """The content's envelope (first start to last end)."""
        span = envelope(self.content)
        assert span is not None  # an attribution always has content
        return span

    @property
    def cue_span(self) -> Span | None:
        return envelope(self.cue)

    @property
    def source_span(self) -> Span | None:
        return envelope(self.source) if self.source else None


@dataclass(frozen=True, slots=True)
class PredictedAttribution:
    """A system's attribution. ``speaker`` is whom the system names as speaking (an actor id or
    a name), whether or not ``source`` could be placed in the text; ``direct``: a direct quote."""

    content: Span
    cue: Span | None = None
    source: Span | None = None
    direct: bool = False
    speaker: str | None = None


def overlaps(a: Span | None, b: Span | None) -> bool:
    """Whether two spans share a character; two absent spans agree."""
    if a is None or b is None:
        return a is None and b is None
    return a.start < b.end and b.start < a.end


def compatible(p: PredictedAttribution, g: Attribution) -> bool:
    """Whether contents overlap, cues overlap and sources overlap (a role absent on both sides
    agreeing); roles are compared by their envelopes."""
    return (
        overlaps(p.content, g.content_span)
        and overlaps(p.cue, g.cue_span)
        and overlaps(p.source, g.source_span)
    )


def match_attributions(gold: Sequence[Attribution], pred: Sequence[PredictedAttribution]) -> int:
    """The size of a maximum one-to-one matching of :func:`compatible` attributions."""
    adj = [[j for j, g in enumerate(gold) if compatible(p, g)] for p in pred]
    return max_matching(adj, len(gold))


@dataclass(frozen=True, slots=True)
class BratDocument:
    name: str
    text: str
    attributions: list[Attribution]
    textbounds: dict[str, TextBound] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _parse_spans(offsets: str) -> tuple[Span, ...] | None:
    spans: list[Span] = []
    for frag in offsets.split(";"):
        parts = frag.split()
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            return None
        start, end = int(parts[0]), int(parts[1])
        if end < start:
            return None
        spans.append(Span(start, end))
    return tuple(spans) if spans else None


def _logical_lines(ann: str) -> list[str]:
    """Lines of the file, a ``T`` line's annotated string continued over line breaks."""
    lines: list[str] = []
    for raw in ann.split("\n"):
        line = raw.removesuffix("\r")
        if _ID_LINE.match(line) or not lines:
            lines.append(line)
        else:
            lines[-1] += "\n" + line
    # Blank lines between annotations (or at the end) are not part of a string.
    return [line.rstrip("\n") for line in lines]


def _textbound(line: str, text: str, problems: list[str]) -> TextBound | None:
    fields = line.split("\t", 2)
    head = fields[1].split(" ", 1) if len(fields) > 1 else []
    spans = _parse_spans(head[1]) if len(head) == 2 else None
    if spans is None:
        problems.append(f"malformed text-bound line: {line[:60]!r}")
        return None
    annotated = fields[2] if len(fields) > 2 else ""
    tb = TextBound(fields[0], head[0], tuple(sorted(spans)), annotated)
    if tb.spans[-1].end > len(text):
        problems.append(f"{tb.id}: offsets {head[1]} beyond the text ({len(text)} characters)")
    else:
        # The string joins the fragments in the order the file lists them.
        found = " ".join(text[s.start : s.end] for s in spans)
        if found != annotated and found.split() != annotated.split():
            problems.append(f"{tb.id}: text[{head[1]}] is {found[:40]!r}, not {annotated[:40]!r}")
    return tb


def parse_ann(ann: str, text: str, name: str = "") -> BratDocument:
    """Parse the contents of an ``.ann`` file annotating ``text`` (see the module doc)."""
    problems: list[str] = []
    textbounds: dict[str, TextBound] = {}
    events: list[tuple[str, str, list[tuple[str, str]]]] = []
    for line in _logical_lines(ann):
        if not line.strip():
            continue
        if not _ID_LINE.match(line):
            problems.append(f"unreadable line: {line[:60]!r}")
        elif line.startswith("T"):
            if (tb := _textbound(line, text, problems)) is not None:
                textbounds[tb.id] = tb
        elif line.startswith("E"):
            eid, _, rest = line.partition("\t")
            items = [i.split(":", 1) for i in rest.split()]
            if not items or any(len(i) != 2 for i in items):
                problems.append(f"{eid}: malformed event {rest[:60]!r}")
                continue
            roles = [(_ROLE_NUMBER.sub("", role), ref) for role, ref in items[1:]]
            events.append((eid, items[0][0], roles))
    attributions: list[Attribution] = []
    for eid, etype, roles in events:
        if etype not in ATTRIBUTION_TYPES:
            continue
        parts: dict[str, list[Span]] = {"Source": [], "Cue": [], "Content": []}
        for role, ref in roles:
            tb = textbounds.get(ref)
            if tb is None:
                problems.append(f"{eid}: {role} refers to missing {ref}")
            elif role in parts:
                parts[role].extend(tb.spans)
        if not parts["Content"]:
            problems.append(f"{eid}: {etype} without content, skipped")
            continue
        source = sorted(parts["Source"]) or None
        cue, content = sorted(parts["Cue"]), sorted(parts["Content"])
        attributions.append(Attribution(eid, source, cue, content))
    attributions.sort(key=lambda a: (a.content_span, a.id))
    return BratDocument(name, text, attributions, textbounds, problems)


def load_brat(ann_path: str | Path, text_path: str | Path) -> BratDocument:
    """Load an ``.ann`` file and the text it annotates (UTF-8, line ends kept as they are, since
    brat offsets count every character of the file)."""
    a, t = Path(ann_path), Path(text_path)
    with t.open(encoding="utf-8", newline="") as fh:
        text = fh.read()
    with a.open(encoding="utf-8", newline="") as fh:
        ann = fh.read()
    return parse_ann(ann, text, name=a.stem)
