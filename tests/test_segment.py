"""Sentence segmentation on the project's hand-written test set of the usual traps.

The cases live in ``analysis/data/segmentation_cases.json`` (so the book can
report the same accuracy the tests check). Cases the segmenter is known to
get wrong are marked ``known_limit`` and run as ``xfail(strict=True)``: a fix
shows up as a failure to update the data, and the limits stay documented.
"""

from __future__ import annotations

import pytest

from analysis.evaluation import evaluate_segmentation, segmentation_accuracy, segmentation_cases
from analysis.segment import boundary_statistics, paragraph_spans, sentence_spans, split_sentences

CASES = segmentation_cases()
REQUIRED_TRAPS = {
    "titles and initials", "multi-period abbreviations", "lower-case and business abbreviations", "numbers",
    "ellipses", "quotes and parentheses", "question and exclamation marks", "lists", "e-mail addresses and URLs",
}


_LIMIT = pytest.mark.xfail(strict=True, reason="documented limitation of the rule-based segmenter")


def _params() -> list:
    return [pytest.param(r.text, list(r.expected), id=r.id, marks=[_LIMIT] if r.known_limit else [])
            for r in CASES.itertuples()]


@pytest.mark.parametrize("text, expected", _params())
def test_trap_cases(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_case_set_covers_the_traps() -> None:
    assert CASES["id"].is_unique
    counts = CASES["category"].value_counts()
    assert REQUIRED_TRAPS <= set(counts.index)
    assert len(CASES) >= 60


def test_accuracy_table_matches_cases() -> None:
    table = segmentation_accuracy(evaluate_segmentation())
    assert table.loc["all", "cases"] == len(CASES)
    assert table.loc["all", "correct"] == int((~CASES["known_limit"]).sum())
    assert table.drop(index="all")["cases"].sum() == len(CASES)


def test_spans_index_the_text() -> None:
    text = "  Mr. Smith left.  He came back!\n\nThen he left again.  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Mr. Smith left.", "He came back!", "Then he left again."]
    assert spans[0] == (2, 17)


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    wrapped = ("The council met on Tuesday to discuss the budget, which has\n"
               "been cut for the third year in a row.\n"
               "Members voted to close two libraries and a pool, a decision\n"
               "that drew protests outside the town hall.\n"
               "  A second vote is due in March.")
    paragraphs = [wrapped[s:e] for s, e in paragraph_spans(wrapped)]
    # a short line ending a sentence closes a paragraph, and so does one before an indented line
    assert [p.split()[0] for p in paragraphs] == ["The", "Members", "A"]
    assert len(split_sentences(wrapped)) == 3
    # one paragraph per line (lines that open with capitals) stays as it was
    assert len(paragraph_spans("Storm hits coast\nBy Ana Diaz\nThe storm made landfall at dawn.")) == 3


def test_paragraphs_by_line_or_blank_line() -> None:
    assert len(paragraph_spans("One.\nTwo.\nThree.")) == 3
    assert len(paragraph_spans("one\ntwo\n\nthree")) == 2
    assert paragraph_spans("\n\n  \n") == []


def test_boundary_statistics_counts_abbreviations() -> None:
    stats = boundary_statistics("The U.S. team won. Dr. Lee cheered. Fans left.")
    assert (stats.candidates, stats.boundaries) == (5, 3)
    assert stats.kept_inside == ("U.S.", "Dr.")


def test_seed_has_twelve_sentences_and_keeps_us_inside(seed_doc) -> None:
    texts = [s.text for s in seed_doc.sentences]
    assert len(texts) == 12
    assert sum("U.S." in t for t in texts) == 2
    assert not any(t.endswith("U.S.") for t in texts)
    assert texts[7].startswith("On March 28, a spokesperson for the U.S. State Department")


def test_plain_text_bullets_start_sentences() -> None:
    assert split_sentences("Under the plan:\n- The club pays 60% of the cost.\n- The council pays the rest") == [
        "Under the plan:", "- The club pays 60% of the cost.", "- The council pays the rest"]
    assert split_sentences("Key points:\n* Revenue rose\n* Costs fell") == ["Key points:", "* Revenue rose",
                                                                           "* Costs fell"]
    # a hard-wrapped line that opens with a dash, or a minus sign, is not a bullet
    assert split_sentences("The index fell\n- sharply - on Monday, and was\n-5% by noon.\n\nNext.") == [
        "The index fell\n- sharply - on Monday, and was\n-5% by noon.", "Next."]
