"""Story clustering and cross-document event coreference on ECB+ (``wwk eval ecbplus``).

ECB+ (Cybulska and Vossen 2014) groups news articles by *topic* (a kind of seminal event: a
celebrity checks into rehab) and, inside each topic, two *sub-topics*: the ECB articles on one
event and the ECB+ articles on another of the same kind (Tara Reid's rehab in 2008, Lindsay
Lohan's in 2013). The shared copy holds topics 1–35 (no 15 and 17); the default is the dev topics
of Cybulska and Vossen 2015. Articles are read by :mod:`whatweknow.eval.ecbplus_corpus`, scored
with :mod:`whatweknow.eval.coref`.

Scores
------
* Story clustering, against topics and against sub-topics (a story is one developing story: a
  sub-topic is the closer match): B-cubed precision, recall and F1 over articles (Bagga and
  Baldwin 1998), and V-measure (homogeneity, completeness; Rosenberg and Hirschberg 2007).
  Also for each half (``split.half("ecbplus", name)``), its articles clustered alone (the
  same-story model is fitted on tune-half articles only), beside a TF-IDF baseline: the same
  incremental clustering deciding by the cosine of content terms alone (:data:`TFIDF`, its
  threshold the best on the tune half).
* Related stories against topics: stories linked as told of the same kind of event
  (:func:`whatweknow.stories.cluster.related`), linked transitively, scored by B-cubed against
  topics (a story is one sub-topic; its related stories are the topic). ``--floor-topic`` reads
  this.
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
  The merged claims are also scored on each half's gold mentions alone (``merged claims tune``,
  ``merged claims check``: the same run, its mentions split by their article's half).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import add_floor, add_json, bad_input, check_floor, enclosing, print_report
from .coref import bcubed, ceaf_e, coref_scores, muc, v_measure
from .ecbplus_corpus import DEV_TOPICS, EcbDocument, EventGold, load_corpus
from .split import HALVES, half

TFIDF = 0.2
"""The baseline's least cosine of content terms (the best of 0.1, 0.15, …, 0.3 on the tune half
of the dev topics)."""

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
    halves: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """half -> system (``ours``, ``tfidf``) -> B-cubed vs ``subtopic`` and ``topic``."""
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
        update_stories(store, dossier.article.id, config)
    # read at the end: a later article may merge two stories, or a story be split
    members = store.story_members()
    for _, dossier in items:
        found = members.get(dossier.article.id)
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
            claim = enclosing(dossier.claims, ev.start, ev.end)
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
    linked: dict[Hashable, Hashable] = {
        d.name: group for d, group in zip(docs, related_groups(store, story_of, ids), strict=True)
    }
    gold_topic: dict[Hashable, Hashable] = {d.name: d.topic for d in docs}
    clustering["related"] = {"bcubed": bcubed(gold_topic, linked).as_dict()}
    gold_events: dict[Hashable, Hashable] = {
        (d.name, e.m_id): e.cluster for d in docs for e in d.events
    }
    ours, heads, mapped = predicted_events(docs, items, store, story_of)
    coreference = {
        "singletons": coref_scores(gold_events, {k: k for k in gold_events}),
        "head per story": coref_scores(gold_events, heads),
        "merged claims": coref_scores(gold_events, ours),
    }
    for which in HALVES:  # the same merged claims, scored on each half's gold mentions
        mine: dict[Hashable, Hashable] = {
            (d.name, e.m_id): e.cluster
            for d in docs
            if half("ecbplus", d.name) == which
            for e in d.events
        }
        coreference[f"merged claims {which}"] = coref_scores(
            mine, {k: v for k, v in ours.items() if k in mine}
        )
    n_stories = len(set(story_of.values()))
    store.close()
    halves = by_half(docs, items, config)
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
        halves=halves,
    )


def related_groups(store: Any, story_of: Mapping[str, int], ids: Sequence[str]) -> list[int]:
    """Each article's group of related stories (:func:`whatweknow.stories.cluster.related`,
    linked transitively), as the least story id of the group."""
    from ..stories.cluster import related
    from ..story_contract import Profile

    profiles = {}
    for sid in sorted(set(story_of.values())):
        s = store.story(sid)
        if s is not None:
            profiles[sid] = Profile(sid, len(s.articles), dict(s.keys), s.first, s.last)
    df: dict[str, int] = {}
    for p in profiles.values():
        for k, n in p.keys.items():
            df[k] = df.get(k, 0) + n
    total = sum(p.articles for p in profiles.values())
    parent = {sid: sid for sid in profiles}

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in related(profiles, df, total):
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [root(story_of[aid]) if story_of.get(aid) in parent else -1 for aid in ids]


def baseline() -> Any:
    """The TF-IDF baseline's story config (see the module doc)."""
    from ..stories.cluster import ClusterConfig, SameStory
    from ..stories.update import StoryConfig

    model = SameStory(-TFIDF, {"t": 1.0})
    return StoryConfig(
        clustering=ClusterConfig(
            threshold=0.0,
            min_cos=0.0,
            model=model,
            named=None,
            placeless=None,
            elsewhere=None,
            aside=None,
            passing=None,
            places=None,
            matter=None,
            central=False,
            split=None,
        )
    )


