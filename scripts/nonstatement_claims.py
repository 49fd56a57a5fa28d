"""Count the claims that come from lines which state nothing (developers only).

Runs the pipeline over the dev stories (``/work/shared/data/stories/*/articles.jsonl`` or the
folder given) and reports, for the tune and the check half (:func:`whatweknow.eval.split.half`),
how many claims overlap a non-statement span marked by hand in
``scripts/data/story_nonstatements.json`` (article ``story/name`` -> spans with the kind seen
there: caption, credit, dateline, subheading, title, promo, social, …). The marks were made by
reading every line of every article once; they hold offsets only, no text. ``--list`` prints
each such claim::

    PYTHONPATH=src .venv/bin/python scripts/nonstatement_claims.py [--list] [STORIES_DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from whatweknow.analyse import Analyser
from whatweknow.eval.split import HALVES, half
from whatweknow.readers.base import RawDocument
from whatweknow.readers.jsonl import read_record

MARKS = Path(__file__).resolve().parent / "data" / "story_nonstatements.json"


def _overlaps(mark: dict[str, int | str], start: int, end: int) -> bool:
    return start < int(mark["end"]) and int(mark["start"]) < end


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="?", default="/work/shared/data/stories")
    ap.add_argument("--list", action="store_true", help="print each claim that overlaps a mark")
    args = ap.parse_args()
    marks: dict[str, list[dict[str, int | str]]] = json.loads(MARKS.read_text(encoding="utf-8"))
    docs: list[RawDocument] = []
    for path in sorted(Path(args.stories).glob("*/articles.jsonl")):
        for line in path.read_bytes().splitlines():
            name = json.loads(line)["name"]
            doc = read_record(line, f"{path.parent.name}/{name}")
            if isinstance(doc, RawDocument):
                docs.append(doc)
    totals = {h: [0, 0] for h in HALVES}
    for item in Analyser().analyse(docs):
        if not isinstance(item, tuple):
            continue
        raw, dossier = item
        part = half("stories", raw.source.split("/")[1])
        spans = marks.get(raw.source, [])
        totals[part][1] += len(dossier.claims)
        for claim in dossier.claims:
            hit = [m for m in spans if _overlaps(m, claim.start, claim.end)]
            if hit:
                totals[part][0] += 1
                if args.list:
                    print(f"{part}\t{raw.source}\t{hit[0]['kind']}\t{claim.text[:100]!r}")
    for part, (bad, claims) in totals.items():
        print(f"{part}: {bad} of {claims} claims overlap a non-statement")


if __name__ == "__main__":
    main()
