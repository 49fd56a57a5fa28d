"""How dossiers, search hits and actors look on a terminal or in Markdown."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console

from ..model import Dossier


def markdown(d: Dossier) -> str:
    """A readable summary of one dossier; every line names the span it came from."""
    a = d.article
    lines = [f"# {a.title or '(untitled)'}", ""]
    meta = [
        ("id", a.id),
        ("published", a.published.isoformat() if a.published else None),
        ("outlet", a.outlet),
        ("url", a.url),
        ("byline", ", ".join(a.byline) or None),
        ("dateline", a.dateline),
        ("sources", ", ".join(a.sources) or None),
        ("format", a.format),
    ]
    lines += [f"- **{k}**: {v}" for k, v in meta if v]
    if a.standfirst:
        lines += ["", f"> {a.standfirst}"]
    if a.sections:
        lines += ["", "## Sections", *[f"- {s}" for s in a.sections]]
    if a.captions:
        lines += ["", "## Captions"]
        lines += [
            f"- {c.text} — *{c.credit or 'no credit'}* [{c.start}:{c.end}]" for c in a.captions
        ]
    counts = {
        "actors": len(d.actors),
        "quotes": len(d.quotes),
        "claims": len(d.claims),
        "events": len(d.events),
        "timexes": len(d.timexes),
        "contradictions": len(d.contradictions),
    }
    lines += ["", "## Extracted", ", ".join(f"{v} {k}" for k, v in counts.items())]
    if d.actors:
        lines += ["", "## Actors"]
        for actor in d.actors:
            where = ", ".join(f"[{m.start}:{m.end}]" for m in actor.mentions[:3])
            code = "/".join(x for x in (actor.country, actor.sector) if x)
            lines.append(f"- {actor.name} ({actor.type}{', ' + code if code else ''}) {where}")
    lines += ["", f"*{d.schema_}, pipeline {d.pipeline.version}, model {d.pipeline.model}*"]
    return "\n".join(lines)


def print_hits(hits: Sequence[Any], *, as_json: bool) -> None:
    console = Console(highlight=False)
    if as_json:
        for h in hits:
            print(
                json.dumps(
                    {"id": h.article_id, "title": h.title, "snippet": h.snippet, "score": h.score},
                    ensure_ascii=False,
                )
            )
        return
    if not hits:
        console.print("no matches")
        return
    for i, h in enumerate(hits, 1):
        console.print(f"[bold]{i}. {h.title or '(untitled)'}[/bold]  [dim]{h.article_id}[/dim]")
        console.print(f"   {h.snippet}", soft_wrap=True)


def print_summary(dossiers: Sequence[Dossier]) -> None:
    """One line per dossier: date, format, counts of what was found, and the title."""
    print(
        f"{'published':<10}  {'format':<6} {'actors':>6} {'quotes':>6} {'claims':>6} "
        f"{'events':>6}  title"
    )
    for d in sorted(dossiers, key=lambda d: (str(d.article.published), d.article.title or "")):
        a = d.article
        title = a.title or "(untitled)"
        title = title if len(title) <= 48 else title[:47] + "…"
        print(
            f"{a.published.isoformat() if a.published else '—':<10}  {a.format or '—':<6} "
            f"{len(d.actors):>6} {len(d.quotes):>6} {len(d.claims):>6} {len(d.events):>6}  "
            f"{title}"
        )
