"""Terms, names and naming: hand-checked seed counts, invariants, and measures on small texts."""

from __future__ import annotations

import json
import math
from collections import Counter

import pandas as pd
import pytest
import wordfreq

from analysis import InputError, document_from_text, document_record, load_document
from analysis.evaluation import (actor_blind_first_scores, actor_blind_items, actor_blind_summary, actor_scores,
                                 evaluate_actors, last_arrival)
from analysis.render import bold_figures, figures_by_set
from analysis.stance import markers
from analysis.names import actor_mentions, actor_summary, naming_choices, proper_name_sequences
from analysis.terms import (
    collocates, collocation_pairs, content_words, dispersion, frequency_table, keyness, kwic, lemma_of, lemma_table,
    lexical_diversity, ngrams, reference_frequency, repeated_phrases, term_of, terms_record, underused_words,
)
from conftest import SEED, run_cli


def counts_of(doc) -> dict[str, int]:
    table = frequency_table(doc)
    return dict(zip(table["term"], table["count"]))


def test_seed_counts_by_hand(seed_doc) -> None:
    counts = counts_of(seed_doc)
    # Counted by reading the article: "Kiev's" and "Kyiv's" count toward Kiev and Kyiv.
    assert counts["ukraine"] == 6
    assert counts["ukrainian"] == 3
    assert counts["kyiv"] == 2 and counts["kiev"] == 2
    assert counts["western"] == 3
    assert counts["blinken"] == 3
    assert counts["the"] == 20
    assert counts["U.S."] == 2 and counts["US"] == 1  # acronyms keep their case: "US" is not "us"


def test_counts_sum_to_words_and_rates_agree(seed_doc) -> None:
    table = frequency_table(seed_doc)
    # counted again without the shared vocabulary and form tables: one term per word text
    assert dict(zip(table["term"], table["count"])) == Counter(term_of(w) for w in seed_doc.word_texts)
    assert table["count"].sum() == seed_doc.counts.words == 378
    assert table["per_1000"].sum() == pytest.approx(1000)
    assert (table["per_1000"] == 1000 * table["count"] / 378).all()
    assert table["count"].is_monotonic_decreasing
    assert lemma_table(seed_doc)["count"].sum() == 378


def test_surface_forms_and_lemmas(seed_doc) -> None:
    table = frequency_table(seed_doc).set_index("term")
    assert table.loc["in", "forms"] == {"in": 8, "In": 2}
    assert table.loc["has", "lemma"] == "have"
    assert table.loc["stressed", "lemma"] == "stress"
    assert table.loc["united", "lemma"] == "united"  # proper noun: not "unite"
    assert table.loc["28", "kind"] == "number"
    assert bool(table.loc["the", "stopword"]) and not bool(table.loc["ukraine", "stopword"])
    # "will" (3 times in the seed) is a modal the Snowball list lacks: flagged, so not a content word.
    assert table.loc["will", "count"] == 3 and bool(table.loc["will", "stopword"])
    assert "will" not in set(content_words(frequency_table(seed_doc))["term"])


def test_modals_are_stop_words_for_terms_only() -> None:
    from analysis.names import snowball_stopwords
    from analysis.terms import stopwords
    modals = {"can", "could", "may", "might", "must", "shall", "should", "will", "would"}
    assert modals <= stopwords() and not modals <= snowball_stopwords()
    assert stopwords() - snowball_stopwords() == {"can", "may", "might", "must", "shall", "will"}
    # Actor detection still reads "May" as a first name.
    assert [m.variant for m in actor_mentions(document_from_text(
        "Chief Executive May Lindqvist said sales rose.", validate=False)).itertuples()] == ["May Lindqvist"]


def test_term_folding() -> None:
    assert term_of("Ukraine") == "ukraine"
    assert term_of("US") == "US" and term_of("us") == "us"
    assert term_of("NATO") == "NATO" and term_of("U.S.") == "U.S."


def test_ngrams_and_phrases(seed_doc) -> None:
    bigrams = ngrams(seed_doc, 2).set_index("ngram")
    assert bigrams.loc["united states", "count"] == 3
    assert "of the" not in bigrams.index  # stop-word edges dropped
    assert ngrams(seed_doc, 2, stopword_edges=True).set_index("ngram").loc["of the", "count"] == 2  # crisis, moment
    phrases = repeated_phrases(seed_doc).set_index("phrase")
    assert phrases.loc["the united states", "count"] == 3
    assert "united states" not in phrases.index  # contained in a longer phrase with the same count
    assert (phrases["count"] >= 2).all()
    # "the US Secretary of State, Antony Blinken": no n-gram runs across the comma
    assert "state antony" not in bigrams.index and "secretary of state" in ngrams(seed_doc, 3)["ngram"].tolist()
    assert not any("," in p for p in phrases.index)


def test_proper_name_sequences(seed_doc) -> None:
    sequences = set(proper_name_sequences(seed_doc)["sequence"])
    assert {"Antony Blinken", "United States", "Emmanuel Macron", "Matthew Miller",
            "US Secretary of State", "U.S. State Department"} <= sequences
    assert not any(s.startswith(("He ", "The ", "In ")) for s in sequences)


def test_actor_mentions_and_naming(seed_doc) -> None:
    mentions = actor_mentions(seed_doc)
    for row in mentions.itertuples():
        assert seed_doc.text[row.start:row.end] == row.variant
    summary = actor_summary(mentions).set_index("entity")
    assert summary.loc["Kyiv", "mentions"] == 4
    assert summary.loc["Kyiv", "variants"] == {"Kiev": 2, "Kyiv": 2}
    assert summary.loc["United States", "variants"]["Washington"] == 3
    assert summary.loc["Antony Blinken", "variants"] == {"Blinken": 2, "Secretary of State": 1, "Antony Blinken": 1}
    choices = naming_choices(mentions)
    kyiv = choices[choices["entity"] == "Kyiv"]
    assert kyiv["spelling_mixed"].all()
    assert set(kyiv["kind"]) == {"Ukrainian-derived spelling", "Russian-derived spelling"}
    washington = choices[(choices["entity"] == "United States") & (choices["variant"] == "Washington")]
    assert washington["kind"].iloc[0] == "metonymy"


def test_actor_matching_generalises() -> None:
    doc = document_from_text(
        "Officials in Kharkov and Odesa said the Kremlin had not responded. President Zelenskyy met "
        "Joe Biden, and Washington pledged aid. The U.K. and the EU issued a joint statement on Tuesday.")
    variants = {(r.entity, r.variant) for r in actor_mentions(doc).itertuples()}
    assert {("Kharkiv", "Kharkov"), ("Odesa", "Odesa"), ("Russia", "Kremlin"), ("Volodymyr Zelensky", "Zelenskyy"),
            ("Joe Biden", "Joe Biden"), ("United States", "Washington"), ("United Kingdom", "U.K."),
            ("European Union", "EU")} <= variants


