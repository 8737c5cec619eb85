"""The document model: one normalised text, segmented once.

A :class:`Document` holds the normalised text and its paragraphs, sentences
and tokens. Every element carries ``start``/``end`` character offsets into
``Document.text`` (so ``doc.text[t.start:t.end] == t.text``) and knows the
paragraph and sentence it belongs to. Readability, terms and stance all
consume this model; none of them re-reads or re-splits the text.

Everything is stored as arrays, so a long text costs a few bytes per token,
not a Python object per token: tokens as ``int32`` columns
(``Document.token_columns``), sentences as one ``int32`` table
(:class:`Sentences`), and the words every analysis shares as
``Document.word_types`` (distinct forms and each word's index into them),
``Document.word_sentence_ids`` and ``Document.word_offsets``. Objects are
made only when read: :class:`Sentence` on indexing ``Document.sentences``,
:class:`Token` on first use of ``Document.tokens``, tuples on first use of
``Document.token_spans``, ``word_texts`` or ``word_spans``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence, TypeVar, overload

import numpy as np

from .gcpause import without_cyclic_gc
from .loading import LANGUAGE_SAMPLE_WORDS, MAX_BYTES, RawText, check_words, read_source, text_source
from .normalise import normalise_text
from .segment import paragraph_spans, sentences_in_paragraph
from .tokenize import COUNTED_KINDS, TOKEN_KINDS, TokenColumns, TokenSpan, token_columns

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")
_COUNTED_CODES = np.array([kind in COUNTED_KINDS for kind in TOKEN_KINDS])

__all__ = [
    "Counts",
    "Document",
    "Paragraph",
    "Sentence",
    "Sentences",
    "SentenceLengths",
    "Token",
    "build_document",
    "derived",
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


class _SlicedText:
    """For spans of a document: ``text`` is sliced from ``document_text`` when read."""

    __slots__ = ()
    start: int
    end: int
    document_text: str

    @property
    def text(self) -> str:
        """The span as written (``document_text[start:end]``)."""
        return self.document_text[self.start:self.end]


@dataclass(frozen=True, slots=True, repr=False)
class Sentence(_SlicedText):
    """One sentence; its tokens are ``Document.tokens[token_start:token_end]``.

    ``text`` is sliced from the document's text when asked for (the sentence
    keeps a reference to that text, not a copy).
    """

    index: int
    start: int
    end: int
    paragraph: int
    token_start: int
    token_end: int
    document_text: str

    def __repr__(self) -> str:
        return (f"Sentence(index={self.index}, start={self.start}, end={self.end}, text={self.text!r}, "
                f"paragraph={self.paragraph}, token_start={self.token_start}, token_end={self.token_end})")


class Sentences(Sequence[Sentence]):
    """A document's sentences, kept as one small integer array and made into
    :class:`Sentence` objects when read (a long document need not hold one
    object per sentence). Behaves as a read-only tuple: ``len``, indexing,
    slicing (a ``tuple``), iteration, ``==`` with any sequence of sentences.

    Attributes:
        table: ``int32`` array, one row per sentence: start, end, paragraph,
            token_start, token_end.
    """

    __slots__ = ("table", "_text")

    def __init__(self, table: np.ndarray, text: str) -> None:
        self.table = table
        self.table.flags.writeable = False
        self._text = text

    def __len__(self) -> int:
        return len(self.table)

    def _make(self, index: int, row: list[int]) -> Sentence:
        return Sentence(index, row[0], row[1], row[2], row[3], row[4], self._text)

    @overload
    def __getitem__(self, index: int) -> Sentence: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Sentence, ...]: ...

    def __getitem__(self, index: int | slice) -> Sentence | tuple[Sentence, ...]:
        if isinstance(index, slice):
            first = range(len(self.table))[index]
            return tuple(self._make(k, row) for k, row in zip(first, self.table[index].tolist()))
        k = range(len(self.table))[index]  # negative indices; IndexError when out of range
        return self._make(k, self.table[k].tolist())

    def __iter__(self) -> Iterator[Sentence]:
        for block in range(0, len(self.table), 1024):  # a block of rows at a time
            for k, row in enumerate(self.table[block:block + 1024].tolist(), block):
                yield self._make(k, row)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sentences):
            return self._text == other._text and np.array_equal(self.table, other.table)
        return isinstance(other, (tuple, list)) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Sentences({len(self)} sentences)"


@dataclass(frozen=True, slots=True, repr=False)
class Paragraph(_SlicedText):
    """One paragraph; its sentences are ``Document.sentences[sentence_start:sentence_end]``.

    ``text`` is sliced from the document's text when asked for.
    """

    index: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    document_text: str

    def __repr__(self) -> str:
        return (f"Paragraph(index={self.index}, start={self.start}, end={self.end}, text={self.text!r}, "
                f"sentence_start={self.sentence_start}, sentence_end={self.sentence_end})")


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
        paragraphs, sentences: in text order (``sentences`` is a :class:`Sentences`, a read-only
            sequence that makes each :class:`Sentence` when read).
        token_columns: every token as parallel arrays (offsets, kind, form);
            see :class:`analysis.tokenize.TokenColumns`.

    The words (tokens of kind ``word`` or ``number``) are also kept as arrays
    that every analysis shares: ``word_starts``, ``word_ends``,
    ``word_sentence_ids`` and ``word_types`` (distinct forms and each word's
    index into them). Tuples of Python objects (``tokens``, ``word_texts``,
    ``token_spans``) are built only when asked for.
    """

    source: str
    text: str
    sha256: str
    n_bytes: int
    paragraphs: tuple[Paragraph, ...]
    sentences: Sentences
    token_columns: TokenColumns = field(repr=False, compare=False)

    @cached_property
    def token_spans(self) -> tuple[TokenSpan, ...]:
        """``(start, end, kind)`` of every token, in text order (built on first access)."""
        columns = self.token_columns
        return tuple(zip(columns.starts.tolist(), columns.ends.tolist(),
                         [TOKEN_KINDS[k] for k in columns.kinds.tolist()]))

    def _sentence_of_tokens(self, positions: np.ndarray) -> np.ndarray:
        """Sentence index of the tokens at ``positions``."""
        firsts = self.sentences.table[:, 3]
        return (np.searchsorted(firsts, positions, side="right") - 1).astype(np.int32)

    @property
    def token_sentence_ids(self) -> np.ndarray:
        """Sentence index of each token (``int32`` array parallel to the token columns)."""
        return self._sentence_of_tokens(np.arange(len(self.token_columns.starts)))

    @property
    def token_sentences(self) -> tuple[int, ...]:
        """Sentence index of each token (parallel to ``token_spans``)."""
        return tuple(self.token_sentence_ids.tolist())

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """All tokens as :class:`Token` objects (built on first access)."""
        text = self.text
        paragraph_of = self.sentences.table[:, 2].tolist()
        return tuple(
            Token(i, start, end, text[start:end], kind, sentence, paragraph_of[sentence])
            for i, ((start, end, kind), sentence) in enumerate(zip(self.token_spans, self.token_sentences))
        )

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """Tokens counted as words, in text order."""
        return tuple(t for t in self.tokens if t.kind in COUNTED_KINDS)

    @cached_property
    def _word_columns(self) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], np.ndarray]:
        """Token index, sentence and form of each word, and the word forms, as arrays."""
        columns = self.token_columns
        counted_types = _COUNTED_CODES[columns.type_kinds] if len(columns.type_kinds) else np.zeros(0, bool)
        positions = (np.flatnonzero(counted_types[columns.forms]) if len(columns.forms) else np.zeros(0, np.int64)
                     ).astype(np.int32)
        # token texts are numbered by first appearance, and a text is a word wherever it occurs,
        # so keeping the word texts in that numbering keeps their order of first appearance
        word_forms = np.flatnonzero(counted_types)
        renumber = np.zeros(len(counted_types), dtype=np.int64)
        renumber[word_forms] = np.arange(len(word_forms))
        types = tuple(columns.types[f] for f in word_forms.tolist())
        renumber = renumber.astype(np.int32)
        return positions, self._sentence_of_tokens(positions), types, renumber[columns.forms[positions]]

    @property
    def word_token_index(self) -> np.ndarray:
        """Index of each word among all tokens (``int32`` array)."""
        return self._word_columns[0]

    @property
    def word_starts(self) -> np.ndarray:
        """Start offset of each word (``int32`` array parallel to ``word_texts``)."""
        return self.token_columns.starts[self._word_columns[0]]

    @property
    def word_ends(self) -> np.ndarray:
        """End offset of each word (``int32`` array parallel to ``word_texts``)."""
        return self.token_columns.ends[self._word_columns[0]]

    def word_offsets(self, first: int, last: int) -> tuple[np.ndarray, np.ndarray]:
        """Start and end offsets of words ``first`` to ``last - 1`` (cheaper than slicing
        ``word_starts``/``word_ends``, which cover every word)."""
        positions = self._word_columns[0][first:last]
        return self.token_columns.starts[positions], self.token_columns.ends[positions]

    @property
    def word_sentence_ids(self) -> np.ndarray:
        """Sentence index of each word (``int32`` array parallel to ``word_texts``)."""
        return self._word_columns[1]

    @property
    def word_types(self) -> tuple[tuple[str, ...], np.ndarray]:
        """Distinct word forms in order of first appearance, and each word's index into them.

        ``types[ids[i]] == word_texts[i]``; shared by every analysis that works per word form.
        """
        return self._word_columns[2], self._word_columns[3]

    @cached_property
    def word_texts(self) -> tuple[str, ...]:
        """Text of each word (tokens of kind ``word`` or ``number``), without building Token objects."""
        types, ids = self.word_types
        return tuple(types[i] for i in ids.tolist())

    @cached_property
    def word_spans(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each word (parallel to ``word_texts``)."""
        return tuple(zip(self.word_starts.tolist(), self.word_ends.tolist()))

    @property
    def word_sentences(self) -> tuple[int, ...]:
        """Sentence index of each word (parallel to ``word_texts``)."""
        return tuple(self.word_sentence_ids.tolist())

    @cached_property
    def counts(self) -> Counts:
        """Paragraph, sentence, word and character counts."""
        return Counts(len(self.paragraphs), len(self.sentences), len(self._word_columns[0]), len(self.text))

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
        """Number of word tokens among tokens ``first`` to ``last - 1``."""
        return int(_COUNTED_CODES[self.token_columns.kinds[first:last]].sum())

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
    lengths = np.bincount(doc.word_sentence_ids, minlength=len(doc.sentences)).tolist()
    if not lengths:
        return SentenceLengths(0.0, 0.0, 0, 0, 0)
    ordered = sorted(lengths)
    middle = len(ordered) // 2
    median = float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    longest = max(lengths)
    return SentenceLengths(sum(lengths) / len(lengths), median, min(lengths), longest, lengths.index(longest))


@without_cyclic_gc
def build_document(raw: RawText, *, check: bool = True) -> Document:
    """Segment a :class:`~analysis.loading.RawText` into a :class:`Document`.

    With ``check`` (the default), first make sure the text has words and that
    they look English (:func:`analysis.loading.check_words` on its first
    :data:`~analysis.loading.LANGUAGE_SAMPLE_WORDS` tokens of kind ``word``).

    Raises:
        InputError: no words, or not English.
    """
    text = raw.text
    paragraph_regions = paragraph_spans(text)
    columns = token_columns(text, paragraph_regions)
    if check:
        _check_words(columns, raw.source)
    sentence_regions: list[tuple[int, int, int]] = []
    paragraph_firsts: list[int] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_regions):
        paragraph_firsts.append(len(sentence_regions))
        sentence_regions.extend((s_start, s_end, p_index)
                                for s_start, s_end in sentences_in_paragraph(text, p_start, p_end))
    table = np.array(sentence_regions, dtype=np.int32).reshape(-1, 3)
    bounds = np.searchsorted(columns.starts, table[:, :2]).astype(np.int32).reshape(-1, 2)
    sentences = Sentences(np.concatenate([table, bounds], axis=1), text)
    paragraph_firsts.append(len(sentence_regions))
    paragraphs = tuple(Paragraph(i, p_start, p_end, paragraph_firsts[i], paragraph_firsts[i + 1], text)
                       for i, (p_start, p_end) in enumerate(paragraph_regions))
    return Document(raw.source, text, raw.sha256, raw.n_bytes, paragraphs, sentences, columns)


def _check_words(columns: TokenColumns, source: str) -> None:
    """The language check on the first words, counted per distinct form."""
    is_word = columns.type_kinds == TOKEN_KINDS.index("word")
    forms = columns.forms[:4 * LANGUAGE_SAMPLE_WORDS]
    sample = forms[is_word[forms]][:LANGUAGE_SAMPLE_WORDS] if len(forms) else forms
    distinct, counts = np.unique(sample, return_counts=True)
    check_words([columns.types[f] for f in distinct.tolist()], source, counts.tolist())


def derived(doc: Document, name: str, compute: Callable[[Document], T], stamp: int = 0) -> T:
    """A value computed from ``doc`` once and kept on it under ``name`` (the document is
    immutable, so the value stays valid); recomputed when ``stamp`` differs from the one it was
    made with (for values that also depend on process-wide tables that can be cleared)."""
    found = doc.__dict__.get(name)
    if found is None or found[0] != stamp:
        found = doc.__dict__[name] = (stamp, compute(doc))
    return found[1]


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
    return build_document(RawText(source, normalise_text(text), hashlib.sha256(data).hexdigest(), len(data)),
                          check=False)
