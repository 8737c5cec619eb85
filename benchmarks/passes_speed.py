"""Time of each analysis pass over the same text, on one core.

Usage: python benchmarks/passes_speed.py [--megabytes 1] [--article-kb 3] [--repeat 3]

About 1 MB of seeded news-like text (benchmarks/corpus.py) is analysed twice:
as articles of about 3 KB (a corpus of short documents) and as one document.
For each, it reports the best of ``--repeat`` runs of:

- document model: loading from a string, normalisation, segmentation,
  tokens, and the word columns every analysis shares;
- readability pass: counts and every formula (:mod:`analysis.readability`);
- terms pass: the record's terms section (top terms, keyness, actors,
  lexical diversity; :func:`analysis.terms.terms_record`);
- stance pass: the record's stance section (every marker with its holder,
  counts and rates; :func:`analysis.stance.stance_record`).

Each pass is timed on documents whose model is already built, so the
numbers compare the passes themselves; the document model's own time is
shown beside them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, news_like_text  # noqa: E402

from analysis import document_from_text  # noqa: E402
from analysis.readability import readability_counts, scores  # noqa: E402
from analysis.stance import stance_record  # noqa: E402
from analysis.terms import terms_record  # noqa: E402


def build(texts: list[str]) -> list:
    docs = [document_from_text(t) for t in texts]
    for doc in docs:
        doc.word_types  # the shared word columns are part of the model
    return docs


PASSES: dict[str, Callable] = {
    "readability pass": lambda doc: scores(readability_counts(doc)),
    "terms pass": terms_record,
    "stance pass": stance_record,
}


def measure(texts: list[str], repeat: int) -> dict[str, float]:
    results = {"document model": min(_time(lambda: build(texts)) for _ in range(repeat))}
    for name, function in PASSES.items():
        best = float("inf")
        for _ in range(repeat):
            docs = build(texts)
            best = min(best, _time(lambda: [function(d) for d in docs]))
        results[name] = best
    return results


def _time(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--article-kb", type=float, default=3.0)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    warm = articles(0.05, options.article_kb, seed=2)
    for doc in build(warm):
        for function in PASSES.values():
            function(doc)
    layouts = {
        f"{options.article_kb:g} KB articles": articles(options.megabytes, options.article_kb, seed=1),
        "one document": [news_like_text(int(options.megabytes * 1_000_000))],
    }
    for layout, texts in layouts.items():
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        print(f"{layout}: {len(texts)} document(s), {megabytes:.2f} MB")
        results = measure(texts, options.repeat)
        for name, seconds in results.items():
            print(f"  {name:<16} {seconds:6.3f} s   {megabytes / seconds:7.2f} MB/s")
        for name in ("terms pass", "stance pass"):
            print(f"  {name} / readability pass: {results[name] / results['readability pass']:.2f}")


if __name__ == "__main__":
    main()
