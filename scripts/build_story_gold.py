"""Build the quotes of the story gold files and refresh every span's hash (run by hand).

    python scripts/build_story_gold.py ../shared/data/stories

For each folder of DIR that has a gold file in ``src/whatweknow/eval/gold/stories/``:

* ``quotes`` are rebuilt from the folder's NOTES.md: each ``«…»`` on a line that names a speaker
  (``- Quote — Peskov: «…»``, ``- Denial — Zelensky: «…»``) is searched for in that article's
  ``text`` (the notes copy quotes verbatim), and kept only where the text itself marks it as a
  quotation (a quotation mark right before it, or the segment starts with one), so a note's «…»
  around the article's own narration is not taken for a quote. Quotation marks at either end are
  left out of the span (the span is the quote's content). The speaker label of the line is mapped
  to a canonical name and the names that count as right (:data:`SPEAKERS`); a label that maps to
  nothing is reported and skipped. Quotes the notes miss are listed in :data:`EXTRA_QUOTES` by
  offsets.
* The hand labels (``disputes``, ``not_disputes``, ``denials``, ``non_statements``, ``facts``)
  are kept as they are, by offsets; only their ``hash`` is recomputed, after checking that each
  span lies inside its article.
* ``articles`` records each article's length and hash, so the loader can tell the data changed.

A span's hash is the first 8 hex digits of the SHA-1 of the characters it covers. The script reads
the shared data at build time only; the gold files hold names and offsets, never the texts.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parents[1] / "src/whatweknow/eval/gold/stories"
QUOTE_CHARS = "\"'“”‘’"

# (pattern on the notes' speaker label, canonical name, other names that count as right)
SPEAKERS: list[tuple[str, str, list[str]]] = [
    # prigozhin
    (
        r"Rosaviatsia|Federal Agency for Air",
        "Rosaviatsia",
        [
            "Federal Agency for Air Transport",
            "Russian Civil Aviation Authority",
            "aviation agency",
            "aviation authority",
        ],
    ),
    (r"Grey Zone", "Grey Zone", ["Telegram channel", "Wagner-linked Telegram channel"]),
    (
        r"Biden",
        "Joe Biden",
        ["Biden", "President Joe Biden", "US President", "Democrat presidential candidate"],
    ),
    (r"^Putin", "Vladimir Putin", ["Putin", "President Vladimir Putin", "Russian President"]),
    (r"Zelensky", "Volodymyr Zelensky", ["Zelensky", "Zelenskyy", "Ukrainian President"]),
    (r"masked man", "unnamed Wagner member", ["masked man", "member of Wagner", "Wagner member"]),
    (r"Arsen", "Arsen", ["supporter"]),
    (
        r"Peskov|^Kremlin",
        "Dmitry Peskov",
        ["Peskov", "Kremlin spokesman", "Kremlin"],
    ),
    (
        r"Ryder",
        "Pat Ryder",
        ["Ryder", "General Pat Ryder", "Pentagon", "Pentagon spokesman", "Defense spokesman"],
    ),
    (r"Sunak", "Rishi Sunak", ["Sunak", "prime minister", "UK prime minister"]),
    (
        r"Petrenko|Investigative Committee",
        "Investigative Committee",
        [
            "Russia's Investigative Committee",
            "committee",
            "Svetlana Petrenko",
            "Petrenko",
            "Russian investigators",
            "investigators",
        ],
    ),
    (r"Rogov", "Vladimir Rogov", ["Rogov", "We are together with Russia"]),
    (
        r"US/Western official",
        "unnamed US official",
        ["US official", "Western official", "official", "officials", "US officials"],
    ),
    (r"^Prigozhin", "Yevgeny Prigozhin", ["Prigozhin", "Wagner chief", "Wagner boss"]),
    (
        r"Ramaphosa|SA President",
        "Cyril Ramaphosa",
        ["Ramaphosa", "South African President", "SA President"],
    ),
    (
        r"French foreign ministry",
        "French foreign ministry",
        ["foreign ministry", "France", "French ministry"],
    ),
    (r"Ecowas", "Ecowas", ["ECOWAS", "Economic Community of West African States"]),
    (r"Ali Bongo", "Ali Bongo Ondimba", ["Bongo", "Ali Bongo"]),
    (r"Oligui Nguema", "Brice Oligui Nguema", ["Oligui Nguema", "Nguema"]),
    (r"Bissen", "Richard Bissen", ["Bissen", "mayor", "Maui County Mayor"]),
    # derna-floods
    (r"Traina", "Malik Traina", ["Traina", "Al Jazeera"]),
    (r"Ahmed Mohamed", "Ahmed Mohamed", ["resident", "Derna resident"]),
    (
        r"Hamad",
        "Osama Hamad",
        ["Hamad", "Oussama Hamad", "Ossama Hamad", "Osama Hammad", "prime minister"],
    ),
    (
        r"IFRC head in Libya",
        "IFRC head in Libya",
        ["IFRC", "International Federation of the Red Cross and Red Crescent Societies"],
    ),
    (r"Tamer Ramadan", "Tamer Ramadan", ["Ramadan", "IFRC", "head of delegation"]),
    (r"Norwegian Refugee Council", "Norwegian Refugee Council", ["NRC"]),
    (r"El Gomati", "Anas El Gomati", ["El Gomati", "Gomati"]),
    (r"Chkiouat", "Hichem Abu Chkiouat", ["Abu Chkiouat", "Chkiouat", "civil aviation minister"]),
    (r"Abduljalil", "Othman Abduljalil", ["Abduljalil", "Abduljaleel", "health minister"]),
    (r"Taalas", "Petteri Taalas", ["Taalas", "WMO", "WMO chief"]),
    (r"Kojima", "Kazunobu Kojima", ["Kojima", "Dr Kazunobu Kojima", "WHO"]),
    (
        r"UN Spokesperson",
        "UN Spokesperson's Office",
        ["UN", "United Nations", "Spokesperson's Office"],
    ),
    (r"Guterres", "António Guterres", ["Guterres", "Antonio Guterres", "Secretary-General"]),
    (r"Zouiten", "Ahmed Zouiten", ["Zouiten", "WHO"]),
    (r"Bathily", "Abdoulaye Bathily", ["Bathily", "UN envoy"]),
    (r"Al-Haj", "Abdulsalam Al-Haj", ["Al-Haj", "Red Crescent", "Libyan Red Crescent"]),
    (r"Emhanna", "Saleh Emhanna", ["Emhanna"]),
    (r"Ashoor", "Abdelwanees Ashoor", ["Ashoor"]),
    (r"Haq", "Farhan Haq", ["Haq", "deputy spokesman", "UN"]),
    (r"Mohamad Badr", "Mohamad Badr", ["Badr", "resident", "Derna resident"]),
    (r"Ghannou Najem", "Ghannou Najem", ["Najem"]),
    (r"^MAP", "MAP", ["Maghreb Arab Press", "state news agency"]),
    (r"McGuire", "Bill McGuire", ["McGuire"]),
    (r"G20 declaration", "G20 declaration", ["G20", "declaration"]),
    (r"Bagchi", "Arindam Bagchi", ["Bagchi"]),
    (r"Meloni", "Giorgia Meloni", ["Meloni"]),
    (
        r"Karabakh authorities",
        "Nagorno-Karabakh authorities",
        ["Karabakh authorities", "authorities"],
    ),
]

# Quotes the notes do not list, or list in a form the parser leaves out (a quote whose second
# paragraph opens without a quotation mark, "Quote as attributed to"), found by reading the
# texts: (article, start, end, a speaker label of SPEAKERS).
EXTRA_QUOTES: dict[str, list[tuple[str, int, int, str]]] = {
    "prigozhin": [
        ("pg01", 593, 682, "Rosaviatsia"),
        ("pg03", 971, 975, "Prigozhin"),
        ("pg04", 78, 87, "Grey Zone"),
        ("pg05", 1236, 1250, "Biden"),
        ("pg06", 1484, 1659, "Rogov"),
        ("pg11", 1186, 1293, "Biden"),
        ("pg20", 908, 931, "Putin"),
        ("pg20", 1071, 1088, "Putin"),
        ("pg25", 107, 149, "Prigozhin"),
    ],
    "derna-floods": [
        ("df06", 651, 655, "IFRC head in Libya"),
        ("x05", 542, 619, "Karabakh authorities"),
    ],
}

_LINE = re.compile(r"^- (?:Quote|Denial|Implied allegation|Allegation) — ([^:«]+):(.*)$")
_HEAD = re.compile(r"^### (\S+) ")
_SEGMENT = re.compile(r"«(.+?)»")


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def span(texts: dict[str, str], article: str, start: int, end: int) -> dict[str, Any]:
    text = texts[article]
    if not 0 <= start < end <= len(text):
        raise SystemExit(f"{article} [{start}, {end}) is outside its text ({len(text)} chars)")
    return {"article": article, "start": start, "end": end, "hash": short_hash(text[start:end])}


def speaker(label: str) -> tuple[str, list[str]] | None:
    label = label.strip()
    for pattern, name, aliases in SPEAKERS:
        if re.search(pattern, label):
            return name, [name, *aliases]
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in QUOTE_CHARS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_CHARS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _quoted(text: str, start: int, segment: str) -> bool:
    """The text marks the segment as a quotation (a quotation mark before it, or in it)."""
    before = text[max(0, start - 2) : start]
    return segment[0] in QUOTE_CHARS or any(c in QUOTE_CHARS for c in before)


def notes_quotes(notes: str, texts: dict[str, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    article = None
    for line in notes.splitlines():
        if m := _HEAD.match(line):
            article = m.group(1)
            continue
        m = _LINE.match(line)
        if not m or article not in texts:
            continue
        for label, rest in _parts(m.group(1), m.group(2)):
            who = speaker(label)
            if who is None:
                print(f"  {article}: no speaker for {label!r}: skipped", file=sys.stderr)
                continue
            out += _found(out, texts, article, who, rest)
    return out


def _parts(label: str, rest: str) -> list[tuple[str, str]]:
    """A line's speaker label and its quotes; a later ``; other label: «…»`` starts another."""
    parts = re.split(r";\s+(?=[^«;:]+:\s*[^«]*«)", rest)
    out = [(label, parts[0])]
    for part in parts[1:]:
        other, _, quotes = part.partition(":")
        out.append((other, quotes))
    return out


