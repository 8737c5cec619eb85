"""Seeded news-like text of any size, for benchmarks.

Sentences come from ``benchmarks/news_sentences.txt`` (written for the
project) and from the seed article; they are drawn with a fixed random seed
into paragraphs of 2 to 6 sentences, one paragraph per line, so the same size
always gives the same text.

Some fifty sentences repeated over a megabyte would give a vocabulary of a
few hundred words, where real news of that size has tens of thousands, and
would flatter every cache keyed by word form. With ``vocabulary="varied"``
(the default) each drawn sentence therefore has about half of its longer
lower-case content words, and a quarter of its capitalised words inside the
sentence, replaced by words drawn uniformly from ranks 1,000 to 30,000 of wordfreq's
English list (stop words and stance-lexicon items are left alone, so the
grammar and the markers of the sentence survive). ``vocabulary="pool"``
gives the sentences unchanged.

Published news is typeset: the text is given curly apostrophes and quotation
marks (’ “ ”), as in the seed article, so the benchmarks pay for the
normalisation every real article needs (the document model maps them back to
ASCII; see :mod:`analysis.normalise`).
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

from analysis import load_document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED_ARTICLE = ROOT / "seeds" / "000_fa4afdca0f45084a.txt"


def _lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a text file beside this script."""
    return [line for line in (HERE / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def sentence_pool() -> list[str]:
    """The sentences the generator draws from."""
    own = _lines("news_sentences.txt")
    seed = [s.text for s in load_document(SEED_ARTICLE).sentences]
    return own + seed


@lru_cache(maxsize=1)
def _replacement_words() -> tuple[list[str], list[str]]:
    """Content words of ranks 1,000 to 30,000 in wordfreq's English list (lower-case, ASCII
    letters, over 3 letters, no stop words, no stance items, none of ``excluded_words.txt``),
    and the first 10,000 of them capitalised (name-like words)."""
    import wordfreq

    excluded = {line.strip() for line in _lines("excluded_words.txt")}
    keep_out = _kept_words() | excluded
    words = [w for w in wordfreq.top_n_list("en", 30_000, wordlist="best")[1_000:]
             if w.isalpha() and w.isascii() and len(w) > 3 and w not in keep_out]
    return words, [w.capitalize() for w in words[:10_000]]


_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z]{4,}(?![\w'-])")
_CAPITALISED_WORD = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}(?![\w'.-])")


def _vary(sentence: str, rng: random.Random) -> str:
    """``sentence`` with some content words and names replaced (see the module docstring).

    Replacements are drawn uniformly from :func:`_replacement_words`, so
    distinct words keep appearing as the text grows, as in real news."""
    words, names = _replacement_words()
    keep_out = _kept_words()

    def lower(match: re.Match[str]) -> str:
        word = match.group()
        if word in keep_out or rng.random() >= 0.5:
            return word
        return words[rng.randrange(len(words))]

    def capitalised(match: re.Match[str]) -> str:
        return match.group() if rng.random() >= 0.25 else names[rng.randrange(len(names))]

    return _CAPITALISED_WORD.sub(capitalised, _LOWER_WORD.sub(lower, sentence))


@lru_cache(maxsize=1)
def _kept_words() -> frozenset[str]:
    from analysis.stance import lexicon
    from analysis.terms import stopwords

    lexicon_words = {w for item in lexicon()["item"] for w in item.split()}
    forms = {f for forms in lexicon()["forms"] for f in forms.split("|") if f}
    inflected = {w + suffix for w in lexicon_words for suffix in ("s", "es", "ed", "d", "ing")}
    return frozenset(set(stopwords()) | lexicon_words | forms | inflected)


_DOUBLE_QUOTED = re.compile(r'"([^"\n]*)"')


def typeset(paragraph: str) -> str:
    """``paragraph`` with typographic quotes: ``'`` becomes ’ and each ``"..."`` pair “...”."""
    return _DOUBLE_QUOTED.sub("\u201c\\1\u201d", paragraph).replace("'", "\u2019")


def news_like_text(n_bytes: int, seed: int = 20241125, vocabulary: str = "varied") -> str:
    """About ``n_bytes`` of UTF-8 news-like text (whole paragraphs, one per line).

    ``vocabulary``: ``"varied"`` (content words replaced, a realistic number of
    distinct words) or ``"pool"`` (the pool's sentences unchanged).
    """
    if vocabulary not in ("varied", "pool"):
        raise ValueError(f"vocabulary must be 'varied' or 'pool', not {vocabulary!r}")
    rng = random.Random(seed)
    pool = sentence_pool()
    paragraphs: list[str] = []
    size = 0
    while size < n_bytes:
        drawn = [rng.choice(pool) for _ in range(rng.randint(2, 6))]
        if vocabulary == "varied":
            drawn = [_vary(sentence, rng) for sentence in drawn]
        paragraph = typeset(" ".join(drawn))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(paragraphs)


def articles(megabytes: float, article_kb: float, seed: int, vocabulary: str = "varied") -> list[str]:
    """Seeded news-like articles of about ``article_kb`` KB (whole paragraphs), ``megabytes`` in all."""
    text = news_like_text(int(megabytes * 1_000_000), seed=seed, vocabulary=vocabulary)
    out, current, size = [], [], 0
    for paragraph in text.split("\n"):
        current.append(paragraph)
        size += len(paragraph) + 1
        if size >= article_kb * 1000:
            out.append("\n".join(current))
            current, size = [], 0
    if current:
        out.append("\n".join(current))
    return out


def dialogue_like_text(n_bytes: int, seed: int = 20241125, width: int = 70) -> str:
    """About ``n_bytes`` of quotation-dense prose, hard-wrapped at ``width`` columns,
    paragraphs separated by blank lines (the layout of public-domain e-books)."""
    rng = random.Random(seed)
    pool = _lines("dialogue_sentences.txt")
    paragraphs: list[str] = []
    size = 0
    while size < n_bytes:
        words = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 6))).split()
        lines, line = [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        paragraphs.append("\n".join(lines))
        size += len(paragraphs[-1].encode("utf-8")) + 2
    return "\n\n".join(paragraphs)

