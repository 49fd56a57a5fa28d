"""Pictures drawn on the server as inline SVG (no script, no library, nothing fetched): a
timeline of events and a network of actors, both coloured by PLOVER quad class.

Colours are classes (``quad-1`` … ``quad-4``, ``quad-0`` for uncoded) styled by ``app.css``;
every text is escaped; every mark has a ``<title>`` (its tooltip) and links to its source.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from urllib.parse import quote

from markupsafe import Markup, escape

from ..briefing.periods import human
from ..stages.events.export import time_start
from ..store import EventLink
from .annotate import anchor
from .schemas import EventOut, Party

QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
    0: "uncoded",
}
_W, _LEFT, _RIGHT, _LANE, _TOP = 960, 170, 30, 56, 20


def event_link(e: EventOut) -> str:
    return f"/articles/{quote(e.article)}#{anchor(e.article, e.start, e.end)}"


def actor_link(key: str) -> str:
    return f"/actors/{quote(key, safe=':')}"


def _describe(e: EventOut) -> str:
    who = ", ".join(p.name for p in e.actors) or "?"
    whom = ", ".join(p.name for p in e.targets)
    when = human(e.time) if e.time else "time unknown"
    return (
        f"{when} {e.plover}{'/' + e.mode if e.mode else ''}: {who}"
        f"{' → ' + whom if whom else ''} [{e.modality}] “{' '.join(e.text.split())}”"
    )


def timeline_svg(events: Sequence[EventOut]) -> Markup:
    """Events whose time the text gives on a time axis, one lane per quad class."""
    dated = [(d, e) for e in events if (d := time_start(e.time)) is not None]
    if not dated:
        return Markup('<p class="empty">No event has a time given by its text.</p>')
    first = min(d for d, _ in dated)
    last = max(d for d, _ in dated)
    span = max((last - first).days, 1)
    height = _TOP + _LANE * len(QUADS) + 40
    plot = _W - _LEFT - _RIGHT

    def x(d: date) -> float:
        return _LEFT + plot * (d - first).days / span

    parts = [
        f'<svg class="chart timeline" viewBox="0 0 {_W} {height}" role="img" '
        f'aria-label="Timeline of {len(dated)} dated events">'
    ]
    lanes = {q: _TOP + _LANE * i + _LANE / 2 for i, q in enumerate(QUADS)}
    for q, y in lanes.items():
        parts.append(f'<line class="lane" x1="{_LEFT}" x2="{_W - _RIGHT}" y1="{y}" y2="{y}"/>')
        parts.append(
            f'<text class="lane-label quad-{q}" x="{_LEFT - 10}" y="{y + 4}" '
            f'text-anchor="end">{escape(QUADS[q])}</text>'
        )
    ticks = min(span, 8)
    axis_y = _TOP + _LANE * len(QUADS) + 16
    for i in range(ticks + 1):
        day = date.fromordinal(first.toordinal() + round(span * i / ticks))
        parts.append(
            f'<text class="tick" x="{x(day):.1f}" y="{axis_y}" text-anchor="middle">'
            f"{day.isoformat()}</text>"
        )
    stacked: Counter[tuple[int, date]] = Counter()
    for d, e in dated:
        q = e.quad or 0
        n = stacked[(q, d)]
        stacked[(q, d)] += 1
        y = lanes[q] + (n % 5 - 2) * 8
        parts.append(
            f'<a href="{escape(event_link(e))}"><circle class="dot quad-{q} mod-{e.modality}" '
            f'cx="{x(d) + (n // 5) * 9:.1f}" cy="{y:.1f}" r="6"><title>{escape(_describe(e))}'
            "</title></circle></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _node(p: Party) -> str:
    return p.key or f"name:{p.name}"


def network_svg(events: Sequence[EventOut], max_nodes: int = 40) -> Markup:
    """Actors as nodes on a circle, an arrow for each (actor, target, event type) coloured by
    its quad class, thicker the more often it is reported."""
    edges: Counter[tuple[str, str, str, int]] = Counter()
    names: dict[str, str] = {}
    for e in events:
        for a in e.actors:
            for t in e.targets:
                src, dst = _node(a), _node(t)
                if src != dst:
                    names.setdefault(src, a.name)
                    names.setdefault(dst, t.name)
                    edges[(src, dst, e.plover, e.quad or 0)] += 1
    return _network(edges, names, max_nodes)


def links_svg(links: Sequence[EventLink], max_nodes: int = 40) -> Markup:
    """:func:`network_svg` of links already counted (by the store, in SQL)."""
    edges: Counter[tuple[str, str, str, int]] = Counter()
    names: dict[str, str] = {}
    for link in links:
        names.setdefault(link.source, link.source_name)
        names.setdefault(link.target, link.target_name)
        edges[(link.source, link.target, link.plover, link.quad or 0)] += link.count
    return _network(edges, names, max_nodes)


def _network(
    edges: Counter[tuple[str, str, str, int]], names: dict[str, str], max_nodes: int
) -> Markup:
    if not edges:
        return Markup('<p class="empty">No event names both an actor and a target.</p>')
    degree: Counter[str] = Counter()
    for (src, dst, _, _), n in edges.items():
        degree[src] += n
        degree[dst] += n
    kept = [k for k, _ in degree.most_common(max_nodes)]
    size = 620
    cx = cy = size / 2
    radius = size / 2 - 110
    pos = {
        k: (cx + radius * math.cos(2 * math.pi * i / len(kept) - math.pi / 2),
            cy + radius * math.sin(2 * math.pi * i / len(kept) - math.pi / 2))
        for i, k in enumerate(kept)
    }  # fmt: skip
    parts = [
        f'<svg class="chart network" viewBox="0 0 {size} {size}" role="img" '
        f'aria-label="Network of {len(kept)} actors">',
        "<defs>",
        *(
            f'<marker id="arrow-{q}" class="quad-{q}" viewBox="0 0 10 10" refX="18" refY="5" '
            'markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
            '<path d="M0,0 L10,5 L0,10 z"/></marker>'
            for q in QUADS
        ),
        "</defs>",
    ]
    parallel: defaultdict[frozenset[str], int] = defaultdict(int)
    for (src, dst, kind, q), n in sorted(edges.items(), key=lambda kv: -kv[1]):
        if src not in pos or dst not in pos:
            continue
        (x1, y1), (x2, y2) = pos[src], pos[dst]
        bend = 18 * (parallel[frozenset((src, dst))] + 1) * (1 if src < dst else -1)
        parallel[frozenset((src, dst))] += 1
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        length = math.hypot(x2 - x1, y2 - y1) or 1
        qx, qy = mx - bend * (y2 - y1) / length, my + bend * (x2 - x1) / length
        tip = f"{names[src]} → {names[dst]}: {kind} ({QUADS[q]}), reported {n}×"
        parts.append(
            f'<path class="edge quad-{q}" d="M{x1:.1f},{y1:.1f} Q{qx:.1f},{qy:.1f} '
            f'{x2:.1f},{y2:.1f}" stroke-width="{min(1.5 + n, 6):.1f}" '
            f'marker-end="url(#arrow-{q})"><title>{escape(tip)}</title></path>'
        )
    for k in kept:
        x, y = pos[k]
        r = 5 + min(degree[k], 12)
        label = escape(names[k])
        href = actor_link(k) if not k.startswith("name:") else None
        node = (
            f'<circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{r}"><title>{label}</title>'
            f'</circle><text class="node-label" x="{x:.1f}" y="{y - r - 4:.1f}" '
            f'text-anchor="middle">{label}</text>'
        )
        parts.append(f'<a href="{escape(href)}">{node}</a>' if href else node)
    parts.append("</svg>")
    return Markup("".join(parts))
