"""Paragraph and sentence segmentation with character offsets.

The segmenter is rule based. One regular expression finds every *candidate*
boundary (a run of ``.``, ``?``, ``!`` or ``…``, optionally followed by closing
quotes or brackets, then whitespace or the end of the paragraph); a short
decision procedure then looks only at the word before the candidate and the
word after it. Text between candidates is never visited by Python code, which
is what makes the segmenter fast (see ``benchmarks/segmentation_speed.py``).

Decision rules, in order (the book's methods appendix explains each one):

1. A candidate followed by a lower-case word is not a boundary
   (``"This is great." she said``, ``Yahoo! in``, ``co. at``).
2. ``?`` and ``!`` end a sentence otherwise, except when they close a
   quotation followed by a name and a verb of speaking (``"Where are the
   defences?" Gray asked.``; verbs in ``analysis/data/speech_verbs.txt``).
3. Ellipses: ``[...]`` is an omission, never a boundary; three spaced dots
   (``. . .``) are not a boundary; four spaced dots are (after the first dot
   when the first is attached to the word: the sentence's own period); three
   or more consecutive dots or ``…`` before a capital are.
4. A single period after
   - a number that opens its sentence (``1.``, ``• 9.``): a list label, not a boundary;
   - a number elsewhere: a boundary;
   - a title (``Mr.``, ``Dr.``, ``Mt.``): not a boundary;
   - a number-taking abbreviation (``No.``, ``p.``) before a digit: not a boundary;
   - a multi-period abbreviation (``U.S.``, ``E.U.``) or a general abbreviation
     (``Co.``, ``etc.``, ``Jan.``): a boundary only before a word from the
     sentence-opener list (``I live in the U.S. How about you?``);
   - ``a.m.``/``p.m.``: a boundary unless a day, month or time zone follows,
     or the sentence so far is a fronted time phrase (``At 5 a.m. Mr. Smith``);
   - a single capital letter: an initial (``Jonas E. Smith``) unless an opener
     follows, or it is the pronoun ``I`` after a lower-case word;
   - an e-mail address, a URL or any other word: a boundary.
5. Lists without final punctuation: a run of two or more consecutive labels
   (``1)``/``2)``, ``1.``/``2.``, ``a.``/``b.``) that each introduce a
   capitalised item starts a new sentence at each label, and a bullet
   (``•``, ``⁃``) always starts a new sentence, as does ``-`` or ``*`` opening
   a line and followed by a space (a plain-text bullet) when two lines of the
   paragraph open with it or the line before ends with a colon (a wrapped line
   may open with a dash).

Sentences never cross a paragraph boundary. Paragraphs are separated by blank
lines when the text has any; otherwise every non-empty line is a paragraph,
unless the text is hard-wrapped: at least three lines, none longer than 100
characters, and a quarter or more of them opening with a lower-case letter (a
sentence running on from the line before). Then lines are joined, and a
paragraph ends only after a line that ends a sentence and is shorter than
80% of the longest line, or before an indented line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from .packaged import packaged_lines

__all__ = [
    "BoundaryStatistics",
    "abbreviation_kind",
    "boundary_statistics",
    "paragraph_spans",
    "sentence_openers",
    "sentence_spans",
    "speech_verbs",
    "split_sentences",
]

Span = tuple[int, int]

_OPENING_PUNCT = "\"'“‘([{«‹"
_SPACES = frozenset(" \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000")
_BULLETS = "•⁃▪◦‣"
_LIST_NOISE = " \t\r\n" + _BULLETS + "*·-–—"

# A candidate boundary: a spaced ellipsis or a run of terminal marks, then
# closing quotes/brackets, then whitespace or the end of the span.
_CANDIDATE = re.compile(
    r"(?P<punct>\.(?:[ \u00a0]\.)+|[.?!…‽]+)"
    r"(?P<close>[\"'”’)\]}»›]*)"
    r"(?=\s|\Z)"
)
# The word after a candidate: opening punctuation, then the word itself.
_NEXT = re.compile(r"\s*(?P<open>[^\w\s]*)(?P<word>[\w.'’-]*)")
_NUMBER_LIKE = re.compile(r"[$€£¥#]?\d[\d.,:/%-]*")
_MULTI_PERIOD = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\n")
# List labels: "1." "1.)" "1)" "a." "a)", optionally after a bullet, at the
# start of a word and introducing a capitalised item.
_LIST_LABEL = re.compile(
    r"(?<!\S)(?:[•⁃▪◦‣]\s*)?(?P<label>\d{1,3}|[a-z])(?P<mark>\.\)|\)|\.)"
    r"(?=\s+[\"“(]?[A-Z])"
)
_BULLET = re.compile(r"(?<!\S)[•⁃▪◦‣]")
_LINE_BULLET = re.compile(r"(?m)^[ \t]*([-*])(?=[ \t]+\S)")  # "- item" or "* item" opening a line

_AM_PM = frozenset({"a.m", "p.m"})
_TIME_FOLLOWERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "est edt cst cdt mst mdt pst pdt gmt utc bst cet cest et ct mt pt "
    "eastern central mountain pacific local".split()
)
_TIME_PREPOSITIONS = frozenset(
    "at by around about after before until till from since shortly "
    "starting beginning".split()
)


def _data_lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a data file shipped in ``analysis/data``."""
    return packaged_lines("data", name)


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    """Abbreviation -> kind, split into case-sensitive and case-insensitive tables."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    rows = _data_lines("abbreviations.tsv")
    for row in rows[1:]:  # first row is the column header
        item, kind = row.split("\t")
        if item.lower() == item:
            folded[item] = kind
        else:
            exact[item] = kind
    return exact, folded


def abbreviation_kind(word: str) -> str | None:
    """The kind (``title``, ``numeric``, ``date``, ``general``) of a word written with a final period
    as an abbreviation (*Jr*, *Inc*, *Dr*; ``abbreviations.tsv``), or None."""
    exact, folded = _abbreviations()
    return exact.get(word) or folded.get(word.lower())


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Past and present verbs of speaking written after a speaker (``speech_verbs.txt``: *said*, *asked*)."""
    return frozenset(_data_lines("speech_verbs.txt"))