def test_a_capital_after_a_place_preposition_is_the_place() -> None:
    doc = document_from_text("Shares rose in London on Monday. London said the deal was fair. Talks at the "
                             "White House ended, and Moscow warned of a response.", validate=False)
    found = actor_mentions(doc, found_in_text=False)
    assert list(zip(found["variant"], found["sentence"])) == [("London", 1), ("Moscow", 2)]


def test_a_variant_inside_a_longer_name_is_someone_else() -> None:
    doc = document_from_text(
        "Jill Biden, his wife, spoke first. Joe Biden disagreed, and later Mr. Biden left. But Biden "
        "stayed silent. Secretary of State Marco Rubio met the Secretary of State for Health. French President "
        "Emmanuel Macron agreed. Trade with Latin America grew, Bank of America said. Paris Saint-Germain won, "
        "the Washington Post reported. Kyiv Mayor Vitali Klitschko spoke, and Zelensky of Ukraine thanked "
        "Washington on Tuesday.", validate=False)
    found = actor_mentions(doc, found_in_text=False)
    assert list(zip(found["variant"], found["sentence"])) == [
        ("Joe Biden", 1), ("Biden", 1), ("Biden", 2), ("Emmanuel Macron", 4), ("Kyiv", 7),
        ("Zelensky", 7), ("Ukraine", 7), ("Washington", 7)]


def test_a_surname_someone_else_bears_is_theirs() -> None:
    doc = document_from_text("Sarah Macron, a nurse, won the seat. Macron said she was delighted. Fires burned in "
                             "eastern Washington. Michael Bloomberg gave money.", validate=False)
    assert actor_mentions(doc, found_in_text=False).empty  # not Emmanuel Macron, the US government, the agency
    doc = document_from_text("President Emmanuel Macron met Sarah Macron. Macron spoke first.", validate=False)
    assert actor_mentions(doc, found_in_text=False)["variant"].tolist() == ["Emmanuel Macron", "Macron"]


def test_actors_the_table_does_not_list_are_found_in_the_text() -> None:
    doc = document_from_text(
        "By LAUREN MAY and TOM REESE Associated Press\n\n"
        "WASHINGTON (AP) — Sen. Patty Morales said on Tuesday that the bill would pass. Rep. Will Carden, "
        "R-Texas, disagreed. Carden said the Congressional Budget Office (CBO) had not scored it. The CBO "
        "declined to comment. Halvorsen Foods Inc said sales rose; Halvorsen shares fell. Ukrainian and "
        "Western officials met in Geneva. Talks resume in May. Dr Laura Bennett of the University of Leeds "
        "said Leeds would host them.", validate=False)
    found = actor_mentions(doc)
    text_found = found[~found["listed"]]
    summary = actor_summary(text_found).set_index("entity")
    assert summary.loc["Will Carden", "variants"] == {"Will Carden": 1, "Carden": 1}  # a surname, grouped
    assert summary.loc["Congressional Budget Office", "variants"] == {"Congressional Budget Office": 1, "CBO": 2}
    assert summary.loc["Halvorsen Foods Inc", "variants"] == {"Halvorsen Foods Inc": 1, "Halvorsen": 1}
    assert {"Patty Morales", "Laura Bennett", "Associated Press", "TOM REESE", "Geneva", "University of Leeds",
            "Leeds"} <= set(summary.index)  # titles dropped; Leeds is not the university
    assert not {"Ukrainian", "Western", "Talks", "May", "Sen", "R-Texas", "WASHINGTON"} & set(text_found["variant"])
    for row in found.itertuples():
        assert doc.text[row.start:row.end] == row.variant


def test_the_record_lists_the_fifty_most_mentioned_actors() -> None:
    letters = "bcdfghjklmnpqrstvwxz"
    names = [f"{a.upper()}{b}ara {c.upper()}{d}ovik" for a in letters[:8] for b in "aeiou" for c, d in ("kr", "tl")][:60]
    text = " ".join(f"Officials met {name} on Monday." for name in names) + " " + names[-1].split()[0] + " left."
    doc = document_from_text(text, validate=False)
    summary = actor_summary(actor_mentions(doc))
    assert len(summary) == 60  # the API lists every actor
    record = terms_record(doc)
    assert [a["entity"] for a in record["actors"]] == summary["entity"].tolist()[:50]


def test_words_in_capitals_fold_but_acronyms_keep_their_case() -> None:
    doc = document_from_text("FLOODING CLOSES MOTORWAY\n\nFlooding closed the M4 on Monday, NATO and the US said. "
                             "The flooding spread.", validate=False)
    counts = frequency_table(doc).set_index("term")["count"]
    assert counts["flooding"] == 3  # the headline's FLOODING counts with the body's
    assert {"NATO", "US"} <= set(counts.index) and "us" not in counts.index
    found = markers(doc)
    assert found["text"].tolist() == ["said"]


def test_hyphenated_words_are_not_floored() -> None:
    parts = [wordfreq.word_frequency(p, "en", wordlist="best") for p in ("pre", "tax")]
    combined = reference_frequency("pre-tax")  # wordfreq lists only the parts
    assert 0 < combined < min(parts)  # 1/f = 1/f1 + 1/f2: below either part, far above the floor
    assert combined == pytest.approx(1 / sum(1 / p for p in parts), rel=0.01)
    record = terms_record(document_from_text("The firm cut its pre-tax forecast again. Pre-tax profit fell.",
                                             validate=False))
    keys = {k["term"]: k for k in record["keyness"]}
    assert keys["pre-tax"]["in_reference"] and keys["pre-tax"]["log_ratio"] < 12


def test_keyness_ranks_rare_content_words_above_the(seed_doc) -> None:
    table = keyness(seed_doc).set_index("term")
    assert table.loc["deterrence", "log_ratio"] > table.loc["the", "log_ratio"]
    assert table.loc["the", "log_ratio"] < 1  # "the" is about as common here as in English
    assert table["log_ratio"].is_monotonic_decreasing
    assert "28" not in table.index and "US" not in table.index  # numbers and ambiguous acronyms left out
    # Log ratio by hand for "deterrence": 2 of 378 words against wordfreq's own figure (3 digits).
    expected = math.log2((2 / 378) / wordfreq.word_frequency("deterrence", "en", wordlist="best"))
    assert table.loc["deterrence", "log_ratio"] == pytest.approx(expected, rel=1e-3)


def test_underused_words_include_absent_common_words(seed_doc) -> None:
    table = underused_words(seed_doc).set_index("term")
    assert table.loc["i", "count"] == 0 and table.loc["i", "log_ratio"] < 0


