"""Story clustering and cross-document event coreference on ECB+ (``wwk eval ecbplus``).

ECB+ (Cybulska and Vossen 2014) groups news articles by *topic* (a kind of seminal event: a
celebrity checks into rehab, an earthquake strikes) and, inside each topic, two *sub-topics*:
the ECB articles on one event and the ECB+ articles on another of the same kind (Tara Reid's
rehab in 2008, Lindsay Lohan's in 2013). The shared copy holds topics 1–35 (no 15 and 17): the
usual train topics and the dev topics 2 5 12 18 21 23 34 35 (the split of Cybulska and Vossen
2015, used since by most work on the corpus).

Texts
-----
The files hold tokens (CAT XML, as MEANTIME). Each article is written back as news text: its first
sentence is the headline (ECB+ files first give the page URL as sentence 0: it becomes the
article's ``url``, and its host its ``outlet``), a following sentence that is only a date
(``Friday August 2 , 2013 @ 8:13am PDT``) becomes its own paragraph and the article's
``published`` date, and the rest is one paragraph; tokens are joined with
:func:`~whatweknow.eval.cat.detokenize`. ECB articles carry no date and no outlet.

Scores
------
* Story clustering, against topics and against sub-topics (a story is one developing story: a
  sub-topic is the closer match): B-cubed precision, recall and F1 over articles (Bagga and
  Baldwin 1998), and V-measure (homogeneity, completeness; Rosenberg and Hirschberg 2007).
* Cross-document event coreference on the gold action mentions (``ACTION_*``, ``NEG_ACTION_*``)
  of the sentences the corpus marks as annotated for coreference (ECBplus_coreference_sentences):
  gold clusters are the ``CROSS_DOC_COREF`` instances, then ``INTRA_DOC_COREF`` chains, the rest
  singletons. The dossier's own events (PLOVER types: political and security events) overlap
  only about a fifth of ECB+'s actions (1133 of the 5068 in topics 1–35), too few to score, so a
  gold mention is mapped to the *story claim* whose report contains it (the smallest dossier
  claim around it) and, inside that story claim, to its head word's stem: mentions in one merged
  claim with the same head are one event.
  This measures claim merging as event coreference; it is scored beside two baselines that use no
  merging: every mention alone, and one cluster per head stem per predicted story (the lemma
  baseline of the literature, over predicted stories instead of gold topics). Merged-claim
  clusters refine that baseline's (same story, same head, and the same story claim), so they can
  only gain precision and lose recall. MUC, B-cubed, CEAF-e and their mean, CoNLL F1.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .cat import detokenize

DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)

__all__ = [
    "DEV_TOPICS",
    "EcbDocument",
    "EventGold",
    "bcubed",
    "ceaf_e",
    "load_corpus",
    "main",
    "muc",
    "v_measure",
]


# --------------------------------------------------------------------------------------------
# corpus


@dataclass(frozen=True)
class EventGold:
    m_id: str
    start: int
    end: int
    text: str
    cluster: str


@dataclass(frozen=True)
class EcbDocument:
    name: str  # 1_10ecbplus
    topic: int
    subtopic: str  # "1" or "1+" (the ECB+ half)
    text: str
    url: str | None
    outlet: str | None
    published: date | None
    events: tuple[EventGold, ...] = field(default=())


_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTHS |= {m[:3]: i for m, i in list(_MONTHS.items())}
_MONTHS["sept"] = 9
_DATE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\s*,?\s+((?:19|20)\d\d)\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s*,?\s+((?:19|20)\d\d)\b")


def find_date(line: str) -> date | None:
    """A calendar date written in a short line (``Friday August 2 , 2013``, ``11 Nov 2011``)."""
    for pattern, order in ((_DATE_MDY, (0, 1)), (_DATE_DMY, (1, 0))):
        if m := pattern.search(line):
            month = _MONTHS.get(m.group(1 + order[0]).lower())
            try:
                return date(int(m.group(3)), month, int(m.group(1 + order[1]))) if month else None
            except ValueError:
                return None
    return None


def _selected(root: Path) -> dict[str, set[int]]:
    path = root / "ECBplus_coreference_sentences.csv"
    out: dict[str, set[int]] = defaultdict(set)
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def load_document(path: Path, selected: set[int] | None = None) -> EcbDocument:
    root = ET.parse(path).getroot()
    name = path.stem
    topic = int(name.split("_", 1)[0])
    plus = name.endswith("ecbplus")
    sentences: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for el in root.findall("token"):
        sentences[int(el.get("sentence", "0"))].append((int(el.get("t_id", "0")), el.text or ""))
    order = sorted(sentences)
    url = None
    if plus and order and order[0] == 0:
        url = "".join(form for _, form in sentences[0])
        order = order[1:]
    published = None
    tokens: list[tuple[int, str]] = []
    breaks: list[str] = []
    for n, s in enumerate(order):
        line = " ".join(form for _, form in sentences[s])
        is_date = n == 1 and len(sentences[s]) <= 14 and (found := find_date(line)) is not None
        if is_date:
            published = found
        for i, tok in enumerate(sentences[s]):
            tokens.append(tok)
            breaks.append("" if i else ("\n\n" if n in (1, 2) and (n == 1 or published) else " "))
    text, spans, _ = detokenize([f for _, f in tokens], breaks)
    where = {t_id: span for (t_id, _), span in zip(tokens, spans, strict=True)}
    sentence_of = {t_id: s for s in order for t_id, _ in sentences[s]}
    events = _events(root, name, where, sentence_of, text, selected)
    outlet = re.sub(r"^www\d?\.", "", url.split("/")[2]) if url and url.count("/") >= 2 else None
    return EcbDocument(
        name, topic, f"{topic}{'+' if plus else ''}", text, url, outlet, published, events
    )


def _events(
    root: ET.Element,
    doc: str,
    where: Mapping[int, tuple[int, int]],
    sentence_of: Mapping[int, int],
    text: str,
    selected: set[int] | None,
) -> tuple[EventGold, ...]:
    markables = root.find("Markables")
    relations = root.find("Relations")
    anchored: dict[str, list[int]] = {}
    for el in markables if markables is not None else []:
        if el.tag.startswith(("ACTION", "NEG_ACTION")):
            ids = [int(a.get("t_id", "0")) for a in el.findall("token_anchor")]
            if ids:
                anchored[el.get("m_id", "")] = ids
    cluster: dict[str, str] = {}
    for rel in relations if relations is not None else []:
        target = rel.find("target")
        key = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else None
        if key is None and target is not None:
            key = f"{doc}/{target.get('m_id')}"
        for src in rel.findall("source"):
            m = src.get("m_id", "")
            if m in anchored and key:
                cluster.setdefault(m, key)
    out = []
    for m_id, ids in anchored.items():
        ids = [i for i in ids if i in where]
        if not ids or (selected is not None and sentence_of.get(ids[0]) not in selected):
            continue
        start, end = min(where[i][0] for i in ids), max(where[i][1] for i in ids)
        out.append(EventGold(m_id, start, end, text[start:end], cluster.get(m_id, f"{doc}/{m_id}")))
    return tuple(sorted(out, key=lambda e: (e.start, e.end)))


def load_corpus(
    root: str | Path, topics: Sequence[int] | None = None, limit_topics: int | None = None
) -> list[EcbDocument]:
    """The documents of the ECB+ release folder (holding ``ECB+/`` and the CSV), in topic order."""
    base = Path(root)
    folder = base / "ECB+" if (base / "ECB+").is_dir() else base
    if not folder.is_dir():
        raise FileNotFoundError(f"no ECB+ folder at {root}")
    found = sorted(int(p.name) for p in folder.iterdir() if p.is_dir() and p.name.isdigit())
    chosen = [t for t in found if topics is None or t in topics][: limit_topics or None]
    selected = _selected(base)
    docs = []
    for t in chosen:
        for path in sorted((folder / str(t)).glob("*.xml"), key=lambda p: _order(p.stem)):
            docs.append(load_document(path, selected.get(path.stem)))
    if not docs:
        raise FileNotFoundError(f"no ECB+ documents under {folder} for topics {topics}")
    return docs


def _order(stem: str) -> tuple[int, bool, int]:
    topic, rest = stem.split("_", 1)
    return int(topic), rest.endswith("ecbplus"), int(re.sub(r"\D", "", rest) or 0)


# --------------------------------------------------------------------------------------------
# metrics

Clusters = Mapping[Hashable, Hashable]
"""item -> cluster label"""


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def _groups(labels: Clusters) -> dict[Hashable, set[Hashable]]:
    out: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, label in labels.items():
        out[label].add(item)
    return out


def bcubed(gold: Clusters, pred: Clusters) -> PRF:
    """B-cubed over the items of ``gold`` (an item missing from ``pred`` is alone)."""
    g, p = _groups(gold), _groups(pred)
    pred_of = {i: p[pred[i]] if i in pred else {i} for i in gold}
    prec = rec = 0.0
    for item, label in gold.items():
        mine = pred_of[item] & set(gold)
        shared = len(mine & g[label])
        prec += shared / len(mine)
        rec += shared / len(g[label])
    n = len(gold)
    return PRF(prec / n, rec / n) if n else PRF(0.0, 0.0)


def v_measure(gold: Clusters, pred: Clusters) -> dict[str, float]:
    """Homogeneity, completeness and V-measure of ``pred`` against ``gold``."""
    items = list(gold)
    n = len(items)
    joint = Counter((gold[i], pred.get(i, ("alone", i))) for i in items)
    gc = Counter(gold[i] for i in items)
    pc = Counter(pred.get(i, ("alone", i)) for i in items)

    def entropy(c: Counter[Any]) -> float:
        return -sum(v / n * math.log(v / n) for v in c.values())

    h_g, h_p = entropy(gc), entropy(pc)
    h_g_given_p = -sum(v / n * math.log(v / pc[k[1]]) for k, v in joint.items())
    h_p_given_g = -sum(v / n * math.log(v / gc[k[0]]) for k, v in joint.items())
    hom = 1.0 if h_g == 0 else 1 - h_g_given_p / h_g
    com = 1.0 if h_p == 0 else 1 - h_p_given_g / h_p
    v = 2 * hom * com / (hom + com) if hom + com else 0.0
    return {"homogeneity": hom, "completeness": com, "v_measure": v}


def muc(gold: Clusters, pred: Clusters) -> PRF:
    """MUC link-based scores (Vilain et al. 1995)."""

    def score(key: Clusters, response: Clusters) -> float:
        num = den = 0
        for members in _groups(key).values():
            parts = {response.get(m, ("alone", m)) for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num / den if den else 0.0

    return PRF(score(pred, gold), score(gold, pred))


def ceaf_e(gold: Clusters, pred: Clusters) -> PRF:
    """Entity-based CEAF (phi4; Luo 2005), with an optimal one-to-one alignment."""
    g = list(_groups(gold).values())
    p = list(_groups({i: pred.get(i, ("alone", i)) for i in gold}).values())
    if not g or not p:
        return PRF(0.0, 0.0)
    total = _best_alignment(g, p)
    return PRF(total / len(p), total / len(g))


def _best_alignment(g: list[set[Hashable]], p: list[set[Hashable]]) -> float:
    index: dict[Hashable, int] = {}
    for j, members in enumerate(p):
        for m in members:
            index[m] = j
    weights: dict[tuple[int, int], float] = {}
    for i, members in enumerate(g):
        for j in {index[m] for m in members if m in index}:
            weights[i, j] = 2 * len(members & p[j]) / (len(members) + len(p[j]))
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]
        from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
        from scipy.sparse.csgraph import min_weight_full_bipartite_matching  # type: ignore[import-untyped]
    except ImportError:  # greedy: a lower bound of the optimum
        used_i: set[int] = set()
        used_j: set[int] = set()
        total = 0.0
        for (i, j), w in sorted(weights.items(), key=lambda x: -x[1]):
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
                total += w
        return total
    del min_weight_full_bipartite_matching, csr_matrix
    rows = sorted({i for i, _ in weights})
    cols = sorted({j for _, j in weights})
    ri = {r: k for k, r in enumerate(rows)}
    cj = {c: k for k, c in enumerate(cols)}
    matrix = np.zeros((len(rows), len(cols)))
    for (i, j), w in weights.items():
        matrix[ri[i], cj[j]] = w
    a, b = linear_sum_assignment(matrix, maximize=True)
    return float(matrix[a, b].sum())


def coref_scores(gold: Clusters, pred: Clusters) -> dict[str, Any]:
    m, b, c = muc(gold, pred), bcubed(gold, pred), ceaf_e(gold, pred)
    return {
        "muc": m.as_dict(),
        "bcubed": b.as_dict(),
        "ceaf_e": c.as_dict(),
        "conll_f1": (m.f1 + b.f1 + c.f1) / 3,
    }


# --------------------------------------------------------------------------------------------
# running


@dataclass
class EcbReport:
    topics: list[int]
    n_docs: int
    n_stories: int
    clustering: dict[str, dict[str, Any]]
    coreference: dict[str, dict[str, Any]]
    n_mentions: int
    n_mapped: int
    seconds: dict[str, float]
    matcher: str
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


def _article(doc: EcbDocument) -> Any:
    from ..readers.base import RawDocument
    from ..readers.layout import build_article, parse_layout

    article = build_article(
        doc.text,
        parse_layout(doc.text),
        fmt="text",
        url=doc.url,
        outlet=doc.outlet,
        published=doc.published,
    )
    return RawDocument(doc.name, "text", doc.text.encode("utf-8"), article)


def analyse(docs: Sequence[EcbDocument], model: str | None, batch_size: int) -> list[Any]:
    """The dossiers of ``docs``, in order."""
    from ..analyse import Analyser

    analyser = Analyser(model=model, batch_size=batch_size)
    out = []
    for item in analyser.analyse(_article(d) for d in docs):
        if not isinstance(item, tuple):
            raise RuntimeError(f"the pipeline failed on {item.source}: {item.problem}")
        out.append(item)
    return out


def build(items: Sequence[Any], config: Any) -> tuple[Any, dict[str, int], float]:
    """Ingest into an in-memory store, one article at a time, each updating the stories."""
    from ..store import open_store
    from ..stories.update import update_stories

    store = open_store(":memory:")
    story_of: dict[str, int] = {}
    t0 = time.perf_counter()
    for raw, dossier in items:
        store.add(raw, dossier)
        found = update_stories(store, dossier.article.id, config)
        if found is not None:
            story_of[dossier.article.id] = found
    return store, story_of, time.perf_counter() - t0


def _head(text: str) -> str:
    from ..stories.text import STOP, stem, words

    ws = [w for w in words(text) if w not in STOP] or words(text) or [text.lower()]
    return stem(ws[0])


def predicted_events(
    docs: Sequence[EcbDocument], items: Sequence[Any], store: Any, story_of: Mapping[str, int]
) -> tuple[dict[Hashable, Hashable], dict[Hashable, Hashable], int]:
    """Gold mention -> cluster, by merged story claim and head (see the module doc), and by
    head per story (the baseline); and how many mentions fell inside a claim."""
    by_claim: dict[tuple[int, str, str], str] = {}
    for sid in set(story_of.values()):
        story = store.story(sid)
        for claim in story.claims if story else []:
            for r in claim.reports:
                by_claim[sid, r.article, r.claim] = claim.id
    ours: dict[Hashable, Hashable] = {}
    heads: dict[Hashable, Hashable] = {}
    mapped = 0
    for doc, (_, dossier) in zip(docs, items, strict=True):
        in_story = story_of.get(dossier.article.id)
        for ev in doc.events:
            key = (doc.name, ev.m_id)
            head = _head(ev.text)
            heads[key] = (in_story, head)
            around = [c for c in dossier.claims if c.start <= ev.start and ev.end <= c.end]
            claim = min(around, key=lambda c: c.end - c.start, default=None)
            story_claim = (
                by_claim.get((in_story, dossier.article.id, claim.id))
                if claim and in_story
                else None
            )
            if story_claim is None:
                ours[key] = ("alone", key)
                continue
            mapped += 1
            ours[key] = (in_story, story_claim, head)
    return ours, heads, mapped


def run(
    corpus: str | Path,
    *,
    topics: Sequence[int] | None = DEV_TOPICS,
    limit_topics: int | None = None,
    semantic: bool = False,
    model: str | None = None,
    batch_size: int = 16,
    analysed: Callable[[Sequence[EcbDocument]], list[Any]] | None = None,
) -> EcbReport:
    from ..stories.update import StoryConfig

    config = StoryConfig()
    if semantic:  # before the analysis: a missing extra fails at once
        from ..stories.semantic import SemanticMatcher

        config.matcher = SemanticMatcher()
    t0 = time.perf_counter()
    docs = load_corpus(corpus, topics, limit_topics)
    t_load = time.perf_counter() - t0
    items = analysed(docs) if analysed else analyse(docs, model, batch_size)
    t_analyse = time.perf_counter() - t0 - t_load
    store, story_of, t_stories = build(items, config)
    ids = [d.article.id for _, d in items]
    pred: dict[Hashable, Hashable] = {
        d.name: story_of.get(aid, -1) for d, aid in zip(docs, ids, strict=True)
    }
    clustering = {}
    levels: list[tuple[str, dict[Hashable, Hashable]]] = [
        ("topic", {d.name: d.topic for d in docs}),
        ("subtopic", {d.name: d.subtopic for d in docs}),
    ]
    for level, gold in levels:
        clustering[level] = {"bcubed": bcubed(gold, pred).as_dict(), **v_measure(gold, pred)}
    gold_events: dict[Hashable, Hashable] = {
        (d.name, e.m_id): e.cluster for d in docs for e in d.events
    }
    ours, heads, mapped = predicted_events(docs, items, store, story_of)
    coreference = {
        "singletons": coref_scores(gold_events, {k: k for k in gold_events}),
        "head per story": coref_scores(gold_events, heads),
        "merged claims": coref_scores(gold_events, ours),
    }
    n_stories = len(set(story_of.values()))
    store.close()
    return EcbReport(
        topics=sorted({d.topic for d in docs}),
        n_docs=len(docs),
        n_stories=n_stories,
        clustering=clustering,
        coreference=coreference,
        n_mentions=len(gold_events),
        n_mapped=mapped,
        seconds={
            "load": round(t_load, 2),
            "analyse": round(t_analyse, 2),
            "stories": round(t_stories, 2),
            "total": round(time.perf_counter() - t0, 2),
        },
        matcher="semantic" if semantic else "lexical",
    )


def format_table(r: EcbReport) -> str:
    lines = [
        f"ECB+ topics {' '.join(map(str, r.topics))}: {r.n_docs} articles -> {r.n_stories} stories"
        f" ({r.matcher} claim matcher)",
        "",
        "Story clustering      B3 P    B3 R   B3 F1   homog  compl  V-meas",
    ]
    for level, s in r.clustering.items():
        b = s["bcubed"]
        lines.append(
            f"  vs {level:<10} {b['precision']:>8.3f} {b['recall']:>7.3f} {b['f1']:>7.3f}"
            f" {s['homogeneity']:>7.3f} {s['completeness']:>6.3f} {s['v_measure']:>7.3f}"
        )
    lines += [
        "",
        f"Event coreference on {r.n_mentions} gold action mentions"
        f" ({r.n_mapped} inside a merged claim)",
        "                      MUC F1  B3 F1  CEAF-e F1  CoNLL F1",
    ]
    for name, s in r.coreference.items():
        lines.append(
            f"  {name:<18} {s['muc']['f1']:>7.3f} {s['bcubed']['f1']:>6.3f}"
            f" {s['ceaf_e']['f1']:>10.3f} {s['conll_f1']:>9.3f}"
        )
    sec = r.seconds
    lines += [
        "",
        f"time: load {sec['load']:.1f} s, analyse {sec['analyse']:.1f} s, "
        f"build stories {sec['stories']:.1f} s, total {sec['total']:.1f} s",
    ]
    return "\n".join(lines)


def _fraction(value: str) -> float:
    f = float(value)
    if not 0.0 <= f <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not a fraction between 0 and 1 (e.g. 0.8)")
    return f


def _topics(value: str) -> list[int]:
    if value in ("dev", "all"):
        return list(DEV_TOPICS) if value == "dev" else []
    try:
        return [int(t) for t in value.split(",") if t.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value}: give dev, all or topic numbers: 2,5,12"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the tables (or JSON); exit 1 under a floor, 2 on bad input."""
    parser = argparse.ArgumentParser(
        prog="wwk eval ecbplus",
        description="Story clustering (B-cubed, V-measure vs topics and sub-topics) and "
        "cross-document event coreference of merged claims on ECB+.",
    )
    parser.add_argument("corpus", help="the ECB+ release folder (holding ECB+/)")
    parser.add_argument(
        "--topics",
        type=_topics,
        default=list(DEV_TOPICS),
        help="dev (default: topics 2 5 12 18 21 23 34 35), all, or numbers: 1,3,4",
    )
    parser.add_argument("--limit-topics", type=int, metavar="N", help="only the first N topics")
    parser.add_argument("--semantic", action="store_true", help="merge claims by embeddings")
    parser.add_argument("--model", help="spaCy model package (default: the analyser's)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument(
        "--floor", type=_fraction, metavar="F", help="exit 1 if B3 F1 vs sub-topics < F"
    )
    parser.add_argument(
        "--floor-topic", type=_fraction, metavar="F", help="exit 1 if B3 F1 vs topics < F"
    )
    args = parser.parse_args(argv)
    try:
        report = run(
            args.corpus,
            topics=args.topics or None,
            limit_topics=args.limit_topics,
            semantic=args.semantic,
            model=args.model,
        )
    except (FileNotFoundError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:  # the semantic extra
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.as_dict(), indent=2) if args.json else format_table(report))
    failed = 0
    for name, floor, level in (
        ("sub-topics", args.floor, "subtopic"),
        ("topics", args.floor_topic, "topic"),
    ):
        f1 = report.clustering[level]["bcubed"]["f1"]
        if floor is not None and f1 < floor:
            print(f"FAIL: story B3 F1 vs {name} {f1:.3f} < floor {floor:.3f}", file=sys.stderr)
            failed = 1
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
