"""The package's per-word caches, and a way to empty them.

Every pass looks up features of each distinct word form (syllables, Dale–Chall
familiarity, term, wordfreq frequency) in tables that live as long as the
process (:data:`analysis.forms.FORMS` and the terms vocabulary), so a corpus
run pays for a word form once. A few small ``lru_cache`` s serve the
functions that chapters call word by word (``term_of``, syllables, lemmas). :func:`clear_word_caches`
empties them (the loaded lexicons stay), for long-running processes that want
the memory back and for benchmarks that must start every stage alike.
"""

from __future__ import annotations

import functools
import gc
from typing import Any, Iterator

__all__ = ["clear_word_caches", "lru_caches"]


def lru_caches(package: str) -> Iterator[Any]:
    """Every ``functools.lru_cache`` wrapper alive in this process whose function belongs to ``package``."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and (getattr(obj, "__module__", "") or "").startswith(package):
            yield obj


def clear_word_caches() -> None:
    """Forget every cached per-word result of the package (loaded data files are kept)."""
    for cache in lru_caches("analysis"):
        if (cache.cache_info().maxsize or 0) > 1:  # size-1 caches hold loaded data files
            cache.cache_clear()
    from . import terms
    from .forms import FORMS

    terms._VOCABULARY.clear()
    FORMS.clear()