def test_dispersion_measures() -> None:
    doc = document_from_text("Kyiv stands firm today.\nThe city is calm.\nKyiv remains open.\nKyiv waits.",
                             validate=False)
    table = dispersion(doc, [("kyiv", "term"), ("city", "term")]).set_index("query")
    # Paragraph sizes 4, 4, 3, 2 words (13); Kyiv occurs 1, 0, 1, 1 times.
    sizes = [4 / 13, 4 / 13, 3 / 13, 2 / 13]
    shares = [1 / 3, 0, 1 / 3, 1 / 3]
    assert table.loc["kyiv", "dp"] == pytest.approx(0.5 * sum(abs(v - s) for v, s in zip(shares, sizes)))
    assert table.loc["kyiv", "paragraphs"] == 3
    assert table.loc["city", "dp"] > table.loc["kyiv", "dp"]  # one occurrence: maximally concentrated


def test_kwic_lines_find_every_occurrence(seed_doc) -> None:
    for query in ("kyiv", "ukraine", "stressed"):
        lines = kwic(seed_doc, query, window=5)
        assert len(lines) == {"kyiv": 2, "ukraine": 6, "stressed": 2}[query]  # counted in the seed
        assert lines["start"].is_monotonic_increasing and lines["start"].is_unique
        for row in lines.itertuples():
            assert term_of(row.keyword) == query
            sentence = seed_doc.sentences[row.sentence]
            assert sentence.start <= row.start < row.end <= sentence.end
            assert len(row.left.split()) <= 6 and len(row.right.split()) <= 6
    # read from the seed: "...the capital will remain in Kyiv’s hands, underscoring the importance of..."
    first = kwic(seed_doc, "kyiv", window=2).iloc[0]
    assert (first["left"], first["keyword"], first["right"]) == ("remain in", "Kyiv", "'s hands, underscoring")


def test_collocations() -> None:
    doc = document_from_text(
        "Western support continued. Western support grew. Officials praised Western support again. "
        "Support from partners arrived.", validate=False)
    table = collocates(doc, "support", window=2).set_index("collocate")
    assert table.loc["western", "observed"] == 3
    assert table.loc["western", "log_dice"] == pytest.approx(14 + math.log2(2 * 3 / (4 + 3)))
    pairs = collocation_pairs(doc, window=2, min_count=2).set_index("pair")
    assert pairs.loc["support ~ western", "observed"] == 3
    # one sentence that repeats its words makes no pair recurrent: pairs count once per sentence
    repeated = document_from_text("Evolving threats and evolving regional dynamics matter. Ports stayed shut.",
                                  validate=False)
    assert collocation_pairs(repeated, window=5, min_count=1).set_index("pair").loc[
        "evolving ~ regional", "observed"] == 1
    assert collocation_pairs(repeated, window=5, min_count=2).empty


def test_lexical_diversity_by_hand() -> None:
    doc = document_from_text("a b a c a b d e", validate=False)
    measures = lexical_diversity(doc, window=4)
    assert measures["ttr"] == 5 / 8
    # Windows of 4: abac 3, baca 3, acab 3, cabd 4, abde 4 -> mean 17/20.
    assert measures["mattr"] == pytest.approx((3 + 3 + 3 + 4 + 4) / 20)
    one = lexical_diversity(document_from_text("same same same same", validate=False))
    assert one["ttr"] == 0.25 and one["mtld"] == 2.0  # a factor closes at every second "same", both ways


def test_mtld_matches_textbook_algorithm(seed_doc) -> None:
    def factors(tokens, threshold=0.72):
        count, seen, length = 0.0, set(), 0
        for token in tokens:
            length += 1
            seen.add(token)
            if len(seen) / length <= threshold:
                count, seen, length = count + 1, set(), 0
        return count + ((1 - len(seen) / length) / (1 - threshold) if length else 0)

    tokens = [term_of(w) for w in seed_doc.word_texts]
    expected = (len(tokens) / factors(tokens) + len(tokens) / factors(tokens[::-1])) / 2
    assert lexical_diversity(seed_doc)["mtld"] == pytest.approx(expected)


def test_record_matches_api(seed_doc) -> None:
    record = terms_record(seed_doc)
    table = frequency_table(seed_doc)
    assert [t["term"] for t in record["top"]] == table["term"].head(50).tolist()
    keys = keyness(seed_doc)
    keys = keys[~keys["stopword"]]
    assert [k["term"] for k in record["keyness"]] == keys["term"].head(30).tolist()
    summary = actor_summary(actor_mentions(seed_doc))
    assert [a["entity"] for a in record["actors"]] == summary["entity"].tolist()
    assert record["lexical_diversity"]["ttr"] == pytest.approx(226 / 378, abs=1e-4)


def test_cli_reports_terms() -> None:
    result = run_cli("--json", str(SEED))
    terms = json.loads(result.stdout)["terms"]
    assert {"top", "keyness", "actors", "lexical_diversity"} <= set(terms)
    assert terms["top"][0] == {"term": "the", "count": 20, "per_1000": 52.9101, "stopword": True}
    assert sum(1 for t in terms["top"] if t["stopword"]) > 0
    assert {"entity": "Kyiv", "mentions": 4, "variants": {"Kiev": 2, "Kyiv": 2}} in terms["actors"]
    assert json.loads(json.dumps(document_record(load_document(SEED))["terms"])) == terms


def test_bad_input_is_refused_before_terms(tmp_path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError):
        load_document(path)
    assert terms_record(document_from_text("", validate=False))["top"] == []


def test_numbers_with_a_unit_are_one_number() -> None:
    doc = document_from_text("Profit rose to $1.2bn in the 1990s and to 45m on the 28th.", validate=False)
    assert doc.word_texts == ("Profit", "rose", "to", "1.2bn", "in", "the", "1990s", "and", "to", "45m", "on",
                              "the", "28th")
    kinds = frequency_table(doc).set_index("term")["kind"]
    assert {kinds[t] for t in ("1.2bn", "1990s", "45m", "28th")} == {"number"}
    assert not {"1.2bn", "1990s", "45m", "28th"} & set(keyness(doc)["term"])  # numbers are not key words
    assert lemma_of("1990s") == "1990s" and lemma_of("28th") == "28th"  # numbers are their own lemma
    from analysis.readability import word_table
    table = word_table(doc).set_index("word")
    assert table.loc[["1.2bn", "1990s", "45m"], ["difficult", "complex"]].to_numpy().sum() == 0


def test_a_dateline_does_not_make_every_opening_the_a_name() -> None:
    doc = document_from_text("GENEVA — The agency said aid was late.\n\nThe State Department said talks would "
                             "resume. The talks failed.", validate=False)
    from analysis.names import proper_noun_mask
    proper = dict(zip(range(len(doc.word_texts)), proper_noun_mask(doc)))
    openings = [i for i, w in enumerate(doc.word_texts) if w == "The"]
    assert [bool(proper[i]) for i in openings] == [False, False, False]  # a capitalised stop word is no name
    assert "The State Department" not in set(proper_name_sequences(doc)["sequence"])


