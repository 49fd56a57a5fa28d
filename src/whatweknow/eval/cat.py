"""Read CAT XML documents (the format of the NewsReader MEANTIME corpus) into typed records.

A CAT file holds a ``<Document>`` with one ``<token>`` element per token (``t_id``, ``sentence``,
``number``), a ``<Markables>`` block (``ENTITY_MENTION``, ``EVENT_MENTION``, ``TIMEX3``,
``VALUE``, ``SIGNAL``… anchored to tokens by ``<token_anchor t_id=…/>``, plus the un-anchored
``ENTITY`` and ``EVENT`` instances) and a ``<Relations>`` block (``REFERS_TO``, ``TLINK``,
``HAS_PARTICIPANT``…, each with ``<source m_id>`` and ``<target m_id>`` children).

Text reconstruction
-------------------
The file has tokens, not text, so :func:`load_cat` writes a text that reads like the original
article, because that is what the systems under evaluation will see in real use:

* sentence 0 (the headline) comes first, then two newlines; if sentence 1 is a dateline (all its
  tokens belong to one ``TIMEX3``, as in every MEANTIME article) it is followed by two newlines
  too; the other sentences are joined by one space;
* within a sentence tokens are joined by one space, except: no space before closing punctuation
  (``, . ; : ! ? ) ] } % ...``), before clitics (``'s n't 're 've 'll 'd 'm``, also after a
  token ending in an apostrophe: ``I' ll`` → ``I'll``), before a lone apostrophe
  (``Airbus '`` → ``Airbus'``) or a closing quote, between ``O'`` and a capitalised name; no space
  after an opening bracket or quote, or after a currency symbol (``$ US$ £ € #``) followed by a
  digit; straight double quotes alternate opening/closing through the document;
* PTB quotes are written as plain quotes: ````` and ``''`` → ``"``, a lone backquote → ``'``.
  :attr:`Token.form` keeps the token as in the file, :attr:`Token.text` is what the text holds,
  so ``doc.text[tok.start:tok.end] == tok.text`` always.
* hyphens, dashes and slashes split off by the tokenizer keep their spaces (``Wal - Mart``):
  the file cannot tell a hyphen from a dash.

Every markable gets character offsets ``start``/``end`` (end exclusive) spanning its first to
last token; a handful of MEANTIME markables are discontinuous (``token_ids`` lists the real
tokens, :attr:`GoldMention.contiguous` tells).

Entity types are not on ``ENTITY_MENTION``: a mention ``REFERS_TO`` an ``ENTITY`` instance, whose
``ent_type`` (PER, ORG, LOC, PRO, FIN, MIX) becomes :attr:`GoldMention.type`. Likewise an
``EVENT_MENTION`` refers to an ``EVENT`` with a ``class``. When a mention refers to several
instances (rare) the first one is used.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Literal

from .common import xml_root

__all__ = [
    "CatDocument",
    "CatFormatError",
    "EntityInstance",
    "EventInstance",
    "EventMention",
    "GoldMention",
    "Relation",
    "Timex",
    "Token",
    "ValueMention",
    "detokenize",
    "find_cat_files",
    "load_cat",
    "load_corpus",
]


class CatFormatError(ValueError):
    """The file is not a CAT XML document (or is malformed)."""


# --------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class Token:
    t_id: int
    sentence: int
    number: int
    form: str  # as in the file
    text: str  # as written into CatDocument.text (PTB quotes normalised)
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GoldMention:
    """An ``ENTITY_MENTION``: a span of the text that mentions an entity."""

    start: int
    end: int
    type: str | None  # ent_type of the referred ENTITY (PER ORG LOC PRO FIN MIX); None: unlinked
    syntactic_type: str | None  # NAM NOM PRO PRE.NAM APP CONJ…; None: attribute absent or empty
    m_id: str = ""
    token_ids: tuple[int, ...] = ()
    sentence: int = 0
    entity_id: str | None = None  # m_id of the ENTITY instance in this document
    instance_id: str | None = None  # the cross-document instance id, when annotated
    head: str | None = None

    @property
    def contiguous(self) -> bool:
        ids = self.token_ids
        return all(b == a + 1 for a, b in pairwise(ids))


@dataclass(frozen=True, slots=True)
class EntityInstance:
    m_id: str
    ent_type: str
    descriptor: str
    instance_id: str | None
    external_ref: str | None


@dataclass(frozen=True, slots=True)
class EventInstance:
    m_id: str
    event_class: str | None
    descriptor: str
    instance_id: str | None
    external_ref: str | None


@dataclass(frozen=True, slots=True)
class EventMention:
    """An ``EVENT_MENTION`` with its factuality and morphology attributes (None when empty)."""

    m_id: str
    start: int
    end: int
    token_ids: tuple[int, ...]
    sentence: int
    certainty: str | None  # CERTAIN POSSIBLE PROBABLE UNDERSPECIFIED
    polarity: str | None  # POS NEG UNDERSPECIFIED
    time: str | None  # NON_FUTURE FUTURE UNDERSPECIFIED
    pos: str | None
    tense: str | None
    aspect: str | None
    modality: str | None
    special_cases: str | None
    pred: str | None
    event_id: str | None = None  # m_id of the EVENT instance it refers to
    event_class: str | None = None  # OTHER SPEECH_COGNITIVE GRAMMATICAL MIX


@dataclass(frozen=True, slots=True)
class Timex:
    """A ``TIMEX3``; ``start``/``end`` are None for the few with no tokens (implicit times)."""

    m_id: str
    type: str  # DATE TIME DURATION SET
    value: str
    function_in_document: str  # CREATION_TIME or NONE
    start: int | None
    end: int | None
    token_ids: tuple[int, ...]
    anchor_time_id: str | None = None
    begin_point: str | None = None
    end_point: str | None = None
    descriptor: str | None = None

    @property
    def is_creation_time(self) -> bool:
        return self.function_in_document == "CREATION_TIME"


@dataclass(frozen=True, slots=True)
class ValueMention:
    """A ``VALUE`` markable (QUANTITY, MONEY, PERCENT)."""

    m_id: str
    start: int
    end: int
    token_ids: tuple[int, ...]
    type: str | None


@dataclass(frozen=True, slots=True)
class Relation:
    """Any element of ``<Relations>``: kind is its tag (REFERS_TO, TLINK, HAS_PARTICIPANT…)."""

    kind: str
    r_id: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    attrs: tuple[tuple[str, str], ...] = ()

    def get(self, name: str, default: str | None = None) -> str | None:
        for k, v in self.attrs:
            if k == name:
                return v
        return default


@dataclass(frozen=True, slots=True)
class CatDocument:
    doc_id: str
    text: str
    tokens: tuple[Token, ...]
    entity_mentions: tuple[GoldMention, ...]
    timexes: tuple[Timex, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()
    entities: tuple[EntityInstance, ...] = ()
    events: tuple[EventInstance, ...] = ()
    values: tuple[ValueMention, ...] = ()
    relations: tuple[Relation, ...] = ()
    sentence_spans: tuple[tuple[int, int], ...] = ()  # indexed by sentence number
    creation_time: Timex | None = None
    # "attribute": functionInDocument=CREATION_TIME; "dateline": the DATE timex of the dateline
    creation_time_source: Literal["attribute", "dateline"] | None = None
    doc_name: str = ""
    url: str = ""
    lang: str = ""
    path: str = ""

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_end(self, sentence: int) -> int:
        """Character offset where sentence ``sentence`` ends (the text's end if out of range)."""
        if 0 <= sentence < len(self.sentence_spans):
            return self.sentence_spans[sentence][1]
        return len(self.text)


# --------------------------------------------------------------------------------------------
# detokenisation

_CLOSING = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "’"})
_OPENING = frozenset({"(", "[", "{", "``", "“", "‘", "`"})
_CLITIC = re.compile(r"^(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$", re.IGNORECASE)
_CLITIC_TAIL = frozenset({"s", "re", "ve", "ll", "d", "m", "t"})  # after a token ending in '
_NAME_PREFIX = re.compile(r"^[A-HJ-Z]['’]$")  # O' D' L' (not I')
_CURRENCY = re.compile(r"^(?:[A-Z]{0,3}\$|£|€|¥|#)$")
_RENDER = {"``": '"', "''": '"', "`": "'"}


