"""Accuracy of the project's rules on its hand-written evaluation sets.

Each evaluation set is a JSON data file in ``analysis/data`` with a
``description``, a ``source`` and its ``cases``; the functions here run the
rules on every case and return plain DataFrames for the book and the tests.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

import pandas as pd

from .normalise import normalise_text
from .packaged import read_packaged
from .render import _and_list, figures_by_set
from .segment import split_sentences

if TYPE_CHECKING:
    from .document import Document

__all__ = [
    "actor_blind_first_scores",
    "actor_blind_items",
    "actor_blind_summary",
    "actor_scores",
    "evaluate_actors",
    "evaluate_segmentation",
    "evaluate_stance",
    "last_arrival",
    "segmentation_accuracy",
    "segmentation_cases",
    "set_order",
    "evaluate_stance_holders",
    "same_holder",
    "stance_blind_first_scores",
    "stance_blind_holder_scores",
    "stance_blind_holder_sources",
    "stance_blind_items",
    "stance_blind_scores",
    "stance_blind_summary",
    "stance_items",
    "stance_scores",
    "stance_scores_by_split",
    "syllable_rule_agreement",
]


def set_order(name: str) -> tuple[int, str]:
    """Sort key of a blind set's letters in the order they are given out: A to Z, then AA, AB..."""
    return len(name), name

def segmentation_cases() -> pd.DataFrame:
    """The sentence-segmentation test set: ``id``, ``category``, ``text``, ``expected``, ``known_limit``."""
    raw = read_packaged("data", "segmentation_cases.json")
    return pd.DataFrame(json.loads(raw)["cases"], columns=["id", "category", "text", "expected", "known_limit"])


def evaluate_segmentation(cases: pd.DataFrame | None = None) -> pd.DataFrame:
    """Run :func:`analysis.segment.split_sentences` on every case.

    Returns the cases with two more columns: ``predicted`` (list of
    sentences) and ``correct`` (True when the prediction equals ``expected``
    exactly: the same sentences, in the same order).
    """
    frame = (segmentation_cases() if cases is None else cases).copy()
    frame["predicted"] = [split_sentences(text) for text in frame["text"]]
    frame["correct"] = [list(p) == list(e) for p, e in zip(frame["predicted"], frame["expected"])]
    return frame


def segmentation_accuracy(results: pd.DataFrame) -> pd.DataFrame:
    """Exact-match accuracy per category, plus an ``all`` row: ``cases``, ``correct``, ``accuracy`` (0-1)."""
    grouped = results.groupby("category", sort=True)["correct"].agg(cases="size", correct="sum")
    grouped.loc["all"] = [len(results), int(results["correct"].sum())]
    grouped["accuracy"] = grouped["correct"] / grouped["cases"]
    return grouped.astype({"cases": int, "correct": int})


def syllable_rule_agreement(sample_size: int = 20000, seed: int = 7) -> dict[str, float]:
    """How often the fallback syllable rule agrees with CMUdict on dictionary words.

    Draws ``sample_size`` purely alphabetic CMUdict entries (seeded) and
    compares :func:`analysis.syllables.estimate_syllables` with the
    dictionary's first pronunciation. Returns ``exact`` and ``within_one``
    (shares, 0-1) and ``sample_size``.
    """
    import random

    from .syllables import _cmudict, estimate_syllables

    table = _cmudict()
    words = sorted(w for w in table if w.isalpha())
    sample = random.Random(seed).sample(words, min(sample_size, len(words)))
    exact = sum(1 for w in sample if estimate_syllables(w) == table[w])
    close = sum(1 for w in sample if abs(estimate_syllables(w) - table[w]) <= 1)
    return {"exact": exact / len(sample), "within_one": close / len(sample), "sample_size": float(len(sample))}


def _blind_file(name: str) -> dict:
    """A blind evaluation set's data file (``analysis/data/<name>``): its items, first scores and notes."""
    return json.loads(read_packaged("data", name))


