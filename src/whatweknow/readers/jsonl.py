"""JSON and JSON Lines: one article per object, its text in ``text`` (or its page in ``html``).

Other fields: ``title``, ``url``, ``published`` (an ISO date or date-time), ``outlet`` and
``byline`` or ``author`` (a string or a list of names). A line that cannot be read is one
problem naming its line number; the other lines are read all the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from ..errors import W
from . import layout
from ._compose import split_names
from .base import Meta, RawDocument, Reader, ReadProblem, Result
from .decode import decode
from .html import html_article

_BODY_FIELDS = ("text", "html")
_TOO_DEEP = "nested too deeply"


def read_jsonl(raw: bytes, source: str) -> Iterator[RawDocument | ReadProblem]:
    """A JSON Lines file: one object a line; blank lines are skipped."""
    text = decode(raw, source)
    if isinstance(text, ReadProblem):
        yield text
        return
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield read_record(line.rstrip("\r").encode("utf-8"), f"{source}#line {n}")


def read_json(raw: bytes, source: str) -> Iterator[RawDocument | ReadProblem]:
    """A JSON file: one object, or a list of objects (``#item N``). A file of several objects
    one after another is read as JSON Lines."""
    text = decode(raw, source)
    if isinstance(text, ReadProblem):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(raw, source)
        else:
            detail = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
            yield ReadProblem(source, W.BAD_JSON.format(detail=detail))
        return
    except RecursionError:
        yield ReadProblem(source, W.BAD_JSON.format(detail=_TOO_DEEP))
        return
    if not isinstance(value, list):
        yield _record(value, raw, source)
        return
    for n, item in enumerate(value, 1):
        item_raw = json.dumps(item, ensure_ascii=False).encode("utf-8")
        yield _record(item, item_raw, f"{source}#item {n}")


def read_record(raw: bytes, source: str) -> RawDocument | ReadProblem:
    """One record, as stored: a JSON object in UTF-8."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return ReadProblem(source, W.UNDECODABLE.format())
    except json.JSONDecodeError as exc:
        return ReadProblem(source, W.BAD_JSON.format(detail=f"{exc.msg} at column {exc.colno}"))
    except RecursionError:
        return ReadProblem(source, W.BAD_JSON.format(detail=_TOO_DEEP))
    return _record(value, raw, source)


def _record(value: Any, raw: bytes, source: str) -> RawDocument | ReadProblem:
    if not isinstance(value, dict):
        detail = f"expected a JSON object, got {type(value).__name__}"
        return ReadProblem(source, W.BAD_RECORD.format(detail=detail))
    body = next(
        (f for f in _BODY_FIELDS if isinstance(value.get(f), str) and value[f].strip()), None
    )
    if body is None:
        detail = "no article text: give it as a non-empty 'text' (or 'html') string"
        return ReadProblem(source, W.BAD_RECORD.format(detail=detail))
    published = value.get("published")
    day = _day(published)
    if published not in (None, "") and day is None:
        return ReadProblem(source, W.BAD_DATE.format(value=published))
    title, url, outlet = (_string(value.get(k)) for k in ("title", "url", "outlet"))
    byline = _names(value.get("byline") or value.get("author"))
    if body == "text":
        text = value["text"]
        found = layout.parse_layout(text, title=title)
        article = layout.build_article(
            text,
            found,
            fmt="json",
            url=url,
            outlet=outlet,
            published=day,
            title=title,
            byline=byline,
        )
    else:
        maybe = html_article(
            value["html"],
            fmt="json",
            url=url,
            title=title,
            published=day,
            outlet=outlet,
            byline=byline,
        )
        if maybe is None:
            return ReadProblem(source, W.NO_TEXT.format())
        article = maybe
    meta = {k: _meta_value(v) for k, v in value.items() if k not in _BODY_FIELDS}
    return RawDocument(source, "json", raw, article, meta)


def _day(value: object) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


def _string(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def _names(value: object) -> list[str]:
    if isinstance(value, list):
        return [n for v in value if (n := _string(v))]
    return split_names(_string(value))


def _meta_value(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False)


def reread_record(raw: bytes, source: str, meta: Meta) -> Result:
    """A stored record: it names its own address and date, ``meta`` adds nothing."""
    return read_record(raw, source)


def _sniff_list(head: bytes) -> bool:
    return head.startswith(b"[")


def _sniff_object(head: bytes) -> bool:
    return head.startswith(b"{")


JSON = Reader(
    "json",
    read=read_json,
    reread=reread_record,
    formats=("json",),
    suffixes=(".json",),
    sniff=_sniff_list,
)
"""A JSON file: an object or a list of them (``application/json`` is told by its first bytes)."""
JSONL = Reader(
    "jsonl",
    read=read_jsonl,
    reread=reread_record,
    formats=("json",),
    suffixes=(".jsonl", ".ndjson"),
    media_types=("application/x-ndjson", "application/jsonl"),
    sniff=_sniff_object,
)
"""A JSON Lines file (a first object: several objects one after another are read as lines)."""
