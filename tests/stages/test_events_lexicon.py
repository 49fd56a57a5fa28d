"""The events lexicon, PLOVER coding and export records, without the model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from whatweknow.model import Actor, Article, Claim, Dossier, Event, PipelineInfo
from whatweknow.stages.events import coding, export
from whatweknow.stages.events.lexicon import (
    MODES,
    PLOVER_TYPES,
    LexiconError,
    load_lexicon,
    parse_triggers,
    split_words,
)

HEADER = "lemma\tpos\ttype\tmode\trequires\tnotes\n"


def test_the_shipped_lexicon_covers_every_type_with_valid_modes() -> None:
    lex = load_lexicon()
    assert {t.type for t in lex.triggers.values()} == set(PLOVER_TYPES)
    for t in lex.triggers.values():
        assert t.mode is None or t.mode in MODES[t.type]
    assert lex.single("VERB", "deny") is None  # a speech cue, not a REJECT
    assert lex.single("VERB", "reject") is not None
    assert any(t.lemma == "call for" for t in lex.multi)
    for type_, cues in lex.mode_cues.items():
        assert set(cues.values()) <= MODES[type_]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("meet\tADJ\tCONSULT\t\t\t", "pos 'ADJ'"),
        ("meet\tVERB\tCONFER\t\t\t", "not a PLOVER type"),
        ("meet\tVERB\tCONSULT\tbrunch\t\t", "not a mode of CONSULT"),
        ("meet\tVERB\tCONSULT\t\tsometimes\t", "requires 'sometimes'"),
        ("\tVERB\tCONSULT\t\t\t", "empty lemma"),
        ("meet\tVERB\tCONSULT\t\t\t\textra", "expected 6 columns"),
    ],
)
def test_a_bad_row_is_reported_with_its_line(row: str, problem: str) -> None:
    with pytest.raises(LexiconError, match=rf"mine\.tsv line 2: .*{problem}"):
        parse_triggers(HEADER + row + "\n", "mine.tsv")


def test_duplicates_and_headers_are_checked() -> None:
    with pytest.raises(LexiconError, match="listed twice"):
        parse_triggers(HEADER + "meet\tVERB\tCONSULT\n" + "meet\tVERB\tAGREE\n", "x.tsv")
    with pytest.raises(LexiconError, match="header"):
        parse_triggers("word\tpos\n", "x.tsv")
    rows = parse_triggers("# a comment\n" + HEADER + "parley\tVERB\tCONSULT\n", "x.tsv")
    assert rows[("VERB", "parley")].type == "CONSULT"


def test_a_user_file_extends_the_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "parley\tVERB\tCONSULT\t\t\tan old word\n", encoding="utf-8")
    lex = load_lexicon(str(path))
    assert lex.single("VERB", "parley") is not None
    assert lex.single("VERB", "meet") is not None


def test_hyphenated_entries_are_split_as_tokens() -> None:
    assert split_words("sit-in") == ("sit", "-", "in")
    assert split_words("Air  Strike") == ("air", "strike")


def _event(type_: str, modality: str = "asserted", mode: str | None = None) -> Event:
    return Event(id="e1", type=type_, mode=mode, modality=modality, start=0, end=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("type_", "modality", "mode", "coded", "coded_mode"),
    [
        ("CONSULT", "expected", "visit", "AGREE", None),
        ("RETREAT", "expected", "release", "AGREE", None),
        ("CONSULT", "asserted", "visit", "CONSULT", "visit"),
        ("COERCE", "expected", "curfew", "THREATEN", "restrict"),
        ("ASSAULT", "expected", None, "THREATEN", "violence"),
        ("SANCTION", "expected", "expel", "THREATEN", "expel"),
        ("ASSAULT", "denied", "firearms", "ASSAULT", "firearms"),
    ],
)
def test_announced_acts_are_coded_as_plover_does(
    type_: str, modality: str, mode: str | None, coded: str, coded_mode: str | None
) -> None:
    ev = _event(type_, modality, mode)
    assert coding.plover_type(ev) == coded
    assert coding.plover_mode(ev) == coded_mode


def _actor(id_: str, name: str, type_: str, country: str | None, sector: str | None) -> Actor:
    return Actor(id=id_, name=name, type=type_, country=country, sector=sector)  # type: ignore[arg-type]


def test_entities_carry_codes_and_qualified_groups() -> None:
    actors = {
        a.id: a
        for a in (
            _actor("a1", "officials", "group", None, "GOV"),
            _actor("a2", "Hungary", "place", "HUN", None),
            _actor("a3", "Romania", "place", "ROU", None),
            _actor("a4", "United Nations", "organisation", None, "IGO"),
            _actor("a5", "Iran", "state", "IRN", "GOV"),
        )
    }
    got = coding.entities(["a1", "a2", "a3", "a4", "a5"], actors)
    assert [(e.code, e.sector) for e in got] == [
        ("HUN", "GOV"),
        ("ROU", "GOV"),
        ("IGO", None),
        ("IRN", "GOV"),
    ]
    assert coding.entities(["a1"], actors)[0].code is None


def test_the_best_event_is_the_widest() -> None:
    narrow = Event(id="e1", type="AGREE", start=20, end=30)
    wide = Event(id="e2", type="REJECT", start=0, end=40)
    assert coding.best_event([narrow, wide]) is wide
    assert coding.best_event([]) is None


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-06-03", date(2024, 6, 3)),
        ("2024-06", date(2024, 6, 1)),
        ("2024", date(2024, 1, 1)),
        ("2024-W23", date(2024, 6, 3)),
        ("2024-Q2", date(2024, 4, 1)),
        ("2024-06-03T14:00", date(2024, 6, 3)),
        ("PAST_REF", None),
        (None, None),
        ("2024-13", None),
    ],
)
def test_time_start(value: str | None, day: date | None) -> None:
    assert export.time_start(value) == day


def _dossier(text: str, events: list[Event], published: date | None) -> Dossier:
    return Dossier(
        pipeline=PipelineInfo(version="0", model="m"),
        article=Article(id=text[:4], text=text, published=published, title="T"),
        actors=[
            _actor("a1", "Iran", "state", "IRN", "GOV"),
            _actor("a2", "Vienna", "place", "AUT", None),
        ],
        claims=[
            Claim(
                id="c1",
                text=text,
                start=0,
                end=len(text),
                source_text="a diplomat",
                modality="reported",
            )
        ],
        events=events,
    )


def test_records_have_plover_names_and_csv_rows_are_flat() -> None:
    text = "Iran will hold talks in Vienna."
    ev = Event(
        id="e1", type="CONSULT", actor=["a1"], location="a2", time="2024-06-10",
        modality="expected", claim="c1", trigger="talks", start=0, end=30,
    )  # fmt: skip
    rec = export.record(_dossier(text, [ev], date(2024, 6, 3)), ev)
    assert rec["event"] == "AGREE" and rec["wwk_type"] == "CONSULT"
    assert rec["actor"][0]["code"] == "IRN" and rec["recipient"] == []
    assert rec["event_loc"]["country_code"] == "AUT"
    assert (rec["date"], rec["timex"], rec["modality"]) == ("2024-06-10", "2024-06-10", "expected")
    assert rec["attributed_to"] == "a diplomat"
    assert rec["text"] == text[:30] and rec["quad_code"] == 1
    assert "diplomatic" in rec["context"]
    row = export.csv_row(rec)
    assert list(row) == list(export.CSV_COLUMNS)
    assert row["actor_code"] == "IRN" and row["event_loc"] == "Vienna" and row["mode"] == ""


def test_timeline_orders_by_event_time_unknown_last() -> None:
    def ev(id_: str, time: str | None, start: int) -> Event:
        return Event(id=id_, type="ASSAULT", time=time, start=start, end=start + 1)

    first = _dossier("one two three four", [ev("e1", None, 0), ev("e2", "2024-06", 4)], None)
    second = _dossier(
        "five six seven eight", [ev("e1", "2024-06-02", 0), ev("e2", "2023", 5)], date(2024, 6, 3)
    )
    order = [(e.dossier.article.id, e.event.id) for e in export.timeline([first, second])]
    assert order == [("five", "e2"), ("one ", "e2"), ("five", "e1"), ("one ", "e1")]
