"""The shared machinery behind the passes: token columns, the table of word forms, caches, GC pause."""

from __future__ import annotations

import gc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import document_from_text, document_record, load_document
from analysis.caches import clear_word_caches
from analysis.forms import FORMS
from analysis.gcpause import without_cyclic_gc
from analysis.segment import paragraph_spans
from analysis.tokenize import TOKEN_KINDS, token_columns, token_spans
from conftest import SEED

TRICKY = st.text(alphabet=st.sampled_from(list("aZ I.U.S  ?!'’\"-@/:.w1 2\né_s")), max_size=200)
TEXTS = st.one_of(st.text(max_size=300), TRICKY)


def _as_spans(columns) -> list[tuple[int, int, str]]:
    return [(int(s), int(e), TOKEN_KINDS[k]) for s, e, k in zip(columns.starts, columns.ends, columns.kinds)]


@given(TEXTS)
def test_token_columns_equal_the_reference_tokeniser(text: str) -> None:
    # The columns come from re.split and piece lengths; token_spans from match objects.
    assert _as_spans(token_columns(text)) == token_spans(text)
    assert _as_spans(token_columns(text, paragraph_spans(text))) == token_spans(text)


def test_token_columns_on_every_kind() -> None:
    text = "See www.example.org/a?b=1, write to a.b@c.org: U.S. troops' 3.5% rise in 2023-24; Kyiv's COVID-19."
    assert _as_spans(token_columns(text)) == token_spans(text)
    kinds = {TOKEN_KINDS[k] for k in token_columns(text).kinds}
    assert kinds == {"word", "number", "clitic", "url", "email"}


@given(TEXTS)
def test_word_types_rebuild_the_words(text: str) -> None:
    doc = document_from_text(text, validate=False)
    types, ids = doc.word_types
    assert [types[i] for i in ids] == [t.text for t in doc.words]
    assert sorted(set(ids.tolist()), key=ids.tolist().index) == list(range(len(types)))  # first-appearance order
    assert doc.token_spans == tuple(token_spans(doc.text))


def test_form_features_hand_checked() -> None:
    ids = FORMS.ids(["confident", "Kyiv", "U.S.", "2024", "self-verifying"])
    syllables = FORMS.column("syllables")[ids].tolist()
    letters = FORMS.column("letters")[ids].tolist()
    capitalised = FORMS.column("capitalised")[ids].tolist()
    # CMUdict: con-fi-dent 3, U.S. "you ess" 2; Kyiv (not in CMUdict) by the vowel-group rule, Ky-iv 2;
    # 2024 read as a year, twen-ty twen-ty four 5; self-verifying = self (1) + ver-i-fy-ing (4).
    assert syllables == [3, 2, 2, 5, 5]
    assert letters == [9, 4, 2, 4, 13]
    assert capitalised == [0, 1, 1, 0, 0]
    assert FORMS.ids(["Kyiv"]).tolist() == [ids[1]]  # a form keeps its id


def test_clearing_the_word_caches_changes_no_result() -> None:
    doc = load_document(SEED)
    before = document_record(doc)
    clear_word_caches()
    assert len(FORMS) == 0
    assert document_record(doc) == before  # terms memoised on doc are recomputed, not reused
    assert document_record(load_document(SEED)) == before


def test_gc_pause_restores_the_collector() -> None:
    @without_cyclic_gc
    def inside() -> bool:
        return gc.isenabled()

    @without_cyclic_gc
    def failing() -> None:
        raise ValueError("boom")

    assert gc.isenabled()
    assert inside() is False
    assert gc.isenabled()
    with pytest.raises(ValueError):
        failing()
    assert gc.isenabled()
    gc.disable()
    try:
        assert inside() is False
        assert not gc.isenabled()  # a caller's own pause is left alone
    finally:
        gc.enable()