def test_name_particles_join_a_name() -> None:
    doc = document_from_text("Yesterday Maria de la Cruz met Anna von Trapp and the Secretary of State.", validate=False)
    assert list(proper_name_sequences(doc)["sequence"]) == ["Maria de la Cruz", "Anna von Trapp", "Secretary of State"]


def test_a_title_case_headline_names_only_its_names() -> None:
    doc = document_from_text(
        "Senate Passes Stopgap Spending Bill as CBO Warns of Wider Deficit\n\n"
        "By Daniela Ruiz | Global Wire Service\n\n"
        "The Senate passed a stopgap spending bill on Friday, and the Congressional Budget Office (CBO) said the "
        "deficit would widen. Senator Ana Lutz voted no.", validate=False)
    found = actor_mentions(doc)
    assert found["variant"].tolist()[:2] == ["Senate", "CBO"]  # not "Senate Passes Stopgap Spending Bill", "Wider Deficit"
    assert {"Daniela Ruiz", "Global Wire Service", "Ana Lutz"} <= set(found["entity"])  # a byline is no headline


ACTOR_SETS = ("H", "I", "J", "L", "N", "P", "R", "T", "V", "Z", "AA", "AC", "AE", "AG", "AI", "AK", "AM", "AO", "AQ")
"""The blind actor sets, in the order they arrived."""


def test_the_blind_actor_sets() -> None:
    items = actor_blind_items()
    assert {i["set"] for i in items} == set(ACTOR_SETS)
    assert all(len({i["article"] for i in items if i["set"] == s}) == 10 for s in ACTOR_SETS)
    seed = set(load_document(SEED).text.split("\n"))  # invented articles, none of the seed's lines
    assert not any("Blinken" in i["text"] or i["text"] in seed for i in items)
    for item in items:
        for mention in item["mentions"]:
            assert item["text"][mention["start"]:mention["end"]] == mention["text"]
    results = evaluate_actors()
    scores = actor_scores(results)
    for name in ACTOR_SETS:
        assert scores.loc[name, "gold"] == sum(len(i["mentions"]) for i in items if i["set"] == name)
    assert scores.loc["all", "correct"] == (results["outcome"] == "tp").sum()
    first = actor_blind_first_scores()
    assert first["set"].tolist() == list(ACTOR_SETS)
    for row in first.itertuples():  # no worse than when each set first met the rules
        assert scores.loc[row.set, "f1"] >= row.mention_f1 - 0.005
        assert scores.loc[row.set, "grouping_f1"] >= row.grouping_f1 - 0.02


def test_actor_scores_are_bcubed_over_found_mentions() -> None:
    item = {"set": "T", "article": 1, "text": "Ann Lee met Bob Hale. Lee said Hale was right. Later that day Zed left.",
            "mentions": [{"text": "Ann Lee", "entity": "Ann Lee", "start": 0, "end": 7},
                         {"text": "Bob Hale", "entity": "Bob Hale", "start": 12, "end": 20},
                         {"text": "Lee", "entity": "Ann Lee", "start": 22, "end": 25},
                         {"text": "Hale", "entity": "Bob Hale", "start": 31, "end": 35}]}
    results = evaluate_actors([item])
    assert results["outcome"].tolist() == ["tp", "tp", "tp", "tp", "fp"]  # Zed: not in the gold
    scores = actor_scores(results).loc["T"]
    assert (scores["precision"], scores["recall"], scores["grouping_f1"]) == (0.8, 1.0, 1.0)
    results.loc[results["text"] == "Lee", "predicted_entity"] = "Bob Hale"  # one surname put with the wrong name
    scores = actor_scores(results).loc["T"]
    # B-cubed: Ann Lee 1/1, Lee 1/3, Bob Hale and Hale 2/3 precision; recall 1/2, 1/2, 1, 1
    assert scores["grouping_precision"] == pytest.approx((1 + 1 / 3 + 2 / 3 + 2 / 3) / 4)
    assert scores["grouping_recall"] == pytest.approx((0.5 + 0.5 + 1 + 1) / 4)


def _actor_variants(text: str) -> list[str]:
    """The variant of every actor mention in ``text`` (taken as a document, unchecked), in text order."""
    return actor_mentions(document_from_text(text, validate=False))["variant"].tolist()


def _actor_spans(text: str) -> list[str]:
    """The text of every actor mention in ``text`` (taken as a checked document), from its start and end offsets."""
    found = actor_mentions(document_from_text(text))
    return [text[start:end] for start, end in found[["start", "end"]].itertuples(index=False)]


def test_holidays_demonyms_common_acronyms_and_post_nominals_are_no_actors() -> None:
    found = _actor_variants(
        "The plant will open by Diwali, and Kenyans and Somalis queued for a DNA test at a GP surgery. "
        "The barrister Hugo Marsh KC said ships in the Gulf of Aden and the House of Representatives were "
        "safe, and Marsh left.")
    assert found == ["Hugo Marsh", "Gulf of Aden", "House of Representatives", "Marsh"]


def test_names_with_and_particles_the_and_a_country_inside() -> None:
    doc = document_from_text(
        "Regulators at the Food and Drug Administration and Bank of England and Federal Reserve staff met. "
        "Pieter de Vries, the chief executive, spoke to The Guardian about the U.S. Senate and Cancer "
        "Research UK. Later, de Vries thanked U.S. District Judge Helen Ostrowski.", validate=False)
    found = actor_mentions(doc)
    assert found["variant"].tolist() == [
        "Food and Drug Administration", "Bank of England", "Federal Reserve", "Pieter de Vries",
        "The Guardian", "U.S. Senate", "Cancer Research UK", "de Vries", "Helen Ostrowski"]  # U.S.: the office's
    assert actor_summary(found).set_index("entity").loc["Pieter de Vries", "mentions"] == 2


def test_wire_credit_labels_are_no_actors() -> None:
    found = set(_actor_variants(
        "By Jordan Ellis, Economics Correspondent | Updated 3:45 p.m. ET\n\n"
        "Shares fell in Lisbon on Monday after the bank said profits were lower than expected.\n\n"
        "(Reporting by Ana Silva in Lisbon; Additional reporting by Tom Hay; Editing by Mark Potter)"))
    assert {"Jordan Ellis", "Lisbon", "Ana Silva", "Tom Hay", "Mark Potter"} <= found
    assert not {"Updated", "Additional", "Editing"} & found


def test_a_headline_word_common_in_english_is_no_name_but_a_photo_credit_is_no_headline() -> None:
    found = _actor_variants(
        "Nova Scotia Novelist Wins Lakeshore Prize in Dublin Thriller\n\n"
        "The novel by a Nova Scotia writer won the Lakeshore Prize, judges said in Dublin on Monday.\n\n"
        "PHOTO: The winner speaks in Halifax on Monday. (Meridian Newswire/Lars Engström)")
    assert found[:3] == ["Nova Scotia", "Lakeshore Prize", "Dublin"]  # not "Novelist", "Thriller"
    assert "Lars Engström" in found


