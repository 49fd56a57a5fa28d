"""The helpers the evaluation modules share: options, exit statuses, lines, cells, XML, spans."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import pytest

from whatweknow.eval.common import (
    add_floor,
    add_json,
    bad_input,
    cells,
    check_count,
    check_floor,
    enclosing,
    floor_target,
    predict_timed,
    time_line,
    xml_root,
)
from whatweknow.eval.metrics import max_matching


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="test")
    add_json(p, "tables")
    add_floor(p, "--floor", "exit 1 if F1 < F", example="0.65")
    return p


def test_floor_is_a_fraction(capsys: pytest.CaptureFixture[str]) -> None:
    args = parser().parse_args(["--floor", "0.5", "--json"])
    assert args.floor == 0.5 and args.json is True
    assert parser().parse_args([]).floor is None
    with pytest.raises(SystemExit):
        parser().parse_args(["--floor", "65"])
    assert "65 is not a fraction between 0 and 1 (e.g. 0.65)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser().parse_args(["--floor", "x"])
    assert "invalid _fraction value: 'x'" in capsys.readouterr().err
    assert "print JSON instead of tables" in parser().format_help()


def test_exit_statuses_and_their_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert bad_input("no corpus") == 2
    assert capsys.readouterr().err == "error: no corpus\n"
    assert check_floor("sys F1", 0.5, None) == 0
    assert check_floor("sys F1", 0.5, 0.5) == 0
    assert capsys.readouterr().err == ""
    assert check_floor("sys F1", 0.4996, 0.6) == 1
    assert capsys.readouterr().err == "FAIL: sys F1 0.500 < floor 0.600\n"
    assert check_floor("sys F1", 0.1, 0.2, on="MEANTIME") == 1
    assert capsys.readouterr().err == "FAIL: sys F1 0.100 < floor 0.200 on MEANTIME\n"


@dataclass(frozen=True)
class Named:
    system: str


def test_floor_target_skips_the_anchor() -> None:
    assert floor_target([Named("anchor"), Named("ours")], "anchor").system == "ours"
    assert floor_target([Named("anchor")], "anchor").system == "anchor"


def test_predictions_are_counted() -> None:
    out, seconds = predict_timed(lambda texts: [t.upper() for t in texts], ["a", "b"], "sys")
    assert out == ["A", "B"] and seconds >= 0.0
    with pytest.raises(ValueError, match=r"^sys: 1 predictions for 2 texts$"):
        predict_timed(lambda texts: texts[:1], ["a", "b"], "sys")
    with pytest.raises(ValueError, match=r"^0 predictions for 1 records$"):
        check_count([], 1, "records")


def test_lines_and_cells() -> None:
    assert time_line("total", 12.34) == "total 12.3 s"
    assert time_line("total", 2.0, "loading included") == "total 2.0 s (loading included)"
    assert cells(("1.0", "22.5", "")) == "   1.0   22.5       "
    assert cells(("1.0", "2.0", "3.0"), (4, 5, 3)) == " 1.0   2.0 3.0"


def test_xml_root(tmp_path: Path) -> None:
    good, other, bad = tmp_path / "a.xml", tmp_path / "b.xml", tmp_path / "c.xml"
    good.write_text("<Document/>", encoding="utf-8")
    other.write_text("<TimeML/>", encoding="utf-8")
    bad.write_text("<Document>", encoding="utf-8")
    assert xml_root(good, "Document", ValueError).tag == "Document"
    with pytest.raises(KeyError, match="root element is <TimeML>, not <Document>"):
        xml_root(other, "Document", KeyError)
    with pytest.raises(ValueError, match="not well-formed XML"):
        xml_root(bad, "Document", ValueError)


@dataclass(frozen=True)
class Extent:
    start: int
    end: int


def test_enclosing_is_the_shortest_around() -> None:
    spans = [Extent(0, 100), Extent(10, 30), Extent(5, 25), Extent(12, 18)]
    assert enclosing(spans, 12, 18) == Extent(12, 18)
    assert enclosing(spans, 11, 20) == Extent(5, 25)  # 20 long, as (10, 30): the earlier
    assert enclosing(spans, 90, 101) is None


def test_max_matching() -> None:
    assert max_matching([], 3) == 0
    assert max_matching([[0, 1], [0]], 2) == 2  # the first gives up 0 for the second
    assert max_matching([[0], [0], [0]], 1) == 1
