"""Readability: every standard English formula from one set of counts.

The counts are computed once per document (:func:`readability_counts`) from
the document model's words and sentences; each formula is a small function of
those counts whose docstring gives its equation and source. Formulas are
named as textstat names them (``flesch_reading_ease``, ``smog_index`` ...).

Definitions used by the counts (per word token, see :mod:`analysis.tokenize`):

- *syllables*: :func:`analysis.syllables.syllables` (CMUdict first);
- *polysyllable*: 3 or more syllables;
- *complex word* (Gunning fog): a polysyllable that is not a number, not a proper noun
  (capitalised mid-sentence, or capitalised at the start of a sentence when
  the same word is capitalised mid-sentence elsewhere in the text), not a
  hyphenated compound, and not made three syllables only by ``-ed``, ``-es``
  or ``-ing``;
- *monosyllable*: exactly 1 syllable (FORCAST);
- *letters*: letters and digits of the word (Coleman–Liau, ARI);
- *long word*: more than 6 letters (LIX, RIX);
- *mini word*: at most 3 letters (McAlpine EFLAW);
- *difficult word*: a word (not a number) that is not on the Dale–Chall list
  of familiar words, nor a regular inflection (-s, -es, -ies, -ed, -ied,
  -ing, -er, -est) of a listed word.

A sentence counts only if it holds at least one word. A formula whose
denominator is zero returns ``nan`` (not a number), never raises;
:func:`scores` returns plain floats, all ``nan`` for a text without words.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from typing import Any, Callable, Mapping

import numpy as np
import pandas as pd

from .document import Document
from .forms import FORMS
from .names import proper_noun_mask
from .gcpause import without_cyclic_gc
from .packaged import packaged_table, packaged_words
from .syllables import cmudict_syllables, syllables

__all__ = [
    "BOOTSTRAP_RESAMPLES",
    "CONFIDENCE",
    "FORMULAS",
    "FORMULA_LABELS",
    "GRADE_FORMULAS",
    "SENTENCE_LEVEL_FORMULAS",
    "ReadabilityCounts",
    "automated_readability_index",
    "bootstrap_intervals",
    "coleman_liau_index",
    "consensus_grade",
    "count_table",
    "dale_chall_readability_score",
    "extreme_sentences",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "forcast",
    "grade_agreement",
    "gunning_fog",
    "interpretation_bands",
    "interpret",
    "scale_of",
    "familiar_words",
    "is_familiar",
    "linsear_write_formula",
    "lix",
    "mcalpine_eflaw",
    "paragraph_readability",
    "readability_counts",
    "rix",
    "scores",
    "sentence_readability",
    "smog_index",
    "spache_readability",
    "summary_table",
    "syllable_distribution",
    "text_standard",
    "word_table",
]


@dataclass(frozen=True)
class ReadabilityCounts:
    """The counts every formula is computed from (see the module docstring for definitions).

    Attributes (all numbers of words unless stated):
        sentences: sentences.
        words: word tokens.
        syllables: syllables in all words.
        polysyllables: words of 3+ syllables.
        complex_words: Gunning's complex words.
        monosyllables: words of exactly 1 syllable.
        letters: letters and digits in all words (the "characters" of Coleman–Liau and ARI).
        characters: non-space characters of the sentences, punctuation included
            (used by no formula here; textstat's ARI uses it, see the readability chapter).
        long_words: words of more than 6 letters.
        mini_words: words of at most 3 letters.
        difficult_words: words not familiar by the Dale–Chall rules.
    """

    sentences: int
    words: int
    syllables: int
    polysyllables: int
    complex_words: int
    monosyllables: int
    letters: int
    characters: int
    long_words: int
    mini_words: int
    difficult_words: int

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain ``dict``."""
        return {k: int(v) for k, v in asdict(self).items()}

    def rates(self) -> dict[str, float]:
        """Averages behind the formulas: ``words_per_sentence``, ``syllables_per_word``,
        ``polysyllable_share`` and ``difficult_share`` (shares 0-1; 0 for an empty text)."""
        words, sentences = max(self.words, 1), max(self.sentences, 1)
        return {"words_per_sentence": self.words / sentences, "syllables_per_word": self.syllables / words,
                "polysyllable_share": self.polysyllables / words, "difficult_share": self.difficult_words / words}


COUNT_FIELDS = tuple(f.name for f in fields(ReadabilityCounts))


# --------------------------------------------------------------------------- words

@lru_cache(maxsize=1)
def familiar_words() -> frozenset[str]:
    """The Dale–Chall list of familiar words (lower case)."""
    return packaged_words("data", "dale_chall_familiar_words.txt")


_Y_AND_S_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("es", ""), ("s", ""))
_STEM_INFLECTIONS = ("ed", "er", "ing", "est")


