"""Term frequencies, key words, phrases, contexts, collocations, dispersion and diversity.

Everything here consumes the document model's words (``doc.word_texts``);
nothing re-tokenises the text. Definitions:

- **term**: a word case-folded, except acronyms (all capitals, two letters
  or more: *US*, *NATO*, *U.S.*), which keep their case so that *US* is not
  the pronoun *us*. Possessive *'s* is already split off by the tokeniser,
  so *Kyiv's* counts as *kyiv*. Numbers are terms of kind ``number``.
- **lemma**: simplemma's dictionary lemma of the lower-cased word; proper
  nouns (see :func:`analysis.names.proper_noun_mask`) and acronyms are their
  own lemma, so *United States* does not become *unite state*.
- **stop word**: on the Snowball English list (``analysis/data/stopwords_en.txt``) or one of the
  central modals it lacks (``analysis/data/modal_auxiliaries.txt``).
- **per 1,000**: occurrences per 1,000 words of the text.
"""

from __future__ import annotations

import math
from fractions import Fraction
from collections import Counter
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
import pandas as pd

from .document import Document, derived
from .forms import FORMS, grown
from .gcpause import without_cyclic_gc
from .packaged import json_number, packaged_words
from .names import actor_mentions, proper_noun_mask, snowball_stopwords
from .readability import familiar_words

__all__ = [
    "ASSUMED_REFERENCE_SIZE",
    "COMMON_WORDS",
    "REFERENCE_FLOOR",
    "barcode_data",
    "collocates",
    "collocation_pairs",
    "common_words",
    "content_words",
    "dispersion",
    "dispersion_queries",
    "english_coverage",
    "frequency_table",
    "keyness",
    "kwic",
    "lemma_of",
    "lemma_table",
    "lexical_diversity",
    "modal_stop_words",
    "ngrams",
    "occurrences",
    "reference_frequency",
    "repeated_phrases",
    "stopwords",
    "term_of",
    "terms_record",
    "underused_words",
    "vocabulary_overview",
]


ACRONYM_MAX_LETTERS = 5
"""An all-capitals word with more letters (*EARTHQUAKE*, *UNESCO*) is a word set in capitals,
as in a headline, and is case-folded like any other; a shorter one (*NATO*, *US*) is an acronym."""


def _is_acronym(word: str) -> bool:
    if word.islower():
        return False
    if word.isalpha():  # most words: every character is a letter
        return 2 <= len(word) <= ACRONYM_MAX_LETTERS and all(map(str.isupper, word))
    letters = [ch for ch in word if ch.isalpha()]
    return 2 <= len(letters) <= ACRONYM_MAX_LETTERS and all(ch.isupper() for ch in letters)


def _is_word_term(term: str) -> bool:
    """A term of kind ``word``: it has a letter and does not start with a digit (*1990s*, *28th*
    and *1.2bn* are numbers)."""
    return not term[:1].isdigit() and (term.isalpha() or any(ch.isalpha() for ch in term))


