"""``built`` makes the record ``model_construct`` makes, for the story records placing opens by
the thousand (field values written for these tests)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import Field

from whatweknow.contract import Record
from whatweknow.story_contract import Report, StoryClaim, Values, built


def _report(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "article": "a7",
        "claim": "c3",
        "start": 120,
        "end": 188,
        "text": "The harbour stayed shut on Monday.",
        "outlet": "Harlow Post",
        "published": date(2026, 3, 4),
        "seen": date(2026, 3, 4),
        "source": None,
        "source_text": "the port authority",
        "modality": "reported",
        "negated": False,
        "voice": None,
    }
    return fields | changes


def _claim() -> dict[str, Any]:
    return {
        "id": "c1",
        "text": "The harbour stayed shut on Monday.",
        "polarity": "positive",
        "status": "asserted",
        "reports": [built(Report, **_report())],
        "independent": 0,
        "outlets": [],
        "named_sources": [],
        "first_reported": None,
        "last_reported": None,
        "values": built(Values, numbers=[("ship", 12.0, 12.0)], dates=[], places=[], figures=[]),
        "actors": ["org:harlow port authority"],
        "terms": ["harbour", "shut", "stay"],
        "frame": "close",
        "predicate": "stay",
        "agent": [],
        "theme": ["org:harlow port authority"],
    }


@pytest.mark.parametrize(
    ("cls", "fields"),
    [
        (Report, _report()),
        (Values, {"numbers": [], "dates": ["2026-03-02"], "places": ["lisk"], "figures": [4.5]}),
        (StoryClaim, _claim()),
    ],
)
def test_built_is_model_construct(cls: type[Record], fields: dict[str, Any]) -> None:
    made = built(cls, **dict(fields))
    expected = cls.model_construct(**dict(fields))
    assert made == expected
    assert made.model_dump_json() == expected.model_dump_json()
    assert made.model_fields_set == expected.model_fields_set
    # it is a live record: a field set later validates as any other
    made.model_validate(made.model_dump())


def test_built_wants_every_field() -> None:
    fields = _report()
    del fields["negated"]
    with pytest.raises(TypeError, match="every field"):
        built(Report, **fields)
    with pytest.raises(TypeError, match="every field"):
        built(Report, **_report(extra_field=1))
    # the serializer writes fields in the order a record holds them: another order is refused
    with pytest.raises(TypeError, match="order"):
        built(Report, **dict(reversed(list(_report().items()))))


def test_built_refuses_a_model_it_cannot_make() -> None:
    class Aliased(Record):
        when: str = Field(alias="date")

    with pytest.raises(TypeError, match="model_construct"):
        built(Aliased, when="2026-03-02")
