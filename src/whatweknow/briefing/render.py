"""A briefing as Markdown, as a self-contained HTML page, or as JSON.

Markdown and HTML show at most ``limit`` items a section, then a line "… and N more" (which is
no item); JSON keeps them all. Each line ends with its citations, each a link to
``#a-{article}-{start}-{end}``; the HTML page lists every cited span under that id at its end
(the web UI has the same ids on its article pages), and its links carry ``data-article``,
``data-start`` and ``data-end``. Article text is untrusted: Markdown escapes the characters that
would make links, emphasis or HTML of it, and the HTML template escapes everything.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .model import INGEST_YEAR, Briefing, Citation, Item

if TYPE_CHECKING:
    from jinja2 import Environment

LIMIT = 12
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def anchor(c: Citation) -> str:
    """The element id a citation links to (without the ``#``)."""
    return f"a-{c.article}-{c.start}-{c.end}"


def _note_key(c: Citation) -> tuple[object, ...]:
    """What one note shows: the span, and the publication it is cited in (the citations of one
    article share its outlet, address and date; another outlet's publication of the same text
    has its own, :func:`~.articles.sources`)."""
    return (anchor(c), c.outlet, c.url, c.published)


def label(c: Citation) -> str:
    """A citation in words: its outlet (or article id) and date; a date whose year is the
    day the article was read (:attr:`~.model.Citation.year_from`) says so, so that no reader
    takes it for one the article gives."""
    when = c.published.isoformat() if c.published else "undated"
    if c.published and c.year_from == "clock":
        when += f" ({INGEST_YEAR})"
    return f"{c.outlet or c.article[:8]}, {when}"


def heading(b: Briefing) -> str:
    what = f"Story {b.story}" if b.story is not None else "Briefing"
    title = " ".join((b.title or "(untitled)").split())
    return f"{what}: {title}" + (f", since {b.since}" if b.since else "")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_item(item: Item, notes: dict[tuple[object, ...], tuple[int, Citation]]) -> str:
    refs: list[str] = []
    for c in item.citations:
        n, _ = notes.setdefault(_note_key(c), (len(notes) + 1, c))
        refs.append(f"{_md(label(c))}[^{n}]")
    cites = "; ".join(dict.fromkeys(refs))
    return f"- {_md(item.text)} — {cites}" if cites else f"- {_md(item.text)}"


def _md_note(n: int, c: Citation) -> str:
    where = f"characters {c.start}–{c.end} of article {c.article}"
    url = f" <{c.url}>" if c.url and c.url.startswith(("http://", "https://")) else ""
    extract = f" “{_md(c.text)}”" if c.text else ""
    return f"[^{n}]: {_md(label(c))}, {where}:{extract}{url}"


def to_markdown(b: Briefing, limit: int | None = LIMIT) -> str:
    """The briefing as Markdown: a heading per section, a line per item, and each cited span as
    a numbered note at the end (Markdown footnotes: each citation resolves to its article, its
    characters and their words)."""
    lines = [f"# {_md(heading(b))}"]
    notes: dict[tuple[object, ...], tuple[int, Citation]] = {}
    for section in b.sections:
        lines += ["", f"## {_md(section.title)}", ""]
        if section.note:
            lines += [f"*{_md(section.note)}*", ""]
        shown = section.items if limit is None else section.items[:limit]
        lines += [_md_item(i, notes) for i in shown]
        if len(section.items) > len(shown):
            lines.append(f"- … and {len(section.items) - len(shown)} more")
    if notes:
        lines += ["", "## Cited spans", ""]
        lines += [_md_note(n, c) for n, c in notes.values()]
    return "\n".join(lines) + "\n"


@cache
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("whatweknow.briefing", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["anchor"] = anchor
    env.filters["label"] = label
    return env


def to_html(b: Briefing, limit: int | None = LIMIT) -> str:
    """The briefing as one HTML page: inline CSS, no scripts, no external resources."""
    cited: dict[tuple[object, ...], tuple[str, Citation]] = {}
    used: set[str] = set()
    for section in b.sections:
        for item in section.items if limit is None else section.items[:limit]:
            for c in item.citations:
                key = _note_key(c)
                if key in cited:
                    continue
                # the span's anchor; a second publication of the same span gets a suffix
                found = base = anchor(c)
                n = 1
                while found in used:
                    n += 1
                    found = f"{base}-{n}"
                used.add(found)
                cited[key] = (found, c)

    def ref(c: Citation) -> str:
        return cited[_note_key(c)][0]

    template = _environment().get_template("briefing.html")
    return template.render(
        b=b, heading=heading(b), limit=limit, cited=list(cited.values()), ref=ref
    )


def to_json(b: Briefing) -> str:
    """The briefing as data (``whatweknow/briefing@1``): every item, in every section."""
    return b.model_dump_json(by_alias=True, indent=2) + "\n"
