"""Figures built from analysis results; every function returns a new Figure.

Figures are plain :class:`matplotlib.figure.Figure` objects in the book's
style (:mod:`analysis.style`); callers display or save them.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .style import CYCLE, PALETTE, WIDE, apply_style

__all__ = ["sentence_lengths_figure"]


def sentence_lengths_figure(sentences: pd.DataFrame) -> Figure:
    """Bar chart of words per sentence in reading order, coloured by paragraph.

    Args:
        sentences: a frame with columns ``sentence``, ``paragraph`` and
            ``words``, as returned by :meth:`analysis.document.Document.sentences_frame`.
    """
    apply_style()
    fig = Figure(figsize=WIDE, layout="constrained")
    ax = fig.subplots()
    colours = [CYCLE[p % len(CYCLE)] for p in sentences["paragraph"]]
    positions = sentences["sentence"] + 1
    ax.bar(positions, sentences["words"], color=colours, width=0.75)
    mean = float(sentences["words"].mean()) if len(sentences) else 0.0
    mean_line = ax.axhline(mean, color=PALETTE["black"], linestyle="--", linewidth=1, label=f"mean {mean:.1f}")
    ax.set_xlabel("Sentence, in reading order")
    ax.set_ylabel("Words")
    if len(sentences) <= 40:
        ax.set_xticks(list(positions))
    paragraphs = sorted(sentences["paragraph"].unique())
    handles = [Patch(color=CYCLE[p % len(CYCLE)], label=f"¶ {p + 1}") for p in paragraphs[:len(CYCLE)]]
    if not 1 < len(paragraphs) <= len(CYCLE):
        handles = []  # one paragraph, or too many to tell apart by colour
    ax.legend(handles=[*handles, mean_line], ncols=len(handles) + 1, loc="upper left",
              bbox_to_anchor=(0, -0.22), frameon=False)
    return fig