_BRITISH = ((re.compile(r"(?<=[a-z])our(?=$|s$|ed$|ing$|ite|hood|able|er)"), "or"),  # colour, neighbourhood
            (re.compile(r"(?<=[a-z]{3})is(?=e$|es$|ed$|ing$|ation)"), "iz"),           # realise, organisation
            (re.compile(r"(?<=[a-z]{2})tre(?=$|s$)"), "ter"))                             # centre, theatres


_BRITISH_ENDINGS = ("ise", "ises", "ised", "ising", "tre", "tres")


def _american_spelling(word: str) -> str:
    """``word`` (lower case) with British spellings turned American (the Dale–Chall list is American)."""
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


def is_familiar(word: str) -> bool:
    """True if ``word`` is on the Dale–Chall list or a regular inflection of a listed word.

    Inflections accepted: plural/3rd person ``-s``, ``-es``, ``-ies``; past
    ``-ed``, ``-d``, ``-ied`` (also with a doubled consonant, *stopped*);
    ``-ing`` (*making*, *running*); comparative ``-er``/``-est``
    (*larger*, *happier*). Derivations (``-ly``, ``-ness``) are not accepted.
    British spellings count as their American forms, the list's own
    (*colour*, *neighbourhood*, *realise*, *centre*).
    """
    familiar = familiar_words()
    w = word.lower()
    if w in familiar:
        return True
    if "our" in w or "isation" in w or w.endswith(_BRITISH_ENDINGS):  # cheap test first: most words have none
        american = _american_spelling(w)
        if american != w and is_familiar(american):
            return True
    candidates = [w[: -len(suffix)] + ending for suffix, ending in _Y_AND_S_INFLECTIONS if w.endswith(suffix)]
    for suffix in _STEM_INFLECTIONS:
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            candidates += [stem, stem + "e"]  # "walked", "used"
            if len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])  # "stopped", "running"
    return any(c in familiar for c in candidates if c)


