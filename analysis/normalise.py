"""Text normalisation applied once, at load time.

Every offset in the package indexes the *normalised* text, so the rules here
define what "character" means for all later analyses:

1. Line ends: CRLF and lone CR become LF.
2. Unicode NFC composition (``e`` + combining acute becomes ``é``).
3. One-for-one character mapping (the length does not change):
   - apostrophes and single quotes ``’ ‘ ‛ ʼ ′`` become ``'``;
   - double quotes ``“ ” „ ‟ ″`` become ``"``;
   - hyphens ``‐ ‑ ‒`` and the minus sign ``−`` become ``-``;
   - dashes ``– — ―`` become the em dash ``—`` (punctuation, never part of a word);
   - no-break and other Unicode spaces become an ordinary space.
4. Invisible characters are removed: soft hyphen, zero-width space,
   word joiner and any byte-order mark left inside the text.

The source file itself is never changed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise_text"]

_NEWLINES = re.compile(r"\r\n?")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_CHARACTER_MAP: dict[str, str] = {
        "\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
        "\u2013": "\u2014", "\u2015": "\u2014",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2000": " ", "\u2001": " ",
        "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ",
        "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
}
# A regex finds the few characters to map: str.translate looks every character up
# in a table, which costs about ten times more on news text with curly quotes.
_MAPPED = re.compile("[" + re.escape("".join(_CHARACTER_MAP)) + "]")


def _mapped(match: re.Match[str]) -> str:
    return _CHARACTER_MAP[match.group()]


def normalise_text(text: str) -> str:
    """Return ``text`` with line ends, Unicode form, quotes, dashes and spaces normalised."""
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if text.isascii():
        return text  # steps 2-4 concern only non-ASCII characters
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _MAPPED.sub(_mapped, text)
