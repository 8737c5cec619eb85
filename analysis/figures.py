"""Figures built from analysis results; every function returns a new Figure.

Figures are plain :class:`matplotlib.figure.Figure` objects in the book's
style (:mod:`analysis.style`); callers display or save them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.colors import BoundaryNorm
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerTuple
from matplotlib.patches import Patch

from .readability import CONFIDENCE
from .style import CYCLE, PALETTE, STANCE_COLOURS, WIDE, apply_style
from .terms import content_words

__all__ = [
    "actor_mentions_figure",
    "dispersion_figure",
    "grade_levels_figure",
    "holder_matrix_figure",
    "reporting_verbs_figure",
    "stance_heatmap_figure",
    "stance_rates_figure",
    "keyness_figure",
    "profile_figure",
    "top_terms_figure",
    "scale_scores_figure",
    "sentence_difficulty_figure",
    "sentence_length_histogram",
    "sentence_lengths_figure",
    "syllable_distribution_figure",
]


def _new_axes(size: tuple[float, float]) -> tuple[Figure, "object"]:
    """A new figure of ``size`` inches in the book's style, with one axes."""
    apply_style()
    fig = Figure(figsize=size, layout="constrained")
    return fig, fig.subplots()


def sentence_lengths_figure(sentences: pd.DataFrame) -> Figure:
    """Bar chart of words per sentence in reading order, coloured by paragraph.

    Args:
        sentences: a frame with columns ``sentence``, ``paragraph`` and
            ``words``, as returned by :meth:`analysis.document.Document.sentences_frame`.
    """
    fig, ax = _new_axes(WIDE)
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


_BAND_SHADES = ["#F4F4F4", "#E4E4E4", "#D4D4D4", "#C4C4C4", "#B4B4B4", "#A4A4A4", "#949494"]


def _draw_bands(ax, bands: pd.DataFrame, lo: float, hi: float, easier_is_higher: bool = False,
                label_y: float = 0.97) -> None:
    """Shade published bands across the x axis, light (easy) to dark (hard), with their short labels."""
    ordered = bands.sort_values("low", ascending=not easier_is_higher).reset_index(drop=True)
    for i, band in ordered.iterrows():
        start, stop = max(band["low"], lo), min(band["high"], hi)
        if stop <= start:
            continue
        ax.axvspan(start, stop, color=_BAND_SHADES[min(i, len(_BAND_SHADES) - 1)], zorder=0, linewidth=0)
        ax.text((start + stop) / 2, label_y, str(band["short"]).replace("\\n", "\n"), ha="center", va="top",
                fontsize=8, transform=ax.get_xaxis_transform(), color="#222222", linespacing=0.95)


def _confidence(summary: pd.DataFrame) -> float:
    """The coverage of a summary table's intervals (0-1)."""
    return float(summary.attrs.get("confidence", CONFIDENCE))


def grade_levels_figure(summary: pd.DataFrame, bands: pd.DataFrame) -> Figure:
    """Point estimates and bootstrap intervals of the US-grade formulas against school-stage bands.

    Args:
        summary: :func:`analysis.readability.summary_table` output (its ``attrs["confidence"]``
            labels the intervals).
        bands: :func:`analysis.readability.interpretation_bands` for scale ``us_grade``.
    """
    rows = summary[summary["scale"] == "us_grade"].sort_values("value")
    fig, ax = _new_axes((7.5, 0.45 * len(rows) + 1.6))
    finite = rows[["low", "high", "value"]].to_numpy(dtype=float)
    lo = min(0.0, float(np.nanmin(finite)) - 1) if len(rows) else 0.0
    hi = max(18.0, float(np.nanmax(finite)) + 1) if len(rows) else 18.0
    _draw_bands(ax, bands, lo, hi, label_y=0.985)
    y = np.arange(len(rows))
    is_consensus = rows.index == "consensus_grade"
    colours = [PALETTE["vermillion"] if c else PALETTE["blue"] for c in is_consensus]
    ax.hlines(y, rows["low"], rows["high"], color=colours, linewidth=2.2)
    ax.scatter(rows["value"], y, color=colours, zorder=3, s=36)
    ax.set_yticks(y, rows["label"])
    ax.set_xlim(lo, hi)
    ax.set_xlabel(f"US school grade (point estimate and {_confidence(summary):.0%} bootstrap interval)")
    ax.grid(axis="y", visible=False)
    ax.set_ylim(-0.7, len(rows) + 0.5)
    return fig