def _inflection_made_polysyllable(word: str, count: int) -> bool:
    """True if ``word`` reaches 3 syllables only through an -ed, -es or -ing ending (Gunning)."""
    w = word.lower()
    for suffix in ("ed", "es", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                if candidate:
                    known = cmudict_syllables(candidate)
                    if known is not None and known < 3 <= count:
                        return True
    return False


def form_features(word: str) -> tuple[int, int, int, int, int]:
    """Per word form: syllables, letters, difficult (0/1), complex candidate (0/1), capitalised (0/1).

    Computed once per form and kept in :data:`analysis.forms.FORMS`."""
    n_syllables = syllables(word)
    n_letters = len(word) if word.isalnum() else sum(1 for ch in word if ch.isalnum())
    is_number = word[:1].isdigit() or (not word[:1].isalpha() and not any(ch.isalpha() for ch in word))
    difficult = 0 if is_number or is_familiar(word) else 1
    complex_candidate = int(
        n_syllables >= 3 and not is_number and "-" not in word
        and not _inflection_made_polysyllable(word, n_syllables)
    )
    capitalised = int(word[:1].isupper())
    return n_syllables, n_letters, difficult, complex_candidate, capitalised


def _word_arrays(doc: Document) -> dict[str, np.ndarray]:
    """Per-word arrays: sentence, syllables, letters, difficult, complex, proper_noun (numpy, no pandas)."""
    types, ids = doc.word_types
    sentence = doc.word_sentence_ids
    form_ids = FORMS.ids(types)
    syllables_, letters, difficult, complex_ = (
        FORMS.column(name)[form_ids] for name in ("syllables", "letters", "difficult", "complex_candidate"))
    proper = proper_noun_mask(doc)
    return {
        "sentence": sentence,
        "syllables": syllables_[ids],
        "letters": letters[ids],
        "difficult": difficult[ids],
        "complex": complex_[ids] * ~proper,
        "proper_noun": proper.astype(np.int32),
    }


def word_table(doc: Document) -> pd.DataFrame:
    """One row per word: ``word``, ``sentence``, ``syllables``, ``letters``, ``difficult``,
    ``complex``, ``proper_noun`` (booleans as 0/1 integers)."""
    arrays = _word_arrays(doc)
    return pd.DataFrame({"word": list(doc.word_texts), **arrays})


def _characters_per_sentence(doc: Document) -> np.ndarray:
    """Characters of each sentence, whitespace excluded."""
    text = doc.text
    table = doc.sentences.table
    return np.array([len("".join(text[start:end].split())) for start, end in zip(table[:, 0].tolist(),
                                                                               table[:, 1].tolist())],
                    dtype=np.int64)


def _count_matrix(doc: Document) -> np.ndarray:
    """Counts per sentence as an (n_sentences × len(COUNT_FIELDS)) integer array."""
    a = _word_arrays(doc)
    n = len(doc.sentences)
    s = a["sentence"]
    syl = a["syllables"]
    let = a["letters"]

    def per_sentence(values: np.ndarray) -> np.ndarray:
        return np.bincount(s, weights=values, minlength=n)

    words = np.bincount(s, minlength=n)
    columns = [
        (words > 0),  # a sentence without a word (e.g. "...") does not count
        words,
        per_sentence(syl),
        per_sentence(syl >= 3),
        per_sentence(a["complex"]),
        per_sentence(syl == 1),
        per_sentence(let),
        _characters_per_sentence(doc),
        per_sentence(let > 6),
        per_sentence(let <= 3),
        per_sentence(a["difficult"]),
    ]
    return np.column_stack(columns).astype(np.int64) if n else np.zeros((0, len(COUNT_FIELDS)), dtype=np.int64)


def count_table(doc: Document) -> pd.DataFrame:
    """Readability counts per sentence: one row per sentence, one column per :class:`ReadabilityCounts` field."""
    frame = pd.DataFrame(_count_matrix(doc), columns=list(COUNT_FIELDS))
    frame.index.name = "sentence"
    return frame


@without_cyclic_gc
def readability_counts(doc: Document) -> ReadabilityCounts:
    """The document's counts (column sums of :func:`count_table`)."""
    totals = _count_matrix(doc).sum(axis=0)
    return ReadabilityCounts(*(int(v) for v in totals))


# --------------------------------------------------------------------------- formulas
# Each formula accepts any object with the count attributes, holding numbers
# or numpy arrays (the bootstrap passes arrays), and returns the same shape.

def _ratio(numerator: Any, denominator: Any) -> Any:
    """numerator/denominator, ``nan`` where the denominator is not positive (scalars or arrays)."""
    if not isinstance(denominator, np.ndarray) and not isinstance(numerator, np.ndarray):
        return numerator / denominator if denominator > 0 else math.nan
    n = np.asarray(numerator, dtype=float)
    d = np.asarray(denominator, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(d > 0, n / np.where(d > 0, d, 1.0), np.nan)


def _where(condition: Any, if_true: Any, if_false: Any) -> Any:
    """``np.where`` that stays a plain float for scalar input."""
    if isinstance(condition, np.ndarray):
        return np.where(condition, if_true, if_false)
    return if_true if condition else if_false


def _sqrt(value: Any) -> Any:
    return np.sqrt(value) if isinstance(value, np.ndarray) else (math.sqrt(value) if value >= 0 else math.nan)


def flesch_reading_ease(c: ReadabilityCounts) -> Any:
    """Flesch (1948): 206.835 − 1.015 × words/sentences − 84.6 × syllables/words. Higher is easier (0–100)."""
    return 206.835 - 1.015 * _ratio(c.words, c.sentences) - 84.6 * _ratio(c.syllables, c.words)


def flesch_kincaid_grade(c: ReadabilityCounts) -> Any:
    """Kincaid et al. (1975): 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (US grade)."""
    return 0.39 * _ratio(c.words, c.sentences) + 11.8 * _ratio(c.syllables, c.words) - 15.59


def gunning_fog(c: ReadabilityCounts) -> Any:
    """Gunning (1952): 0.4 × (words/sentences + 100 × complex words/words) (US grade)."""
    return 0.4 * (_ratio(c.words, c.sentences) + 100 * _ratio(c.complex_words, c.words))


def smog_index(c: ReadabilityCounts) -> Any:
    """McLaughlin (1969): 1.0430 × √(polysyllables × 30/sentences) + 3.1291 (US grade).

    The 30/sentences factor normalises to the 30-sentence sample the formula
    was built on; below 30 sentences the estimate is less reliable.
    """
    return 1.0430 * _sqrt(30 * _ratio(c.polysyllables, c.sentences)) + 3.1291


def coleman_liau_index(c: ReadabilityCounts) -> Any:
    """Coleman & Liau (1975): 0.0588 × L − 0.296 × S − 15.8, L = letters per 100 words,
    S = sentences per 100 words (US grade)."""
    return 0.0588 * 100 * _ratio(c.letters, c.words) - 0.296 * 100 * _ratio(c.sentences, c.words) - 15.8


def automated_readability_index(c: ReadabilityCounts) -> Any:
    """Smith & Senter (1967), as in Kincaid et al. (1975): 4.71 × letters/words + 0.5 × words/sentences − 21.43
    (US grade; "characters" are letters and digits)."""
    return 4.71 * _ratio(c.letters, c.words) + 0.5 * _ratio(c.words, c.sentences) - 21.43


def dale_chall_readability_score(c: ReadabilityCounts) -> Any:
    """Dale & Chall (1948): 0.1579 × PDW + 0.0496 × words/sentences, plus 3.6365 when PDW > 5,
    PDW = percentage of difficult words. Scores map to grade bands (4.9 or less: grade 4 and below)."""
    pdw = 100 * _ratio(c.difficult_words, c.words)
    raw = 0.1579 * pdw + 0.0496 * _ratio(c.words, c.sentences)
    return _where(pdw > 5, raw + 3.6365, raw)


def linsear_write_formula(c: ReadabilityCounts) -> Any:
    """Linsear Write (O'Hayre 1966): r = (easy words + 3 × hard words)/sentences, hard = 3+ syllables;
    grade = r/2 if r > 20, else (r − 2)/2. Applied to the whole text rather than a 100-word sample."""
    r = _ratio((c.words - c.polysyllables) + 3 * c.polysyllables, c.sentences)
    return _where(r > 20, r / 2, (r - 2) / 2)


def lix(c: ReadabilityCounts) -> Any:
    """Björnsson (1968): words/sentences + 100 × long words/words (long: more than 6 letters)."""
    return _ratio(c.words, c.sentences) + 100 * _ratio(c.long_words, c.words)


def rix(c: ReadabilityCounts) -> Any:
    """Anderson (1983): long words/sentences (long: more than 6 letters)."""
    return _ratio(c.long_words, c.sentences)


def spache_readability(c: ReadabilityCounts) -> Any:
    """Spache (1953): 0.141 × words/sentences + 0.086 × PDW + 0.839 (US grade; meant for grades 1–3).
    PDW uses the Dale–Chall list, as textstat does, not Spache's own list."""
    return 0.141 * _ratio(c.words, c.sentences) + 0.086 * 100 * _ratio(c.difficult_words, c.words) + 0.839


def mcalpine_eflaw(c: ReadabilityCounts) -> Any:
    """McAlpine (2006) EFLAW: (words + mini words)/sentences, mini words of at most 3 letters.
    McAlpine's bands for learners of English: below 21 very easy to understand; 21 to below 26 quite easy
    to understand; 26 to below 30 a little difficult; 30 or more very confusing."""
    return _ratio(c.words + c.mini_words, c.sentences)


def forcast(c: ReadabilityCounts) -> Any:
    """FORCAST (Caylor et al. 1973): 20 − N/10, N = monosyllables per 150 words (US grade).
    Scaled from the whole text rather than a 150-word sample."""
    return 20 - 150 * _ratio(c.monosyllables, c.words) / 10


FORMULAS: dict[str, Callable[[ReadabilityCounts], Any]] = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "smog_index": smog_index,
    "coleman_liau_index": coleman_liau_index,
    "automated_readability_index": automated_readability_index,
    "dale_chall_readability_score": dale_chall_readability_score,
    "linsear_write_formula": linsear_write_formula,
    "lix": lix,
    "rix": rix,
    "spache_readability": spache_readability,
    "mcalpine_eflaw": mcalpine_eflaw,
    "forcast": forcast,
}
"""Every formula by its (textstat) name, in the book's order."""

GRADE_FORMULAS = (
    "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
    "automated_readability_index", "linsear_write_formula", "forcast",
)
"""Formulas whose value is a US school grade, the inputs of :func:`consensus_grade`."""

SENTENCE_LEVEL_FORMULAS = (
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "coleman_liau_index",
    "automated_readability_index", "dale_chall_readability_score", "lix",
)
"""Formulas reported per sentence and per paragraph. Left out: SMOG (built on
30-sentence samples), Linsear Write (100-word samples), FORCAST (150-word
samples), Spache (primary-school texts), RIX and EFLAW (per-sentence counts by
construction, so a per-sentence value is just a count)."""


def consensus_grade(values: Mapping[str, float]) -> float:
    """The median of the US-grade formulas (:data:`GRADE_FORMULAS`) that have a value."""
    grades = [values[name] for name in GRADE_FORMULAS if name in values and not math.isnan(values[name])]
    return float(np.median(grades)) if grades else math.nan


def text_standard(values: Mapping[str, float]) -> float:
    """textstat's consensus rule, recomputed from our values: the most common of the floor,
    ceiling and rounded value of FK, SMOG, Coleman–Liau, ARI, Dale–Chall, Linsear and fog,
    plus the grade(s) of the Flesch reading-ease band."""
    grades: list[int] = []
    for name in ("flesch_kincaid_grade", "smog_index", "coleman_liau_index", "automated_readability_index",
                 "dale_chall_readability_score", "linsear_write_formula", "gunning_fog"):
        value = values.get(name, math.nan)
        if not math.isnan(value):
            grades += [math.floor(value), math.ceil(value), round(value)]
    ease = values.get("flesch_reading_ease", math.nan)
    if not math.isnan(ease):
        for low, band in ((90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11]), (30, [12])):
            if low <= ease < 100:
                grades += band
                break
        else:
            grades.append(13)
    if not grades:
        return math.nan
    counts: dict[int, int] = {}
    for grade in grades:
        counts[grade] = counts.get(grade, 0) + 1
    return float(max(counts, key=lambda g: (counts[g], -grades.index(g))))