def modal_stop_words() -> frozenset[str]:
    """The central modals the Snowball list lacks (can, may, might, must, shall, will; lower case;
    ``analysis/data/modal_auxiliaries.txt``)."""
    return packaged_words("data", "modal_auxiliaries.txt")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Stop words flagged in term tables: the Snowball English list (``analysis/data/stopwords_en.txt``)
    and :func:`modal_stop_words`, lower case."""
    return snowball_stopwords() | modal_stop_words()


@lru_cache(maxsize=1024)  # frequent words; the vocabulary keeps every form's term
def term_of(word: str) -> str:
    """The term a word counts toward: case-folded, acronyms kept as written."""
    return word if word.islower() or _is_acronym(word) else word.lower()


@lru_cache(maxsize=65536)
def _lemma_of_lower(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="en").lower()


def lemma_of(word: str, proper: bool = False) -> str:
    """The lemma of one word (proper nouns, acronyms and numbers, *1990s* included, are their own lemma)."""
    if proper or _is_acronym(word) or not _is_word_term(word):
        return term_of(word)
    return _lemma_of_lower(word.lower())


class _Vocabulary:
    """Every term seen in this process, with its per-term features in growable numpy arrays.

    Word forms reach it through :data:`analysis.forms.FORMS` (whose ``term``
    column holds each form's term id), so a pass looks each distinct form up
    once per document and does the rest with array operations.
    """

    generation = 0

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget every term (see :func:`analysis.caches.clear_word_caches`)."""
        self.generation += 1  # term ids memoised on documents before this are stale
        self.term_ids: dict[str, int] = {}
        self.terms: list[str] = []
        self.stop = np.zeros(1024, dtype=bool)
        self.is_word = np.zeros(1024, dtype=bool)
        self.surprise = np.full(1024, np.nan)  # −log2 of the floored reference frequency; nan: unknown
        self.reference = np.full(1024, np.nan)  # reference relative frequency (0: absent); nan: unknown

    def add_terms(self, terms: list[str]) -> None:
        """Add new terms (not yet in the vocabulary, distinct); they take the next ids in order."""
        first = len(self.terms)
        end = first + len(terms)
        self.stop, self.is_word = grown(self.stop, end), grown(self.is_word, end)
        self.surprise, self.reference = grown(self.surprise, end, np.nan), grown(self.reference, end, np.nan)
        stop = stopwords()
        is_word = [_is_word_term(term) for term in terms]
        reference = np.array([reference_frequency(t) if w else math.nan for t, w in zip(terms, is_word)], dtype=float)
        self.is_word[first:end] = is_word
        self.stop[first:end] = [term.lower() in stop for term in terms]
        self.reference[first:end] = reference
        with np.errstate(divide="ignore", invalid="ignore"):
            self.surprise[first:end] = -np.log2(np.where(reference == 0, REFERENCE_FLOOR, reference))
        self.terms.extend(terms)
        self.term_ids.update(zip(terms, range(first, end)))

    def ids_of_forms(self, forms: list[str]) -> list[int]:
        """The term id of each word form, adding the new terms."""
        terms = [term_of(form) for form in forms]
        known = self.term_ids
        new = list(dict.fromkeys(t for t in terms if t not in known))
        if new:
            self.add_terms(new)
        return [known[t] for t in terms]


_VOCABULARY = _Vocabulary()


def term_ids_of_forms(forms: list[str]) -> list[int]:
    """The vocabulary id of each word form's term (see :mod:`analysis.forms`)."""
    return _VOCABULARY.ids_of_forms(forms)


def _term_ids(doc: Document) -> np.ndarray:
    """The vocabulary id of each word's term (memoised on ``doc`` until the vocabulary is cleared)."""
    return derived(doc, "_term_ids", _find_term_ids, _VOCABULARY.generation)


def _find_term_ids(doc: Document) -> np.ndarray:
    types, type_ids = doc.word_types
    form_ids = FORMS.ids(types)  # first: it may add forms, and the column view must include them
    by_type = FORMS.column("term")[form_ids]
    return by_type[type_ids] if len(type_ids) else type_ids


def _term_table(doc: Document) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct term ids in order of first appearance, their counts, and their first word index
    (memoised on ``doc`` until the vocabulary is cleared)."""
    return derived(doc, "_term_table", _find_term_table, _VOCABULARY.generation)


def _find_term_table(doc: Document) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    ids = _term_ids(doc)
    if not len(ids):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    unique, first, counts = np.unique(ids, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return unique[order], counts[order], first[order]


def _terms(doc: Document) -> list[str]:
    """The term of every word, in text order."""
    terms = _VOCABULARY.terms
    return [terms[i] for i in _term_ids(doc).tolist()]


def _top_terms(doc: Document, top: int) -> list[tuple[str, int, bool]]:
    """(term, count, stopword) of the ``top`` most frequent terms; ties keep text order."""
    unique, counts, first = _term_table(doc)
    order = np.lexsort((first, -counts))[:top]
    terms, stop = _VOCABULARY.terms, _VOCABULARY.stop
    return [(terms[i], c, bool(stop[i])) for i, c in zip(unique[order].tolist(), counts[order].tolist())]


def frequency_table(doc: Document) -> pd.DataFrame:
    """Every term with its frequency, most frequent first (ties: first occurrence).

    Columns: ``term``, ``count``, ``per_1000``, ``stopword`` (bool), ``kind``
    (``word`` or ``number``), ``lemma``, ``forms`` (surface form -> count).
    """
    words = doc.word_texts
    terms = _terms(doc)
    proper = proper_noun_mask(doc)
    n = len(words)
    counts: Counter[str] = Counter(terms)
    forms: dict[str, Counter[str]] = {}
    first: dict[str, int] = {}
    proper_terms: set[str] = set()
    for i, (word, term) in enumerate(zip(words, terms)):
        forms.setdefault(term, Counter())[word] += 1
        first.setdefault(term, i)
        if proper[i]:
            proper_terms.add(term)
    stop = stopwords()
    rows = [{
        "term": term,
        "count": count,
        "per_1000": 1000 * count / n,
        "stopword": term.lower() in stop,
        "kind": "word" if _is_word_term(term) else "number",
        "lemma": lemma_of(next(iter(forms[term])), term in proper_terms),
        "forms": dict(forms[term].most_common()),
        "_first": first[term],
    } for term, count in counts.items()]
    frame = pd.DataFrame(rows, columns=["term", "count", "per_1000", "stopword", "kind", "lemma", "forms", "_first"])
    frame = frame.sort_values(["count", "_first"], ascending=[False, True], ignore_index=True)
    return frame.drop(columns="_first")


def content_words(frequencies: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`frequency_table` for content words: no stop words, no numbers."""
    return frequencies[~frequencies["stopword"] & (frequencies["kind"] == "word")]


COMMON_WORDS = 1000
"""Size of the common-word list for vocabulary coverage (wordfreq's most frequent English words)."""


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """wordfreq's :data:`COMMON_WORDS` most frequent English words ("best" list, lower case)."""
    import wordfreq

    return frozenset(wordfreq.top_n_list("en", COMMON_WORDS, wordlist="best"))


@lru_cache(maxsize=1)
def english_coverage() -> dict[str, float]:
    """Shares (0-1) of general English (wordfreq's frequencies) taken by its :data:`COMMON_WORDS`
    commonest words (``common``) and by the stop words (``stopwords``): the reference for
    ``common_share`` and ``stop_share`` of :func:`vocabulary_overview`."""
    import wordfreq

    table = wordfreq.get_frequency_dict("en", wordlist="best")
    return {"common": sum(table.get(w, 0.0) for w in common_words()),
            "stopwords": sum(table.get(w, 0.0) for w in stopwords())}


def vocabulary_overview(frequencies: pd.DataFrame) -> dict[str, Any]:
    """Headline figures of a :func:`frequency_table`: ``n_types``, ``stop_share`` (share of word
    tokens that are stop words), ``common_share`` (share of word tokens whose term is one of
    English's :data:`COMMON_WORDS` commonest words: :func:`common_words`; an acronym such as *US*
    is not the pronoun *us*), ``n_content`` (distinct content words: no stop words, no
    numbers), ``n_hapax`` (content words seen once) and the most frequent content word
    (``top_term``, ``top_term_count``, ``top_term_rate`` per 1,000 words; ``None`` if none)."""
    content = content_words(frequencies)
    total = max(int(frequencies["count"].sum()), 1)
    top = content.iloc[0] if len(content) else None
    return {"n_types": len(frequencies),
            "stop_share": float(frequencies.loc[frequencies["stopword"], "count"].sum() / total),
            "common_share": float(frequencies.loc[frequencies["term"].isin(common_words()), "count"].sum() / total),
            "n_content": len(content), "n_hapax": int((content["count"] == 1).sum()),
            "top_term": None if top is None else top["term"],
            "top_term_count": 0 if top is None else int(top["count"]),
            "top_term_rate": 0.0 if top is None else float(top["per_1000"])}


def lemma_table(doc: Document) -> pd.DataFrame:
    """Frequencies by lemma: ``lemma``, ``count``, ``per_1000``, ``stopword``, ``terms`` (term -> count)."""
    table = frequency_table(doc)
    n = max(int(table["count"].sum()), 1)
    rows = []
    for lemma, group in table.groupby("lemma", sort=False):
        rows.append({"lemma": lemma, "count": int(group["count"].sum()),
                     "per_1000": 1000 * group["count"].sum() / n, "stopword": bool(group["stopword"].all()),
                     "terms": dict(zip(group["term"], group["count"].astype(int)))})
    frame = pd.DataFrame(rows, columns=["lemma", "count", "per_1000", "stopword", "terms"])
    return frame.sort_values("count", ascending=False, kind="stable", ignore_index=True)


# --------------------------------------------------------------------------- n-grams and phrases

def _sentence_runs(doc: Document) -> list[list[str]]:
    """The terms of each sentence."""
    runs: list[list[str]] = [[] for _ in doc.sentences]
    for term, sentence in zip(_terms(doc), doc.word_sentence_ids.tolist()):
        runs[sentence].append(term)
    return runs


def _phrase_runs(doc: Document) -> list[list[str]]:
    """The terms of each stretch of a sentence between punctuation marks: a phrase does not run
    across a comma, colon, dash, bracket or quotation mark (*Secretary of State, Antony Blinken*
    gives *secretary of state* and *antony blinken*, not *state antony*)."""
    runs: list[list[str]] = []
    text, starts, ends = doc.text, doc.word_starts, doc.word_ends
    previous_sentence = -1
    for k, (term, sentence) in enumerate(zip(_terms(doc), doc.word_sentence_ids.tolist())):
        if sentence != previous_sentence or text[int(ends[k - 1]):int(starts[k])].strip():
            runs.append([])
        runs[-1].append(term)
        previous_sentence = sentence
    return runs


def ngrams(doc: Document, n: int = 2, min_count: int = 1, stopword_edges: bool = False) -> pd.DataFrame:
    """Word n-grams within sentences, not across punctuation: ``ngram`` (space-joined terms),
    ``count``, ``per_1000``.

    With ``stopword_edges=False`` (default), n-grams that begin or end with a
    stop word, or contain a number, are dropped (*of the*, *the capital*),
    keeping the content-bearing ones (*steadfast western support*).
    """
    stop = stopwords()
    counts: Counter[tuple[str, ...]] = Counter()
    for run in _phrase_runs(doc):
        for i in range(len(run) - n + 1):
            gram = tuple(run[i:i + n])
            if not stopword_edges and (gram[0].lower() in stop or gram[-1].lower() in stop
                                       or any(not any(ch.isalpha() for ch in t) for t in gram)):
                continue
            counts[gram] += 1
    total = max(doc.counts.words, 1)
    rows = [{"ngram": " ".join(g), "count": c, "per_1000": 1000 * c / total}
            for g, c in counts.most_common() if c >= min_count]
    return pd.DataFrame(rows, columns=["ngram", "count", "per_1000"])


def repeated_phrases(doc: Document, min_words: int = 2, max_words: int = 8, min_count: int = 2) -> pd.DataFrame:
    """Word sequences that occur ``min_count`` times or more, longest first.

    A sequence lies within a sentence and between punctuation marks (as :func:`ngrams`). A phrase
    is kept only if it is not part of a longer repeated phrase with the same count, and not made
    of stop words only. Columns: ``phrase``, ``words``, ``count``.
    """
    stop = stopwords()
    runs = _phrase_runs(doc)
    found: dict[tuple[str, ...], int] = {}
    for size in range(max_words, min_words - 1, -1):
        counts: Counter[tuple[str, ...]] = Counter()
        for run in runs:
            for i in range(len(run) - size + 1):
                counts[tuple(run[i:i + size])] += 1
        for gram, count in counts.items():
            if count < min_count or all(t.lower() in stop for t in gram):
                continue
            if any(count == c and _contains(longer, gram) for longer, c in found.items() if len(longer) > size):
                continue
            found[gram] = count
    rows = [{"phrase": " ".join(g), "words": len(g), "count": c} for g, c in found.items()]
    frame = pd.DataFrame(rows, columns=["phrase", "words", "count"])
    return frame.sort_values(["count", "words"], ascending=False, ignore_index=True)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    k = len(shorter)
    return any(longer[i:i + k] == shorter for i in range(len(longer) - k + 1))


# --------------------------------------------------------------------------- keyness

@lru_cache(maxsize=1)
def _reference() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict("en", wordlist="best")


REFERENCE_FLOOR = 0.5e-8
"""Relative frequency given to a word absent from wordfreq: half the smallest
frequency its English list reports (about 1e-8)."""


def reference_frequency(term: str) -> float:
    """Relative frequency of ``term`` in general English (wordfreq 'best' list), 0 if unknown.

    Returns ``nan`` for an acronym whose lower-case form is a familiar English
    word (on the Dale–Chall list: *US*/*us*, *IT*/*it*; *U.S.* has its own entry): wordfreq folds case,
    so its figure would mostly count the other word. A hyphenated word that wordfreq
    lists only as its parts (*pre-tax*) gets wordfreq's own estimate for a text of
    several words, 1/f = Σ 1/fᵢ over the parts (``wordfreq.word_frequency``, three
    significant digits): an overestimate for a compound, so it ranks lower than it might,
    where the floor would have made every hyphenated word look key.
    """
    lower = term.lower()
    table = _reference()
    if _is_acronym(term) and "." not in term and lower in familiar_words():
        return math.nan
    value = table.get(lower)
    if value is None:
        value = table.get(lower.rstrip(".").replace("'", "’"), table.get(lower.rstrip(".")))
    if value is None and "-" in lower.strip("-"):
        import wordfreq

        value = wordfreq.word_frequency(lower, "en", wordlist="best")
    return float(value or 0.0)


ASSUMED_REFERENCE_SIZE = 1e9
"""Words assumed in the reference corpus for log-likelihood (wordfreq publishes no corpus size)."""


KEY_WORD_MIN_COUNT = 2
"""Occurrences a word needs before the book calls it a *key word* of the text (the prose, the
keyness figure). A word used once can reach the highest log ratio just by being rare in English
(*entrenching*), which says more about English than about the text; concordancers' keyword lists
set a minimum frequency for the same reason (WordSmith Tools' KeyWords, Scott 2020). The full
:func:`keyness` table keeps every word."""


def key_words(keyness_table: pd.DataFrame, min_count: int = KEY_WORD_MIN_COUNT) -> pd.DataFrame:
    """The rows of a :func:`keyness` table that the book calls key words: content words (no stop
    words) used at least ``min_count`` times, in the table's order (log ratio, highest first)."""
    return keyness_table[~keyness_table["stopword"] & (keyness_table["count"] >= min_count)]


def keyness(doc: Document, min_count: int = 1,
            reference_size: float | None = ASSUMED_REFERENCE_SIZE) -> pd.DataFrame:
    """Key words against general English (wordfreq), by log ratio (Hardie 2014).

    For each word term (numbers excluded): ``form`` (its most frequent
    spelling in the text, for display: *Blinken* for the term *blinken*), ``count``, ``stopword``,
    ``per_1000``, ``reference_per_1000`` (wordfreq), ``log_ratio`` = log2 of
    the text's relative frequency over the reference's, with zero reference
    frequencies floored at :data:`REFERENCE_FLOOR`; ``in_reference`` (False
    when floored); and ``log_likelihood`` (Dunning's G², signed) under an
    *assumed* reference corpus of ``reference_size`` words (wordfreq does not
    publish one). Sorted by log ratio, then count (ties keep text order);
    terms below ``min_count`` dropped; acronyms with no usable reference
    frequency (*US*) left out.
    """
    rows = _keyness_rows(doc, min_count)
    n = max(doc.counts.words, 1)
    frame = pd.DataFrame(rows, columns=["term", "count", "stopword", "reference", "log_ratio"])
    frame["per_1000"] = 1000 * frame["count"] / n
    frame["reference_per_1000"] = 1000 * frame["reference"]
    frame["in_reference"] = frame["reference"] > 0
    if reference_size:
        floored = np.where(frame["in_reference"], frame["reference"], REFERENCE_FLOOR)
        frame["log_likelihood"] = _signed_g2(frame["count"].to_numpy(), n, floored * reference_size, reference_size)
    spellings = Counter(zip(_terms(doc), doc.word_texts))
    forms: dict[str, str] = {}
    for (term, form), _ in spellings.most_common():  # ties: the spelling met first
        forms.setdefault(term, form)
    frame["form"] = frame["term"].map(forms)
    columns = ["term", "form", "count", "stopword", "per_1000", "reference_per_1000", "log_ratio", "in_reference"]
    return frame[columns + (["log_likelihood"] if reference_size else [])]


def _keyness_rows(doc: Document, min_count: int = 1, content_only: bool = False,
                  limit: int | None = None) -> list[tuple[str, int, bool, float, float]]:
    """(term, count, stopword, reference frequency, log ratio), sorted as :func:`keyness` returns
    them: log ratio, then count, highest first; ties keep text order."""
    unique, counts, first = _term_table(doc)
    vocabulary = _VOCABULARY
    surprise = vocabulary.surprise[unique]
    keep = vocabulary.is_word[unique] & ~np.isnan(surprise) & (counts >= min_count)
    if content_only:
        keep &= ~vocabulary.stop[unique]
    unique, counts, first, surprise = unique[keep], counts[keep], first[keep], surprise[keep]
    log_ratio = np.log2(counts / max(doc.counts.words, 1)) + surprise
    order = np.lexsort((first, -counts, -log_ratio))
    if limit is not None:
        order = order[:limit]
    picked = unique[order]
    return list(zip([vocabulary.terms[i] for i in picked.tolist()], counts[order].tolist(),
                    vocabulary.stop[picked].tolist(), vocabulary.reference[picked].tolist(),
                    log_ratio[order].tolist()))


def _signed_g2(a: np.ndarray, c: float, b: np.ndarray, d: float) -> np.ndarray:
    """Dunning's log-likelihood for counts a (of c) vs b (of d), signed + for overuse in the text."""
    a = a.astype(float)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * (np.where(a > 0, a * np.log(a / e1), 0.0) + np.where(b > 0, b * np.log(b / e2), 0.0))
    return np.where(a / c >= b / d, g2, -g2)


def underused_words(doc: Document, top: int = 100) -> pd.DataFrame:
    """The ``top`` most frequent English words (wordfreq) that the text uses least, by log ratio.

    A word absent from the text gets half an occurrence (Hardie's smoothing),
    so its log ratio is finite. Columns as :func:`keyness` (without G²).
    """
    import wordfreq

    counts = Counter(t.lower() for t in _terms(doc))
    n = max(doc.counts.words, 1)
    rows = []
    for word in wordfreq.top_n_list("en", top, wordlist="best"):
        count = counts.get(word, 0)
        reference = _reference().get(word, REFERENCE_FLOOR)
        rows.append({"term": word, "count": count, "stopword": word in stopwords(), "per_1000": 1000 * count / n,
                     "reference_per_1000": 1000 * reference,
                     "log_ratio": math.log2(max(count, 0.5) / n / reference), "in_reference": True})
    frame = pd.DataFrame(rows)
    return frame.sort_values("log_ratio", ignore_index=True)


# --------------------------------------------------------------------------- where terms occur

def occurrences(doc: Document, query: str, by: str = "term") -> np.ndarray:
    """Word indices (into ``doc.word_texts``) where ``query`` occurs.

    ``by``: ``term`` (case-folded term), ``lemma``, or ``entity`` (an actor of
    the alias table, all its variants).
    """
    if by == "entity":
        mentions = actor_mentions(doc)
        return mentions.loc[mentions["entity"] == query, "word"].to_numpy(dtype=np.int64)
    target = term_of(query)
    if by == "lemma":
        proper = proper_noun_mask(doc)
        target = lemma_of(query)
        return np.array([i for i, w in enumerate(doc.word_texts) if lemma_of(w, bool(proper[i])) == target],
                        dtype=np.int64)
    return np.array([i for i, w in enumerate(doc.word_texts) if term_of(w) == target], dtype=np.int64)


def _paragraph_word_sizes(doc: Document) -> np.ndarray:
    paragraph_of_sentence = doc.sentences.table[:, 2].astype(np.int64)
    word_paragraph = paragraph_of_sentence[doc.word_sentence_ids] if doc.counts.words else np.zeros(0, dtype=np.int64)
    return np.bincount(word_paragraph, minlength=len(doc.paragraphs)), word_paragraph


def dispersion(doc: Document, queries: Iterable[tuple[str, str]]) -> pd.DataFrame:
    """Dispersion of terms or actors over the paragraphs.

    ``queries``: (query, by) pairs as in :func:`occurrences`. Returns, per
    query: ``count``, ``paragraphs`` (how many paragraphs it appears in),
    ``dp`` (Gries' deviation of proportions: 0 = spread exactly like the
    text, towards 1 = concentrated in one place), ``dp_norm`` (DP divided by
    its maximum for these paragraph sizes, Lijffijt & Gries 2012) and
    ``juilland_d`` (1 − coefficient of variation of the per-paragraph
    relative frequencies / √(parts − 1); 1 = even).
    """
    sizes, word_paragraph = _paragraph_word_sizes(doc)
    total = max(int(sizes.sum()), 1)
    expected = sizes / total
    rows = []
    for query, by in queries:
        positions = occurrences(doc, query, by)
        count = len(positions)
        per_part = np.bincount(word_paragraph[positions], minlength=len(sizes)) if count else np.zeros(len(sizes))
        row: dict[str, Any] = {"query": query, "by": by, "count": count,
                               "paragraphs": int((per_part > 0).sum())}
        if count and len(sizes) > 1:
            dp = 0.5 * float(np.abs(per_part / count - expected).sum())
            row["dp"] = dp
            row["dp_norm"] = dp / (1 - float(expected.min())) if expected.min() < 1 else math.nan
            rates = per_part / np.where(sizes > 0, sizes, 1)
            mean = rates.mean()
            row["juilland_d"] = 1 - (rates.std(ddof=0) / mean) / math.sqrt(len(sizes) - 1) if mean > 0 else math.nan
        else:
            row.update(dp=math.nan, dp_norm=math.nan, juilland_d=math.nan)
        rows.append(row)
    return pd.DataFrame(rows, columns=["query", "by", "count", "paragraphs", "dp", "dp_norm", "juilland_d"])


def dispersion_queries(actors: pd.DataFrame, mentions: pd.DataFrame, key_terms: pd.DataFrame,
                       n_actors: int = 6, n_terms: int = 6) -> list[tuple[str, str, str]]:
    """What a dispersion plot shows: the ``n_actors`` most mentioned actors, then the ``n_terms``
    most key content words seen twice or more that are not an actor's name.

    Args:
        actors: :func:`analysis.names.actor_summary` output (most mentioned first).
        mentions: :func:`analysis.names.actor_mentions` output.
        key_terms: :func:`keyness` output without stop words (most key first).

    Returns (label, query, by) triples for :func:`barcode_data` and :func:`dispersion`.
    """
    shown_actors = actors["entity"].head(n_actors).tolist()
    actor_forms = {v.lower() for v in mentions.loc[mentions["entity"].isin(shown_actors), "variant"]}
    repeated = [t for t in key_terms.loc[key_terms["count"] >= 2, "term"] if t.lower() not in actor_forms][:n_terms]
    return [(entity, entity, "entity") for entity in shown_actors] + [(t, t, "term") for t in repeated]


def kwic(doc: Document, query: str, window: int = 6, by: str = "term") -> pd.DataFrame:
    """Keyword in context: one row per occurrence of ``query``.

    Columns: ``sentence`` (0-based), ``start``, ``end`` (offsets of the keyword
    in ``doc.text``), ``left`` (the ``window`` words before, as written),
    ``keyword``, ``right`` (the ``window`` words after). Contexts run across
    sentence boundaries but not beyond the text; line breaks become spaces.
    """
    spans = doc.word_spans
    sentences = doc.word_sentences
    rows = []
    for i in occurrences(doc, query, by):
        start, end = spans[i]
        left_start = spans[max(0, i - window)][0]
        right_end = spans[min(len(spans) - 1, i + window)][1]
        rows.append({
            "sentence": sentences[i],
            "start": start,
            "end": end,
            "left": " ".join(doc.text[left_start:start].split()),
            "keyword": doc.text[start:end],
            "right": " ".join(doc.text[end:right_end].split()),
        })
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "left", "keyword", "right"])


