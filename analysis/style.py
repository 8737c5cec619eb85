"""One figure style for the whole book.

Colours are the Okabe–Ito palette (Okabe & Ito 2008), distinguishable with
the common forms of colour-vision deficiency. Figures are drawn on
:class:`matplotlib.figure.Figure` objects (no global pyplot state) and shown
as SVG in notebooks, so they stay crisp at any zoom.
"""

from __future__ import annotations

from typing import Any

import matplotlib as mpl

__all__ = ["PALETTE", "STANCE_COLOURS", "STANCE_UNDERLINES", "WIDE", "SQUARE", "TALL", "RC_PARAMS", "apply_style", "notebook_setup"]

PALETTE: dict[str, str] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#7F7F7F",
}
"""Okabe–Ito colours by name; the cycle order is blue, orange, green, vermillion, sky, purple."""

STANCE_COLOURS: dict[str, str] = {
    "hedge": PALETTE["sky"],
    "booster": PALETTE["vermillion"],
    "attitude": PALETTE["green"],
    "self_mention": PALETTE["purple"],
    "engagement": PALETTE["orange"],
    "attribution": PALETTE["blue"],
}
"""One Okabe–Ito colour per stance category, shared by the highlighted text and the stance figures."""

STANCE_UNDERLINES: dict[str, str] = {
    "hedge": "dotted",
    "booster": "double",
    "attitude": "solid",
    "self_mention": "solid",
    "engagement": "dashed",
    "attribution": "solid",
}
"""CSS line style under each category's markers in the highlighted text, so that the two pairs of
colours that are close when tinted (hedge and attribution, booster and engagement) also differ in shape."""

CYCLE = [PALETTE[name] for name in ("blue", "orange", "green", "vermillion", "sky", "purple", "yellow")]

WIDE = (7.5, 3.4)
"""Size in inches of a full-width figure."""
SQUARE = (5.0, 4.5)
TALL = (7.5, 5.5)

RC_PARAMS: dict[str, Any] = {
    "font.size": 11,
    "axes.titlesize": 12,
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "axes.prop_cycle": mpl.cycler(color=CYCLE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "figure.dpi": 110,
    "savefig.dpi": 200,
    "savefig.bbox": "tight",
    "svg.hashsalt": "article-analysis",
    "svg.fonttype": "path",
}


def apply_style() -> None:
    """Set the book's matplotlib defaults (fonts, palette, grid, resolution)."""
    mpl.rcParams.update(RC_PARAMS)


def notebook_setup() -> None:
    """Apply the style and show notebook figures as SVG (call once per chapter).

    The SVGs carry no creation date (and fixed ids, ``svg.hashsalt``), so the same
    text always gives byte-identical figures and book pages."""
    apply_style()
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:  # outside IPython: nothing to configure
        return
    set_matplotlib_formats("svg", metadata={"Date": None})
