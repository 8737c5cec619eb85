"""Provenance metadata stored beside a text file as ``<name>.meta.toml``."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["metadata_path", "load_metadata"]


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
