"""Agreement of claim modality and negation with MEANTIME event factuality
(``python -m whatweknow.eval.factuality``).

MEANTIME English event mentions carry ``certainty`` (CERTAIN, PROBABLE, POSSIBLE) and
``polarity`` (POS, NEG), each from the point of view of the source of the statement (the author
or a cited speaker). whatweknow is run on the texts rebuilt by :mod:`whatweknow.eval.cat`; each
gold event mention gets the **enclosing claim**: the shortest claim whose span contains the
mention's span (first token's start to last token's end). Events with no enclosing claim are
*uncovered*: they appear in a ``no claim`` column and in the coverage, not in the agreement.

Mapping (two classes each)
--------------------------
* certainty, gold: CERTAIN → ``certain``; PROBABLE, POSSIBLE → ``uncertain``;
  UNDERSPECIFIED or absent → not scored.
* certainty, claim modality: ``speculated`` → ``uncertain``; ``asserted``, ``reported``,
  ``alleged`` (the source commits; the outlet's distance is not the source's doubt), ``denied``
  (certain that not; the negation goes to polarity) → ``certain``; ``expected`` → ``certain``
  by default, ``uncertain`` with ``--expected uncertain``. MEANTIME marks future events with
  ``time=FUTURE`` and certainty separately: of the future event mentions with a definite
  certainty, 229 are CERTAIN and 50 PROBABLE or POSSIBLE, so a scheduled act ("will visit") is
  a certain one.
* polarity, gold: POS → ``pos``, NEG → ``neg``; UNDERSPECIFIED or absent → not scored.
* polarity, claim: ``neg`` when the claim is ``negated`` or its modality is ``denied``, else
  ``pos``.

Scores over covered events: accuracy and macro-F1 (mean of the two classes' F1). The anchor is
the majority class (the most frequent gold class, predicted for every event), on the covered
events (comparable with the system) and on all scored events.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from ..contract import Claim
from .cat import CatDocument, EventMention, load_corpus
from .common import (
    add_floor,
    add_json,
    bad_input,
    check_count,
    check_floor,
    enclosing,
    print_report,
    time_line,
)
from .split import HALVES, Half, half

__all__ = [
    "Agreement",
    "ClaimsPredictor",
    "FactualityReport",
    "enclosing_claim",
    "evaluate",
    "format_table",
    "gold_certainty",
    "gold_polarity",
    "main",
    "predicted_certainty",
    "predicted_polarity",
    "run",
]

ClaimsPredictor = Callable[[list[str]], list[list[Claim]]]
Expected = Literal["certain", "uncertain"]
NONE = "no claim"
CORPUS = "meantime"
"""The corpus name its split hashes with the document id (:func:`.split.half`)."""
CERTAINTY = ("certain", "uncertain")
POLARITY = ("pos", "neg")
_GOLD_CERTAINTY = {"CERTAIN": "certain", "PROBABLE": "uncertain", "POSSIBLE": "uncertain"}
_GOLD_POLARITY = {"POS": "pos", "NEG": "neg"}


def gold_certainty(ev: EventMention) -> str | None:
    return _GOLD_CERTAINTY.get(ev.certainty or "")


def gold_polarity(ev: EventMention) -> str | None:
    return _GOLD_POLARITY.get(ev.polarity or "")


def predicted_certainty(claim: Claim, expected: Expected = "certain") -> str:
    if claim.modality == "speculated":
        return "uncertain"
    return expected if claim.modality == "expected" else "certain"


def predicted_polarity(claim: Claim) -> str:
    return "neg" if claim.negated or claim.modality == "denied" else "pos"


def enclosing_claim(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    """The shortest claim whose span contains ``[start, end)`` (the earliest among equals)."""
    return enclosing(claims, start, end)


@dataclass(frozen=True, slots=True)
class Agreement:
    """A confusion matrix: ``matrix[gold][predicted]``, predicted one of ``labels`` or
    :data:`NONE`."""

    name: str
    labels: tuple[str, str]
    matrix: dict[str, dict[str, int]]

    def count(self, gold: str, pred: str) -> int:
        return self.matrix.get(gold, {}).get(pred, 0)

    @property
    def n_scored(self) -> int:
        return sum(sum(row.values()) for row in self.matrix.values())

    @property
    def n_covered(self) -> int:
        return sum(self.count(g, p) for g in self.labels for p in self.labels)

    def _gold_total(self, gold: str, covered: bool) -> int:
        return sum(self.count(gold, p) for p in (self.labels if covered else (*self.labels, NONE)))

    @property
    def accuracy(self) -> float:
        n = self.n_covered
        return sum(self.count(lab, lab) for lab in self.labels) / n if n else 0.0

    @property
    def macro_f1(self) -> float:
        f1s = []
        for lab in self.labels:
            tp = self.count(lab, lab)
            denom = sum(self.count(g, lab) for g in self.labels) + self._gold_total(lab, True)
            f1s.append(2 * tp / denom if denom else 0.0)
        return sum(f1s) / len(f1s)

    def majority(self, covered: bool) -> tuple[str, float, float]:
        """The majority class (over all scored events), and its accuracy and macro-F1."""
        totals = {lab: self._gold_total(lab, False) for lab in self.labels}
        major = max(self.labels, key=lambda lab: totals[lab])
        n = sum(self._gold_total(lab, covered) for lab in self.labels)
        hits = self._gold_total(major, covered)
        f1 = 2 * hits / (n + hits) if n else 0.0
        return major, (hits / n if n else 0.0), f1 / 2

    def as_dict(self) -> dict[str, Any]:
        major, acc_cov, f1_cov = self.majority(True)
        _, acc_all, f1_all = self.majority(False)
        return {
            "labels": list(self.labels),
            "matrix": self.matrix,
            "scored": self.n_scored,
            "covered": self.n_covered,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "majority": {"class": major, "covered": {"accuracy": acc_cov, "macro_f1": f1_cov}},
            "majority_all": {"accuracy": acc_all, "macro_f1": f1_all},
        }


@dataclass(frozen=True, slots=True)
class FactualityReport:
    corpus: str
    n_docs: int
    n_events: int
    n_claims: int
    expected: Expected
    certainty: Agreement
    polarity: Agreement
    seconds: float
    modality_counts: dict[str, int] = field(default_factory=dict)
    halves: dict[Half, FactualityReport] = field(default_factory=dict)
    """The same tables on each half of the corpus's split (:func:`.split.half` of
    ``"meantime"`` and the document id), when scored whole by :func:`run`."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "n_docs": self.n_docs,
            "event_mentions": self.n_events,
            "claims": self.n_claims,
            "expected_as": self.expected,
            "claim_modality_of_covered_events": self.modality_counts,
            "certainty": self.certainty.as_dict(),
            "polarity": self.polarity.as_dict(),
            "seconds": round(self.seconds, 3),
            **({"halves": {h: r.as_dict() for h, r in self.halves.items()}} if self.halves else {}),
        }


