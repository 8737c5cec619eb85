"""Pausing Python's cyclic garbage collector while a pass builds many small objects.

The passes create hundreds of thousands of short-lived tuples, lists and
dicts and no reference cycles; the cyclic collector would otherwise run every
few hundred allocations and repeatedly walk every surviving container (about
a third of the whole record's time on 1 MB of text; see
``benchmarks/whole_pass.py``). Reference counting still frees everything, so
memory use is unchanged. The collector's state is restored afterwards, and a
nested pause leaves it to the outermost one.
"""

from __future__ import annotations

import gc
from functools import wraps
from typing import Callable, ParamSpec, TypeVar

__all__ = ["without_cyclic_gc"]

P = ParamSpec("P")
R = TypeVar("R")


def without_cyclic_gc(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with the cyclic garbage collector paused (restored on return or error)."""

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused
