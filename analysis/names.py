"""Names in a document: proper nouns, multi-word name sequences, and actor mentions.

- :func:`proper_noun_mask` marks each word that is a proper noun: capitalised
  inside a sentence, or capitalised at a sentence start when the same word is
  also capitalised inside a sentence elsewhere in the text, or an acronym of
  two to six capitals opening a sentence (*OECD, which met ...*; not a label
  such as *PHOTO:* nor a line set in capitals). A capitalised stop
  word is never a name (*We* opening a quotation, the pronoun *I*), nor does it
  make its sentence-opening uses names (*The* after a dateline's dash). In a
  headline set in title case (:func:`_headline_sentences`) capitals prove
  nothing, so a word there is a name only if it is written with a capital
  inside another sentence, is an acronym, or is neither a familiar English
  word, a compass word, a word common in general English (wordfreq, Zipf 3 or
  more: *Thriller*) nor a word the text writes in lower case elsewhere
  (*Senate Passes Stopgap Spending Bill as CBO Warns*: *Senate*, *CBO*);
  capitals inside a headline are no evidence for other sentences.
- :func:`proper_name_sequences` finds runs of two or more adjacent proper
  nouns (``of``, ``of the``, ``for`` or ``for the`` allowed inside after a title or an
  organisation word, and ``of`` again after such a complement, ``on`` after an organisation
  word: *Office for the Coordination of Humanitarian Affairs*, *Secretary of State*,
  *Gulf of Aden*, *Department of the Treasury*, *Convention on Climate Change*,
  but not *Board on Monday*), split after a title word (*French President* |
  *Emmanuel Macron*; but *Premier League*: :data:`_ADJECTIVE_TITLES`), joined across *and* when the second part ends
  in an organisation word and the first has none (*Food and Drug
  Administration*, *Planning and Infrastructure Bill*) or the first is words common in English
  naming a field (*Securities and Exchange Board of India*, *House Energy and Commerce Committee*),
  joined across a court case's *v.* (*Roe v. Wade*; not the fixture *Wales v Scotland*), across a title's or a plural's possessive
  before an organisation word (also in the plural) or words ending in one (*Sheriff's Office*, *People's Liberation Army*,
  *Scottish Fishermen's Federation*; not *Prairie Grain's Thunder Bay*), across a list of portfolios after an
  organisation word and *for* or *of* (*Department for Environment, Food and Rural Affairs*; not *Ministry of
  Defence, Google and Amazon*), but not across *for* after a member's letters (*Labour MP for
  Hazel Grove*), or across a royal or saint's possessive before an organisation
  word (*King's College London*, *St James' Park*; not *Ukraine's Foreign
  Ministry*), and widened to the name particles before them (*de Vries*) and to
  a capitalised *The* inside a sentence (*The Globe and Mail*).
- :func:`actor_mentions` matches the alias table (``analysis/data/actor_aliases.csv``)
  against the words, longest variant first, so *Kiev* and *Kyiv* are one city
  and *U.S.* and *United States* one country. A capital that can stand for its
  government (kind ``metonymy``: *Washington*, *Moscow*) is not counted right
  after a preposition of place, or after one and *the* or a compass word (*in
  London*, *at the White House*, *in eastern Washington*): there it names the place; *from Washington* may be the government
  and still counts.

  A variant that is part of a longer name is someone or something else: a
  surname after another first name (*Stephen Miller* is not *Matthew Miller*),
  an office followed by a name or by *for* (*Secretary of State Marco Rubio*,
  the British *Secretary of State for Health*: the office is counted only
  through the name), a place, country or organisation next to another
  capitalised word (*Latin America*, *Paris Saint-Germain*, *Washington Post*,
  *Bank of America*, *U.S. Senate*, *Cancer Research UK*, *United Nations
  Security Council*, *UN General Assembly*, *Stade de France*, *North America*, though
  *North* opens another listed name; *Concerned Women for America* across *for* after two
  capitalised words, not *Support for Ukraine*; words of a headline do not
  count: *Fed Holds Rates*), including an office (*U.S. District Judge*, *UK Prime Minister*:
  the country is part of the office's name, as annotators of news mark it), and a one-word
  organisation after a first name (*Michael
  Bloomberg*). Titles (*Mayor*), days and months (*Washington Tuesday*) and
  other actors' names do not make a longer name. When someone else in the text
  bears an actor's surname (*Sarah Macron*), the bare surname is counted for
  the actor only if the actor's full name or title also occurs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from typing import Iterator

import numpy as np
import pandas as pd

from .document import Document, derived
from .packaged import packaged_table, packaged_words
from .segment import abbreviation_kind, sentence_openers, speech_verbs
from .tokenize import COUNTED_KINDS, token_spans

__all__ = [
    "BYLINE_OPENERS",
    "compound_modifier_suffixes",
    "country_names",
    "numbered_names",
    "NAME_PARTICLES",
    "PLACE_PREPOSITIONS",
    "actor_mentions",
    "mention_end",
    "all_actor_mentions",
    "iter_actor_mentions",
    "actor_summary",
    "alias_table",
    "naming_choices",
    "nationality_adjectives",
    "non_name_acronyms",
    "person_titles",
    "portfolio_words",
    "proper_name_sequences",
    "proper_noun_mask",
    "snowball_stopwords",
    "text_actor_mentions",
    "variant_word_counts",
]

NAME_PARTICLES = frozenset(
    "de la le van von der den da di do du des del della dela dos das y al ap bin binte binti bint ibn ter wa "
    "zu am o".split())
"""Lower-case particles inside personal names (*Maria de la Cruz*, *Anna van der Berg*), and the German
*am* and Māori *o* inside names of places and bodies (*Frankfurt am Main*, *Te Rūnanga o Ngāi Tahu*)."""
_JOINERS = frozenset({"of"}) | NAME_PARTICLES
_ROYAL_POSSESSORS = frozenset({"King", "Queen", "Prince", "Princess"})
"""Possessors that begin the names of institutions (*King's College London*, *Queen's Medical
Centre*), as a saint's name does (*St James's Park*); other possessives end a name (*Ukraine's*)."""
_IRREGULAR_PLURALS = frozenset("People Children Men Women".split())
_MEMBERS_FOR = frozenset("MP MEP MSP MLA MPP TD".split())
"""A member's letters, after which *for* leads to a constituency, not into a name (*Labour MP for
Hazel Grove*: *Labour*, *Hazel Grove*)."""
_ROYAL_STYLES = frozenset("Prince Princess Duke Duchess Earl Countess Marquess Baron Baroness".split())
"""Titles that make a name with *of* and a place, a royal or noble style (*Prince of Wales*, *Duchess
of Edinburgh*): the style is a mention; before a person's name they are titles (*Prince William*)."""
_STREETS_NAMED_WITH_TITLES = frozenset({"Jalan", "Lebuh", "Lorong", "Persiaran"})
"""Malay words for a road, whose names keep a title (*Jalan Tun Razak*, *Jalan Sultan Ismail*)."""
_ADJECTIVE_TITLES = frozenset({"General", "Premier", "Justice"})
"""Titles that are also adjectives or fields in names: before an organisation word, or before
words that end in one, they are no title (*Premier League*, *General Assembly*, *Kettering General
Hospital*, *General Intelligence Service*, *Justice Department*; but *Dr Park*, *Judge Lane*)."""


@lru_cache(maxsize=1)
def alias_table() -> pd.DataFrame:
    """The actor alias table: ``entity``, ``variant``, ``kind``, ``type`` (person, organisation, country or
    place), ``note``; one row per variant."""
    return packaged_table("data", "actor_aliases.csv")


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles that introduce a person's name, as written (``analysis/data/person_titles.txt``: *President*, *Dr.*)."""
    return packaged_words("data", "person_titles.txt")


@lru_cache(maxsize=1)
def calendar_names() -> frozenset[str]:
    """Day and month names (``analysis/data/calendar_names.txt``): capitalised, never an actor."""
    return packaged_words("data", "calendar_names.txt")


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Words that make a name an organisation or a place (``analysis/data/organisation_words.txt``)."""
    return packaged_words("data", "organisation_words.txt")


@lru_cache(maxsize=1)
def non_name_acronyms() -> frozenset[str]:
    """Acronyms of common nouns and post-nominal letters (``analysis/data/non_name_acronyms.txt``)."""
    return packaged_words("data", "non_name_acronyms.txt")


@lru_cache(maxsize=1)
def compound_modifier_suffixes() -> frozenset[str]:
    """Words that end a compound modifier after a name, *-based*, *-owned*
    (``analysis/data/compound_modifier_suffixes.txt``)."""
    return packaged_words("data", "compound_modifier_suffixes.txt")


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """Words of a minister's portfolio in a title before a name, *Minister for Health*
    (``analysis/data/portfolio_words.txt``)."""
    return packaged_words("data", "portfolio_words.txt")


@lru_cache(maxsize=1)
def numbered_names() -> dict[str, str]:
    """Capitalised words read with the number after them (``analysis/data/numbered_names.tsv``):
    word -> ``name`` (*FTSE 100*), ``name after a name`` (*Senate Bill 1187*), ``reference``
    (*Section 16*) or ``currency`` (*RM48*)."""
    table = packaged_table("data", "numbered_names.tsv", sep="\t")
    return dict(zip(table["word"], table["kind"]))


_NUMBER = re.compile(r"\d+[A-Za-z]?")
_TEAM_NUMBER = re.compile(r"\d+ers")
"""A team's name ending in a number's plural (*Philadelphia 76ers*, *San Francisco 49ers*)."""


@lru_cache(maxsize=1)
def _currency_pattern() -> re.Pattern[str]:
    codes = sorted((w for w, kind in numbered_names().items() if kind == "currency"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, codes)) + r")\d")


def _currency_amount(word: str) -> bool:
    """Is ``word`` an amount written after its currency's letters (*RM48*, *KSh2bn*)?"""
    return _currency_pattern().match(word) is not None


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Names of countries (``analysis/data/country_names.txt``): names even where they are also
    ordinary words (*Turkey*, *China*), opening a sentence or in a headline."""
    return packaged_words("data", "country_names.txt")


@lru_cache(maxsize=1)
def nationality_adjectives() -> frozenset[str]:
    """Capitalised adjectives of nationality, region and religion (``analysis/data/nationality_adjectives.txt``)."""
    return packaged_words("data", "nationality_adjectives.txt")


_TITLE_TO_BE = ("-elect", "-designate")


def _is_title(word: str) -> bool:
    """Is ``word`` a title before a name, written with or without its full stop (*Sen.*, *Sen*, *Dr*),
    or a title to be (*President-elect*, *Minister-designate*)?"""
    titles = person_titles()
    if word.endswith(_TITLE_TO_BE):
        word = word.rsplit("-", 1)[0]
    return word in titles or word + "." in titles


@lru_cache(maxsize=1)
def snowball_stopwords() -> frozenset[str]:
    """The Snowball English stop words (lower case; ``analysis/data/stopwords_en.txt``)."""
    return packaged_words("data", "stopwords_en.txt")


def proper_noun_mask(doc: Document) -> np.ndarray:
    """Boolean per word (``doc.word_texts`` order): is it a proper noun? (rule in the module docstring).

    Computed once per document (memoised on it; treat the array as read-only)."""
    return derived(doc, "_proper_noun_mask", _proper_noun_mask)


def _proper_noun_mask(doc: Document) -> np.ndarray:
    mask = _find_proper_nouns(doc)
    mask.flags.writeable = False
    return mask


def _find_proper_nouns(doc: Document) -> np.ndarray:
    types, ids = doc.word_types
    n = len(ids)
    if not n:
        return np.zeros(0, dtype=bool)
    sentence = doc.word_sentence_ids
    capitalised_types = np.flatnonzero(_initial_cases(doc)[0]).tolist()
    stop = snowball_stopwords()
    stop_types = [k for k in capitalised_types if types[k].lower() in stop]  # few: only capitalised ones
    capitalised = np.zeros(len(types), dtype=bool)
    capitalised[capitalised_types] = True
    capitalised = capitalised[ids]
    first = np.ones(n, dtype=bool)
    first[1:] = sentence[1:] != sentence[:-1]
    headline = _headline_sentences(doc)[sentence]
    capitalised_inside = np.zeros(len(types), dtype=bool)
    capitalised_inside[ids[capitalised & ~first & ~headline]] = True
    # a function word capitalised inside one sentence ("GENEVA — The talks") says nothing about the others
    capitalised_inside[stop_types] = False
    # a capitalised function word is not a name ("told reporters: \"We promised\"", the pronoun I); US is
    stop_form = np.zeros(len(types), dtype=bool)
    stop_form[[k for k in stop_types if len(types[k]) == 1 or not types[k].isupper()]] = True
    # an acronym is a name wherever it stands ("OECD, which met ..."), but not a word of a line set in
    # capitals ("SOAP STAR'S SHOCK"), nor a label ("PHOTO: ...")
    acronym = np.zeros(len(types), dtype=bool)
    acronym[[k for k in capitalised_types if _is_acronym_form(types[k]) and len(types[k]) <= 6]] = True
    opening_acronym = first & acronym[ids]
    upper = np.zeros(len(types), dtype=bool)
    upper[[k for k in capitalised_types if types[k].isupper()]] = True
    opening_acronym[:-1] &= ~(upper[ids[1:]] & ~first[1:])
    starts, ends = doc.word_starts, doc.word_ends
    for k in np.flatnonzero(opening_acronym).tolist():
        if doc.text[int(ends[k]):int(ends[k]) + 1] == ":":
            opening_acronym[k] = False
    proper = capitalised & ~stop_form[ids] & (~first | capitalised_inside[ids] | opening_acronym)
    if "$" in doc.text:  # "C$4.2 billion", "NZ$30": the letters of a currency are no name
        at = [m.start() for m in _CURRENCY_LETTERS.finditer(doc.text)]
        currency = np.searchsorted(starts, at)
        proper[currency[(currency < n) & (starts[np.minimum(currency, n - 1)] == at)]] = False
    suffixes = compound_modifier_suffixes()
    modifiers = [k for k in capitalised_types if "-" in types[k] and types[k].rsplit("-", 1)[1] in suffixes]
    if modifiers:  # "the Winnipeg-based company": an adjective, not part of the name after it
        modifier = np.zeros(len(types), dtype=bool)
        modifier[modifiers] = True
        proper &= ~modifier[ids]
    if headline.any():  # in a headline, a capital proves nothing unless the word has no other use
        from .readability import is_familiar  # here: readability imports this module

        lower, adjectives = {t for t in types if t.islower()}, nationality_adjectives()
        name_like = np.zeros(len(types), dtype=bool)
        name_like[[k for k in capitalised_types if _is_acronym_form(types[k]) or capitalised_inside[k] or (
            types[k].lower() not in lower and types[k] not in adjectives and types[k].lower() not in _COMPASS_WORDS
            and not is_familiar(types[k].lower()) and not _common_english(types[k]))]] = True
        proper[headline] = capitalised[headline] & ~stop_form[ids[headline]] & name_like[ids[headline]]
    verbs = speech_verbs()
    for k in np.flatnonzero(first[:-1] & capitalised[:-1] & ~proper[:-1]).tolist():
        # "Chowdhury told reporters": a sentence opening with a word that is no English word, before
        # a verb of speaking, is a name even if the text never writes it inside a sentence
        if types[ids[k + 1]] in verbs and sentence[k + 1] == sentence[k] \
                and not doc.text[int(ends[k]):int(starts[k + 1])].strip() and not types[ids[k]].isupper() \
                and types[ids[k]].lower() not in stop and not _common_english(types[ids[k]]):
            proper[k] = True
    initial_a = [k for k in capitalised_types if types[k] == "A"]
    for k in np.flatnonzero(ids == initial_a[0]).tolist() if initial_a else ():
        # "Rosalind A. Kowalski-Brandt": A is an initial between two capitalised words, not the article
        if 0 < k < n - 1 and sentence[k - 1] == sentence[k] == sentence[k + 1] and proper[k - 1] \
                and capitalised[k + 1] and doc.text[int(ends[k]):int(starts[k + 1])] == ". ":
            proper[k] = True
    countries = country_names()
    country = [k for k in capitalised_types if types[k] in countries]
    if country:  # "Turkey signed", "Turkey and Egypt Sign Deal": a country's name wherever it stands
        is_country = np.zeros(len(types), dtype=bool)
        is_country[country] = True
        proper |= is_country[ids]
    return proper


COMMON_ENGLISH_FREQUENCY = 1e-6
"""Relative frequency in general English (wordfreq, case-folded; Zipf 3) at or above which a
capitalised word in a headline, with no other evidence, is taken for an ordinary word (*Thriller*,
*Novelist*, *Jostle*), not a name (*Halvorsen*, *Corvid*)."""


def _common_english(word: str) -> bool:
    from .terms import reference_frequency  # here: terms imports this module

    frequency = reference_frequency(word.lower())
    return frequency == frequency and frequency >= COMMON_ENGLISH_FREQUENCY  # nan: unknown, not common


def _initial_cases(doc: Document) -> tuple[np.ndarray, np.ndarray]:
    """Per word type (``doc.word_types``): does it begin with a capital, and with a lower-case letter?
    (memoised on ``doc``; read the first letters of all types at once, not type by type)."""
    return derived(doc, "_initial_cases", _find_initial_cases)


def _find_initial_cases(doc: Document) -> tuple[np.ndarray, np.ndarray]:
    types = doc.word_types[0]
    n = len(types)
    if not n:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    offsets = np.zeros(n, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, types[:-1]), dtype=np.int64, count=n - 1), out=offsets[1:])
    joined = "".join(types)
    first = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)[offsets]
    upper, lower = (first >= 65) & (first <= 90), (first >= 97) & (first <= 122)
    for k in np.flatnonzero(first > 127).tolist():  # beyond ASCII, ask Python
        upper[k], lower[k] = types[k][:1].isupper(), types[k][:1].islower()
    if "-" in joined or "d'" in joined:  # "al-Rashid", "el-Sisi", "Palme d'Or", "Côte d'Ivoire": a name
        starts = [m.start() for m in _ARTICLE_PREFIX.finditer(joined)]  # after an article is capitalised
        if starts:
            at = np.searchsorted(offsets, starts)
            found = at[(at < n) & (offsets[np.minimum(at, n - 1)] == starts)]
            upper[found], lower[found] = True, False
    return upper, lower


_CURRENCY_LETTERS = re.compile(r"(?<![\w$])[A-Z]{1,3}(?=\$)")
_ARTICLE_PREFIX = re.compile(r"(?:(?:al|el|ul|ad|ar|as|ash|at|az|ud|ur)-|d')(?=[A-Z])")
"""Arabic articles (*al-*, *el-*) and the French elided *d'* before a capital: the word is capitalised."""


def _is_acronym_form(word: str) -> bool:
    """Two or more capital letters and no lower-case one (*CBO*, *U.S.*)."""
    return word.isupper() and sum(ch.isalpha() for ch in word) >= 2


def _headline_sentences(doc: Document) -> np.ndarray:
    """Per sentence: is it a headline in title case? Half or more of its words (three or more) are
    capitalised (:func:`_title_case_sentences`), every word that is not is a stop word (*Senate Passes
    Bill as Talks Stall*, but not *Rep. Will Carden, R-Texas, disagreed*), it is no list (no semicolon
    and fewer than three commas: not a line-up, *Villa: Horák; Ndiaye, Marchetti, Carvalho*), it is
    a paragraph of its own
    (not a photo credit after a caption: *(Meridian Newswire/Lars Engström)*), it is not a byline
    (*By ...*), and some other sentence of the text is not in title case (a text of headlines alone has
    nothing to compare them with)."""
    return derived(doc, "_headlines", _find_headline_sentences)


def _find_headline_sentences(doc: Document) -> np.ndarray:
    title_case = _title_case_sentences(doc)
    if title_case.all():
        return np.zeros(len(title_case), dtype=bool)
    types, ids = doc.word_types
    common = _initial_cases(doc)[1].copy()  # words in lower case that are not stop words
    position = dict(zip(types, range(len(types))))
    common[[k for k in map(position.get, snowball_stopwords()) if k is not None]] = False
    title_case &= np.bincount(doc.word_sentence_ids[common[ids]], minlength=len(title_case)) == 0
    for k in np.flatnonzero(title_case).tolist():  # a list is no headline: "Aston Villa: Horák; Ndiaye, Carvalho",
        # nor are three commas ("Tangitu, Fox, Whitley, McGrath"); a headline may have two
        sentence = doc.sentences[k]
        span = doc.text[sentence.start:sentence.end]
        if ";" in span or span.count(",") >= 3:
            title_case[k] = False
    alone = np.zeros(len(title_case), dtype=bool)  # a headline is a paragraph of its own
    alone[[p.sentence_start for p in doc.paragraphs if p.sentence_end - p.sentence_start == 1]] = True
    title_case &= alone
    firsts = np.searchsorted(doc.word_sentence_ids, np.arange(len(title_case)))
    for k in np.flatnonzero(title_case).tolist():
        if firsts[k] < len(ids) and types[ids[firsts[k]]] == "By":
            title_case[k] = False
    return title_case


def _word_positions(doc: Document) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of each word, in ``doc.word_texts`` order."""
    return [(s, e, i) for (s, e), i in zip(doc.word_spans, doc.word_sentences)]


def proper_name_sequences(doc: Document, min_words: int = 2) -> pd.DataFrame:
    """Runs of ``min_words`` or more adjacent proper nouns, with their frequency.

    Returns ``sequence``, ``count``, ``first_sentence`` (0-based), sorted by
    count then first appearance. Words must be separated by spaces only (a
    comma ends a run), and ``of`` or name particles (:data:`NAME_PARTICLES`:
    *de la*, *van der*) may join two proper nouns.
    """
    positions = _word_positions(doc)
    found: dict[str, list[int]] = {}
    for run in _name_runs(doc):
        if len(run) >= min_words:
            text = doc.text[positions[run[0]][0]:positions[run[-1]][1]]
            found.setdefault(text, []).append(positions[run[0]][2])
    rows = [{"sequence": k, "count": len(v), "first_sentence": min(v)} for k, v in found.items()]
    frame = pd.DataFrame(rows, columns=["sequence", "count", "first_sentence"])
    return frame.sort_values(["count", "first_sentence"], ascending=[False, True], ignore_index=True)


_SentenceIds = np.ndarray | memoryview
"""Each word's sentence index (``doc.word_sentence_ids``), or a memoryview of it (Python ints when indexed)."""


class _Words:
    """Word ``k``'s text, the text between two words and the text of a run of words, looked up on
    demand (a long document never gets a list of every word or span)."""

    def __init__(self, doc: Document) -> None:
        # memoryviews of the int32 columns: indexing one gives a Python int, several times faster
        # than a numpy scalar, and nothing is copied
        self.types, ids = doc.word_types
        self.ids, self.starts, self.ends = memoryview(ids), memoryview(doc.word_starts), memoryview(doc.word_ends)
        self.text = doc.text

    def __getitem__(self, k: int) -> str:
        return self.types[self.ids[k]]

    def __len__(self) -> int:
        return len(self.ids)

    def gap(self, a: int, b: int) -> str:
        """The text between word ``a`` and word ``b``."""
        return self.text[self.ends[a]:self.starts[b]]

    def surface(self, first: int, last: int) -> str:
        """The text from word ``first`` to word ``last``, both included."""
        return self.text[self.starts[first]:self.ends[last]]


_POSSESSIVE_GAPS = frozenset(("'s ", "' ", "’s ", "’ "))
_COMMON_NOUN_ENDINGS = ("s", "er", "or", "ist", "ant", "ent", "men")  # plurals and agent nouns, not first names


def _common_possessor(word: str) -> bool:
    """Is ``word``, before a possessive and an organisation word, part of the organisation's name:
    a common English noun (*People's Congress*, *Workers' Federation*, *Coroner's Court*), not a
    country, a listed name or an organisation that owns it (*Ukraine's Foreign Ministry*, *the
    Labor Department's Bureau of Labor Statistics*), nor a first name (*St Andrew's Cathedral*)?"""
    from .readability import is_familiar  # here: readability imports this module

    lower = word.lower()
    common = is_familiar(lower) or (_common_english(word) and lower.endswith(_COMMON_NOUN_ENDINGS))
    return common and word not in organisation_words() and word not in country_names() \
        and word not in _listed_variants() and word not in nationality_adjectives()


def _common_noun_head(word: str, after: str) -> bool:
    """Does a name go on across *of* or *for* after ``word`` (*Economic Community of West African
    States*, *Port of Felixstowe*, *Transport for Wales*, *Player of the Year*)? Yes when ``word``
    is a familiar English noun (Dale–Chall list) that is not a title, a legal form or a place word
    joined to a place (*Sporting Club of Cairo*, *GmbH of Hamburg*, *Caves for Thaipusam*), nor a
    function word (*Shipping AS of Ålesund*), and what follows is no person's title. The caller also
    asks that ``word`` not open a sentence or a clause alone (*(Reuters) - Shares of Corvantis Inc.*)."""
    from .readability import is_familiar  # here: readability imports this module

    return is_familiar(word.lower()) and word.lower() not in snowball_stopwords() and word not in _COMPANY_SUFFIXES \
        and word not in _NOT_OF_HEADS \
        and not _is_title(after)


def _name_runs(doc: Document) -> list[range]:
    """Word indices of each run of adjacent proper nouns (joined by *of* or a particle, split after a
    title), as ranges (a run is contiguous: its joiners are inside it)."""
    words = _Words(doc)
    word, gap = words.__getitem__, words.gap
    proper = proper_noun_mask(doc)
    sentences = memoryview(doc.word_sentence_ids)  # Python ints when indexed
    titles, heads, calendar = person_titles(), organisation_words(), calendar_names()

    def joins(current: list[int], i: int) -> list[int] | None:
        """The joiners between the run and proper noun ``i`` if ``i`` continues it, else None."""
        last = current[-1]
        if sentences[last] != sentences[i] or i - last > 3:
            return None
        between = list(range(last + 1, i))
        joiners = [word(k) for k in between]
        if between and (word(i) in calendar or (len(current) == 1 and word(last) in calendar)):
            return None  # "James House for Thursday's meeting", "a first win since August for Alavés"
        if between and not (all(w in NAME_PARTICLES for w in joiners) or (
                joiners == ["for", "the"] and word(last) in heads) or (
                joiners in (["of"], ["of", "the"]) and _complement_of_head(current) and _ordinary_word(word(last))) or (
                joiners in (["of"], ["for"], ["of", "the"]) and (
                    word(last) in heads or (word(last) in titles and word(last) not in _MEMBERS_FOR)
                    or (joiners == ["of", "the"] and word(i) == "Year") or (
                        _common_noun_head(word(last), word(i))
                        # a common noun alone may open the name only inside a clause: not "(Reuters) -
                        # Shares of ..."
                        and (len(current) > 1 or (last > 0 and sentences[last - 1] == sentences[last] and not any(
                            c in gap(last - 1, last) for c in "-–—:()\"“")))))) or (
                joiners == ["on"] and word(last) in heads and word(i) not in calendar)):
            # "Bank of England", "Centre for Security Studies", "Secretary of State", "de la",
            # "Department of the Treasury", "Convention on Climate Change" (not "Board on Monday")
            return None
        if not between and gap(last, i) in _POSSESSIVE_GAPS and (word(i) in heads or word(i)[:-1] in heads or (
                # "People's Liberation Army", not "Prairie Grain's Thunder Bay": a plural's possessive
                _head_ahead(i) and _ordinary_word(word(i)) and (
                    word(last).endswith("s") or word(last) in _IRREGULAR_PLURALS))) and (
                _common_possessor(word(last)) or _is_title(word(last))):
            return between  # "National People's Congress", "Irish Property Owners' Association", "Sheriff's Office",
            # "National Federation of Fishermen's Organisations" (a head in the plural)
        if not between and gap(last, i) == "." and _exchange_suffix(words, last, i):
            return between  # "Nvidia Corp (NVDA.O)": a ticker with its exchange's letters
        if any(gap(a, b).strip() not in ("", "&") and not (gap(a, b) == ". " and _is_initial(word(a)) and not (
                a > 0 and word(a - 1)[:1].isdigit() and gap(a - 1, a) == " "))  # "50 C. Hyderabad": a unit
               for a, b in zip([last, *between], [*between, i])):
            return None  # "Berlin, Germany"; "Pell & Hart" stays whole, as do "N. Ramsaran", "Laurence H. Tribe"
        if not between and not (word(last) in _ADJECTIVE_TITLES and _head_ahead(i)) \
                and f"{word(last)} {word(i)}" not in titles and word(current[0]) not in _STREETS_NAMED_WITH_TITLES and (
                    word(last) in titles or " ".join(word(j) for j in current[-2:]) in titles):
            # "French President | Emmanuel Macron", but "Secretary of State" and "Datuk Seri" stay whole,
            # and a title before an organisation word is none: "Premier League", "Kettering General Hospital"
            return None
        if not word(i).isupper() and len(current) >= 2 and all(
                word(j).isupper() and len(word(j)) > 1 for j in current[-2:]):
            return None  # "TOM REESE | Associated Press": a byline in capitals before the agency
        return between

    def _head_ahead(i: int) -> bool:
        """Is word ``i``, or one of the next two proper nouns after it (spaces only between), an
        organisation word (*General* | *Intelligence Service*)?"""
        for k in range(i, min(i + 3, len(proper))):
            if k > i and not (proper[k] and gap(k - 1, k) == " " and sentences[k] == sentences[i]):
                return False
            if word(k) in heads:
                return True
        return False

    def _complement_of_head(current: list[int]) -> bool:
        """Has the run crossed *of* or *for* after an organisation word (*Office for the Coordination*
        | *of Humanitarian Affairs*, *Organisation for the Prohibition* | *of Chemical Weapons*)?"""
        return any(word(k) in ("of", "for") and k > current[0] and word(k - 1) in heads for k in current)

    runs: list[range] = []
    current: list[int] = []
    for i in np.flatnonzero(proper).tolist():
        between = joins(current, i) if current else None
        if between is None:
            if current:
                runs.append(range(current[0], current[-1] + 1))
            current = [i]
        else:
            current.extend(between)
            current.append(i)
    if current:
        runs.append(range(current[0], current[-1] + 1))
    return _widened_runs(runs, words, sentences, heads)


_OPENING_QUOTES = ('"', "“", "'", "‘")
_CLOSING_QUOTES = ('"', "”", "'", "’")


def _quoted(words: _Words, first: int, last: int) -> bool:
    """Do words ``first`` to ``last`` stand alone in quotation marks, a title or a nickname (*"The Salt
    Orchard,"*, *"Tidewater."*): an opening mark just before, and a closing one just after, or after
    a comma or full stop?"""
    before = words.text[max(0, int(words.starts[first]) - 1):int(words.starts[first])]
    after = words.text[int(words.ends[last]):int(words.ends[last]) + 2]
    return before in _OPENING_QUOTES and (after[:1] in _CLOSING_QUOTES or (
        after[:1] in (",", ".") and after[1:] in _CLOSING_QUOTES))


_CHAMBERS = frozenset({"House", "Commons", "Lords"})
"""Chambers of a legislature that news names by one familiar word after *the* inside a sentence
(*the bill now goes to the House*): a name, though the word alone is familiar."""
_CASE_JOINS = frozenset((" v. ", " et al. v. "))
"""What stands between the parties of a court case's name, as law reports and news write it
(*Roe v. Wade*, *Digital Subscription Alliance et al. v. Federal Trade Commission*); *v* without
its full stop is a sports fixture (*Wales v Scotland*), two teams."""


def _exchange_suffix(words: _Words, ticker: int, suffix: int) -> bool:
    """Is word ``suffix`` the exchange's letters of the ticker ``ticker`` in brackets, as wire copy
    writes them (*(NVDA.O)*, *(DG.N)*, *(RELI.NS)*): one to three capitals after a full stop, then
    the closing bracket?"""
    code = words[suffix]
    return words[ticker].isupper() and code.isupper() and code.isalpha() and len(code) <= 3 \
        and words.text[int(words.ends[suffix]):int(words.ends[suffix]) + 1] == ")" \
        and words.text[int(words.starts[ticker]) - 1:int(words.starts[ticker])] == "("


def _portfolio_item(word: str) -> bool:
    """A word of a listed portfolio (``portfolio_words.txt``) or a familiar English word (Dale–Chall
    list) that names no listed actor: *Food*, *Rural*, *Media*; not *Google*, *London*."""
    from .readability import is_familiar  # here: readability imports this module

    return (word in portfolio_words() or is_familiar(word.lower())) and word not in _listed_variants() \
        and word not in country_names()


def _portfolio_lists(runs: list[range], words: _Words, sentences: _SentenceIds, heads: frozenset[str]) -> list[range]:
    """Runs joined across a list of portfolios after an organisation word and *for* or *of*
    (*Department for Environment, Food and Rural Affairs*, *Department for Culture, Media and Sport*):
    each further item is a word or words common in English, after a comma, the last after *and*;
    a list that does not end in *and* is left apart (*the Department for Education, London*)."""
    joined: list[range] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        opens = any(words[j] in ("for", "of") and words[j - 1] in heads for j in run[1:-1])
        last = k
        while opens and last + 1 < len(runs):
            a, b = runs[last], runs[last + 1]
            gap = words.gap(a[-1], b[0]) if b.start == a.stop else ""
            between = [words[j] for j in range(a.stop, b.start)]
            if sentences[b.start] != sentences[run.start] or not all(_portfolio_item(words[j]) for j in b):
                break
            if b.start == a.stop and gap == ", ":
                last += 1
                continue
            if between in (["and"], ["and", "the"]) and words.gap(a[-1], a.stop) in (" ", ", ") and last > k:
                last += 1
                joined.append(range(run.start, runs[last].stop))
                break
            break
        if joined and joined[-1].start == run.start:
            k = last + 1
        else:
            joined.append(run)
            k += 1
    return joined


def _widened_runs(runs: list[range], words: _Words, sentences: _SentenceIds, heads: frozenset[str]) -> list[range]:
    """Runs joined across *and* when the second ends in an organisation word, the first has none, and
    either is made of words common in English besides that word (*Food and Drug Administration*,
    *Health Insurance Portability and Accountability Act*; not *Bank of England and Federal
    Reserve*, nor two people, *Daniel Okafor-Reyes and Hye-jin Park*), or when the second
    continues the complement of an organisation name (:func:`_complement_continues`), and widened to
    the name particles before them (*de Vries*, *Van der Merwe* opening a sentence) and to a
    capitalised *The* inside a sentence (*said The Globe and Mail*)."""
    widened: list[range] = []
    listed = _listed_variants()
    for run in _portfolio_lists(runs, words, sentences, heads):
        previous = widened[-1] if widened else None
        if previous is not None and len(previous) == 1 and len(widened) >= 2 and _nickname_between(
                widened[-2], previous, run, words, sentences):
            widened[-2:] = [range(widened[-2].start, run.stop)]  # 'Odane "Duppy" McKenzie'
            continue
        if previous is not None and sentences[previous.start] == sentences[run.start] and words[run[-1]] in _LAW_HEADS \
                and 1 <= run.start - previous.stop <= 2 and [words[k] for k in range(previous.stop, run.start)] in (
                    ["of"], ["of", "the"]) and all(words.gap(a, a + 1) == " " for a in range(previous[-1], run.start)):
            widened[-1] = range(previous.start, run.stop)  # "Proceeds of Crime Act", "Representation of the People Act"
            continue
        if previous is not None and sentences[previous.start] == sentences[run.start] \
                and words.gap(previous[-1], run[0]) in _CASE_JOINS:
            widened[-1] = range(previous.start, run.stop)  # "Lone Star Booksellers Alliance v. Carrasco"
            continue
        if previous is not None and run.start - previous.stop == 1 and words[previous.stop] == "and" \
                and words.surface(previous.start, run[0]) in listed:
            widened[-1] = range(previous.start, run.stop)  # "Trinidad and Tobago Red Force"
            continue
        if previous is not None and run.start - previous.stop == 1 and words[previous.stop] == "and" \
                and sentences[previous.start] == sentences[run.start] \
                and words.gap(previous[-1], previous.stop) == " " == words.gap(previous.stop, run.start) and (
                    ((words[run[-1]] in heads or words[run[-1]] in _LAW_HEADS)
                     and words[run[-1]] not in _COMPANY_SUFFIXES and words[run[-1]] != "Partners"
                     and not any(words[k] in heads for k in previous)
                     and (all(_ordinary_word(words[k]) for k in previous)
                          or all(_ordinary_word(words[k]) for k in run[:-1])))
                    or _fields_of_a_body(previous, run, words, heads)
                    or _complement_continues(previous, run, words, heads)):
            widened[-1] = range(previous.start, run.stop)
            continue
        if previous is not None and run.start == previous.stop and sentences[previous.start] == sentences[run.start] \
                and words.gap(previous[-1], run.start) in ("'s ", "' ") and any(words[k] in heads for k in run) \
                and (words[previous[-1]] in _ROYAL_POSSESSORS
                     or (len(previous) >= 2 and words[previous[-2]] in ("St", "St.", "Saint"))):
            widened[-1] = range(previous.start, run.stop)  # "King's College London", "St James' Park"
            continue
        start = run.start
        while start > 0 and sentences[start - 1] == sentences[start] and words.gap(start - 1, start) == " " and (
                words[start - 1] in NAME_PARTICLES or (
                    words[start - 1].lower() in NAME_PARTICLES and words[start - 1][:1].isupper()
                    and (start == 1 or sentences[start - 2] != sentences[start]))):
            start -= 1  # "de Vries"; "Van der Merwe said" (a capitalised particle opening the sentence)
        if start > 0 and words[start - 1] == "The" and start > 1 and sentences[start - 2] == sentences[start] \
                and words.gap(start - 1, start) == " " \
                and (words.gap(start - 2, start - 1).strip(" ") in _CREDIT_SEPARATORS
                     or (words.gap(start - 2, start - 1) == ", " and _in_byline(words, sentences, start))) \
                and (previous is None or previous.stop < start - 1 or words.gap(start - 2, start - 1).strip(" ")):
            start -= 1  # "said The Globe and Mail", "in The Hague", "By Ann Lee | The Keystone Ledger",
            # "By Ann Lee, The Canadian Press"
        elif start > 0 and words[start - 1] == "The" and sentences[start - 1] == sentences[start] \
                and words.gap(start - 1, start) == " " and _quoted(words, start - 1, run[-1]):
            start -= 1  # 'the film "The Salt Orchard"': a title in quotation marks keeps its article
        widened.append(range(start, run.stop) if previous is None or previous.stop <= start else run)
    for k, run in enumerate(widened):  # a law's year is part of its name: "Data Protection Act 2019"
        after = run.stop  # ... or "Trade Act of 1974", or "Companies Act, 2013" as Indian and Canadian laws are cited
        if after + 1 < len(words) and words[after] == "of" and words.gap(after, after + 1) == " ":
            after += 1
        if len(run) > 1 and words[run[-1]] in _LAW_HEADS and after < len(words) \
                and sentences[after] == sentences[run.start] and words.gap(after - 1, after) in (" ", ", ") \
                and (words.gap(run[-1], run.stop) == " " or (after == run.stop and words[run[-1]] == "Act")) \
                and _YEAR.fullmatch(words[after]):
            widened[k] = range(run.start, after + 1)
    return widened


_LAW_HEADS = frozenset({"Act", "Bill"})
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _is_initial(word: str) -> bool:
    """A single capital letter: an initial (*N.* of *N. Ramsaran*)."""
    return len(word) == 1 and word.isupper()


def _nickname_between(first: range, nickname: range, last: range, words: _Words, sentences: _SentenceIds) -> bool:
    """Is ``nickname`` one word in quotation marks between two parts of a name, in one sentence
    (*Odane "Duppy" McKenzie*, *Iain "Ginger" Mac a' Phearsain*)?"""
    if not (first.stop == nickname.start and nickname.stop == last.start) or \
            sentences[first.start] != sentences[last.start]:
        return False
    return words.gap(first[-1], nickname[0]) in (' "', " “", " '", " ‘") and \
        words.gap(nickname[0], last[0]) in ('" ', "” ", "' ", "’ ")


_STANDALONE_HEADS = frozenset(
    "Office Ministry Department Agency Bank Council Commission Committee Party Company Corporation Court "
    "University Association Authority Union Board Police".split())


def _fields_of_a_body(previous: range, run: range, words: _Words, heads: frozenset[str]) -> bool:
    """Do ``previous`` and ``run``, across *and*, name one body's two fields: words common in English
    after an optional body word, then words ending in an organisation word, or in one before *of* (*House
    Energy* and *Commerce Committee*, *Securities* and *Exchange Board of India*, *University and
    College Union*)? Not two bodies (*White House* and *State Department*, *Bank of England* and
    *Federal Reserve*)."""
    field = [words[k] for k in previous]
    joiner = next((k for k in run if words[k] in ("of", "for")), None)
    head = run[-1] if joiner is None else joiner - 1
    return head > run.start and words[head] in heads and (field[-1] not in heads or len(field) == 1) \
        and not any(w in heads for w in field[1:]) and " ".join(field) not in _listed_variants() \
        and all(w[:1].isupper() and _ordinary_word(w) for w in field) \
        and all(_ordinary_word(words[k]) for k in range(run.start, head))


def _complement_continues(previous: range, run: range, words: _Words, heads: frozenset[str]) -> bool:
    """Does ``run`` continue, across *and*, the complement of an organisation name that ends
    ``previous``? *Department of Health* + *Human Services*, *Centre for Disease Control* +
    *Prevention*: the complement after *of* or *for* and the run are words common in English, and
    the run is no organisation of its own (*Ministry of Defence and Foreign Office*, *Bank of
    England and Federal Reserve*: a standalone head or a name the alias table lists)."""
    joiner = next((k for k in previous if words[k] in ("of", "for")), None)
    if joiner is None or joiner == previous.start or words[joiner - 1] not in heads or len(run) > 3:
        return False
    complement = [words[k] for k in range(joiner + 1, previous.stop)]
    added = [words[k] for k in run]
    listed = _listed_variants()
    return bool(complement) and not any(w in _STANDALONE_HEADS for w in added) and all(
        w[:1].isupper() and _ordinary_word(w) and w not in listed for w in complement) and all(
        w[:1].isupper() and _ordinary_word(w) for w in added) and " ".join(added) not in listed


@lru_cache(maxsize=1)
def _listed_variants() -> frozenset[str]:
    """Every variant of the alias table (*Federal Reserve*, *England*): a name of its own."""
    return frozenset(alias_table()["variant"])


def _ordinary_word(word: str) -> bool:
    """A word common in general English (:func:`_common_english`) and not hyphenated: *Drug*,
    *Health*, not *Hye-jin* or *Okafor-Reyes* (a hyphenated capitalised word is mostly a name)."""
    return "-" not in word and _common_english(word)


@lru_cache(maxsize=1)
def _variant_index() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """First word of a variant -> [(variant words, alias row)], longest first."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for row, variant in enumerate(alias_table()["variant"]):
        words = tuple(variant[s:e] for s, e, kind in token_spans(variant) if kind in COUNTED_KINDS)
        if words:
            index.setdefault(words[0], []).append((words, row))
    for entries in index.values():
        entries.sort(key=lambda item: -len(item[0]))
    return index


@lru_cache(maxsize=1)
def variant_word_counts() -> dict[int, int]:
    """Alias row -> number of words in its variant (the document model's words: *U.S.* is one)."""
    return {row: len(words) for entries in _variant_index().values() for words, row in entries}


@lru_cache(maxsize=1)
def _first_rows() -> dict[str, int]:
    """Variant -> the alias table's first row for it."""
    rows: dict[str, int] = {}
    for row, variant in enumerate(_alias_columns()[1]):
        rows.setdefault(variant, row)
    return rows


@lru_cache(maxsize=1)
def _alias_columns() -> tuple[list[str], list[str], list[str], list[str]]:
    """The alias table's entity, variant, kind and type columns as plain lists."""
    aliases = alias_table()
    return (aliases["entity"].tolist(), aliases["variant"].tolist(), aliases["kind"].tolist(),
            aliases["type"].tolist())


def iter_actor_mentions(doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """Yield (entity, variant, alias row, first word index) for each mention, in text order."""
    yield from _mentions(doc)


def _mentions(doc: Document) -> list[tuple[str, str, int, int]]:
    """The mentions of :func:`iter_actor_mentions`, found once per document (memoised on ``doc``)."""
    return derived(doc, "_actor_mentions", _find_mentions)


PLACE_PREPOSITIONS = frozenset("in at near outside inside across around".split())
"""Prepositions after which a capitalised name is a place (*in London*), for actors and stance holders."""
_PLACE_OPENERS = frozenset(
    "New San Santa Los Las Saint St Port Fort Mount Lake Cape Great Upper Lower Little Old Grand North South "
    "East West".split())
"""Familiar words that begin place names (*New York*, *Port Moresby*): opening a sentence before a name, part of it."""


def _two_word_title(words: _Words, k: int, titles: frozenset[str]) -> bool:
    """Are words ``k`` and ``k + 1`` a title of two words (*Tan Sri*, *Menteri Besar*)?"""
    return words.surface(k, k + 1) in titles


def _before_title(run: range, words: _Words, titles: frozenset[str], portfolios: frozenset[str],
                  adjectives: frozenset[str], heads: frozenset[str]) -> range:
    """The name before a title that ends the run, or an empty run: an acronym, an organisation,
    a name the alias table lists or one word that is neither familiar nor common in English is kept
    (*IAEA* of *IAEA Director General*, *European Commission* of *European Commission President*,
    *Albay* of *Albay Governor*); anything else before a title is part of it (*French
    President*, *Foreign Minister*, *Science Editor*, *Sen.*)."""
    end = len(run)
    while end:
        if end >= 2 and _two_word_title(words, run[end - 2], titles):
            end -= 2
        elif _is_title(words[run[end - 1]]):
            end -= 1
        else:
            break
    if end == len(run):
        return run
    rest = [words[j] for j in run[:end]]
    if len(rest) >= 2 and rest[-1] in ("of", "for") and rest[-2] in heads and end == len(run) - 1:
        return run  # "Department of Justice", "Court of Justice": the title word is the body's field
    if not rest or rest[-1] in ("of", "for", "and") or all(w in portfolios or w in adjectives for w in rest):
        return run[:0]  # "Federal Court of | Justice", "Foreign Minister", "French President"
    if len(rest) == 1 and not _common_english(rest[0]) and not _is_title(rest[0]):
        from .readability import is_familiar  # here: readability imports this module

        if not is_familiar(rest[0].lower()):
            return run[:end]  # "Ontario Premier", "Kerry TD", "Albay Governor": a place or a party
    if " ".join(rest) in _listed_variants() and _alias_columns()[3][_first_rows()[" ".join(rest)]] == "country" \
            and end < len(run) - 1:
        return run[:0]  # "U.S. District Judge": a country before an office of several words is part of it
    if all(_is_acronym_form(w) for w in rest) or heads.intersection(rest) or " ".join(rest) in _listed_variants():
        return run[:end]  # "IAEA Director General", "European Commission President", "Kremlin spokesman"
    return run[:0]  # "Science Editor", "Emergency Management Minister": a job's words, not a name


def _team_plural(words: _Words, k: int, sentences: _SentenceIds) -> bool:
    """Is word ``k`` a capitalised plural after *the*, the name of a team or a group (*the Reds*,
    *The Mets have won*, *the Greens*), though a familiar word in lower case? Not before a
    possessive or *and* (*the Mothers' Union*, *the Medicines and Healthcare products ...*)."""
    if not (k > 0 and words[k].endswith("s") and words[k - 1] in ("the", "The")
            and sentences[k - 1] == sentences[k] and (words[k - 1] == "The" or sentences[k - 2] == sentences[k])):
        return False
    after = k + 1
    return after >= len(words) or (words.gap(k, after)[:1] not in ("'", "’") and words[after] != "and")


_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern southeastern "
    "southwestern rural downtown".split())


def _after_place_preposition(types: tuple[str, ...], ids: np.ndarray, sentences: _SentenceIds, i: int) -> bool:
    """Does word ``i`` follow a preposition of place in its sentence, directly or after *the*?"""
    k = i - 1
    if k >= 0 and sentences[k] == sentences[i] and types[ids[k]].lower() in _COMPASS_WORDS:
        k -= 1  # "in eastern Washington"
    if k >= 0 and sentences[k] == sentences[i] and types[ids[k]] == "the":
        k -= 1
    return k >= 0 and sentences[k] == sentences[i] and types[ids[k]].lower() in PLACE_PREPOSITIONS


def _name_word(doc: Document, k: int, beside: int, opening_counts: bool = False) -> bool:
    """Is word ``k`` a capitalised word of another name, joined to word ``beside`` by spaces only?

    Not a title (*Mayor*), a day or month, or a capitalised function or familiar
    word opening the sentence (*But Miller said*), unless ``opening_counts``."""
    types, ids = doc.word_types
    sentences = doc.word_sentence_ids
    if k < 0 or k >= len(ids) or sentences[k] != sentences[beside]:
        return False
    word = types[ids[k]]
    if not word[:1].isupper() or word in calendar_names() or (word in person_titles() and not (
            word in _ADJECTIVE_TITLES and k + 1 < len(ids) and types[ids[k + 1]] in organisation_words())):
        return False  # a title, but not "General Assembly" (UN General Assembly)
    if _headline_sentences(doc)[sentences[k]] and not proper_noun_mask(doc)[k]:
        return False  # "Fed Holds Rates Steady": a headline's capitals prove nothing
    first, last = min(k, beside), max(k, beside)
    starts, ends = doc.word_offsets(first, last + 1)
    if doc.text[int(ends[0]):int(starts[-1])].strip():
        return False  # "Berlin, Germany"; "Kyiv's"
    if not opening_counts and (k == 0 or sentences[k - 1] != sentences[k]):  # a name only if not an ordinary word
        from .readability import is_familiar  # here: readability imports this module

        return word.lower() not in snowball_stopwords() and not is_familiar(word.lower())
    return True


def _body_before(doc: Document, k: int) -> bool:
    """Does word ``k`` end a capitalised name that holds an organisation word, joined by spaces or
    *of* (*Court of Justice*, *Council*), so that *of the* + a listed name after it continues it? Not
    when a title opens it (*President of the United States*: the office and the country)."""
    types, ids = doc.word_types
    heads, titles, sentences = organisation_words(), person_titles(), doc.word_sentence_ids
    found = False
    while k >= 0 and sentences[k] == sentences[k + 1]:
        word = types[ids[k]]
        starts, ends = doc.word_offsets(k, k + 2)
        if doc.text[int(ends[0]):int(starts[1])] != " " or not (word[:1].isupper() or word == "of"):
            break
        if word in titles and not (k > 0 and types[ids[k - 1]] == "of"):
            return False  # a title, unless inside the name ("Court of Justice")
        found = found or word in heads
        k -= 1
    return found


def _listed_alone(word: str) -> bool:
    """Is ``word`` by itself a variant of the alias table (*Russia*, *Kremlin*)?"""
    return any(len(words) == 1 for words, _ in _variant_index().get(word, ()))


def _inside_longer_name(doc: Document, kind: str, actor_type: str, i: int, end: int) -> bool:
    """Is the variant at words ``i:end`` part of a longer name (rules in the module docstring)?"""
    types, ids = doc.word_types
    index = _variant_index()
    if kind == "short name" or (kind == "name" and end == i + 1 and actor_type == "organisation"):
        # "Stephen Miller" is not Matthew Miller; "Michael Bloomberg" is not the news agency
        return _name_word(doc, i - 1, i) and types[ids[i - 1]] not in index
    if kind == "title":
        same_sentence = end < len(ids) and doc.word_sentence_ids[end] == doc.word_sentence_ids[i]
        return (same_sentence and types[ids[end]] == "for") or _name_word(doc, end, end - 1)
    if kind in ("name", "metonymy", "abbreviation") and actor_type in ("place", "country", "organisation"):
        after = end
        while _name_word(doc, after, after - 1) and types[ids[after]] not in index:
            after += 1
        if after > end:
            # "Paris Saint-Germain", "Washington Post", "U.S. Senate", "United Nations Security Council",
            # and an office: "U.S. District Judge Helen Ostrowski", "UK Prime Minister"
            return True
        if _name_word(doc, i - 1, i) and not _listed_alone(types[ids[i - 1]]):
            return True  # "Latin America", "Union Berlin", "Cancer Research UK", "North America" (though
            # "North" opens "North Atlantic Treaty Organization"); not "Russia Ukraine"
        if i >= 2 and types[ids[i - 1]] in NAME_PARTICLES and _name_word(doc, i - 2, i - 2, opening_counts=True):
            return True  # "Stade de France"
        if i >= 3 and types[ids[i - 1]] == "the" and types[ids[i - 2]] == "of" and _body_before(doc, i - 3):
            return True  # "Court of Justice of the European Union"; not "President of the United States"
    if kind in ("name", "metonymy") and end == i + 1 and actor_type in ("place", "country"):
        if i >= 2 and types[ids[i - 1]] == "of" and _name_word(doc, i - 2, i - 2, opening_counts=True) \
                and types[ids[i - 2]] not in index:
            return True  # "Bank of America"; not "Zelensky of Ukraine"
        if i >= 3 and types[ids[i - 1]] == "for" and _name_word(doc, i - 2, i - 2, opening_counts=True) \
                and _name_word(doc, i - 3, i - 2, opening_counts=True) and types[ids[i - 2]] not in index:
            return True  # "Concerned Women for America": as a name runs on across "for" after two
            # words (:func:`_name_runs`); not "Support for Ukraine"
    return False


def _find_mentions(doc: Document) -> list[tuple[str, str, int, int]]:
    entities, variants, kinds, kinds_of_type = _alias_columns()
    index = _variant_index()
    types, ids = doc.word_types
    starts_variant = np.fromiter(map(index.__contains__, types), dtype=bool, count=len(types))
    if not starts_variant.any():
        return []
    candidates = np.flatnonzero(starts_variant[ids]).tolist()
    n_words = len(ids)
    sentences = memoryview(doc.word_sentence_ids)  # Python ints when indexed
    text = doc.text
    found = []
    other_bearers: set[str] = set()  # surnames that someone else in the text bears ("Sarah Macron")
    has_dollar = "$" in text
    resume = 0
    for i in candidates:
        if i < resume:
            continue
        second = types[ids[i + 1]] if i + 1 < n_words else None
        for variant_words, row in index[types[ids[i]]]:
            end = i + len(variant_words)
            if end - i > 1:
                if end > n_words or variant_words[1] != second \
                        or tuple(types[k] for k in ids[i:end].tolist()) != variant_words:
                    continue
                if sentences[end - 1] != sentences[i]:
                    continue
                starts, ends = doc.word_offsets(i, end)
                if any(text[e:s].strip() for e, s in zip(ends[:-1].tolist(), starts[1:].tolist())):
                    continue
            if has_dollar and text[int(doc.word_offsets(end - 1, end)[1][0]):][:1] == "$":
                break  # "US$48m", "NZ$30": a currency's letters, no country
            if kinds[row] == "metonymy" and _after_place_preposition(types, ids, sentences, i):
                break  # "in London": the place, not the government it can stand for
            if _inside_longer_name(doc, kinds[row], kinds_of_type[row], i, end):
                if kinds[row] == "short name":
                    other_bearers.add(variants[row])
                break
            found.append((entities[row], variants[row], row, i))
            resume = end
            break
    if other_bearers:  # a bare surname another person in the text bears is theirs unless the famous full name occurs
        named = {entities[row] for _, _, row, _ in found if kinds[row] in ("name", "title")}
        found = [m for m in found if not (kinds[m[2]] == "short name" and m[1] in other_bearers
                                          and m[0] not in named)]
    return found


def _modifier_name(word: str, after_name: bool = False) -> str | None:
    """The name a compound modifier is made from (*Kremlin* of *Kremlin-backed*, *UK* of *UK-wide*;
    suffixes in ``compound_modifier_suffixes.txt``), or None: not for a nationality (*Russian-backed*),
    a language (*Tamil-speaking*) or an ordinary word (*State-run*)."""
    head, _, suffix = word.rpartition("-")
    if not head[:1].isupper() or suffix not in compound_modifier_suffixes() or head in nationality_adjectives() \
            or suffix == "speaking":  # "Tamil-speaking": a language
        return None
    from .readability import is_familiar  # here: readability imports this module

    if head.lower() in snowball_stopwords() or (not _is_acronym_form(head) and is_familiar(head.lower()) and not after_name):
        return None  # "State-run"; but "Mercury Prize-nominated" (``after_name``) names the Mercury Prize
    return head


def _modifier_mentions(doc: Document, found_in_text: bool) -> list[tuple[str, str, str, bool, int, int]]:
    """Names inside compound modifiers (*the Kremlin-backed outlet*, *a New York-based fund*), as
    mentions of :func:`all_actor_mentions` whose span ends at the hyphen (:func:`mention_end`).

    The name may begin with capitalised words just before the modifier (*New*, *San Francisco*).
    A name the alias table lists is its actor's (*Kremlin*: Russia); any other is an actor of
    its own, only if ``found_in_text``."""
    types, ids = doc.word_types
    heads = {k: name for k, word in enumerate(types) if "-" in word and (name := _modifier_name(word, after_name=True))}
    if not heads:
        return []
    listed = _first_rows()
    entities, _, kinds, _ = _alias_columns()
    found = []
    for i in np.flatnonzero(np.isin(ids, list(heads))).tolist():
        first = i
        while _name_word(doc, first - 1, first):
            first -= 1  # "San Francisco-based"
        if first == i and _modifier_name(types[ids[i]]) is None:
            continue  # a familiar word alone before the hyphen: "State-run"
        starts = doc.word_offsets(first, i + 1)[0]
        name = doc.text[int(starts[0]):int(starts[-1])] + heads[int(ids[i])]
        row = listed.get(name)
        if row is not None:
            found.append((entities[row], name, kinds[row], True, first, i - first + 1))
        elif found_in_text:
            found.append((name, name, "name", False, first, i - first + 1))
    return found


def mention_end(doc: Document, last_word: int) -> int:
    """Offset in ``doc.text`` where a mention ending with word ``last_word`` ends: after the word;
    at its last hyphen when the word is a compound modifier made from a name (*Cairo-based*:
    *Cairo*; :func:`_modifier_name`); and after the period that follows it when the word is an
    abbreviation (*Jr.*, *Inc.*, *Co.*; ``abbreviations.tsv``) and the sentence goes on (*Naver
    Corp. and Kakao*). A period that also ends the sentence is left to the sentence, as news
    annotators do."""
    types, ids = doc.word_types  # per word only: the whole-document columns are built on each access
    word = types[ids[last_word]]
    starts, ends = doc.word_offsets(last_word, last_word + 1)
    if "-" in word and _modifier_name(word, after_name=True) is not None:
        return int(starts[0]) + word.rindex("-")
    end = int(ends[0])
    sentences = doc.word_sentence_ids
    if (doc.text[end:end + 1] == "." and last_word + 1 < len(ids)
            and sentences[last_word + 1] == sentences[last_word] and abbreviation_kind(word) is not None):
        return end + 1
    return end


def actor_mentions(doc: Document, found_in_text: bool = True) -> pd.DataFrame:
    """Every mention of an actor: those of the alias table, longest variant first, and (unless
    ``found_in_text`` is False) the names it does not list, found in the text (:func:`text_actor_mentions`).

    Returns one row per mention, in text order: ``entity``, ``variant``, ``kind``,
    ``listed`` (True for the alias table's actors), ``sentence`` (0-based),
    ``start``, ``end`` (offsets into ``doc.text``), ``word`` (index of its
    first word in ``doc.word_texts``). A mention never crosses a sentence, and spans no punctuation
    but an initial's or an abbreviation's full stop, a ticker's (*NVDA.O*), a possessive inside a name
    and a court case's *v.* (*Roe v. Wade*).
    """
    positions = _word_positions(doc)
    rows = [{"entity": entity, "variant": variant, "kind": kind, "listed": listed, "sentence": positions[i][2],
             "start": positions[i][0], "end": mention_end(doc, i + n_words - 1), "word": i}
            for entity, variant, kind, listed, i, n_words in all_actor_mentions(doc, found_in_text)]
    return pd.DataFrame(rows, columns=["entity", "variant", "kind", "listed", "sentence", "start", "end", "word"])


def all_actor_mentions(doc: Document, found_in_text: bool = True) -> list[tuple[str, str, str, bool, int, int]]:
    """(entity, variant, kind, listed, first word, number of words) of every actor mention, in text order:
    the alias table's (``listed``) and, unless ``found_in_text`` is False, the names found in the text;
    both include names inside compound modifiers (:func:`_modifier_mentions`; such a mention's last
    word goes on past the name, so take its end from :func:`mention_end`)."""
    kinds = _alias_columns()[2]
    counts = variant_word_counts()
    listed = [(entity, variant, kinds[row], True, i, counts[row]) for entity, variant, row, i in _mentions(doc)]
    modifiers = _modifier_mentions(doc, found_in_text)
    if modifiers:
        taken = {k for *_, i, n in modifiers for k in range(i, i + n)}
        listed = [m for m in listed if m[4] not in taken]
    if not found_in_text:
        return sorted(listed + modifiers, key=lambda mention: mention[4])
    found = [(entity, variant, kind, False, i, n) for entity, variant, kind, i, n in text_actor_mentions(doc)
             if not (modifiers and (i + n - 1) in taken)]
    return sorted(listed + found + modifiers, key=lambda mention: mention[4])


def _title_case_sentences(doc: Document) -> np.ndarray:
    """Per sentence: are half or more of its words (three or more) capitalised, as in a headline?"""
    ids = doc.word_types[1]
    capital = _initial_cases(doc)[0]
    n_sentences = len(doc.sentences)
    words = np.bincount(doc.word_sentence_ids, minlength=n_sentences)
    capitals = np.bincount(doc.word_sentence_ids[capital[ids]], minlength=n_sentences)
    return (words >= 3) & (2 * capitals >= words)


_CLAUSE_OPENING = re.compile(r"[—:\"'(]")
_NOT_A_NAME = re.compile(r"[RDI]-[A-Z]|.*-[a-z]+$")  # party tags (R-Texas), adjectives (Minneapolis-based)
_NOT_OF_HEADS = frozenset({"Club", "Caves", "State", "Companion"})
"""Familiar nouns after which *of* or *for* leads out of the name: a place (*Al-Nasr Sporting Club of
Cairo*, *Western District of Texas*), an occasion (*Batu Caves for Thaipusam*), a portfolio
(*Minister of State for Health*), an order (*Companion of the New Zealand Order of Merit*)."""
_CREDIT_WORDS = frozenset({"Photo", "PHOTO", "Photos"})
_CREDIT_SEPARATORS = frozenset({"", "|", "/", "·"})
_QUANTIFIERS = frozenset("all any both each every few many more most much several some other another".split())
"""Words opening a sentence before a name that are no part of it (*Many Labour Party members*)."""
"""What may stand between a byline's or a credit's name and a publication's *The* (*Ann Lee | The Ledger*)."""
"""Words of a photo credit after the agency's name (*AP Photo/...*), no part of it."""
_COMPANY_SUFFIXES = frozenset("Inc Ltd Corp Corporation Plc plc PLC LLC Co Group Holdings".split())
"""Legal forms that end a company's name; a company's first word alone stands for it (*Halvorsen*)."""


def text_actor_mentions(doc: Document) -> list[tuple[str, str, str, int, int]]:
    """Actors the alias table does not list, found in the text: (entity, variant, kind, first word,
    number of words), in text order.

    Every run of proper nouns (:func:`proper_name_sequences`, one word or more) not covered by a
    table mention is a mention, without the titles before it (*Sen.*, *Dr*, *President-elect*, a playing
    position such as *Tighthead*) and unless it is only a
    title (*French President*), a day, month, holiday (*New Year's Eve*) or time zone, a single letter, a word of
    ``analysis/data/nationality_adjectives.txt`` alone (*Ukrainian*, *Western*) or its plural
    (*Kenyans*), an acronym of ``analysis/data/non_name_acronyms.txt`` (*DNA*, *GP*; post-nominal
    letters at the end of a name are dropped from it: *Hugo Marsh KC*, as is such an adjective after
    *the*: *the Ohio Republican*), the label of a wire credit
    or time stamp (*Editing by*, *Additional reporting by*, *Updated 3:45 p.m.*), a familiar word in a
    line set in capitals (*UP NEXT*), or words in capitals of more than five letters (a dateline,
    *WASHINGTON*), except in a byline (*By DANIEL OKAFOR*, whose *Staff* after a paper's name is
    dropped: *Globe Staff*). A title in quotation marks keeps its *The* (*"The Salt Orchard"*), and a
    ticker its exchange's letters (*(NVDA.O)*). Variants are grouped within the
    text: a name of two words or more is an entity (kind ``name``), and a shorter one that begins
    or ends exactly one longer name is that name's (*Halvorsen Foods* of *Halvorsen Foods Inc*);
    a single word that is the last word of exactly one person's name (at most three words, none of
    ``analysis/data/organisation_words.txt``) is a ``short name`` of it (*Carden* of *Will
    Carden*; *Leeds* stays apart from *University of Leeds*; the surname of two people is a name of
    its own, grouped with neither), as is the first word of exactly one
    company's name (*Halvorsen* of *Halvorsen Foods Inc*); an acronym in brackets right after a
    name is its ``abbreviation`` (*Congressional Budget Office (CBO)*, *Nvidia Corp (NVDA.O)*,
    *Department for Education (DfE)*). A first name opening a
    sentence joins the name after it (*Nadia Kwan said*). Any other single word is an entity of
    its own if it is written with a capital at least once inside a sentence that is not a headline
    (a headline's capitals prove nothing) or stands alone in quotation marks and is not common in
    English (a title: *"Punhos."*), and is not a familiar English word (Dale–Chall list:
    *Talks*, *Police*) unless the text writes it with a capital at least twice inside sentences,
    not after *the*, and never in lower case (*Apple and Meta*, *the Chiefs'*... *said Chiefs coach*;
    not *the Government*), a party tag or a hyphenated adjective (the name inside a compound modifier,
    *Cairo* of *Cairo-based*, is a mention of :func:`all_actor_mentions` instead). Types (person,
    place, organisation) are not guessed.
    """
    return _find_text_actors(doc)  # not memoised: a long document's mentions would outlive the terms pass


def _text_name_runs(doc: Document, words: _Words) -> list[range]:
    """The runs of :func:`_name_runs` that may name an actor the table does not list (rules in
    :func:`text_actor_mentions`), without their titles and with a first name opening the sentence."""
    counts = variant_word_counts()
    covered: set[int] = set()
    for _, _, row, i in _mentions(doc):
        covered.update(range(i, i + counts[row]))
    from .readability import is_familiar  # here: readability imports this module

    calendar, adjectives, suffixes = calendar_names(), nationality_adjectives(), non_name_acronyms()
    heads, titles, portfolios = organisation_words(), person_titles(), portfolio_words()
    sentences = memoryview(doc.word_sentence_ids)  # Python ints when indexed
    lower_forms = {form for form in doc.word_types[0] if form.islower()}
    headlines = _headline_sentences(doc)

    def _inside_not_after_the(k: int) -> bool:
        """Is word ``k`` inside a sentence that is no headline, after a word that is not *the* (*Apple
        and Meta*, *told Apple*; not *the Government*, *the Budget*, which British papers capitalise)?"""
        return k > 0 and sentences[k - 1] == sentences[k] and not headlines[sentences[k]] \
            and words[k - 1] not in ("the", "The") and not words.gap(k - 1, k).strip()
    names: list[range] = []
    runs = _name_runs(doc)
    inside: list[Counter[str]] = []  # filled when first needed: a familiar word named inside sentences

    surnames: list[set[str]] = []  # filled when first needed: last words of people's full names

    def surname_of_a_person(word: str) -> bool:
        """Does ``word`` end a name of two or three words that opens with a word unfamiliar in English
        (a first name: *Mereana Walker*, *Tom Baker*), with no title, organisation or calendar word?"""
        if not surnames:
            surnames.append({words[r[-1]] for r in runs if 2 <= len(r) <= 3 and not is_familiar(words[r[0]].lower())
                             and not any(words[j] in heads or _is_title(words[j]) or words[j] in calendar
                                         or not words[j][:1].isupper() for j in r)})
        return word in surnames[0]

    def named_inside_twice(word: str) -> bool:
        if not inside:
            inside.append(Counter(words[r[0]] for r in runs if len(r) == 1 and words[r[0]].lower() not in lower_forms
                                  and _inside_not_after_the(r[0])))
        return inside[0][word] >= 2

    for run in runs:
        if covered.intersection(run):
            continue
        k, portfolio = 0, False
        if run[0] > 0 and _two_word_title(words, run[0] - 1, titles):
            k = 1  # "Tan Sri S. Thanabalan Pillai" opening a sentence: "Tan" was not taken for a name
        while k < len(run):
            if k + 1 < len(run) and _two_word_title(words, run[k], titles) and not (
                    k + 2 < len(run) and words.gap(run[k + 1], run[k + 2]) in _POSSESSIVE_GAPS
                    and words[run[k + 2]] in heads):  # "Prime Minister's Office" is a body
                k += 2  # "Tan Sri S. Thanabalan Pillai", "Menteri Besar"
            elif (_is_title(words[run[k]]) and not (k + 1 < len(run) and (
                    (words[run[k]] in _ROYAL_STYLES and words[run[k + 1]] == "of") or  # "Prince of Wales"
                    (words[run[k]] in _ADJECTIVE_TITLES and heads.intersection(words[j] for j in run[k + 1:k + 4]))
                    or words.gap(run[k], run[k + 1]) in ("'s ", "' ")))  # "King's College London"
                  or words[run[k]] in ("of", "for")):
                k += 1  # "Sen. Patty Morales", "Dr Laura Bennett"
            elif (portfolio or (k > 0 and words[run[k - 1]] in ("of", "for")) or (
                    k == 0 and run[0] > 0 and words[run[0] - 1] == "for")) \
                    and words[run[k]] in portfolios and (
                        len(run) - k > 2 or all(words[j] in portfolios for j in run[k:])):
                k += 1  # "Minister for Foreign Affairs Ann Lee": the portfolio belongs to the title, as it
                # does when no name follows ("the Minister for Finance, Declan Fahy")
                portfolio = True
            else:
                break
        run = run[k:]
        run = _before_title(run, words, titles, portfolios, adjectives, heads)
        while run and (words[run[-1]] in suffixes or words[run[-1]] in _CREDIT_WORDS):
            run = run[:-1]  # "Hugo Marsh KC"; "DNA" alone; "AP Photo/Carlos Ybarra": the agency
        if run and run[-1] + 1 < len(words) and words[run[-1] + 1] == "plc" and words.gap(run[-1], run[-1] + 1) == " ":
            run = range(run[0], run[-1] + 2)  # "Halvorsen Maritime plc", as British papers write it
        while len(run) > 1 and words[run[-1]] in adjectives and words[run[-1]].lower() not in _COMPASS_WORDS \
                and run[0] > 0 and words[run[0] - 1] == "the":
            run = run[:-1]  # "the Ohio Republican": Ohio (but "Harbourline Pacific" stays whole)
        if not run:
            continue  # a title alone: "French President", "Sen."
        first = run[0]
        opens_sentence = first > 0 and (first == 1 or sentences[first - 2] != sentences[first - 1])
        if k == 0 and opens_sentence and sentences[first - 1] == sentences[first] and words[first - 1][:1].isupper() \
                and not words.gap(first - 1, first).strip() \
                and words[first - 1].lower() not in snowball_stopwords() \
                and words[first - 1].lower() not in sentence_openers() and (
                    not is_familiar(words[first - 1].lower()) or words[first - 1] in _PLACE_OPENERS
                    or (words[run[-1]] in heads and len(run) > 1 and words[first - 1].lower() not in _QUANTIFIERS)) \
                and not _is_title(words[first - 1]) and not all(words[j] in calendar for j in run):
            run = range(first - 1, run[-1] + 1)  # a first name opening the sentence: "Nadia Kwan said",
            # or the first word of a place's name: "New York Mets' Reggie Sutton", "San Diego"
        after = run[-1] + 1
        following = words[after] if after < len(words) else ""
        numbered = following[:1].isdigit() and _NUMBER.fullmatch(following) and words.gap(run[-1], after) == " "
        lettered = len(following) == 1 and _is_initial(following) and words.gap(run[-1], after) == " "
        kind = numbered_names().get(words.surface(run[0], run[-1]).split()[-1]) if numbered else None
        if kind == "name" or (kind == "name after a name" and len(run) > 1) or (
                _TEAM_NUMBER.fullmatch(following) and words.gap(run[-1], after) == " "):
            run = range(run[0], after + 1)  # "the FTSE 100", "Interstate 280", "Senate Bill 1187", "Philadelphia 76ers"
        elif (numbered or lettered or (len(run) == 2 and _is_initial(words[run[1]]))) and len(run) <= 2 \
                and numbered_names().get(words[run[0]]) == "reference":
            continue  # "Section 16", "Article 5", "Series B": a part of a text or a sequence, no name
        if len(run) == 1 and words[run[0]][-1:].isalnum() and _currency_amount(words[run[0]]):
            continue  # "RM48 million", "KSh2bn"
        if len(run) == 1 and following[:1].isdigit() and words.gap(run[-1], after) == " " \
                and numbered_names().get(words[run[0]]) == "currency":
            continue  # "Rs 2,000 a month", "Tk 500": the currency's letters before an amount
        parts = [words[j] for j in run]
        if all(w in calendar or w + "." in calendar or ("-" in w and all(p in calendar for p in w.split("-")))
               for w in parts) or words.surface(run[0], run[-1]) in calendar \
                or (len(parts) == 2 and words.surface(run[0], run[-1]) in adjectives):
            continue  # "Friday", "PM IST", "New Year", "July-September"; "North American"
        if len(parts) == 1 and ((len(parts[0]) == 1 and not _platform_x(words, run[0]))
                                or parts[0] in adjectives or _NOT_A_NAME.match(parts[0])
                                or (parts[0][-1:] == "s" and parts[0][:-1] in adjectives)  # "Kenyans"
                                or (not parts[0].isupper() and is_familiar(parts[0].lower())
                                    and not _team_plural(words, run[0], sentences)
                                    and not (parts[0].lower() not in lower_forms and _inside_not_after_the(run[0])
                                             and named_inside_twice(parts[0]))
                                    and not (run[0] > 0 and sentences[run[0] - 1] == sentences[run[0]]
                                             and not headlines[sentences[run[0]]] and surname_of_a_person(parts[0]))
                                    and not (parts[0] in _CHAMBERS and words[run[0] - 1] == "the"
                                             and sentences[run[0] - 1] == sentences[run[0]])
                                    and parts[0] not in country_names())
                                or _credit_label(words, run[0])
                                or (len(parts[0]) > 2 and is_familiar(parts[0].lower())
                                    and _sentence_in_capitals(words, sentences, run[0]))):
            continue  # "Ukrainian", "R-Texas", "Minneapolis-based", "Talks" (a familiar word alone), "UP NEXT"
        if len(run) >= 3 and run[-1] + 1 < len(words) and words[run[-1] + 1] in _DESK_ROLES \
                and sentences[run[-1] + 1] == sentences[run[0]] and words.gap(run[-1], run[-1] + 1) == " " \
                and _common_english(words[run[-1]]):
            run = run[:-1]  # "Chiamaka Obi Arts correspondent", as a copied web byline runs name and desk together
            parts = parts[:-1]
        byline = _in_byline(words, sentences, run[0])
        if byline and len(run) > 1 and words[run[-1]] in _BYLINE_ROLES:
            run = run[:-1]  # "By Tom Estrada, Globe Staff": the paper, not its staff
            parts = parts[:-1]
        if all(w.isupper() for w in parts) and not byline and (_dateline(words, sentences, run) or any(
                (len(w) > 5 and (_common_english(w) or is_familiar(w.lower())))
                or (len(parts) > 1 and len(w) > 2 and is_familiar(w.lower())) for w in parts)):
            continue  # "WASHINGTON (AP)", "CAPE TOWN, South Africa": a dateline; "BREAKING", "HALT AS
            # FUEL PRICE ROW DEEPENS": words in capitals; but "PAGASA", "BIMSTEC" are acronyms
        names.append(run)
    return names


_PLATFORMS = frozenset("Facebook Instagram LinkedIn Bluesky TikTok YouTube Threads Telegram WhatsApp Snapchat".split())
"""Social platforms that news lists beside X (*Follow us on Facebook and X*)."""


def _platform_x(words: _Words, k: int) -> bool:
    """Is word ``k`` the letter *X* naming the social platform: after *on* or *platform*, in a list of
    platforms, or before *formerly* (*a post on X*, *on Facebook and X*, *X, formerly Twitter*)? Not
    *Generation X*, *Article X*."""
    if words[k] != "X":
        return False
    before = words[k - 1] if k > 0 else ""
    return before in ("on", "platform") or (before in ("and", "or") and k > 1 and words[k - 2] in _PLATFORMS) \
        or any(words[j] == "formerly" for j in range(k + 1, min(k + 3, len(words))))


def _dateline_agency(words: _Words, sentences: _SentenceIds, k: int) -> bool:
    """Is word ``k`` a news agency in brackets in a dateline, which opens the sentence in capitals
    (*WASHINGTON, Sept 18 (Reuters) -*, *Nov 17 (Reuters) -*): alone in its brackets, among the
    sentence's first eight words, before a dash?"""
    first = _sentence_words(sentences, k).start
    if not (0 < k - first <= 7 and words.gap(k - 1, k).endswith("(") and k + 1 < len(words)):
        return False
    return words.gap(k, k + 1).lstrip().startswith((") -", ") –", ") —")) and (
        words[first].isupper() or words[first] in calendar_names())


_DESK_ROLES = frozenset({"correspondent", "editor", "reporter", "writer", "columnist", "critic"})
"""Jobs written in lower case after a desk's name in a byline (*Arts correspondent*, *Political editor*):
the desk's word before them is no part of the writer's name."""
_BYLINE_ROLES = frozenset({"Staff", "Writer", "Reporter", "Writers", "Reporters"})
"""Words after a paper's name in a byline that say who wrote, no part of the name (*Globe Staff*)."""


def _sentence_words(sentences: _SentenceIds, k: int) -> range:
    """The words of word ``k``'s sentence (``sentences``: ``doc.word_sentence_ids`` or a memoryview
    of it, in text order)."""
    return range(bisect_left(sentences, sentences[k]), bisect_right(sentences, sentences[k]))


def _sentence_in_capitals(words: _Words, sentences: _SentenceIds, k: int) -> bool:
    """Is every word of word ``k``'s sentence in capitals, a label or a heading (*UP NEXT*)?"""
    return all(words[j].isupper() for j in _sentence_words(sentences, k))


BYLINE_OPENERS = frozenset({"By", "BY"})
"""The word that opens a byline (*By Rachel Cooper*, *BY TOM REESE*); stance reads bylines the same way."""


def _in_byline(words: _Words, sentences: _SentenceIds, k: int) -> bool:
    """Is word ``k`` in a byline, a sentence that opens with *By* (*By DANIEL OKAFOR and LISA MARCHETTI*:
    names in capitals there are names, not a headline's words)?"""
    first = _sentence_words(sentences, k).start
    return first < k and words[first] in BYLINE_OPENERS


def _dateline(words: _Words, sentences: _SentenceIds, run: range) -> bool:
    """Is the run (in capitals) a dateline: only words in capitals before it in its paragraph, and a
    bracket, a dash, or a comma and a capital or figure after it (*ROME (Reuters) —*, *CAPE TOWN,
    South Africa*, *NICE, June 3*; not *NATO, which ...*)?"""
    first = run[0]
    while first > 0 and sentences[first - 1] == sentences[run[0]] and words[first - 1].isupper():
        first -= 1
    opening = int(words.starts[first])
    if words.text[:opening].rstrip(" ")[-1:] not in ("", "\n"):
        return False
    after = run[-1] + 1
    if after >= len(words):
        return False
    mark = words.gap(run[-1], after).strip()[:1]
    return mark in ("(", "—") or (mark == "," and not words[after][:1].islower())


_MIXED_CASE_ABBREVIATION = re.compile(r"[A-Z][a-z]?[A-Z][a-z]?[A-Z]?")


def _abbreviation_form(word: str) -> bool:
    """Can ``word``, in brackets after a name, be its abbreviation: two to six capitals (*CBO*,
    *NVDA*), or capitals with single lower-case letters between them, as German and British
    bodies abbreviate (*AfD*, *BfV*, *DfE*)?"""
    return (word.isupper() and 2 <= len(word) <= 6) or bool(_MIXED_CASE_ABBREVIATION.fullmatch(word)) \
        and sum(ch.isupper() for ch in word) >= 2


def _short_form(words: _Words, run: range, k: int) -> bool:
    """Is word ``k``, in brackets right after the name ``run``, a short form written as a word, as
    British usage writes many abbreviations (*Department for Environment, Food and Rural Affairs
    (Defra)*, *Office of Communications (Ofcom)*): capitalised, of three to eight letters, with the
    name's first letter, and alone in its brackets?"""
    word = words[k]
    return 3 <= len(word) <= 8 and word[0].isupper() and word[1:].isalpha() and word[1:].islower() \
        and word[0] == words[run[0]][0] and words.gap(k, k + 1)[:1] == ")" if k + 1 < len(words) else False


def _credit_label(words: _Words, k: int) -> bool:
    """Is word ``k`` the label of a wire credit or a time stamp: a participle before *by* or a number
    (*Editing by*, *Compiled by*, *Updated 3:45 p.m.*), or an adjective before one (*Additional
    reporting by*)?"""
    word, n = words[k].lower(), len(words)
    nxt = words[k + 1] if k + 1 < n else ""
    if word.endswith(("ing", "ed")) and (nxt == "by" or nxt[:1].isdigit()):
        return True
    return nxt.endswith("ing") and nxt.islower() and k + 2 < n and words[k + 2] == "by"


def _find_text_actors(doc: Document) -> list[tuple[str, str, str, int, int]]:
    words = _Words(doc)
    names = _text_name_runs(doc, words)
    sentences = memoryview(doc.word_sentence_ids)  # Python ints when indexed
    surfaces: dict[str, str] = {}

    def surface(run: range) -> str:  # one string object per distinct name
        name = words.surface(run[0], run[-1])
        return surfaces.setdefault(name, name)

    # a single word of no longer name counts only if written with a capital inside a sentence that
    # is not a headline (:func:`_headline_sentences`), and not just after a dash or colon ("MADRID — Temperatures...")
    title_case = _headline_sentences(doc).tolist()
    evidence = {surface(run) for run in names if len(run) == 1 and ((
        run[0] > 0 and sentences[run[0] - 1] == sentences[run[0]] and not title_case[sentences[run[0]]]
        and (not _CLAUSE_OPENING.search(words.gap(run[0] - 1, run[0]))
             or (_quoted(words, run[0], run[0]) and not _common_english(words[run[0]]))))  # 'in "Punhos."':
        # a title (but "Brilliant," he said: a word common in English)
        or (run[0] + 1 < len(words) and words[run[0] + 1] in speech_verbs()  # "Chowdhury told reporters"
            and sentences[run[0] + 1] == sentences[run[0]] and not title_case[sentences[run[0]]])
        or (run[0] > 0 and words[run[0] - 1] in PLACE_PREPOSITIONS and words.gap(run[0] - 1, run[0]) == " "
            and sentences[run[0] - 1] == sentences[run[0]] and not _common_english(words[run[0]]))
        or _platform_x(words, run[0]) or _dateline_agency(words, sentences, run[0]))}
    # ... or after a preposition of place, even in a headline or a byline, if it is no word common in
    # English ("Daniel Ashcroft in Vitoria-Gasteiz"); or it is the platform X or a dateline's agency

    longer = sorted({surface(run) for run in names if len(run) > 1}, key=lambda name: -len(name.split()))
    containing: dict[str, set[str]] = {}  # a name's first or last words -> the longer names they begin or end
    for name in longer:
        parts = name.split()
        for k in range(1, len(parts)):
            containing.setdefault(" ".join(parts[:k]), set()).add(name)
            containing.setdefault(" ".join(parts[k:]), set()).add(name)
    entity_of: dict[str, str] = {}
    for name in longer:  # longest first: "Halvorsen Foods" -> "Halvorsen Foods Inc" when only one name holds it
        first, _, rest = name.partition(" ")
        holders = containing.get(name) or (  # "Van der Merwe" opening a sentence is "Pieter van der Merwe"
            containing.get(first.lower() + " " + rest, set()) if first.lower() in NAME_PARTICLES else set())
        holder = next(iter(holders)) if len(holders) == 1 else None
        entity_of[name] = entity_of.get(holder, holder) if holder is not None else name
    abbreviations: dict[str, str] = {}
    for run in names:
        after = run[-1] + 1
        if len(run) > 1 and after < len(words) and words.gap(run[-1], after).strip() == "(" and (
                _abbreviation_form(words[after]) or _short_form(words, run, after)):
            code = words[after]  # "Congressional Budget Office (CBO)"; "Nvidia Corp (NVDA.O)"
            if after + 1 < len(words) and words.gap(after, after + 1) == "." \
                    and _exchange_suffix(words, after, after + 1):
                code = words.surface(after, after + 1)
            abbreviations.setdefault(code, entity_of[surface(run)])
    by_last: dict[str, set[str]] = {}  # surnames of people's names
    by_first: dict[str, set[str]] = {}  # first words of companies' names
    heads = organisation_words()
    for name in longer:
        parts = name.split()
        if len(parts) <= 3 and not heads.intersection(parts) and not _JOINERS.intersection(parts):
            by_last.setdefault(parts[-1], set()).add(entity_of[name])
        if parts[-1] in _COMPANY_SUFFIXES:
            by_first.setdefault(parts[0], set()).add(entity_of[name])
    found = []
    countries = country_names()
    for run in names:
        variant = surface(run)
        if variant in abbreviations:
            found.append((abbreviations[variant], variant, "abbreviation", run[0], len(run)))
        elif len(run) > 1:
            found.append((entity_of[variant], variant, "name", run[0], len(run)))
        elif len(by_last.get(variant, ())) == 1 or (variant not in by_last and len(by_first.get(variant, ())) == 1):
            entity = next(iter(by_last.get(variant) or by_first[variant]))
            found.append((entity, variant, "short name", run[0], 1))
        elif variant in evidence or variant.isupper() or variant in by_last or variant in countries:
            found.append((variant, variant, "name", run[0], 1))  # by_last: the surname of two people
    return found


def actor_summary(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions per actor, most mentioned first: ``entity``, ``mentions``, ``variants`` (variant -> count)."""
    rows = []
    for entity, group in mentions.groupby("entity", sort=False):
        counts = group["variant"].value_counts()
        rows.append({"entity": entity, "mentions": len(group),
                     "variants": {str(k): int(v) for k, v in counts.items()},
                     "first_sentence": int(group["sentence"].min())})
    frame = pd.DataFrame(rows, columns=["entity", "mentions", "variants", "first_sentence"])
    return frame.sort_values(["mentions", "first_sentence"], ascending=[False, True], ignore_index=True)


def naming_choices(mentions: pd.DataFrame) -> pd.DataFrame:
    """Variants used per actor, with their kind and the alias table's note.

    One row per (entity, variant) actually used: ``entity``, ``variant``,
    ``kind``, ``mentions``, ``note``; ``mixed`` is True for an entity named in
    more than one way, and ``spelling_mixed`` for one written in both a
    Ukrainian- and a Russian-derived spelling.
    """
    notes = dict(zip(zip(alias_table()["entity"], alias_table()["variant"]), alias_table()["note"]))
    used = mentions.groupby(["entity", "variant", "kind"], sort=False).size().rename("mentions").reset_index()
    used["note"] = [notes.get((e, v), "") for e, v in zip(used["entity"], used["variant"])]
    per_entity = used.groupby("entity")["variant"].transform("nunique")
    used["mixed"] = per_entity > 1
    spelling = used[used["kind"].str.endswith("spelling")].groupby("entity")["kind"].nunique()
    used["spelling_mixed"] = used["entity"].map(spelling).fillna(0) > 1
    return used.sort_values(["entity", "mentions"], ascending=[True, False], ignore_index=True)
