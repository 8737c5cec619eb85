"""Property tests: segmentation never loses, duplicates or reorders characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis import document_from_text
from analysis.segment import paragraph_spans, sentence_spans
from analysis.tokenize import iter_tokens

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
        assert doc.text[sentence.start:sentence.end] == sentence.text
    for token in doc.tokens:
        sentence = doc.sentences[token.sentence]
        assert sentence.start <= token.start < token.end <= sentence.end
        assert doc.text[token.start:token.end] == token.text
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))


@given(TEXTS)
def test_segmentation_is_deterministic(text: str) -> None:
    assert sentence_spans(text) == sentence_spans(text)
