"""Fit the same-story model on the tune half of ECB+ and write it beside the clustering code.

    python scripts/fit_same_story.py ../shared/data/ecbplus [--topics all] [--out PATH]

Articles are analysed as ``wwk eval ecbplus`` does; the pairs and the fit are those of
:mod:`whatweknow.eval.same_story` (pairs within each topic: the decision that matters is
between events of the same kind). Only articles of the tune half (``split.half("ecbplus",
name)``) are read for the fit; the check half's pairs are scored for the log-loss printed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from whatweknow.eval.ecbplus import analyse, load_corpus
from whatweknow.eval.same_story import FEATURES, Pair, fit, log_loss, pairs
from whatweknow.eval.split import half
from whatweknow.stories import cluster


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--topics", default="all", help="all (default) or dev")
    parser.add_argument("--out", type=Path, default=cluster.MODEL)
    args = parser.parse_args()
    from whatweknow.eval.ecbplus_corpus import DEV_TOPICS

    docs = load_corpus(args.corpus, list(DEV_TOPICS) if args.topics == "dev" else None, None)
    items = analyse(docs, None, 16)
    data: dict[str, list[Pair]] = {}
    for which in ("tune", "check"):
        data[which] = []
        for topic in sorted({d.topic for d in docs}):
            arts = [
                (cluster.article_keys(d), doc.subtopic, d.article.published)
                for doc, (_, d) in zip(docs, items, strict=True)
                if doc.topic == topic and half("ecbplus", doc.name) == which
            ]
            data[which] += pairs(arts)
    bias, weights = fit(data["tune"], FEATURES)
    print(f"{len(data['tune'])} tune pairs; bias {bias:.3f}; weights", weights)
    for which, rows in data.items():
        print(f"log-loss {which}: {log_loss(rows, bias, weights):.4f}")
    model = {"bias": round(bias, 4), "weights": {k: round(v, 4) for k, v in weights.items()}}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
