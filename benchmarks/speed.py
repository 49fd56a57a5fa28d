"""Speed of whatweknow against its limit, raw spaCy ``nlp.pipe``, on the same texts in one run.

    python benchmarks/speed.py [--texts DIR] [--repeat N]

Reads plain-text articles (default: the PolNeAR dev texts in ../shared/data when present, plus the
bundled sample), then times, interleaved over ``--repeat`` rounds so that machine noise hits both
alike:

- raw: ``nlp.pipe`` of the bare model over the texts (the limit);
- wwk: the whole ``wwk extract`` path from files: read, decode, layout, the same model with
  whatweknow's stages, and the dossier built and serialised to JSON.

It prints per-article milliseconds and the ratio wwk/raw. Figures go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

from whatweknow import Analyser, ReadOptions
from whatweknow.pipeline.build import _find_model
from whatweknow.readers import read_paths
from whatweknow.readers.base import RawDocument
from whatweknow.sample import sample_dir

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "shared/data/polnear/dev/text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()

    paths = sorted(args.texts.glob("*.txt"))[: args.limit] if args.texts.exists() else []
    paths += sorted(sample_dir().glob("*.txt"))
    options = ReadOptions(lang_any=True)
    texts = [d.article.text for d in read_paths(paths, options) if isinstance(d, RawDocument)]
    n_chars = sum(map(len, texts))
    n_words = sum(len(t.split()) for t in texts)

    raw_nlp = spacy.load(_find_model(None))
    analyser = Analyser()
    analyser.nlp  # load before timing  # noqa: B018

    raw_times, wwk_times = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in raw_nlp.pipe(texts, batch_size=16):
            pass
        raw_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for item in analyser.analyse_paths(paths, options):
            if isinstance(item, tuple):
                item[1].to_json()
        wwk_times.append(time.perf_counter() - t0)

    raw, wwk = statistics.median(raw_times), statistics.median(wwk_times)
    n = len(texts)
    print(
        f"{n} articles, {n_chars:,} characters, model {analyser.info.model}, "
        f"median of {args.repeat} rounds"
    )
    print(
        f"raw nlp.pipe      {raw:7.2f} s  {1000 * raw / n:7.1f} ms/article  "
        f"{n_words / raw:8,.0f} words/s"
    )
    print(
        f"wwk extract path  {wwk:7.2f} s  {1000 * wwk / n:7.1f} ms/article  "
        f"{n_words / wwk:8,.0f} words/s"
    )
    print(f"ratio wwk/raw     {wwk / raw:7.2f}")
    print("reproduce: python benchmarks/speed.py --repeat", args.repeat)


if __name__ == "__main__":
    main()
