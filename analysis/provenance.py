"""Provenance of a text file: the metadata stored beside it as ``<name>.meta.toml``, and facts
measured on its own characters."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import InputError

__all__ = ["metadata_path", "load_metadata", "non_ascii_characters"]


def metadata_path(text_path: str | Path) -> Path:
    """Path of the metadata file for ``text_path`` (``x.txt`` -> ``x.meta.toml``)."""
    path = Path(text_path)
    return path.with_name(path.stem + ".meta.toml")


def load_metadata(text_path: str | Path) -> dict[str, Any] | None:
    """The parsed metadata for ``text_path``, or ``None`` when there is no metadata file.

    Raises:
        InputError: the metadata file exists but is not valid TOML.
    """
    path = metadata_path(text_path)
    if not path.is_file():
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"metadata is not valid TOML ({error})") from None


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_WITH_NON_ASCII = re.compile(r"\S*[^\x00-\x7f]\S*")


def non_ascii_characters(text: str) -> pd.DataFrame:
    """Every character outside ASCII in ``text`` (the file as read, before normalisation), in order
    of first appearance: ``character``, ``code_point`` (*U+2019*), ``name`` (Unicode's),
    ``count``, and ``words`` (the distinct whitespace-separated words that hold it)."""
    found: dict[str, dict[str, Any]] = {}
    for word in _WORD_WITH_NON_ASCII.findall(text):
        shown = word.strip(".,;:!?\"()")
        for character in _NON_ASCII.findall(word):
            row = found.setdefault(character, {"character": character, "code_point": f"U+{ord(character):04X}",
                                               "name": unicodedata.name(character, "unnamed"), "count": 0,
                                               "words": []})
            row["count"] += 1
            if shown not in row["words"]:
                row["words"].append(shown)
    return pd.DataFrame(list(found.values()), columns=["character", "code_point", "name", "count", "words"])
