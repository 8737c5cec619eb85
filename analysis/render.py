"""HTML and Markdown renderings for the book (strings; no display side effects)."""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from typing import TYPE_CHECKING

from .document import Document
from .style import STANCE_COLOURS, STANCE_UNDERLINES

if TYPE_CHECKING:
    import pandas as pd
    from pandas.io.formats.style import Styler

    from .readability import ReadabilityCounts
    from .segment import BoundaryStatistics

    from collections.abc import Sequence

__all__ = [
    "book_table",
    "counts_table_markdown",
    "diversity_table",
    "naming_findings_markdown",
    "numbered_text_html",
    "grade_band_phrase",
    "hedge_booster_phrase",
    "kept_inside_phrase",
    "non_ascii_markdown",
    "key_terms_markdown",
    "missing_from_reference_phrase",
    "profile_display",
    "sentence_count_effect",
    "top_actor_markdown",
    "top_key_words",
    "kwic_styler",
    "provenance_markdown",
    "reporting_profile_markdown",
    "stance_text_html",
    "synthesis_markdown",
]


def _cell_text(value: object, separator: str = ", ") -> object:
    """A dict as 'key count, key count'; a list or tuple as 'a, b'; anything else unchanged."""
    if isinstance(value, dict):
        return separator.join(f"{key} {count}" for key, count in value.items())
    if isinstance(value, (list, tuple)):
        return separator.join(map(str, value))
    return value


def book_table(frame: "pd.DataFrame", name: str, one_based: "Sequence[str]" = (), number_rows: bool = False,
               precision: int = 2, formats: "dict[str, str] | None" = None, list_separator: str = ", ") -> Styler:
    """A table as the book shows it, for a reader rather than a programmer.

    - ``one_based``: columns (or ``"index"``) holding 0-based sentence or paragraph indices, shown
      from 1 as the numbered text of the article chapter counts them;
    - ``number_rows``: rows numbered from 1 (else a plain 0, 1, 2 ... index is hidden);
    - dicts and lists in cells become text (*the 20*, *a, b*; items joined by ``list_separator``),
      never Python's notation, and no cell is cut short;
    - whole numbers stored as floats show without decimals, column by column and, in a table that
      mixes scores and counts down its rows, row by row (*378*, not *378.00*); other numbers
      with ``precision`` decimals and a thousands separator, and a missing value as a dash;
    - ``formats``: a format string for some columns (``{"reference_per_1000": "{:.1e}"}``);
    - column names lose their underscores (*first sentence*).

    The table's CSS ids derive from ``name`` (pandas draws random ones), so the same text gives
    the same HTML.
    """
    import pandas as pd

    table = frame.copy()
    for column in one_based:
        if column == "index":
            table.index = table.index + 1
        else:
            table[column] = table[column] + 1
    for column in table.columns:
        if table[column].dtype == object:
            table[column] = table[column].map(lambda value: _cell_text(value, list_separator))
        elif pd.api.types.is_float_dtype(table[column]) and table[column].notna().all() \
                and (table[column] % 1 == 0).all():
            table[column] = table[column].astype("int64")
    plain_index = isinstance(table.index, pd.RangeIndex) and table.index.name is None
    if number_rows:
        table.index = pd.RangeIndex(1, len(table) + 1)
    table = table.rename(columns=lambda c: str(c).replace("_", " "))
    table.index.names = [n.replace("_", " ") if isinstance(n, str) else n for n in table.index.names]
    styler = table.style.format(precision=precision, thousands=",", na_rep="–").set_uuid(name)
    floats = [column for column in table.columns if pd.api.types.is_float_dtype(table[column])]
    if floats:
        values = table[floats]
        whole = (values.isna() | (values % 1 == 0)).all(axis=1) & values.notna().any(axis=1)
        if whole.any():
            styler = styler.format("{:,.0f}", na_rep="–", subset=pd.IndexSlice[whole.to_numpy(), floats])
    for column, spec in (formats or {}).items():
        styler = styler.format(spec, subset=[column.replace("_", " ")])
    return styler.hide(axis="index") if plain_index and not number_rows else styler


def diversity_table(measures: dict[str, float]) -> "pd.DataFrame":
    """:func:`analysis.terms.lexical_diversity` as a table of named measures (``measure`` -> ``value``)."""
    import pandas as pd

    window = int(measures["mattr_window"])
    names = {"tokens": "words", "types": "distinct words", "ttr": "type–token ratio (TTR)",
             "mattr": f"moving-average TTR (MATTR, {window}-word windows)", "mtld": "MTLD"}
    return pd.DataFrame({"value": [measures[key] for key in names]},
                        index=pd.Index(list(names.values()), name="measure"))


