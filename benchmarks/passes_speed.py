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

import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, news_like_text  # noqa: E402
from timing import article_batch_parser, best_seconds  # noqa: E402

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
    """Best seconds of building the document models, then of each pass over fresh models."""
    results = {"document model": best_seconds(lambda: build(texts), repeat)[0]}
    docs: list = []

    def fresh_models() -> None:  # outside the timed span
        docs[:] = build(texts)

    for name, function in PASSES.items():
        results[name], _ = best_seconds(lambda: [function(d) for d in docs], repeat, before=fresh_models)
    return results


def main() -> None:
    options = article_batch_parser(__doc__).parse_args()

    warm = articles(0.05, options.article_kb, seed=2, vocabulary=options.vocabulary)
    for doc in build(warm):
        for function in PASSES.values():
            function(doc)
    layouts = {
        f"{options.article_kb:g} KB articles": articles(options.megabytes, options.article_kb, seed=1,
                                                         vocabulary=options.vocabulary),
        "one document": [news_like_text(int(options.megabytes * 1_000_000), vocabulary=options.vocabulary)],
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
