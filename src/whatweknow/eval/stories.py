"""The real dev stories (``wwk eval stories DIR``): clustering, speakers, disputes, briefing.

``DIR`` holds folders (``prigozhin/``, ``derna-floods/``), each an ``articles.jsonl`` of story
articles and distractors; a folder is scored when it has a gold file
(:mod:`whatweknow.eval.story_gold`). Each folder is read, analysed and stored as ``wwk ingest``
does (one temporary SQLite store per folder, every article placed in a story as it is stored),
then briefed as ``wwk brief --story N --format json`` does. The scorer reads only public
records: the stored stories, the stored dossiers and the briefing JSON. Article ids are mapped
back to names by their text.

*The story* of a folder is the stored story that holds the most of the gold story's articles
(ties: the lowest id); the briefing metrics are those of its briefing.

Scores (each for the whole folder, its tune half and its check half: an article's half is
``split.half("stories", name)``; an item, quote or pair belongs to the half of its first cited
article, a gold dispute or fact to the half of its first span's article):

* story clustering: B-cubed precision, recall and F1 of the stored stories against the gold
  ``story`` field, distractors included, over the articles of the half;
* quote speakers: each dossier quote that overlaps a gold quote names the right speaker (one of
  the gold names, or a name that contains one as whole words), a wrong one (someone else named),
  or none (no speaker, a pronoun, or a common-noun description such as "the 80-year-old": the
  pipeline did not resolve who it is); speaker precision = right / (right + wrong); coverage =
  gold quotes that some dossier quote overlaps / gold quotes;
* disputes: the briefing's *Disputed and denied* pair items (kind ``dispute``, sides split by
  the story claims the item names: ``record`` one side, ``related`` the other); a pair matches a
  gold dispute when each side cites a span overlapping one side of it; precision = matching pairs
  / pairs, recall = gold disputes matched / gold disputes; also how many pairs match a gold
  *not-dispute* (an update or a wording variant paired as a dispute);
* denials under established: items of *What is established* that cite a gold denial span or have
  modality ``denied`` (target 0);
* non-statements stated: statement items (established, claimed, disputed, analysis, background)
  with a citation at least half of whose characters lie in a gold non-statement span (target 0);
* key facts present: facts that some statement item cites an overlapping span of.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import add_floor, add_json, bad_input, check_floor, print_report
from .coref import bcubed
from .split import HALVES, half
from .story_gold import GoldPair, GoldQuote, Span, StoryGold, check_texts, gold_path, load_gold

CORPUS = "stories"
SCOPES = ("whole", *HALVES)
ESTABLISHED = "What is established"
DISPUTED = "Disputed and denied"
STATEMENT_SECTIONS = frozenset(
    {
        ESTABLISHED,
        "What is claimed, and by whom",
        DISPUTED,
        "Analysis and speculation",
        "Background",
    }
)
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "its",
        "who",
        "this",
        "that",
        "one",
    ]
)
ARTICLES = frozenset(["the", "a", "an"])
NON_STATEMENT_SHARE = 0.5
"""A citation states a non-statement when at least this share of it lies in one."""


# --------------------------------------------------------------------------------------------
# what the system produced, by article name


@dataclass(frozen=True)
class PredQuote:
    span: Span
    names: tuple[str, ...]
    """the speaker's names (actor name and aliases, the words naming it); empty: unidentified"""


@dataclass(frozen=True)
class PredItem:
    section: str
    kind: str
    modality: str | None
    citations: tuple[Span, ...]


@dataclass(frozen=True)
class PredPair:
    a: tuple[Span, ...]
    b: tuple[Span, ...]


@dataclass
class Prediction:
    clusters: dict[str, int]
    """article name -> stored story id"""
    story: int | None
    quotes: list[PredQuote] = field(default_factory=list)
    items: list[PredItem] = field(default_factory=list)
    pairs: list[PredPair] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# pure scoring


def _norm(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower().replace("’", "'").replace("'s ", " ")))