def _found(
    out: list[dict[str, Any]],
    texts: dict[str, str],
    article: str,
    who: tuple[str, list[str]],
    rest: str,
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    text = texts[article]
    for seg in _SEGMENT.findall(rest):
        starts = [i.start() for i in re.finditer(re.escape(seg), text)]
        free = [s for s in starts if not _inside(out + found, article, s, s + len(seg))]
        if not (free or starts):
            print(f"  {article}: quote not in text: {seg[:40]!r}", file=sys.stderr)
            continue
        begin = (free or starts)[0]
        if not _quoted(text, begin, seg):
            continue
        start, end = _trim(text, begin, begin + len(seg))
        found.append({**span(texts, article, start, end), "speaker": who[0], "aliases": who[1]})
    return found


def _inside(quotes: list[dict[str, Any]], article: str, start: int, end: int) -> bool:
    return any(
        q["article"] == article and q["start"] <= start + 1 and end - 1 <= q["end"] for q in quotes
    )


def _rehash(value: Any, texts: dict[str, str]) -> Any:
    if isinstance(value, dict):
        if {"article", "start", "end"} <= value.keys():
            fresh = span(texts, value["article"], value["start"], value["end"])
            return {**value, "hash": fresh["hash"]}
        return {k: _rehash(v, texts) for k, v in value.items()}
    if isinstance(value, list):
        return [_rehash(v, texts) for v in value]
    return value


def dump(value: Any, indent: str = "") -> str:
    """JSON with one line per span, quote or article record (short, diff-friendly)."""
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (dict, list)) or len(flat) <= 100 or "article" in value:
        return flat
    inner = indent + "  "
    if isinstance(value, dict):
        rows = [f"{inner}{json.dumps(k)}: {dump(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(rows) + "\n" + indent + "}"
    rows = [inner + dump(v, inner) for v in value]
    return "[\n" + ",\n".join(rows) + "\n" + indent + "]"


