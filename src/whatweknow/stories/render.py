"""A story, or what changed in it, as readable Markdown (``wwk story ID --format md``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..story_contract import Story, StoryClaim, StoryContradiction
from .since import Changes


def ranked(claims: Sequence[StoryClaim]) -> list[StoryClaim]:
    """Most corroborated first, then the earliest reported, then in order."""
    return sorted(
        claims, key=lambda c: (-c.independent, c.first_reported or date.max, int(c.id[1:]))
    )


def _span(first: date | None, last: date | None) -> str:
    if first is None:
        return "undated"
    return first.isoformat() if first == last or last is None else f"{first} to {last}"


def _claim_line(c: StoryClaim) -> str:
    named = f"; named sources: {', '.join(c.named_sources)}" if c.named_sources else ""
    first = c.first_reported.isoformat() if c.first_reported else "undated"
    return (
        f"- **{c.id}** ({c.status}, {c.independent} independent source"
        f"{'s' * (c.independent != 1)}, first {first}{named}): {c.text}"
    )


def _contradiction_lines(s: Story, found: Sequence[StoryContradiction]) -> list[str]:
    lines = []
    for x in found:
        a, b = s.claim(x.a), s.claim(x.b)
        side_a = ", ".join(x.a_side.sources) if x.a_side else ""
        side_b = ", ".join(x.b_side.sources) if x.b_side else ""
        lines += [
            f"- **{x.kind}** ({x.about or 'same proposition'}), from {x.seen or 'undated'}:",
            f"  - {x.a}: {a.text if a else ''} — *{side_a or 'unattributed'}*",
            f"  - {x.b}: {b.text if b else ''} — *{side_b or 'unattributed'}*",
        ]
    return lines


def markdown(s: Story) -> str:
    lines = [
        f"# Story {s.id}: {s.title or '(untitled)'}",
        "",
        f"- **dates**: {_span(s.first, s.last)}",
        f"- **articles**: {len(s.articles)}",
        f"- **outlets**: {', '.join(s.outlets) or '—'}",
        f"- **actors**: {', '.join(a.name for a in s.actors[:8]) or '—'}",
    ]
    if s.follows is not None:
        lines.append(f"- **continues**: story {s.follows} (the chapter before)")
    if s.continued_in is not None:
        lines.append(f"- **continued in**: story {s.continued_in} (the chapter after)")
    if s.related:
        told = ", ".join(map(str, s.related))
        lines.append(f"- **related**: story {told} (another event of the same kind, split apart)")
    lines += [
        "",
        "## Articles",
    ]
    for a in sorted(s.articles, key=lambda a: (a.seen or date.max, a.id)):
        copy = f" (copy group {a.copy_of})" if a.copy_of else ""
        when = a.published.isoformat() if a.published else "undated"
        lines.append(f"- {when} · {a.outlet or 'unknown outlet'} · {a.title or '(untitled)'}{copy}")
    if s.copies:
        lines += ["", "## Copies (one report each)"]
        lines += [
            f"- {', '.join(g.articles)}: carried by {', '.join(g.outlets) or 'unknown outlets'}"
            for g in s.copies
        ]
    lines += ["", "## Claims"]
    lines += [_claim_line(c) for c in ranked(s.claims)]
    lines += ["", "## Contradictions"]
    lines += _contradiction_lines(s, s.contradictions) or ["- none"]
    return "\n".join(lines) + "\n"


def changes_markdown(s: Story, diff: Changes) -> str:
    title = f"# Story {s.id}: {s.title or '(untitled)'}, since {diff.since_text}"
    lines = [title, "", "## New claims"]
    lines += [_claim_line(c) for c in ranked(diff.new_claims)] or ["- none"]
    lines += ["", "## Changed status"]
    lines += [
        f"- **{ch.claim.id}**: {ch.before} → {ch.after}: {ch.claim.text}" for ch in diff.changed
    ] or ["- none"]
    lines += ["", "## New contradictions"]
    lines += _contradiction_lines(s, diff.new_contradictions) or ["- none"]
    return "\n".join(lines) + "\n"
