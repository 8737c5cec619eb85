"""Readability: hand-computed values, degenerate input, textstat agreement, uncertainty."""

from __future__ import annotations

import json
import math

import pytest

from analysis import document_from_text, document_record, load_document
from analysis.readability import (
    FORMULAS, SENTENCE_LEVEL_FORMULAS, ReadabilityCounts, bootstrap_intervals, consensus_grade, interpret,
    is_familiar, paragraph_readability, readability_counts, scores, sentence_readability, summary_table,
    word_table,
)
from analysis.textstat_reference import compare_with_textstat, textstat_values
from conftest import SEED, run_cli

SHORT = "The dog ran to the big red house. It was happy there."


def test_short_text_counts_by_hand() -> None:
    # 2 sentences; 12 words; every word one syllable except hap-py: 13 syllables;
    # letters 3+3+3+2+3+3+3+5 + 2+3+5+5 = 40, plus two periods = 42 non-space characters;
    # nine words of at most 3 letters; all familiar.
    counts = readability_counts(document_from_text(SHORT))
    assert counts == ReadabilityCounts(sentences=2, words=12, syllables=13, polysyllables=0, complex_words=0,
                                       monosyllables=11, letters=40, characters=42, long_words=0, mini_words=9, difficult_words=0)


@pytest.mark.parametrize("formula, expected", [
    ("flesch_reading_ease", 109.095),           # 206.835 - 1.015*6 - 84.6*13/12
    ("flesch_kincaid_grade", -0.466667),        # 0.39*6 + 11.8*13/12 - 15.59
    ("gunning_fog", 2.4),                       # 0.4*(6 + 0)
    ("smog_index", 3.1291),                     # 1.043*sqrt(0) + 3.1291
    ("coleman_liau_index", -1.133333),          # 0.0588*333.33 - 0.296*16.67 - 15.8
    ("automated_readability_index", -2.73),     # 4.71*40/12 + 0.5*6 - 21.43
    ("dale_chall_readability_score", 0.2976),   # 0.1579*0 + 0.0496*6, no adjustment
    ("linsear_write_formula", 2.0),             # r = 12/2 = 6 <= 20: (6-2)/2
    ("lix", 6.0),                               # 6 + 100*0/12
    ("rix", 0.0),
    ("spache_readability", 1.685),              # 0.141*6 + 0.086*0 + 0.839
    ("mcalpine_eflaw", 10.5),                   # (12 + 9)/2
    ("forcast", 6.25),                          # 20 - (11/12*150)/10
])
def test_formulas_by_hand(formula: str, expected: float) -> None:
    assert scores(readability_counts(document_from_text(SHORT)))[formula] == pytest.approx(expected, abs=1e-4)


def test_dale_chall_adjustment_applies_above_five_percent() -> None:
    base = dict(sentences=1, words=100, syllables=150, polysyllables=0, complex_words=0, monosyllables=50,
                letters=400, characters=410, long_words=0, mini_words=0)
    below = scores(ReadabilityCounts(difficult_words=5, **base))["dale_chall_readability_score"]
    above = scores(ReadabilityCounts(difficult_words=6, **base))["dale_chall_readability_score"]
    assert below == pytest.approx(0.1579 * 5 + 0.0496 * 100)
    assert above == pytest.approx(0.1579 * 6 + 0.0496 * 100 + 3.6365)


def test_familiar_inflections() -> None:
    assert all(is_familiar(w) for w in ["houses", "stopped", "making", "happier", "cities", "dogs", "Walked"])
    assert not any(is_familiar(w) for w in ["deterrence", "sovereignty", "diplomacy", "escalation", "Blinken"])


def test_british_spellings_are_as_familiar_as_american_ones() -> None:
    for british, american in [("colour", "color"), ("neighbourhood", "neighborhood"), ("centre", "center"),
                              ("favourites", "favorites"), ("theatre", "theater")]:
        assert is_familiar(american) and is_familiar(british), british
    assert not is_familiar("tour") and not is_familiar("detour")  # "-our" words that are not British spellings


def test_gunning_complex_words_exclusions() -> None:
    table = word_table(document_from_text(
        "Officials in Washington said the agreement was created by well-organized negotiators yesterday."))
    complex_words = set(table.loc[table["complex"] == 1, "word"])
    assert "negotiators" in complex_words and "agreement" in complex_words
    assert "Washington" not in complex_words   # proper noun
    assert "created" not in complex_words      # three syllables only through -ed
    assert "well-organized" not in complex_words  # hyphenated compound
    assert "Officials" in complex_words       # sentence-initial, not capitalised elsewhere: not a name