def evaluate(
    docs: Sequence[CatDocument],
    claims: Sequence[Sequence[Claim]],
    *,
    expected: Expected = "certain",
    corpus: str = "",
    seconds: float = 0.0,
) -> FactualityReport:
    """Tabulate the gold event mentions of ``docs`` against the claims of each text."""
    cert: dict[str, dict[str, int]] = {}
    pol: dict[str, dict[str, int]] = {}
    modalities: dict[str, int] = {}
    for doc, doc_claims in zip(docs, claims, strict=True):
        for ev in doc.event_mentions:
            gc, gp = gold_certainty(ev), gold_polarity(ev)
            if gc is None and gp is None:
                continue
            claim = enclosing_claim(doc_claims, ev.start, ev.end)
            if claim is not None:
                modalities[claim.modality] = modalities.get(claim.modality, 0) + 1
            if gc is not None:
                pc = predicted_certainty(claim, expected) if claim else NONE
                cert.setdefault(gc, {}).setdefault(pc, 0)
                cert[gc][pc] += 1
            if gp is not None:
                pp = predicted_polarity(claim) if claim else NONE
                pol.setdefault(gp, {}).setdefault(pp, 0)
                pol[gp][pp] += 1
    return FactualityReport(
        corpus=corpus,
        n_docs=len(docs),
        n_events=sum(len(d.event_mentions) for d in docs),
        n_claims=sum(len(c) for c in claims),
        expected=expected,
        certainty=Agreement("certainty", CERTAINTY, cert),
        polarity=Agreement("polarity", POLARITY, pol),
        seconds=seconds,
        modality_counts=dict(sorted(modalities.items(), key=lambda kv: -kv[1])),
    )


