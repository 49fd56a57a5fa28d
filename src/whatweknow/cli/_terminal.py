"""The one rule for untrusted text on a terminal: :func:`shown`, and its Rich forms.

Untrusted text is whatever came from an input rather than from the user's command line: file
names (a directory may hold any name), titles, outlets, bylines, quotes, claims, actor names,
search snippets, exception messages that repeat them, and anything read back from a store (any
feed item or API post may have put it there). Printed raw, such text reaches the terminal as
commands: ``ESC ] 0 ; … BEL`` sets the window title, ``ESC [ 2 J`` clears the screen, a newline
followed by ``error: …`` forges a line of the report, ``\\u202e`` (RIGHT-TO-LEFT OVERRIDE) shows
a name reversed, and through Rich, ``[link=…]`` makes a hyperlink and ``[/red]`` raises
``MarkupError``.

The rule: every control character is shown as its Python escape (``\\x1b``, ``\\n``,
``\\u202e``) so that it is visible and inert: C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F), the
bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the line and paragraph
separators (U+2028, U+2029) and lone surrogates (the undecodable bytes of a file name, which
would stop the print with ``UnicodeEncodeError``). In one-line contexts (a table cell, a report
line, a title) newline and tab are escaped too; in multi-line output (Markdown) they are kept.
Text printed through Rich is also markup-escaped (:func:`markup`) or wrapped in
:class:`~rich.text.Text` (:func:`cell`), which Rich never reads as markup.

Where it applies: the report lines on stderr (errors, warnings, progress messages), the tables
and lists of ``wwk search``, ``stories``, ``story``, ``actors``, ``events``, ``timeline`` and
``demo``, the lines of ``wwk check``, and the Markdown of ``wwk extract -f md``, ``wwk brief``
and ``wwk story -f md`` (written to a file too: Markdown is for people, and it is read with
``cat``). Machine formats keep the data as it is: JSON (json.dumps escapes C0 characters on its
own), JSON Lines, CSV, and the HTML briefing (escaped for HTML by its renderer): their readers
are programs, which must get the text exactly. A literal backslash is not doubled, so a text
that spells ``\\x1b`` looks like an escaped ESC: the display is for reading, the data stays in
the machine formats.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from pydantic import BaseModel
from rich.markup import escape
from rich.text import Text

R = TypeVar("R")

_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
_ALWAYS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
_ONE_LINE = re.compile(f"[\t\n{_ALWAYS}]")
_MULTI_LINE = re.compile(f"[{_ALWAYS}]")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object, *, lines: bool = False) -> str:
    """``text`` (made a string) with every control character shown as its escape; with
    ``lines``, newlines and tabs are kept (multi-line output such as Markdown)."""
    return (_MULTI_LINE if lines else _ONE_LINE).sub(_escaped, str(text))


def markup(text: object) -> str:
    """``text`` as :func:`shown` gives it, escaped for Rich markup: for f-strings that mix
    untrusted text with markup of our own."""
    return escape(shown(text))


def cell(text: object, style: str = "") -> Text:
    """``text`` as :func:`shown` gives it, as a Rich :class:`~rich.text.Text` (a table cell, a
    line): never read as markup or emoji codes."""
    return Text(shown(text), style=style)


def shown_record(record: R, *, flow: bool = False) -> R:
    """A copy of ``record`` with every string in it (through pydantic models, dataclasses,
    lists, tuples and the values of dicts) shown one-line, for a renderer of Markdown that puts
    fields on lines of their own (a field's newline would start a line of its own). With
    ``flow``, line breaks and tabs become a space instead, as Markdown reads a break inside a
    paragraph (for a renderer that already joins the words of its fields); the other control
    characters are shown escaped."""
    return _shown_value(record, flow)  # type: ignore[no-any-return]


_BREAKS = re.compile("[\t\n\r\u2028\u2029]+")


def _shown_value(value: Any, flow: bool) -> Any:
    if isinstance(value, str):
        return shown(_BREAKS.sub(" ", value) if flow else value)
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        return value.model_copy(update={k: _shown_value(getattr(value, k), flow) for k in fields})
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in dataclasses.fields(value) if f.init]
        return dataclasses.replace(
            value, **{k: _shown_value(getattr(value, k), flow) for k in names}
        )
    if isinstance(value, list | tuple):
        return type(value)(_shown_value(v, flow) for v in value)
    if isinstance(value, dict):
        return {k: _shown_value(v, flow) for k, v in value.items()}
    return value