def scores(counts: ReadabilityCounts) -> dict[str, float]:
    """Every formula's value for ``counts``, plus ``consensus_grade`` and ``text_standard``.

    All values are ``nan`` for a text without words.
    """
    if counts.words == 0:
        return {name: math.nan for name in (*FORMULAS, "consensus_grade", "text_standard")}
    values = {name: float(formula(counts)) for name, formula in FORMULAS.items()}
    values["consensus_grade"] = consensus_grade(values)
    values["text_standard"] = text_standard(values)
    return values


# --------------------------------------------------------------------------- granularity

def _frame_scores(counts: pd.DataFrame, names: tuple[str, ...]) -> pd.DataFrame:
    arrays = _Counts(**{name: counts[name].to_numpy() for name in COUNT_FIELDS})
    out = pd.DataFrame(index=counts.index)
    out["words"] = counts["words"]
    out["syllables_per_word"] = _ratio(arrays.syllables, arrays.words)
    out["difficult_share"] = _ratio(arrays.difficult_words, arrays.words)
    for name in names:
        out[name] = FORMULAS[name](arrays)
    return out


@dataclass(frozen=True)
class _Counts:
    """Counts held as numpy arrays (one value per sentence or per resample)."""

    sentences: np.ndarray
    words: np.ndarray
    syllables: np.ndarray
    polysyllables: np.ndarray
    complex_words: np.ndarray
    monosyllables: np.ndarray
    letters: np.ndarray
    characters: np.ndarray
    long_words: np.ndarray
    mini_words: np.ndarray
    difficult_words: np.ndarray


