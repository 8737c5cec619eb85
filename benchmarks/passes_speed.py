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
(:mod:`analysis.caches`), so each is timed in three states of those caches:

- cold: every run starts empty (the first megabyte a process sees);
- steady: the caches were filled by one run over a *different* megabyte of
  the same kind of text (a later megabyte of a long corpus run: common forms
  were met before, rare ones were not);
- same text: filled by one run over the *same* text (an upper bound on what
  caching can give; no real run sees its text twice).

The ratio of the terms and of the stance pass to the readability pass is given
twice: from the best times, and as the median over runs of the ratio within one
run (every run times each pass once, in rotating order). On a machine whose
speed drifts, the paired median is the steadier of the two.
"""

from __future__ import annotations

import statistics
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


def measure(texts: list[str], repeat: int, warm_on: list[str] | None) -> tuple[dict[str, float], dict[str, float]]:
    """Best seconds of building the document models, then of each pass over fresh models; and, for
    the terms and stance passes, the median over runs of their time divided by the readability
    pass's time *in the same run*.

    ``warm_on``: ``None`` for cold caches (each pass starts with ``start_cold``);
    otherwise each pass starts from caches filled by one untimed run of every pass
    over these texts. Each run times every pass once, in an order that rotates from run to run,
    so a slow spell of the machine falls on the passes of one run alike and the paired ratio
    cancels it, where the ratio of two best times, taken minutes apart, does not.
    """
    docs: list = []

    def prepare() -> None:  # outside the timed span
        start_cold()
        if warm_on is not None:
            for doc in build(warm_on):
                for function in PASSES.values():
                    function(doc)
        docs[:] = build(texts)

    best = {"document model": best_seconds(lambda: build(texts), repeat, before=start_cold)[0]}
    names = list(PASSES)
    runs: list[dict[str, float]] = []
    for run in range(repeat):
        times: dict[str, float] = {}
        for name in names[run % len(names):] + names[:run % len(names)]:
            times[name], _ = best_seconds(lambda: [PASSES[name](d) for d in docs], 1, before=prepare)
        runs.append(times)
    for name in names:
        best[name] = min(times[name] for times in runs)
    paired = {name: statistics.median(times[name] / times["readability pass"] for times in runs)
              for name in ("terms pass", "stance pass")}
    return best, paired


def main() -> None:
    options = article_batch_parser(__doc__).parse_args()

    warm = articles(0.05, options.article_kb, seed=2, vocabulary=options.vocabulary)
    for doc in build(warm):  # loads every lexicon
        for function in PASSES.values():
            function(doc)
    size = int(options.megabytes * 1_000_000)
    layouts = {  # (texts measured, other texts of the same kind for the steady state)
        f"{options.article_kb:g} KB articles": (
            articles(options.megabytes, options.article_kb, seed=1, vocabulary=options.vocabulary),
            articles(options.megabytes, options.article_kb, seed=3, vocabulary=options.vocabulary)),
        "one document": ([news_like_text(size, vocabulary=options.vocabulary)],
                         [news_like_text(size, seed=3, vocabulary=options.vocabulary)]),
    }
    states = ("cold", "steady", "same text")
    for layout, (texts, others) in layouts.items():
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        print(f"{layout}: {len(texts)} document(s), {megabytes:.2f} MB ({options.vocabulary} vocabulary)")
        measured = dict(zip(states, (measure(texts, options.repeat, None), measure(texts, options.repeat, others),
                                     measure(texts, options.repeat, texts))))
        results = {state: best for state, (best, _) in measured.items()}
        print(f"  {'word caches:':<16}" + "".join(f"{state:>23}" for state in states))
        for name in results["cold"]:
            print(f"  {name:<16}" + "".join(f"{results[s][name]:8.3f} s {megabytes / results[s][name]:6.2f} MB/s"
                                            for s in states))
        for name in ("terms pass", "stance pass"):
            ratios = ", ".join(f"{results[s][name] / results[s]['readability pass']:.2f} {s}" for s in states)
            print(f"  {name} / readability pass, best times: {ratios}")
            paired = ", ".join(f"{measured[s][1][name]:.2f} {s}" for s in states)
            print(f"  {name} / readability pass, median of paired runs: {paired}")


if __name__ == "__main__":
    main()
