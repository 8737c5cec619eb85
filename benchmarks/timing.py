"""Shared timing and command-line options for the benchmark scripts."""

from __future__ import annotations

import argparse
import time
from typing import Callable

from analysis.caches import clear_word_caches, lru_caches
from analysis.readability import FORMULAS
from analysis.textstat_reference import offline_textstat


def start_cold() -> None:
    """Put both tools back in the state of a process that has loaded its data but seen no text.

    Empties our per-word caches (:func:`analysis.caches.clear_word_caches`)
    and textstat's per-text and per-word caches, keeping the loaders of its
    data (``get_cmudict``, ``get_pyphen``, ``get_lang_easy_words``), so every
    measured run pays for each word form and each text the first time it
    meets it, as the first megabytes of a corpus run do.
    """
    clear_word_caches()
    for cache in lru_caches("textstat"):
        if not cache.__name__.startswith("get_"):
            cache.cache_clear()


def textstat_formulas(text: str) -> None:
    """textstat's readability functions for every formula it shares with us, on one text."""
    ts = offline_textstat()
    for name in FORMULAS:
        function = getattr(ts, name, None)
        if function is not None:
            function(text)


def best_seconds(
    function: Callable[[], object], repeat: int, before: Callable[[], object] | None = None
) -> tuple[float, object]:
    """Best wall-clock time (seconds) of ``repeat`` calls, and the last call's result.

    ``before`` runs ahead of each call, outside the timed span (e.g. to clear caches).
    The best run is the one least disturbed by other load on the machine.
    """
    best, result = float("inf"), None
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def article_batch_parser(description: str | None, megabytes: float = 1.0) -> argparse.ArgumentParser:
    """Options shared by benchmarks that time a batch of generated articles."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=megabytes, help="size of the batch, MB of UTF-8")
    parser.add_argument("--article-kb", type=float, default=3.0, help="size of one article, KB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    add_vocabulary_option(parser)
    return parser


def add_vocabulary_option(parser: argparse.ArgumentParser) -> None:
    """``--vocabulary varied|pool``: see :func:`corpus.news_like_text`."""
    parser.add_argument("--vocabulary", choices=("varied", "pool"), default="varied",
                        help="varied: content words replaced, a realistic number of distinct words (default); "
                             "pool: the generator's sentences unchanged (a few hundred distinct words)")