@lru_cache(maxsize=1)
def _speech_tag_pattern() -> re.Pattern[str]:
    """One to three capitalised words, then a verb of speaking (:func:`speech_verbs`)."""
    verbs = "|".join(sorted(map(re.escape, speech_verbs()), key=len, reverse=True))
    return re.compile(r"[ \t]+(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){1,3})(?:" + verbs + r")\b")


def _speech_tag(text: str, position: int, openers: frozenset[str]) -> bool:
    """Does a speech tag with a name (*Gray asked*) follow ``position``? A pronoun or another
    sentence opener (*He said nothing*) starts a new sentence instead."""
    match = _speech_tag_pattern().match(text, position)
    return match is not None and match.group("name").split()[0].lower() not in openers


@lru_cache(maxsize=1)
def sentence_openers() -> frozenset[str]:
    """Lower-cased closed-class words that typically open a sentence."""
    return frozenset(_data_lines("sentence_openers.txt"))


def paragraph_spans(text: str) -> list[Span]:
    """Return ``(start, end)`` character offsets of each paragraph.

    Paragraphs are separated by blank lines when ``text`` contains one;
    otherwise each non-empty line is a paragraph, unless the lines are hard-wrapped
    (see the module docstring). Spans exclude surrounding whitespace;
    whitespace-only paragraphs are dropped.
    """
    if _BLANK_LINE.search(text):
        return _split_trimmed(text, _BLANK_LINE)
    lines = _split_trimmed(text, _LINE_BREAK)
    return _wrapped_paragraphs(text, lines) if _hard_wrapped(text, lines) else lines


def _split_trimmed(text: str, separator: re.Pattern[str]) -> list[Span]:
    """Spans of the non-blank pieces between matches of ``separator``, surrounding whitespace left out."""
    spans: list[Span] = []
    position = 0
    for match in separator.finditer(text):
        _append_trimmed(text, position, match.start(), spans)
        position = match.end()
    _append_trimmed(text, position, len(text), spans)
    return spans