def test_a_dateline_in_capitals_is_no_actor_but_an_acronym_opening_a_paragraph_is() -> None:
    found = _actor_variants(
        "CAPE TOWN, South Africa, May 2 — The council met.\n\nROME (Reuters) — Talks ended.\n\n"
        "OECD, which met in Paris, said growth would slow.")
    assert "TOWN" not in found and "ROME" not in found and "CAPE TOWN" not in found
    assert {"South Africa", "OECD", "Paris"} <= set(found)


def test_a_party_adjective_after_the_leaves_the_name_but_a_company_keeps_it() -> None:
    assert _actor_variants("The bill, which the Ohio Republican opposed, passed. Harbourline Pacific said it "
                           "would not comment.") == ["Ohio", "Harbourline Pacific"]


def test_names_with_of_the_on_adjective_titles_and_two_bearers_of_a_surname() -> None:
    found = _actor_variants(
        "The Department of the Treasury and the United Nations Framework Convention on Climate Change met at "
        "Kettering General Hospital before the Premier League final. The Board on Monday heard Dr Anna Park. "
        "Gov. Dana Whitmore and Attorney General Elena Whitmore disagreed. Whitmore said no.")
    assert found[:5] == ["Department of the Treasury", "United Nations Framework Convention on Climate Change",
                         "Kettering General Hospital", "Premier League", "Anna Park"]  # not "Board on Monday"
    assert found[-1] == "Whitmore"  # a surname two people bear is still a name, grouped with neither


def test_holidays_of_several_words_are_no_actors() -> None:
    assert _actor_variants("Fireworks lit up Sydney on New Year's Eve, and shops in Leeds reopened after "
                           "Boxing Day, the Democrat said.") == ["Sydney", "Leeds"]


def test_a_royal_or_saints_possessive_inside_an_institutions_name() -> None:
    assert _actor_variants("She studied at King's College London and worked at St James' Park before "
                           "Ukraine's Foreign Ministry hired her. King Charles spoke.") == [
        "King's College London", "St James' Park", "Ukraine", "Foreign Ministry", "Charles"]


def test_and_inside_organisation_names_but_not_between_people() -> None:
    found = _actor_variants(
        "The Department of Health and Human Services and the Centre for Disease Control and Prevention met "
        "the Ministry of Defence and Foreign Office staff. A story by Daniel Okafor-Reyes and Hye-jin Park "
        "cited the Health Insurance Portability and Accountability Act.")
    assert found == ["Department of Health and Human Services", "Centre for Disease Control and Prevention",
                     "Ministry of Defence", "Foreign Office", "Daniel Okafor-Reyes", "Hye-jin Park",
                     "Health Insurance Portability and Accountability Act"]


def test_arabic_articles_welsh_and_filipino_particles_compound_modifiers_and_executive_titles() -> None:
    found = _actor_variants(
        "Defending him, Hamza al-Rashid KC said the Winnipeg-based Prairie Grain had a Google-owned unit. "
        "By Gareth ap Rhys and Maria Socorro dela Cruz-Villanueva. CEO Brandon Achterberg apologized, "
        "and Independent TD Niamh Breen voted no. Later al-Rashid spoke.")
    assert found == ["Hamza al-Rashid", "Winnipeg", "Prairie Grain", "Google", "Gareth ap Rhys",
                     "Maria Socorro dela Cruz-Villanueva", "Brandon Achterberg", "Niamh Breen",
                     "al-Rashid"]  # not "Winnipeg-based Prairie Grain"
    assert _actor_variants("The state-run al-Ahram and a Kremlin-backed party met in Cairo.") == [
        "al-Ahram", "Kremlin", "Cairo"]


def test_a_name_in_a_compound_modifier_is_a_mention_up_to_the_hyphen() -> None:
    text = ("A Kremlin-backed outlet, a San Francisco-based fund and Tamil-speaking, Russian-backed and "
            "State-run groups met in the UK-wide review.")
    mentions = actor_mentions(document_from_text(text))
    assert [text[start:end] for start, end in mentions[["start", "end"]].itertuples(index=False)] == [
        "Kremlin", "San Francisco", "UK"]
    assert mentions["entity"].tolist()[0] == "Russia"  # the alias table's actor for the Kremlin


def test_currency_letters_time_zones_and_common_acronyms_are_no_actors() -> None:
    found = _actor_variants(
        "Northshore Rail Inc will buy Prairie Grain & Logistics Ltd for C$4.2 billion, it said at 9am AEST. "
        "IT staff, 40 TDs and the VAR review were cited by Ann Lee.")
    assert found == ["Northshore Rail Inc", "Prairie Grain & Logistics Ltd", "Ann Lee"]


def test_nicknames_initials_laws_with_years_countries_with_and_and_two_word_titles() -> None:
    found = _actor_variants(
        'Captain Odane "Duppy" McKenzie and N. Ramsaran beat the Trinidad and Tobago Red Force. An offence '
        "under the Proceeds of Crime Act 2002 was cited. Tan Sri S. Thanabalan Pillai and Selangor Menteri "
        "Besar Datuk Seri Mohd Faizal bin Abdul Rahman met. It was above 50 C. Hyderabad sweltered.")
    assert found == ['Odane "Duppy" McKenzie', "N. Ramsaran", "Trinidad and Tobago Red Force",
                     "Proceeds of Crime Act 2002", "S. Thanabalan Pillai", "Selangor", "Mohd Faizal bin Abdul Rahman",
                     "Hyderabad"]  # "Selangor Menteri Besar": the state is named before the title


def test_portfolios_job_titles_place_openers_and_team_plurals() -> None:
    found = _actor_variants(
        "Minister for Health Tan Wei Ling spoke. Minister of State for Lands Judith Akello Odongo agreed. "
        "The Minister for Foreign Affairs Ann Lee left. Co-founder Tanvir Hossain and Canon Ruth Nabukeera met "
        "RHP Colby Braswell. The Department for Health said so.")
    assert found == ["Tan Wei Ling", "Judith Akello Odongo", "Ann Lee", "Tanvir Hossain", "Ruth Nabukeera",
                     "Colby Braswell", "Department for Health"]  # the portfolio belongs to the title
    found = _actor_variants(
        "New York Mets' Reggie Sutton celebrates. The Mets have won four of five, and Ann Lee said the Reds "
        "were tired. The Mothers' Union met. New figures show a fall.")
    assert found == ["New York Mets", "Reggie Sutton", "Mets", "Ann Lee", "Reds", "Mothers' Union"]


