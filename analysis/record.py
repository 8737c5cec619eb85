"""The per-document record: everything the CLI reports about one text, as plain data."""

from __future__ import annotations

from typing import Any

from .document import Document
from .gcpause import without_cyclic_gc
from .packaged import json_number
from .readability import readability_counts, scores
from .stance import stance_record
from .terms import terms_record

__all__ = ["document_record", "file_record", "text_record"]


@without_cyclic_gc
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
        "readability": {name: json_number(value) for name, value in scores(counts).items()},
        "readability_counts": counts.as_dict(),
        "terms": terms_record(doc),
        "stance": stance_record(doc),
    }


def file_record(path: str, max_bytes: int | None = None) -> dict[str, Any]:
    """The whole record of one text file: :func:`document_record` of :func:`analysis.load_document`
    (``max_bytes``: the size limit, :data:`analysis.MAX_BYTES` unless given).

    This is the per-document function to map over a corpus, serially, in
    worker processes (``python -m analysis --jobs N``) or on a distributed
    engine such as a Dask bag. Raises :class:`analysis.InputError` for bad input.
    """
    from .document import load_document
    from .loading import MAX_BYTES

    return document_record(load_document(path, max_bytes=MAX_BYTES if max_bytes is None else max_bytes))


def text_record(text: str, source: str = "<string>") -> dict[str, Any]:
    """The whole record of a text given as a string (validated like a file)."""
    from .document import document_from_text

    return document_record(document_from_text(text, source))
