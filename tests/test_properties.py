"""Property tests: segmentation never loses, duplicates or reorders characters."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from analysis import document_from_text
from analysis.normalise import normalise_text
from analysis.segment import paragraph_spans, sentence_spans
from analysis.tokenize import iter_tokens
from conftest import SEED, run_cli

# Arbitrary Unicode, and a dense mix of the characters the rules look at.
TRICKY = st.text(alphabet=st.sampled_from(list("aZ I.U.S  ?!…\"'”’)([]•⁃1 2\n\n\t-@/:é")), max_size=200)
TEXTS = st.one_of(st.text(max_size=300), TRICKY)


def _check_partition(text: str, spans: list[tuple[int, int]]) -> None:
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert text[position:start].strip() == ""  # only whitespace between spans
        chunk = text[start:end]
        assert chunk == chunk.strip() and chunk
        position = end
    assert text[position:].strip() == ""
    # Spans and gaps concatenate back to the text: nothing lost, duplicated or reordered.
    pieces, position = [], 0
    for start, end in spans:
        pieces += [text[position:start], text[start:end]]
        position = end
    assert "".join(pieces) + text[position:] == text


@given(TEXTS)
def test_sentences_partition_the_text(text: str) -> None:
    _check_partition(text, sentence_spans(text))


@given(TEXTS)
def test_paragraphs_partition_the_text(text: str) -> None:
    _check_partition(text, paragraph_spans(text))


@given(TEXTS)
def test_tokens_are_ordered_disjoint_and_non_space(text: str) -> None:
    position = 0
    for start, end, kind in iter_tokens(text):
        assert position <= start < end
        assert not any(ch.isspace() for ch in text[start:end])
        position = end


@given(TEXTS)
def test_document_elements_nest(text: str) -> None:
    doc = document_from_text(text, validate=False)
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert sentence.text == sentence.text.strip()
    reference = [(start, end) for start, end, _ in iter_tokens(doc.text)]
    assert [(t.start, t.end) for t in doc.tokens] == reference  # the model's offsets are the tokeniser's
    for token in doc.tokens:
        sentence = doc.sentences[token.sentence]
        assert sentence.start <= token.start < token.end <= sentence.end


def test_records_do_not_depend_on_string_hashing() -> None:
    """Same input, same output: set and dict iteration order (PYTHONHASHSEED) never reaches a record."""
    paths = [str(SEED), "tests/data/second_article.txt"]
    outputs = [run_cli("--json", *paths, hash_seed=seed) for seed in ("1", "2024")]
    assert all(o.returncode == 0 for o in outputs), [o.stderr for o in outputs]
    assert outputs[0].stdout == outputs[1].stdout and outputs[0].stdout.count("\n") == 2


MAPPED_CHARACTERS = "’‘‛ʼ′“”„‟″‐‑‒−–―\u00a0\u2007\u202f\u2000\u2009\u3000\u00ad\u200b\u2060\ufeff\r\u0301"


@given(st.text(alphabet=st.sampled_from(list("ab .\n'\"-—é") + list(MAPPED_CHARACTERS)), max_size=120))
def test_normalisation_is_the_documented_mapping(text: str) -> None:
    reference = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for invisible in "\u00ad\u200b\u2060\ufeff":
        reference = reference.replace(invisible, "")
    reference = reference.translate(str.maketrans("’‘‛ʼ′“”„‟″‐‑‒−–―", "'''''\"\"\"\"\"----——")).translate(
        {ord(space): " " for space in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"})
    assert normalise_text(text) == reference