def _glued(prev: str, form: str, quote_open: bool) -> bool:
    """Whether ``form`` is written right after ``prev``, without a space."""
    return bool(
        form in _CLOSING
        or _CLITIC.match(form)
        or form == "'"
        or (form == '"' and quote_open)  # a closing quote
        or prev in _OPENING
        or (prev == '"' and quote_open)  # after an opening quote
        or (_CURRENCY.match(prev) and form[:1].isdigit())
        or (prev[-1:] in ("'", "’") and form.lower() in _CLITIC_TAIL)  # "I' ll" -> "I'll"
        or (_NAME_PREFIX.match(prev) and form[:1].isupper())  # "O' Leary" -> "O'Leary"
    )


def detokenize(
    forms: Sequence[str], breaks: Sequence[str] | None = None
) -> tuple[str, list[tuple[int, int]], list[str]]:
    """Join ``forms`` into natural text; returns ``(text, spans, rendered)``.

    ``breaks[i]``, when given and not empty, is the separator written before token ``i`` in place
    of the in-sentence rule (used for sentence boundaries). ``rendered[i]`` is token ``i`` as
    written, so ``text[spans[i][0]:spans[i][1]] == rendered[i]``.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    rendered: list[str] = []
    pos = 0
    quote_open = False
    for i, form in enumerate(forms):
        out = _RENDER.get(form, form)
        if i == 0:
            sep = ""
        elif breaks is not None and breaks[i]:
            sep = breaks[i]
        else:
            sep = "" if _glued(forms[i - 1], form, quote_open) else " "
        if form == '"':
            quote_open = not quote_open
        parts.append(sep)
        pos += len(sep)
        parts.append(out)
        spans.append((pos, pos + len(out)))
        rendered.append(out)
        pos += len(out)
    return "".join(parts), spans, rendered


# --------------------------------------------------------------------------------------------
# loading


def _none_if_empty(value: str | None) -> str | None:
    return value if value else None


def _anchors(el: ET.Element) -> tuple[int, ...]:
    ids: list[int] = []
    for a in el.findall("token_anchor"):
        t = a.get("t_id")
        if t is not None and t.strip().lstrip("-").isdigit():
            ids.append(int(t))
    return tuple(sorted(set(ids)))


def _ids(el: ET.Element, tag: str) -> tuple[str, ...]:
    return tuple(m for c in el.findall(tag) if (m := c.get("m_id")))


def load_cat(path: str | Path) -> CatDocument:
    """Load one CAT XML file. Raises :class:`CatFormatError` when it is not one."""
    p = Path(path)
    return _build(xml_root(p, "Document", CatFormatError), str(p))


def _build(root: ET.Element, path: str) -> CatDocument:
    raw_tokens: list[tuple[int, int, int, str]] = []  # (number, sentence, t_id, form)
    for i, t in enumerate(root.findall("token")):
        try:
            t_id = int(t.get("t_id", ""))
            sentence = int(t.get("sentence", "0"))
            number = int(t.get("number", str(i)))
        except ValueError as exc:
            raise CatFormatError(f"{path}: bad token attributes {t.attrib}") from exc
        raw_tokens.append((number, sentence, t_id, t.text or ""))
    raw_tokens.sort(key=lambda x: (x[1], x[0]))

    markables = root.find("Markables")
    relations_el = root.find("Relations")
    mk: list[ET.Element] = list(markables) if markables is not None else []
    rel_els: list[ET.Element] = list(relations_el) if relations_el is not None else []

    # A dateline: sentence 1 whose tokens all belong to one TIMEX3.
    sent_tids: dict[int, set[int]] = {}
    for _, s, tid, _ in raw_tokens:
        sent_tids.setdefault(s, set()).add(tid)
    dateline = False
    if 1 in sent_tids:
        for el in mk:
            if el.tag == "TIMEX3" and sent_tids[1] <= set(_anchors(el)):
                dateline = True
                break

    breaks: list[str] = []
    prev_sentence: int | None = None
    for _, s, _, _ in raw_tokens:
        if prev_sentence is None or s == prev_sentence:
            breaks.append("")
        elif prev_sentence == 0 or (prev_sentence == 1 and dateline):
            breaks.append("\n\n")
        else:
            breaks.append(" ")
        prev_sentence = s
    text, spans, rendered = detokenize([f for *_, f in raw_tokens], breaks)

    tokens = tuple(
        Token(t_id=tid, sentence=s, number=n, form=f, text=r, start=a, end=b)
        for (n, s, tid, f), r, (a, b) in zip(raw_tokens, rendered, spans, strict=True)
    )
    by_tid = {t.t_id: t for t in tokens}
    n_sent = max((t.sentence for t in tokens), default=-1) + 1
    sentence_spans: list[tuple[int, int]] = []
    for s in range(n_sent):
        st = [t for t in tokens if t.sentence == s]
        if st:
            sentence_spans.append((st[0].start, st[-1].end))
        else:  # a gap in the numbering: an empty span at the previous end
            end = sentence_spans[-1][1] if sentence_spans else 0
            sentence_spans.append((end, end))

    def envelope(ids: tuple[int, ...]) -> tuple[int, int, int] | None:
        toks = [by_tid[i] for i in ids if i in by_tid]
        if not toks:
            return None
        toks.sort(key=lambda t: t.start)
        return toks[0].start, toks[-1].end, toks[0].sentence

    relations: list[Relation] = []
    refers: dict[str, str] = {}
    for el in rel_els:
        sources = _ids(el, "source")
        targets = _ids(el, "target")
        attrs = tuple((k, v) for k, v in el.attrib.items() if k not in ("r_id",))
        relations.append(Relation(el.tag, el.get("r_id", ""), sources, targets, attrs))
        if el.tag == "REFERS_TO" and targets:
            for src in sources:
                refers.setdefault(src, targets[0])

    entities: dict[str, EntityInstance] = {}
    events: dict[str, EventInstance] = {}
    for el in mk:
        m_id = el.get("m_id", "")
        if el.tag == "ENTITY":
            entities[m_id] = EntityInstance(
                m_id=m_id,
                ent_type=el.get("ent_type", ""),
                descriptor=el.get("TAG_DESCRIPTOR", ""),
                instance_id=_none_if_empty(el.get("instance_id")),
                external_ref=_none_if_empty(el.get("external_ref")),
            )
        elif el.tag == "EVENT":
            events[m_id] = EventInstance(
                m_id=m_id,
                event_class=_none_if_empty(el.get("class")),
                descriptor=el.get("TAG_DESCRIPTOR", ""),
                instance_id=_none_if_empty(el.get("instance_id")),
                external_ref=_none_if_empty(el.get("external_ref")),
            )

    mentions: list[GoldMention] = []
    event_mentions: list[EventMention] = []
    timexes: list[Timex] = []
    values: list[ValueMention] = []
    for el in mk:
        m_id = el.get("m_id", "")
        ids = _anchors(el)
        env = envelope(ids)
        if el.tag == "ENTITY_MENTION" and env is not None:
            ent = entities.get(refers.get(m_id, ""))
            mentions.append(
                GoldMention(
                    start=env[0],
                    end=env[1],
                    type=(ent.ent_type or None) if ent is not None else None,
                    syntactic_type=_none_if_empty(el.get("syntactic_type")),
                    m_id=m_id,
                    token_ids=ids,
                    sentence=env[2],
                    entity_id=ent.m_id if ent is not None else None,
                    instance_id=ent.instance_id if ent is not None else None,
                    head=_none_if_empty(el.get("head")),
                )
            )
        elif el.tag == "EVENT_MENTION" and env is not None:
            ev = events.get(refers.get(m_id, ""))
            event_mentions.append(
                EventMention(
                    m_id=m_id,
                    start=env[0],
                    end=env[1],
                    token_ids=ids,
                    sentence=env[2],
                    certainty=_none_if_empty(el.get("certainty")),
                    polarity=_none_if_empty(el.get("polarity")),
                    time=_none_if_empty(el.get("time")),
                    pos=_none_if_empty(el.get("pos")),
                    tense=_none_if_empty(el.get("tense")),
                    aspect=_none_if_empty(el.get("aspect")),
                    modality=_none_if_empty(el.get("modality")),
                    special_cases=_none_if_empty(el.get("special_cases")),
                    pred=_none_if_empty(el.get("pred")),
                    event_id=ev.m_id if ev is not None else None,
                    event_class=ev.event_class if ev is not None else None,
                )
            )
        elif el.tag == "TIMEX3":
            timexes.append(
                Timex(
                    m_id=m_id,
                    type=el.get("type", ""),
                    value=el.get("value", ""),
                    function_in_document=el.get("functionInDocument", "") or "NONE",
                    start=env[0] if env else None,
                    end=env[1] if env else None,
                    token_ids=ids,
                    anchor_time_id=_none_if_empty(el.get("anchorTimeID")),
                    begin_point=_none_if_empty(el.get("beginPoint")),
                    end_point=_none_if_empty(el.get("endPoint")),
                    descriptor=_none_if_empty(el.get("TAG_DESCRIPTOR")),
                )
            )
        elif el.tag == "VALUE" and env is not None:
            values.append(ValueMention(m_id, env[0], env[1], ids, _none_if_empty(el.get("type"))))

    mentions.sort(key=lambda m: (m.start, -m.end))
    event_mentions.sort(key=lambda m: (m.start, -m.end))
    values.sort(key=lambda m: (m.start, -m.end))

    creation: Timex | None = next((t for t in timexes if t.is_creation_time), None)
    source: Literal["attribute", "dateline"] | None = "attribute" if creation else None
    if creation is None and dateline:
        line = sent_tids[1]
        creation = next(
            (t for t in timexes if t.type == "DATE" and t.token_ids and set(t.token_ids) >= line),
            None,
        )
        source = "dateline" if creation else None

    return CatDocument(
        doc_id=root.get("doc_id", ""),
        text=text,
        tokens=tokens,
        entity_mentions=tuple(mentions),
        timexes=tuple(timexes),
        event_mentions=tuple(event_mentions),
        entities=tuple(entities.values()),
        events=tuple(events.values()),
        values=tuple(values),
        relations=tuple(relations),
        sentence_spans=tuple(sentence_spans),
        creation_time=creation,
        creation_time_source=source,
        doc_name=root.get("doc_name", ""),
        url=root.get("url", ""),
        lang=root.get("lang", ""),
        path=path,
    )


def find_cat_files(root: str | Path) -> list[Path]:
    """The CAT files under ``root`` (a file, or a folder searched recursively), sorted.

    In a MEANTIME distribution folder, only ``intra_cross-doc_annotation/`` is read when present:
    ``intra-doc_annotation/`` holds the same articles with fewer layers.
    """
    r = Path(root)
    if r.is_file():
        return [r]
    preferred = r / "intra_cross-doc_annotation"
    base = preferred if preferred.is_dir() else r
    return sorted(base.rglob("*.xml"))


def load_corpus(root: str | Path, *, lang: str | None = None) -> list[CatDocument]:
    """Load every CAT document under ``root`` (see :func:`find_cat_files`).

    XML files whose root element is not ``<Document>`` are skipped; with ``lang`` only documents
    of that language are kept. Raises ``FileNotFoundError`` if ``root`` does not exist.
    """
    r = Path(root)
    if not r.exists():
        raise FileNotFoundError(str(r))
    docs: list[CatDocument] = []
    for p in find_cat_files(r):
        try:
            doc = load_cat(p)
        except CatFormatError:
            continue
        if lang is None or doc.lang == lang:
            docs.append(doc)
    return docs
