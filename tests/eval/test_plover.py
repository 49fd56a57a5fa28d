"""The PLOVER evaluation on invented gold records, with stand-in systems (no model)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from whatweknow.eval import plover
from whatweknow.eval.plover import Entity, Prediction

GOLD = [
    {
        "id": "G1",
        "event": "DEMAND",
        "text": "Ruritania demanded that Freedonia release the sailors.",
        "source": [{"actorText": "Ruritania", "code": "RUR", "sector": "GOV"}],
        "target": [{"actorText": "Freedonia", "code": "FRE"}],
        "mode": "",
    },
    {
        "id": "G2",
        "event": "FIGHT",
        "mode": "riot-spon",
        "text": "Rioters from Freedonia fought police.",
        "source": [{"actorText": "Rioters", "code": "FRE", "sector": "CVLabc"}],
        "target": "",
    },
    {
        "id": "G3",
        "event": "CONSULT",
        "mode": "host",
        "text": "Japan hosted the president of Italy.",
        "source": [{"actorText": "Japan", "code": "JAP"}],
        "target": [{"actorText": "Italy", "code": "ITL", "sector": "***"}],
    },
]


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


def test_gold_names_and_codes_are_normalised(gold: Path) -> None:
    records = plover.load_gold(gold)
    assert [r.type for r in records] == ["REQUEST", "ASSAULT", "CONSULT"]
    assert [r.mode for r in records] == [None, "riot", "visit"]
    assert records[1].source == (Entity("FRE", "CVL", "Rioters"),)
    assert records[2].source[0].code == "JPN"
    assert records[2].target == (Entity("ITA", None, "Italy"),)
    assert records[1].target == ()


def systems(preds: Sequence[Prediction | None]) -> plover.Systems:
    def run(texts: list[str]) -> dict[str, Sequence[Prediction | None]]:
        assert len(texts) == 3
        return {plover.SYSTEM: preds}

    return run


PERFECTISH = [
    Prediction("REQUEST", None, (Entity("RUR", "GOV"),), (Entity("FRE"),)),
    Prediction("ASSAULT", "beat", (Entity("FRE", None),), ()),
    None,
]


def test_scores_type_mode_and_codes(gold: Path) -> None:
    report = plover.run(gold, systems(PERFECTISH))
    ours = report.system(plover.SYSTEM)
    assert (ours.type.hits, ours.type.total) == (2, 3)
    assert (ours.found.hits, ours.type_where_found.hits, ours.type_where_found.total) == (2, 2, 2)
    assert (ours.mode.hits, ours.mode.total) == (0, 2)
    assert ours.codes["source_country"].value == pytest.approx(2 / 3)
    assert (
        ours.codes["source_country_sector"].hits,
        ours.codes["source_country_sector"].total,
    ) == (1, 2)
    assert (ours.codes["target_country"].hits, ours.codes["target_country"].total) == (1, 2)
    majority = report.system(plover.MAJORITY)
    assert majority.type.hits == 1  # three types once each: the first most common
    table = plover.format_table(report)
    assert "event type accuracy" in table and "66.7 (2/3)" in table


def test_floor_and_json(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert plover.main([str(gold), "--floor", "0.6"], systems=systems(PERFECTISH)) == 0
    assert plover.main([str(gold), "--floor", "0.7"], systems=systems(PERFECTISH)) == 1
    assert "FAIL" in capsys.readouterr().err
    assert plover.main([str(gold), "--json"], systems=systems(PERFECTISH)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["records"] == 3 and data["systems"][1]["type_accuracy"] == pytest.approx(2 / 3)
    assert plover.main([str(gold.parent / "missing.json")], systems=systems(PERFECTISH)) == 2


def test_a_system_with_the_wrong_number_of_predictions_is_refused(gold: Path) -> None:
    with pytest.raises(ValueError, match="2 predictions for 3"):
        plover.score("x", plover.load_gold(gold), PERFECTISH[:2])


def test_each_half_is_scored_with_its_size(gold: Path) -> None:
    from whatweknow.eval.split import half

    report = plover.run(gold, systems(PERFECTISH))
    parts = {g["id"]: half("plover", str(g["id"])) for g in GOLD}
    assert sum(report.half_sizes.values()) == 3
    for name in ("tune", "check"):
        ours = report.system(plover.SYSTEM, name)
        assert ours.type.total == list(parts.values()).count(name) == report.half_sizes[name]
        # the hits of the halves add up to the hits of the whole
    assert sum(report.system(plover.SYSTEM, h).type.hits for h in ("tune", "check")) == 2
    assert "check half: " in plover.format_table(report)
    data = report.as_dict()
    assert set(data["halves"]) == {"tune", "check"}
