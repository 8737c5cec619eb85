"""Accuracy of the project's rules on its hand-written evaluation sets.

Each evaluation set is a JSON data file in ``analysis/data`` with a
``description``, a ``source`` and its ``cases``; the functions here run the
rules on every case and return plain DataFrames for the book and the tests.
"""

from __future__ import annotations

import json
from importlib import resources

import pandas as pd

from .segment import split_sentences

__all__ = ["segmentation_cases", "evaluate_segmentation", "segmentation_accuracy", "syllable_rule_agreement"]


def segmentation_cases() -> pd.DataFrame:
    """The sentence-segmentation test set: ``id``, ``category``, ``text``, ``expected``, ``known_limit``."""
    raw = resources.files("analysis").joinpath("data", "segmentation_cases.json").read_text(encoding="utf-8")
    return pd.DataFrame(json.loads(raw)["cases"], columns=["id", "category", "text", "expected", "known_limit"])


def evaluate_segmentation(cases: pd.DataFrame | None = None) -> pd.DataFrame:
    """Run :func:`analysis.segment.split_sentences` on every case.

    Returns the cases with two more columns: ``predicted`` (list of
    sentences) and ``correct`` (True when the prediction equals ``expected``
    exactly: the same sentences, in the same order).
    """
    frame = (segmentation_cases() if cases is None else cases).copy()
    frame["predicted"] = [split_sentences(text) for text in frame["text"]]
    frame["correct"] = [list(p) == list(e) for p, e in zip(frame["predicted"], frame["expected"])]
    return frame


def segmentation_accuracy(results: pd.DataFrame) -> pd.DataFrame:
    """Exact-match accuracy per category, plus an ``all`` row: ``cases``, ``correct``, ``accuracy`` (0-1)."""
    grouped = results.groupby("category", sort=True)["correct"].agg(cases="size", correct="sum")
    grouped.loc["all"] = [len(results), int(results["correct"].sum())]
    grouped["accuracy"] = grouped["correct"] / grouped["cases"]
    return grouped.astype({"cases": int, "correct": int})


def syllable_rule_agreement(sample_size: int = 20000, seed: int = 7) -> dict[str, float]:
    """How often the fallback syllable rule agrees with CMUdict on dictionary words.

    Draws ``sample_size`` purely alphabetic CMUdict entries (seeded) and
    compares :func:`analysis.syllables.estimate_syllables` with the
    dictionary's first pronunciation. Returns ``exact`` and ``within_one``
    (shares, 0-1) and ``sample_size``.
    """
    import random

    from .syllables import _cmudict, estimate_syllables

    table = _cmudict()
    words = sorted(w for w in table if w.isalpha())
    sample = random.Random(seed).sample(words, min(sample_size, len(words)))
    exact = sum(1 for w in sample if estimate_syllables(w) == table[w])
    close = sum(1 for w in sample if abs(estimate_syllables(w) - table[w]) <= 1)
    return {"exact": exact / len(sample), "within_one": close / len(sample), "sample_size": float(len(sample))}
