"""Seeded news-like text of any size, for benchmarks.

Sentences come from ``benchmarks/news_sentences.txt`` (written for the
project) and from the seed article; they are drawn with a fixed random seed
into paragraphs of 2 to 6 sentences, one paragraph per line, so the same size
always gives the same text.
"""

from __future__ import annotations

import random
from pathlib import Path

from analysis import load_document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED_ARTICLE = ROOT / "seeds" / "000_fa4afdca0f45084a.txt"


def sentence_pool() -> list[str]:
    """The sentences the generator draws from."""
    own = [line for line in (HERE / "news_sentences.txt").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")]
    seed = [s.text for s in load_document(SEED_ARTICLE).sentences]
    return own + seed


def news_like_text(n_bytes: int, seed: int = 20241125) -> str:
    """About ``n_bytes`` of UTF-8 news-like text (whole paragraphs, one per line)."""
    rng = random.Random(seed)
    pool = sentence_pool()
    paragraphs: list[str] = []
    size = 0
    while size < n_bytes:
        paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(paragraphs)


def articles(megabytes: float, article_kb: float, seed: int) -> list[str]:
    """Seeded news-like articles of about ``article_kb`` KB (whole paragraphs), ``megabytes`` in all."""
    text = news_like_text(int(megabytes * 1_000_000), seed=seed)
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
    pool = [line for line in (HERE / "dialogue_sentences.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
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

