"""Figures: what a reader must be able to read off them (labels, legends, scales), on the seed."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from analysis.figures import (actor_mentions_figure, dispersion_figure, profile_figure,  # noqa: E402
                              stance_heatmap_figure, stance_rates_figure)
from analysis.names import actor_mentions, actor_summary, naming_choices  # noqa: E402
from analysis.stance import markers, reference_rates, sentence_profile, summary  # noqa: E402
from analysis.synthesis import indicator_profile  # noqa: E402
from analysis.terms import barcode_data, dispersion_queries, keyness  # noqa: E402


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_every_naming_variant_is_named_in_or_after_its_bar(seed_doc) -> None:
    choices = naming_choices(actor_mentions(seed_doc))
    texts = " | ".join(_texts(actor_mentions_figure(choices)))
    shown = choices[choices["entity"].isin(choices.groupby("entity")["mentions"].sum().nlargest(12).index)]
    assert all(variant in texts for variant in shown["variant"])  # none left unlabelled


def test_dispersion_keeps_the_first_and_last_word_inside_and_tells_actors_from_words(seed_doc) -> None:
    mentions = actor_mentions(seed_doc)
    key = keyness(seed_doc)
    queries = dispersion_queries(actor_summary(mentions), mentions, key[~key["stopword"]])
    positions, starts, n_words = barcode_data(seed_doc, queries)
    assert set(positions["by"]) == {"entity", "term"}
    ax = dispersion_figure(positions, starts, n_words).axes[0]
    low, high = ax.get_xlim()
    assert low < 0 and high > n_words - 1  # a tick at word 0 or at the last word is not cut in half
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["actor", "word"]


def test_heat_map_scale_has_whole_counts_only(seed_doc) -> None:
    fig = stance_heatmap_figure(sentence_profile(seed_doc, markers(seed_doc)))
    colourbar = fig.axes[-1]
    ticks = colourbar.get_yticks()
    assert list(ticks) == list(range(len(ticks))) and len(ticks) >= 2


def test_rates_legend_shows_the_bar_colours_and_profile_shows_shares_as_percentages(seed_doc) -> None:
    found = markers(seed_doc)
    fig = stance_rates_figure(summary(seed_doc, found)["by_category"], reference_rates(), "research articles")
    legend = fig.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()][0] == "this text (category colours)"
    labels = _texts(profile_figure(indicator_profile(seed_doc)))
    assert "54% vs 69%" in labels and "40% vs 46%" in labels
    assert not [label for label in labels if label.startswith("0.")]  # no share written as a fraction


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