def scale_scores_figure(summary: pd.DataFrame, bands: pd.DataFrame, formulas: tuple[str, ...]) -> Figure:
    """One panel per formula with its own published bands: estimate, bootstrap interval, shaded bands.

    Args:
        summary: :func:`analysis.readability.summary_table` output (its ``attrs["confidence"]``
            labels the intervals).
        bands: all interpretation bands (column ``scale``).
        formulas: the formulas to show, each a ``scale`` in ``bands``.
    """
    apply_style()
    fig = Figure(figsize=(7.5, 1.25 * len(formulas) + 0.4), layout="constrained")
    axes = fig.subplots(len(formulas), 1, squeeze=False)[:, 0]
    for ax, name in zip(axes, formulas):
        own = bands[bands["scale"] == name]
        row = summary.loc[name]
        edges = sorted({b for b in own["low"].tolist() + own["high"].tolist() if abs(b) < 999})
        span = (edges[-1] - edges[0]) if len(edges) > 1 else 10
        lo = min(edges[0] - span * 0.25, float(row["low"]) - 2)
        hi = max(edges[-1] + span * 0.25, float(row["high"]) + 2)
        _draw_bands(ax, own, lo, hi, easier_is_higher=(name == "flesch_reading_ease"))
        ax.hlines(0.3, row["low"], row["high"], color=PALETTE["blue"], linewidth=2.2)
        ax.scatter([row["value"]], [0.3], color=PALETTE["blue"], zorder=3, s=36)
        ax.set_xlim(lo, hi)
        ax.set_ylim(0, 1)
        ax.set_yticks([])
        ax.grid(False)
        ax.set_title(f"{row['label']}: {row['value']:.1f}", loc="left", fontsize=11)
        if name == "flesch_reading_ease":
            ax.invert_xaxis()  # so that harder is to the right, as on the other scales
    axes[-1].set_xlabel(f"Score (harder to the right); bar = {_confidence(summary):.0%} bootstrap interval")
    return fig


def sentence_difficulty_figure(per_sentence: pd.DataFrame, formula: str, label: str,
                               document_value: float) -> Figure:
    """A formula's value for each sentence in reading order, with paragraph boundaries.

    Args:
        per_sentence: :func:`analysis.readability.sentence_readability` output.
        formula: column to plot; label: its display name.
        document_value: the formula on the whole text (dashed line).
    """
    fig, ax = _new_axes(WIDE)
    x = per_sentence.index.to_numpy() + 1
    ax.plot(x, per_sentence[formula], color=PALETTE["grey"], linewidth=1, zorder=1)
    ax.scatter(x, per_sentence[formula], color=PALETTE["blue"], s=40, zorder=2)
    ax.axhline(document_value, color=PALETTE["black"], linestyle="--", linewidth=1,
               label=f"whole text {document_value:.1f}")
    starts = per_sentence.index[per_sentence["paragraph"].diff().fillna(0) != 0].to_numpy() + 0.5
    for start in starts:
        ax.axvline(start, color=PALETTE["grey"], linestyle=":", linewidth=1)
    if len(x) <= 40:  # each paragraph named above its sentences
        edges = [x[0] - 0.5, *starts.tolist(), x[-1] + 0.5]
        for left, right, paragraph in zip(edges, edges[1:], per_sentence["paragraph"].drop_duplicates()):
            ax.text((left + right) / 2, 1.01, f"¶ {int(paragraph) + 1}", transform=ax.get_xaxis_transform(),
                    ha="center", va="bottom", fontsize=8, color=PALETTE["grey"])
    ax.set_xlabel("Sentence, in reading order (dotted lines: paragraph breaks; ¶ paragraph number)")
    ax.set_ylabel(label)
    if len(x) <= 40:
        ax.set_xticks(list(x))
    ax.legend(loc="best", frameon=False)
    return fig


