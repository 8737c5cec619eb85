"""The document model: one normalised text, segmented once.

A :class:`Document` holds the normalised text and its paragraphs, sentences
and tokens. Every element carries ``start``/``end`` character offsets into
``Document.text`` (so ``doc.text[t.start:t.end] == t.text``) and knows the
paragraph and sentence it belongs to. Readability, terms and stance all
consume this model; none of them re-reads or re-splits the text.

Tokens are stored compactly as ``(start, end, kind)`` spans
(``Document.token_spans``); :class:`Token` objects are built on first use of
``Document.tokens``. Code that only needs the words can use
``Document.word_texts`` and ``Document.word_sentences`` without building any
objects.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .loading import MAX_BYTES, RawText, read_source, text_source
from .normalise import normalise_text
from .segment import paragraph_spans, sentences_in_paragraph
from .tokenize import COUNTED_KINDS, TokenSpan, token_spans

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = [
    "Counts",
    "Document",
    "Paragraph",
    "Sentence",
    "SentenceLengths",
    "Token",
    "build_document",
    "sentence_lengths",
    "document_from_text",
    "load_document",
]


@dataclass(slots=True)
class Token:
    """One token: ``kind`` is ``word``, ``number``, ``clitic``, ``url`` or ``email``.

    Treat as read-only (it is not frozen only because frozen dataclasses are
    several times slower to create).
    """

    index: int
    start: int
    end: int
    text: str
    kind: str
    sentence: int
    paragraph: int

    @property
    def is_word(self) -> bool:
        """True for tokens counted as words (kinds ``word`` and ``number``)."""
        return self.kind in COUNTED_KINDS


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; its tokens are ``Document.tokens[token_start:token_end]``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph; its sentences are ``Document.sentences[sentence_start:sentence_end]``."""

    index: int
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class Counts:
    """Basic sizes of a document.

    Attributes:
        paragraphs: number of paragraphs.
        sentences: number of sentences.
        words: tokens of kind ``word`` or ``number`` (see :mod:`analysis.tokenize`).
        characters: characters of the normalised text, whitespace included.
    """

    paragraphs: int
    sentences: int
    words: int
    characters: int

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain ``dict``."""
        return {"paragraphs": self.paragraphs, "sentences": self.sentences,
                "words": self.words, "characters": self.characters}


@dataclass(frozen=True)
class Document:
    """A normalised text with its paragraphs, sentences and tokens.

    Build one with :func:`load_document` (a file) or :func:`document_from_text`.

    Attributes:
        source: the path as given, or ``"<string>"``.
        text: the normalised text; every offset indexes it.
        sha256: hex SHA-256 of the raw input bytes.
        n_bytes: size of the raw input in bytes.
        paragraphs, sentences: in text order.
        token_spans: ``(start, end, kind)`` of every token, in text order.
    """

    source: str
    text: str
    sha256: str
    n_bytes: int
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    token_spans: tuple[TokenSpan, ...] = field(repr=False)

    @cached_property
    def token_sentences(self) -> tuple[int, ...]:
        """Sentence index of each token (parallel to ``token_spans``)."""
        out: list[int] = []
        for sentence in self.sentences:
            out.extend([sentence.index] * (sentence.token_end - sentence.token_start))
        return tuple(out)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """All tokens as :class:`Token` objects (built on first access)."""
        text = self.text
        paragraph_of = [s.paragraph for s in self.sentences]
        return tuple(
            Token(i, start, end, text[start:end], kind, sentence, paragraph_of[sentence])
            for i, ((start, end, kind), sentence) in enumerate(zip(self.token_spans, self.token_sentences))
        )

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """Tokens counted as words, in text order."""
        return tuple(t for t in self.tokens if t.kind in COUNTED_KINDS)

    @cached_property
    def _word_columns(self) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...], tuple[int, ...]]:
        """Texts, spans and sentence indices of the words, built in one pass."""
        text = self.text
        texts: list[str] = []
        spans: list[tuple[int, int]] = []
        sentences: list[int] = []
        all_spans = self.token_spans
        for sentence in self.sentences:
            for start, end, kind in all_spans[sentence.token_start:sentence.token_end]:
                if kind in COUNTED_KINDS:
                    texts.append(text[start:end])
                    spans.append((start, end))
            sentences.extend([sentence.index] * (len(texts) - len(sentences)))
        return tuple(texts), tuple(spans), tuple(sentences)

    @cached_property
    def word_types(self) -> tuple[tuple[str, ...], "np.ndarray"]:
        """Distinct word forms in order of first appearance, and each word's index into them.

        ``types[ids[i]] == word_texts[i]``; shared by every analysis that works per word form.
        """
        import numpy as np

        index: dict[str, int] = {}
        setdefault = index.setdefault
        ids = np.array([setdefault(w, len(index)) for w in self.word_texts], dtype=np.int64)
        return tuple(index), ids

    @property
    def word_texts(self) -> tuple[str, ...]:
        """Text of each word (tokens of kind ``word`` or ``number``), without building Token objects."""
        return self._word_columns[0]

    @property
    def word_spans(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each word (parallel to ``word_texts``)."""
        return self._word_columns[1]

    @property
    def word_sentences(self) -> tuple[int, ...]:
        """Sentence index of each word (parallel to ``word_texts``)."""
        return self._word_columns[2]

    @cached_property
    def counts(self) -> Counts:
        """Paragraph, sentence, word and character counts."""
        return Counts(len(self.paragraphs), len(self.sentences), len(self.word_texts), len(self.text))

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        """All tokens of sentence ``index``."""
        sentence = self.sentences[index]
        return self.tokens[sentence.token_start:sentence.token_end]

    def sentence_words(self, index: int) -> tuple[Token, ...]:
        """Word tokens of sentence ``index``."""
        return tuple(t for t in self.sentence_tokens(index) if t.kind in COUNTED_KINDS)

    def paragraph_sentences(self, index: int) -> tuple[Sentence, ...]:
        """Sentences of paragraph ``index``."""
        paragraph = self.paragraphs[index]
        return self.sentences[paragraph.sentence_start:paragraph.sentence_end]

    def _words_between(self, first: int, last: int) -> int:
        """Number of word tokens among ``token_spans[first:last]``."""
        return sum(1 for _, _, kind in self.token_spans[first:last] if kind in COUNTED_KINDS)

    def sentences_frame(self) -> "pd.DataFrame":
        """One row per sentence: index, paragraph, start, end, words, characters, text."""
        import pandas as pd

        rows = [
            {
                "sentence": s.index,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "words": self._words_between(s.token_start, s.token_end),
                "characters": s.end - s.start,
                "text": s.text,
            }
            for s in self.sentences
        ]
        return pd.DataFrame(rows, columns=["sentence", "paragraph", "start", "end", "words", "characters", "text"])

    def paragraphs_frame(self) -> "pd.DataFrame":
        """One row per paragraph: index, start, end, sentences, words, characters."""
        import pandas as pd

        rows = []
        for p in self.paragraphs:
            sentences = self.sentences[p.sentence_start:p.sentence_end]
            first = sentences[0].token_start if sentences else 0
            last = sentences[-1].token_end if sentences else 0
            rows.append({
                "paragraph": p.index,
                "start": p.start,
                "end": p.end,
                "sentences": len(sentences),
                "words": self._words_between(first, last),
                "characters": p.end - p.start,
            })
        return pd.DataFrame(rows, columns=["paragraph", "start", "end", "sentences", "words", "characters"])

    def tokens_frame(self) -> "pd.DataFrame":
        """One row per token: index, start, end, text, kind, sentence, paragraph, is_word."""
        import pandas as pd

        columns = ["index", "start", "end", "text", "kind", "sentence", "paragraph"]
        frame = pd.DataFrame([[getattr(t, c) for c in columns] for t in self.tokens], columns=columns)
        frame["is_word"] = frame["kind"].isin(list(COUNTED_KINDS))
        return frame


