"""HTML renderings of a document for the book (strings; no display side effects)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .document import Document

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["naming_findings_markdown", "numbered_text_html", "provenance_markdown"]


def numbered_text_html(doc: Document) -> str:
    """The text as HTML: one block per paragraph (¶ n), each sentence prefixed by its number.

    Sentence numbers are 1-based and run through the whole document, matching
    the figures and tables of the book.
    """
    blocks = []
    for paragraph in doc.paragraphs:
        sentences = " ".join(
            f'<span class="sentence" id="s{s.index + 1}"><sup class="sentence-number">{s.index + 1}</sup>'
            f"{escape(s.text)}</span>"
            for s in doc.paragraph_sentences(paragraph.index)
        )
        blocks.append(
            f'<p class="numbered-paragraph"><strong class="paragraph-number">¶&nbsp;{paragraph.index + 1}</strong> '
            f"{sentences}</p>"
        )
    return '<div class="numbered-text">' + "\n".join(blocks) + "</div>"


def provenance_markdown(metadata: dict | None, source_name: str) -> str:
    """Markdown describing a text's provenance from its ``.meta.toml`` (see :mod:`analysis.provenance`).

    Without metadata, says so plainly instead of inventing any.
    """
    if not metadata:
        return (f"No provenance file (`{source_name}` without `.txt`, plus `.meta.toml`) lies beside "
                "this text, so nothing is known here about where it was published or what it reports.")
    lines: list[str] = []
    publication = metadata.get("publication", {})
    if publication.get("headline"):
        lines.append(f"- **Headline where published:** “{publication['headline']}”")
    if publication.get("outlet"):
        byline = publication.get("byline", "unknown")
        lines.append(f"- **Published on:** {publication['outlet']}; byline: {byline}.")
    for event in sorted(metadata.get("events", []), key=lambda e: str(e.get("date", ""))):
        lines.append(f"- **{event.get('date', 'undated')}:** {event.get('description', '')}")
    for text in metadata.get("notes", {}).values():
        lines.append(f"- {text}")
    file_info = metadata.get("file", {})
    if file_info.get("note"):
        lines.append(f"- {file_info['note']}")
    return "\n".join(lines)


def naming_findings_markdown(choices: "pd.DataFrame") -> str:
    """Markdown bullets on notable naming choices (mixed spellings, metonymy).

    Args:
        choices: :func:`analysis.names.naming_choices` output.
    """
    lines: list[str] = []
    for entity, group in choices[choices["spelling_mixed"]].groupby("entity", sort=False):
        forms = ", ".join(f"*{r.variant}* {r.mentions}× ({r.kind})" for r in group.itertuples())
        lines.append(f"- **{entity}** is spelled in two ways: {forms}.")
    for row in choices[choices["kind"] == "metonymy"].itertuples():
        lines.append(f"- **{row.entity}** is also called *{row.variant}* ({row.mentions}×), by metonymy"
                     + (f": {row.note[0].lower() + row.note[1:]}." if row.note else "."))
    if not lines:
        lines.append("- Every actor found in the alias table is named without mixed spellings or metonymy.")
    return "\n".join(lines)
