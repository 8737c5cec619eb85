"""Reproducible analysis of English news articles.

Load a text once into a :class:`Document` (normalised text, paragraphs,
sentences and tokens with character offsets); every analysis consumes it.

>>> from analysis import document_from_text
>>> doc = document_from_text("Mr. Smith lives in the U.S. He arrived in 2020.", validate=False)
>>> [s.text for s in doc.sentences]
['Mr. Smith lives in the U.S.', 'He arrived in 2020.']
>>> doc.counts.words
10
"""

from .document import Counts, Document, Paragraph, Sentence, Token, document_from_text, load_document
from .errors import InputError
from .loading import MAX_BYTES
from .record import document_record, file_record, text_record
from .segment import paragraph_spans, sentence_spans, split_sentences

__all__ = [
    "MAX_BYTES",
    "Counts",
    "Document",
    "InputError",
    "Paragraph",
    "Sentence",
    "Token",
    "document_from_text",
    "document_record",
    "file_record",
    "text_record",
    "load_document",
    "paragraph_spans",
    "sentence_spans",
    "split_sentences",
]