_WRAP_MAX_WIDTH = 100        # a hard-wrapped text has no longer line ...
_WRAP_LOWER_SHARE = 0.25     # ... and this share of its lines open with a lower-case letter
_WRAP_SHORT_LINE = 0.8       # a paragraph's last line is shorter than this share of the longest


def _hard_wrapped(text: str, lines: list[Span]) -> bool:
    """Do the lines look wrapped at a fixed width rather than one paragraph each?"""
    if len(lines) < 3 or max(e - s for s, e in lines) > _WRAP_MAX_WIDTH:
        return False
    lower = sum(1 for s, _ in lines if text[s].islower())
    return lower >= _WRAP_LOWER_SHARE * len(lines)


def _wrapped_paragraphs(text: str, lines: list[Span]) -> list[Span]:
    """Join hard-wrapped lines into paragraphs (rule in the module docstring)."""
    width = max(e - s for s, e in lines)
    paragraphs: list[Span] = []
    start = lines[0][0]
    for (s, e), (next_start, _) in zip(lines, lines[1:]):
        ends_sentence = text[s:e].rstrip("\"'”’)]").endswith((".", "?", "!", "…", ":"))
        line_start = text.rfind("\n", 0, next_start) + 1
        indented = next_start > line_start
        if ends_sentence and (e - s < _WRAP_SHORT_LINE * width or indented):
            paragraphs.append((start, e))
            start = next_start
    paragraphs.append((start, lines[-1][1]))
    return paragraphs


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Append ``(start, end)`` without its leading/trailing whitespace, if non-empty."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Return ``(start, end)`` offsets of the sentences in ``text[start:end]``.

    The region is first split into paragraphs (see :func:`paragraph_spans`);
    sentences never cross them. Offsets index ``text`` itself.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    for p_start, p_end in paragraph_spans(text[start:end]):
        spans.extend(sentences_in_paragraph(text, start + p_start, start + p_end))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentence strings (whitespace around each removed)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def sentences_in_paragraph(text: str, p_start: int, p_end: int) -> list[Span]:
    """Sentence spans inside one paragraph ``text[p_start:p_end]``."""
    matches = list(_CANDIDATE.finditer(text, p_start, p_end))
    if _may_hold_list(text, p_start, p_end, matches):
        forced, labels = _list_breaks(text, p_start, p_end)
    else:
        forced, labels = [], set()
    breaks = _boundaries(text, p_start, p_end, forced, labels, matches)
    spans: list[Span] = []
    previous = p_start
    for cut in breaks:
        _append_trimmed(text, previous, cut, spans)
        previous = cut
    _append_trimmed(text, previous, p_end, spans)
    return spans


@dataclass(frozen=True)
class BoundaryStatistics:
    """How often terminal punctuation ends a sentence.

    Attributes:
        candidates: runs of ``.``, ``?``, ``!`` or ``…`` followed by whitespace
            or the end of a paragraph (the places a sentence could end).
        boundaries: candidates that do end a sentence.
        kept_inside: the word (text between spaces, punctuation included)
            ending at each candidate that does not end a sentence, in text
            order (``U.S.``, ``Dr.``, ``J.``).
    """

    candidates: int
    boundaries: int
    kept_inside: tuple[str, ...] = ()


def boundary_statistics(text: str) -> BoundaryStatistics:
    """Count candidate boundaries in ``text``, how many of them end a sentence, and the words
    that hold the others."""
    candidates = boundaries = 0
    kept_inside: list[str] = []
    for p_start, p_end in paragraph_spans(text):
        ends = {end for _, end in sentences_in_paragraph(text, p_start, p_end)}
        for match in _CANDIDATE.finditer(text, p_start, p_end):
            candidates += 1
            if any(match.start() < end <= match.end() for end in ends):
                boundaries += 1
            else:
                word_start = match.start()
                while word_start > p_start and not text[word_start - 1].isspace():
                    word_start -= 1
                kept_inside.append(text[word_start:match.end()].strip())
    return BoundaryStatistics(candidates, boundaries, tuple(kept_inside))


