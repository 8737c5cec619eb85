"""Reading the data files shipped in the package (``analysis/data``, ``analysis/lexicons``).

Every published word list and lexicon is a text file whose ``#`` lines are a
header citing its source; these helpers return the rest. (Short closed sets
that are part of a rule, such as the determiners a stance rule checks, stay
beside that rule in the code.)
"""

from __future__ import annotations

import math
from importlib import resources
from io import StringIO

import pandas as pd

__all__ = ["json_number", "read_packaged", "packaged_lines", "packaged_table", "packaged_words"]


def read_packaged(folder: str, name: str) -> str:
    """The whole text of ``analysis/<folder>/<name>``."""
    return resources.files("analysis").joinpath(folder, name).read_text(encoding="utf-8")


def packaged_lines(folder: str, name: str) -> list[str]:
    """The non-empty lines of a data file, header comments (``#``) left out."""
    return [line for line in read_packaged(folder, name).splitlines() if line.strip() and not line.startswith("#")]


def packaged_words(folder: str, name: str) -> frozenset[str]:
    """A one-word-per-line list as a set (surrounding spaces removed)."""
    return frozenset(line.strip() for line in packaged_lines(folder, name))


def packaged_table(folder: str, name: str, sep: str = ",") -> pd.DataFrame:
    """A CSV/TSV data file (header comments left out) as a table of strings."""
    return pd.read_csv(StringIO("\n".join(packaged_lines(folder, name))), sep=sep, dtype=str,
                       keep_default_na=False)


def json_number(value: float | None, digits: int = 4) -> float | None:
    """A float fit for JSON: rounded, and ``None`` (null) where undefined (NaN or infinite)."""
    if value is None or math.isnan(value) or math.isinf(value):
        return None
    return round(float(value), digits)