# --------------------------------------------------------------------------- collocations

def _association(observed: np.ndarray, f_node: float, f_coll: np.ndarray, n: int, span: int) -> dict[str, np.ndarray]:
    expected = f_node * f_coll * span / max(n, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return {
            "mi": np.log2(observed / expected),
            "t_score": (observed - expected) / np.sqrt(observed),
            "log_dice": 14 + np.log2(2 * observed / (f_node + f_coll)),
        }


def collocates(doc: Document, node: str, window: int = 5, min_count: int = 1,
               exclude_stopwords: bool = True) -> pd.DataFrame:
    """Words co-occurring with ``node`` within ``window`` words on either side, in the same sentence.

    Columns: ``collocate``, ``observed`` (co-occurrences), ``frequency`` (of
    the collocate in the text), ``mi`` (log2 observed/expected, expected =
    f(node) × f(collocate) × 2·window / words), ``t_score``
    ((observed − expected)/√observed) and ``log_dice`` (14 + log2(2·observed /
    (f(node) + f(collocate))), Rychlý 2008). Sorted by logDice.
    """
    terms = _terms(doc)
    sentences = doc.word_sentences
    frequency = Counter(terms)
    stop = stopwords()
    target = term_of(node)
    observed: Counter[str] = Counter()
    for i in np.flatnonzero(np.array([t == target for t in terms], dtype=bool)):
        for j in range(max(0, i - window), min(len(terms), i + window + 1)):
            if j == i or sentences[j] != sentences[i]:
                continue
            term = terms[j]
            if term == target or (exclude_stopwords and term.lower() in stop) or not any(c.isalpha() for c in term):
                continue
            observed[term] += 1
    rows = [(t, o, frequency[t]) for t, o in observed.items() if o >= min_count]
    frame = pd.DataFrame(rows, columns=["collocate", "observed", "frequency"])
    measures = _association(frame["observed"].to_numpy(float), frequency[target], frame["frequency"].to_numpy(float),
                            len(terms), 2 * window)
    for name, values in measures.items():
        frame[name] = values
    return frame.sort_values(["log_dice", "observed"], ascending=False, ignore_index=True)


def collocation_pairs(doc: Document, window: int = 5, min_count: int = 2) -> pd.DataFrame:
    """Pairs of content words (no stop words, no numbers) within ``window`` words in one sentence.

    Columns: ``pair`` ("a ~ b", alphabetical), ``observed`` (the number of sentences in which
    the pair occurs: a sentence that repeats a word, *evolving ... evolving*, still counts its
    pairs once, so that one clause cannot make a pair look recurrent), ``log_dice``, ``mi``;
    pairs seen in fewer than ``min_count`` sentences are dropped.
    """
    terms = _terms(doc)
    stop = stopwords()
    frequency = Counter(terms)
    observed: Counter[tuple[str, str]] = Counter()
    for run in _sentence_runs(doc):
        content = [(i, t) for i, t in enumerate(run) if t.lower() not in stop and any(c.isalpha() for c in t)]
        in_sentence: set[tuple[str, str]] = set()
        for a in range(len(content)):
            for b in range(a + 1, len(content)):
                if content[b][0] - content[a][0] > window:
                    break
                if content[a][1] != content[b][1]:
                    in_sentence.add((min(content[a][1], content[b][1]), max(content[a][1], content[b][1])))
        observed.update(in_sentence)
    rows = []
    for (x, y), o in observed.items():
        if o < min_count:
            continue
        fx, fy = frequency[x], frequency[y]
        rows.append({"pair": f"{x} ~ {y}", "observed": o, "log_dice": 14 + math.log2(2 * o / (fx + fy)),
                     "mi": math.log2(o * len(terms) / (fx * fy * 2 * window))})
    frame = pd.DataFrame(rows, columns=["pair", "observed", "log_dice", "mi"])
    return frame.sort_values(["observed", "log_dice"], ascending=False, ignore_index=True)


# --------------------------------------------------------------------------- lexical diversity

def _previous_occurrence(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each position, the index of the previous and of the next occurrence of the same id
    (−1 and len(ids) where there is none), as ``int32`` arrays."""
    n = len(ids)
    order = np.argsort(ids, kind="stable").astype(np.int32)
    previous = np.full(n, -1, dtype=np.int32)
    following = np.full(n, n, dtype=np.int32)
    if n > 1:
        same = ids[order[1:]] == ids[order[:-1]]
        later, earlier = order[1:][same], order[:-1][same]
        previous[later] = earlier
        following[earlier] = later
    return previous, following


def _mattr(ids: np.ndarray, window: int, previous: np.ndarray) -> float:
    """Moving-average TTR (Covington & McFall 2010), computed without sliding explicitly."""
    n = len(ids)
    if n == 0:
        return math.nan
    if n <= window:
        return len(np.unique(ids)) / n
    # Word j is the first of its type in the windows starting at i, for
    # max(previous+1, j-window+1, 0) <= i <= min(j, n-window).
    j = np.arange(n, dtype=np.int64)
    lo = previous + 1
    np.maximum(lo, j - (window - 1), out=lo, casting="unsafe")
    np.maximum(lo, 0, out=lo)
    np.minimum(j, n - window, out=j)  # j becomes hi
    j -= lo
    j += 1
    np.clip(j, 0, None, out=j)
    contributions = int(j.sum())
    return float(contributions / (window * (n - window + 1)))


@lru_cache(maxsize=8)
def _threshold_fraction(threshold: float) -> tuple[int, int]:
    """The MTLD threshold as a fraction p/q (denominator at most 1000): numerator and denominator."""
    ratio = Fraction(threshold).limit_denominator(1000)
    return ratio.numerator, ratio.denominator


def _mtld_factors(occurrences: np.ndarray, forward: bool, threshold: float, block: int = 8192) -> float:
    """MTLD factor count in one direction.

    ``occurrences[j]`` is the position of the previous occurrence of word j
    (``forward``: word j is new within the current factor if that position
    is before the factor's start), or of the next occurrence when reading
    backwards. TTR is tracked with exact integer arithmetic: with threshold
    p/q, a factor ends when q·types − p·tokens ≤ 0. The array is read
    ``block`` words at a time, so no list of the whole text is made.
    """
    p, q = _threshold_fraction(threshold)
    gain, loss = q - p, -p
    n = len(occurrences)
    factors = 0
    budget = 0
    position = 0
    if forward:
        start = 0
        for lo in range(0, n, block):
            for occurrence in occurrences[lo:lo + block].tolist():
                position += 1
                if occurrence < start:
                    budget += gain
                else:  # only a repeated word can bring the TTR down to the threshold
                    budget += loss
                    if budget <= 0:
                        factors += 1
                        start = position
                        budget = 0
        remaining = n - start
    else:
        last = n - 1
        start = last
        for hi in range(n, 0, -block):
            for occurrence in occurrences[max(0, hi - block):hi][::-1].tolist():
                position += 1
                if occurrence > start:
                    budget += gain
                else:
                    budget += loss
                    if budget <= 0:
                        factors += 1
                        start = last - position
                        budget = 0
        remaining = start + 1
    partial = 0.0
    if remaining > 0:
        types = (budget + p * remaining) / q
        partial = (1 - types / remaining) / (1 - threshold)
    return factors + partial


def lexical_diversity(doc: Document, window: int = 50, threshold: float = 0.72) -> dict[str, float]:
    """Type–token measures over the terms (words and numbers).

    Returns ``tokens``, ``types``, ``ttr`` (types/tokens; falls as texts get
    longer, so only comparable at equal length), ``mattr`` (mean TTR over
    every ``window``-word window, Covington & McFall 2010; equals TTR for
    texts shorter than the window) and ``mtld`` (mean length of word runs that
    keep TTR above ``threshold``, forward and backward averaged, McCarthy &
    Jarvis 2010; ``nan`` when undefined), and ``mattr_window``.
    """
    ids = _term_ids(doc)
    n = len(ids)
    types = len(_term_table(doc)[0])
    previous, following = _previous_occurrence(ids)
    forward = _mtld_factors(previous, True, threshold)
    backward = _mtld_factors(following, False, threshold)
    mtld = ((n / forward if forward else math.nan) + (n / backward if backward else math.nan)) / 2 if n else math.nan
    return {"tokens": float(n), "types": float(types), "ttr": types / n if n else math.nan,
            "mattr": _mattr(ids, window, previous), "mtld": mtld, "mattr_window": float(window)}


# --------------------------------------------------------------------------- record

@without_cyclic_gc
def terms_record(doc: Document, top: int = 50, key_terms: int = 30) -> dict[str, Any]:
    """The ``terms`` section of the per-document record (plain JSON-ready data).

    ``top``: the ``top`` most frequent terms, stop words included and flagged
    (``term``, ``count``, ``per_1000``, ``stopword``), as :func:`frequency_table`;
    ``keyness``: the ``key_terms`` highest log ratios among non-stop words
    (``term``, ``count``, ``log_ratio``, ``in_reference``: False when wordfreq lacks the
    word and its frequency was floored), as :func:`keyness`; ``actors``:
    mentions per actor (``entity``, ``mentions``, ``variants``) for the ``top`` most
    mentioned, as :func:`analysis.names.actor_summary` (which lists them all); ``lexical_diversity``:
    :func:`lexical_diversity`. Computed without pandas, for speed.
    """
    n = max(doc.counts.words, 1)
    keys = _keyness_rows(doc, content_only=True, limit=key_terms)
    return {
        "top": [{"term": t, "count": c, "per_1000": json_number(1000 * c / n), "stopword": stop}
                for t, c, stop in _top_terms(doc, top)],
        "keyness": [{"term": t, "count": c, "log_ratio": json_number(lr), "in_reference": ref > 0}
                    for t, c, _, ref, lr in keys],
        "actors": [{"entity": e, "mentions": m, "variants": v} for e, m, v in _actor_counts(doc)[:top]],
        "lexical_diversity": {k: json_number(v) for k, v in lexical_diversity(doc).items()},
    }


def _actor_counts(doc: Document) -> list[tuple[str, int, dict[str, int]]]:
    """(entity, mentions, variant counts), most mentioned first (ties: first mention), as actor_summary."""
    from .names import all_actor_mentions

    found: dict[str, dict[str, int]] = {}
    for entity, variant, _kind, _listed, _word, _words in all_actor_mentions(doc):
        variants = found.get(entity)
        if variants is None:
            variants = found[entity] = {}
        variants[variant] = variants.get(variant, 0) + 1
    ordered = sorted(found.items(), key=lambda item: -sum(item[1].values()))
    return [(e, sum(v.values()), dict(sorted(v.items(), key=lambda kv: -kv[1]))) for e, v in ordered]


def barcode_data(doc: Document, queries: Iterable[tuple[str, str, str]]) -> tuple[pd.DataFrame, np.ndarray, int]:
    """Where each query occurs, for a dispersion plot.

    ``queries``: (label, query, by) triples, ``by`` as in :func:`occurrences`.
    Returns a frame of ``label``, ``word`` (word index of each occurrence) and ``by`` (the query's
    kind), the word index at which each paragraph starts, and the number of words.
    """
    rows = [(label, int(i), by) for label, query, by in queries for i in occurrences(doc, query, by)]
    sizes, _ = _paragraph_word_sizes(doc)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]) if len(sizes) else np.zeros(0, dtype=np.int64)
    return pd.DataFrame(rows, columns=["label", "word", "by"]), starts, doc.counts.words
