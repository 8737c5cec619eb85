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

__all__ = ["TOKEN_KINDS", "COUNTED_KINDS", "iter_tokens"]

TOKEN_KINDS = ("word", "number", "clitic", "url", "email")
COUNTED_KINDS = frozenset({"word", "number"})

_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<abbreviation>(?:[^\W\d_]\.){2,})"
    r"|(?P<number>\d+(?:[.,:/-]\d+)*(?![^\W_]))"
    r"|(?P<word>[^\W_]+(?:['’-][^\W_]+)*)"
)


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, kind)`` for each token of ``text[start:end]``.

    Offsets index ``text``. Kinds are those of :data:`TOKEN_KINDS`.
    """
    end = len(text) if end is None else end
    for match in _TOKEN.finditer(text, start, end):
        kind = match.lastgroup
        s, e = match.span()
        if kind == "abbreviation":
            yield s, e, "word"
        elif kind == "word" and e - s > 2 and text[e - 2] in "'’" and text[e - 1] in "sS":
            yield s, e - 2, "word"
            yield e - 2, e, "clitic"
        else:
            yield s, e, kind  # type: ignore[misc]
