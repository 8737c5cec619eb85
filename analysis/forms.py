"""Every word form met in this process, numbered once, with the per-form features the passes share.

A document's distinct word forms (``Document.word_types``) are looked up here
once per pass, with one dictionary access each; readability and terms
then gather their per-word values with numpy indexing. A form seen for the
first time gets its features computed once and stored in growable numpy
columns:

- ``syllables``, ``letters``: counts (:func:`analysis.syllables.syllables`;
  letters and digits);
- ``difficult``: 1 if not a number and not Dale–Chall familiar;
- ``complex_candidate``: 1 if 3+ syllables, not a number, not hyphenated and
  not made polysyllabic by an inflection (Gunning's rule, before the
  proper-noun exception);
- ``capitalised``: 1 if the form starts with a capital (for scripts; the
  passes take the proper-noun mask of :mod:`analysis.names`, which needs
  the sentence position too);
- ``term``: the id of its term in the terms vocabulary (:mod:`analysis.terms`).

Each group of columns (readability's, the term) is computed for new forms
only when a pass asks for it. The table only grows;
:func:`analysis.caches.clear_word_caches` empties it.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

__all__ = ["FORMS", "FormTable", "grown"]

_COLUMNS: tuple[tuple[str, type], ...] = (
    ("syllables", np.int32),
    ("letters", np.int32),
    ("difficult", np.int8),
    ("complex_candidate", np.int8),
    ("capitalised", np.int8),
    ("term", np.int32),
)
# Columns filled together by one function of the form; each group is computed
# only when one of its columns is asked for, so a pass pays for its own features.
_GROUPS: dict[str, tuple[str, ...]] = {
    "readability": ("syllables", "letters", "difficult", "complex_candidate", "capitalised"),
    "terms": ("term",),
}
_GROUP_OF = {name: group for group, names in _GROUPS.items() for name in names}


def _compute(group: str, forms: list[str]) -> np.ndarray:
    """The group's columns for ``forms``: an array of shape (len(forms), number of columns)."""
    if group == "readability":
        from .readability import form_features

        values = [form_features(form) for form in forms]
    else:
        from .terms import term_ids_of_forms

        values = term_ids_of_forms(forms)
    return np.array(values, dtype=np.int64).reshape(len(forms), len(_GROUPS[group]))


def grown(values: np.ndarray, size: int, fill: float = 0) -> np.ndarray:
    """``values`` if it holds ``size`` rows or more; else a copy at least twice as long, padded with ``fill``."""
    if size <= len(values):
        return values
    extra = max(size, 2 * len(values)) - len(values)
    return np.concatenate([values, np.full(extra, fill, dtype=values.dtype)])


class FormTable:
    """Word forms numbered in order of first sight, with one numpy column per feature."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget every form (ids handed out before are no longer valid)."""
        self._index: dict[str, int] = {}
        self._forms: list[str] = []
        self._columns = {name: np.zeros(1024, dtype=dtype) for name, dtype in _COLUMNS}
        self._filled = dict.fromkeys(_GROUPS, 0)

    def __len__(self) -> int:
        return len(self._forms)

    def ids(self, forms: Sequence[str]) -> np.ndarray:
        """The id of each form (``int32``), numbering the forms not seen before."""
        found = list(map(self._index.get, forms))
        if None in found:
            found = [self._add(form) if k is None else k for form, k in zip(forms, found)]
        return np.array(found, dtype=np.int32)

    def column(self, name: str) -> np.ndarray:
        """One feature of every form so far, indexed by id (a view: take it after :meth:`ids`)."""
        group = _GROUP_OF[name]
        size = len(self._forms)
        if self._filled[group] < size:
            self._fill(group, size)
        return self._columns[name][:size]

    def _add(self, form: str) -> int:
        row = len(self._forms)
        self._forms.append(form)
        self._index[form] = row
        return row

    def _fill(self, group: str, size: int) -> None:
        self._columns = {name: grown(values, size) for name, values in self._columns.items()}
        names = _GROUPS[group]
        start = self._filled[group]
        values = _compute(group, self._forms[start:size])
        for k, name in enumerate(names):
            self._columns[name][start:size] = values[:, k]
        self._filled[group] = size


FORMS = FormTable()
"""The process-wide table every pass shares."""
