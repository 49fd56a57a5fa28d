"""How dossiers, search hits and actors look on a terminal or in Markdown. Every text of an
article is shown by the rule of :mod:`._terminal` (control characters escaped, never Rich
markup); the JSON outputs keep it as it is."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..contract import Actor, Dossier
from ._terminal import cell, shown

MODALITY_ORDER = ("asserted", "reported", "alleged", "speculated", "expected", "denied")
"""The order of the claim sections in the Markdown dossier: what the outlet states first."""

if TYPE_CHECKING:
    from ..store import SearchHit, StoredActor


def _flat(text: object) -> str:
    """A field on one line: its whitespace (line breaks of the article) as single spaces,
    control characters shown escaped."""
    return shown(" ".join(str(text).split()))


def markdown(d: Dossier) -> str:
    """A readable dossier: the article's metadata, its claims by modality with their sources,
    the quotes with their speakers, the contradictions, events, times and actors. Every item
    ends with the ``[start:end]`` offsets of the text it came from; empty sections are left out."""
    a = d.article
    lines = [f"# {_flat(a.title or '(untitled)')}", ""]
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
    lines += [f"- **{k}**: {_flat(v)}" for k, v in meta if v]
    if a.standfirst:
        lines += ["", f"> {_flat(a.standfirst)}"]
    if a.sections:
        lines += ["", "## Sections", *[f"- {_flat(s)}" for s in a.sections]]
    if a.captions:
        lines += ["", "## Captions"]
        lines += [
            f"- {_flat(c.text)} — *{_flat(c.credit or 'no credit')}* [{c.start}:{c.end}]"
            for c in a.captions
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
    names = {actor.id: actor.name for actor in d.actors}
    lines += _claims_md(d, names) + _quotes_md(d, names) + _contradictions_md(d)
    lines += _events_md(d, names) + _timexes_md(d) + _actors_md(d)
    pipeline = f"{d.schema_}, pipeline {d.pipeline.version}, model {d.pipeline.model}"
    lines += ["", f"*{_flat(pipeline)}*"]
    return "\n".join(lines)


def _who(ids: Sequence[str], names: dict[str, str]) -> str:
    return ", ".join(_flat(names.get(i, i)) for i in ids)


def _claims_md(d: Dossier, names: dict[str, str]) -> list[str]:
    if not d.claims:
        return []
    lines = ["", "## Claims"]
    for modality in MODALITY_ORDER:
        claims = [c for c in d.claims if c.modality == modality]
        if not claims:
            continue
        lines += ["", f"### {modality.capitalize()} ({len(claims)})"]
        for c in claims:
            source = names.get(c.source or "") or c.source_text
            who = f"according to {_flat(source)}" if source else "the outlet"
            if c.via:
                who += f", via {_who(c.via, names)}"
            notes = [f"hedged: {_flat(', '.join(c.hedges))}"] if c.hedges else []
            notes += ["negated"] if c.negated else []
            extra = f" ({'; '.join(notes)})" if notes else ""
            lines.append(f"- {_flat(c.text)} — *{who}*{extra} [{c.start}:{c.end}]")
    return lines


def _quotes_md(d: Dossier, names: dict[str, str]) -> list[str]:
    if not d.quotes:
        return []
    lines = ["", "## Quotes"]
    for q in d.quotes:
        speaker = names.get(q.speaker or "") or q.speaker_text or "unnamed"
        cue = f", {_flat(q.cue)}" if q.cue else ""
        lines.append(
            f"- **{_flat(speaker)}** ({q.kind}{cue}): “{_flat(q.text)}” [{q.start}:{q.end}]"
        )
    return lines


def _contradictions_md(d: Dossier) -> list[str]:
    if not d.contradictions:
        return []
    claims = {c.id: c for c in d.claims}
    lines = ["", "## Contradictions"]
    for x in d.contradictions:
        a, b = claims.get(x.a), claims.get(x.b)
        if a is None or b is None:
            continue
        verb = "denies" if x.kind == "denial" else "conflicts with"
        lines.append(
            f"- “{_flat(a.text)}” [{a.start}:{a.end}] {verb} “{_flat(b.text)}” [{b.start}:{b.end}]"
        )
    return lines


def _events_md(d: Dossier, names: dict[str, str]) -> list[str]:
    if not d.events:
        return []
    lines = ["", "## Events"]
    for e in d.events:
        kind = e.type + (f"/{e.mode}" if e.mode else "")
        who = _who(e.actor, names) or "?"
        whom = f" → {_who(e.target, names)}" if e.target else ""
        where = f" in {_flat(names.get(e.location, e.location))}" if e.location else ""
        when = f", {_flat(e.time)}" if e.time else ""
        trigger = f" “{_flat(e.trigger)}”" if e.trigger else ""
        lines.append(
            f"- **{kind}**: {who}{whom}{where}{when} ({e.modality}){trigger} [{e.start}:{e.end}]"
        )
    return lines


def _timexes_md(d: Dossier) -> list[str]:
    if not d.timexes:
        return []
    lines = ["", "## Times"]
    lines += [
        f"- {_flat(t.text)}: {t.type} {_flat(t.value)} [{t.start}:{t.end}]" for t in d.timexes
    ]
    return lines


def _actors_md(d: Dossier) -> list[str]:
    if not d.actors:
        return []
    lines = ["", "## Actors"]
    for actor in d.actors:
        where = ", ".join(f"[{m.start}:{m.end}]" for m in actor.mentions[:3])
        code = _flat("/".join(x for x in (actor.country, actor.sector) if x))
        name = f"{_flat(actor.name)} ({_flat(actor.type)}{', ' + code if code else ''})"
        lines.append(f"- {name} {where}")
    return lines


def print_hits(hits: Sequence[SearchHit], *, as_json: bool) -> None:
    console = Console(highlight=False)
    if as_json:
        for h in hits:
            record = {
                "id": h.article_id,
                "title": h.title,
                "published": h.published.isoformat() if h.published else None,
                "outlet": h.outlet,
                "snippet": h.snippet,
                "score": h.score,
            }
            print(json.dumps(record, ensure_ascii=False))
        return
    if not hits:
        console.print("no matches")
        return
    for i, h in enumerate(hits, 1):
        head = cell(f"{i}. {h.title or '(untitled)'}", "bold")
        head.append(f"  {shown(h.article_id)}", style="dim")
        console.print(head)
        when = h.published.isoformat() if h.published else "date unknown"
        console.print(cell(f"   {when} · {h.outlet or 'outlet unknown'}", "dim"), soft_wrap=True)
        console.print(cell(f"   {h.snippet}"), soft_wrap=True)


def print_summary(dossiers: Sequence[Dossier]) -> None:
    """One line per dossier: date, format, counts of what was found, and the title."""
    print(
        f"{'published':<10}  {'format':<6} {'actors':>6} {'quotes':>6} {'claims':>6} "
        f"{'events':>6}  title"
    )
    for d in sorted(dossiers, key=lambda d: (str(d.article.published), d.article.title or "")):
        a = d.article
        title = shown(a.title or "(untitled)")
        title = title if len(title) <= 48 else title[:47] + "…"
        print(
            f"{a.published.isoformat() if a.published else '—':<10}  {shown(a.format or '—'):<6} "
            f"{len(d.actors):>6} {len(d.quotes):>6} {len(d.claims):>6} {len(d.events):>6}  "
            f"{title}"
        )


ACTOR_COLUMNS = ("id", "name", "type", "country", "sector", "roles", "aliases", "mentions", "first")
STORED_ACTOR_COLUMNS = ("key", "name", "type", "country", "sector", "articles", "mentions")
_NUMERIC = frozenset({"mentions", "articles"})
PIPED_WIDTH = 120
"""Width of tables written to a pipe or file (rich's default there is 80); $COLUMNS wins."""


def _table_console() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console = Console(highlight=False, width=PIPED_WIDTH)
    return console


def _table(title: Text, caption: str | None = None) -> Table:
    """A table without vertical rules, to leave the width to the columns."""
    return Table(
        title=title,
        title_justify="left",
        caption=caption,
        box=None,
        header_style="bold underline",
        pad_edge=False,
    )


def _columns(table: Table, names: Sequence[str]) -> None:
    for name in names:
        table.add_column(
            name,
            justify="right" if name in _NUMERIC else "left",
            overflow="fold",
        )


def actors_json(d: Dossier) -> str:
    """One line of ``wwk actors -f json``: the article and its actors as in the dossier."""
    actors = [a.model_dump(mode="json", by_alias=True) for a in d.actors]
    record = {"article": d.article.id, "title": d.article.title, "actors": actors}
    return json.dumps(record, ensure_ascii=False)


def _actor_row(a: Actor) -> list[Text]:
    first = f"[{a.mentions[0].start}:{a.mentions[0].end}]" if a.mentions else "—"
    cells = [
        a.id,
        a.name,
        a.type,
        a.country or "—",
        a.sector or "—",
        "; ".join(a.roles) or "—",
        ", ".join(a.aliases) or "—",
        str(len(a.mentions)),
        first,
    ]
    return [cell(text) for text in cells]  # never read as rich markup


def actors_table(d: Dossier) -> Table:
    """The resolved actors of one article, in order of first mention."""
    title = cell(d.article.title or "(untitled)", "bold")
    title.append(f"  {shown(d.article.id)}", style="dim")
    table = _table(title, caption=None if d.actors else "no actors")
    _columns(table, ACTOR_COLUMNS)
    for actor in d.actors:
        table.add_row(*_actor_row(actor))
    return table


def print_actors(dossiers: Sequence[Dossier], *, as_json: bool) -> None:
    """``wwk actors``: a table per article, or one JSON object per article per line."""
    if as_json:
        for d in dossiers:
            print(actors_json(d))
        return
    console = _table_console()
    for n, d in enumerate(dossiers):
        if n:
            console.print()
        console.print(actors_table(d))


def print_stored_actors(actors: Sequence[StoredActor], *, as_json: bool) -> None:
    """``wwk actors`` with no FILE: the store's actors (:class:`~whatweknow.store.StoredActor`)."""
    if as_json:
        for a in actors:
            print(json.dumps(dataclasses.asdict(a), ensure_ascii=False))
        return
    console = _table_console()
    if not actors:
        console.print("no stored actors")
        return
    table = _table(Text("Stored actors", style="bold"))
    _columns(table, STORED_ACTOR_COLUMNS)
    for a in actors:
        cells = [a.key, a.name, a.type, a.country or "—", a.sector or "—", a.articles, a.mentions]
        table.add_row(*(cell(text) for text in cells))
    console.print(table)


def output_text(ds: Sequence[Dossier], fmt: str) -> str:
    """The dossiers as ``wwk extract`` prints them in ``fmt`` (json, jsonl or md)."""
    if fmt == "md":  # each field of the article shown escaped, one line each
        return "\n\n".join(markdown(d) for d in ds) + ("\n" if ds else "")
    if fmt == "jsonl":
        return "".join(d.to_json() + "\n" for d in ds)
    if len(ds) == 1:
        return ds[0].to_json(indent=2) + "\n"
    return json.dumps([d.to_dict() for d in ds], indent=2, ensure_ascii=False) + "\n"


def write_output(text: str, path: Path | None, stream: TextIO | None = None) -> None:
    """``text`` to ``stream`` (stdout), or to ``path`` atomically: the file appears only when
    complete."""
    if path is None:
        (stream or sys.stdout).write(text)
        return
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
