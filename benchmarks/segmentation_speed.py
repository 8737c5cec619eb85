"""Throughput of sentence segmentation versus a bare regular-expression word split.

Usage: python benchmarks/segmentation_speed.py [--megabytes 10] [--repeat 3]

Generates about 10 MB of seeded news-like text (benchmarks/corpus.py) and, on
one core, times the following; then segments 10 MB of dialogue-heavy,
hard-wrapped prose (quotation marks in most sentences) as a harder case:

- ``sentence_spans``: the project's paragraph + sentence segmentation;
- ``re.findall(r"\\w+")``: the cheapest possible word tokenisation, as a yardstick;
- ``build_document``: the whole document model (segmentation + tokens with offsets).

Each is run ``--repeat`` times; the best run is reported (the least disturbed
by other load), in MB/s of UTF-8 input.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import dialogue_like_text, news_like_text  # noqa: E402
from timing import add_vocabulary_option, best_seconds  # noqa: E402

from analysis.document import build_document  # noqa: E402
from analysis.loading import RawText  # noqa: E402
from analysis.segment import sentence_spans  # noqa: E402

WORD = re.compile(r"\w+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3)
    add_vocabulary_option(parser)
    options = parser.parse_args()

    text = news_like_text(int(options.megabytes * 1_000_000), vocabulary=options.vocabulary)
    megabytes = len(text.encode("utf-8")) / 1e6
    raw = RawText("<benchmark>", text, "", len(text.encode("utf-8")))
    print(f"text: {megabytes:.2f} MB, {text.count(chr(10)) + 1:,} paragraphs, Python {sys.version.split()[0]}")

    rows = []
    for name, function in [
        ("sentence segmentation", lambda: sentence_spans(text)),
        ("regex word split (\\w+)", lambda: WORD.findall(text)),
        ("document model (all)", lambda: build_document(raw)),
    ]:
        seconds, result = best_seconds(function, options.repeat)
        units = len(result) if isinstance(result, list) else len(result.tokens)  # type: ignore[union-attr]
        rows.append((name, seconds, units))
    for name, seconds, units in rows:
        print(f"{name:<26} {megabytes / seconds:8.1f} MB/s   {seconds:6.2f} s   {units:>10,} items")
    segmentation, regex = rows[0][1], rows[1][1]
    print(f"segmentation takes {segmentation / regex:.1f}x the time of the bare regex word split")

    dialogue = dialogue_like_text(int(options.megabytes * 1_000_000))
    dialogue_mb = len(dialogue.encode("utf-8")) / 1e6
    seconds, spans = best_seconds(lambda: sentence_spans(dialogue), options.repeat)
    print(f"dialogue-heavy prose, {dialogue_mb:.2f} MB hard-wrapped: sentence segmentation "
          f"{dialogue_mb / seconds:.1f} MB/s ({len(spans):,} sentences)")


if __name__ == "__main__":
    main()
