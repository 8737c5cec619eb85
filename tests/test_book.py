"""The whole book builds with warnings as errors, offline, and shows its chapters."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import load_document
from conftest import SEED


@pytest.mark.slow
def test_book_builds_offline_with_warnings_as_errors(built_book) -> None:
    intro = (built_book / "chapters" / "intro.html").read_text(encoding="utf-8")
    article = (built_book / "chapters" / "article.html").read_text(encoding="utf-8")
    assert "One article, measured" in intro
    assert "Key findings" in article and "Fig. 1" in article
    for page in built_book.glob("chapters/*.html"):
        html = page.read_text(encoding="utf-8")
        assert "{glue" not in html, page.name  # every glued value was pasted
        # and pasted as its text: a string glued as Markdown needs {glue:md}, not {glue:text}
        assert "IPython.core.display" not in html and " object at 0x" not in html, page.name
        assert html.count("const THEBE_JS_URL") <= 1, page.name  # _ext/page_scripts.py removes the duplicate
        assert "output stderr" not in html, page.name  # no cell prints a warning into the report
    for page, label in (("article", "tab-segmentation-accuracy"), ("readability", "tab-textstat-comparison")):
        html = (built_book / "chapters" / f"{page}.html").read_text(encoding="utf-8")  # a glued table is a table
        assert re.search(f'id="{label}".*?<span class="caption-number">Table \\d+ </span>', html, re.S), label
        assert re.search(f'href="#{label}"><span class="std std-numref">Table \\d+<', html), label  # _ext/table_numbers.py
    counts = load_document(SEED).counts  # the glued counts reach the page (378 words, 12 sentences)
    assert f'<span class="pasted-text">{counts.words}</span> words' in article
    assert f'<span class="pasted-text">{counts.sentences}</span> sentences' in article


def test_prose_phrases_follow_the_numbers() -> None:
    """Wording glued into the chapters changes with the text instead of assuming the seed's results."""
    from analysis.render import (grade_band_phrase, kept_inside_phrase, missing_from_reference_phrase,
                                 sentence_count_effect)
    from analysis.segment import BoundaryStatistics

    assert kept_inside_phrase(BoundaryStatistics(14, 12, ("U.S.", "U.S."))) == \
        "**2** do not end a sentence: both follow *U.S.*"
    assert kept_inside_phrase(BoundaryStatistics(9, 6, ("U.S.", "Dr.", "U.S."))) == \
        "**3** do not end a sentence: they follow *U.S.* (2 times) and *Dr.*"
    assert kept_inside_phrase(BoundaryStatistics(3, 2, ("Dr.",))) == "**1** does not end a sentence: it follows *Dr.*"
    assert kept_inside_phrase(BoundaryStatistics(3, 3)) == "every one ends a sentence"
    assert "shorter" in sentence_count_effect(14, 12) and "longer" in sentence_count_effect(9, 12)
    assert "plays no part" in sentence_count_effect(5, 5)
    assert missing_from_reference_phrase(0).startswith("none") and missing_from_reference_phrase(3).startswith("3 of")
    summary = pd.DataFrame({"value": [9.1, 8.6, 10.9], "band": ["high", "middle", "high"]}, index=["a", "b", "c"])
    assert grade_band_phrase(summary, ["a", "b", "c"]) == "the three spread over two bands, *middle* and *high*"
    assert grade_band_phrase(summary, ["a", "c"]) == "both fall in one band, *high*, however far apart their grades"


def test_the_file_s_characters_outside_ascii_are_measured_not_typed() -> None:
    from analysis.provenance import non_ascii_characters
    from analysis.render import non_ascii_markdown

    raw = SEED.read_text(encoding="utf-8")
    found = non_ascii_characters(raw)
    # by hand: three right single quotation marks, the apostrophes of three possessives
    assert found[["code_point", "count"]].values.tolist() == [["U+2019", 3]]
    assert found.loc[0, "words"] == ["Kiev’s", "Kyiv’s", "Washington’s"]
    assert non_ascii_markdown(found).startswith("Its only character outside ASCII is U+2019 (RIGHT SINGLE QUOTATION")
    assert non_ascii_characters("plain text").empty
    assert non_ascii_markdown(non_ascii_characters("plain text")) == "Every character of the file is ASCII."
    two = non_ascii_characters("Café — “quoted”")
    assert two["code_point"].tolist() == ["U+00E9", "U+2014", "U+201C", "U+201D"]
    assert two.loc[2, "words"] == ["“quoted”"]  # the word that holds the mark, the mark kept
    assert two.loc[1, "words"] == ["—"]


def test_the_furthest_indicator_names_its_reference() -> None:
    from analysis.synthesis import furthest_indicator

    profile = pd.DataFrame({"group": ["readability", "stance"], "indicator": ["words per sentence", "hedges"],
                            "reference_label": ["Flesch's standard English", "research articles"],
                            "ratio": [1.5, 0.25]})
    assert furthest_indicator(profile) == ("hedges (against research articles)", 4.0)  # 0.25 is 4 times below


def test_synthesis_prose_follows_the_numbers() -> None:
    from analysis.render import synthesis_markdown

    profile = pd.DataFrame({"indicator": ["words per sentence", "consensus grade"],
                            "value": [31.5, 15.2], "ratio": [1.8, 1.27]})
    text = synthesis_markdown(profile, 0.82, 2, 8, ["Blinken", "Kyiv"])
    readability, vocabulary, voice = text.split("\n\n")
    assert "longer than Flesch's standard (31.5 words against 17)" in readability
    assert "median of the grade-level formulas places the text well past secondary school" in readability
    assert "every formula" not in text  # the median is no claim about each formula
    assert vocabulary == "**Vocabulary.** Its most distinctive words against general English are *Blinken* and *Kyiv*."
    assert "mostly borrowed: 82%" in voice and "certainty more than doubt" in voice
    short = synthesis_markdown(profile.assign(value=[12.0, 7.0], ratio=[0.7, 0.6]), 0.3, 5, 1, [])
    assert "shorter than" in short and "within secondary school" in short and "mostly the writer's own" in short


def test_the_top_actor_phrase_counts_in_the_right_number(seed_doc) -> None:
    from analysis.names import actor_mentions, actor_summary
    from analysis.render import top_actor_markdown

    assert top_actor_markdown(actor_summary(actor_mentions(seed_doc))) == \
        "**United States** (**8** mentions in **4** forms)"
    one = pd.DataFrame({"entity": ["River Ouse"], "mentions": [1], "variants": [["River Ouse"]]})
    assert top_actor_markdown(one) == "**River Ouse** (**1** mention in **1** form)"


def test_book_tables_show_whole_numbers_without_decimals() -> None:
    """A column of whole numbers, and a row of them in a table that mixes scores and counts down its
    rows (ours beside textstat's), shows no decimals; the scores keep theirs, a missing value is a dash."""
    from analysis.render import book_table

    frame = pd.DataFrame({"ours": [12.15, 378.0, 1234.0], "textstat": [18.29, 378.0, float("nan")],
                          "difference": [-6.14, 0.0, float("nan")], "rank": [1.0, 2.0, 3.0]},
                         index=["Flesch reading ease", "count: words", "count: syllables"])
    cells = re.findall(r">\s*([^<>]*?)\s*</td>", book_table(frame, "mixed").to_html())
    assert cells == ["12.15", "18.29", "-6.14", "1", "378", "378", "0", "2", "1,234", "–", "–", "3"]
