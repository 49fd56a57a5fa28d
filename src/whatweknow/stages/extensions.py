"""The ``doc._`` extensions of whatweknow's stages, registered when this module is imported.

Every module that defines a component imports this one, so that a component added to anyone's
pipeline (``spacy.blank("en").add_pipe("wwk_time")``, or a factory found through the
``spacy_factories`` entry points) finds its extensions. Registration is idempotent.

The values are whatweknow's records (pydantic models of :mod:`whatweknow.contract`, and the
attribution stage's :class:`~whatweknow.stages.attribution.frames.Frame`), kept live in
``doc.user_data`` while the pipeline runs, so that later stages can update them at no cost.
For ``Doc.to_bytes`` and ``DocBin(store_user_data=True)``, a msgpack encoder (registered in
srsly's ``msgpack_encoders``) writes a record as a plain dict tagged with its type, and the
frames as token offsets with ``nested_in`` as an index into the list; the getters rebuild the
records (and the frames' spans, against the doc) when the values are first read back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from spacy.tokens import Doc
from srsly.msgpack import msgpack_encoders

from .. import contract
from .attribution.frames import Frame

RECORD_TAG = "__wwk_record__"
FRAMES_TAG = "__wwk_frames__"

RECORDS: tuple[str, ...] = (
    "wwk_article",
    "wwk_actors",
    "wwk_quotes",
    "wwk_claims",
    "wwk_events",
    "wwk_timexes",
    "wwk_contradictions",
)
"""Extensions that hold a record or a list of records of :mod:`whatweknow.contract`."""
EXTENSIONS: tuple[str, ...] = (*RECORDS, "wwk_frames")


class _Frames:
    """The frames as stored in ``doc.user_data``: a holder that msgpack cannot take for a list,
    so that the encoder sees the whole list (``nested_in`` points into it)."""

    __slots__ = ("frames",)

    def __init__(self, frames: list[Frame]) -> None:
        self.frames = frames


def _data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys spaCy types as strings though it keys extensions by tuples."""
    data: dict[Any, Any] = doc.user_data
    return data


def _key(name: str) -> tuple[str, str, None, None]:
    return ("._.", name, None, None)


def _record_getter(name: str) -> Callable[[Doc], Any]:
    key = _key(name)

    def get(doc: Doc) -> Any:
        value = _data(doc).get(key)
        if value is None or isinstance(value, BaseModel):
            return value
        if isinstance(value, list) and not (value and isinstance(value[0], dict)):
            return value
        rebuilt = _rebuild(value)  # as read back from msgpack: tuples and tagged dicts
        _data(doc)[key] = rebuilt
        return rebuilt

    return get


def _setter(name: str) -> Callable[[Doc, Any], None]:
    key = _key(name)

    def put(doc: Doc, value: Any) -> None:
        _data(doc)[key] = value

    return put


def _get_frames(doc: Doc) -> list[Frame] | None:
    value = _data(doc).get(_key("wwk_frames"))
    if value is None:
        return None
    if isinstance(value, _Frames):
        return value.frames
    if isinstance(value, dict) and FRAMES_TAG in value:
        frames = frames_from_json(doc, value[FRAMES_TAG])
        _data(doc)[_key("wwk_frames")] = _Frames(frames)
        return frames
    raise TypeError(f"doc._.wwk_frames holds {type(value).__name__}, not frames")


def _set_frames(doc: Doc, value: list[Frame] | None) -> None:
    _data(doc)[_key("wwk_frames")] = None if value is None else _Frames(list(value))


def register() -> None:
    """Register the ``doc._`` extensions and the msgpack encoder (idempotent)."""
    for name in RECORDS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_record_getter(name), setter=_setter(name))
    if not Doc.has_extension("wwk_frames"):
        Doc.set_extension("wwk_frames", getter=_get_frames, setter=_set_frames)
    msgpack_encoders.register("whatweknow", func=encode)


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly's msgpack hook: a record as a tagged dict, the frames as plain offsets."""
    if isinstance(obj, BaseModel) and type(obj).__module__ == contract.__name__:
        return {RECORD_TAG: type(obj).__name__, "data": obj.model_dump(mode="json")}
    if isinstance(obj, _Frames):
        return {FRAMES_TAG: frames_to_json(obj.frames)}
    return obj if chain is None else chain(obj)


def _rebuild(value: Any) -> Any:
    if isinstance(value, dict) and RECORD_TAG in value:
        cls = getattr(contract, str(value[RECORD_TAG]), None)
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
            raise TypeError(f"unknown whatweknow record {value[RECORD_TAG]!r}")
        return cls.model_validate(value["data"])
    if isinstance(value, (list, tuple)):
        return [_rebuild(v) for v in value]
    return value


def frames_to_json(frames: list[Frame]) -> list[dict[str, Any]]:
    """Frames as plain data: spans as ``[start, end]`` token offsets, ``nested_in`` an index."""
    index = {id(f): i for i, f in enumerate(frames)}
    return [
        {
            "cue": [f.cue.start, f.cue.end],
            "cue_class": f.cue_class,
            "content": list(f.content),
            "speaker": None if f.speaker is None else [f.speaker.start, f.speaker.end],
            "kind": f.kind,
            "via": [[s.start, s.end] for s in f.via],
            "nested_in": None if f.nested_in is None else index.get(id(f.nested_in)),
            "quote": f.quote,
            "source": f.source,
            "via_ids": list(f.via_ids),
            "also": [[s.start, s.end] for s in f.also],
            "also_sources": [list(pair) for pair in f.also_sources],
            "record": f.record,
        }
        for f in frames
    ]


def frames_from_json(doc: Doc, data: Any) -> list[Frame]:
    """The frames of :func:`frames_to_json`, their spans rebuilt on ``doc``."""
    frames = [
        Frame(
            cue=doc[d["cue"][0] : d["cue"][1]],
            cue_class=d["cue_class"],
            content=(d["content"][0], d["content"][1]),
            speaker=None if d["speaker"] is None else doc[d["speaker"][0] : d["speaker"][1]],
            kind=d["kind"],
            via=[doc[a:b] for a, b in d["via"]],
            quote=d["quote"],
            source=d["source"],
            via_ids=list(d["via_ids"]),
            also=[doc[a:b] for a, b in d["also"]],
            also_sources=[(a, t) for a, t in d["also_sources"]],
            record=d["record"],
        )
        for d in data
    ]
    for frame, d in zip(frames, data, strict=True):
        if d["nested_in"] is not None:
            frame.nested_in = frames[d["nested_in"]]
    return frames


register()
