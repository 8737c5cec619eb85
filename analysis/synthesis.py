"""Indicators from every chapter set against their reference points, for the synthesis chapter.

Each indicator has a published or computed reference: Flesch's "standard"
English for sentence and word length (Flesch 1948), the end of US secondary
school for grade levels, general English as measured by wordfreq for
vocabulary (Speer 2022), and Hyland's research-article rates for stance
markers (Hyland 2005b). The ratio value/reference puts them on one scale.
"""

from __future__ import annotations

import math

import pandas as pd

from .document import Document
from .readability import readability_counts, scores
from .stance import markers, reference_rates
from .terms import COMMON_WORDS, english_coverage, frequency_table, vocabulary_overview

__all__ = ["COMMON_WORDS", "english_coverage", "furthest_indicator", "indicator_profile"]

FLESCH_STANDARD_SENTENCE = 17.0
"""Words per sentence of Flesch's "standard" English (Flesch 1948, reading ease 60-70)."""
FLESCH_STANDARD_SYLLABLES = 147.0
"""Syllables per 100 words of Flesch's "standard" English (Flesch 1948)."""
END_OF_SECONDARY_SCHOOL = 12.0
"""US grade 12: the last year of secondary school."""


def indicator_profile(doc: Document) -> pd.DataFrame:
    """One row per indicator: ``group``, ``indicator``, ``value``, ``reference``, ``reference_label``,
    ``source`` (bibliography key), ``ratio`` (value / reference)."""
    counts = readability_counts(doc)
    values = scores(counts)
    words = max(counts.words, 1)
    overview = vocabulary_overview(frequency_table(doc))
    coverage = english_coverage()
    found = markers(doc)
    per_1000 = found["category"].value_counts().reindex(["hedge", "booster", "attitude"], fill_value=0) * 1000 / words
    reference = reference_rates()["per_1000"]
    rows = [
        ("readability", "words per sentence", counts.rates()["words_per_sentence"], FLESCH_STANDARD_SENTENCE,
         "Flesch's standard English", "flesch1948"),
        ("readability", "syllables per 100 words", 100 * counts.syllables / words, FLESCH_STANDARD_SYLLABLES,
         "Flesch's standard English", "flesch1948"),
        ("readability", "consensus grade", values["consensus_grade"], END_OF_SECONDARY_SCHOOL,
         "US grade 12 (end of secondary school)", "kincaid1975"),
        ("vocabulary", f"share of the {COMMON_WORDS:,} commonest words",
         overview["common_share"], coverage["common"], "general English (wordfreq)",
         "speer2022"),
        ("vocabulary", "share of stop words", overview["stop_share"], coverage["stopwords"],
         "general English (wordfreq)", "speer2022"),
        ("stance", "hedges per 1,000 words", float(per_1000["hedge"]), float(reference["hedge"]),
         "research articles", "hyland2005stance"),
        ("stance", "boosters per 1,000 words", float(per_1000["booster"]), float(reference["booster"]),
         "research articles", "hyland2005stance"),
        ("stance", "attitude markers per 1,000 words", float(per_1000["attitude"]), float(reference["attitude"]),
         "research articles", "hyland2005stance"),
    ]
    frame = pd.DataFrame(rows, columns=["group", "indicator", "value", "reference", "reference_label", "source"])
    frame["ratio"] = [v / r if r and not math.isnan(v) else math.nan for v, r in zip(frame["value"],
                                                                                      frame["reference"])]
    return frame


def furthest_indicator(profile: pd.DataFrame) -> tuple[str, float]:
    """The indicator furthest from its reference, as "indicator (against reference)", and by how many
    times (the ratio or its inverse, whichever is above 1), from :func:`indicator_profile`. The
    reference is named because some come from another genre (research articles), where a large
    ratio says as much about the genres as about the text."""
    fold = profile["ratio"].apply(lambda r: max(r, 1 / r) if r else 0.0)
    row = profile.loc[fold.idxmax()]
    return f"{row['indicator']} (against {row['reference_label']})", float(fold.max())
