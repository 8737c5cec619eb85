"""The per-document record: everything the CLI reports about one text, as plain data."""

from __future__ import annotations

from typing import Any

from .document import Document

__all__ = ["document_record"]


def document_record(doc: Document) -> dict[str, Any]:
    """Return the JSON-ready record of ``doc``.

    Keys: ``path`` (the source as given), ``sha256`` (of the raw bytes),
    ``bytes`` (raw size) and ``counts`` (``paragraphs``, ``sentences``,
    ``words``, ``characters``; see :class:`analysis.document.Counts`).
    """
    return {
        "path": doc.source,
        "sha256": doc.sha256,
        "bytes": doc.n_bytes,
        "counts": doc.counts.as_dict(),
    }