def kwic_styler(lines: pd.DataFrame, query: str) -> Styler:
    """A concordance (:func:`analysis.terms.kwic`) styled for display: 1-based ``sentence``, ``left``
    (right-aligned), ``keyword`` (bold), ``right``; captioned with the query.

    The table's CSS ids are fixed (pandas draws random ones), so the same text gives the same HTML.
    """
    return (book_table(lines[["sentence", "left", "keyword", "right"]], f"kwic-{query}", one_based=["sentence"])
            .hide(axis="index").set_caption(query)
            .set_properties(subset=["left"], **{"text-align": "right"})
            .set_properties(subset=["keyword"], **{"font-weight": "bold", "text-align": "center"}))


def numbered_text_html(doc: Document) -> str:
    """The text as HTML: one block per paragraph (¶ n), each sentence prefixed by its number.

    Sentence numbers are 1-based and run through the whole document, matching
    the figures and tables of the book.
    """
    blocks = []
    for paragraph in doc.paragraphs:
        sentences = " ".join(
            f'<span class="sentence" id="s{s.index + 1}"><sup class="sentence-number">{s.index + 1}</sup>'
            f"{escape(s.text)}</span>"
            for s in doc.paragraph_sentences(paragraph.index)
        )
        blocks.append(
            f'<p class="numbered-paragraph"><strong class="paragraph-number">¶&nbsp;{paragraph.index + 1}</strong> '
            f"{sentences}</p>"
        )
    return '<div class="numbered-text">' + "\n".join(blocks) + "</div>"


def provenance_markdown(metadata: dict | None, source_name: str) -> str:
    """Markdown describing a text's provenance from its ``.meta.toml`` (see :mod:`analysis.provenance`).

    Without metadata, says so plainly instead of inventing any.
    """
    if not metadata:
        return (f"No provenance file (`{source_name}` without `.txt`, plus `.meta.toml`) lies beside "
                "this text, so nothing is known here about where it was published or what it reports.")
    lines: list[str] = []
    publication = metadata.get("publication", {})
    if publication.get("headline"):
        lines.append(f"- **Headline where published:** “{publication['headline']}”")
    if publication.get("outlet"):
        byline = publication.get("byline", "unknown")
        lines.append(f"- **Published on:** {publication['outlet']}; byline: {byline}.")
    for event in sorted(metadata.get("events", []), key=lambda e: str(e.get("date", ""))):
        lines.append(f"- **{event.get('date', 'undated')}:** {event.get('description', '')}")
    for text in metadata.get("notes", {}).values():
        lines.append(f"- {text}")
    file_info = metadata.get("file", {})
    if file_info.get("note"):
        lines.append(f"- {file_info['note']}")
    return "\n".join(lines)


def non_ascii_markdown(characters: "pd.DataFrame") -> str:
    """One sentence on the characters outside ASCII of a file (:func:`analysis.provenance.non_ascii_characters`):
    'Its only character outside ASCII is U+2019 (RIGHT SINGLE QUOTATION MARK), 3 times, in *Kiev’s*, ...'."""
    if characters.empty:
        return "Every character of the file is ASCII."
    parts = [f"{row.code_point} ({row.name}), {row.count} time{'s' if row.count > 1 else ''}, in "
             + _and_list([f"*{escape(w)}*" for w in row.words]) for row in characters.itertuples()]
    opening = "Its only character outside ASCII is " if len(parts) == 1 else "Its characters outside ASCII are "
    return opening + "; ".join(parts) + "."


def naming_findings_markdown(choices: "pd.DataFrame") -> str:
    """Markdown bullets on notable naming choices (mixed spellings, metonymy).

    Args:
        choices: :func:`analysis.names.naming_choices` output.
    """
    lines: list[str] = []
    for entity, group in choices[choices["spelling_mixed"]].groupby("entity", sort=False):
        forms = ", ".join(f"*{r.variant}* {r.mentions}× ({r.kind})" for r in group.itertuples())
        lines.append(f"- **{entity}** is spelled in two ways: {forms}.")
    for row in choices[choices["kind"] == "metonymy"].itertuples():
        lines.append(f"- **{row.entity}** is also called *{row.variant}* ({row.mentions}×), by metonymy"
                     + (f": {row.note[0].lower() + row.note[1:]}." if row.note else "."))
    if not lines:
        lines.append("- Every actor found in the alias table is named without mixed spellings or metonymy.")
    return "\n".join(lines)