def _precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0-1) from counts of correct, spurious and missed items; NaN where
    undefined, and F1 0 when nothing found was correct."""
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if tp else (0.0 if fp + fn else float("nan"))
    return precision, recall, f1


def stance_items() -> list[dict]:
    """The hand-annotated stance evaluation set (``analysis/data/stance_evaluation.json``)."""
    raw = read_packaged("data", "stance_evaluation.json")
    return json.loads(raw)["items"]


def _holder_key(name: str) -> str:
    return name.split()[-1].lower() if name.strip() else ""


def stance_blind_items() -> list[dict]:
    """The blind hedge and booster sets A, B and C (``analysis/data/stance_blind_evaluation.json``):
    ``set``, ``text`` and ``markers`` (``text``, ``category``)."""
    return _blind_file("stance_blind_evaluation.json")["items"]


def stance_blind_first_scores() -> pd.DataFrame:
    """Each blind set's hedge and booster F1 the first time it was scored, and with which rules
    (``set``, ``rules``, ``hedge_f1``, ``booster_f1``): recorded in the data file, since those rules are gone."""
    return pd.DataFrame(_blind_file("stance_blind_evaluation.json")["first_scores"])


_COMMIT = re.compile(r"commit ([0-9a-f]{7,40})")


def _scoring_commits(first: pd.DataFrame) -> pd.Series:
    """The commit each row of a first-scores table was scored at (named in its ``rules``)."""
    return first["rules"].str.extract(_COMMIT, expand=False)


def last_arrival(first: pd.DataFrame) -> pd.DataFrame:
    """The rows of a first-scores table (``set``, ``rules``, ...) of the last sets to arrive: those
    scored at the same commit as the last row. Sets that arrived together were all scored before any
    rule was drawn from either, so each is as blind as the others."""
    commits = _scoring_commits(first)
    return first[commits == commits.iloc[-1]]


DEGREE_BEFORE_COMPARISON = re.compile(
    r"(?<!\bas )\bwell (?:above|below|short|over|under|ahead|behind|beyond|[a-z]+er)\b", re.IGNORECASE)
"""*well* as a degree word before a comparison or a preposition of position (*well above forecasts*,
*well short of*, *well ahead*), which the rules do not count as a booster."""


def stance_blind_marking(pattern: re.Pattern[str], category: str,
                         items: list[dict] | None = None) -> pd.DataFrame:
    """How the blind annotators treated a disputed use: per set whose lines ``pattern`` matches,
    ``occurrences`` (matches) and ``marked`` (matches where a gold marker of ``category`` begins),
    indexed by ``set`` in order of arrival."""
    counts: dict[str, list[int]] = {}
    for item in stance_blind_items() if items is None else items:
        text = item["text"]
        starts = {marker.get("start", text.find(marker["text"])) for marker in item["markers"]
                  if marker["category"] == category}
        for match in pattern.finditer(text):
            row = counts.setdefault(item["set"], [0, 0])
            row[0] += 1
            row[1] += match.start() in starts
    table = pd.DataFrame.from_dict(counts, orient="index", columns=["occurrences", "marked"])
    return table.loc[sorted(table.index, key=set_order)].rename_axis("set")


def stance_blind_summary() -> dict[str, int | float | str]:
    """Figures the Stance chapter quotes: ``items`` (sentences or paragraphs), ``sets``, ``gold`` (hedges and
    boosters); ``fairest_set`` (the letters of the last sets to arrive, :func:`last_arrival`) and their
    ``fairest_hedge_f1`` and ``fairest_booster_f1`` (each set's first score, as text: *0.84 (S) and
    0.88 (U)*), scored before any rule was drawn from them; ``later_hedge_range`` and
    ``later_booster_range``, (lowest, highest) first F1 of the sets scored with rules drawn from
    earlier sets (how much the estimate varies with the annotator and the news); and for the sets
    annotated with holders, ``holder_sets`` (their letters), ``holder_gold`` (their markers), ``first_holder_sets`` and
    ``first_holder_accuracy`` (the last such sets to arrive, and their accuracy then, as text) and
    ``holder_accuracy`` (today, all of them; 0-1); ``well_sets`` (sets in which *well* comes before a
    comparison, :data:`DEGREE_BEFORE_COMPARISON`) and ``well_unmarked_sets`` (those that never mark it a booster)."""
    items = stance_blind_items()
    first = stance_blind_first_scores()
    fairest = last_arrival(first)
    commits = _scoring_commits(first)
    later = first[commits != commits.iloc[0]]  # scored with rules drawn from earlier sets
    held = first.dropna(subset=["holder_accuracy"]) if "holder_accuracy" in first else first.iloc[:0]
    held = last_arrival(held) if len(held) else held
    holder_sets = sorted({i["set"] for i in items if any("holder" in m for m in i["markers"])}, key=set_order)
    holders = stance_blind_holder_scores() if holder_sets else None
    well = stance_blind_marking(DEGREE_BEFORE_COMPARISON, "booster", items)
    return {"items": len(items), "sets": len({i["set"] for i in items}),
            "gold": sum(len(i["markers"]) for i in items), "fairest_set": _and_list(fairest["set"].tolist()),
            "fairest_hedge_f1": figures_by_set(fairest, "hedge_f1"),
            "fairest_booster_f1": figures_by_set(fairest, "booster_f1"),
            "later_hedge_range": (float(later["hedge_f1"].min()), float(later["hedge_f1"].max())),
            "later_booster_range": (float(later["booster_f1"].min()), float(later["booster_f1"].max())),
            "holder_sets": _and_list(holder_sets) if holder_sets else "",
            "holder_gold": sum(len(i["markers"]) for i in items if i["set"] in holder_sets),
            "first_holder_sets": _and_list(held["set"].tolist()) if len(held) else "",
            "first_holder_accuracy": figures_by_set(held, "holder_accuracy", percent=True) if len(held) else "",
            "holder_accuracy": float(holders.loc["all", "accuracy"]) if holders is not None else float("nan"),
            "well_sets": len(well), "well_unmarked_sets": int((well["marked"] == 0).sum())}


_PRONOUNS = frozenset("i we you he she it they me us him her them".split())


def _holder_names(name: str, forms: list[str]) -> set[str]:
    """A gold holder's name and the forms the annotator listed for it (not pronouns), lower-cased,
    without a leading *the*, each with its last word as well, the head of a source described
    after its noun (*people* of *people familiar with the talks*), and the actor the alias table
    ties a listed form to (*Russia* for *the Kremlin*)."""
    entity_of = _listed_actors()
    listed = [entity_of[f.removeprefix("the ")] for f in [name, *forms] if f.removeprefix("the ") in entity_of]
    names = set()
    for form in [name, *forms, *listed]:
        words = form.lower().replace("\u2019", "'").removesuffix("'s").split()
        if words[:1] == ["the"]:
            words = words[1:]
        if words and " ".join(words) not in _PRONOUNS:
            names.update((" ".join(words), words[-1]))
            cut = next((k for k, w in enumerate(words) if w in _POST_MODIFIER_STARTS), None)
            if cut:  # "people familiar with the talks": its head is "people"
                names.add(words[cut - 1])
    return names


@lru_cache(maxsize=1)
def _listed_actors() -> dict[str, str]:
    """Variant -> actor of the alias table (*Kremlin* -> *Russia*)."""
    from .names import alias_table

    return dict(zip(alias_table()["variant"], alias_table()["entity"]))


_POST_MODIFIER_STARTS = frozenset("familiar close involved briefed with to in of on at who which from".split())


def same_holder(predicted: str, gold: str, forms: list[str] = ()) -> bool:
    """Is the predicted holder the gold one? ``writer`` matches only ``writer``; a source matches when
    the predicted name, or its last word, is the gold name or one of its ``forms`` (the ways the
    article refers to it: *Bello*, *the minister*), or their last word, or the head noun of a
    source described after it (*people* for *people familiar with the talks*), or the actor the
    alias table ties one of them to (*Russia* for *the Kremlin*). Pronouns among the forms are
    ignored: a holder left as *he* was not resolved."""
    from .stance import WRITER

    if WRITER in (predicted, gold):
        return predicted == gold
    words = predicted.lower().replace("\u2019", "'").split()
    return bool(words) and bool({" ".join(words), words[-1]} & _holder_names(gold, list(forms)))


def stance_blind_holder_sources() -> dict[str, dict[str, dict[str, list[str]]]]:
    """For the blind sets annotated with holders: set -> article (as a string) -> each named or
    generic source -> the forms the article uses for it."""
    return _blind_file("stance_blind_evaluation.json").get("holder_sources", {})


def evaluate_stance_holders(items: list[dict] | None = None,
                            sources: dict[str, dict[str, dict[str, list[str]]]] | None = None) -> pd.DataFrame:
    """Holders of the blind hedges and boosters annotated with one, each article read as one document.

    An article's lines are joined as paragraphs, so a pronoun can point to a source named in an
    earlier paragraph. A gold hedge or booster is found when a predicted marker has its span and
    category; the holders of found markers are compared with :func:`same_holder`. Returns one row
    per gold marker: ``set``, ``article``, ``text``, ``category``, ``start`` (in the article's
    document), ``gold_holder``, ``predicted_holder`` (empty when not found), ``found`` and
    ``holder_ok`` (NaN when not found).
    """
    from .stance import markers

    items = stance_blind_items() if items is None else items
    annotated = {(i["set"], i["article"]) for i in items if any("holder" in m for m in i["markers"])}
    items = [i for i in items if (i.get("set"), i.get("article")) in annotated]  # whole articles, every line
    sources = stance_blind_holder_sources() if sources is None else sources
    rows = []
    for (name, article), doc, lines in _article_documents(items):
        predicted = {(r.start, r.end, r.category): r.holder for r in markers(doc).itertuples()}
        forms = sources.get(name, {}).get(str(article), {})
        for offset, line in lines:
            for gold in line["markers"]:
                start = offset + gold["start"]
                holder = predicted.get((start, start + len(gold["text"]), gold["category"]))
                rows.append({"set": name, "article": article, "text": gold["text"], "category": gold["category"],
                             "start": start, "gold_holder": gold["holder"], "predicted_holder": holder or "",
                             "found": holder is not None,
                             "holder_ok": float("nan") if holder is None else
                             same_holder(holder, gold["holder"], forms.get(gold["holder"], []))})
    return pd.DataFrame(rows, columns=["set", "article", "text", "category", "start", "gold_holder",
                                       "predicted_holder", "found", "holder_ok"])


def stance_blind_holder_scores(results: pd.DataFrame | None = None) -> pd.DataFrame:
    """Holder accuracy per blind set annotated with holders, plus an ``all`` row: ``markers`` (gold
    hedges and boosters), ``found`` (of them, found by the rules), ``correct`` (found with the right
    holder), ``accuracy`` (correct / found), and the accuracy on found markers whose gold holder is
    the writer (``writer_accuracy``) and a source (``source_accuracy``); 0-1, NaN where none."""
    from .stance import WRITER

    def share(found: pd.DataFrame) -> float:
        return float(found["holder_ok"].astype(bool).mean()) if len(found) else float("nan")

    results = evaluate_stance_holders() if results is None else results
    rows = []
    for name in [*sorted(results["set"].unique(), key=set_order), "all"]:
        part = results if name == "all" else results[results["set"] == name]
        found = part[part["found"]]
        writer = found["gold_holder"] == WRITER
        rows.append({"set": name, "markers": len(part), "found": len(found),
                     "correct": int(found["holder_ok"].astype(bool).sum()), "accuracy": share(found),
                     "writer_accuracy": share(found[writer]), "source_accuracy": share(found[~writer])})
    return pd.DataFrame(rows).set_index("set")


def stance_blind_scores(items: list[dict] | None = None) -> pd.DataFrame:
    """Precision, recall and F1 of hedges and boosters on each blind set, with today's rules.

    Index: (``set``, ``category``) with category ``hedge``, ``booster`` and
    ``both``; columns ``gold``, ``found``, ``correct``, ``precision``,
    ``recall``, ``f1``. Markers of other categories are not scored.
    """
    items = stance_blind_items() if items is None else items
    scored = ("hedge", "booster")
    frames = {}
    for name in sorted({i["set"] for i in items}, key=set_order):
        results = evaluate_stance([i for i in items if i["set"] == name], categories=scored)
        table = stance_scores(results, categories=scored).rename(index={"all": "both"})
        frames[name] = table[["gold", "found", "correct", "precision", "recall", "f1"]]
    return pd.concat(frames, names=["set", "category"])


def evaluate_stance(items: list[dict] | None = None, categories: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Run :func:`analysis.stance.markers` on every evaluation sentence and align with the gold markers.

    A gold marker is found by its ``start`` offset when it gives one, else as the
    n-th whole-word occurrence of its text for its n-th listing in the item.
    Returns one row per gold or predicted marker: ``item``, ``text``,
    ``category``, ``start``, ``outcome`` (``tp``, ``fn`` or ``fp``; a match
    needs the same span and category), and for matches ``subtype_ok``,
    ``negated_ok`` and ``holder_ok`` (holders compared by last word; NaN where
    the gold marker does not give them). ``categories``: score only these
    (predicted markers of other categories are left out), for sets annotated
    for some categories only.
    """
    from . import document_from_text
    from .stance import markers

    rows = []
    for number, item in enumerate(stance_items() if items is None else items):
        doc = document_from_text(item["text"], validate=False)
        predicted = {(r.start, r.end, r.category): r for r in markers(doc).itertuples()
                     if categories is None or r.category in categories}
        seen: dict[str, int] = {}
        for gold in item["markers"]:
            surface = normalise_text(gold["text"])  # as the document's text: curly quotes become straight
            if "start" in gold:
                start = gold["start"] if doc.text.startswith(surface, gold["start"]) else -1
            else:  # the n-th listing of a surface is its n-th occurrence as whole words
                pattern = ("(?<!\\w)" if surface[:1].isalnum() else "") + re.escape(surface) + (
                    "(?!\\w)" if surface[-1:].isalnum() else "")
                occurrences = [m.start() for m in re.finditer(pattern, doc.text)]
                k = seen.get(surface, 0)
                start = occurrences[k] if k < len(occurrences) else -1
                seen[surface] = k + 1
            if start < 0:
                raise ValueError(f"evaluation item {number}: {surface!r} not in {item['text']!r}")
            key = (start, start + len(surface), gold["category"])
            hit = predicted.pop(key, None)
            row = {"item": number, "text": surface, "category": gold["category"], "start": start,
                   "outcome": "tp" if hit is not None else "fn"}
            if hit is not None and "subtype" in gold:
                row.update(subtype_ok=hit.subtype == gold["subtype"], negated_ok=bool(hit.negated) == gold["negated"],
                           holder_ok=_holder_key(hit.holder) == _holder_key(gold["holder"]))
            rows.append(row)
        for (start, _end, category), hit in predicted.items():
            rows.append({"item": number, "text": hit.text, "category": category, "start": start, "outcome": "fp"})
    return pd.DataFrame(rows, columns=["item", "text", "category", "start", "outcome", "subtype_ok",
                                       "negated_ok", "holder_ok"])


