"""Throughput of the full readability pass versus textstat on the same text.

Usage: python benchmarks/readability_speed.py [--megabytes 1] [--article-kb 3] [--repeat 3]

Generates about 1 MB of seeded news-like text (benchmarks/corpus.py), cut into
articles of about 3 KB (a realistic corpus: many short documents). On one core,
after warming both tools on a separate set of articles, it times:

- ours: for each article, the document model (normalisation, segmentation,
  tokens), the readability counts and all 13 formulas plus the consensus;
- textstat 0.7.13: for each article, the same formulas (its functions of the
  same names), with its syllable counter reading CMUdict from disk
  (analysis.textstat_reference).

Before every run both tools' per-word and per-text caches are emptied
(benchmarks/timing.py, ``start_cold``), so each run pays for every word form
the first time it meets it, as the first megabyte of a corpus run does.

Prints MB/s for both and the ratio. The best of ``--repeat`` runs is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402
from timing import article_batch_parser, best_seconds, start_cold, textstat_formulas  # noqa: E402

from analysis import document_from_text  # noqa: E402
from analysis.readability import FORMULAS, readability_counts, scores  # noqa: E402
from analysis.textstat_reference import offline_textstat  # noqa: E402


def ours(batch: list[str]) -> None:
    for text in batch:
        scores(readability_counts(document_from_text(text)))


def theirs(batch: list[str]) -> None:
    for text in batch:
        textstat_formulas(text)


def main() -> None:
    options = article_batch_parser(__doc__).parse_args()

    batch = articles(options.megabytes, options.article_kb, seed=1, vocabulary=options.vocabulary)
    warm = articles(0.05, options.article_kb, seed=2, vocabulary=options.vocabulary)
    ours(warm)
    theirs(warm)  # loads CMUdict, pyphen and the easy-word list
    megabytes = sum(len(t.encode("utf-8")) for t in batch) / 1e6
    ts = offline_textstat()
    n_formulas = sum(1 for name in FORMULAS if hasattr(ts, name))
    print(f"{len(batch)} articles, {megabytes:.2f} MB; {len(FORMULAS)} formulas (textstat has {n_formulas} of them)")

    ours_s, _ = best_seconds(lambda: ours(batch), options.repeat, before=start_cold)
    theirs_s, _ = best_seconds(lambda: theirs(batch), options.repeat, before=start_cold)
    print(f"ours (document model + counts + all formulas) {megabytes / ours_s:7.2f} MB/s  ({ours_s:.2f} s)")
    print(f"textstat (same formulas)                      {megabytes / theirs_s:7.2f} MB/s  ({theirs_s:.2f} s)")
    print(f"ratio: ours is {theirs_s / ours_s:.1f}x textstat's throughput")


if __name__ == "__main__":
    main()