@dataclass(frozen=True)
class SentenceLengths:
    """Distribution of sentence lengths, in words.

    Attributes:
        mean, median: average and middle sentence length (words).
        minimum, maximum: shortest and longest sentence (words).
        longest: 0-based index of the (first) longest sentence.
    """

    mean: float
    median: float
    minimum: int
    maximum: int
    longest: int


def sentence_lengths(doc: Document) -> SentenceLengths:
    """Summarise words per sentence; all zeros for a document without sentences."""
    lengths = [0] * len(doc.sentences)
    for sentence in doc.word_sentences:
        lengths[sentence] += 1
    if not lengths:
        return SentenceLengths(0.0, 0.0, 0, 0, 0)
    ordered = sorted(lengths)
    middle = len(ordered) // 2
    median = float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    longest = max(lengths)
    return SentenceLengths(sum(lengths) / len(lengths), median, min(lengths), longest, lengths.index(longest))


def build_document(raw: RawText) -> Document:
    """Segment a validated :class:`~analysis.loading.RawText` into a :class:`Document`."""
    text = raw.text
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    spans: list[TokenSpan] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        first_sentence = len(sentences)
        paragraph_tokens = token_spans(text, p_start, p_end)
        starts = [start for start, _, _ in paragraph_tokens]
        offset = len(spans)
        spans.extend(paragraph_tokens)
        for s_start, s_end in sentences_in_paragraph(text, p_start, p_end):
            first_token = offset + bisect_left(starts, s_start)
            last_token = offset + bisect_left(starts, s_end)
            sentences.append(Sentence(len(sentences), s_start, s_end, text[s_start:s_end], p_index,
                                      first_token, last_token))
        paragraphs.append(Paragraph(p_index, p_start, p_end, text[p_start:p_end], first_sentence, len(sentences)))
    return Document(raw.source, text, raw.sha256, raw.n_bytes, tuple(paragraphs), tuple(sentences), tuple(spans))


def load_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read a UTF-8 text file and build its :class:`Document`.

    Raises:
        InputError: the file is missing, a directory, too large, binary, not
            UTF-8, empty, HTML, without words, or not English.
    """
    return build_document(read_source(path, max_bytes=max_bytes))


def document_from_text(text: str, source: str = "<string>", *, validate: bool = True) -> Document:
    """Build a :class:`Document` from a string.

    With ``validate=False`` the text is only normalised, not checked, so any
    string (even an empty one) gives a document.
    """
    if validate:
        return build_document(text_source(text, source))
    import hashlib

    data = text.encode("utf-8", errors="surrogatepass")
    return build_document(RawText(source, normalise_text(text), hashlib.sha256(data).hexdigest(), len(data)))