def stance_text_html(doc: Document, found: "pd.DataFrame") -> str:
    """The text as HTML with every stance marker highlighted, and a legend.

    Each marker is a ``<mark>`` tinted and underlined in its category's colour
    and line style (``STANCE_UNDERLINES``);
    its tooltip gives category, subtype, holder and negation; negated markers
    are also struck through. Sentences are numbered as in the rest of the book.
    """
    by_start = {int(r.start): r for r in found.itertuples()}
    blocks = []
    for paragraph in doc.paragraphs:
        parts = []
        for sentence in doc.paragraph_sentences(paragraph.index):
            pieces, position = [], sentence.start
            for start in sorted(k for k in by_start if sentence.start <= k < sentence.end):
                row = by_start[start]
                if start < position:
                    continue  # overlapping markers of different categories: keep the first
                pieces.append(escape(doc.text[position:start]))
                colour = STANCE_COLOURS.get(row.category, "#999999")
                title = f"{row.category} · {row.subtype} · holder: {row.holder}" + (" · negated" if row.negated else "")
                line = STANCE_UNDERLINES.get(row.category, "solid")
                style = (f"background:{colour}33;border-bottom:3px {line} {colour};padding:0 1px;"
                         + ("text-decoration:line-through;" if row.negated else ""))
                pieces.append(f'<mark class="stance stance-{row.category}" style="{style}" title="{escape(title)}">'
                              f"{escape(doc.text[start:row.end])}</mark>")
                position = int(row.end)
            pieces.append(escape(doc.text[position:sentence.end]))
            parts.append(f'<sup class="sentence-number">{sentence.index + 1}</sup>' + "".join(pieces))
        blocks.append(f'<p><strong>¶&nbsp;{paragraph.index + 1}</strong> ' + " ".join(parts) + "</p>")
    legend = " ".join(
        f'<span style="background:{c}33;border-bottom:3px {STANCE_UNDERLINES[name]} {c};padding:0 4px;margin-right:6px">'
        f"{name.replace('_', ' ')}</span>" for name, c in STANCE_COLOURS.items())
    legend += ' <span style="text-decoration:line-through">negated</span>'
    return (f'<div class="stance-text"><p class="stance-legend"><strong>Legend:</strong> {legend}</p>'
            + "\n".join(blocks) + "</div>")


def reporting_profile_markdown(verbs: "pd.DataFrame") -> str:
    """One sentence on how the text reports speech, from :func:`analysis.stance.reporting_verbs`."""
    total = int(verbs["count"].sum())
    if not total:
        return "The text attributes nothing to anyone: it contains no reporting verb and no *according to*."
    said = sum(n for forms in verbs["verbs"] for form, n in forms.items() if form in ("say", "says", "said", "saying"))
    strong = int(verbs.loc[["emphatic", "assuring"], "count"].sum())
    first = (f"Of its {total} attributions, none uses *say*, the most common reporting verb in news"
             if said == 0 else f"Of its {total} attributions, {said} use *say*")
    verb = "is an emphatic or assuring verb" if strong == 1 else "are emphatic or assuring verbs"
    return f"{first}; {strong} ({strong / total:.0%}) {verb}, which tell the reader how firmly the source spoke."


def synthesis_markdown(profile: "pd.DataFrame", source_share: float, hedges: int, boosters: int,
                       key_terms: list[str]) -> str:
    """Three paragraphs (readability, vocabulary, voice) reading the indicators together; the wording
    follows the numbers.

    Args:
        profile: :func:`analysis.synthesis.indicator_profile` output.
        source_share: share (0-1) of stance markers other than attributions held by a source rather
            than the writer (:func:`analysis.stance.source_share`).
        hedges, boosters: numbers of hedge and booster markers.
        key_terms: the key words to name, most distinctive first (all are named).
    """
    from .synthesis import FLESCH_STANDARD_SENTENCE

    ratio = profile.set_index("indicator")["ratio"]
    value = profile.set_index("indicator")["value"]
    grade = value["consensus grade"]
    level = ("well past secondary school" if grade >= 14 else "around the end of secondary school" if grade >= 11
             else "within secondary school" if grade >= 6 else "at primary-school level")
    length = ("longer than" if ratio["words per sentence"] > 1.15 else
              "shorter than" if ratio["words per sentence"] < 0.85 else "close to")
    words = _italic_list(key_terms)
    first = (f"**Readability.** Sentences run {length} Flesch's standard "
             f"({value['words per sentence']:.1f} words against {FLESCH_STANDARD_SENTENCE:g}), and the median of "
             f"the grade-level formulas places the text {level} (consensus grade {grade:.1f}; the formulas "
             f"disagree, as the readability chapter shows).\n\n"
             f"**Vocabulary.** Its most distinctive words against general English are {words}.")
    phrase = hedge_booster_phrase(hedges, boosters)
    balance = phrase[0].upper() + phrase[1:] + (": the reader hears certainty more than doubt." if boosters > hedges
                                                else ": the text qualifies more than it insists." if hedges > boosters
                                                else ".")
    voice = ("mostly borrowed" if source_share >= 0.6 else "mostly the writer's own" if source_share <= 0.4
             else "shared between the writer and the sources")
    second = (f"**Voice.** The stance in the text is {voice}: {source_share:.0%} of its markers other than "
              f"reporting verbs belong to a source. {balance}")
    return first + "\n\n" + second