def test_an_organisation_or_acronym_before_a_title_is_named() -> None:
    found = _actor_variants(
        "European Commission President Ursula von der Leyen met IAEA Director General Rafael Grossi. French "
        "President Emmanuel Macron, Foreign Minister Hakan Fidan and Science Editor Ann Lee listened.")
    assert found == ["European Commission", "Ursula von der Leyen", "IAEA", "Rafael Grossi", "Emmanuel Macron",
                     "Hakan Fidan", "Ann Lee"]  # a nationality, a portfolio or a job's words go with the title


def test_german_particles_laws_of_a_year_and_the_hague() -> None:
    found = _actor_variants(
        "Tariffs under the Trade Act of 1974 apply. The Hague has insisted, and Friedrich von Hohenstein zu "
        "Schwarzenfels agreed.")
    assert found == ["Trade Act of 1974", "The Hague", "Friedrich von Hohenstein zu Schwarzenfels"]


def test_a_name_ending_in_an_abbreviation_keeps_its_period_unless_it_ends_the_sentence() -> None:
    text = ("Naver Corp. and Reggie Sutton Jr.'s team met Harold Ames Jr., who works for Holloway Stern & Co. "
            "The deal was done.")
    assert _actor_spans(text) == ["Naver Corp.", "Reggie Sutton Jr.", "Harold Ames Jr.", "Holloway Stern & Co"]


def test_shortened_weekdays_month_ranges_and_province_abbreviations() -> None:
    """A web page's date stamp and a range of months name nobody; a Canadian province written as
    The Canadian Press abbreviates it keeps its period, and Sheffield Wednesday's short form stays a name."""
    text = ("Posted Tue 12 Aug 2025 at 5:02pm\n\nLA RONGE, Sask. — Profits rose in the July-September quarter at "
            "a firm in Regina, Sask., and fans of Sheff Wed cheered.")
    assert _actor_spans(text) == ["Sask.", "Regina", "Sask.", "Sheff Wed"]


def test_a_body_named_after_a_listed_name_keeps_it_inside() -> None:
    """*of the* + a listed name continues a body's name (the EU's court and council), but not an office's
    (the President and the United States are two mentions) or a plain noun's; Endowment heads a name."""
    assert _actor_variants("The Court of Justice of the European Union ruled, and the Council of the European Union "
                           "met. The President of the United States and members of the European Union spoke to the "
                           "National Endowment for the Arts.") == [
        "Court of Justice of the European Union", "Council of the European Union", "United States", "European Union",
        "National Endowment for the Arts"]


def test_a_country_is_named_where_its_name_is_also_a_word() -> None:
    found = _actor_variants("Turkey and Egypt Sign Gas Deal\n\nTurkey signed it. The turkey was roasted in China.")
    assert found == ["Turkey", "Egypt", "Turkey", "China"]


def test_sets_that_arrived_together_are_reported_together() -> None:
    first = pd.DataFrame({"set": ["P", "R", "T"], "mention_f1": [0.879, 0.856, 0.874],
                          "rules": ["after H to N (commit 0ec6340)", "after H to P (commit bb1cab8)",
                                    "after H to P (commit bb1cab8; arrived with R)"]})
    latest = last_arrival(first)
    assert latest["set"].tolist() == ["R", "T"]
    assert figures_by_set(latest, "mention_f1") == "0.86 (R) and 0.87 (T)"
    assert figures_by_set(first.iloc[:1], "mention_f1", percent=True) == "88%"
    assert bold_figures("0.86 (R) and 87% (T)") == "**0.86** (R) and **87%** (T)"
    assert actor_blind_summary()["latest_set"] == " and ".join(last_arrival(actor_blind_first_scores())["set"])


def test_a_common_noun_s_possessive_inside_an_organisation_s_name() -> None:
    found = _actor_variants(
        "The National People's Congress, the Irish Property Owners' Association and the Mothers' Union met "
        "at Pontypridd Coroner's Court. Ukraine's Foreign Ministry and the Labor Department's Bureau of Labor "
        "Statistics did not.")
    assert found == ["National People's Congress", "Irish Property Owners' Association", "Mothers' Union",
                     "Pontypridd Coroner's Court", "Ukraine", "Foreign Ministry", "Labor Department",
                     "Bureau of Labor Statistics"]


def test_portuguese_french_spanish_and_swahili_particles_join_a_name() -> None:
    found = _actor_variants(
        "The riverboat leaves Cruzeiro do Sul for Vila Nova do Juruá, said Maria do Socorro Kaxinawá. Fans "
        "filled the Stade des Martyrs as coach Florent Ngandu wa Ngandu read José Ortega y Gasset.")
    assert found == ["Cruzeiro do Sul", "Vila Nova do Juruá", "Maria do Socorro Kaxinawá", "Stade des Martyrs",
                     "Florent Ngandu wa Ngandu", "José Ortega y Gasset"]


def test_honorifics_ranks_and_positions_are_titles_but_a_malay_road_keeps_its_title() -> None:
    found = _actor_variants(
        "Vice-President Kwabena Osei-Bonsu, Alhaji Yakubu Danjuma, Commodore Rogelio Magbanua and Councilman "
        "Terrence O'Brien-Matos met. Full-back Barry O'Dwyer-Nash and Senate President Pro Tempore Harold "
        "Baumgartner III walked down Jalan Tun Razak.")
    assert found == ["Kwabena Osei-Bonsu", "Yakubu Danjuma", "Rogelio Magbanua", "Terrence O'Brien-Matos",
                     "Barry O'Dwyer-Nash", "Harold Baumgartner III", "Jalan Tun Razak"]  # "Senate" is still missed


def test_a_name_keeps_its_number_and_sections_and_amounts_are_no_names() -> None:
    found = _actor_variants(
        "The FTSE 100 and the S&P 500 rose as trucks left Interstate 280. Senate Bill 1187 passed, but the "
        "Housing Bill 2025 did not. Under Section 16 of the code, RM48 million and Sh8 billion were paid.")
    assert found == ["FTSE 100", "S&P 500", "Interstate 280", "Senate Bill 1187", "Housing Bill 2025"]


def test_initial_a_long_acronyms_a_name_before_said_photo_credits_and_plc() -> None:
    found = _actor_variants(
        "By Rosalind A. Kowalski-Brandt, Associated Press\n\nChowdhury told reporters the weather bureau, PAGASA, "
        "expected rain at the BIMSTEC summit. Halvorsen Maritime plc rose. (AP Photo/Carlos Ybarra)\n\n"
        "BREAKING NEWS: FUEL PRICE ROW DEEPENS\n\nTalks said nothing.")
    assert found == ["Rosalind A. Kowalski-Brandt", "Associated Press", "Chowdhury", "PAGASA", "BIMSTEC",
                     "Halvorsen Maritime plc", "AP", "Carlos Ybarra"]