def sentence_readability(doc: Document) -> pd.DataFrame:
    """Per sentence: words, syllables per word, difficult-word share (0–1) and the
    :data:`SENTENCE_LEVEL_FORMULAS`; indexed by 0-based sentence number, with its paragraph."""
    frame = _frame_scores(count_table(doc), SENTENCE_LEVEL_FORMULAS)
    frame.insert(0, "paragraph", doc.sentences.table[:, 2].tolist())
    return frame


def paragraph_readability(doc: Document) -> pd.DataFrame:
    """The same columns as :func:`sentence_readability`, one row per paragraph."""
    table = count_table(doc)
    table["paragraph"] = doc.sentences.table[:, 2].tolist()
    grouped = table.groupby("paragraph").sum()
    return _frame_scores(grouped, SENTENCE_LEVEL_FORMULAS)


# --------------------------------------------------------------------------- uncertainty

BOOTSTRAP_RESAMPLES = 2000
"""Resamples drawn by :func:`bootstrap_intervals` unless told otherwise."""
CONFIDENCE = 0.95
"""Coverage of the bootstrap intervals unless told otherwise."""


def bootstrap_intervals(doc: Document, n_resamples: int = BOOTSTRAP_RESAMPLES, confidence: float = CONFIDENCE,
                        seed: int = 20240402) -> pd.DataFrame:
    """Percentile bootstrap over sentences for every formula.

    Sentences are resampled with replacement (as many as the text has),
    the counts summed, and every formula recomputed; the interval is the
    central ``confidence`` share of the resampled values. Seeded, so the same
    text always gives the same interval. With one sentence the interval has
    zero width: there is nothing to resample.

    Returns one row per formula: ``estimate`` (on the whole text), ``low``,
    ``high``, ``std`` (bootstrap standard error).
    """
    matrix = _count_matrix(doc)
    point = scores(ReadabilityCounts(*(int(v) for v in matrix.sum(axis=0))))
    rows = []
    if len(matrix) == 0:
        for name in FORMULAS:
            rows.append({"formula": name, "estimate": math.nan, "low": math.nan, "high": math.nan, "std": math.nan})
        return pd.DataFrame(rows).set_index("formula")
    resampled = _resampled_counts(matrix, n_resamples, seed)
    tail = (1 - confidence) / 2
    for name, formula in FORMULAS.items():
        values = np.asarray(formula(resampled), dtype=float)
        values = values[~np.isnan(values)]
        low, high = (np.quantile(values, [tail, 1 - tail]) if len(values) else (math.nan, math.nan))
        rows.append({"formula": name, "estimate": point[name], "low": float(low), "high": float(high),
                     "std": float(values.std(ddof=1)) if len(values) > 1 else 0.0})
    return pd.DataFrame(rows).set_index("formula")


