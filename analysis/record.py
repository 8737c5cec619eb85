"""The per-document record: everything the CLI reports about one text, as plain data."""

from __future__ import annotations

import math
from typing import Any

from .document import Document
from .readability import readability_counts, scores
from .stance import stance_record
from .terms import terms_record

__all__ = ["document_record"]


def _json_number(value: float) -> float | None:
    """A float for JSON: ``None`` (null) where the value is undefined (NaN or infinite)."""
    return None if math.isnan(value) or math.isinf(value) else round(value, 4)


def document_record(doc: Document) -> dict[str, Any]:
    """Return the JSON-ready record of ``doc``.

    Keys:
        ``path``: the source as given; ``sha256``: of the raw bytes; ``bytes``: raw size;
        ``counts``: ``paragraphs``, ``sentences``, ``words``, ``characters``
        (see :class:`analysis.document.Counts`);
        ``readability``: formula name (textstat's names) -> value, ``null`` where undefined;
        ``readability_counts``: the counts the formulas use
        (see :class:`analysis.readability.ReadabilityCounts`);
        ``terms``: ``top``, ``keyness``, ``actors``, ``lexical_diversity``
        (see :func:`analysis.terms.terms_record`);
        ``stance``: ``counts`` and ``per_1000`` by category, and ``markers``
        (see :func:`analysis.stance.stance_record`).
    """
    counts = readability_counts(doc)
    return {
        "path": doc.source,
        "sha256": doc.sha256,
        "bytes": doc.n_bytes,
        "counts": doc.counts.as_dict(),
        "readability": {name: _json_number(value) for name, value in scores(counts).items()},
        "readability_counts": counts.as_dict(),
        "terms": terms_record(doc),
        "stance": stance_record(doc),
    }