def test_a_name_goes_on_across_of_after_a_familiar_noun() -> None:
    found = _actor_variants(
        "Both Friends of the Earth and the Ulster Young Player of the Year praised the Heart of Wales Line. "
        "The Al-Nasr Sporting Club of Cairo and Zelensky of Ukraine did not.\n\n"
        "ROME (Reuters) - Shares of Corvantis Inc. fell.")
    assert found == ["Friends of the Earth", "Ulster Young Player of the Year", "Heart of Wales Line",
                     "Al-Nasr Sporting Club", "Cairo", "Zelensky", "Ukraine", "Reuters", "Corvantis Inc"]
    # the agency in a dateline is an actor, as every blind annotator marked it; ROME stays out as a dateline's place


def test_a_body_s_field_a_day_after_for_and_a_publication_after_a_byline_bar() -> None:
    found = _actor_variants(
        "By Theodore Vanterpool | The Keystone Ledger\n\nA Department of Justice spokesperson said Constable "
        "Ann Lee arrives at James House for Thursday's meeting.")
    assert found == ["Theodore Vanterpool", "The Keystone Ledger", "Department of Justice", "Ann Lee",
                     "James House"]


def test_awards_of_the_year_a_body_opening_a_sentence_rounds_and_dollar_letters() -> None:
    found = _actor_variants(
        "Country Fire Authority chief Robert Vance praised the All Blacks. Several Labour Party members left. "
        "Her record won Album of the Year after the Mercury Prize-nominated tour. The startup Parcelo raised US$48m in a "
        "Series B round.")
    assert found == ["Country Fire Authority", "Robert Vance", "All Blacks", "Labour Party", "Album of the Year",
                     "Mercury Prize", "Parcelo"]


def test_tickers_quoted_titles_elided_de_capitals_in_bylines_and_labels() -> None:
    found = _actor_variants(
        "By DANIEL OKAFOR and LISA MARCHETTI, Associated Press\n\nBy Tom Estrada, Globe Staff\n\n"
        "Nvidia Corp (NVDA.O) rose. 'The Salt Orchard' won the Palme d'Or and Miguel d'Almeida starred in "
        "\"Punhos.\" \"Brilliant,\" he said of its North American release at 09:14 PM IST.\n\nUP NEXT\n\n"
        "Published June 3, 2025")
    assert found == ["DANIEL OKAFOR", "LISA MARCHETTI", "Associated Press", "Tom Estrada", "Globe", "Nvidia Corp",
                     "NVDA.O", "The Salt Orchard", "Palme d'Or", "Miguel d'Almeida", "Punhos"]
    mentions = actor_mentions(document_from_text("Nvidia Corp (NVDA.O) rose. Shares of Nvidia fell."))
    assert mentions.loc[mentions["variant"] == "NVDA.O", "entity"].tolist() == ["Nvidia Corp"]


def test_court_cases_bodies_named_with_fields_chambers_offices_and_laws_cited_with_a_comma() -> None:
    found = _actor_variants(
        "The case is Digital Subscription Alliance et al. v. Federal Trade Commission. Wales v Scotland ended 2-2. "
        "The UN's Office for the Coordination of Humanitarian Affairs and the Securities and Exchange Board of India "
        "met the House Energy and Commerce Committee in the District of Columbia. The bill now goes to the House. "
        "Egypt's General Intelligence Service and the Justice Department, said the Prime Minister's Office. "
        "U.S. District Judge Rosa Diaz cited the Companies Act, 2013. The Philadelphia 76ers won.")
    assert found == ["Digital Subscription Alliance et al. v. Federal Trade Commission", "Wales", "Scotland", "UN",
                     "Office for the Coordination of Humanitarian Affairs", "Securities and Exchange Board of India",
                     "House Energy and Commerce Committee", "District of Columbia", "House", "Egypt",
                     "General Intelligence Service", "Justice Department", "Prime Minister's Office", "Rosa Diaz",
                     "Companies Act, 2013", "Philadelphia 76ers"]  # U.S. of "U.S. District Judge": the office's


def test_royal_styles_peerage_titles_channels_fields_of_bills_and_constituencies() -> None:
    found = _actor_variants(
        "District Attorney Ray Castellanos said the Montgomery County Sheriff's Office filed it. Sir Rupert Hale "
        "and his wife, Lady Hale, met the Prince of Wales and the Duchess of Edinburgh. He told BBC Radio 4 and "
        "Channel 4 that the Centers for Disease Control and Prevention agreed. The Planning and Infrastructure Bill "
        "passed. Gareth Moynihan, the Labour MP for Hazel Grove, spoke. China's People's Liberation Army launched "
        "drills, and Prairie Grain's Thunder Bay terminal closed.")
    assert found == ["Ray Castellanos", "Montgomery County Sheriff's Office", "Rupert Hale", "Hale", "Prince of Wales",
                     "Duchess of Edinburgh", "BBC Radio 4", "Channel 4", "Centers for Disease Control and Prevention",
                     "Planning and Infrastructure Bill", "Gareth Moynihan", "Hazel Grove", "China",
                     "People's Liberation Army", "Prairie Grain", "Thunder Bay"]


def test_a_line_up_is_no_headline_and_languages_are_no_actors() -> None:
    found = _actor_variants(
        "Aston Villa beat Newcastle United on Saturday.\n\n"
        "Aston Villa: Horák; Ndiaye, Marchetti, Carvalho, Whitfield; Ashworth, Kamara (Rensburg 78), Bailey.\n\n"
        "Keyboards in Swahili, English, Kikuyu, Dholuo and Somali.")
    assert found == ["Aston Villa", "Newcastle United", "Aston Villa", "Ndiaye", "Marchetti", "Carvalho", "Whitfield",
                     "Ashworth", "Kamara", "Bailey"]  # Horák, after the colon, and Rensburg, in brackets, are missed


def test_a_familiar_word_named_twice_inside_sentences_and_names_that_begin_with_an_acronym() -> None:
    found = _actor_variants(
        "EU hits Apple and Meta with fines\n\nThe European Commission said Apple and Meta broke the rules. "
        "The UN General Assembly and the UN Framework Convention on Climate Change met. The Kansas City Fed agreed. "
        "The Government, named after the, is no name.")
    assert found == ["EU", "Apple", "Meta", "European Commission", "Apple", "Meta", "UN General Assembly",
                     "UN Framework Convention on Climate Change", "Kansas City Fed"]
    # Apple counts only while the text never writes "apple": capitalised twice inside sentences, not after "the"


def test_state_bills_a_paper_after_a_byline_comma_and_a_place_before_a_title() -> None:
    found = _actor_variants(
        "By Marc-André Thibodeau, The Canadian Press\n\nThe bill passed. SB 1402 would require backup power, and "
        "HB 3319 too, said Albay Governor Noel Rosal.")
    assert found == ["Marc-André Thibodeau", "The Canadian Press", "SB 1402", "HB 3319", "Albay", "Noel Rosal"]


