"""Helpers for the book's chapters: pasting computed values into the prose.

Chapters call :func:`glue_values` with a mapping of keys to values; numbers
become plain Python numbers (so format specs such as ``:.1f`` work in
``{glue:text}``), strings become Markdown (so ``{glue:md}`` pastes them
without quotes), figures and tables are passed through.
"""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

__all__ = ["glue_values"]


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, str):
        from IPython.display import Markdown

        return Markdown(value)
    return value


def glue_values(values: Mapping[str, Any]) -> None:
    """``myst_nb.glue`` every item of ``values`` without displaying it."""
    from myst_nb import glue

    for key, value in values.items():
        glue(key, _plain(value), display=False)