def _is_name(raw: str) -> bool:
    """Names someone: a capitalised word after any leading article ("the 80-year-old" does not,
    "the Democrat candidate" and "Reuters" do)."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", raw)
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return any(w[0].isupper() for w in words)


def speaker_verdict(names: Sequence[str], aliases: Sequence[str]) -> str:
    """``right`` when a name equals a gold name or contains one as whole words (case and
    punctuation aside); otherwise ``wrong`` when some name names someone (:func:`_is_name`), and
    ``unidentified`` when there are only pronouns and common-noun descriptions, or nothing."""
    cands = [(x, n) for x in names if (n := _norm(x)) and n not in PRONOUNS]
    golds = [g for g in (_norm(a) for a in aliases) if g]
    for _, c in cands:
        if any(c == g or f" {g} " in f" {c} " for g in golds):
            return "right"
    return "wrong" if any(_is_name(raw) for raw, _ in cands) else "unidentified"


def the_story(
    gold_labels: Mapping[str, str], story: str, clusters: Mapping[str, int]
) -> int | None:
    """The stored story holding the most of the gold story's articles (ties: the lowest id)."""
    counts: dict[int, int] = {}
    for name, label in gold_labels.items():
        if label == story and name in clusters:
            counts[clusters[name]] = counts.get(clusters[name], 0) + 1
    return min(counts, key=lambda s: (-counts[s], s)) if counts else None


def clustering_counts(gold: Mapping[str, str], pred: Mapping[str, int]) -> dict[str, float]:
    """B-cubed sums over the articles of ``gold`` (``n`` and the summed precision and recall, so
    that scopes add up; :func:`finish` turns them into rates)."""
    if not gold:
        return {"n": 0, "p_sum": 0.0, "r_sum": 0.0}
    g: dict[Hashable, Hashable] = {k: v for k, v in gold.items()}
    p: dict[Hashable, Hashable] = {k: v for k, v in pred.items() if k in gold}
    prf = bcubed(g, p)
    n = len(gold)
    return {"n": n, "p_sum": prf.precision * n, "r_sum": prf.recall * n}


def _best(span: Span, quotes: Sequence[GoldQuote]) -> GoldQuote | None:
    over = [q for q in quotes if q.span.overlaps(span)]
    return max(over, key=lambda q: span.share_in(q.span), default=None)


def speaker_counts(gold: Sequence[GoldQuote], pred: Sequence[PredQuote]) -> dict[str, int]:
    out = {"quotes": 0, "right": 0, "wrong": 0, "unidentified": 0, "gold": len(gold), "covered": 0}
    for p in pred:
        g = _best(p.span, gold)
        if g is not None:
            out["quotes"] += 1
            out[speaker_verdict(p.names, g.aliases)] += 1
    out["covered"] = sum(any(p.span.overlaps(g.span) for p in pred) for g in gold)
    return out


def _hits(spans: Iterable[Span], targets: Iterable[Span]) -> bool:
    ts = list(targets)
    return any(s.overlaps(t) for s in spans for t in ts)


def pair_matches(pair: PredPair, gold: GoldPair) -> bool:
    """Each side of ``pair`` cites a span overlapping one side of ``gold`` (either way round)."""
    return (_hits(pair.a, gold.a) and _hits(pair.b, gold.b)) or (
        _hits(pair.a, gold.b) and _hits(pair.b, gold.a)
    )


def dispute_counts(
    gold: Sequence[GoldPair],
    pairs: Sequence[PredPair],
    not_disputes: Sequence[GoldPair] = (),
    all_gold: Sequence[GoldPair] | None = None,
    all_pairs: Sequence[PredPair] | None = None,
) -> dict[str, int]:
    """Precision of ``pairs`` against every gold dispute (``all_gold``, default ``gold``); recall
    of ``gold`` against every pair (``all_pairs``, default ``pairs``), so that a half's pairs and
    gold disputes add up to the whole's; and the pairs that match only a not-dispute."""
    every = list(all_gold if all_gold is not None else gold)
    found_by = list(all_pairs if all_pairs is not None else pairs)
    return {
        "pairs": len(pairs),
        "matched": sum(any(pair_matches(p, g) for g in every) for p in pairs),
        "gold": len(gold),
        "found": sum(any(pair_matches(p, g) for p in found_by) for g in gold),
        "not_disputes_paired": sum(
            any(pair_matches(p, n) for n in not_disputes)
            and not any(pair_matches(p, g) for g in every)
            for p in pairs
        ),
    }


def denials_established(items: Sequence[PredItem], denials: Sequence[Span]) -> int:
    return sum(
        it.section == ESTABLISHED and (it.modality == "denied" or _hits(it.citations, denials))
        for it in items
    )


def non_statements_stated(items: Sequence[PredItem], spans: Sequence[Span]) -> int:
    return sum(
        it.section in STATEMENT_SECTIONS
        and any(c.share_in(s) >= NON_STATEMENT_SHARE for c in it.citations for s in spans)
        for it in items
    )


def facts_present(facts: Sequence[Sequence[Span]], items: Sequence[PredItem]) -> int:
    cited = [c for it in items if it.section in STATEMENT_SECTIONS for c in it.citations]
    return sum(_hits(cited, spans) for spans in facts)


def score(gold: StoryGold, pred: Prediction, keep: Callable[[str], bool]) -> dict[str, Any]:
    """The counts of one folder over the articles ``keep`` accepts (by name)."""

    def first(spans: Sequence[Span]) -> bool:
        return bool(spans) and keep(spans[0].article)

    labels = {n: s for n, s in gold.labels().items() if keep(n)}
    items = [it for it in pred.items if first(it.citations)]
    pairs = [p for p in pred.pairs if first(p.a)]
    return {
        "articles": len(labels),
        "clustering": clustering_counts(labels, pred.clusters),
        "speakers": speaker_counts(
            [q for q in gold.quotes if keep(q.span.article)],
            [q for q in pred.quotes if keep(q.span.article)],
        ),
        "disputes": dispute_counts(
            [g for g in gold.disputes if first(g.a)],
            pairs,
            gold.not_disputes,
            gold.disputes,
            pred.pairs,
        ),
        "denials_established": denials_established(items, gold.denials),
        "non_statements_stated": non_statements_stated(items, gold.non_statements),
        "facts": {
            "total": sum(first(f.spans) for f in gold.facts),
            "present": facts_present([f.spans for f in gold.facts if first(f.spans)], pred.items),
        },
    }


def merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Counts of two scopes added (nested dicts key by key)."""
    return {k: merge(v, b[k]) if isinstance(v, dict) else v + b[k] for k, v in a.items()}


def _rate(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def finish(c: dict[str, Any]) -> dict[str, Any]:
    """Counts with their rates added."""
    cl, sp, di, fa = c["clustering"], c["speakers"], c["disputes"], c["facts"]
    p, r = _rate(cl["p_sum"], cl["n"]), _rate(cl["r_sum"], cl["n"])
    f1 = round(2 * p * r / (p + r), 4) if p is not None and r is not None and p + r else None
    return {
        "articles": c["articles"],
        "clustering": {"precision": p, "recall": r, "f1": f1},
        "speakers": {
            **sp,
            "precision": _rate(sp["right"], sp["right"] + sp["wrong"]),
            "coverage": _rate(sp["covered"], sp["gold"]),
        },
        "disputes": {
            **di,
            "precision": _rate(di["matched"], di["pairs"]),
            "recall": _rate(di["found"], di["gold"]),
        },
        "denials_established": c["denials_established"],
        "non_statements_stated": c["non_statements_stated"],
        "facts": {**fa, "fraction": _rate(fa["present"], fa["total"])},
    }


def in_half(which: str) -> Callable[[str], bool]:
    """Whether an article (by name) is in the half ``which`` of the stories corpus."""
    return lambda name: half(CORPUS, name) == which


def scopes(gold: StoryGold, pred: Prediction) -> dict[str, dict[str, Any]]:
    """Counts for the whole folder and each half."""
    out = {"whole": score(gold, pred, lambda _n: True)}
    for h in HALVES:
        out[h] = score(gold, pred, in_half(h))
    return out


# --------------------------------------------------------------------------------------------
# running the system (ingest, stories, briefing) on a folder


def read_folder(folder: Path) -> list[dict[str, Any]]:
    with (folder / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _speaker_names(quote: Any, actors: Mapping[str, Any]) -> tuple[str, ...]:
    names: list[str] = []
    actor = actors.get(quote.speaker) if quote.speaker else None
    if actor is not None:
        names += [actor.name, *actor.aliases]
    if quote.speaker_text:
        names.append(quote.speaker_text)
    return tuple(names)


def _spans(cites: Iterable[Any], name_of: Mapping[str, str]) -> tuple[Span, ...]:
    return tuple(
        Span(name_of[c.article if hasattr(c, "article") else c["article"]], *_ends(c))
        for c in cites
        if (c.article if hasattr(c, "article") else c["article"]) in name_of
    )


def _ends(c: Any) -> tuple[int, int]:
    return (c.start, c.end) if hasattr(c, "start") else (int(c["start"]), int(c["end"]))


def run_folder(folder: Path, model: str | None = None) -> Prediction:
    """Ingest ``folder``'s articles into a temporary store as ``wwk ingest`` does, then read the
    stored stories, the dossiers and the briefing of the story (see the module doc)."""
    from ..analyse import Analyser
    from ..briefing import brief_story, to_json
    from ..ingest import ingest_one, place_pending
    from ..store import open_store

    rows = read_folder(folder)
    by_text = {r["text"]: r["name"] for r in rows}
    name_of: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="wwk-eval-stories-") as tmp:
        store = open_store(str(Path(tmp) / "stories.db"))
        try:
            for item in Analyser(model=model).analyse_paths([folder / "articles.jsonl"]):
                if not isinstance(item, tuple):
                    raise RuntimeError(f"{item.source}: {item.problem}")
                raw, dossier = item
                name_of[dossier.article.id] = by_text[dossier.article.text]
                if (done := ingest_one(store, raw, dossier)).problem is not None:
                    raise RuntimeError(str(done.problem))
            place_pending(store)
            clusters = {
                name: sid
                for aid, name in name_of.items()
                if (sid := store.story_of(aid)) is not None
            }
            labels = {r["name"]: str(r.get("story", "")) for r in rows}
            sid = the_story(labels, folder.name, clusters)
            quotes: list[PredQuote] = []
            dossiers = {aid: store.get_dossier(aid) for aid in name_of}
            for aid, d in dossiers.items():
                if d is None:
                    continue
                actors = {a.id: a for a in d.actors}
                quotes += [
                    PredQuote(Span(name_of[aid], q.start, q.end), _speaker_names(q, actors))
                    for q in d.quotes
                ]
            pred = Prediction(clusters=clusters, story=sid, quotes=quotes)
            story = store.story(sid) if sid is not None else None
            if story is not None:
                mine = {a.id: d for a in story.articles if (d := dossiers.get(a.id)) is not None}
                briefing = json.loads(to_json(brief_story(story, mine, None)))
                claims = {c.id: c for c in story.claims}
                _read_briefing(briefing, claims, name_of, pred)
        finally:
            store.close()
    return pred


def _read_briefing(
    briefing: dict[str, Any],
    claims: Mapping[str, Any],
    name_of: Mapping[str, str],
    pred: Prediction,
) -> None:
    for section in briefing.get("sections", []):
        for it in section.get("items", []):
            cites = _spans(it.get("citations", []), name_of)
            pred.items.append(PredItem(section["title"], it["kind"], it.get("modality"), cites))
            if section["title"] != DISPUTED or it["kind"] != "dispute" or not it.get("related"):
                continue
            a, b = claims.get(it.get("record")), claims.get(it["related"][0])
            if a is not None and b is not None:
                pred.pairs.append(PredPair(_spans(a.reports, name_of), _spans(b.reports, name_of)))


# --------------------------------------------------------------------------------------------
# report


@dataclass
class StoriesReport:
    stories: dict[str, dict[str, Any]]
    overall: dict[str, dict[str, Any]]
    the_story: dict[str, dict[str, Any]]
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def run(
    root: Path,
    names: Sequence[str] | None = None,
    model: str | None = None,
    predict: Callable[[Path], Prediction] | None = None,
) -> StoriesReport:
    """Score every folder of ``root`` that has a gold file (or those in ``names``)."""
    t0 = time.perf_counter()
    folders = sorted(
        p
        for p in root.iterdir()
        if (p / "articles.jsonl").is_file() and gold_path(p.name).is_file()
    )
    if names:
        folders = [p for p in folders if p.name in names]
    if not folders:
        raise FileNotFoundError(f"{root}: no folder with articles.jsonl and a gold file")
    per: dict[str, dict[str, Any]] = {}
    counts: dict[str, dict[str, Any]] = {}
    chosen: dict[str, dict[str, Any]] = {}
    for folder in folders:
        gold = load_gold(gold_path(folder.name))
        rows = read_folder(folder)
        problems = check_texts(gold, {r["name"]: r["text"] for r in rows})
        if problems:
            raise ValueError(
                "the data changed since the gold labels were made: " + "; ".join(problems[:5])
            )
        pred = (predict or (lambda f: run_folder(f, model)))(folder)
        got = scopes(gold, pred)
        per[folder.name] = {s: finish(got[s]) for s in SCOPES}
        counts = {s: merge(counts[s], got[s]) for s in SCOPES} if counts else got
        in_story = sorted(n for n, s in pred.clusters.items() if s == pred.story)
        gold_n = sum(1 for s in gold.labels().values() if s == folder.name)
        chosen[folder.name] = {
            "id": pred.story,
            "articles": len(in_story),
            "gold_articles_in_it": sum(gold.labels().get(n) == folder.name for n in in_story),
            "gold_articles": gold_n,
        }
    return StoriesReport(
        stories=per,
        overall={s: finish(counts[s]) for s in SCOPES},
        the_story=chosen,
        seconds=round(time.perf_counter() - t0, 1),
    )


def _f(v: float | None) -> str:
    return "   -" if v is None else f"{v:.3f}"


ROWS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("articles", lambda s: str(s["articles"])),
    ("clustering B3 P", lambda s: _f(s["clustering"]["precision"])),
    ("clustering B3 R", lambda s: _f(s["clustering"]["recall"])),
    ("clustering B3 F1", lambda s: _f(s["clustering"]["f1"])),
    ("speaker precision", lambda s: _f(s["speakers"]["precision"])),
    (
        "  right/wrong/unid.",
        lambda s: (
            f"{s['speakers']['right']}/{s['speakers']['wrong']}/{s['speakers']['unidentified']}"
        ),
    ),
    ("quote coverage", lambda s: _f(s["speakers"]["coverage"])),
    ("dispute precision", lambda s: _f(s["disputes"]["precision"])),
    ("  matched/pairs", lambda s: f"{s['disputes']['matched']}/{s['disputes']['pairs']}"),
    ("dispute recall", lambda s: _f(s["disputes"]["recall"])),
    ("  found/gold", lambda s: f"{s['disputes']['found']}/{s['disputes']['gold']}"),
    ("not-disputes paired", lambda s: str(s["disputes"]["not_disputes_paired"])),
    ("denials established", lambda s: str(s["denials_established"])),
    ("non-statements stated", lambda s: str(s["non_statements_stated"])),
    ("key facts present", lambda s: _f(s["facts"]["fraction"])),
    ("  present/facts", lambda s: f"{s['facts']['present']}/{s['facts']['total']}"),
]


def format_table(r: StoriesReport) -> str:
    lines = []
    blocks = (
        [*r.stories.items(), ("overall", r.overall)] if len(r.stories) > 1 else [*r.stories.items()]
    )
    for name, scores in blocks:
        head = name
        if name in r.the_story:
            t = r.the_story[name]
            head += (
                f" (the story: stored story {t['id']}, {t['articles']} articles,"
                f" {t['gold_articles_in_it']} of the {t['gold_articles']} gold story articles)"
            )
        lines += [head, f"  {'':<22}{'whole':>9}{'tune':>9}{'check':>9}"]
        for label, cell in ROWS:
            lines.append(f"  {label:<22}" + "".join(f"{cell(scores[s]):>9}" for s in SCOPES))
        lines.append("")
    lines.append(f"time {r.seconds:.1f} s")
    return "\n".join(lines)


FLOORS: list[tuple[str, str, Callable[[dict[str, Any]], float | None]]] = [
    ("--floor", "story clustering B3 F1", lambda s: s["clustering"]["f1"]),
    ("--floor-speakers", "speaker precision", lambda s: s["speakers"]["precision"]),
    ("--floor-coverage", "quote coverage", lambda s: s["speakers"]["coverage"]),
    ("--floor-disputes", "dispute precision", lambda s: s["disputes"]["precision"]),
    ("--floor-dispute-recall", "dispute recall", lambda s: s["disputes"]["recall"]),
    ("--floor-facts", "key facts present", lambda s: s["facts"]["fraction"]),
]


def build_parser() -> argparse.ArgumentParser:
    """The options of ``wwk eval stories`` (and ``python -m whatweknow.eval.stories``)."""
    parser = argparse.ArgumentParser(
        prog="wwk eval stories",
        description="Story clustering, quote speakers, disputes, denials, non-statements and key "
        "facts on the real dev stories (each folder of DIR with a gold file), whole, tune and "
        "check halves.",
    )
    parser.add_argument("dir", type=Path, help="the folder of stories (data/stories)")
    parser.add_argument("--story", action="append", metavar="NAME", help="only this folder")
    parser.add_argument("--model", help="spaCy model package (default: the analyser's)")
    add_json(parser, "tables")
    for flag, label, _ in FLOORS:
        add_floor(parser, flag, f"exit 1 if the overall {label} (whole set) < F")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the tables (or JSON); exit 1 under a floor, 2 on bad input."""
    args = build_parser().parse_args(argv)
    try:
        report = run(args.dir, args.story, args.model)
    except (FileNotFoundError, NotADirectoryError, ValueError, OSError) as exc:
        return bad_input(exc)
    print_report(report, format_table, args.json)
    whole = report.overall["whole"]
    return max(
        check_floor(label, value(whole) or 0.0, getattr(args, flag[2:].replace("-", "_")))
        for flag, label, value in FLOORS
    )


if __name__ == "__main__":
    raise SystemExit(main())
