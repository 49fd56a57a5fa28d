"""Evaluate PLOVER event coding on the gold standard records (``python -m whatweknow.eval.plover``).

The gold file (``shared/data/plover/gsr-dev.json``) holds single sentences from the CAMEO
manual, each coded with one event: type, mode (some), source and target entities with CAMEO-style
codes (``USA``, ``IGO``) and sectors (``GOV``, ``MIL``). Each sentence is analysed as a one-line
article; the sentence's event is the dossier's *best* event (the widest span, see
:func:`whatweknow.stages.events.coding.best_event`), coded in PLOVER terms (an announced act of
cooperation is AGREE).

Normalisation of the gold (older PLOVER names)
----------------------------------------------
* types: DEMAND → REQUEST, FIGHT → ASSAULT; DISAPPROVE and INVESTIGATE as they are.
* modes (0.6 draft → manual): strike-hun → hunger, strike-gen → strike, riot-spon → riot,
  demo-org and demo-spon → demo, host → visit (manual: the guest is the actor of a visit and the
  host its recipient), assassinate → targeted, detain → arrest, confiscate → seize,
  ban → restrict; ``other``, ``violence`` (for ASSAULT) and empty modes are not scored.
* codes: CAMEO country codes that are not ISO 3166 (``JAP``, ``ITL``) → ISO (``JPN``, ``ITA``);
  sectors are their first three letters (``CVLalb`` → ``CVL``), ``CIV`` → ``CVL``, ``***`` none.

Scores
------
* **type accuracy**: records whose best event has the gold type, over all records (no event is
  wrong). Also *found* (records with any event: the recall of "some event") and type accuracy
  where found (its precision).
* **mode accuracy**: over the records whose gold has a scored mode.
* **source / target code accuracy** (actors and targets of the best event against the gold
  source and target): over records whose gold side has at least one code. *Country*: the set of
  predicted codes equals the set of gold codes; *any*: they share a code. *Country+sector*: over
  the gold entities that have a sector, the share for which a predicted entity has both the
  code and the sector.

Every score is also given on each half of the split (:func:`whatweknow.eval.split.half` of
``"plover"`` and the record id), with its size: rules are tuned on the ``tune`` half and reported
on both; one that moves only the tune half is fitted to it.

Anchors: the **majority class** (the most frequent gold type, for every record) and the **verb
lemma** baseline (the first token whose lemma is a one-word entry of the trigger lexicon for
its part of speech: the lexicon without parse, actor or modality logic; no codes).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..stages.events.event_types import FROM_GSR
from .common import (
    add_floor,
    add_json,
    bad_input,
    check_count,
    check_floor,
    print_report,
    time_line,
    timed,
)
from .split import HALVES, half

if TYPE_CHECKING:
    from ..contract import Dossier

__all__ = [
    "Entity",
    "GoldRecord",
    "PloverReport",
    "Prediction",
    "SystemScores",
    "format_table",
    "load_gold",
    "main",
    "run",
    "score",
]

LEGACY_TYPES = FROM_GSR
LEGACY_MODES = {
    "strike-hun": "hunger",
    "strike-gen": "strike",
    "riot-spon": "riot",
    "demo-org": "demo",
    "demo-spon": "demo",
    "host": "visit",
    "assassinate": "targeted",
    "detain": "arrest",
    "confiscate": "seize",
    "ban": "restrict",
}
UNSCORED_MODES = frozenset({"", "other"})
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA"}
LEGACY_SECTORS = {"CIV": "CVL"}
MAJORITY = "majority class"
LEMMA = "verb lemma (lexicon only)"
SYSTEM = "whatweknow"


@dataclass(frozen=True)
class Entity:
    code: str | None
    sector: str | None = None
    text: str = ""


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    type: str
    mode: str | None
    source: tuple[Entity, ...]
    target: tuple[Entity, ...]


@dataclass(frozen=True)
class Prediction:
    type: str
    mode: str | None = None
    source: tuple[Entity, ...] = ()
    target: tuple[Entity, ...] = ()


Systems = Callable[[list[str]], Mapping[str, Sequence[Prediction | None]]]


def _entities(value: Any) -> tuple[Entity, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        code = (item.get("code") or "").strip().upper() or None
        sector = (item.get("sector") or "").strip()[:3].upper() or None
        out.append(
            Entity(
                LEGACY_CODES.get(code or "", code),
                None if sector in (None, "***") else LEGACY_SECTORS.get(sector, sector),
                item.get("actorText") or "",
            )
        )
    return tuple(out)


def _mode(record: Mapping[str, Any], type_: str) -> str | None:
    raw = (record.get("mode") or "").strip().lower()
    if raw in UNSCORED_MODES or (type_ == "ASSAULT" and raw == "violence"):
        return None
    return LEGACY_MODES.get(raw, raw)


def load_gold(path: str | Path) -> list[GoldRecord]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for rec in data:
        type_ = LEGACY_TYPES.get(rec["event"], rec["event"])
        out.append(
            GoldRecord(
                rec["id"],
                rec["text"],
                type_,
                _mode(rec, type_),
                _entities(rec.get("source")),
                _entities(rec.get("target")),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# scoring


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def cell(self) -> str:
        return f"{100 * self.value:5.1f} ({self.hits}/{self.total})" if self.total else "  —"


@dataclass
class SystemScores:
    system: str
    type: Ratio = field(default_factory=Ratio)
    found: Ratio = field(default_factory=Ratio)
    type_where_found: Ratio = field(default_factory=Ratio)
    mode: Ratio = field(default_factory=Ratio)
    codes: dict[str, Ratio] = field(default_factory=dict)
    by_type: dict[str, Ratio] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "type_accuracy": self.type.value,
            "found": self.found.value,
            "type_accuracy_where_found": self.type_where_found.value,
            "mode_accuracy": self.mode.value,
            "mode_scored": self.mode.total,
            **{k: v.value for k, v in self.codes.items()},
            "type_accuracy_by_gold_type": {k: v.value for k, v in sorted(self.by_type.items())},
            "seconds": round(self.seconds, 3),
        }


def _codes(ents: Sequence[Entity]) -> set[str]:
    return {e.code for e in ents if e.code}


def _score_side(
    scores: SystemScores, side: str, gold: Sequence[Entity], pred: Sequence[Entity]
) -> None:
    want = _codes(gold)
    if not want:
        return
    got = _codes(pred)
    scores.codes.setdefault(f"{side}_country", Ratio()).add(got == want)
    scores.codes.setdefault(f"{side}_any", Ratio()).add(bool(got & want))
    pairs = {(e.code, e.sector) for e in pred}
    for g in gold:
        if g.code and g.sector:
            scores.codes.setdefault(f"{side}_country_sector", Ratio()).add(
                (g.code, g.sector) in pairs
            )


def score(
    system: str, gold: Sequence[GoldRecord], preds: Sequence[Prediction | None]
) -> SystemScores:
    check_count(preds, len(gold), "records", system)
    s = SystemScores(system)
    for g, p in zip(gold, preds, strict=True):
        ok = p is not None and p.type == g.type
        s.type.add(ok)
        s.by_type.setdefault(g.type, Ratio()).add(ok)
        s.found.add(p is not None)
        if p is not None:
            s.type_where_found.add(ok)
        if g.mode:
            s.mode.add(p is not None and p.mode == g.mode)
        for side in ("source", "target"):
            got = (p.source if side == "source" else p.target) if p else ()
            _score_side(s, side, g.source if side == "source" else g.target, got)
    return s


@dataclass(frozen=True)
class PloverReport:
    gold: str
    n_records: int
    type_counts: dict[str, int]
    systems: list[SystemScores]
    seconds: float
    halves: dict[str, list[SystemScores]] = field(default_factory=dict)
    half_sizes: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "records": self.n_records,
            "gold_types": self.type_counts,
            "systems": [s.as_dict() for s in self.systems],
            "halves": {
                h: {"records": self.half_sizes[h], "systems": [s.as_dict() for s in scores]}
                for h, scores in self.halves.items()
            },
            "seconds": round(self.seconds, 3),
        }

    def system(self, name: str, part: str | None = None) -> SystemScores:
        """The scores of system ``name`` on all records, or on half ``part``."""
        pool = self.systems if part is None else self.halves[part]
        return next(s for s in pool if s.system == name)


def plover_systems(
    model: str | None = None,
) -> Callable[[list[str]], dict[str, list[Any]]]:
    """whatweknow's events and the verb-lemma baseline: one
    prediction (or None) per text and system, from one run of the pipeline."""
    from ..analyse import Analyser
    from ..stages.events import coding
    from ..stages.events.lexicon import load_lexicon
    from .systems import dossiers

    analyser = Analyser(model=model)

    def entities(d: Dossier, ids: list[str]) -> tuple[Entity, ...]:
        by_id = {a.id: a for a in d.actors}
        return tuple(Entity(e.code, e.sector, e.text) for e in coding.entities(ids, by_id))

    def predict(texts: list[str]) -> dict[str, list[Any]]:
        ours: list[Prediction | None] = []
        for d in dossiers(texts, analyser):
            ev = coding.best_event(d.events)
            ours.append(
                None
                if ev is None
                else Prediction(
                    coding.plover_type(ev),
                    coding.plover_mode(ev),
                    entities(d, ev.actor),
                    entities(d, ev.target),
                )
            )
        lex = load_lexicon()
        lemma: list[Prediction | None] = []
        wwk = [name for name in analyser.nlp.pipe_names if name.startswith("wwk_")]
        for doc in analyser.nlp.pipe(texts, disable=wwk):
            hit = None
            for tok in doc:
                pos = "VERB" if tok.pos_ == "VERB" else "NOUN" if tok.pos_ == "NOUN" else ""
                entry = lex.single(pos, tok.lemma_.lower()) if pos else None
                if entry is not None and len(entry.words) == 1:
                    hit = Prediction(entry.type, entry.mode)
                    break
            lemma.append(hit)
        return {SYSTEM: ours, LEMMA: lemma}

    return predict


def run(path: str | Path, systems: Systems | None = None) -> PloverReport:
    """Load the gold records, run the systems (whatweknow and the lemma baseline unless
    given), score them beside the majority class."""
    t0 = time.perf_counter()
    gold = load_gold(path)
    if not gold:
        raise FileNotFoundError(f"no gold records in {path}")
    if systems is None:
        systems = plover_systems()
    counts = Counter(g.type for g in gold)
    major = counts.most_common(1)[0][0]
    predicted, elapsed = timed(systems, [g.text for g in gold])
    all_preds: dict[str, Sequence[Prediction | None]] = {MAJORITY: [Prediction(major)] * len(gold)}
    all_preds.update(predicted)
    reports = []
    for name, preds in all_preds.items():
        rep = score(name, gold, preds)
        rep.seconds = elapsed if name != MAJORITY else 0.0
        reports.append(rep)
    parts = [half("plover", g.id) for g in gold]
    halves: dict[str, list[SystemScores]] = {}
    for h in HALVES:
        keep = [i for i, p in enumerate(parts) if p == h]
        halves[h] = [
            score(name, [gold[i] for i in keep], [preds[i] for i in keep])
            for name, preds in all_preds.items()
        ]
    return PloverReport(
        str(path),
        len(gold),
        dict(counts.most_common()),
        reports,
        time.perf_counter() - t0,
        halves,
        {h: parts.count(h) for h in HALVES},
    )


CODE_ROWS = (
    ("source_country", "source code (country, exact set)"),
    ("source_any", "source code (country, any)"),
    ("source_country_sector", "source code+sector (per entity)"),
    ("target_country", "target code (country, exact set)"),
    ("target_any", "target code (country, any)"),
    ("target_country_sector", "target code+sector (per entity)"),
)


def _block(systems: Sequence[SystemScores], width: int = 26) -> list[str]:
    head = f"{'':<34}" + "".join(f"{s.system[:width]:>{width}}" for s in systems)
    rows = [
        ("event type accuracy", [s.type for s in systems]),
        ("some event found", [s.found for s in systems]),
        ("type accuracy where found", [s.type_where_found for s in systems]),
        ("mode accuracy (gold has a mode)", [s.mode for s in systems]),
        *[(label, [s.codes.get(key, Ratio()) for s in systems]) for key, label in CODE_ROWS],
    ]
    return [
        head,
        *[f"{label:<34}" + "".join(f"{r.cell():>{width}}" for r in cells) for label, cells in rows],
    ]


def format_table(report: PloverReport) -> str:
    lines = [
        f"PLOVER gold standard records: {report.n_records} sentences, {report.gold}",
        "gold types: " + ", ".join(f"{k} {v}" for k, v in report.type_counts.items()),
        "",
        *_block(report.systems),
    ]
    for h, systems in report.halves.items():
        lines += ["", f"{h} half: {report.half_sizes[h]} records", *_block(systems)]
    lines += ["", time_line("total", report.seconds, "model loading included")]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The options of ``wwk eval plover`` (and ``python -m whatweknow.eval.plover``)."""
    parser = argparse.ArgumentParser(
        prog="wwk eval plover",
        description="Score PLOVER event type, mode and actor codes on the gold standard records.",
    )
    parser.add_argument("gold", help="the gold file (shared/data/plover/gsr-dev.json)")
    add_json(parser)
    add_floor(parser, "--floor", "exit 1 if whatweknow's type accuracy < F", example="0.5")
    add_floor(
        parser,
        "--floor-check",
        "exit 1 if whatweknow's type accuracy on the check half < F",
        example="0.75",
    )
    return parser


def main(argv: Sequence[str] | None = None, *, systems: Systems | None = None) -> int:
    """Command line: print the table (or JSON); exit 1 under ``--floor``, 2 on bad input."""
    args = build_parser().parse_args(argv)
    try:
        report = run(args.gold, systems)
    except (FileNotFoundError, OSError, ValueError, KeyError) as exc:
        return bad_input(exc)
    print_report(report, format_table, args.json)
    target = next((s for s in report.systems if s.system == SYSTEM), report.systems[-1])
    check = report.system(target.system, "check")
    return max(
        check_floor(f"{target.system} type accuracy", target.type.value, args.floor),
        check_floor(
            f"{target.system} type accuracy (check half)", check.type.value, args.floor_check
        ),
    )


if __name__ == "__main__":
    raise SystemExit(main())