def test_titles_to_be_positions_mixed_case_abbreviations_and_german_and_maori_particles() -> None:
    found = _actor_variants(
        "The agency spoke on Monday.\n\n"
        "The Federal Office for the Protection of the Constitution (BfV) warned the party. The BfV declined to "
        "say more. President-elect Mara Quist met Senior Counsel Joel Kimani, and Tighthead Liam Fenwick scored. "
        "Editors at Welt am Sonntag praised Te Rūnanga o Ngāi Tahu. Shoppers in the CBD bought LCD screens.")
    assert found == ["Federal Office for the Protection of the Constitution", "BfV", "BfV", "Mara Quist",
                     "Joel Kimani", "Liam Fenwick", "Welt am Sonntag", "Te Rūnanga o Ngāi Tahu"]
    doc = document_from_text("The Department for Education (DfE) said so. The DfE agreed.", validate=False)
    assert set(actor_mentions(doc).query("variant == 'DfE'")["entity"]) == {"Department for Education"}


def test_portfolio_lists_word_short_forms_and_plural_possessors() -> None:
    found = _actor_variants(
        "The ministry spoke on Monday.\n\n"
        "The Department for Environment, Food and Rural Affairs (Defra) replied, and Defra later agreed. "
        "The Department for Culture, Media and Sport said so. The Ministry of Defence, Google and Amazon met. "
        "The Scottish Fishermen's Federation and the National Federation of Fishermen's Organisations objected.")
    assert found == ["Department for Environment, Food and Rural Affairs", "Defra", "Defra",
                     "Department for Culture, Media and Sport", "Ministry of Defence", "Google", "Amazon",
                     "Scottish Fishermen's Federation", "National Federation of Fishermen's Organisations"]
    doc = document_from_text("The Office of Communications (Ofcom) ruled. Nvidia Corp (Reuters) said so.",
                             validate=False)
    table = actor_mentions(doc)
    assert set(table.query("variant == 'Ofcom'")["entity"]) == {"Office of Communications"}
    assert set(table.query("variant == 'Reuters'")["kind"]) == {"name"}  # another letter: not a short form
    # A preposition opening a sentence is no first word of the name after it.
    assert _actor_variants("Talks began.\n\nUnlike Jeddah, Doha hosts both. Amid Sudan's war, Nadia Kwan spoke.") \
        == ["Jeddah", "Doha", "Sudan", "Nadia Kwan"]


def test_common_word_share_and_its_reference() -> None:
    from analysis.terms import common_words, english_coverage, vocabulary_overview

    overview = vocabulary_overview(frequency_table(document_from_text("The the the Zelenskyy.", validate=False)))
    assert overview["common_share"] == 0.75 and overview["stop_share"] == 0.75
    # The acronym US is the country, not the pronoun us.
    overview = vocabulary_overview(frequency_table(document_from_text("US officials told us so.", validate=False)))
    assert "us" in common_words() and overview["common_share"] == pytest.approx(3 / 5)  # officials is not common
    coverage = english_coverage()
    assert 0.6 < coverage["common"] < 0.8 and 0.4 < coverage["stopwords"] < 0.5  # wordfreq 3.1.1: 0.688, 0.460


def test_a_portfolio_after_a_title_is_the_titles_and_numbered_resolutions_are_names() -> None:
    found = _actor_variants(
        "Ministers met.\n\nThe Minister for Finance, Declan Fahy, replied. He met the Minister for Finance on Monday. "
        "U.N. Secretary-General António Guterres and the Tánaiste spoke. The Ministry of Information, "
        "Communications and the Digital Economy agreed. It renews Resolution 2653 and funds Budget 2025.")
    assert found == ["Declan Fahy", "U.N.", "António Guterres",
                     "Ministry of Information, Communications and the Digital Economy", "Resolution 2653",
                     "Budget 2025"]


def test_listed_names_inside_longer_names_surnames_alone_and_byline_desks() -> None:
    # A regional bloc's name runs on across "of" (Community heads organisation names); a listed country
    # ends a longer name after a word that opens another listed name ("North" of "North Atlantic
    # Treaty Organization") or across "for" after two capitalised words, but not after one.
    found = _actor_variants(
        "Talks stalled.\n\nMali quit the Economic Community of West African States in January. The North "
        "America business grew. Groups such as Planned Parenthood and Concerned Women for America rallied. Support for "
        "Ukraine held, and Russia Ukraine talks went on.")
    assert found == ["Mali", "Economic Community of West African States", "North America", "Planned Parenthood",
                     "Concerned Women for America", "Ukraine", "Russia", "Ukraine"]
    # A month opens no name across "for"; a familiar word alone inside a sentence is the surname of a
    # person named in full in the text; a desk's word before a lower-case job leaves the byline's name.
    found = _actor_variants(
        "Chiamaka Obi Arts correspondent\n\nIt was a first home win since August for Alavés, said Mereana "
        "Walker. \"We were already there,\" Walker said. The walker stopped.")
    assert found == ["Chiamaka Obi", "Alavés", "Mereana Walker", "Walker"]
    doc = document_from_text("Mereana Walker spoke. \"We were there,\" Walker said.", validate=False)
    assert set(actor_mentions(doc)["entity"]) == {"Mereana Walker"}
    # Rulers' titles stand before names; a currency's letters before an amount name nobody; a single
    # unfamiliar word after "in" is a place even in a byline's title case.
    assert _actor_variants("Gifts returned.\n\nThe Oba of Benin and Emir Tamim spoke. It pays Rs 2,000 a month.") \
        == ["Benin", "Tamim"]
    assert _actor_variants("Daniel Ashcroft in Vitoria-Gasteiz\n\nThe home side won.") \
        == ["Daniel Ashcroft", "Vitoria-Gasteiz"]


def test_the_platform_x_and_a_datelines_agency_are_actors() -> None:
    # The letter X names the platform after "on" or "platform", in a list of platforms, or before
    # "formerly" (Generation X stays one name); a word alone in brackets in a dateline is the agency, not
    # one elsewhere.
    found = _actor_variants(
        "Rates held\n\nBy Daniel Okafor\n\nWASHINGTON, Sept 18 (Reuters) - The Federal Reserve held rates. "
        "She wrote on X that it was overdue.\n\nFollow us on Facebook and X for updates.\n\n"
        "Generation X voters agreed, a poll (Ipsos) found.")
    assert found == ["Daniel Okafor", "Reuters", "Federal Reserve", "X", "Facebook", "X", "Generation X"]


def test_a_port_heads_its_name_and_two_firms_stay_apart() -> None:
    # Port heads a name across "of"; a firm's suffix after "and" ends a second firm, not one body.
    found = _actor_variants(
        "Advisers named\n\nThere were clashes at the Port of Durban in 2022. Goldman Sachs and Centerview "
        "Partners advised the buyer, and the Food and Drug Administration approved.")
    assert found == ["Port of Durban", "Goldman Sachs", "Centerview Partners", "Food and Drug Administration"]