@pytest.mark.parametrize("text", [
    "Hello",                           # one word, no punctuation
    "the talks continue",              # no sentence-final punctuation
    "12 345 6789",                     # only numbers
    "!!! ... ???",                     # only punctuation: no words
    "",                                # nothing at all
])
def test_degenerate_input_gives_defined_values(text: str) -> None:
    doc = document_from_text(text, validate=False)
    values = scores(readability_counts(doc))
    assert set(FORMULAS) <= set(values)
    if doc.counts.words == 0:
        assert all(math.isnan(v) for v in values.values())
    else:
        assert not math.isnan(values["flesch_kincaid_grade"])
    if text == "Hello":  # one word of two syllables in one sentence
        assert values["flesch_kincaid_grade"] == pytest.approx(0.39 * 1 + 11.8 * 2 - 15.59)
    intervals = bootstrap_intervals(doc, n_resamples=50)
    if doc.counts.sentences == 1:  # nothing to resample: the documented zero-width interval
        defined = intervals.dropna()
        assert len(defined) and (defined["low"] == defined["high"]).all()


# Texts written so that our segmentation and textstat's agree (no abbreviations,
# no sentence of two words or fewer), every word is in CMUdict, and there are no
# apostrophes or hyphens: the counts must then agree and so must the formulas
# whose definitions match.
AGREEMENT_TEXTS = [
    "The committee discussed the proposal for several hours. Members raised serious objections about the budget. "
    "The chairman promised a revised version next month. Nobody expected a quick agreement.",
    "Heavy rain flooded the valley during the night. Farmers moved their animals to higher ground. "
    "The river finally dropped in the afternoon. Engineers will inspect the damaged bridge tomorrow.",
    "The museum opened a new exhibition about ancient pottery. Visitors can see more than two hundred objects from "
    "the region. The curator explained the history of each piece. Admission remains free for children and students.",
    "The doctor gave a careful answer to the nervous patient. The patient will listen with great attention to every "
    "word. Then the family will thank the doctor for the excellent advice.",
]
SAME_DEFINITION = ["flesch_reading_ease", "flesch_kincaid_grade", "smog_index", "linsear_write_formula", "lix",
                   "rix", "mcalpine_eflaw"]


@pytest.mark.parametrize("text", AGREEMENT_TEXTS, ids=["committee", "flood", "museum", "doctor"])
def test_agreement_with_textstat(text: str) -> None:
    doc = document_from_text(text)
    counts = readability_counts(doc)
    table = compare_with_textstat(text, counts)
    for count in ("sentences", "words", "syllables", "polysyllables"):
        assert table.loc[f"count:{count}", "difference"] == 0, count
    for formula in SAME_DEFINITION:
        assert abs(table.loc[formula, "difference"]) < 0.01, formula
    # Coleman-Liau: textstat rounds the letter coefficient to 0.058 (Coleman & Liau give 0.0588).
    assert table.loc["coleman_liau_index", "difference"] == pytest.approx(0.0008 * 100 * counts.letters / counts.words)
    # ARI: textstat counts punctuation as characters; we count letters and digits.
    punctuation = sum(1 for ch in text if not ch.isspace() and not ch.isalnum())
    assert table.loc["automated_readability_index", "difference"] == pytest.approx(-4.71 * punctuation / counts.words)


def test_fog_agrees_when_complex_words_are_unfamiliar() -> None:
    # In this text every 3+ syllable word is off the Dale-Chall list, so textstat's
    # "difficult 3+ syllable words" and Gunning's complex words coincide.
    text = AGREEMENT_TEXTS[0]
    table = compare_with_textstat(text, readability_counts(document_from_text(text)))
    assert abs(table.loc["gunning_fog", "difference"]) < 0.01


def test_dale_chall_and_spache_agree_without_inflections() -> None:
    text = AGREEMENT_TEXTS[3]  # no inflected forms, every unfamiliar word has 2+ syllables
    table = compare_with_textstat(text, readability_counts(document_from_text(text)))
    assert abs(table.loc["spache_readability", "difference"]) < 0.01
    assert abs(table.loc["dale_chall_readability_score", "difference"]) < 0.01
    ours = table.loc["dale_chall_readability_score", "ours"]
    pdw = 100 * 5 / 31  # 31 words; difficult: nervous, patient x2, excellent, advice
    assert ours == pytest.approx(0.1579 * pdw + 0.0496 * 31 / 3 + 3.6365)