def stance_scores_by_split(items: list[dict] | None = None) -> dict[str, pd.DataFrame]:
    """:func:`stance_scores` for each part of the evaluation set (``development`` and ``held-out``)."""
    items = stance_items() if items is None else items
    return {split: stance_scores(evaluate_stance([i for i in items if i.get("split") == split]))
            for split in ("development", "held-out")}


def stance_scores(results: pd.DataFrame, categories: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Precision, recall and F1 per category (every stance category, or ``categories``; and ``all``),
    with subtype, negation and holder accuracy among the correctly found markers."""
    from .stance import CATEGORIES

    rows = []
    for category in (*(CATEGORIES if categories is None else categories), "all"):
        part = results if category == "all" else results[results["category"] == category]
        tp = int((part["outcome"] == "tp").sum())
        fp = int((part["outcome"] == "fp").sum())
        fn = int((part["outcome"] == "fn").sum())
        precision, recall, f1 = _precision_recall_f1(tp, fp, fn)
        matched = part[part["outcome"] == "tp"]
        rows.append({"category": category, "gold": tp + fn, "found": tp + fp, "correct": tp,
                     "precision": precision, "recall": recall, "f1": f1,
                     "subtype_accuracy": matched["subtype_ok"].mean() if tp else float("nan"),
                     "negation_accuracy": matched["negated_ok"].mean() if tp else float("nan"),
                     "holder_accuracy": matched["holder_ok"].mean() if tp else float("nan")})
    return pd.DataFrame(rows).set_index("category")


def actor_blind_items() -> list[dict]:
    """The blind named-actor set (``analysis/data/actor_blind_evaluation.json``): one item per line of
    an article (``set``, ``article``, ``text``, ``mentions``: ``text``, ``entity``, ``start``, ``end``)."""
    return _blind_file("actor_blind_evaluation.json")["items"]


def actor_blind_first_scores() -> pd.DataFrame:
    """Each blind actor set's scores the first time it was scored, and with which rules (``set``, ``rules``,
    ``mention_f1``, ``grouping_f1``): recorded in the data file, since those rules are gone."""
    return pd.DataFrame(_blind_file("actor_blind_evaluation.json")["first_scores"])


def actor_blind_summary() -> dict[str, int | float | str]:
    """Figures the Terms chapter quotes: ``articles``, ``sets``, ``gold`` (name mentions), ``entities``
    (distinct per article, summed); the first set's first scores (``earliest_set``,
    ``earliest_mention_f1``, ``earliest_grouping_f1``) and those of the last sets to arrive
    (:func:`last_arrival`; ``latest_set``, their letters, and ``latest_mention_f1`` and
    ``latest_grouping_f1`` as text, each set's: *0.86 (R) and 0.87 (T)*): each scored once, before any
    rule was drawn from it; and the lowest and highest first mention F1 of the sets after the first
    (``later_lowest_f1``, ``later_highest_f1``: how much the estimate varies from one annotator and
    style of news to another)."""
    items = actor_blind_items()
    first_scores = actor_blind_first_scores()
    earliest, latest = first_scores.iloc[0], last_arrival(first_scores)
    later = first_scores["mention_f1"].iloc[1:]  # the sets scored with rules drawn from earlier ones
    per_article: dict[tuple[str, int], set[str]] = {}
    for item in items:
        per_article.setdefault((item["set"], item["article"]), set()).update(m["entity"] for m in item["mentions"])
    return {"articles": len(per_article), "sets": len({i["set"] for i in items}),
            "gold": sum(len(i["mentions"]) for i in items), "entities": sum(len(e) for e in per_article.values()),
            "earliest_set": str(earliest["set"]), "earliest_mention_f1": float(earliest["mention_f1"]),
            "earliest_grouping_f1": float(earliest["grouping_f1"]),
            "latest_set": _and_list(latest["set"].tolist()),
            "latest_mention_f1": figures_by_set(latest, "mention_f1"),
            "latest_grouping_f1": figures_by_set(latest, "grouping_f1"),
            "later_lowest_f1": float(later.min()) if len(later) else float("nan"),
            "later_highest_f1": float(later.max()) if len(later) else float("nan")}


def _article_documents(items: list[dict]) -> Iterator[tuple[tuple[str, int], "Document", list[tuple[int, dict]]]]:
    """Each article of a blind set as one document: its lines joined as paragraphs (blank lines
    between them), in the order given. Yields ``(set, article)``, the document, and each line with
    the offset at which it starts in the document's text."""
    from . import document_from_text

    articles: dict[tuple[str, int], list[dict]] = {}
    for item in items:
        articles.setdefault((item["set"], item["article"]), []).append(item)
    for (name, article), lines in articles.items():
        placed, parts, offset = [], [], 0
        for line in lines:
            text = normalise_text(line["text"])
            if len(text) != len(line["text"]):
                raise ValueError(f"set {name}, article {article}: normalising changes the length of "
                                 f"{line['text'][:40]!r}; gold offsets would not apply")
            placed.append((offset, line))
            parts.append(text)
            offset += len(text) + 2
        yield (name, article), document_from_text("\n\n".join(parts), validate=False), placed


def evaluate_actors(items: list[dict] | None = None) -> pd.DataFrame:
    """Run :func:`analysis.names.all_actor_mentions` on every article of the actor set and align with the gold.

    An article's lines are joined as paragraphs (blank lines between them) into one document, so
    a surname can be grouped with a full name met earlier. A predicted mention matches a gold one
    when their spans are equal (a possessive *'s* is never part of either). Returns one row per gold
    or predicted mention: ``set``, ``article``, ``text``, ``start`` (in the article's document),
    ``gold_entity`` and ``predicted_entity`` (empty when absent), ``outcome`` (``tp``, ``fn``, ``fp``).
    """
    from .names import all_actor_mentions, mention_end

    rows = []
    for (name, article), doc, lines in _article_documents(actor_blind_items() if items is None else items):
        gold = {(offset + mention["start"], offset + mention["end"]): mention["entity"]
                for offset, line in lines for mention in line["mentions"]}
        starts = doc.word_starts
        predicted = {(int(starts[i]), mention_end(doc, i + n - 1)): entity
                     for entity, _variant, _kind, _listed, i, n in all_actor_mentions(doc)}
        for span in sorted(gold.keys() | predicted.keys()):
            outcome = "tp" if span in gold and span in predicted else ("fn" if span in gold else "fp")
            rows.append({"set": name, "article": article, "text": doc.text[span[0]:span[1]], "start": span[0],
                         "gold_entity": gold.get(span, ""), "predicted_entity": predicted.get(span, ""),
                         "outcome": outcome})
    return pd.DataFrame(rows, columns=["set", "article", "text", "start", "gold_entity", "predicted_entity",
                                       "outcome"])


def actor_scores(results: pd.DataFrame) -> pd.DataFrame:
    """Mention detection and entity grouping per set, plus an ``all`` row.

    Mentions: ``gold``, ``found``, ``correct``, ``precision``, ``recall``, ``f1`` (0-1). Grouping, over
    the correctly found mentions of each article: B-cubed ``grouping_precision``, ``grouping_recall`` and
    ``grouping_f1`` (Bagga and Baldwin 1998): for each mention, the share of the mentions the rules put
    with it that the gold puts with it too (precision), and the converse (recall), averaged over mentions.
    """
    rows = []
    for name in [*sorted(results["set"].unique(), key=set_order), "all"]:
        part = results if name == "all" else results[results["set"] == name]
        tp, fp, fn = ((part["outcome"] == o).sum() for o in ("tp", "fp", "fn"))
        precision, recall, f1 = _precision_recall_f1(tp, fp, fn)
        b_precision, b_recall = [], []
        for _, matched in part[part["outcome"] == "tp"].groupby(["set", "article"]):
            gold, predicted = matched["gold_entity"].tolist(), matched["predicted_entity"].tolist()
            for g, p in zip(gold, predicted):
                both = sum(1 for g2, p2 in zip(gold, predicted) if g2 == g and p2 == p)
                b_precision.append(both / predicted.count(p))
                b_recall.append(both / gold.count(g))
        bp = sum(b_precision) / len(b_precision) if b_precision else float("nan")
        br = sum(b_recall) / len(b_recall) if b_recall else float("nan")
        rows.append({"set": name, "gold": int(tp + fn), "found": int(tp + fp), "correct": int(tp),
                     "precision": precision, "recall": recall, "f1": f1, "grouping_precision": bp,
                     "grouping_recall": br, "grouping_f1": 2 * bp * br / (bp + br) if bp + br else float("nan")})
    return pd.DataFrame(rows).set_index("set")
