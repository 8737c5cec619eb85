"""Word tokenisation with character offsets.

A token is one of these kinds (checked in this order at each position):

``url``
    ``http://``, ``https://`` or ``www.`` up to the next space (trailing
    punctuation excluded).
``email``
    ``name@domain.tld``.
``word``
    A multi-period abbreviation (``U.S.``, ``a.m.``, ``e.g.``, final period
    included), or a run of letters and digits that contains a letter, with
    internal hyphens and apostrophes (``self-verifying``, ``COVID-19``,
    ``5th``, ``don't``).
``number``
    Digits with internal ``.`` ``,`` ``:`` ``/`` or ``-`` (``2024``, ``3.5``,
    ``1,200``, ``10:30``, ``2023-24``); currency signs and ``%`` are not part
    of it.
``clitic``
    A word-final possessive or contracted ``'s`` split from its word:
    ``Kyiv's`` gives the word ``Kyiv`` and the clitic ``'s``.

Punctuation is not tokenised: it stays in the gaps between tokens.
A *word* for counting purposes (readability, frequencies) is a token of kind
``word`` or ``number``; clitics, URLs and e-mail addresses are not counted.
Tokenisation expects normalised text (straight apostrophes), see
:mod:`analysis.normalise`, but also accepts the typographic apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import numpy as np
import pandas as pd

__all__ = ["TOKEN_KINDS", "COUNTED_KINDS", "TokenColumns", "TokenSpan", "iter_tokens", "token_columns", "token_spans"]

TOKEN_KINDS = ("word", "number", "clitic", "url", "email")
COUNTED_KINDS = frozenset({"word", "number"})

TokenSpan = tuple[int, int, str]
"""``(start, end, kind)`` of one token; offsets index the text."""

# A word may contain hyphens and apostrophes, but a final "'s" is a clitic.
_WORD = r"[^\W_]+(?:(?:-|['’](?![sS](?![^\W_])))[^\W_]+)*"
# Each alternative opens with a cheap look-ahead, so positions between tokens fail at once.
_COMMON = (
    r"(?=[^\W_]|['’])(?:"
    r"(?P<abbreviation>(?=[^\W\d_]\.[^\W\d_]\.)(?:[^\W\d_]\.){2,})"
    r"|(?P<number>(?=\d)\d+(?:[.,:/-]\d+)*[^\W\d_]*(?![^\W_]))"  # with a unit or ordinal: 1.2bn, 1990s, 28th
    r"|(?P<word>" + _WORD + r")"
    r"|(?P<clitic>['’][sS](?![^\W_]))"
    r")"
)
_TOKEN = re.compile(_COMMON)
_TOKEN_WITH_ADDRESSES = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|" + _COMMON
)
_KIND = {"abbreviation": "word", "number": "number", "word": "word", "clitic": "clitic", "url": "url", "email": "email"}
# The same alternatives as one capturing group, for re.split (tokens and the gaps between them, in C).
_SPLIT = re.compile("(" + re.sub(r"\(\?P<\w+>", "(?:", _COMMON) + ")")
_SPLIT_WITH_ADDRESSES = re.compile("(" + re.sub(r"\(\?P<\w+>", "(?:", _TOKEN_WITH_ADDRESSES.pattern) + ")")
_KIND_CODE = {kind: code for code, kind in enumerate(TOKEN_KINDS)}


def _pattern_for(text: str, start: int, end: int) -> re.Pattern[str]:
    """The cheaper pattern unless the region may hold a URL or an e-mail address."""
    if text.find("@", start, end) >= 0 or text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0:
        return _TOKEN_WITH_ADDRESSES
    return _TOKEN


def _pattern_for_split(text: str, start: int, end: int) -> re.Pattern[str]:
    if _pattern_for(text, start, end) is _TOKEN_WITH_ADDRESSES:
        return _SPLIT_WITH_ADDRESSES
    return _SPLIT


@dataclass(frozen=True)
class TokenColumns:
    """Every token of a text as parallel arrays (no per-token Python objects).

    Attributes:
        starts, ends: character offsets of each token (``int32``: texts are at most 20 MB).
        kinds: index of each token's kind in :data:`TOKEN_KINDS` (``int8``).
        forms: index of each token's text in ``types`` (``int32``).
        types: distinct token texts, in order of first appearance.
        type_kinds: kind code of each distinct text (a text always has the same kind).
    """

    starts: np.ndarray
    ends: np.ndarray
    kinds: np.ndarray
    forms: np.ndarray
    types: tuple[str, ...]
    type_kinds: np.ndarray


_WORD_CODE = TOKEN_KINDS.index("word")


def _kind_code(token: str) -> int:
    """The kind of a token text: the alternative that matches it whole (the same one that matched it in context).

    :func:`token_columns` settles plain words (a letter first, no ``.``, ``@`` or ``/``) before calling this."""
    match = _TOKEN_WITH_ADDRESSES.match(token)
    return _KIND_CODE[_KIND[match.lastgroup]]  # type: ignore[union-attr,index]


def token_columns(text: str, regions: list[tuple[int, int]] | None = None, chunk: int = 1 << 16) -> TokenColumns:
    """Tokenise ``text`` (or only the ``(start, end)`` regions, which must not cut a token) into columns.

    Gives the same tokens as :func:`token_spans`, but splits the text with one
    regular expression in C and measures offsets from the pieces' lengths, so
    no match object is made per token. Regions are processed in batches of
    about ``chunk`` characters to bound the temporary strings.
    """
    regions = [(0, len(text))] if regions is None else regions
    index: dict[str, int] = {}
    kind_of_form: list[int] = []
    starts_parts: list[np.ndarray] = []
    ends_parts: list[np.ndarray] = []
    forms_parts: list[np.ndarray] = []
    word = _WORD_CODE
    batch_start = 0
    while batch_start < len(regions):
        batch_end = batch_start + 1
        while batch_end < len(regions) and regions[batch_end][1] - regions[batch_start][0] <= chunk:
            batch_end += 1
        first, last = regions[batch_start][0], regions[batch_end - 1][1]
        batch_start = batch_end
        pieces = _pattern_for_split(text, first, last).split(text[first:last])
        lengths = np.array(list(map(len, pieces)), dtype=np.int64)
        ends = np.cumsum(lengths)[1::2] + first
        starts = ends - lengths[1::2]
        tokens = pieces[1::2]
        del pieces
        setdefault = index.setdefault
        if len(tokens) < 4096:  # a dict is quicker than pandas' hashing for short texts
            forms = np.array([setdefault(t, len(index)) for t in tokens], dtype=np.int64)
        else:
            local, batch_types = pd.factorize(np.array(tokens, dtype=object))
            to_global = np.array([setdefault(t, len(index)) for t in batch_types], dtype=np.int64)
            forms = to_global[local]
        if len(index) > len(kind_of_form):  # the fast test of _kind_code inlined: most forms are plain words
            kind_of_form.extend([word if t[0].isalpha() and "." not in t and "@" not in t and "/" not in t
                                 else _kind_code(t) for t in list(index)[len(kind_of_form):]])
        starts_parts.append(starts.astype(np.int32))
        ends_parts.append(ends.astype(np.int32))
        forms_parts.append(forms.astype(np.int32))
    empty = np.zeros(0, dtype=np.int32)
    forms = np.concatenate(forms_parts) if forms_parts else empty
    type_kinds = np.asarray(kind_of_form, dtype=np.int8)
    return TokenColumns(
        np.concatenate(starts_parts) if starts_parts else empty,
        np.concatenate(ends_parts) if ends_parts else empty,
        type_kinds[forms] if len(forms) else np.zeros(0, dtype=np.int8),
        forms, tuple(index), type_kinds)


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[TokenSpan]:
    """All tokens of ``text[start:end]`` as ``(start, end, kind)``; offsets index ``text``."""
    end = len(text) if end is None else end
    kinds = _KIND
    return [(m.start(), m.end(), kinds[m.lastgroup]) for m in _pattern_for(text, start, end).finditer(text, start, end)]  # type: ignore[index]


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[TokenSpan]:
    """Iterate over :func:`token_spans` (same tokens, same order)."""
    yield from token_spans(text, start, end)