def _and_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def figures_by_set(first: pd.DataFrame, column: str, percent: bool = False) -> str:
    """One set's figure ('0.88'), or each set's, named ('0.84 (S) and 0.88 (U)'), from a table of
    first scores with a ``set`` column; two decimals, or whole percentages with ``percent``."""
    shown = [f"{value:.0%}" if percent else f"{value:.2f}" for value in first[column]]
    if len(shown) == 1:
        return shown[0]
    return _and_list([f"{value} ({name})" for value, name in zip(shown, first["set"])])


def bold_figures(text: str) -> str:
    """Markdown with every figure of ``text`` in bold, as the book shows glued numbers:
    '0.84 (S) and 0.88 (U)' -> '**0.84** (S) and **0.88** (U)'."""
    return re.sub(r"\d+(?:\.\d+)?%?", lambda m: f"**{m.group(0)}**", text)


def _italic_list(words: list[str]) -> str:
    """'*a*, *b* and *c*' (escaped), or 'none'."""
    return _and_list([f"*{escape(w)}*" for w in words]) if words else "none"


def kept_inside_phrase(stats: "BoundaryStatistics") -> str:
    """How many candidate boundaries do not end a sentence, and after which words:
    '**2** do not end a sentence: both follow *U.S.*', '**3** ...: they follow *U.S.* (2 times) and
    *Dr.*', or 'every one ends a sentence'."""
    if not stats.kept_inside:
        return "every one ends a sentence"
    held = Counter(stats.kept_inside)
    n = len(stats.kept_inside)
    if n == 1:
        return f"**1** does not end a sentence: it follows *{escape(stats.kept_inside[0])}*"
    if len(held) == 1:
        return f"**{n}** do not end a sentence: {'both' if n == 2 else 'all'} follow *{escape(stats.kept_inside[0])}*"
    words = [f"*{escape(w)}*" + (f" ({k} times)" if k > 1 else "") for w, k in held.items()]
    return f"**{n}** do not end a sentence: they follow {_and_list(words)}"


KEY_TERMS_IN_PROSE = 5
"""How many key words the chapters name in their prose (the same list in every chapter)."""


def _counted(n: int, noun: str) -> str:
    """'**1** mention', '**8** mentions': a bold count with its noun in the right number."""
    return f"**{n:,}** {noun}" + ("" if n == 1 else "s")


def top_actor_markdown(actors: "pd.DataFrame") -> str:
    """The most mentioned actor of :func:`analysis.names.actor_summary` for the prose: '**United
    States** (**8** mentions in **4** forms)', '**River Ouse** (**1** mention in **1** form)';
    'none (the text names no one)' when there is none."""
    if actors.empty:
        return "none (the text names no one)"
    top = actors.iloc[0]
    return (f"**{escape(str(top['entity']))}** ({_counted(int(top['mentions']), 'mention')} in "
            f"{_counted(len(top['variants']), 'form')})")


def top_key_words(key_words: "pd.DataFrame", n: int = KEY_TERMS_IN_PROSE) -> list[str]:
    """The ``n`` most distinctive content words (not stop words) of :func:`analysis.terms.keyness`
    output that occur at least :data:`analysis.terms.KEY_WORD_MIN_COUNT` times, each in its most
    frequent spelling in the text (*Blinken*, *deterrence*)."""
    from .terms import key_words as book_key_words

    chosen = book_key_words(key_words).head(n)
    return chosen["form" if "form" in chosen else "term"].tolist()


def key_terms_markdown(key_words: "pd.DataFrame", n: int = KEY_TERMS_IN_PROSE) -> str:
    """:func:`top_key_words` in italics, most distinctive first ('*a*, *b* and *c*'; 'none')."""
    return _italic_list(top_key_words(key_words, n))


