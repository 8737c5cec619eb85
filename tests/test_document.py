"""The document model: hand-checked values on the seed, word definition, normalisation."""

from __future__ import annotations

import hashlib

import pytest

from analysis import document_from_text, load_document
from analysis.normalise import normalise_text
from conftest import SEED, SHARED_SEED


def test_seed_is_byte_identical_to_shared_copy() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_seed_counts(seed_doc) -> None:
    # Hand-checked: 5 lines, 12 sentences; 378 whitespace-separated tokens, each one word.
    assert seed_doc.counts.as_dict() == {"paragraphs": 5, "sentences": 12, "words": 378, "characters": 2548}
    assert seed_doc.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed_doc.n_bytes == 2554


def test_seed_sentences_per_paragraph(seed_doc) -> None:
    assert [p.sentence_end - p.sentence_start for p in seed_doc.paragraphs] == [3, 2, 2, 2, 3]


def test_seed_possessives_split(seed_doc) -> None:
    words = [t.text for t in seed_doc.words]
    assert words.count("Kyiv") == 2 and words.count("Kiev") == 2
    clitics = [t.text for t in seed_doc.tokens if t.kind == "clitic"]
    assert clitics == ["'s", "'s", "'s"]  # Kiev's, Kyiv's, Washington's
    assert "U.S." in words and "28" in words


def test_offsets_point_at_the_tokenised_forms(seed_doc) -> None:
    text = seed_doc.text
    columns = seed_doc.token_columns
    # the stored form of each token (from the tokeniser's pieces) is what its offsets select
    assert [text[t.start:t.end] for t in seed_doc.tokens] == [columns.types[f] for f in columns.forms.tolist()]
    for token in seed_doc.tokens:
        sentence = seed_doc.sentences[token.sentence]
        assert sentence.start <= token.start and token.end <= sentence.end
        assert token.paragraph == sentence.paragraph
    for paragraph_index, paragraph in enumerate(seed_doc.paragraphs):
        inside = [s for s in seed_doc.sentences if s.paragraph == paragraph_index]
        assert all(paragraph.start <= s.start and s.end <= paragraph.end for s in inside)
        # the paragraph's sentences hold every non-space character of the paragraph, in order
        assert "".join("".join(s.text.split()) for s in inside) == "".join(paragraph.text.split())


def test_frames_agree_with_counts(seed_doc) -> None:
    sentences = seed_doc.sentences_frame()
    paragraphs = seed_doc.paragraphs_frame()
    assert sentences["words"].sum() == paragraphs["words"].sum() == seed_doc.counts.words
    assert paragraphs["sentences"].tolist() == [3, 2, 2, 2, 3]
    tokens = seed_doc.tokens_frame()
    assert tokens["is_word"].sum() == 378


@pytest.mark.parametrize(
    "text, words",
    [
        ("Self-verifying claims about COVID-19 spread.", ["Self-verifying", "claims", "about", "COVID-19", "spread"]),
        ("Prices rose 3.5% to $1,200 in 2023-24.", ["Prices", "rose", "3.5", "to", "1,200", "in", "2023-24"]),
        ("We don't know the officials' names.", ["We", "don't", "know", "the", "officials", "names"]),
        ("The U.S. and the 5th fleet.", ["The", "U.S.", "and", "the", "5th", "fleet"]),
        ("See https://example.org/a.html or mail a@b.org now.", ["See", "or", "mail", "now"]),
        ("Kyiv’s mayor — and Kiev's.", ["Kyiv", "mayor", "and", "Kiev"]),
        ("Café owners, naïvely, said so.", ["Café", "owners", "naïvely", "said", "so"]),
    ],
)
def test_word_definition(text: str, words: list[str]) -> None:
    doc = document_from_text(text, validate=False)
    assert [t.text for t in doc.words] == words


def test_normalisation_rules() -> None:
    raw = "\ufeffCafe\u0301 \u201cquoted\u201d \u2018single\u2019 a\u2013b a\u2014b co\u2010op 5\u00a0km\r\nnext\rline\u00ad"
    assert normalise_text(raw) == "\ufeffCafé \"quoted\" 'single' a—b a—b co-op 5 km\nnext\nline".replace("\ufeff", "")


def test_bom_crlf_and_nfc_give_the_same_text(tmp_path) -> None:
    plain = "Kyiv’s mayor spoke.\nHe said the city was safe."
    variants = {
        "plain.txt": plain.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + plain.encode("utf-8"),
        "crlf.txt": plain.replace("\n", "\r\n").encode("utf-8"),
    }
    texts = set()
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        doc = load_document(path)
        texts.add(doc.text)
        assert doc.counts.sentences == 2 and doc.counts.paragraphs == 2
    assert texts == {"Kyiv's mayor spoke.\nHe said the city was safe."}


def test_string_and_file_give_the_same_document(tmp_path) -> None:
    text = SEED.read_text(encoding="utf-8")
    from_string = document_from_text(text)
    from_file = load_document(SEED)
    assert from_string.text == from_file.text
    assert from_string.sentences == from_file.sentences and from_string.tokens == from_file.tokens
    assert from_string.sha256 == from_file.sha256  # the seed has no BOM, so the bytes are the same
