"""Bidirectional text on the pages: untrusted inline text (titles, outlets, names, quotes) is
isolated, so that a right-to-left override in it cannot reverse what follows it on the page.

An override or an embedding (U+202A–U+202E) runs until its PDF (U+202C), an isolate
(U+2066–U+2068) until its PDI (U+2069), or else to the end of the paragraph: "Daily \u202esemiT"
shows as "Daily Times", and the meta line after a title would read backwards too. So
:func:`paired` drops every such control that has no partner (what is paired stays: it may be
the text's own), and :func:`isolate` wraps the text, escaped, in ``<bdi>``, which the browser
isolates from its surroundings (``unicode-bidi: isolate``).
"""

from __future__ import annotations

from markupsafe import Markup, escape

_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO, closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI, closed by PDI
PDF = "\u202c"
PDI = "\u2069"
CONTROLS = _EMBEDDINGS | _ISOLATES | {PDF, PDI}


def paired(text: str) -> str:
    """``text`` less its unpaired bidi controls (as UAX #9 pairs them: a PDI closes its isolate
    and the embeddings left open inside it, a PDF the innermost embedding of its isolate)."""
    if not any(c in CONTROLS for c in text):
        return text
    drop: set[int] = set()
    stack: list[int] = []  # positions of the open controls
    for i, c in enumerate(text):
        if c in _EMBEDDINGS or c in _ISOLATES:
            stack.append(i)
        elif c == PDF:
            if stack and text[stack[-1]] in _EMBEDDINGS:
                stack.pop()
            else:
                drop.add(i)
        elif c == PDI:
            if not any(text[j] in _ISOLATES for j in stack):
                drop.add(i)
                continue
            while text[stack[-1]] not in _ISOLATES:
                drop.add(stack.pop())  # an embedding the isolate's end closes unpaired
            stack.pop()
    drop.update(stack)
    return "".join(c for i, c in enumerate(text) if i not in drop)


def isolate(value: object) -> Markup:
    """``value`` as text, escaped, its unpaired controls dropped, in ``<bdi>``."""
    if value is None or value == "":
        return Markup("")
    return Markup("<bdi>") + escape(paired(str(value))) + Markup("</bdi>")