def build(folder: Path) -> None:
    path = GOLD / f"{folder.name}.json"
    rows = [json.loads(line) for line in (folder / "articles.jsonl").open(encoding="utf-8")]
    texts = {r["name"]: r["text"] for r in rows}
    gold = json.loads(path.read_text(encoding="utf-8"))
    quotes = notes_quotes((folder / "NOTES.md").read_text(encoding="utf-8"), texts)
    for article, start, end, label in EXTRA_QUOTES.get(folder.name, []):
        who = speaker(label)
        assert who is not None, label
        quotes.append({**span(texts, article, start, end), "speaker": who[0], "aliases": who[1]})
    quotes.sort(key=lambda q: (q["article"], q["start"]))
    gold["articles"] = {
        r["name"]: {"length": len(r["text"]), "hash": short_hash(r["text"]), "story": r["story"]}
        for r in rows
    }
    gold["quotes"] = quotes
    for key in ("disputes", "not_disputes", "denials", "non_statements", "facts"):
        gold[key] = _rehash(gold.get(key, []), texts)
    path.write_text(dump(gold) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(quotes)} quotes, {len(gold['disputes'])} disputes")


def main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else "../shared/data/stories")
    for folder in sorted(p for p in root.iterdir() if (GOLD / f"{p.name}.json").exists()):
        build(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