def run(
    corpus: str | Path, predict: ClaimsPredictor | None = None, *, expected: Expected = "certain"
) -> FactualityReport:
    """Load MEANTIME English from ``corpus``, run ``predict`` (whatweknow unless given), score."""
    t0 = time.perf_counter()
    docs = load_corpus(corpus, lang="en")
    if not docs:
        raise FileNotFoundError(f"no English CAT documents under {corpus}")
    if predict is None:
        from .systems import claims_predictor

        predict = claims_predictor()
    claims = predict([d.text for d in docs])
    check_count(claims, len(docs), "texts")
    halves: dict[Half, FactualityReport] = {}
    for h in HALVES:
        kept = [i for i, d in enumerate(docs) if half(CORPUS, d.doc_id) == h]
        halves[h] = evaluate(
            [docs[i] for i in kept], [claims[i] for i in kept], expected=expected, corpus=h
        )
    whole = evaluate(
        docs, claims, expected=expected, corpus=str(corpus), seconds=time.perf_counter() - t0
    )
    return replace(whole, halves=halves)


def _table(agr: Agreement) -> list[str]:
    cols = (*agr.labels, NONE)
    head = f"  {'':<10}" + "".join(f"{c:>10}" for c in cols)
    lines = [f"{agr.name} (rows gold, columns claim)", head]
    for g in agr.labels:
        lines.append(f"  {g:<10}" + "".join(f"{agr.count(g, p):>10}" for p in cols))
    cover = agr.n_covered / agr.n_scored if agr.n_scored else 0.0
    major, acc_cov, f1_cov = agr.majority(True)
    _, acc_all, f1_all = agr.majority(False)
    lines += [
        f"  coverage {agr.n_covered}/{agr.n_scored} ({100 * cover:.1f}%)",
        f"  {'whatweknow':<30} accuracy {100 * agr.accuracy:5.1f}"
        f"  macro-F1 {100 * agr.macro_f1:5.1f} (covered events)",
        f"  {'majority class (' + major + ')':<30} accuracy {100 * acc_cov:5.1f}"
        f"  macro-F1 {100 * f1_cov:5.1f} (covered events); {100 * acc_all:.1f} / {100 * f1_all:.1f}"
        " (all)",
    ]
    return lines


def _halves(report: FactualityReport) -> list[str]:
    """One line per half: its size, and the accuracy and coverage of each table."""
    lines = [f"halves of the split (split.half({CORPUS!r}, doc id)):"]
    for h, r in report.halves.items():
        cells = "; ".join(
            f"{a.name} accuracy {100 * a.accuracy:5.1f}, macro-F1 {100 * a.macro_f1:5.1f},"
            f" coverage {a.n_covered}/{a.n_scored}"
            for a in (r.certainty, r.polarity)
        )
        lines.append(f"  {h:<6} {r.n_docs:>3} documents: {cells}")
    return lines


def format_table(report: FactualityReport) -> str:
    mods = ", ".join(f"{k} {v}" for k, v in report.modality_counts.items()) or "none"
    lines = [
        f"MEANTIME English factuality: {report.n_docs} documents, {report.n_events} event"
        f" mentions, {report.n_claims} claims, {report.corpus}",
        f"'expected' claims read as {report.expected}; modality of the enclosing claims: {mods}",
        "",
        *_table(report.certainty),
        "",
        *_table(report.polarity),
        "",
        *([*_halves(report), ""] if report.halves else []),
        time_line("total", report.seconds),
    ]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The options of ``wwk eval factuality`` (and ``python -m whatweknow.eval.factuality``)."""
    parser = argparse.ArgumentParser(
        prog="wwk eval factuality",
        description="Agreement of claim modality/negation with MEANTIME event factuality.",
    )
    parser.add_argument("corpus", help="the MEANTIME folder (or a folder of CAT XML files)")
    add_json(parser, "tables")
    parser.add_argument("--expected", choices=CERTAINTY, default="certain")
    add_floor(parser, "--floor", "exit 1 if certainty accuracy < F")
    add_floor(parser, "--floor-check", "exit 1 if certainty accuracy on the check half < F")
    return parser


def main(argv: Sequence[str] | None = None, *, predict: ClaimsPredictor | None = None) -> int:
    """Command line: print the tables (or JSON); exit 1 under ``--floor``, 2 on bad input."""
    args = build_parser().parse_args(argv)
    try:
        report = run(args.corpus, predict, expected=args.expected)
    except (FileNotFoundError, OSError) as exc:
        return bad_input(exc)
    print_report(report, format_table, args.json)
    check = report.halves["check"].certainty.accuracy
    return max(
        check_floor("certainty accuracy", report.certainty.accuracy, args.floor),
        check_floor("certainty accuracy (check half)", check, args.floor_check),
    )


if __name__ == "__main__":
    raise SystemExit(main())