def _resampled_counts(matrix: np.ndarray, n_resamples: int, seed: int) -> _Counts:
    """Counts of ``n_resamples`` texts, each drawn from the rows (sentences) of ``matrix`` with
    replacement, as many as it has: one array of ``n_resamples`` values per count."""
    n = len(matrix)
    picks = np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))
    sums = matrix[picks].sum(axis=1)
    return _Counts(*(sums[:, i] for i in range(len(COUNT_FIELDS))))


# --------------------------------------------------------------------------- interpretation

@lru_cache(maxsize=1)
def _bands() -> pd.DataFrame:
    bands = packaged_table("data", "readability_bands.csv")
    return bands.astype({"low": float, "high": float})


def interpretation_bands(scale: str | None = None) -> pd.DataFrame:
    """Published interpretation bands: ``scale``, ``low`` (inclusive), ``high`` (exclusive), ``label``,
    ``source`` (a key of the book's bibliography). Scales: the formulas with their own tables, and
    ``us_grade`` for every US-grade formula."""
    bands = _bands()
    return bands if scale is None else bands[bands["scale"] == scale].reset_index(drop=True)


def scale_of(formula: str) -> str | None:
    """The band scale that applies to ``formula`` (``None`` when no published bands exist)."""
    if formula in set(_bands()["scale"]):
        return formula
    if formula in GRADE_FORMULAS or formula in ("consensus_grade", "text_standard"):
        return "us_grade"
    return None


def interpret(values: Mapping[str, float]) -> pd.DataFrame:
    """For each formula in ``values`` that has published bands: its value, band label and source."""
    bands = _bands()
    rows = []
    for formula, value in values.items():
        scale = scale_of(formula)
        if scale is None:
            continue
        candidates = bands[bands["scale"] == scale]
        match = candidates[(candidates["low"] <= value) & (value < candidates["high"])]
        rows.append({
            "formula": formula,
            "value": value,
            "band": match["label"].iloc[0] if len(match) else "undefined",
            "source": candidates["source"].iloc[0],
        })
    return pd.DataFrame(rows, columns=["formula", "value", "band", "source"])


