"""Throughput and peak memory of every stage and of the whole record, at 1 MB and 10 MB.

Usage: python benchmarks/whole_pass.py [--sizes 1 10] [--article-kb 3] [--vocabulary varied]

For each size, seeded news-like text (benchmarks/corpus.py) is cut into
articles of about 3 KB and processed one article at a time on one core
(nothing is kept between articles, as the CLI streams). Reported per stage:
MB/s of UTF-8 input (untraced run) and the peak of memory allocated while it
ran (tracemalloc, which also tracks numpy; a separate run over a tenth of the
articles), as a multiple of the text's size. Finally the whole record of each
size taken as one single document, the worst case for memory.

Stages: the document model alone; the model plus each pass (readability,
terms, stance); the whole record (:func:`analysis.document_record`); and
textstat 0.7.13 computing its readability functions for the same formulas.
Doubling the size should double the time (linear cost): the 10 MB row should
take about ten times the 1 MB row.

Every stage starts cold: both tools have loaded their data (a warm-up on
other articles) but their per-word and per-text caches are emptied
(``start_cold`` in benchmarks/timing.py), so each pays for a word form the
first time it meets it within the stage, and the peak memory includes what
the caches grow by. The text has a realistic vocabulary (about 20,000
distinct words per megabyte; ``--vocabulary pool`` for the generator's
unchanged sentences).
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402
from timing import add_vocabulary_option, start_cold, textstat_formulas  # noqa: E402

from analysis import document_from_text, document_record  # noqa: E402
from analysis.readability import readability_counts, scores  # noqa: E402
from analysis.stance import stance_record  # noqa: E402
from analysis.terms import terms_record  # noqa: E402


STAGES: dict[str, Callable[[str], object]] = {
    "document model": lambda t: document_from_text(t).word_types,
    "model + readability": lambda t: scores(readability_counts(document_from_text(t))),
    "model + terms": lambda t: terms_record(document_from_text(t)),
    "model + stance": lambda t: stance_record(document_from_text(t)),
    "whole record": lambda t: document_record(document_from_text(t)),
    "textstat readability": textstat_formulas,
}


def run(stage: Callable[[str], object], texts: list[str]) -> tuple[float, int]:
    """Seconds for one stage over all texts (untraced), then its peak traced bytes in a second run.

    Each run starts cold (``start_cold``: no per-word or per-text cache of either
    tool holds anything). Tracing slows Python several times, so time and
    memory come from separate runs.
    """
    start_cold()
    start = time.perf_counter()
    for text in texts:
        stage(text)
    seconds = time.perf_counter() - start
    start_cold()
    tracemalloc.start()
    for text in texts[: max(1, len(texts) // 10)]:
        stage(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 10.0], help="megabytes")
    parser.add_argument("--article-kb", type=float, default=3.0)
    add_vocabulary_option(parser)
    options = parser.parse_args()
    warm = articles(0.05, options.article_kb, seed=2, vocabulary=options.vocabulary)
    for stage in STAGES.values():
        for text in warm:
            stage(text)
    results: dict[tuple[str, float], float] = {}
    for size in options.sizes:
        texts = articles(size, options.article_kb, seed=1, vocabulary=options.vocabulary)
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        print(f"{megabytes:.1f} MB in {len(texts):,} articles")
        for name, stage in STAGES.items():
            seconds, peak = run(stage, texts)
            results[(name, size)] = seconds
            print(f"  {name:<22} {megabytes / seconds:6.2f} MB/s  {seconds:7.2f} s   peak memory "
                  f"{peak / 1e6:7.1f} MB ({peak / (megabytes * 1e6):.1f}x the text)")
        ratio = results[("textstat readability", size)] / results[("whole record", size)]
        print(f"  whole record vs textstat readability only: {ratio:.2f}x textstat's throughput")
    for size in options.sizes:
        text = "\n".join(articles(size, options.article_kb, seed=1, vocabulary=options.vocabulary))
        megabytes = len(text.encode("utf-8")) / 1e6
        seconds, peak = run(STAGES["whole record"], [text])
        print(f"{megabytes:.1f} MB as one document, whole record: {megabytes / seconds:.2f} MB/s, peak memory "
              f"{peak / 1e6:.0f} MB ({peak / (megabytes * 1e6):.1f}x the text)")
    if len(options.sizes) == 2:
        small, large = options.sizes
        for name in STAGES:
            growth = results[(name, large)] / results[(name, small)]
            print(f"  {name:<22} time x{growth:.1f} for x{large / small:g} the text")


if __name__ == "__main__":
    main()
