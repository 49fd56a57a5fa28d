"""Where the time goes: seconds per pipeline component over the same texts.

    python benchmarks/profile_stages.py [--texts DIR] [--limit N]

Runs each article through the pipeline one component at a time (no batching, so the model's
components are slower here than under ``nlp.pipe``; the point is the share of each stage) and
prints seconds per component, the model's and whatweknow's, with their totals.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from whatweknow import Analyser, ReadOptions
from whatweknow.readers import read_paths
from whatweknow.readers.base import RawDocument

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "shared/data/polnear/dev/text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    paths = sorted(args.texts.glob("*.txt"))[: args.limit]
    docs = [d for d in read_paths(paths, ReadOptions(lang_any=True)) if isinstance(d, RawDocument)]
    analyser = Analyser()
    nlp = analyser.nlp
    seconds: dict[str, float] = defaultdict(float)
    for raw in docs:
        doc = nlp.make_doc(raw.article.text)
        doc._.wwk_article = raw.article
        for name, component in nlp.pipeline:
            t0 = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - t0
    ours = {k: v for k, v in seconds.items() if k.startswith("wwk_")}
    model = {k: v for k, v in seconds.items() if not k.startswith("wwk_")}
    print(f"{len(docs)} articles, model {analyser.info.model}")
    for name, value in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:18s} {value:7.2f} s")
    print(
        f"model components {sum(model.values()):7.2f} s; whatweknow stages "
        f"{sum(ours.values()):7.2f} s ({sum(ours.values()) / sum(model.values()):.0%})"
    )
    print("reproduce: python benchmarks/profile_stages.py --limit", args.limit)


if __name__ == "__main__":
    main()
