"""Reading and validating input: bytes in, clean text out, or one clear error.

Every check raises :class:`analysis.errors.InputError` naming the source and
the problem; nothing is written anywhere by this module.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .errors import InputError
from .normalise import normalise_text
from .packaged import packaged_words

__all__ = ["LANGUAGE_SAMPLE_WORDS", "MAX_BYTES", "RawText", "check_markup", "check_words",
           "decode_bytes", "read_source", "text_source"]

MAX_BYTES = 20_000_000
"""Largest input accepted, in bytes (20 MB: some 3 million words, far beyond any article)."""

_MIN_WORDS_FOR_LANGUAGE_CHECK = 30
_MIN_ENGLISH_SHARE = 0.10
_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|p|div|span|br|a\s+href|script|style|table)\b", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class RawText:
    """A validated, normalised text and where it came from.

    Attributes:
        source: the file path as given, or ``"<string>"``.
        text: the normalised text (see :mod:`analysis.normalise`).
        sha256: hex SHA-256 of the raw bytes (of the UTF-8 encoding for strings).
        n_bytes: size of the raw input in bytes.
    """

    source: str
    text: str
    sha256: str
    n_bytes: int


def read_source(path: str | Path, *, max_bytes: int = MAX_BYTES) -> RawText:
    """Read, decode, normalise and check a text file.

    The words themselves (are there any, are they English?) are checked when
    the document is built from its tokens (:func:`check_words`), so the text
    is not scanned twice.

    Raises:
        InputError: missing path, a directory, unreadable, too large, binary,
            not UTF-8, empty, or HTML.
    """
    source = str(path)
    p = Path(path)
    if not p.exists():
        raise InputError(source, "no such file")
    if p.is_dir():
        raise InputError(source, "is a directory, not a text file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"file is {size:,} bytes, above the {max_bytes:,}-byte limit "
                                     "(raise it with max_bytes, or --max-bytes on the command line)")
        data = p.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror or error})") from None
    return decode_bytes(data, source, max_bytes=max_bytes)


def _utf16_without_bom(data: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: in its first kilobyte, NUL bytes in every other
    position (all even or all odd) and almost nowhere else, as ASCII letters give in UTF-16."""
    sample = data[:1024]
    if len(sample) < 16 or b"\x00" not in sample:
        return False
    even, odd = sample[0::2], sample[1::2]
    for zeros, other in ((even, odd), (odd, even)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.1 * len(other):
            return True
    return False


def decode_bytes(data: bytes, source: str = "<bytes>", *, max_bytes: int = MAX_BYTES) -> RawText:
    """Decode raw bytes as UTF-8 (with or without BOM), normalise them and check the markup (:func:`check_markup`)."""
    if len(data) > max_bytes:
        raise InputError(source, f"input is {len(data):,} bytes, above the {max_bytes:,}-byte limit")
    if data.startswith(_UTF16_BOMS) or _utf16_without_bom(data):
        raise InputError(source, "is UTF-16 encoded; save it as UTF-8")
    if b"\x00" in data:
        raise InputError(source, "is a binary file (it contains NUL bytes), not text")
    body = data[len(_UTF8_BOM):] if data.startswith(_UTF8_BOM) else data
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            source,
            f"is not valid UTF-8 (byte 0x{body[error.start]:02x} at offset {error.start}); "
            "it may be Latin-1 or Windows-1252: save it as UTF-8",
        ) from None
    text = normalise_text(decoded)
    check_markup(text, source)
    return RawText(source=source, text=text, sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data))


def check_markup(text: str, source: str) -> None:
    """Raise :class:`InputError` if ``text`` is empty, whitespace only, binary or HTML."""
    if not text.strip():
        raise InputError(source, "is empty" if not text else "contains only whitespace")
    if len(_CONTROL.findall(text, 0, 4096)) > 8:
        raise InputError(source, "is a binary file (it contains control characters), not text")
    if _HTML.search(text[:20000]) and text.count("<") >= 3:
        raise InputError(source, "looks like HTML markup; extract the article text first")


LANGUAGE_SAMPLE_WORDS = 3000
"""How many words, from the start of a text, decide whether it is English."""


def check_words(words: Sequence[str], source: str, counts: Sequence[int] | None = None) -> None:
    """Raise :class:`InputError` if there are no words, or too few English function words among them.

    ``words``: the text's first words (about :data:`LANGUAGE_SAMPLE_WORDS`),
    or its distinct words with their ``counts``; the test is skipped below 30 words.
    """
    total = len(words) if counts is None else sum(counts)
    if not total:
        raise InputError(source, "contains no words (only punctuation, digits or symbols)")
    if total >= _MIN_WORDS_FOR_LANGUAGE_CHECK:
        known = _english_function_words()
        hits = map(known.__contains__, map(str.lower, words))
        share = (sum(hits) if counts is None else sum(c for c, hit in zip(counts, hits) if hit)) / total
        if share < _MIN_ENGLISH_SHARE:
            raise InputError(
                source,
                f"does not look like English (only {share:.0%} of its words are common English "
                "function words; English prose has 40-55%); the measures are for English",
            )


@lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    return packaged_words("data", "english_function_words.txt")


def text_source(text: str, source: str = "<string>") -> RawText:
    """Normalise a text given as a string and check its markup (:func:`check_markup`)."""
    data = text.encode("utf-8", errors="surrogatepass")
    normalised = normalise_text(text[1:] if text.startswith("\ufeff") else text)
    check_markup(normalised, source)
    return RawText(source=source, text=normalised, sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data))
