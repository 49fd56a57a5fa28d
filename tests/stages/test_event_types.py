"""The one table of event types (``stages/events/data/types.tsv``) and everything that must agree
with it: the contract's ``Event.type``, its JSON Schema, the trigger table, the PLOVER coding,
the CLI's help and the written contract."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from whatweknow.cli.events import EVENTS_HELP
from whatweknow.model import Event, EventType
from whatweknow.stages.events import coding, event_types
from whatweknow.stages.events.event_types import MODES, PLOVER_TYPES, TYPES, parse_types
from whatweknow.stages.events.lexicon import load_lexicon

SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "dossier-v1.md"
HEADER = "type\tquad\tcooperative\tpropositional\tfuture\tasked\tthreatened\tmodes\n"


def test_the_contract_names_the_types_of_the_table_in_order() -> None:
    assert get_args(EventType) == PLOVER_TYPES
    schema = Event.model_json_schema()
    assert schema["properties"]["type"]["enum"] == list(PLOVER_TYPES)


def test_a_type_outside_the_table_is_no_event() -> None:
    with pytest.raises(ValueError):
        Event.model_validate({"id": "e1", "type": "ACCUSE", "start": 0, "end": 1})


def test_every_trigger_and_cue_is_of_a_type_and_mode_of_the_table() -> None:
    lex = load_lexicon()
    assert {t.type for t in lex.triggers.values()} == set(PLOVER_TYPES)
    for t in lex.triggers.values():
        assert t.mode is None or t.mode in MODES[t.type], t.lemma
    for type_, cues in lex.mode_cues.items():
        assert type_ in PLOVER_TYPES and set(cues.values()) <= MODES[type_]


@pytest.mark.parametrize("row", TYPES, ids=lambda r: r.name)
def test_an_announced_act_is_coded_by_its_row(row: event_types.TypeRow) -> None:
    event = Event(id="e1", type=row.name, modality="expected", start=0, end=1)  # type: ignore[arg-type]
    assert coding.plover_type(event) == (row.future or row.name)
    assert coding.plover_type(event.model_copy(update={"modality": "asserted"})) == row.name
    assert 1 <= event_types.QUAD[row.name] <= 4


def test_the_help_lists_the_types_of_the_table() -> None:
    flat = " ".join(EVENTS_HELP.split())
    assert "the PLOVER type: " + ", ".join(PLOVER_TYPES) + "." in flat


@pytest.mark.skipif(not SPEC.exists(), reason="the written contract is in ../shared")
def test_the_written_contract_lists_the_types_of_the_table() -> None:
    text = " ".join(SPEC.read_text(encoding="utf-8").split())
    found = re.search(r"`events\[\]\.type`: PLOVER event types \([^)]*\): ([A-Z, ]+)\.", text)
    assert found is not None
    assert tuple(found.group(1).split(", ")) == PLOVER_TYPES


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("AGREE\t5\t\t\t\t\t\t", "quad is 1 to 4"),
        ("AGREE\t1\tmaybe\t\t\t\t\t", "flags are 'yes' or empty"),
        ("AGREE\t1\t\t\tLATER\t\t\t", "future is one of"),
        ("AGREE\t1\t\t", "expected 8 columns"),
    ],
)
def test_a_bad_row_names_its_line(row: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as info:
        parse_types(HEADER + row + "\n", "mine.tsv")
    assert "mine.tsv" in str(info.value)


def test_an_asked_mode_must_be_a_mode_of_request() -> None:
    table = HEADER + "REQUEST\t3\t\tyes\t\t\t\tmeet\nTHREATEN\t3\t\t\t\t\t\tviolence\n"
    assert parse_types(table, "mine.tsv")[0].modes == {"meet"}
    with pytest.raises(ValueError, match="no mode of REQUEST"):
        parse_types(table + "AID\t2\t\t\t\tassist\t\t\n", "mine.tsv")
