"""textstat as a reference point, run offline.

textstat (0.7.9 and later) counts English syllables with CMUdict through
NLTK and calls NLTK's downloader the first time, which fails without a
network. :func:`offline_textstat` points textstat's syllable counter at the
same CMUdict data this package reads (the ``cmudict`` package's data file),
so textstat never reaches for the network and both tools use one dictionary.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import pandas as pd

from .readability import FORMULAS, GRADE_FORMULAS, ReadabilityCounts, scores
from .syllables import _cmudict

__all__ = ["TEXTSTAT_COUNTS", "offline_textstat", "textstat_values", "compare_with_textstat",
           "max_grade_difference"]

TEXTSTAT_COUNTS = {
    "sentences": "sentence_count",
    "words": "lexicon_count",
    "syllables": "syllable_count",
    "polysyllables": "polysyllabcount",
    "difficult_words": "difficult_words",
}
"""Our count name -> textstat's function for the same count."""


class _FirstPronunciation(dict):
    """Looks like NLTK's cmudict.dict(): word -> [phones of first pronunciation]."""

    def __missing__(self, word: str) -> list[list[str]]:
        count = _cmudict().get(word)
        if count is None:
            raise KeyError(word)
        return [["AH0"] * count]  # only the number of stressed-vowel phones matters to textstat


@lru_cache(maxsize=1)
def offline_textstat() -> Any:
    """The ``textstat`` module, patched to read CMUdict from disk instead of downloading it."""
    import textstat
    from textstat.backend.counts import _count_syllables

    table = _FirstPronunciation()
    _count_syllables.get_cmudict = lambda lang: table  # type: ignore[attr-defined]
    textstat.set_rounding_points(None)
    return textstat


def textstat_values(text: str) -> dict[str, float]:
    """textstat's value for every formula we also compute (same names), plus its counts."""
    ts = offline_textstat()
    values: dict[str, float] = {}
    for name in FORMULAS:
        function = getattr(ts, name, None)
        if function is not None:
            values[name] = float(function(text))
    values["dale_chall_readability_score_v2"] = float(ts.dale_chall_readability_score_v2(text))
    values["text_standard"] = float(ts.text_standard(text, float_output=True))
    for ours, theirs in TEXTSTAT_COUNTS.items():
        values[f"count:{ours}"] = float(getattr(ts, theirs)(text))
    return values


def compare_with_textstat(text: str, counts: ReadabilityCounts) -> pd.DataFrame:
    """Side by side: our counts and scores against textstat's for the same text.

    One row per count (``count:...``) and per textstat formula: ``ours``
    (``nan`` for textstat-only variants such as ``dale_chall_readability_score_v2``),
    ``textstat``, ``difference`` (ours − textstat).
    """
    theirs = textstat_values(text)
    ours: dict[str, float] = {f"count:{k}": float(v) for k, v in counts.as_dict().items() if f"count:{k}" in theirs}
    ours.update({k: v for k, v in scores(counts).items() if k in theirs})
    rows = [{"measure": name, "ours": ours.get(name, math.nan), "textstat": theirs[name]} for name in theirs]
    frame = pd.DataFrame(rows).set_index("measure")
    frame["difference"] = frame["ours"] - frame["textstat"]
    return frame


def max_grade_difference(table: pd.DataFrame) -> float:
    """Largest absolute difference (grades) between us and textstat over the US-grade formulas
    of a :func:`compare_with_textstat` table."""
    rows = [name for name in GRADE_FORMULAS if name in table.index]
    return float(table.loc[rows, "difference"].abs().max())