FORMULA_LABELS: dict[str, str] = {
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman–Liau",
    "automated_readability_index": "Automated Readability Index",
    "dale_chall_readability_score": "Dale–Chall",
    "linsear_write_formula": "Linsear Write",
    "lix": "LIX",
    "rix": "RIX",
    "spache_readability": "Spache",
    "mcalpine_eflaw": "McAlpine EFLAW",
    "forcast": "FORCAST",
    "consensus_grade": "Consensus (median grade)",
    "text_standard": "textstat's text_standard rule",
}
"""Display names for the book's tables and figures."""


def summary_table(doc: Document, n_resamples: int = BOOTSTRAP_RESAMPLES, confidence: float = CONFIDENCE,
                  seed: int = 20240402) -> pd.DataFrame:
    """One row per formula: ``label``, ``value``, bootstrap interval (``low``, ``high``), ``scale``, ``band``.

    The intervals cover the central ``confidence`` share of the resampled values
    (kept in ``attrs["confidence"]`` for figures and captions). The consensus
    grade's interval is that of the median of the grade formulas in each resample.
    """
    intervals = bootstrap_intervals(doc, n_resamples=n_resamples, confidence=confidence, seed=seed)
    values = scores(readability_counts(doc))
    bands = interpret(values).set_index("formula")
    rows = []
    for name in (*FORMULAS, "consensus_grade"):
        row = {"formula": name, "label": FORMULA_LABELS[name], "value": values[name]}
        if name in intervals.index:
            row.update(low=intervals.loc[name, "low"], high=intervals.loc[name, "high"])
        else:
            low, high = _consensus_interval(doc, n_resamples, confidence, seed)
            row.update(low=low, high=high)
        row["scale"] = scale_of(name) or ""
        row["band"] = bands.loc[name, "band"] if name in bands.index else ""
        rows.append(row)
    table = pd.DataFrame(rows).set_index("formula")
    table.attrs["confidence"] = confidence
    return table


def _consensus_interval(doc: Document, n_resamples: int, confidence: float, seed: int) -> tuple[float, float]:
    """Interval of the median US grade over resampled texts (same resamples as :func:`bootstrap_intervals`)."""
    matrix = _count_matrix(doc)
    if len(matrix) == 0:
        return math.nan, math.nan
    resampled = _resampled_counts(matrix, n_resamples, seed)
    grades = np.vstack([np.asarray(FORMULAS[name](resampled), dtype=float) for name in GRADE_FORMULAS])
    medians = np.nanmedian(grades, axis=0)
    tail = (1 - confidence) / 2
    return float(np.quantile(medians, tail)), float(np.quantile(medians, 1 - tail))


def syllable_distribution(doc: Document, top: int = 5) -> pd.DataFrame:
    """Share of words by number of syllables (``1`` .. ``top``, the last bin meaning ``top`` or more)."""
    table = word_table(doc)
    binned = table["syllables"].clip(upper=top)
    counts = binned.value_counts().reindex(range(1, top + 1), fill_value=0)
    frame = pd.DataFrame({"words": counts, "share": counts / max(len(table), 1)})
    frame.index = [str(i) if i < top else f"{top}+" for i in range(1, top + 1)]
    frame.index.name = "syllables"
    return frame


def grade_agreement(summary: pd.DataFrame) -> dict[str, float]:
    """How far the US-grade formulas agree: ``spread`` (highest − lowest grade) and
    ``mean_interval_width`` (mean width of their bootstrap intervals), from :func:`summary_table`."""
    grades = summary.loc[list(GRADE_FORMULAS)]
    return {"spread": float(grades["value"].max() - grades["value"].min()),
            "mean_interval_width": float((grades["high"] - grades["low"]).mean())}


def extreme_sentences(per_sentence: pd.DataFrame, formula: str = "flesch_kincaid_grade") -> dict[str, float]:
    """The hardest and easiest sentence by ``formula`` (0-based index and value), from
    :func:`sentence_readability`."""
    hardest, easiest = per_sentence[formula].idxmax(), per_sentence[formula].idxmin()
    return {"hardest": int(hardest), "hardest_value": float(per_sentence.loc[hardest, formula]),
            "easiest": int(easiest), "easiest_value": float(per_sentence.loc[easiest, formula])}
