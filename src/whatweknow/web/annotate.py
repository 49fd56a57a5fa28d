"""An article's text as HTML, its annotations as nested spans: actor mentions, quotes (with
their speakers), claims (a class per modality), events (a class per PLOVER quad class).

Every piece of the text is escaped. Annotations may overlap without nesting (a quote across two
claims): an element is then closed and opened again around the other, each piece carrying the
same ``data-ann`` so that the page treats them as one. Claims, quotes and events have the id
``a-{article}-{start}-{end}`` (its first piece), the anchor a briefing citation links to; a
citation that is none of them is given its own span (``cite``) with that id.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..contract import Dossier
from ..stages.events.coding import plover_type
from ..stages.events.event_types import QUAD

_ORDER = {"claim": 0, "quote": 1, "cite": 2, "event": 3, "mention": 4}


def anchor(article: str, start: int, end: int) -> str:
    """The element id of a stretch of an article's text."""
    return f"a-{article}-{start}-{end}"


@dataclass
class Ann:
    start: int
    end: int
    kind: str
    key: str
    """Shared by every piece of this annotation (``data-ann``)."""
    classes: list[str] = field(default_factory=list)
    label: str = ""
    """A one-line description (the ``title`` tooltip)."""
    record: Mapping[str, object] | None = None
    """The record it renders, shown on hover (``data-record``, JSON)."""
    anchor: str | None = None


def collect(d: Dossier, cite: tuple[int, int] | None = None) -> list[Ann]:
    """The annotations of a dossier, and one for ``cite`` (a citation's offsets) if no claim,
    quote or event has exactly that span."""
    aid = d.article.id
    names = {a.id: a.name for a in d.actors}
    out: list[Ann] = []
    for a in d.actors:
        for i, m in enumerate(a.mentions):
            label = f"{a.name} ({a.type}{', ' + a.key if a.key else ''})"
            record = {"start": m.start, "end": m.end, "actor": a.id, "name": a.name,
                      "type": a.type, "key": a.key,
                      "country": a.country, "sector": a.sector, "roles": a.roles}  # fmt: skip
            out.append(Ann(m.start, m.end, "mention", f"{a.id}-m{i}", ["mention", f"t-{a.type}"],
                           label, record))  # fmt: skip
    for q in d.quotes:
        speaker = names.get(q.speaker or "", q.speaker_text or "unknown speaker")
        record = {**q.model_dump(mode="json"), "speaker_name": speaker}
        out.append(Ann(q.start, q.end, "quote", q.id, ["quote", f"q-{q.kind}"],
                       f"{q.kind} quote, said by {speaker}", record))  # fmt: skip
    for c in d.claims:
        source = names.get(c.source or "", c.source_text or "the outlet")
        label = f"claim, {c.modality}, source: {source}"
        out.append(Ann(c.start, c.end, "claim", c.id, ["claim", f"m-{c.modality}"], label,
                       c.model_dump(mode="json")))  # fmt: skip
    for e in d.events:
        coded = plover_type(e)
        quad = QUAD.get(coded)
        who = ", ".join(names.get(i, i) for i in e.actor) or "?"
        whom = ", ".join(names.get(i, i) for i in e.target)
        label = f"event {coded}{' ' + e.mode if e.mode else ''}: {who}"
        label += f" → {whom}" if whom else ""
        out.append(Ann(e.start, e.end, "event", e.id, ["event", f"quad-{quad or 0}"],
                       f"{label} ({e.modality})", {**e.model_dump(mode="json"), "plover": coded,
                       "quad": quad}))  # fmt: skip
    size = len(d.article.text)
    out = [ann for ann in out if 0 <= ann.start < ann.end <= size]
    used: set[str] = set()
    for ann in out:
        if ann.kind in ("claim", "quote", "event"):
            name = anchor(aid, ann.start, ann.end)
            if name not in used:
                used.add(name)
                ann.anchor = name
    if cite is not None and 0 <= cite[0] < cite[1] <= size:
        name = anchor(aid, *cite)
        if name not in used:
            out.append(Ann(cite[0], cite[1], "cite", "cite", ["cite"], "cited", None, name))
    return out


def _open(a: Ann, first: bool) -> str:
    attrs = [f'class="ann {" ".join(a.classes)}"', f'data-ann="{escape(a.kind + "-" + a.key)}"']
    if first and a.anchor:
        attrs.append(f'id="{escape(a.anchor)}"')
    if a.label:
        attrs.append(f'title="{escape(a.label)}"')
    if a.record is not None:
        attrs.append(f'data-record="{escape(json.dumps(a.record, ensure_ascii=False))}"')
    if first:
        attrs.append('tabindex="0"' if a.kind != "mention" else "")
    return "<span " + " ".join(x for x in attrs if x) + ">"


def render(text: str, anns: Iterable[Ann]) -> Markup:
    """The text with its annotations as well-formed nested spans (escaped throughout)."""
    opening: dict[int, list[Ann]] = defaultdict(list)
    bounds = {0, len(text)}
    for a in anns:
        opening[a.start].append(a)
        bounds.update((a.start, a.end))
    for group in opening.values():
        group.sort(key=lambda a: (-a.end, _ORDER[a.kind]))
    out: list[str] = []
    stack: list[Ann] = []
    pos = 0
    for b in sorted(bounds):
        out.append(str(escape(text[pos:b])))
        pos = b
        if any(a.end == b for a in stack):
            reopen: list[Ann] = []
            while any(a.end == b for a in stack):
                top = stack.pop()
                out.append("</span>")
                if top.end != b:
                    reopen.append(top)
            for a in reversed(reopen):
                out.append(_open(a, first=False))
                stack.append(a)
        for a in opening.get(b, []):  # one that outlasts those open is cut where they end
            out.append(_open(a, first=True))
            stack.append(a)
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))