def _may_hold_list(text: str, p_start: int, p_end: int, matches: list[re.Match[str]]) -> bool:
    """A cheap test before the list rules: a bullet, a ')', or two label-like '1.'/'a.' candidates."""
    if any(text.find(bullet, p_start, p_end) >= 0 for bullet in _BULLETS) or text.find(")", p_start, p_end) >= 0:
        return True
    if (text.find("\n-", p_start, p_end) >= 0 or text.find("\n*", p_start, p_end) >= 0
            or text.startswith(("- ", "* "), p_start)):
        return True
    label_like = 0
    for match in matches:
        k = match.start() - 1
        if k < p_start:
            continue
        if text[k].isdigit():
            while k > p_start and text[k - 1].isdigit():
                k -= 1
            if match.start() - k > 3:
                continue
        elif not (text[k].islower() and (k == p_start or not text[k - 1].isalpha())):
            continue
        if k == p_start or text[k - 1].isspace():
            label_like += 1
            if label_like >= 2:
                return True
    return False


def _list_breaks(text: str, p_start: int, p_end: int) -> tuple[list[int], set[int]]:
    """Forced boundaries before list items, and the end offsets of list labels."""
    forced: list[int] = []
    labels: set[int] = set()
    if _BULLET.search(text, p_start, p_end):
        forced.extend(m.start() for m in _BULLET.finditer(text, p_start, p_end) if m.start() > p_start)
    line_bullets = list(_LINE_BULLET.finditer(text, p_start, p_end))
    for m in line_bullets:  # a list has two items or follows a colon; a wrapped line may start with a dash
        listed = sum(other.group(1) == m.group(1) for other in line_bullets) >= 2
        if m.start(1) > p_start and (listed or text[p_start:m.start()].rstrip().endswith(":")):
            forced.append(m.start(1))
    candidates = [m for m in _LIST_LABEL.finditer(text, p_start, p_end) if _label_position_ok(text, p_start, m.start())]
    for first, second in zip(candidates, candidates[1:]):
        if first.group("mark") == second.group("mark") and _label_value(second) == _label_value(first) + 1:
            for match in (first, second):
                labels.add(match.end())
                if match.start() > p_start:
                    forced.append(match.start())
    forced.sort()
    return forced, labels


def _label_value(match: re.Match[str]) -> int:
    label = match.group("label")
    return int(label) if label.isdigit() else ord(label)


def _label_position_ok(text: str, p_start: int, position: int) -> bool:
    """A list label opens the paragraph or follows a lower-case word or a sentence end."""
    before = text[max(p_start, position - 40):position].rstrip()
    if not before:
        return True
    last = before.split()[-1]
    return last[-1] in ".?!:;" or last[0].islower()


def _boundaries(text: str, p_start: int, p_end: int, forced: list[int], labels: set[int],
                matches: list[re.Match[str]]) -> list[int]:
    """Sorted offsets inside the paragraph where a new sentence starts."""
    exact_abbr, folded_abbr = _abbreviations()
    openers = sentence_openers()
    cuts: list[int] = list(forced)
    forced_index = 0
    sentence_start = p_start
    n_forced = len(forced)
    for match in matches:
        s, e = match.span()
        while forced_index < n_forced and forced[forced_index] <= s:
            sentence_start = forced[forced_index]
            forced_index += 1
        k = e
        while k < p_end and text[k] in _SPACES:
            k += 1
        if k >= p_end or text[k].islower():
            continue  # end of paragraph (closed anyway), or a lower-case word: no boundary
        word_after = _NEXT.match(text, k, p_end).group("word")
        if word_after[:1].islower():
            continue
        punct = match.group("punct")
        cut = _decide(text, p_start, s, e, punct, match.group("close"), word_after, sentence_start,
                      labels, exact_abbr, folded_abbr, openers)
        if cut is not None:
            cuts.append(cut)
            sentence_start = cut
    cuts.sort()
    return cuts