def test_seed_side_by_side_with_textstat(seed_doc) -> None:
    table = compare_with_textstat(seed_doc.text, readability_counts(seed_doc))
    assert table.loc["count:sentences", "ours"] == 12
    assert table.loc["count:sentences", "textstat"] == 14  # textstat splits at "U.S."
    assert table.loc["count:words", "difference"] == 0


def test_textstat_runs_offline() -> None:
    # conftest blocks every non-loopback socket: a download attempt would raise here.
    assert textstat_values("The river rose during the night. Farmers moved their animals.")["count:sentences"] == 2


def test_bootstrap_is_seeded_and_brackets_estimate(seed_doc) -> None:
    first = bootstrap_intervals(seed_doc)
    second = bootstrap_intervals(seed_doc)
    assert first.equals(second)
    for name, row in first.iterrows():
        assert row["low"] <= row["estimate"] <= row["high"], name
        assert row["high"] > row["low"], name  # 12 sentences of different lengths: real spread
    other = bootstrap_intervals(seed_doc, seed=1)
    assert not first.equals(other)


def test_summary_intervals_follow_the_confidence(seed_doc) -> None:
    wide, narrow = summary_table(seed_doc, n_resamples=400), summary_table(seed_doc, n_resamples=400, confidence=0.5)
    assert (wide.attrs["confidence"], narrow.attrs["confidence"]) == (0.95, 0.5)
    for name in wide.index:  # the same resamples: the central half lies inside the central 95%
        assert wide.loc[name, "low"] <= narrow.loc[name, "low"] <= narrow.loc[name, "high"] <= wide.loc[name, "high"]
    assert (narrow["high"] - narrow["low"]).sum() < (wide["high"] - wide["low"]).sum()


def test_sentence_and_paragraph_frames_agree(seed_doc) -> None:
    sentences = sentence_readability(seed_doc)
    paragraphs = paragraph_readability(seed_doc)
    assert len(sentences) == 12 and len(paragraphs) == 5
    assert sentences["words"].sum() == paragraphs["words"].sum() == 378
    assert set(SENTENCE_LEVEL_FORMULAS) <= set(sentences.columns)
    assert "smog_index" not in sentences.columns
    assert sentences["difficult_share"].between(0, 1).all()


def test_consensus_is_median_of_grades() -> None:
    values = {"flesch_kincaid_grade": 10.0, "gunning_fog": 12.0, "smog_index": 11.0, "coleman_liau_index": 9.0,
              "automated_readability_index": 13.0, "linsear_write_formula": 14.0, "forcast": 8.0}
    assert consensus_grade(values) == 11.0


def test_interpretation_bands(seed_doc) -> None:
    values = scores(readability_counts(seed_doc))
    table = interpret(values).set_index("formula")
    assert table.loc["flesch_reading_ease", "band"] == "very difficult (college graduate)"
    assert table.loc["smog_index", "band"] == "graduate level"
    assert "spache_readability" not in table.index  # no published bands for adult text


def test_eflaw_docstring_states_the_bands_of_the_data_file() -> None:
    from analysis.readability import interpretation_bands, mcalpine_eflaw
    doc = " ".join(mcalpine_eflaw.__doc__.split())
    bands = interpretation_bands("mcalpine_eflaw")
    assert len(bands) == 4
    for row in bands.itertuples():
        assert row.label in doc


def test_record_and_cli_report_readability(tmp_path) -> None:
    record = document_record(load_document(SEED))
    assert record["readability_counts"]["sentences"] == 12
    assert {"words", "sentences", "syllables", "polysyllables", "difficult_words"} <= set(record["readability_counts"])
    assert set(FORMULAS) <= set(record["readability"])
    result = run_cli("--json", str(SEED))
    parsed = json.loads(result.stdout)
    assert parsed["readability"] == json.loads(json.dumps(record["readability"]))
    short = tmp_path / "one.txt"
    short.write_text("Kyiv stands.", encoding="utf-8")
    one = json.loads(run_cli("--json", str(short)).stdout)
    assert None not in one["readability"].values()  # one sentence of two words: every formula is defined
    assert one["readability"]["flesch_kincaid_grade"] == 2.89  # 0.39 × 2 + 11.8 × 3/2 − 15.59