def missing_from_reference_phrase(n_missing: int) -> str:
    """'none of the content words is missing from wordfreq', 'one content word is missing ...', ..."""
    if n_missing == 0:
        return "none of the content words is missing from wordfreq"
    if n_missing == 1:
        return "one content word is missing from wordfreq altogether and is given its smallest frequency"
    return f"{n_missing:,} of the content words are missing from wordfreq altogether and are given its smallest frequency"


def sentence_count_effect(theirs: int, ours: int, tool: str = "textstat") -> str:
    """What another tool's sentence count does to its scores, in words that follow the counts."""
    if theirs == ours:
        return "the same number, so sentence length plays no part in the differences"
    shorter = theirs > ours
    return (f"so {tool}'s average sentence is {'shorter' if shorter else 'longer'}: every grade-level formula that "
            f"uses sentence length comes out {'lower' if shorter else 'higher'}, and Flesch's reading ease "
            f"{'higher' if shorter else 'lower'}")


def grade_band_phrase(summary: "pd.DataFrame", formulas: "Sequence[str]") -> str:
    """Which school-stage bands the grade-level formulas of :func:`analysis.readability.summary_table`
    fall in, from the lowest grade up ('all seven fall in one band, *graduate*'; 'the seven spread
    over two bands, *college* and *graduate*')."""
    rows = summary.loc[list(formulas)].sort_values("value")
    bands = list(dict.fromkeys(b for b in rows["band"] if b))
    number = _NUMBER_WORDS.get(len(rows), str(len(rows)))
    named = _and_list([f"*{escape(b)}*" for b in bands]) if bands else "no band"
    if len(bands) == 1:
        every = "both" if len(rows) == 2 else f"all {number}"
        return f"{every} fall in one band, {named}, however far apart their grades"
    return f"the {number} spread over {_NUMBER_WORDS.get(len(bands), str(len(bands)))} bands, {named}"


_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                 9: "nine", 10: "ten"}


def profile_display(profile: "pd.DataFrame") -> "pd.DataFrame":
    """:func:`analysis.synthesis.indicator_profile` for reading: one row per indicator, with the
    chapter it comes from, the text's value, the reference value and what it is, and their ratio
    (rounded to 2 decimals; the bibliography keys are left to the figure's caption)."""
    table = profile.set_index("indicator")[["group", "value", "reference", "reference_label", "ratio"]]
    table = table.rename(columns={"group": "chapter", "value": "this text", "reference_label": "reference point"})
    return table.round(2)


def first_scores_display(first: "pd.DataFrame") -> Styler:
    """:func:`analysis.evaluation.stance_blind_first_scores` as a book table: set, rules (without
    their commits), each score to 2 decimals under a readable header (*hedge F1*), a dash where a
    set was not scored for it (holders before set K)."""
    table = first.assign(rules=first["rules"].map(_without_commit)).rename(columns={
        "hedge_f1": "hedge F1", "booster_f1": "booster F1", "holder_accuracy": "holder accuracy"})
    return book_table(table, "stance-first-scores")


def _without_commit(rules: str) -> str:
    """A first score's ``rules`` without the commit it names, which the data file keeps for auditing
    ('after the changes made from A and B, C unseen (commit 0711067)' -> '... C unseen')."""
    return re.sub(r" \(commit [0-9a-f]+\)", "", re.sub(r"\(commit [0-9a-f]+; ", "(", rules))


def hedge_booster_phrase(hedges: int, boosters: int) -> str:
    """'boosters outnumber hedges (8 to 2)', or the reverse, or 'hedges and boosters are balanced (3 each)'."""
    if boosters > hedges:
        return f"boosters outnumber hedges ({boosters} to {hedges})"
    if hedges > boosters:
        return f"hedges outnumber boosters ({hedges} to {boosters})"
    return f"hedges and boosters are balanced ({hedges} each)"


_COUNT_LABELS = {"letters": "letters and digits", "characters": "non-space characters"}
"""Labels of readability counts whose field name alone would mislead a reader: *letters* counts digits
too (as Coleman–Liau and ARI count characters), *characters* leaves spaces out (the article chapter's
characters are every character of the text)."""


def counts_table_markdown(counts: "ReadabilityCounts") -> str:
    """A Markdown table of the readability counts, one row per count (names with spaces; *letters*
    shown as *letters and digits*, *characters* as *non-space characters*)."""
    rows = "\n".join(f"| {_COUNT_LABELS.get(name, name.replace('_', ' '))} | {value:,} |"
                     for name, value in counts.as_dict().items())
    return "| count | value |\n| --- | ---: |\n" + rows
