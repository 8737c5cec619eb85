"""Time of each analysis pass over the same text, on one core.

Usage: python benchmarks/passes_speed.py [--megabytes 1] [--article-kb 3] [--repeat 3] [--vocabulary varied]

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
shown beside them. Every pass looks word forms up in per-word caches
(:mod:`analysis.caches`), so each is timed twice: with cold caches (every
run starts empty: the first megabyte a process sees) and warm (after one run
over the same text: a long corpus run, where most forms were met before).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, news_like_text  # noqa: E402
from timing import article_batch_parser, best_seconds, start_cold  # noqa: E402

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


def measure(texts: list[str], repeat: int, cold: bool) -> dict[str, float]:
    """Best seconds of building the document models, then of each pass over fresh models.

    ``cold``: every run starts with empty per-word caches (``start_cold``);
    otherwise the caches are warm from a first, untimed run over the same texts.
    """
    docs: list = []

    def fresh_models() -> None:  # outside the timed span
        if cold:
            start_cold()
        docs[:] = build(texts)

    if not cold:
        for function in PASSES.values():
            fresh_models()
            [function(d) for d in docs]
    results = {"document model": best_seconds(lambda: build(texts), repeat, before=start_cold if cold else None)[0]}
    for name, function in PASSES.items():
        results[name], _ = best_seconds(lambda: [function(d) for d in docs], repeat, before=fresh_models)
    return results


def main() -> None:
    options = article_batch_parser(__doc__).parse_args()

    warm = articles(0.05, options.article_kb, seed=2, vocabulary=options.vocabulary)
    for doc in build(warm):  # loads every lexicon
        for function in PASSES.values():
            function(doc)
    layouts = {
        f"{options.article_kb:g} KB articles": articles(options.megabytes, options.article_kb, seed=1,
                                                         vocabulary=options.vocabulary),
        "one document": [news_like_text(int(options.megabytes * 1_000_000), vocabulary=options.vocabulary)],
    }
    for layout, texts in layouts.items():
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        print(f"{layout}: {len(texts)} document(s), {megabytes:.2f} MB ({options.vocabulary} vocabulary)")
        cold, warm_ = measure(texts, options.repeat, cold=True), measure(texts, options.repeat, cold=False)
        print(f"  {'':<16} {'cold word caches':>22}   {'warm word caches':>22}")
        for name in cold:
            print(f"  {name:<16} {cold[name]:6.3f} s {megabytes / cold[name]:7.2f} MB/s   "
                  f"{warm_[name]:6.3f} s {megabytes / warm_[name]:7.2f} MB/s")
        for name in ("terms pass", "stance pass"):
            print(f"  {name} / readability pass: {cold[name] / cold['readability pass']:.2f} cold, "
                  f"{warm_[name] / warm_['readability pass']:.2f} warm")


if __name__ == "__main__":
    main()
