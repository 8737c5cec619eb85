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
from typing import Iterator

__all__ = ["TOKEN_KINDS", "COUNTED_KINDS", "TokenSpan", "token_spans", "iter_tokens"]

TOKEN_KINDS = ("word", "number", "clitic", "url", "email")
COUNTED_KINDS = frozenset({"word", "number"})

TokenSpan = tuple[int, int, str]
"""``(start, end, kind)`` of one token; offsets index the text."""

# A word may contain hyphens and apostrophes, but a final "'s" is a clitic.
_WORD = r"[^\W_]+(?:(?:-|['’](?![sS](?![^\W_])))[^\W_]+)*"
_COMMON = (
    r"(?P<abbreviation>(?:[^\W\d_]\.){2,})"
    r"|(?P<number>\d+(?:[.,:/-]\d+)*(?![^\W_]))"
    r"|(?P<word>" + _WORD + r")"
    r"|(?P<clitic>['’][sS](?![^\W_]))"
)
_TOKEN = re.compile(_COMMON)
_TOKEN_WITH_ADDRESSES = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|" + _COMMON
)
_KIND = {"abbreviation": "word", "number": "number", "word": "word", "clitic": "clitic", "url": "url", "email": "email"}


def _pattern_for(text: str, start: int, end: int) -> re.Pattern[str]:
    """The cheaper pattern unless the region may hold a URL or an e-mail address."""
    if text.find("@", start, end) >= 0 or text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0:
        return _TOKEN_WITH_ADDRESSES
    return _TOKEN


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[TokenSpan]:
    """All tokens of ``text[start:end]`` as ``(start, end, kind)``; offsets index ``text``."""
    end = len(text) if end is None else end
    kinds = _KIND
    return [(m.start(), m.end(), kinds[m.lastgroup]) for m in _pattern_for(text, start, end).finditer(text, start, end)]  # type: ignore[index]


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[TokenSpan]:
    """Iterate over :func:`token_spans` (same tokens, same order)."""
    yield from token_spans(text, start, end)