def _decide(text: str, p_start: int, s: int, e: int, punct: str, close: str, word_after: str,
            sentence_start: int, labels: set[int], exact_abbr: dict[str, str],
            folded_abbr: dict[str, str], openers: frozenset[str]) -> int | None:
    """Offset of the boundary for one candidate, or ``None`` if it is not one."""
    if punct == ".":
        return _decide_period(text, p_start, s, e, word_after, sentence_start, labels,
                              exact_abbr, folded_abbr, openers)
    if "?" in punct or "!" in punct or "‽" in punct:
        if close and _speech_tag(text, e, openers):
            return None  # '"Where are the flood defences?" Gray asked.'
        return e
    # Ellipses and runs of periods.
    if s > p_start and text[s - 1] == "[" and close.startswith("]"):
        return None  # "[...]": an editorial omission mark
    if " " in punct or "\u00a0" in punct:
        if punct.count(".") < 4:
            return None  # ". . ." inside a sentence
        attached = s > p_start and not text[s - 1].isspace()
        return s + 1 if attached else e
    if punct == "..":
        return _decide_period(text, p_start, s, e, word_after, sentence_start, labels,
                              exact_abbr, folded_abbr, openers)
    return e


def _decide_period(text: str, p_start: int, s: int, e: int, word_after: str, sentence_start: int,
                   labels: set[int], exact_abbr: dict[str, str], folded_abbr: dict[str, str],
                   openers: frozenset[str]) -> int | None:
    """Decide a single period at ``text[s]`` (closers up to ``e``)."""
    if s + 1 in labels or s + 2 in labels:
        return None  # the period of a list label ("1." or "1.)")
    lo = max(p_start, s - 64)
    space = text.rfind(" ", lo, s)
    word_start = space + 1 if space >= 0 else lo
    for other in ("\n", "\t"):  # rare inside a paragraph: search only the word itself
        found = text.rfind(other, word_start, s)
        if found >= 0:
            word_start = found + 1
    word = text[word_start:s].lstrip(_OPENING_PUNCT)
    if not word:
        return e
    after = word_after.rstrip(".").lower()
    opens_sentence = after in openers
    if "@" in word or "/" in word:
        return e  # e-mail address or URL
    if word[0].isdigit() or (word[0] in "$€£¥#" and _NUMBER_LIKE.fullmatch(word)):
        if _opens_sentence(text, sentence_start, word_start):
            return None  # list label: "1. The first item"
        return e
    if "." in word:
        if not _MULTI_PERIOD.fullmatch(word):
            return e
        if word.lower() in _AM_PM:
            if after in _TIME_FOLLOWERS or after.split(".")[0] in _TIME_FOLLOWERS:  # "4 p.m. Mon.-Fri."
                return None
            if _fronted_time_phrase(text, sentence_start, s):
                return None
            return e
        return e if opens_sentence else None
    kind = exact_abbr.get(word) or folded_abbr.get(word.lower())
    if kind == "title":
        return None
    if kind == "numeric":
        return None if word_after[:1].isdigit() else e
    if kind == "date":
        return None if word_after[:1].isdigit() or word_after[:1].islower() else e
    if kind == "general":
        return e if opens_sentence else None
    if len(word) == 1 and word.isalpha():
        if _opens_sentence(text, sentence_start, word_start):
            return None  # list label or an initial opening the sentence
        if word == "I":
            before = text[max(p_start, word_start - 40):word_start].split()
            if before and before[-1][:1].islower():
                return e  # the pronoun: "you and I. Did you ..."
        return e if (opens_sentence and after != "i") else None
    return e


def _opens_sentence(text: str, sentence_start: int, word_start: int) -> bool:
    """True when only bullets, dashes or whitespace precede ``word_start`` in its sentence."""
    return not text[sentence_start:word_start].strip(_LIST_NOISE)


def _fronted_time_phrase(text: str, sentence_start: int, s: int) -> bool:
    """True for a sentence that so far is only "At 5 a.m"-like: preposition, number, a.m./p.m."""
    words = text[sentence_start:s].split()
    return 2 <= len(words) <= 4 and words[0].lower().strip(_OPENING_PUNCT) in _TIME_PREPOSITIONS
