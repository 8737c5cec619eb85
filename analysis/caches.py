"""The package's per-word caches, and a way to empty them.

Every pass looks up features of each distinct word form (syllables, Dale–Chall
familiarity, term, wordfreq frequency) in tables that live as long as the
process (:data:`analysis.forms.FORMS` and the terms vocabulary), so a corpus
run pays for a word form once; a few small ``lru_cache`` s keep the most
frequent words for functions called word by word. :func:`clear_word_caches`
empties them (the loaded lexicons stay), for long-running processes that want
the memory back and for benchmarks that must start every stage alike.
"""

from __future__ import annotations

import functools
import gc

__all__ = ["clear_word_caches"]


def clear_word_caches() -> None:
    """Forget every cached per-word result of the package (loaded data files are kept)."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and (getattr(obj, "__module__", "") or "").startswith(
                "analysis") and (obj.cache_info().maxsize or 0) > 1:
            obj.cache_clear()
    from . import terms
    from .forms import FORMS

    terms._VOCABULARY.clear()
    FORMS.clear()
