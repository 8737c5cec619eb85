"""Helpers for the book's chapters: pasting computed values into the prose.

Chapters call :func:`glue_values` with a mapping of keys to values; numbers
become plain Python numbers (so format specs such as ``:.1f`` work in
``{glue:text}``), strings become Markdown (so ``{glue:md}`` pastes them
without quotes), figures and tables are passed through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["data_inventory", "figure_table", "formula_table", "glue_values", "package_version", "package_versions"]


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, str):
        from IPython.display import Markdown

        return Markdown(value)
    return value


def glue_values(values: Mapping[str, Any]) -> None:
    """``myst_nb.glue`` every item of ``values`` without displaying it."""
    from myst_nb import glue

    for key, value in values.items():
        glue(key, _plain(value), display=False)


def data_inventory() -> "pd.DataFrame":
    """Every word list, lexicon and evaluation set shipped in the package.

    Columns: ``file`` (path inside the package), ``entries`` (data lines, or
    items for JSON sets), ``source`` (the header's source line, or the JSON
    ``source`` field).
    """
    import json
    from importlib import resources

    import pandas as pd

    from .packaged import packaged_table

    rows = []
    root = resources.files("analysis")
    for folder in ("data", "lexicons"):
        for entry in sorted(root.joinpath(folder).iterdir(), key=lambda p: p.name):
            if not entry.is_file():
                continue
            text = entry.read_text(encoding="utf-8")
            if entry.name.endswith(".json"):
                content = json.loads(text)
                entries = len(content.get("cases", content.get("items", [])))
                source = content.get("source", "")
            else:
                lines = text.splitlines()
                comments = [line.lstrip("# ").strip() for line in lines if line.startswith("#")]
                data = [line for line in lines if line.strip() and not line.startswith("#")]
                has_header = entry.suffix in (".csv", ".tsv")
                entries = len(data) - (1 if has_header else 0)
                start = next((i for i, c in enumerate(comments) if c.lower().startswith(("source:", "sources"))), None)
                source = " ".join(comments[start:]) if start is not None else ""  # the source line and all after it
                if entry.suffix == ".csv" and data and "source" in data[0].split(","):
                    table = packaged_table(folder, entry.name)
                    source = "per item: " + "; ".join(sorted(set(table["source"])))
            rows.append({"file": f"analysis/{folder}/{entry.name}", "entries": entries, "source": source})
    return pd.DataFrame(rows)


def package_versions() -> "pd.DataFrame":
    """Name and version of every installed distribution (read now, from the running environment)."""
    import importlib.metadata as metadata

    import pandas as pd

    rows = sorted({(d.metadata["Name"], d.version) for d in metadata.distributions() if d.metadata["Name"]},
                  key=lambda row: row[0].lower())
    return pd.DataFrame(rows, columns=["package", "version"])


def package_version(name: str) -> str:
    """The installed version of one distribution (e.g. ``"wordfreq"``)."""
    from importlib.metadata import version

    return version(name)


def formula_table() -> "pd.DataFrame":
    """Every readability formula: ``formula`` (label, the index), ``function`` (its name in
    :mod:`analysis.readability`) and ``definition`` (the first paragraph of its docstring)."""
    import inspect

    import pandas as pd

    from .readability import FORMULA_LABELS, FORMULAS

    return pd.DataFrame([{"formula": FORMULA_LABELS[name], "function": name,
                          "definition": _plain_docstring(" ".join(inspect.getdoc(f).split("\n\n")[0].split()))}
                         for name, f in FORMULAS.items()]).set_index("formula")


def figure_table() -> "pd.DataFrame":
    """Every figure function of :mod:`analysis.figures`: ``function`` (the index) and ``draws``
    (the first line of its docstring)."""
    import inspect

    import pandas as pd

    from . import figures

    return pd.DataFrame([{"function": f"analysis.figures.{name}",
                          "draws": _plain_docstring(inspect.getdoc(getattr(figures, name)).split("\n")[0])}
                         for name in figures.__all__]).set_index("function")


def _plain_docstring(text: str) -> str:
    """Docstring text without reStructuredText's literal and role markup (``n`` -> n,
    :func:`f` -> f), as a table cell shows it."""
    import re

    return re.sub(r":\w+:`~?([^`]+)`", r"\1", text).replace("``", "")