def by_half(
    docs: Sequence[EcbDocument], items: Sequence[Any], config: Any
) -> dict[str, dict[str, dict[str, Any]]]:
    """Each half's articles clustered alone, by the system and by the baseline: B-cubed."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for which in HALVES:
        mine = [
            (d, it) for d, it in zip(docs, items, strict=True) if half("ecbplus", d.name) == which
        ]
        out[which] = {}
        for system, conf in (("ours", config), ("tfidf", baseline())):
            store, story_of, _ = build([it for _, it in mine], conf)
            store.close()
            pred: dict[Hashable, Hashable] = {
                d.name: story_of.get(it[1].article.id, -1) for d, it in mine
            }
            out[which][system] = {
                level: bcubed({d.name: getattr(d, level) for d, _ in mine}, pred).as_dict()
                for level in ("subtopic", "topic")
            }
    return out


def format_table(r: EcbReport) -> str:
    lines = [
        f"ECB+ topics {' '.join(map(str, r.topics))}: {r.n_docs} articles -> {r.n_stories} stories"
        f" ({r.matcher} claim matcher)",
        "",
        "Story clustering      B3 P    B3 R   B3 F1   homog  compl  V-meas",
    ]
    for level, s in r.clustering.items():
        b = s["bcubed"]
        if level == "related":
            lines.append(
                f"  related vs topic {b['precision']:>5.3f} {b['recall']:>7.3f} {b['f1']:>7.3f}"
                "   (stories linked as related: same kind of event, same place)"
            )
            continue
        lines.append(
            f"  vs {level:<10} {b['precision']:>8.3f} {b['recall']:>7.3f} {b['f1']:>7.3f}"
            f" {s['homogeneity']:>7.3f} {s['completeness']:>6.3f} {s['v_measure']:>7.3f}"
        )
    lines += [
        "",
        f"Event coreference on {r.n_mentions} gold action mentions"
        f" ({r.n_mapped} inside a merged claim)",
        "                        MUC F1  B3 F1  CEAF-e F1  CoNLL F1",
    ]
    for name, s in r.coreference.items():
        lines.append(
            f"  {name:<20} {s['muc']['f1']:>7.3f} {s['bcubed']['f1']:>6.3f}"
            f" {s['ceaf_e']['f1']:>10.3f} {s['conll_f1']:>9.3f}"
        )
    if r.halves:
        lines += ["", "Each half alone        sub-topic B3 P / R / F1    topic B3 F1"]
        for which, systems in r.halves.items():
            for system, levels in systems.items():
                b, t = levels["subtopic"], levels["topic"]
                lines.append(
                    f"  {which:<5} {system:<6} {b['precision']:>17.3f} {b['recall']:>6.3f}"
                    f" {b['f1']:>6.3f} {t['f1']:>12.3f}"
                )
    sec = r.seconds
    lines += [
        "",
        f"time: load {sec['load']:.1f} s, analyse {sec['analyse']:.1f} s, "
        f"build stories {sec['stories']:.1f} s, total {sec['total']:.1f} s",
    ]
    return "\n".join(lines)


def _topics(value: str) -> list[int]:
    if value in ("dev", "all"):
        return list(DEV_TOPICS) if value == "dev" else []
    try:
        return [int(t) for t in value.split(",") if t.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value}: give dev, all or topic numbers: 2,5,12"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """The options of ``wwk eval ecbplus`` (and ``python -m whatweknow.eval.ecbplus``)."""
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
    add_json(parser, "tables")
    add_floor(parser, "--floor", "exit 1 if B3 F1 vs sub-topics < F")
    add_floor(parser, "--floor-topic", "exit 1 if B3 F1 vs topics of related stories < F")
    add_floor(parser, "--floor-check", "exit 1 if the check half's B3 F1 vs sub-topics < F")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the tables (or JSON); exit 1 under a floor, 2 on bad input."""
    args = build_parser().parse_args(argv)
    try:
        report = run(
            args.corpus,
            topics=args.topics or None,
            limit_topics=args.limit_topics,
            semantic=args.semantic,
            model=args.model,
        )
    except (FileNotFoundError, OSError, ImportError) as exc:  # ImportError: the semantic extra
        return bad_input(exc)
    print_report(report, format_table, args.json)
    check = report.halves["check"]["ours"]["subtopic"]["f1"] if report.halves else 0.0
    return max(
        *(
            check_floor(f"story B3 F1 vs {name}", report.clustering[level]["bcubed"]["f1"], floor)
            for name, floor, level in (
                ("sub-topics", args.floor, "subtopic"),
                ("topics (related stories)", args.floor_topic, "related"),
            )
        ),
        check_floor("check half story B3 F1 vs sub-topics", check, args.floor_check),
    )


if __name__ == "__main__":
    raise SystemExit(main())