def sentence_length_histogram(sentences: pd.DataFrame, reference: float | None = None,
                              reference_label: str = "") -> Figure:
    """Histogram of words per sentence (``sentences``: a frame with a ``words`` column)."""
    fig, ax = _new_axes(WIDE)
    words = sentences["words"].to_numpy()
    top = int(max(words.max() if len(words) else 0, reference or 0)) + 5
    bins = np.arange(0, top + 5, 5)
    ax.hist(words, bins=bins, color=PALETTE["blue"], edgecolor="white")
    mean = float(words.mean()) if len(words) else 0.0
    ax.axvline(mean, color=PALETTE["black"], linestyle="--", linewidth=1, label=f"mean {mean:.1f}")
    if reference is not None:
        ax.axvline(reference, color=PALETTE["vermillion"], linestyle="-", linewidth=1.5, label=reference_label)
    ax.set_xlabel("Words per sentence")
    ax.set_ylabel("Sentences")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False)
    return fig


def syllable_distribution_figure(distribution: pd.DataFrame) -> Figure:
    """Bar chart of the share of words by number of syllables.

    Args:
        distribution: :func:`analysis.readability.syllable_distribution` output.
    """
    fig, ax = _new_axes(WIDE)
    shares = distribution["share"].to_numpy() * 100
    colours = [PALETTE["sky"]] * 2 + [PALETTE["blue"]] * (len(shares) - 2)
    bars = ax.bar(distribution.index.astype(str), shares, color=colours)
    for bar, count in zip(bars, distribution["words"]):
        ax.annotate(f"{count}", (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center",
                    va="bottom", fontsize=9, xytext=(0, 2), textcoords="offset points")
    ax.set_xlabel("Syllables per word (dark: polysyllables, counted by SMOG and the fog index)")
    ax.set_ylabel("Share of words (%)")
    return fig


def top_terms_figure(frequencies: pd.DataFrame, n: int = 20) -> Figure:
    """Horizontal bars of the ``n`` most frequent content words (no stop words, no numbers).

    Args:
        frequencies: :func:`analysis.terms.frequency_table` output.
    """
    content = content_words(frequencies).head(n).iloc[::-1]
    fig, ax = _new_axes((7.5, 0.28 * len(content) + 1.0))
    ax.barh(content["term"], content["count"], color=PALETTE["blue"])
    for y, (count, rate) in enumerate(zip(content["count"], content["per_1000"])):
        ax.annotate(f"{rate:.1f}‰", (count, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8.5)
    ax.set_xlabel("Occurrences (label: per 1,000 words)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)
    return fig


def keyness_figure(key_terms: pd.DataFrame, underused: pd.DataFrame, n_over: int = 15, n_under: int = 10) -> Figure:
    """Diverging bars of log ratio against general English: over-used words right, under-used left.

    Args:
        key_terms: :func:`analysis.terms.keyness` output (content words).
        underused: :func:`analysis.terms.underused_words` output.
    """
    over = key_terms.head(n_over)
    under = underused.head(n_under)
    rows = pd.concat([under.iloc[::-1], over.iloc[::-1]])
    fig, ax = _new_axes((7.5, 0.27 * len(rows) + 1.2))
    colours = [PALETTE["vermillion"] if v < 0 else PALETTE["blue"] for v in rows["log_ratio"]]
    shown = rows["form"].fillna(rows["term"]) if "form" in rows else rows["term"]  # "Blinken", not "blinken"
    labels = [f"{t} ({c})" for t, c in zip(shown, rows["count"])]
    ax.barh(range(len(rows)), rows["log_ratio"], color=colours)
    ax.set_yticks(range(len(rows)), labels)
    ax.axvline(0, color=PALETTE["black"], linewidth=0.8)
    ax.set_xlabel("Log ratio (log2 of relative frequency here ÷ in general English)")
    ax.grid(axis="y", visible=False)
    # each label beside the zero line, where no bar is: over-used bars (top rows) run right from it,
    # under-used ones (bottom rows) left
    at_zero = ax.get_xaxis_transform()
    ax.text(0.3, 0.02, "more frequent here →", transform=at_zero, ha="left", va="bottom", fontsize=9,
            color=PALETTE["blue"])
    ax.text(-0.3, 0.98, "← rarer here\nthan in English", transform=at_zero, ha="right", va="top", fontsize=9,
            color=PALETTE["vermillion"])
    return fig


def dispersion_figure(positions: pd.DataFrame, paragraph_starts: np.ndarray, n_words: int) -> Figure:
    """Barcode plot: one row per label, a tick at each occurrence, dotted lines at paragraph starts;
    actors in blue, words in vermillion.

    Args: the three values returned by :func:`analysis.terms.barcode_data`.
    """
    labels = list(dict.fromkeys(positions["label"]))
    fig, ax = _new_axes((7.5, 0.32 * max(len(labels), 1) + 1.2))
    colours = {"entity": PALETTE["blue"], "term": PALETTE["vermillion"], "lemma": PALETTE["vermillion"]}
    for row, label in enumerate(labels):
        hits = positions.loc[positions["label"] == label]
        ax.vlines(hits["word"], row - 0.35, row + 0.35, color=colours.get(hits["by"].iloc[0], PALETTE["grey"]),
                  linewidth=2)
    for start in paragraph_starts[1:]:
        ax.axvline(start - 0.5, color=PALETTE["grey"], linestyle=":", linewidth=1)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    margin = max(n_words, 1) * 0.015  # ticks at the first and last word stay whole
    ax.set_xlim(-margin, max(n_words - 1, 0) + margin)
    ax.set_xlabel("Position in the text (word number; dotted lines: paragraph breaks)")
    ax.grid(False)
    kinds = [k for k in ("entity", "term") if (positions["by"] == k).any()]
    if kinds:
        ax.legend(handles=[Patch(color=colours[k], label={"entity": "actor", "term": "word"}[k]) for k in kinds],
                  loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8.5)
    return fig


_KIND_COLOURS = {
    "name": PALETTE["blue"],
    "short name": PALETTE["sky"],
    "title": PALETTE["purple"],
    "abbreviation": PALETTE["yellow"],
    "metonymy": PALETTE["orange"],
    "Ukrainian-derived spelling": PALETTE["green"],
    "Russian-derived spelling": PALETTE["vermillion"],
}
_DARK_KINDS = {"name", "title", "Ukrainian-derived spelling", "Russian-derived spelling"}
_KIND_HATCHES = {"metonymy": "///"}  # orange beside yellow and vermillion: told apart by shape too


def actor_mentions_figure(choices: pd.DataFrame, n: int = 12) -> Figure:
    """Stacked bars: mentions per actor, one segment per naming variant, coloured by kind of variant.

    A variant whose name does not fit inside its segment is named after the bar, in segment order,
    so every segment can be read.

    Args:
        choices: :func:`analysis.names.naming_choices` output.
    """
    totals = choices.groupby("entity")["mentions"].sum().sort_values(ascending=False).head(n)
    fig, ax = _new_axes((7.5, 0.42 * len(totals) + 1.4))
    used_kinds: dict[str, str] = {}
    top = max(float(totals.max()) if len(totals) else 1.0, 1.0)
    inches_per_mention = 4.2 / top
    for y, entity in enumerate(totals.index[::-1]):
        left, outside = 0, []
        for row in choices[choices["entity"] == entity].itertuples():
            colour = _KIND_COLOURS.get(row.kind, PALETTE["grey"])
            used_kinds.setdefault(row.kind, colour)
            ax.barh(y, row.mentions, left=left, color=colour, edgecolor="white", linewidth=1,
                    hatch=_KIND_HATCHES.get(row.kind))
            if len(row.variant) * 0.068 <= row.mentions * inches_per_mention - 0.08:  # label fits in the segment
                ax.text(left + row.mentions / 2, y, row.variant, ha="center", va="center", fontsize=7.5,
                        color="white" if row.kind in _DARK_KINDS else "black")
            else:
                outside.append(row.variant)
            left += row.mentions
        if outside:
            ax.text(left + 0.08 * top / 4, y, ", ".join(outside), ha="left", va="center", fontsize=7.5)
    ax.set_xlim(0, top * 1.33)
    ax.set_yticks(range(len(totals)), totals.index[::-1])
    ax.set_xlabel("Mentions (segments: the variants used; a variant too long for its segment is named after the bar)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    handles = [Patch(facecolor=c, edgecolor="white", hatch=_KIND_HATCHES.get(k), label=k)
               for k, c in used_kinds.items()]
    ax.legend(handles=handles, loc="lower right", frameon=False, fontsize=8.5)
    return fig


def _category_labels(categories: list[str]) -> list[str]:
    return [c.replace("_", " ") for c in categories]


def stance_heatmap_figure(profile: pd.DataFrame) -> Figure:
    """Markers per sentence (rows) and category (columns), shaded by count and annotated.

    Args:
        profile: :func:`analysis.stance.sentence_profile` output.
    """
    fig, ax = _new_axes((7.5, 0.3 * len(profile) + 1.4))
    values = profile.to_numpy()
    top = max(int(values.max()) if values.size else 0, 1)
    shades = colormaps["Blues"].resampled(top + 1)  # one shade per whole count: counts have no halves
    image = ax.imshow(values, cmap=shades, norm=BoundaryNorm(np.arange(-0.5, top + 1.5), shades.N), aspect="auto")
    for (row, col), value in np.ndenumerate(values):
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=9,
                    color="white" if value > values.max() / 2 else "black")
    ax.set_xticks(range(len(profile.columns)), _category_labels(list(profile.columns)))
    ax.set_yticks(range(len(profile)), [str(i + 1) for i in profile.index])
    ax.set_ylabel("Sentence")
    ax.xaxis.tick_top()
    ax.grid(False)
    fig.colorbar(image, ax=ax, label="Markers", shrink=0.6, ticks=range(top + 1))
    return fig


def holder_matrix_figure(by_holder: pd.DataFrame) -> Figure:
    """Who says what, how firmly: markers by holder (rows) and category (columns).

    Args:
        by_holder: the ``by_holder`` table of :func:`analysis.stance.summary`.
    """
    fig, ax = _new_axes((7.5, 0.42 * len(by_holder) + 1.5))
    values = by_holder.to_numpy()
    ax.imshow(values, cmap="Oranges", aspect="auto", vmin=0, vmax=max(int(values.max()), 1))
    for (row, col), value in np.ndenumerate(values):
        ax.text(col, row, str(value) if value else "·", ha="center", va="center", fontsize=10,
                color="white" if value > values.max() / 2 else "black")
    ax.set_xticks(range(len(by_holder.columns)), _category_labels(list(by_holder.columns)))
    ax.set_yticks(range(len(by_holder)), list(by_holder.index))
    ax.xaxis.tick_top()
    ax.grid(False)
    return fig


def reporting_verbs_figure(verbs: pd.DataFrame) -> Figure:
    """Reporting verbs by subtype: a bar per subtype, labelled with the verbs used.

    Args:
        verbs: :func:`analysis.stance.reporting_verbs` output.
    """
    fig, ax = _new_axes(WIDE)
    y = np.arange(len(verbs))[::-1]
    ax.barh(y, verbs["count"], color=PALETTE["blue"])
    for yy, (count, forms) in zip(y, zip(verbs["count"], verbs["verbs"])):
        label = ", ".join(f"{v} ×{n}" if n > 1 else v for v, n in forms.items()) or "none"
        ax.annotate(label, (count, yy), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8.5)
    ax.set_yticks(y, list(verbs.index))
    ax.set_xlabel("Reporting verbs and other attributions (label: the forms used)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max(int(verbs["count"].max()), 1) * 2.2)
    ax.grid(axis="y", visible=False)
    return fig


def stance_rates_figure(rates: pd.DataFrame, reference: pd.DataFrame, reference_label: str) -> Figure:
    """Per-1,000-word rates by category beside published reference rates.

    Args:
        rates: the ``by_category`` table of :func:`analysis.stance.summary`.
        reference: :func:`analysis.stance.reference_rates` output.
    """
    fig, ax = _new_axes(WIDE)
    categories = list(rates.index)
    x = np.arange(len(categories))
    ax.bar(x - 0.2, rates["per_1000"], width=0.4, color=[STANCE_COLOURS[c] for c in categories], label="this text")
    reference_values = [reference["per_1000"].get(c, np.nan) for c in categories]
    ax.bar(x + 0.2, reference_values, width=0.4, color="white", edgecolor=PALETTE["black"], hatch="///",
           label=reference_label)
    for xx, value in zip(x, reference_values):
        if np.isnan(value):
            ax.text(xx + 0.2, 0.5, "n/a", ha="center", va="bottom", fontsize=8)
    ax.set_xticks(x, _category_labels(categories))
    ax.set_ylabel("Markers per 1,000 words")
    this_text = tuple(Patch(facecolor=STANCE_COLOURS[c]) for c in categories)  # one swatch of every bar colour
    reference_patch = Patch(facecolor="white", edgecolor=PALETTE["black"], hatch="///")
    ax.legend([this_text, reference_patch], ["this text (category colours)", reference_label],
              handler_map={tuple: HandlerTuple(ndivide=None, pad=0)}, handlelength=4, frameon=False)
    return fig


def profile_figure(profile: pd.DataFrame) -> Figure:
    """Every indicator as a ratio to its reference point, on a log scale (1 = as the reference).

    Args:
        profile: :func:`analysis.synthesis.indicator_profile` output.
    """
    rows = profile.iloc[::-1].reset_index(drop=True)
    fig, ax = _new_axes((7.5, 0.45 * len(rows) + 1.3))
    group_colour = {"readability": PALETTE["blue"], "vocabulary": PALETTE["green"], "stance": PALETTE["vermillion"]}
    ratios = rows["ratio"].clip(lower=1 / 64, upper=64).fillna(1.0)
    ax.barh(range(len(rows)), np.log2(ratios), color=[group_colour.get(g, PALETTE["grey"]) for g in rows["group"]])
    ax.axvline(0, color=PALETTE["black"], linewidth=0.8)
    for y, row in rows.iterrows():
        if str(row["indicator"]).startswith("share"):  # shares as whole percentages, both alike
            label = f"{row['value']:.0%} vs {row['reference']:.0%}"
        else:
            label = f"{row['value']:.3g} vs {row['reference']:.3g}"
        x = np.log2(ratios.iloc[y])
        ax.annotate(label, (x, y), xytext=(4 if x >= 0 else -4, 0), textcoords="offset points",
                    ha="left" if x >= 0 else "right", va="center", fontsize=8.5)
    ax.set_yticks(range(len(rows)), [f"{i} ({g})" for i, g in zip(rows["indicator"], rows["group"])])
    ax.set_xticks([-3, -2, -1, 0, 1, 2, 3], ["⅛×", "¼×", "½×", "1×", "2×", "4×", "8×"])
    ax.set_xlim(-3.8, 3.8)
    ax.set_xlabel("Ratio to the reference point (log scale; 1× = same as the reference)")
    ax.grid(axis="y", visible=False)
    return fig
