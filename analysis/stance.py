"""Stance markers: how sure, how evaluative, and in whose voice.

Markers come from the lexicon ``analysis/lexicons/stance_markers.csv``
(categories after Hyland 2005a, 2005b and Biber et al. 1999: hedge, booster,
attitude, self_mention, engagement, attribution). Matching works on the
document model's words, sentence by sentence, longest item first; verbs match
in every regular inflection. Each candidate then passes the disambiguation
rules below; the first rule that rejects it is recorded in
:func:`candidates` (for inspection) and the next shorter item is tried.

Disambiguation rules (id: what it rejects):

- ``may_month``: *May* capitalised inside a sentence, or before a day number;
  ``may_name``: *May* opening a sentence, except before a pronoun or *God*
  (*May I ask*): a modal opens only questions and wishes, so *May was the
  wettest month*, *May also called for* (Theresa May), *May Thompson, 91*;
  also *MAY* after a capitalised word that is not a familiar English word
  (a byline, *By LAUREN MAY*; not *PRICES MAY RISE*).
- ``might_noun``: *might* after a determiner, possessive or noun modifier
  (*military might*), or before *of*. (*will* is not a marker: Hyland's lists
  do not count prediction, so *political will* needs no rule.)
- ``rather_than``: *rather* in *rather than* (a connective, not a downtoner).
- ``could_not``: *could* followed by *not*, or after a negative subject
  (*Neither claim could be verified*, *no one could*): inability, not hedging.
- ``about_quantity``: *about*, *around*, *some* as rounders only before a
  number or quantity word, multipliers included (*about double the price*), and
  not after a work it gives the subject of (*a film about three sisters*;
  *nearly* and *almost* approximate whatever follows: *nearly double*).
- ``noun_after_determiner``: a verb item preceded by a determiner or
  possessive within two words, or directly by a preposition (*a Bloomberg
  report*, *over comments*, *the stress*); a base form after a quantifier that
  can be a subject is a verb (*many seem*, *some argue*; not *many claims*).
- ``capitalised_noun``: a verb item written with a capital inside a sentence
  (*State Department*).
- ``verb_at_sentence_start``: a finite reporting verb opening a sentence
  (*Reports suggest*): a noun; an epistemic verb in its base form opening a
  sentence (*Think about...*, *Doubt remains*): an imperative or a noun.
- ``means_noun``: *means* after *by/the/a/any/other/no* or before *of/to*.
- ``clear_verb``: *clear* only when predicative (*it is clear*, *made clear*,
  *clear that*, *not clear*); ``true_that``: *true* only before *that* or closing *it is
  true* / *that's true* (*simply not true, and*, *the true cost*, *may be true on paper*
  are not counted: blind annotators left 7 of 9 such uses unmarked).
- ``certain_determiner``: *certain* only when predicative (not *a certain number*).
- ``key_noun``: *key* only before a noun (*a key role*, not *the key to*);
  ``central_attributive``: *central* only as *central to* or predicative
  (not *the central bank*).
- ``noun_at_clause_end``: a base or -s form of a verb item that ends a
  clause or precedes *of*, *for*, *be*, *have* or a modal (*security guarantees.*,
  *the union claims are*, *member states must*): a noun; not after a subject
  pronoun, a name, an evidence noun or a closing quotation mark (*Ministers, I
  think, know this*; *"...," she says.*; *Smith says.*; *large study suggests*).
- ``imperative_only``: directives (*consider*, *imagine*, *note that*) only
  at the start of a sentence.
- ``pronoun_case``: *us* written *US* is the country.
- ``quoted_you``: *you*, *your* inside quotation marks address someone in the
  story, not the reader.
- ``mine_noun``: *mine* after a determiner or possessive (*the mine*) is the noun.
- ``participle_verb``: *committed, convinced, determined* are stance adjectives only
  before *to* (*that*, *of*), after *remain/seem/feel*, or after *be* when not
  a passive (*convinced* and *determined* not before *by*; *committed* only
  at a clause end): not *crimes were committed*, *she convinced the board*,
  *have determined the cause*.
- ``know_that``: *know* only before *that* (or *that* within four words: *We've
  known for years that*), after *I/we*, or before a clause without *that* (a
  modal or *be/have* within four words: *Ministers know this dispute could be
  settled*; not after *have* or *to*: *must have known the codes*, *need to
  know their money is safe*); not *known as*, *knew each other*.
- ``evidence_subject``: *show, demonstrate, prove* only before *that*, as *shown
  to*/*proven to*, or with an evidence noun as subject
  (``analysis/lexicons/evidence_nouns.txt``: *the data show*), also past what
  modifies it within one clause (*Figures from the British Retail Consortium this
  week showed*); not *the gallery
  will show*, *had shown no remorse*, *may prove costly*. *find* only before
  *that*, or closing a clause after an evidence noun (*..., the study found.*):
  not *police found a body*, *a review found several payments* (a discovery,
  not a result presented as established).
- ``intend_to``: *intend* only before *to* (not *intended as a warning*).
- ``never_experiential``: *never* after *have* (*have never won there*) is a fact
  about the past, unless *never been more/so/as*, a comparison follows within
  five words (*have never seen anything like it*, *never had more control*) or
  the subject is *I* or *we* (*I've never felt this good*: a speaker's emphasis).
  It still negates what follows.
- ``make_sure``; ``quite_a`` (*quite a few*); ``appear_place`` (*appear in court*, and after
  *due to*, *scheduled to*, *summoned to*: *is due to appear next month*);
  ``assume_office`` (*assume the presidency*); ``believe_in`` (also *believe*
  closing a clause, *never stopped believing.*, or with a person closing it, *we
  would like to believe him.*: trust; but *I believe,* is a parenthetical hedge);
  ``guess_first_person``: *guess* only after *I* or *we* (*I guess*, *we'd guess*; not
  *guess the score*); ``expect_forecast``: *expect* is a
  hedge as a forecast (*economists expect the bank to cut*, *is expected to last two
  weeks*, *I would expect a fall*: a likelihood verb, Biber et al. 1999, counted by most
  annotators of the complete-article sets from S on), not in a comparison
  (*faster than expected*, *as expected*), as an adjective after a determiner or a
  preposition (*points to expected wage growth*), after *had* (an expectation set against
  the outcome: annotators split) or *to* (*come to expect*), or as *expecting*;
  ``suggest_proposal`` (*suggested holding talks*); ``as_possible``
  (*as soon as possible*); ``manner_adverb``: *fairly, roughly, reasonably,
  effectively* before *by/and/or/but/with/for* or punctuation (*treated
  fairly by*, *worked effectively.*), and *strongly* after a verb that is not a
  linking verb, before a preposition or punctuation (*appeals strongly to voters*,
  *shares rose strongly.*; not *feel strongly about*, *came out strongly in favour*).
- Intensifiers are boosters of intensity (Biber et al. 1999, amplifiers and
  emphasizers: *very, highly, deeply, simply, exactly*...), with
  ``very_determiner`` (*the very same day*), ``exact_figure`` (*at exactly
  3pm*: precision) and ``simply_merely`` (*simply* after a modal, before
  *have/be*, or before *a/the* noun *of*: *may simply have been passing*, *it
  is simply a marker of*, in the sense *merely*; not *simply the best*, *simply
  a disaster*); *well* before a comparison (*well above forecasts*) is not
  counted, a use the blind annotators split on (most sets that contain it never mark it;
  ``analysis.evaluation.stance_blind_marking``);
  ``confidence_measure``: *confidence* measured of others (*consumer
  confidence*, *investors' confidence*) or voted on (*a confidence vote*).
- ``would_after_certainty``: *would* within eight words after *sure, convinced,
  confident, certain* or *no doubt* is the tense of the certain clause, not a hedge.
- ``would_reported_future``: *would* after a reporting verb in the past, a past
  verb of thinking (*expected, knew, predicted, feared*...) or a denied report
  (*did not say*, *declined to comment*, *did not anticipate*) earlier in its
  sentence (*said it would cut jobs*, *warned that profits would fall*, *said
  the president would sign the bill if it passed*) is the reported speaker's
  *will* moved into the past, not a hedge, unless the *would* is inside
  quotation marks (direct speech is not moved into the past: *He added: 'I
  would urge...'*). Blind annotators of sets C and D left such *would* unmarked
  even before an *if*-clause.
- ``roman_numeral``: *I* right after a capitalised word inside a sentence (*World War I*).
- ``state_noun``: *state(s)* only before *that* or after *to*, a modal, *also*
  (*state media*, *member states* are nouns); ``grave_noun``: *grave* before a
  preposition, a verb or punctuation, unless predicative (*a mass grave near*).
- *No* before a number (*No 10*, *No. 10 said*) is not a negation.
- ``would_habitual``: *would* before *often, sometimes, usually, regularly...*
  (*she would often walk to work*) tells a past habit, not a hedge.
- ``non_speech_sense``: a reporting verb in a sense that reports no speech,
  when a word of its row in ``analysis/lexicons/reporting_verb_senses.tsv``
  follows within four words, before *that*, punctuation or a preposition
  (*added a third goal*, *claimed the lives of 12 people*, *maintained its
  dividend*, *declared a state of emergency*, *denied bail*, *responded to the
  blaze*); *claimed in a statement that* stays speech.
- ``would_question`` (*What would you say...?*); ``supposed_to`` (*was supposed to
  open*: a plan); ``as_thought`` (*twice as fast as thought*) and ``than_comparison``
  (*closer than people think*: a comparison with others' beliefs); ``mean_intend``
  (*I really mean it*: sincerity, not evidence) and ``mean_that``: *mean* is a booster
  only before *that* (*this means that the vote is delayed*), as no blind annotator
  of sixteen sets marked *this means the gap is small*, *what it means for savers* or
  *meaning it could have arisen by chance*;
  ``intended_purpose`` (*was partly intended to limit debate*: a purpose, no commitment);
  ``concessive_may`` (*whatever you may read online*); ``in_force`` (*a watch was in
  effect*, *remains in effect*: in force, not a downtoner); ``would_rather`` also after
  *I'd* (*I'd rather not*); ``would_preference`` (*we would prefer to build here*, *I would
  like to thank*: a wish); ``far_too``: *far* is a booster only before *too* (*far too
  early*); ``could_purpose`` (*so that trucks could get through*, *so they
  could reach the bins*: a purpose, no possibility weighed); *know* before a *wh*-clause is a
  booster (*everyone knows what happened*; 19 of 24 blind annotations agree), but not before *to*
  (*knows what to do*); *clearly* at a clause's end without a comma before it is a
  ``manner_adverb`` (*did not see his face clearly*; not *There is, clearly, a limit*);
  a verb's form after a possessive and a singular noun is a noun (*the government's
  revenue estimate*). A negated *rule out* (*hasn't been ruled out*, *had not been
  ruled out*) is counted as the hedge *not ruled out*: the possibility is kept open. *about a week ago*, *about a 70%
  chance* and *close to 3%* are rounders (``about_quantity``), as are the
  downtoners *a bit* and *all but* except before *of*, a number or a determiner.
- ``course_noun``: *of course* after *change* or *matter* (*a change of course*).
- ``should_advice``: *should have* (*should have looked elsewhere*: criticism),
  *should* before its subject (*Should you pay off your mortgage?*), and *should*
  before a verb that is not one of expectation (``analysis/lexicons/expectation_verbs.txt``:
  *prices should fall*, *it should be ready* are hedges; *parents should contact their
  GP* is advice);
  ``could_perceive`` (*could be seen digging*); ``likely_voters``;
  ``likely_idiom`` (*a likely lad*, *a likely story*); ``think_to`` (*nobody thought to
  ask*; not *is thought to be*); ``know_whether`` (*I don't know if*); ``would_refusal``
  (*would not comment*); ``modal_ellipsis`` (*everything we could*, *It should.*);
  ``think_about`` (*think tank*, *thinking about April*); ``mean_matter``
  (*means a great deal to him*); ``easily_manner``: *easily* is a booster only
  before *the/a* or a superlative (*easily the best*), not *won easily*. *show,
  prove* after a relative *that* take the noun before it as subject (*emails
  that prove*); *know* before a clause includes *wh*-clauses (*knew what was
  going on*) but not *know what to do*.
- ``quantified_likelihood``: *likely* in *50 times more likely*, *twice as
  likely to be admitted* (a measured probability; *the most likely date* stays a
  hedge); ``hedged_evidence``: *show, prove, demonstrate* after *appear
  to/seem to* (the hedge carries the stance: *documents appear to show*),
  *find, show, prove, demonstrate* after *may, might, could, would* (*you may
  find that*: no result is presented), and *mean* after a modal (*could mean
  heavier rain*).
- ``past_belief``: *thought* after *I/we*, or after *I/we* and an adverb (*I
  honestly thought it was an earthquake*, *We never thought this would
  happen*): a belief recalled, mostly one proved wrong, not a hedge now; no
  blind annotator marked one. ``what_we_know``: *know* in *what we know*, a
  heading that announces contents.
- ``rule_out_plan``: *rule out* after *to*, *or*, *and* (*time to rule out other
  explanations*): nothing is ruled out yet.
- ``little_quantity``: *a little* is a downtoner before a comparative or a preposition of
  position (*a little easier*, *a little below forecast*), closing its clause (*went up a
  little*) and before an adjective used as a predicate (*a little naive in the closing
  minutes*, *a little unfinished, and*); before a noun it is a quantity (*a little political
  will*, *with a little help*); ``alleged_adjective``: *alleged* is a
  hedge as an adjective (*the alleged fraud*) and in *is alleged to*; *she alleged
  that* is a reporting verb. *something like* joins the ``about_quantity``
  rounders (*something like 200,000 workers*), as does *or so* after a number or a unit of
  time (*a week or so*; ``or_so_quantity``). *tend to* is marked as a phrase.
  ``kind_of_noun``: *kind of*, *sort of* are downtoners (*the road sort of sagged*) except
  after a determiner or before one (*this kind of work*, *the sort of thing*).
  *estimates* after *beat, missed, topped, above, below, consensus* (*profit beats
  estimates*, *beat Street estimates*) is the noun (``noun_after_determiner``).
- ``would_proposal``: *would* after *that/which* after a proposal (*a bill that would
  require*, *a deal that would create*): what the proposal says, no hedge (most blind
  annotators); ``could_perceive`` also covers *could see/hear/feel/smell/remember* after a
  person (*you could see the flames*), not *we could see a cut* (a forecast).
- *written* is attribution only after *have* (*she has written that...*); as
  a participle it describes a text (*a record written in grief*):
  ``non_speech_sense``.
- ``credit_line``: *Reporting by*, *Writing by*, *Additional reporting by*
  opening a sentence: a wire agency's credits, not attribution.
- ``would_rather`` (a preference); ``confidence_interval``; *us* after a full stop
  with no space (*PowerOutage.us*) is a domain (``pronoun_case``); *possible*
  after a superlative (*the best possible way*) or after *if*, *where* or *when*
  (*if possible*: a condition) is ``as_possible``; *all but* after a preposition
  or before *name* (*against all but essential travel*, *in all but name*) means
  *except* (``about_quantity``), as it does before a number.
- *some* joins the ``about_quantity`` rounders (*some 40,000 residents*);
  *an estimated* before a number is a rounder, not a noun.

Polarity: a marker is ``negated`` when *not*, *n't*, *no*, *never*,
*without*, *neither*, *nor*, *cannot*, *hardly*, *barely*, *none*, *nobody*
or *nothing* comes before it
within four words of the same clause (a comma, semicolon, colon, dash,
bracket or a clause word such as *but/and/or/that/which/who/while/because/if*
ends the search), or when *less* comes right before it (*less certain*: a
weakened booster). Negation after a modal (*will not*, *may not*) negates the
proposition, not the modal, and is not recorded. Items that contain their own
negation keep it in their category: *cannot rule out* is a hedge, *ruled
out* a firm denial (booster), *no doubt* a booster.

Questions: a sentence ending in ``?`` outside quotation marks is an
engagement marker (subtype ``question``) whose span is the question mark.

Holder: the writer by default (averral), or the source of the innermost
*frame* that covers the marker: a reporting verb (*X stressed that...*, with
*X* found before the verb, after it in inversions, or inherited by a
coordinated or participial verb), *according to X* (the whole sentence), or a
stance predicate with a subject (*Washington remains confident that...*).
A state of mind (*confident*, *committed*, *think*, *know*) told inside a
quotation, a reported clause or an interview's answer opens no frame of its own: the voice that
reports it holds it (*the spokesperson said the department was confident*: the
spokesperson's; *According to an official, the office is confident*: the
official's). A reporting verb inside a quotation (*"the court has confirmed
it"*) frames its own clause from the verb on (the words before it are the speaker's: *"What the
union is really asking for"*) but does not make its subject the quotation's speaker.
A reporting verb in an agentless passive (*residents were told*) frames
nothing: its subject is the one told. A participle without a comma in a
sentence that already has a frame (*X said he wrote to the minister asking
for...*) is the frame's source's. A name is the whole name without its title
(*Dr. Priya Natarajan*), with particles (*van der*); a surname after the full
name is the same holder. A sentence's first word is a name when it is
capitalised and not a familiar English word (*Greenpeace said*).
Generic sources are the nouns of ``analysis/lexicons/source_nouns.tsv`` and plural
agent nouns (*-ers, -ors, -ists, -ians, -ants, -ents*: *investigators*, *forecasters*).
A subject inside a prepositional phrase gives way to the noun it modifies
(*Economists at Bank of America said*: the economists; *Omar Khalil of the
Bristol Heart Institute*), auxiliaries between subject and verb are passed
over (*The treasurer, Hannah Vogt, has described*), an AP party tag is not
a name (*Sen. Maria Lopez, D-Nev., said*), and in an inversion a source noun
between two names leads to the person (*said Leeds captain Amy Dunn*), past up to two modifiers
(*said lead author Dr. Anika Sorensen*). A source noun followed by a phrase that
modifies it is the source (*Sources familiar with the talks said*, *a diplomat
involved in the talks, who spoke on condition of anonymity, said*); a noun inside a
prepositional phrase is not (*In a written statement, its ministry said*), and a
verb coordinated with an unframed one takes the sentence's subject (*its ministry
called the account false and said*). Organisation names run across *of* after an
organisation word, *for* and *and* in a ministry's name, *&* and a plural
possessive (*Bank of England*, *Department of Health and Social Care*, *Procter
& Gamble*, *Police Chiefs' Council*); a person's name drops every title before
it and the familiar words of a job written as one (*Senate Majority Leader Ron
Hadley*, *Town Engineer Priya Banerjee*). A pronoun resolves to a compatible
name earlier in its own sentence; failing that, *he/she* to a person named in
full at the start of the sentence before (its subject: the preferred antecedent
of centering theory, Grosz, Joshi & Weinstein 1995; after what describes it,
*Kingsbridge manager Marta Kowalczyk*, or a live blog's time stamp; past a sentence that is all
quotation), then to the most recent
person among the last 40 holders (failing that, a person named in the ten
preceding sentences, the latest sentence first and within it the first name,
a subject before an object), *they* to a group or organisation, *it* to an
organisation or country. Days and months are never sources, and a name after a
preposition of place (*in Lisbon*, *the town of Izium*) is a place, which no
pronoun refers to, as is a name with a country's in it (*Western Australia*); a name with an
organisation word is an organisation (*Mobile County*, *University of ...*), so *she* after
*University of Western Australia economist Fiona Kwan said* is Fiona Kwan. A byline's reporter
(*By Rachel Cooper*) is no antecedent. A pronoun inside a quotation that no name resolves
opens no frame: the quotation's speaker keeps the marker (*"They may not say it," Lang
said*). Two appositions after a person lead back to the person (*Tom Ashby, chief analyst at
the Carlisle Health Institute, an independent think tank, said*); in an inversion, a source
noun after words that describe it is the source (*said one senior European diplomat*, *said a
Singapore-based trader*), and a person right after a source noun is the person (*said senior
analyst Jo Bloggs*). A dateline in capitals (*SAN FRANCISCO —*) is never a sentence's subject.
Institutions and generic sources (*officials*) are holders
too. A stance adjective after an empty *it* (*it was not certain that*) frames
nothing of its own: the frame around it holds it. A reporting verb coordinated with
an earlier one looks back over reporting frames only (*X said Y was disappointed
but insisted*: X insisted). Quotation marks are paired within a paragraph (double quotes, and single
quotes opened before a letter and closed after punctuation, so apostrophes do
not count): a quotation's sentences without a frame of their own belong to the
speaker named after them in the same paragraph (*"Our results are clear. It is a
health issue," said Kenji Morita*), else to a person named at the start of the sentence
just before, if it quotes no one (*Paolo Vercelli struck a combative note. "We have made
an offer."*), else to the latest speaker of a quotation. A quotation after a colon that no
reporting verb introduces belongs to the person named last before the colon (*A view from
Aleksandra Mazur, a political scientist: "..."*). A
reporting clause between commas (*..., Dean Fletcher said, but ...*) frames the
sentence from its start, as one at the sentence's end does, also with the subject after
the verb (*Outbreak likely linked to cooling tower, say officials*). In an interview, an
answer (a paragraph opening *A:* in a text with one opening *Q:*) is the guest's: the person
named in the paragraph just before the first question, else the one the introduction names
most often; a paragraph opening with a named person's label (*WIERZBICKI:*) is that person's;
the questions stay the writer's. On a letters page, a letter is its signatory's: a paragraph
that is only a name and a place (*Linda Drummond, Ashcombe*) signs the paragraphs just before
it that end a sentence, if they speak in the first person.
"""

from __future__ import annotations

import heapq
from collections import Counter
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Iterator

import numpy as np
import pandas as pd

from .document import Document, Paragraph
from .gcpause import without_cyclic_gc
from .packaged import json_number, packaged_table, packaged_words
from .names import NAME_PARTICLES as _NAME_PARTICLES
from .names import (BYLINE_OPENERS, PLACE_PREPOSITIONS, alias_table, all_actor_mentions, calendar_names,
                    country_names, iter_actor_mentions, non_name_acronyms, organisation_words, person_titles,
                    proper_noun_mask, snowball_stopwords, variant_word_counts)
from .readability import is_familiar
from .terms import lemma_of

__all__ = [
    "CATEGORIES",
    "WRITER",
    "candidates",
    "rejected_candidates",
    "category_counts",
    "holder_overview",
    "lexicon",
    "markers",
    "reference_rates",
    "reporting_verbs",
    "sentence_profile",
    "source_share",
    "stance_record",
    "summary",
]

CATEGORIES = ("hedge", "booster", "attitude", "self_mention", "engagement", "attribution")
WRITER = "writer"

_DETERMINERS = frozenset(
    "a an the this these those his her its their our my your some any each every no another such "
    "several many few".split())
_PREPOSITIONS = frozenset("of over by for in on with about after under from at against into".split())
_NEGATORS = frozenset("not no never without neither nor cannot hardly barely none nobody nothing".split())
_CLAUSE_WORDS = frozenset("but and or that which who while although because if whereas".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "half third thirds quarter quarters two-thirds three-quarters fifth tenth percent double twice triple treble".split())
_FIRST_PERSON_SUBJECTS = frozenset("i we i'd we'd i’d we’d".split())
_WORK_NOUNS = frozenset(
    "film films movie book books novel novels story stories feature documentary play plays series song songs poem "
    "memoir drama podcast musical opera biography".split())
"""Works whose subject *about* introduces (*a novel about two brothers*), even before a number."""
_CONDITION_WORDS = frozenset("if where wherever whenever when".split())
"""Words before *possible* that make it a condition (*if possible*, *where possible*), not a likelihood."""
_ALL_BUT_PREPOSITIONS = frozenset("in against for to of from on at by with".split())
"""Prepositions before *all but* that make it *all except* a noun phrase (*against all but essential travel*)."""
_COPULAS = frozenset(
    "is are was were be been being am seem seems seemed remain remains remained become becomes became made make "
    "makes making very quite crystal feel feels felt it's".split())
_DEGREE_WORDS = frozenset("very so quite too more less most still now also all just even not almost nearly".split())
_BE_CONTRACTIONS = frozenset("i'm we're you're they're he's she's".split())
_LINKING_VERBS = _COPULAS | _BE_CONTRACTIONS | frozenset(
    "stay stays stayed appear appears appeared look looks looked sound sounds sounded".split())
_HAVE_FORMS = frozenset("have has had having i've we've you've they've".split())
_APPEARANCE_FOLLOWERS = frozenset(  # "appear in court", "her column appears every Saturday"
    "at in before on alongside with as every each weekly daily monthly".split())
_SCHEDULED = frozenset("due scheduled set summoned ordered required bailed".split())  # "is due to appear"
_ASSUME_OBJECTS = frozenset(
    "office power control responsibility command leadership duties role charge presidency post throne".split())
_MANNER_FOLLOWERS = frozenset("by and or but with for".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())  # '"...," she says.': a verb
_MODALS = frozenset("will would shall should can could may might must".split())
_NOT_AFTER_A_VERB = frozenset("are were was is have has had".split()) | _MODALS  # "member states must": a noun
_MAY_OPENING_SUBJECTS = frozenset("i we you he she it they god".split())  # "May I ask", "May God bless"
_PERCEPTION_PARTICIPLES = frozenset("seen heard felt spotted observed smelled".split())
_NEGATIVE_SUBJECTS = frozenset("neither nothing nobody none".split())  # "Neither claim could be verified"
_NOT_A_CLAUSE_START = frozenset("how about of him her them me us it each one as".split())
_WH_WORDS = frozenset("what where who why whether when which".split())
_DEFINITE_DETERMINERS = frozenset("the this that these those his her its their our my your".split())
_SUPERLATIVE_HEADS = frozenset("best worst most least only".split())  # "simply the best": emphasis
_COMPARISON_WORDS = frozenset("like more such so as before worse better bigger".split())  # "never seen anything like it"
_COGNITION_PAST = frozenset(  # "expected that demand would rise": will moved into the past, as after "said"
    "predicted expected knew thought believed hoped feared assumed anticipated forecast projected estimated".split())
_TIME_UNITS = frozenset(  # "about a week ago": a rounder before a quantity of time
    "second minute hour day week month year decade century dozen hundred thousand million billion".split())
_DENIED_REPORTS = frozenset(  # "did not say which countries would", "did not anticipate how quickly it would"
    "say comment confirm disclose anticipate expect predict know".split())
_CONDITIONAL_WORDS = frozenset("if unless once when as until".split())  # "which, if confirmed, would": no report
_QUANTIFIER_SUBJECTS = frozenset("some many few several most others both all".split())  # "many seem", "some argue"
_HABITUAL_ADVERBS = frozenset(  # "she would often walk": a past habit, not a hedge
    "often sometimes usually regularly routinely frequently occasionally typically habitually".split())
_CERTAIN_FRAMES = frozenset("sure convinced confident certain".split())
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ent", "ant", "ary", "ly")
_NOUN_MODIFIERS = frozenset("political military economic naval popular good ill free public collective all".split())
_SKIP_BEFORE_VERB = frozenset(
    "has have had is are was were be been being remains remain remained also repeatedly again later previously "
    "already still further firmly strongly publicly will would could may might must should can did does do "
    "not never too once often then recently quickly now less very quite so always just even "
    "there here today yesterday tonight earlier last this year week month night weekend".split())
_POST_MODIFIERS = frozenset(  # "sources close to the talks", "people familiar with the matter"
    "familiar close briefed involved knowledgeable opposed loyal linked allied speaking".split())
_PLACE_NOUNS = frozenset("town city village region province district county state island port capital".split())
_MODIFIER_PREPOSITIONS = frozenset("of at for to from with in".split())  # "Economists at Bank of America said"
_AUXILIARY_SKIP = frozenset("has have had is are was were will would also".split())
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*$")  # AP: "Sen. Rand Paul, R-Ky., said"
_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents")  # plural agent nouns, as sources


def _agent_plural(word: str) -> bool:
    """Is ``word`` a plural agent noun, a source in its own right (*investigators*, *forecasters*)?"""
    return word.endswith(_AGENT_PLURALS) and word.isalpha() and len(word) > 5
_BE_FORMS = frozenset("is are was were be been being".split())
_AUXILIARIES = _BE_FORMS | {"am", "has", "have", "had"}
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation"}
_FRAME_ITEMS = frozenset(
    "confident convinced certain sure determined committed intend believe think doubt fear hope concerned "
    "worried pleased disappointed angry afraid welcome assume estimate suspect know realize realise find expect".split())
# frame items that tell a state of mind (not an act: *welcome*, *estimate*, *find*, *rule out*)
_STATE_ITEMS = _FRAME_ITEMS - {"welcome", "estimate", "find"}
_SUBJECT_MODIFIERS = frozenset(
    "the former new interim acting deputy senior chief head assistant veteran our his her its their of for".split())
_ORGANISATION_WORDS = organisation_words()
_QUOTES = "\"“”"
_CLAUSE_BREAK = re.compile(r"[,;:—()]")
_QUOTE_MARK = re.compile(r"[\"“”]")
# British style: 'We will not back down,' Cullen said. An opening mark after a space (or at a line
# start) before a letter; a closing one after sentence punctuation, before a space or the end.
_SINGLE_MARK = re.compile(r"['‘’]")
_SINGLE_CLOSE_BEFORE_VERB = re.compile(r"[.,!?;:]['’]\s*$")
_QUESTION_MARK = re.compile(r"\?")
_LOOKBACK_HOLDERS = 40     # a pronoun looks back this many holders at most ...
_LOOKBACK_SENTENCES = 10   # ... and this many sentences for a mentioned name
_LOOKBACK_FULL_NAME = 8000  # characters searched back for the full name of a surname opening a sentence


@lru_cache(maxsize=1)
def lexicon() -> pd.DataFrame:
    """The stance lexicon: ``item``, ``category``, ``subtype``, ``pos``, ``forms``, ``note``, ``source``."""
    return packaged_table("lexicons", "stance_markers.csv")


@lru_cache(maxsize=1)
def _entries() -> list[Any]:
    """The lexicon rows as named tuples (fast attribute access)."""
    return list(lexicon().itertuples(index=False))


_CURRENCY_AMOUNT = re.compile(r"[a-z]{1,3}\d")
_COMMENT_VERBS = frozenset("comment say confirm disclose elaborate specify reveal discuss answer".split())
_SHOULD_ADVERBS = frozenset("not n't also still now then probably certainly surely soon only really".split())


@lru_cache(maxsize=1)
def _expectation_verbs() -> frozenset[str]:
    """Verbs after which *should* is expectation, a hedge (``analysis/lexicons/expectation_verbs.txt``)."""
    return packaged_words("lexicons", "expectation_verbs.txt")


@lru_cache(maxsize=1)
def _evidence_nouns() -> frozenset[str]:
    """Nouns that present evidence (``analysis/lexicons/evidence_nouns.txt``): *the data show*."""
    return packaged_words("lexicons", "evidence_nouns.txt")


@lru_cache(maxsize=1)
def _non_speech_senses() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Reporting verb -> (prepositions that may come between, words that show a non-speech sense)
    (``analysis/lexicons/reporting_verb_senses.tsv``: *added a third goal*, *denied bail*)."""
    table = packaged_table("lexicons", "reporting_verb_senses.tsv", sep="\t")
    return {row.verb: (frozenset(row.via.split("|")) - {"-"}, frozenset(row.words.split("|")))
            for row in table.itertuples()}


def _non_speech_sense(sentence: _Sentence, end: int, item: str) -> bool:
    """Does a word of the verb's non-speech senses follow within four words, before *that*,
    punctuation or a preposition other than the verb's own (*claimed the lives of*)?"""
    sense = _non_speech_senses().get(item)
    if sense is None:
        return False
    via, words = sense
    lower = sentence.lower
    for j in range(end, min(end + 4, len(lower))):
        if sentence.gaps[j].strip(" \"“”'‘’"):
            return False  # punctuation: '"...," he added, 20 minutes later'; a quotation mark is not

        word = lower[j]
        if word in words or ("NUMBER" in words and (word[:1].isdigit() or word in _NUMBER_WORDS)):
            return True
        approximator = word in ("about", "around", "some") and j + 1 < len(lower) and lower[j + 1][:1].isdigit()
        if word == "that" or ((word in _PREPOSITIONS or word == "to") and word not in via and not approximator):
            return False
    return False


@lru_cache(maxsize=1)
def _source_nouns() -> dict[str, str]:
    table = packaged_table("lexicons", "source_nouns.tsv", sep="\t")
    return dict(zip(table["noun"], table["kind"]))


def _inflections(verb: str) -> set[str]:
    """Regular inflections of a base verb (over-generation is harmless: non-words never match)."""
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


@lru_cache(maxsize=1)
def _row_roles() -> tuple[list[bool], list[bool]]:
    """Per lexicon row: is it *according to*; does it frame what follows as a source's
    (attribution, a frame item such as *confident*, or an item with *rule out*)."""
    entries = _entries()
    according = [entry.item == "according to" for entry in entries]
    frame = [(entry.category == "attribution" or entry.item in _FRAME_ITEMS or "rule out" in entry.item)
             and not is_according for entry, is_according in zip(entries, according)]
    return according, frame


_CLITIC = "'s"


@lru_cache(maxsize=1)
def _clitic_rows() -> frozenset[int]:
    """Lexicon rows whose first word ends in the clitic *'s* (*let's*), which the tokeniser splits off."""
    return frozenset(row for row, item in enumerate(lexicon()["item"])
                     if item.split()[0].endswith(_CLITIC) and len(item.split()[0]) > len(_CLITIC))


@lru_cache(maxsize=1)
def _open_possibility_row() -> int:
    """The lexicon row of *not ruled out*, the hedge a negated *rule out* is counted as (*hasn't been
    ruled out*, *had not been ruled out*: the possibility is kept open, no denial)."""
    return int(lexicon().index[lexicon()["item"] == "not ruled out"][0])


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """First word -> [(words of a form, lexicon row)], longest first."""
    table = lexicon()
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for row, entry in enumerate(table.itertuples()):
        words = entry.item.split()
        if row in _clitic_rows():  # "let's": the tokeniser splits off 's, so the item's word is "let"
            words[0] = words[0][:-len(_CLITIC)]
        firsts = _inflections(words[0]) if entry.pos == "verb" else {words[0]}
        firsts |= {f for f in entry.forms.split("|") if f}
        for first in firsts:
            form = (first, *words[1:])
            index.setdefault(first, []).append((form, row))
    for entries in index.values():
        entries.sort(key=lambda item: -len(item[0]))
    return index


@lru_cache(maxsize=1)
def _reporting_past_forms() -> frozenset[str]:
    """Past forms of the lexicon's reporting verbs (*said, told, warned, confirmed*): single-word
    attribution items, their -ed inflections and irregular forms."""
    forms: set[str] = set()
    for entry in _entries():
        if entry.category == "attribution" and entry.pos == "verb" and " " not in entry.item:
            forms |= {f for f in _inflections(entry.item) if f.endswith("ed")}
            forms |= {f for f in entry.forms.split("|") if f and not f.endswith(("ing", "s"))}
    return frozenset(forms)


class _Gaps:
    """The text before each word of a sentence, sliced from the document only when asked for."""

    __slots__ = ("text", "starts", "ends", "start")

    def __init__(self, text: str, starts: list[int], ends: list[int], start: int) -> None:
        self.text, self.starts, self.ends, self.start = text, starts, ends, start

    def __getitem__(self, j: int) -> str:
        begin = self.ends[j - 1] if j > 0 else self.start
        return self.text[begin:self.starts[j]]


@dataclass
class _Sentence:
    """Words of one sentence with what the rules need."""

    index: int
    words: list[str]          # as written
    lower: list[str]
    starts: list[int]         # character offsets of each word
    ends: list[int]
    gaps: _Gaps               # text before each word (from the previous word or sentence start)
    proper: list[bool]
    quoted: list[bool]        # inside quotation marks


def _single_quote_marks(text: str) -> tuple[list[int], list[int]]:
    """Offsets of single marks that can open a quotation (after a space, a bracket, a dash or a line
    start, before a letter) and that can close one (after sentence punctuation, before a space, a
    bracket, a dash or the end). An apostrophe inside a word is neither."""
    openers: list[int] = []
    closers: list[int] = []
    last = len(text) - 1
    for match in _SINGLE_MARK.finditer(text):
        k = match.start()
        before = text[k - 1] if k else " "
        after = text[k + 1] if k < last else " "
        if before.isspace() or before in "([—":
            if after.isalpha() and text[k] != "’":
                openers.append(k)
        elif before in ".,!?;:" and (after.isspace() or after in ")]—") and text[k] != "‘":
            closers.append(k)
    return openers, closers


def _quotation_spans(doc: Document) -> tuple[list[int], list[int]]:
    """Starts and ends (sorted, disjoint) of the text inside quotation marks, per paragraph.

    Double quotes pair up in order within a paragraph, and one left open runs to
    the paragraph's end (a quotation continued in the next paragraph opens it
    again). Single quotes count only as a pair of an opening mark (after a space,
    before a letter) and the next closing mark after sentence punctuation, so
    apostrophes (*don't*, *workers' rights*) are not taken for quotation marks."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    paragraph_starts = [p.start for p in doc.paragraphs]
    paragraph_ends = [p.end for p in doc.paragraphs]

    def paragraph_end(position: int) -> int:
        return paragraph_ends[max(0, bisect_right(paragraph_starts, position) - 1)]

    marks = np.fromiter((m.start() for m in _QUOTE_MARK.finditer(text)), dtype=np.int64)
    if len(marks):  # in each paragraph the 1st, 3rd, ... mark opens; the next mark of that paragraph closes
        paragraph = np.maximum(np.searchsorted(np.asarray(paragraph_starts), marks, side="right") - 1, 0)
        n = len(marks)
        first = np.ones(n, dtype=bool)
        first[1:] = paragraph[1:] != paragraph[:-1]
        rank = np.arange(n) - np.maximum.accumulate(np.where(first, np.arange(n), 0))
        opening = np.flatnonzero(rank % 2 == 0)
        closed = np.zeros(n, dtype=bool)
        closed[:-1] = ~first[1:]  # the next mark is in the same paragraph
        close_at = np.where(closed[opening], marks[np.minimum(opening + 1, n - 1)] + 1,
                            np.asarray(paragraph_ends)[paragraph[opening]])
        spans.extend(zip(marks[opening].tolist(), close_at.tolist()))
    if "'" in text or "‘" in text:
        openers, closers = _single_quote_marks(text)
        resume = 0
        for position in openers:
            if position < resume:
                continue
            k = bisect_right(closers, position)
            if k < len(closers) and closers[k] < paragraph_end(position):
                spans.append((position, closers[k] + 1))
                resume = closers[k] + 1
        spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:  # merged: a single-quoted passage nested in a double-quoted one
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


class _Sentences:
    """The document's sentences as :class:`_Sentence`, each built on first access.

    Word texts, lower-case forms, offsets and the proper-noun mask are turned
    into Python lists one block of about :attr:`BLOCK_WORDS` words at a time
    and sliced per sentence, so a long document never holds them all at once.
    """

    BLOCK_WORDS = 4096

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        types, ids = doc.word_types
        self.types = types
        self.lower_types = [t if t.islower() else t.lower() for t in types]  # shares lower-case forms
        self.ids = ids
        # first word of each sentence (and the end), an array: a list would hold an int object per sentence
        self.bounds = np.searchsorted(doc.word_sentence_ids, np.arange(len(doc.sentences) + 1)).astype(np.int32)
        self._built: dict[int, _Sentence] = {}
        self._block: tuple[int, int, list[str], list[str], list[int], list[int], list[bool]] | None = None
        self._proper: np.ndarray | None = None
        self._quotes = _quotation_spans(doc)

    def _columns(self, a: int, b: int) -> tuple[int, list[str], list[str], list[int], list[int], list[bool]]:
        """Lists covering words ``a`` to ``b - 1``, and the index of their first word."""
        block = self._block
        if block is None or a < block[0] or b > block[1]:
            if self._proper is None:
                self._proper = proper_noun_mask(self.doc)
            first, last = a, max(b, a + self.BLOCK_WORDS)
            ids = self.ids[first:last].tolist()
            types, lower_types = self.types, self.lower_types
            starts, ends = self.doc.word_offsets(first, last)
            block = self._block = (first, first + len(ids), [types[i] for i in ids], [lower_types[i] for i in ids],
                                   starts.tolist(), ends.tolist(), self._proper[first:last].tolist())
        return block[0], *block[2:]  # type: ignore[return-value]

    def forget_before(self, k: int) -> None:
        """Drop built sentences before ``k`` once more than 64 are held (they are rebuilt if asked for again)."""
        if len(self._built) > 64:
            for old in [j for j in self._built if j < k]:
                del self._built[old]

    def __getitem__(self, k: int) -> _Sentence:
        built = self._built.get(k)
        if built is None:
            a, b = int(self.bounds[k]), int(self.bounds[k + 1])
            first, words, lower, starts, ends, proper = self._columns(a, b)
            a, b = a - first, b - first
            sentence_start, sentence_end = self.doc.sentences.table[k, :2].tolist()
            own_starts, own_ends = starts[a:b], ends[a:b]
            span_starts, span_ends = self._quotes
            k_span = bisect_left(span_starts, sentence_end) - 1  # the last span opening before the sentence ends
            if k_span >= 0 and span_ends[k_span] > sentence_start:
                quoted = []
                for start in own_starts:
                    j = bisect_right(span_starts, start) - 1
                    quoted.append(j >= 0 and start < span_ends[j])
            else:
                quoted = [False] * (b - a)
            built = self._built[k] = _Sentence(k, words[a:b], lower[a:b], own_starts, own_ends,
                                               _Gaps(self.doc.text, own_starts, own_ends, sentence_start),
                                               proper[a:b], quoted)
        return built

    def candidate_words(self) -> Iterator[tuple[int, list[int]]]:
        """Sentences (in order) with the positions, within each, of the words that begin some lexicon item."""
        index = _index()
        if not len(self.ids):
            return
        begins = np.fromiter(map(index.__contains__, self.lower_types), dtype=bool, count=len(self.lower_types))
        positions = np.flatnonzero(begins[self.ids])
        if not len(positions):
            return
        sentence_of = self.doc.word_sentence_ids[positions]
        change = np.flatnonzero(np.diff(sentence_of)) + 1
        group_starts = np.concatenate([[0], change])
        group_ends = np.concatenate([change, [len(positions)]])
        for lo in range(0, len(group_starts), 1024):  # a thousand sentences' worth of lists at a time
            starts, ends = group_starts[lo:lo + 1024].tolist(), group_ends[lo:lo + 1024].tolist()
            offset = starts[0]
            chunk = positions[offset:ends[-1]].tolist()
            for a, b, k in zip(starts, ends, sentence_of[starts].tolist()):
                first = int(self.bounds[k])
                yield k, [p - first for p in chunk[a - offset:b - offset]]


# --------------------------------------------------------------------------- rules

def _text_after(sentence: _Sentence, end: int) -> str:
    """The text between word ``end - 1`` and the next word ("." after the last word); few rules need it."""
    return "." if end >= len(sentence.lower) else sentence.gaps[end]


def _before_degree_index(lower: list[str], i: int) -> int:
    """Index of the nearest word before word ``i`` that is not a degree word or an -ly adverb; -1 if none."""
    j = i - 1
    while j >= 0 and (lower[j] in _DEGREE_WORDS or (lower[j].endswith("ly") and len(lower[j]) > 4)):
        j -= 1
    return j


def _before_degree_words(lower: list[str], i: int) -> str:
    """The nearest word before word ``i`` that is not a degree word or an -ly adverb
    (*is absolutely certain* gives *is*); "" at the sentence start."""
    j = _before_degree_index(lower, i)
    return lower[j] if j >= 0 else ""


def _subject_word(lower: list[str], i: int) -> str:
    """The word before ``i`` past degree words, or past a relative *that/which* to the noun before
    it (*emails that prove*: *emails*)."""
    j = _before_degree_index(lower, i)
    if j > 0 and lower[j] in ("that", "which"):
        return lower[j - 1]
    return lower[j] if j >= 0 else ""


_SUBJECT_STOPS = _CLAUSE_WORDS | frozenset("when where as said says say told he she they we i it you".split())
"""Words that end the search back for a subject's head noun (:func:`_evidence_noun_heads_subject`): a
clause boundary, a reporting verb or a pronoun subject."""


def _evidence_noun_heads_subject(sentence: _Sentence, i: int, reach: int = 10) -> bool:
    """Is an evidence noun the head of the subject before verb ``i``, past what modifies it (*Figures from
    the British Retail Consortium this week showed*, *polls of likely voters had shown*)? Looked for
    within ``reach`` words, in one clause: no punctuation, conjunction, relative word or pronoun between."""
    lower, gaps = sentence.lower, sentence.gaps
    if i > 0 and lower[i - 1] == "to":
        return False  # an infinitive: "the trial was not designed to show whether"
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if gaps[j + 1].strip() or lower[j] in _SUBJECT_STOPS:
            return False
        if lower[j] in _evidence_nouns():
            return True
    return False


def _predicative(lower: list[str], i: int) -> bool:
    """Does a linking verb (*is, remains, seems, feel*; *isn't*) come before word ``i``, degree words skipped?"""
    before = _before_degree_words(lower, i)
    return before in _LINKING_VERBS or before.endswith("n't")


_NEVER_NOUNS = frozenset("suggest seem appear indicate believe insist reiterate clarify emphasize emphasise".split())
"""Verbs of the lexicon that English never uses as nouns: after *a* + noun they are the verb of a subject."""
_COMPARATIVE_WORDS = frozenset("more less better worse further farther ahead behind too over under".split())
_POSSIBILITY_MODALS = frozenset("may might could would".split())
_PROPOSAL_NOUNS = frozenset(
    "bill bills deal deals text amendment amendments fund plan plans proposal proposals agreement measure law "
    "legislation scheme merger treaty rule rules reform reforms package ordinance motion resolution".split())
_PERCEPTION_VERBS = frozenset("see hear smell feel remember".split())
_PERCEIVERS = frozenset(  # not "we": "we could see a cut" is a forecast
    "i you he she they everyone everybody anyone anybody one nobody".split())
_ESTIMATE_NOUN_CUES = frozenset(
    "beat beats beating missed misses topped tops exceeded exceeds above below consensus".split())
_PAST_BELIEF_ADVERBS = frozenset("never always just even once".split())
_THAN_VERBS = frozenset("think believe suggest suppose assume expect estimate imagine".split())
_CONCESSIVE_WORDS = frozenset("whatever whoever wherever whichever whatsoever".split())
_IN_FORCE_WORDS = _BE_FORMS | frozenset("remain remains remained remaining stay stays stayed".split())
_LEXICAL_RULE_ITEMS = frozenset(
    "committed convinced determined know show demonstrate prove find intend never sure quite appear assume believe "
    "fairly roughly reasonably effectively suggest possible would very exactly confidence likely suppose "
    "think mean should could easily simply strongly expect guess".split())
_CONFIDENCE_MEASURES = frozenset(  # "consumer confidence fell": a measured mood, not a stance
    "public consumer consumers business investor investors market voter voters economic".split())


def _ends_clause(sentence: _Sentence, end: int) -> bool:
    """Does punctuation that closes a clause (or the sentence) follow the word before ``end``?"""
    return _text_after(sentence, end).strip(" ")[:1] in (".", ",", ";", ":", "!", "?", "—", ")")


def _stance_participle(sentence: _Sentence, i: int, end: int, item: str) -> bool:
    """Is *committed/convinced/determined* (not followed by *to/that*) an adjective of stance here?
    After *remain, seem, feel* always; after *be* only when it is not a passive: *convinced* or
    *determined* not followed by *by*, *committed* only at the end of a clause (*we are committed.*)."""
    before = _before_degree_words(sentence.lower, i)
    if before not in _LINKING_VERBS and not before.endswith("n't"):
        return False
    if before not in _BE_FORMS and before != "am" and before not in _BE_CONTRACTIONS:
        return True
    if item == "committed":
        return _ends_clause(sentence, end)
    return (sentence.lower[end] if end < len(sentence.lower) else "") != "by"


def _lexical_rule(sentence: _Sentence, i: int, end: int, form: tuple[str, ...], item: str) -> str | None:
    """Rules for single items whose other senses the lexicon cannot tell apart (ids in the module docstring)."""
    lower = sentence.lower
    prev1 = lower[i - 1] if i > 0 else ""
    prev2 = lower[i - 2] if i > 1 else ""
    nxt = lower[end] if end < len(lower) else ""
    after = lower[end + 1] if end + 1 < len(lower) else ""
    if item in ("committed", "convinced", "determined") and not (
            nxt == "to" or (item == "convinced" and nxt in ("that", "of"))
            or _stance_participle(sentence, i, end, item)):
        return "participle_verb"  # "crimes were committed", "she convinced the board", "have not determined"
    if item == "know" and prev1 == "we" and prev2 == "what":
        return "what_we_know"  # "What we know so far": a heading that announces contents, no certainty
    if item == "think" and form[0] == "thought" and (prev1 in ("i", "we") or (
            prev2 in ("i", "we") and (prev1.endswith("ly") or prev1 in _PAST_BELIEF_ADVERBS))):
        return "past_belief"  # "I honestly thought it was an earthquake", "We never thought this would happen"
    if item == "know" and nxt in ("if", "whether"):
        return "know_whether"  # "I don't know if he would have made it": not knowing, no certainty
    if item == "know" and not (nxt == "that" or prev1 in ("i", "we", "i've", "we've")
                               or (prev1 not in _HAVE_FORMS and prev1 != "to" and _clause_follows(lower, end))
                               or _that_follows(sentence, end)):
        return "know_that"  # "known as", "knew each other", "must have known the codes"
    if item == "find" and not (nxt == "that" or (_ends_clause(sentence, end) and (
            _subject_word(lower, i) in _evidence_nouns() or prev1 in ("they", "we")))):
        return "evidence_subject"  # "found that", ", the study found."; not "a review found several payments"
    if item in ("show", "demonstrate", "prove") and not (
            nxt == "that" or (form[0] in ("shown", "proven") and nxt == "to")) and \
            _subject_word(lower, i) not in _evidence_nouns() and not _evidence_noun_heads_subject(sentence, i):
        return "evidence_subject"  # "will show 50 works", "had shown no remorse", "police found a body"
    if item == "intend" and nxt != "to":
        return "intend_to"  # "intended as a warning"
    if item == "never" and prev1 in _HAVE_FORMS and not (nxt == "been" and after in ("more", "so", "as")) \
            and _COMPARISON_WORDS.isdisjoint(lower[end:end + 5]) and not (
                prev1 in ("i've", "we've") or (prev1 in ("have", "had") and prev2 in ("i", "we"))):
        return "never_experiential"  # "have never won at Anfield": a fact; not "have never seen anything like it"
    if item == "sure" and prev1 in ("make", "makes", "made", "making"):
        return "make_sure"
    if item == "quite" and nxt in ("a", "an"):
        return "quite_a"  # "quite a few", "quite a shock"
    if item == "appear" and (nxt in _APPEARANCE_FOLLOWERS or (prev1 == "to" and prev2 in _SCHEDULED)):
        return "appear_place"  # "due to appear in court", "is due to appear next month"
    if item == "assume" and (nxt in _ASSUME_OBJECTS or (nxt in _DETERMINERS and after in _ASSUME_OBJECTS)):
        return "assume_office"
    if item == "expect" and (form[0] == "expecting" or prev1 in ("than", "as", "had", "to") or prev1.endswith("than")
                             or "than" in lower[max(0, i - 3):i]
                             or (form[0] == "expected" and (prev1 in _DETERMINERS or prev1 in _PREPOSITIONS))):
        return "expect_forecast"  # "faster than expected", "the expected vote", "had expected a gain", "come to
        # expect", "warn against expecting": no forecast of the speaker's
    if item == "guess" and prev1 not in _FIRST_PERSON_SUBJECTS:
        return "guess_first_person"  # "guess the score", "a guess"; but "I guess", "we'd guess"
    if item == "believe" and (nxt == "in" or (_ends_clause(sentence, end) and prev1 not in ("i", "we")) or (
            nxt in ("him", "her", "them", "me", "you", "us") and _ends_clause(sentence, end + 1))):
        return "believe_in"  # "believe in second chances", "never stopped believing.", "like to believe him.":
        # trust, no hedge
    if item in ("fairly", "roughly", "reasonably", "effectively") and (
            nxt in _MANNER_FOLLOWERS or _ends_clause(sentence, end)):
        return "manner_adverb"  # "treated fairly by the association", "handled roughly."
    if item == "strongly" and i > 0 and prev1 not in _LINKING_VERBS and not prev1.endswith("n't") and (
            nxt in _MANNER_FOLLOWERS or (nxt in _PREPOSITIONS and after not in ("favour", "favor")) or nxt == "to"
            or _ends_clause(sentence, end)):
        return "manner_adverb"  # "appeals strongly to voters", "shares rose strongly."; not "feel strongly about",
        # "came out strongly in favour"
    if item == "suggest" and nxt.endswith("ing") and len(nxt) > 5:
        return "suggest_proposal"  # "suggested holding talks": a proposal
    if item == "possible" and ((prev1 == "as" and "as" in lower[max(0, i - 7):i - 2])
                               or (prev1.endswith("est") and len(prev1) > 4) or prev1 in ("best", "worst")
                               or (prev1 in _CONDITION_WORDS and not sentence.gaps[i].strip())):
        return "as_possible"  # "as soon as possible", "as hard to put down as possible", "the best possible way";
        # "if possible", "where possible": a condition, no likelihood
    if item == "very" and (prev1 in _DEFINITE_DETERMINERS or prev1.endswith("'s")):
        return "very_determiner"  # "the very same day", "this very moment"; not "a very good year"
    if item == "simply" and (prev1 in _MODALS or nxt in ("have", "has", "had", "be", "been") or (
            nxt in _DEFINITE_DETERMINERS | {"a", "an"} and end + 2 < len(lower) and lower[end + 2] == "of"
            and after not in _SUPERLATIVE_HEADS and not (after.endswith("est") and len(after) > 5))):
        return "simply_merely"  # "simply a marker of", "may simply have been passing": merely, not emphasis
    if item == "exactly" and (nxt[:1].isdigit() or nxt in _NUMBER_WORDS):
        return "exact_figure"  # "at exactly 3pm": precision, not emphasis
    if item == "likely" and ((prev1 in ("more", "less") and prev2 == "times") or (
            prev1 == "as" and prev2 in ("twice", "thrice", "times", "half"))):
        return "quantified_likelihood"  # "50 times more likely", "twice as likely to be admitted": a
        # measured probability, not a hedge ("the most likely date" is one)
    if item in ("find", "show", "prove", "demonstrate") and prev1 in _POSSIBILITY_MODALS \
            and sentence.words[i - 1] != "May":
        return "hedged_evidence"  # "You may find that", "could show": no result is presented as established
    if item in ("show", "prove", "demonstrate") and prev1 == "to" and prev2 in ("appear", "appears", "appeared",
                                                                             "seem", "seems", "seemed"):
        return "hedged_evidence"  # "appear to show": the hedge carries it
    if item == "mean" and prev1 in ("could", "might", "may", "would"):
        return "hedged_evidence"  # "could mean heavier rain": the modal hedges it, no evidence is asserted
    if item == "confidence" and (prev1 in _CONFIDENCE_MEASURES or prev1.endswith(("'s", "s'"))
                                 or nxt in ("vote", "votes", "motion") or (prev1 == "of" and prev2 == "vote")):
        return "confidence_measure"  # "consumer confidence", "a confidence vote"
    if item == "would" and nxt == "rather":
        return "would_rather"
    if item == "could" and (any(lower[k] == "so" and lower[k + 1] == "that" for k in range(max(0, i - 10), i - 1))
                            or (prev2 == "so" and prev1 in _SUBJECT_PRONOUNS)):
        return "could_purpose"  # "so that trucks could get through", "so they could reach the bins": a purpose
    if item == "would" and nxt in ("prefer", "like", "love", "welcome"):
        return "would_preference"  # "We would prefer to build in WA", "I would like to thank": a wish, no hedge
    if item == "would" and nxt == "you":
        return "would_question"  # "What would you say to riders?": a question, not a hedge
    if item == "should" and (nxt == "have" or nxt in _SUBJECT_PRONOUNS):
        return "should_advice"  # "should have looked elsewhere", "Should you pay off your mortgage?"
    if item == "should" and nxt.isalpha():
        verb = next((w for w in lower[i + 1:i + 4] if w not in _SHOULD_ADVERBS), "")
        if verb.isalpha() and verb not in _expectation_verbs():
            return "should_advice"  # "parents should contact their GP", "what should employers do?"
    if item == "could" and nxt == "be" and after in _PERCEPTION_PARTICIPLES:
        return "could_perceive"  # "Residents could be seen digging": what was visible, not a possibility
    if item == "likely" and nxt in ("voters", "voter"):
        return "likely_voters"  # a category of a poll's sample
    if item == "likely" and nxt in ("lad", "lads", "story"):
        return "likely_idiom"  # "a likely lad", "a likely story": idioms, no likelihood
    if item == "think" and nxt in ("tank", "tanks", "about", "of"):
        return "think_about"  # "think tank", "we're thinking about April"
    if item == "think" and nxt == "to" and prev1 not in _BE_FORMS:
        return "think_to"  # "nobody thought to ask": remembered to; but "is thought to be" is a hedge
    if item == "would" and (nxt == "not" or nxt == "n't") and after in _COMMENT_VERBS:
        return "would_refusal"  # "It would not comment further": a refusal, no hypothesis
    if item in ("could", "should") and _ends_clause(sentence, end):
        return "modal_ellipsis"  # "everything we could", "It should.": ability or duty, the verb left out
    if item == "mean" and nxt in ("a", "much", "everything", "nothing", "little") and form[0] == "means" \
            and (nxt != "a" or after in ("lot", "great")):
        return "mean_matter"  # "means a great deal to him": matters, not evidence
    if item == "easily" and nxt not in ("the", "a", "an", "one") and not nxt.endswith("est"):
        return "easily_manner"  # "easily the best phone"; not "won easily"
    if item == "suppose" and nxt == "to" and prev1 in _BE_FORMS:
        return "supposed_to"  # "was supposed to open this year": a plan
    if item == "think" and form[0] == "thought" and prev1 in ("as", "than"):
        return "as_thought"  # "twice as fast as thought": than expected
    if item == "mean" and _before_degree_words(lower, i) in _SUBJECT_PRONOUNS:
        return "mean_intend"  # "I really mean it": sincerity, not evidence
    if item == "intend" and form[0] == "intended" and _before_degree_words(lower, i) in _BE_FORMS:
        return "intended_purpose"  # "was partly intended to limit the scope": a purpose, no one's commitment
    if item == "mean" and nxt != "that":
        return "mean_that"  # "what it means for savers", "meaning it could have arisen by chance"
    if item in _THAN_VERBS and "than" in lower[max(0, i - 3):i] and not any(
            _CLAUSE_BREAK.search(sentence.gaps[j]) for j in range(max(1, i - 2), i + 1)):
        return "than_comparison"  # "closer than people think": a comparison with others' beliefs, no hedge
    if item == "would" and prev1 in ("that", "which") and i > 1 and lower[i - 2] in _PROPOSAL_NOUNS:
        return "would_proposal"  # "a bill that would require developers...": what a proposal says, no doubt
    if item == "could" and nxt in _PERCEPTION_VERBS and prev1 in _PERCEIVERS:
        return "could_perceive"  # "you could see the flames", "everyone could see that": what was perceived
    if item == "would" and nxt in _HABITUAL_ADVERBS:
        return "would_habitual"  # "Harold would often check the locks": a past habit
    if item == "would":
        window = lower[max(0, i - 8):i]
        if not _CERTAIN_FRAMES.isdisjoint(window) or any(
                w == "doubt" and k > 0 and window[k - 1] == "no" for k, w in enumerate(window)):
            return "would_after_certainty"  # "sure the plan would work": tense inside a booster's scope
        reports, thoughts, quoted = _reporting_past_forms(), _COGNITION_PAST, sentence.quoted
        reported = any((w in reports or w in thoughts) and (k == 0 or lower[k - 1] not in _CONDITIONAL_WORDS)
                       and quoted[k] == quoted[i] for k, w in enumerate(lower[:i])) \
            or any(w in _DENIED_REPORTS and lower[k - 1] in ("not", "n't", "to") for k, w in enumerate(lower[:i]) if k > 0)
        if reported:
            return "would_reported_future"  # "said it would cut 1,500 jobs", "said ... and that he would vote"
    return None


def _comparative(word: str) -> bool:
    """Is ``word`` a comparative adjective or adverb: *-er* on a familiar word or on the lemma the
    lemmatiser gives it (*easier*, *tougher*, *bigger*, *later*)? Not a noun that ends in *-er*
    (*water*, *power*, *corner*: their own lemmas)."""
    if not word.endswith("er") or len(word) < 5:
        return False
    stem = word[:-2]
    candidates = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else "",
                  stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
    return any(c and is_familiar(c) for c in candidates) or lemma_of(word) in candidates


_LITTLE_PREPOSITIONS = frozenset("below above short beyond past before after behind ahead over under".split())
_LITTLE_NOUNS = frozenset("bit help time money while luck way girl boy child one ones something town village "
                          "house room space water".split())
_PREDICATE_FOLLOWERS = frozenset("and or but than on about in to for with at of by as".split())


def _little_downtoner(sentence: _Sentence, end: int) -> bool:
    """Is *a little* (ending before word ``end``) a downtoner: before a comparative or a preposition of
    position (*a little easier*, *a little below forecast*), closing its clause (*prices went up a little*),
    or before an adjective used as a predicate, which a comma, a conjunction or a preposition follows
    (*a little naive in the closing minutes*, *a little unfinished, and*)? Not before a noun (*a little
    political will*, *with a little help*)."""
    lower, gaps = sentence.lower, sentence.gaps
    if end >= len(lower) or gaps[end].strip():
        return True  # "went up a little." / "a little, perhaps"
    nxt = lower[end]
    if nxt in _COMPARATIVE_WORDS or nxt in _LITTLE_PREPOSITIONS or _comparative(nxt):
        return True
    if nxt in _LITTLE_NOUNS or nxt in _PREDICATE_FOLLOWERS or not nxt.isalpha():
        return nxt in ("and", "or", "but")  # "went up a little and ..."
    return end + 1 >= len(lower) or bool(gaps[end + 1].strip()) or lower[end + 1] in _PREDICATE_FOLLOWERS


def _that_follows(sentence: _Sentence, end: int) -> bool:
    """Does *that* come within four words after word ``end - 1``, in the same clause (*We've known
    for three years that...*)?"""
    for j in range(end, min(end + 4, len(sentence.lower))):
        if sentence.gaps[j].strip():
            return False
        if sentence.lower[j] == "that":
            return True
    return False


def _clause_follows(lower: list[str], end: int) -> bool:
    """Does a clause follow word ``end - 1`` without *that* (*know this dispute could be settled*,
    *knows she's done nothing wrong*, *knew what was going on*)? A modal or a form of *be/have* within
    four words, and not an object pronoun, *how* or a *wh*-word before *to* first."""
    if end >= len(lower) or lower[end] in _NOT_A_CLAUSE_START:
        return False
    if lower[end] in _WH_WORDS and (end + 1 >= len(lower) or lower[end + 1] == "to"):
        return False  # "know what to do": a skill or a plan
    if lower[end] in ("what", "where", "who", "why", "when"):
        return True  # "knows who shows up", "know what happened": a wh-clause, known as a fact
    if lower[end] in _SUBJECT_PRONOUNS:
        return True  # "knows she's done nothing wrong" (the tokeniser splits off 's)
    return any(w in _MODALS or w in _AUXILIARIES or w in _BE_CONTRACTIONS for w in lower[end:end + 4])


def _after_speaker(sentence: _Sentence, i: int, prev1: str, joined: bool) -> bool:
    """Does word ``i`` follow a subject pronoun, a closing quotation mark or a name directly
    ('"...," she says.', 'Smith says')? A verb form there is a verb, not a noun."""
    gap = sentence.gaps[i]
    return (prev1 in _SUBJECT_PRONOUNS or any(q in gap for q in _QUOTES)
            or _SINGLE_CLOSE_BEFORE_VERB.search(gap) is not None or (i > 0 and sentence.proper[i - 1] and joined))


def _rule(sentence: _Sentence, i: int, form: tuple[str, ...], entry: Any) -> str | None:
    """The id of the first disambiguation rule that rejects this candidate, or ``None``."""
    lower, words = sentence.lower, sentence.words
    prev1 = lower[i - 1] if i > 0 else ""
    prev2 = lower[i - 2] if i > 1 else ""
    end = i + len(form)
    nxt = lower[end] if end < len(lower) else ""
    item = entry.item
    if item == "may" and (words[i] == "May" and (i > 0 or nxt[:1].isdigit())):
        return "may_month"
    if item == "may" and words[i] == "MAY" and i > 0 and words[i - 1].isupper() and len(words[i - 1]) > 1 \
            and not is_familiar(lower[i - 1]):
        return "may_name"  # "By LAUREN MAY and TOM REESE"; not "PRICES MAY RISE"
    if item == "may" and i == 0 and words[i] == "May" and (
            (end < len(words) and sentence.proper[end]) or nxt not in _MAY_OPENING_SUBJECTS):
        return "may_name"  # "May Thompson, 91, ...", "May was the wettest month", "May also called for"
    if entry.category == "self_mention" and words[i] == "I" and i > 1 and words[i - 1][:1].isupper() \
            and not sentence.gaps[i].strip():
        return "roman_numeral"  # "World War I", "Elizabeth I"
    if item == "might" and (prev1 in _DETERMINERS or prev1 in _NOUN_MODIFIERS or prev1.endswith("'s")
                            or (nxt == "of" and not _text_after(sentence, end).strip())):
        return "might_noun"
    if item == "of course" and prev1 in ("change", "changes", "matter"):
        return "course_noun"  # "a change of course", "as a matter of course": the noun, no booster
    if item == "rather" and nxt == "than":
        return "rather_than"
    if item == "could" and (nxt in ("not", "n't") or prev1 in _NEGATIVE_SUBJECTS or prev2 in _NEGATIVE_SUBJECTS
                            or (prev2 == "no" and prev1 == "one")):
        return "could_not"  # "could not attend", "Neither claim could be verified": inability
    if item in ("about", "around", "near", "some", "close to", "something like") and not (
            nxt[:1].isdigit() or nxt in _NUMBER_WORDS
            or (nxt in ("a", "an") and end + 1 < len(lower) and (
                lower[end + 1] in _NUMBER_WORDS or lower[end + 1] in _TIME_UNITS or lower[end + 1][:1].isdigit()))
            or any(sign in _text_after(sentence, end) for sign in "$€£")
            or (len(nxt) <= 3 and nxt.isalpha() and end + 1 < len(lower)
                and sentence.gaps[end + 1].startswith("$"))  # "about S$2.3 billion"
            or _CURRENCY_AMOUNT.match(nxt)):  # "about R18 million", "Sh58 billion"
        return "about_quantity"  # "talks about trade"; but "about a week ago", "about a 70% chance"
    if item == "about" and prev1 in _WORK_NOUNS and not any(
            lower[k].removesuffix("s") in _TIME_UNITS or lower[k] in ("pages", "words")
            for k in range(end + 1, min(end + 3, len(lower)))):
        return "about_quantity"  # "her second feature, about three sisters who return": the subject, not a
        # rounder; but "a film about 90 minutes long"
    if item == "all but" and (nxt == "name" or prev1 in _ALL_BUT_PREPOSITIONS):
        return "about_quantity"  # "a Ponzi scheme in all but name", "advised against all but essential travel":
        # "except", not "almost"
    if item in ("a bit", "all but") and (nxt == "of" or nxt[:1].isdigit() or nxt in _NUMBER_WORDS
                                        or nxt in _DETERMINERS):
        return "about_quantity"  # "a bit of luck", "all but one": quantities, not downtoners
    if item in ("sort of", "kind of") and (prev1 in _DETERMINERS or prev1 in ("what", "which", "same", "that")
                                           or prev1.endswith(("'s", "’s")) or nxt in _DETERMINERS):
        return "kind_of_noun"  # "this kind of work", "the sort of thing", "a kind of a": the noun
    if item == "or so" and not (prev1[:1].isdigit() or prev1 in _NUMBER_WORDS or prev1 in _TIME_UNITS
                                or prev1.rstrip("s") in _TIME_UNITS):
        return "or_so_quantity"  # "a week or so", "20 or so"; not "if you think so or so it seems"
    if item == "a little" and not _little_downtoner(sentence, end):
        return "little_quantity"  # "a little political will", "with a little help": a quantity, no downtoner
    if item == "alleged" and not (prev1 in _DETERMINERS or prev1.endswith(("'s", "’s")) or (
            nxt == "to" and prev1 in _BE_FORMS)):
        return "alleged_adjective"  # "the alleged fraud", "is alleged to have"; "she alleged that" reports
    if item == "rule out" and form[0] == "rule" and prev1 in ("to", "or", "and"):
        return "rule_out_plan"  # "time to rule out other explanations", "confirm or rule out": nothing ruled out yet
    if item == "us" and words[i] != words[i].lower() and not (i == 0 and words[i] == "Us"):
        return "pronoun_case"
    if item == "us" and i > 0 and sentence.gaps[i] == ".":
        return "pronoun_case"  # "PowerOutage.us": a domain
    if item == "confidence" and nxt in ("interval", "intervals", "level", "levels"):
        return "confidence_interval"
    if item == "rather" and (prev1 == "would" or prev1.endswith(("'d", "’d"))):
        return "would_rather"  # a preference, not a downtoner ("I'd rather not")
    if item == "may" and not _CONCESSIVE_WORDS.isdisjoint(lower[max(0, i - 3):i]):
        return "concessive_may"  # "whatever you may read online": a concession, no possibility weighed
    if item == "far" and nxt != "too":
        return "far_too"  # "far too early": emphasis; not "so far", "far from", "far more", which annotators split on
    if item == "in effect" and not _IN_FORCE_WORDS.isdisjoint(lower[max(0, i - 2):i]):
        return "in_force"  # "a hurricane watch was in effect", "remains in effect": in force
    if item == "clearly" and i > 0 and _ends_clause(sentence, end) and "," not in sentence.gaps[i] \
            and prev1 not in _BE_FORMS:
        return "manner_adverb"  # "You did not see his face clearly.": how he saw; not "There is, clearly, ..."
    if item == "mine" and (prev1 in _DETERMINERS or prev1.endswith("'s")):
        return "mine_noun"
    if entry.category == "engagement" and entry.subtype == "directive" and i > 0:
        return "imperative_only"
    if entry.category == "engagement" and entry.subtype == "reader_pronoun" and sentence.quoted[i]:
        return "quoted_you"  # inside a quotation, "you" is someone the speaker addresses, not the reader
    if entry.pos == "verb":
        if form[0] == "estimated" and prev1 in ("a", "an") and (nxt[:1].isdigit() or nxt in _NUMBER_WORDS):
            return None  # "an estimated 2,000 people": a rounder
        if words[i][:1].isupper() and i > 0 and not words[i].isupper():  # "OFFICIALS SAID" is no name
            return "capitalised_noun"
        joined = not sentence.gaps[i].strip()
        joined_before = i > 1 and not sentence.gaps[i - 1].strip()
        base = form[0] == item.split()[0]
        inflected = form[0].endswith(("ed", "ing"))
        if joined and (prev1.endswith("'s") or (prev1 in _DETERMINERS and not (
                prev1 in ("this", "that", "these", "those") and not base)
                and not (prev1 in _QUANTIFIER_SUBJECTS and base and not form[0].endswith("s")))):
            return "noun_after_determiner"  # "a warning", "the stated aim"; but "this means", "that showed"
        if joined and joined_before and base and prev2 in _DETERMINERS and item not in _NEVER_NOUNS and (
                prev2 in ("a", "an") or words[i - 1][:1].isupper() or prev1.endswith(_ADJECTIVE_ENDINGS)):
            return "noun_after_determiner"  # "a Bloomberg report", "the annual report"; but "data from a
            # subgroup suggest": a verb that is never a noun
        if joined and prev1 in _PREPOSITIONS and not inflected:
            return "noun_after_determiner"  # "over comments", "of the stress"
        if joined and i > 1 and base and sentence.gaps[i - 1].strip() in _POSSESSIVE_MARKS and not prev1.endswith("s") \
                and nxt not in ("to", "that"):
            return "noun_after_determiner"  # "the government's revenue estimate"; not "the bank's economists estimate"
        if not inflected and (form[0].endswith("s") or base) and len(form) == 1 \
                and not _after_speaker(sentence, i, prev1, joined) and prev1 not in _evidence_nouns():
            at_end = not nxt or _text_after(sentence, end).strip(" ") in (".", ",", ";", ":")
            source_before = entry.category == "attribution" and at_end and joined and (
                prev1 in _source_nouns() or _agent_plural(prev1))
            if not source_before and (at_end or nxt in ("of", "for") or nxt in _NOT_AFTER_A_VERB):
                return "noun_at_clause_end"  # "security guarantees.", "the union claims are"; but "...,
                # economists warn.": a source just before makes it the verb
        if i == 0 and entry.category == "attribution" and form[0] != item.split()[0] and not form[0].endswith(
                ("ed", "ing")):
            return "verb_at_sentence_start"
        if i == 0 and entry.category == "hedge" and form[0] == item.split()[0]:
            return "verb_at_sentence_start"  # "Think about what you lose": an imperative; "Doubt remains": a noun
        if entry.category == "attribution" and nxt == "by" and form[0] in ("reporting", "writing", "editing") and (
                i == 0 or (i == 1 and prev1 == "additional")):
            return "credit_line"  # "(Reporting by Priya Natarajan; Editing by ...)": the agency's credits
        if form[0] == "written" and prev1 not in _HAVE_FORMS:
            return "non_speech_sense"  # "a record written largely in grief", "the letter was written in 1998"
        if entry.category == "attribution" and _non_speech_sense(sentence, end, item):
            return "non_speech_sense"  # "added a third goal", "claimed the lives of", "denied bail"
        if item == "estimate" and form[0] == "estimates" and (prev1 in _ESTIMATE_NOUN_CUES or prev2 in ("beat", "beats",
                                                                                                  "missed", "topped")):
            return "noun_after_determiner"  # "beats estimates", "beat Street estimates": forecasts, a noun
        if form[0] == "means" and (prev1 in ("by", "the", "a", "any", "other", "no", "one", "some", "every", "all")
                                   or nxt in ("of", "to")):
            return "means_noun"
    if item == "clear" and not (prev1 in _COPULAS or nxt == "that" or prev1 in ("not", "so")
                                or _predicative(lower, i)):
        return "clear_verb"
    if item == "true":
        j = _before_degree_index(lower, i)
        before = lower[j] if j >= 0 else ""
        it_is = (before in ("it", "that") and sentence.gaps[j + 1].strip() in ("'s", "’s")) or (
            before in ("is", "was") and j > 0 and lower[j - 1] in ("it", "that"))  # "it's true", "that is true"
        if not (nxt == "that" or (it_is and _ends_clause(sentence, end))):
            return "true_that"  # "It is true that ...", "because it's true."; not "the true cost", "simply not
            # true, and", "may be true on paper", "substantially true": blind annotators left those unmarked
    if item == "certain" and not (prev1 in _COPULAS or nxt == "that" or prev1 in ("so", "not", "more", "less")
                                  or _predicative(lower, i)):
        return "certain_determiner"
    if item == "central" and not (prev1 in _COPULAS or nxt == "to"):
        return "central_attributive"
    if item == "key" and (not nxt or nxt in ("to", "of", "in", "for", "and", "or")
                          or _text_after(sentence, end).strip()):
        return "key_noun"
    if item == "state" and form[0] in ("state", "states") and not (
            nxt == "that" or prev1 in ("to", "also", "clearly", "explicitly") or prev1 in _MODALS):
        return "state_noun"  # "state media", "member states": the noun; "states that", "to state" the verb
    if item == "grave" and not (_predicative(lower, i) or prev1 == "as") and (
            _ends_clause(sentence, end) or nxt in _PREPOSITIONS or nxt in _NOT_AFTER_A_VERB
            or nxt in ("near", "where", "and", "site", "sites")):
        return "grave_noun"  # "a mass grave near the town"
    if item in _LEXICAL_RULE_ITEMS:
        return _lexical_rule(sentence, i, end, form, item)
    return None


@lru_cache(maxsize=None)
def _holds_negation(item: str) -> bool:
    """Items that contain their own negation (*cannot rule out*) keep it in their category."""
    return any(w in _NEGATORS for w in item.split())


def _negated(sentence: _Sentence, i: int, item: str) -> bool:
    """Is there a negator before word ``i`` within four words of the same clause (or *less*
    right before it: *less certain*)?"""
    if _holds_negation(item):
        return False
    if i > 0 and sentence.lower[i - 1] == "less" and not sentence.gaps[i].strip():
        return True
    window = sentence.lower[max(0, i - 4):i]
    if _NEGATORS.isdisjoint(window) and "n't" not in "\x00".join(window):
        return False  # no negator at all among the four words before
    for j in range(i - 1, max(-1, i - 5), -1):
        if _CLAUSE_BREAK.search(sentence.gaps[j + 1]):
            return False
        word = sentence.lower[j]
        if word == "no" and sentence.lower[j + 1][:1].isdigit():
            continue  # "No 10", "No. 10 said": a number, not a negation
        if word in _NEGATORS or word.endswith("n't"):
            between = sentence.lower[j + 1:i]
            if word == "never" and "more" in between:
                return False  # "never been more committed": an intensifier, not a negation
            return True
        if word in _CLAUSE_WORDS:
            return False
    return False


@dataclass
class _Candidate:
    word: int                 # index in the sentence
    length: int
    row: int
    rejected_by: str | None


def _match(sentence: _Sentence, positions: list[int]) -> list[_Candidate]:
    """Every lexicon candidate in a sentence: accepted ones (longest first) and the rejected ones.

    ``positions``: the words (in order) whose lower-case form begins some item;
    a word covered by an accepted multi-word item is not tried again.
    """
    index = _index()
    entries = _entries()
    clitic_rows = _clitic_rows()
    lower = sentence.lower
    found: list[_Candidate] = []
    resume = 0
    for i in positions:
        if i < resume:
            continue
        for form, row in index[lower[i]]:
            end = i + len(form)
            if row in clitic_rows and not _text_after(sentence, i + 1).startswith(_CLITIC):
                continue  # "let's" needs its 's
            if end - i > 1:
                if end > len(lower) or tuple(lower[i:end]) != form:
                    continue
                if any(sentence.gaps[j].strip() for j in range(i + 1, end)):
                    continue  # punctuation inside a multi-word item
            reason = _rule(sentence, i, form, entries[row])
            found.append(_Candidate(i, len(form), row, reason))
            if reason is None:
                resume = end
                break
    return found


# --------------------------------------------------------------------------- holders

@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Person titles (:func:`analysis.names.person_titles`), also without a final full stop (*Dr*)."""
    titles = person_titles()
    return titles | {t.rstrip(".") for t in titles}


def _dateline_length(sentence: _Sentence) -> int:
    """The number of words of a dateline opening the sentence: words in capitals before a dash or a
    bracket (*SAN FRANCISCO —*, *ROME (Reuters) -*); 0 if there is none."""
    k = 0
    while k < len(sentence.words) and sentence.words[k].isupper() and len(sentence.words[k]) > 1 \
            and (k == 0 or not sentence.gaps[k].strip()):
        k += 1
    if k and k < len(sentence.words) and sentence.gaps[k].strip()[:1] in ("—", "–", "-", "("):
        return k
    return 0


def _byline(sentence: _Sentence) -> bool:
    """Is the sentence a byline: *By* and a name (*By Rachel Cooper, Court reporter*)?"""
    return len(sentence.words) > 1 and sentence.words[0] in BYLINE_OPENERS and sentence.proper[1]


def _name_kind(words: list[str]) -> str:
    """``organisation`` if a name has an organisation word (*Department*, *Bank*, *County*), ``place``
    if it has a country's name (*Western Australia*, *South Sudan*), else ``person``."""
    if not _ORGANISATION_WORDS.isdisjoint(words):
        return "organisation"
    return "place" if not country_names().isdisjoint(words) else "person"


def _subject_ends_sentence(sentence: _Sentence, after: int) -> bool:
    """Are the words from ``after`` to the sentence's end only a source, the subject of a reporting
    verb placed before it (*..., say officials*, *..., warned the minister*): a name, a source
    noun or a plural agent noun last, with no verb among them (not *said colleagues were ...*)?"""
    rest = sentence.lower[after:]
    last = rest[-1]
    if any(w in _AUXILIARIES or w in _MODALS or w == "that" for w in rest):
        return False
    return sentence.proper[len(sentence.lower) - 1] or last in _source_nouns() or _agent_plural(last)


def _agentless_passive(sentence: _Sentence, candidate: "_Candidate", item: str) -> bool:
    """Is this reporting verb a participle after *be* (*were told*, *was reported*) with no *by* agent,
    or *accused of* without *have* (*a minister accused of taking bribes*)? Its grammatical subject is
    then the one told or accused, not the source."""
    i = candidate.word
    form = sentence.lower[i]
    after = i + candidate.length
    if form == "accused" and after < len(sentence.lower) and sentence.lower[after] == "of" \
            and (i == 0 or sentence.lower[i - 1] not in _HAVE_FORMS):
        return True  # "a former minister accused of taking bribes": the accused, not the accuser
    if i == 0 or sentence.lower[i - 1] not in _BE_FORMS:
        return False
    participle = form != item.split()[0] and not form.endswith(("ing", "s"))
    return participle and not (after < len(sentence.lower) and sentence.lower[after] == "by")


def _initial_name(sentence: _Sentence) -> bool:
    """Is the sentence's first word a name, though the proper-noun mask cannot tell (a capital
    is expected there)? Yes if capitalised, all letters, and not a familiar English word
    (Dale–Chall list, with inflections): *Greenpeace said*, not *Officials said* or *The*."""
    word = sentence.words[0]
    return word[:1].isupper() and word.isalpha() and not is_familiar(word)


def _inside_name(gap: str) -> bool:
    """Can this text between two capitalised words lie inside one name? Spaces, an ampersand
    (*Pell & Hart*) or a plural possessive's apostrophe (*the National Police Chiefs' Council*)."""
    mark = gap.strip()
    return not mark or mark == "&" or (mark in ("'", "’") and gap[:1] in "'’" and gap[-1:].isspace())


def _name_words(sentence: _Sentence, start: int, stop: int) -> list[str]:
    """The words of the name from word ``start`` to ``stop``, with the ampersands and plural
    possessive apostrophes that join them (*Pell & Hart*, *Police Chiefs' Council*)."""
    words = [sentence.words[start]]
    for k in range(start + 1, stop + 1):
        mark = sentence.gaps[k].strip()
        if mark in ("'", "’"):
            words[-1] += mark
        elif mark == "&" and sentence.gaps[k] == "&":
            words[-1] += "&" + sentence.words[k]  # "PG&E", written without spaces
            continue
        elif mark == "&":
            words.append(mark)
        words.append(sentence.words[k])
    while len(words) > 2 and words[-1] in _POST_NOMINALS:
        words.pop()  # "Cefin Rowlands MS", "Hugo Marsh KC": post-nominal letters are no part of the name
    return words


_POST_NOMINALS = non_name_acronyms()
_POSSESSIVE_GAPS = frozenset({"", "'s", "’s", "'", "’"})
_POSSESSIVE_MARKS = _POSSESSIVE_GAPS - {""}  # a possessive written between two words
_JOINED_HEADS = frozenset("Department Ministry Office Secretary Committee Commission".split())


def _joined_organisation(sentence: _Sentence, last: int, first: int, head: int | None = None) -> bool:
    """Does the word between proper nouns ``last`` and ``first`` join them into one organisation's
    name? *of* after an organisation word (*Bank of England*), *for* after a ministry's
    (*Department for Education*), *and* inside a ministry's name before a name of two words or
    more (*Department of Health and Social Care*; not *the Bank of England and Barclays*).
    ``head``: the first word of the name so far, when it is known (joining forwards)."""
    words, proper, gaps = sentence.words, sentence.proper, sentence.gaps
    joiner = words[last + 1]
    if not (proper[last] and proper[first] and joiner in ("of", "for", "and")
            and not gaps[last + 1].strip() and not gaps[first].strip()):
        return False
    if joiner == "of":
        return words[last] in _ORGANISATION_WORDS
    if joiner == "for":
        return words[last] in _JOINED_HEADS
    if first + 1 >= len(words) or not proper[first + 1] or gaps[first + 1].strip():
        return False  # "and" needs a name of two words or more after it
    k = last if head is None else head
    while head is None and k > 1 and not gaps[k].strip() and (proper[k - 1] or words[k - 1] in ("of", "for")):
        k -= 1
    return words[k] in _JOINED_HEADS and any(w in ("of", "for") for w in words[k:last])


def _name_span(sentence: _Sentence, j: int) -> tuple[int, int]:
    """First and last word of the name around proper noun ``j``: adjacent proper nouns separated
    by spaces only, across a particle (*Lotte de Vries*) and the full stop of an abbreviated
    title (*Dr. Priya Natarajan*)."""
    words, proper, gaps = sentence.words, sentence.proper, sentence.gaps
    n = len(words)
    start = j
    while True:
        while start > 0 and proper[start - 1] and _inside_name(gaps[start]):
            start -= 1
        k = start - 1  # particles before the run, joined to a name before them
        while k > 0 and words[k] in _NAME_PARTICLES and not gaps[k + 1].strip():
            k -= 1
        if k < start - 1 and k >= 0 and proper[k] and not gaps[k + 1].strip():
            start = k
        elif start == 1 and _inside_name(gaps[1]) and _initial_name(sentence):
            start = 0  # the sentence's first word begins the name: "Amnesty International"
        elif start > 1 and _joined_organisation(sentence, start - 2, start):
            start -= 2  # "Bank of England", "Department for Education", "... of Health and Social Care"
        elif start > 0 and gaps[start].strip() == "." and (words[start - 1] in _titles() or (
                start > 1 and len(words[start - 1]) == 1 and words[start - 1].isupper() and proper[start - 2]
                and not gaps[start - 1].strip())):
            start -= 1  # an abbreviated title, "Dr. Helen Marsh"; a middle initial, "Laurence H. Tribe"
        else:
            break
    stop = j
    while True:
        while stop + 1 < n and proper[stop + 1] and _inside_name(gaps[stop + 1]):
            stop += 1
        k = stop + 1  # particles after the run, joined to a name after them: "Anna van der Berg"
        while k < n and words[k] in _NAME_PARTICLES and not gaps[k].strip():
            k += 1
        if stop + 1 < k < n and proper[k] and not gaps[k].strip():
            stop = k
        elif stop + 2 < n and _joined_organisation(sentence, stop, stop + 2, start):
            stop += 2
        elif stop + 1 < n and proper[stop + 1] and gaps[stop + 1].strip() == "." and (
                words[stop] in _titles() or (len(words[stop]) == 1 and words[stop].isupper() and stop > start)):
            stop += 1  # an abbreviated title, "Dr. Priya Natarajan"; a middle initial, "Laurence H. Tribe"
        else:
            return start, stop


def _after_place_word(sentence: _Sentence, start: int) -> bool:
    """Does a name at word ``start`` follow a preposition of place (*in, at, near*, also after *the*)
    or *of* after a word for a settlement or region (*the town of Izium*)?"""
    k = start - 1
    if k >= 0 and sentence.lower[k] == "the":
        k -= 1
    if k < 0 or sentence.gaps[k + 1].strip():
        return False
    word = sentence.lower[k]
    return word in PLACE_PREPOSITIONS or (word == "of" and k > 0 and sentence.lower[k - 1] in _PLACE_NOUNS)


def _expletive_it(sentence: _Sentence, i: int) -> bool:
    """Is word ``i`` (a stance adjective) the predicate of an empty *it* (*it was not certain that*,
    *it is clear*)? *it*, then only forms of *be*, *not* and degree words before the adjective."""
    j = i - 1
    while j >= 0 and (sentence.lower[j] in _BE_FORMS or sentence.lower[j] in _DEGREE_WORDS
                      or sentence.lower[j].endswith("n't")) and not sentence.gaps[j + 1].strip(" '‘\""):
        j -= 1
    return j >= 0 and j < i - 1 and sentence.lower[j] == "it"


def _after_preposition(sentence: _Sentence, k: int) -> bool:
    """Is word ``k`` a common noun in a prepositional phrase (*in a written statement*), a preposition
    at most three words before it with only lower-case words between?"""
    if sentence.proper[k]:
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        if sentence.gaps[j + 1].strip():
            return False
        if sentence.lower[j] in _PREPOSITIONS:
            return True
        if not sentence.words[j].islower():
            return False
    return False


_CAPITALISED_RUN = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]* ){1,3}[A-Z][a-z][\w'’-]*")


def _full_names_by_surname(text: str) -> dict[str, list[tuple[int, str]]]:
    """Last word -> [(character offset, full name)] for every run of two to four capitalised words
    in ``text`` that reads as a person's name once the function words and titles before it are gone
    (*Dame Miriam Adebayo*: *Miriam Adebayo* under *Adebayo*; not *Royal Courts*, *On Tuesday*)."""
    index: dict[str, list[tuple[int, str]]] = {}
    stop = snowball_stopwords()
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split(" ")
        while words and (words[0].lower() in stop or words[0] in calendar_names()):
            words = words[1:]
        words = _without_titles(words)
        if len(words) >= 2 and _name_kind(words) == "person" and not is_familiar(words[0].lower()):
            index.setdefault(words[-1], []).append((match.start(), " ".join(words)))
    return index


def _without_titles(words: list[str]) -> list[str]:
    """A person's name without the titles and the words that qualify them before it (*Dr. Priya
    Natarajan*, *Senate Majority Leader Ron Hadley*, *Deputy Chief Constable Sarah Kemp* -> the
    name after the last title); familiar English words before a name of two words are a job
    written as a title (*Town Engineer Priya Banerjee*); a title alone is kept (*the Minister*)."""
    titles = _titles()
    k = 0
    for j in range(len(words) - 1):
        if words[j] in titles or (j + 2 < len(words) and " ".join(words[j:j + 2]) in titles):
            k = j + 2 if " ".join(words[j:j + 2]) in titles and j + 2 < len(words) else j + 1
    while len(words) - k > 2 and is_familiar(words[k].lower()):
        k += 1  # a job written as a title: "Town Engineer Priya Banerjee"
    return words[k:]

@dataclass
class _Source:
    name: str
    kind: str  # person | group | organisation | country | place


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Alias variants that name a place standing for a government (*Washington*): read as a
    place where they are not counted as the government (see :mod:`analysis.names`)."""
    aliases = alias_table()
    return frozenset(aliases.loc[aliases["kind"] == "metonymy", "variant"])


@lru_cache(maxsize=1)
def _alias_lookup() -> tuple[dict[str, str], dict[int, int]]:
    """Entity -> type, and alias row -> number of words of its variant."""
    aliases = alias_table()
    return dict(zip(aliases["entity"], aliases["type"])), variant_word_counts()


_QA_LABEL = re.compile(r"([QA])[:.][ \t]")
_SPEAKER_LABEL = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):[ \t]")


_SIGNATURE = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}), ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|I'm|I’m|I've|I’ve)\b")
_LETTER_BODY_END = (".", "!", "?", "\"", "”", "’", "'")


def _letter_voices(doc: Document) -> dict[int, _Source]:
    """Sentence index -> the writer of a signed letter (a letters page, a reader's column).

    A paragraph that is only a person's name and a place (*Linda Drummond, Ashcombe*) signs the
    paragraphs just before it: those that end a sentence (a title without a full stop, an earlier
    signature or the start of the text ends the letter), if one of them speaks in the first person.
    A name followed by a job (*Jane Hale, Political Editor*: a byline) signs nothing."""
    paragraphs = doc.paragraphs
    text = doc.text
    titles, heads = person_titles(), organisation_words()
    voices: dict[int, _Source] = {}
    for n, paragraph in enumerate(paragraphs):
        line = text[paragraph.start:paragraph.end].strip()
        found = _SIGNATURE.fullmatch(line)
        if found is None or n == 0:
            continue
        name, place = found.group(1).split(), found.group(2).split()
        if name[0] in titles or name[0] == "The" or heads.intersection(name) \
                or any(w in titles or w in heads for w in place) or all(is_familiar(w.lower()) for w in place):
            continue  # "The Hague, Netherlands"; "Jane Hale, Political Editor"
        body = []
        for earlier in range(n - 1, -1, -1):
            content = text[paragraphs[earlier].start:paragraphs[earlier].end].strip()
            if not content.endswith(_LETTER_BODY_END) or _SIGNATURE.fullmatch(content):
                break
            body.append(paragraphs[earlier])
        if body and any(_FIRST_PERSON.search(text, p.start, p.end) for p in body):
            for p in body:
                for k in range(p.sentence_start, p.sentence_end):
                    voices[k] = _Source(found.group(1), "person")
    return voices


def _interview_voices(doc: Document) -> dict[int, _Source]:
    """Sentence index -> the person whose words a paragraph of an interview or a transcript gives.

    - An answer: a paragraph opening ``A:`` or ``A.``, in a text with a paragraph opening ``Q:`` or
      ``Q.``, is the interviewee's: the person named last (by a name or a surname of a name given
      in full) in the paragraph just before the first question, the guest an introduction presents
      (*We asked Kim Da-eun, chief economist at Hanul Securities, what the decision means*); else
      the person named most often before it (an interview under a headline that names its guest,
      with a colleague quoted in the introduction). Questions stay the writer's.
    - A speaker's label: a paragraph opening with a person's full name or surname and a colon
      (*MOKOENA: We will act.*, *Lindiwe Mokoena: ...*) is that person's, if the text names them.

    A label that is a familiar word (*Correction:*, *Photo:*) is no speaker. A marker the answer
    itself attributes (*A: The minister said it was likely ...*) keeps its own holder.
    """
    text = doc.text
    labels: list[tuple[Paragraph, str]] = []
    for paragraph in doc.paragraphs:
        found = (_QA_LABEL.match(text, paragraph.start, paragraph.end)
                 or _SPEAKER_LABEL.match(text, paragraph.start, min(paragraph.end, paragraph.start + 60)))
        if found and (len(found.group(1)) == 1 or not is_familiar(found.group(1).split()[-1].lower())):
            labels.append((paragraph, found.group(1)))
    if not labels:
        return {}
    starts = doc.word_starts
    kinds = _alias_lookup()[0]
    people = [(word, entity) for entity, _variant, _kind, _listed, word, _n in all_actor_mentions(doc)
              if " " in entity and kinds.get(entity, _name_kind(entity.split())) == "person"]  # a full name
    by_label: dict[str, str] = {}
    for _, name in people:
        by_label[name.casefold()] = name
        by_label.setdefault(name.split()[-1].casefold(), name)
    questions = [p.start for p, label in labels if label == "Q"]
    guest = None
    if questions:
        before = [name for word, name in people if starts[word] < questions[0]]
        lead_in = [p for p in doc.paragraphs if p.end <= questions[0]][-1:]  # the paragraph before the first Q
        introduced = [name for word, name in people if lead_in and lead_in[0].start <= starts[word] < lead_in[0].end]
        if introduced:  # "We asked Kim Da-eun, chief economist at Hanul Securities, what ..."
            guest = introduced[-1]
        elif before:  # else the person the introduction names most often, the latest of equals
            times = Counter(before)
            guest = max(reversed(before), key=lambda name: times[name])
    voices: dict[int, _Source] = {}
    for paragraph, label in labels:
        speaker = guest if label == "A" and questions else by_label.get(label.casefold())
        if speaker is not None:
            for k in range(paragraph.sentence_start, paragraph.sentence_end):
                voices[k] = _Source(speaker, "person")
    return voices


class _Holders:
    """Resolves who holds each marker, reading the document in order."""

    def __init__(self, doc: Document, sentences: _Sentences) -> None:
        self.sentences = sentences
        self.history: list[_Source] = []
        self.current = 0  # index of the sentence being read
        self._names: dict[int, list[_Source]] = {}
        self.last_quote_source: _Source | None = None
        self.entity_kind, variant_len = _alias_lookup()
        # word index in the document -> (entity, number of words) for actor mentions
        self.mention_at: dict[int, tuple[str, int]] = {}
        for entity, _variant, row, word in iter_actor_mentions(doc):
            self.mention_at[word] = (entity, variant_len[row])
        self.voices = _letter_voices(doc) | _interview_voices(doc)
        self.quote_speaker: _Source | None = None  # set by holders(): see there
        self.provisional: list[bool] = []
        self.sentence_offset = sentences.bounds
        self.full_names: dict[str, str] = {}  # last word of a person's full name -> the full name
        self._text = doc.text
        self._sentence_starts = doc.sentences.table[:, 0]  # each sentence's first character
        self._surnames: dict[str, list[tuple[int, str]]] | None = None  # see _full_name_before

    # ---- naming a source found at word j of a sentence
    def _entity_at(self, sentence: _Sentence, j: int) -> tuple[_Source, int] | None:
        """The source whose name ends or begins at word j (entity mention, name sequence or source noun)."""
        offset = int(self.sentence_offset[sentence.index])
        for start in range(max(0, j - 4), j + 1):
            found = self.mention_at.get(offset + start)
            if found and start + found[1] - 1 >= j:
                entity, _ = found
                return _Source(entity, self.entity_kind.get(entity, "person")), start
        if sentence.proper[j]:
            start, stop = _name_span(sentence, j)
            words = _name_words(sentence, start, stop)
            if all(w in calendar_names() for w in words) or _PARTY_TAG.match(words[-1]):
                return None  # "on Wednesday", "R-Ky.": no one
            if _after_place_word(sentence, start):  # "in Brasilia", "the town of Izium": a place
                return _Source(" ".join(words), "place"), start
            if " ".join(words) in _place_names():  # "in London": a place, which no pronoun can refer to
                return _Source(" ".join(words), "place"), start
            kind = _name_kind(words)
            if kind == "person":
                words = _without_titles(words)
                if len(words) > 1:
                    self.full_names[words[-1]] = " ".join(words)
                elif words[0] in self.full_names:  # a surname after the full name: "Hans Brouwer" ... "Brouwer"
                    return _Source(self.full_names[words[0]], kind), start
            return _Source(" ".join(words), kind), start
        noun = sentence.lower[j]
        if noun in _source_nouns():
            return _Source(noun, _source_nouns()[noun]), j
        if _agent_plural(noun):
            return _Source(noun, "group"), j  # people named by what they do: investigators, forecasters
        if j == 0 and _initial_name(sentence):  # "Greenpeace said ..."
            start, stop = _name_span(sentence, j)
            words = _name_words(sentence, start, stop)
            return _Source(" ".join(words), _name_kind(words)), 0
        return None

    def _resolve(self, pronoun: str, sentence: _Sentence | None = None, j: int = 0) -> _Source | None:
        """A compatible name earlier in the pronoun's own sentence (*Oleh Taran ..., where he denied*);
        for *he* or *she*, else the person named in the sentence before (:meth:`_person_before`); else
        the most recent compatible holder; else a compatible name of the preceding sentences, latest
        sentence first and, within one, the first named (a subject before an object). Gender is not
        known: *she* may be given to the man named just before."""
        wanted = _PRONOUNS[pronoun]
        accept = {"person": ("person",), "group": ("group", "organisation"),
                  "organisation": ("organisation", "country")}[wanted]
        if sentence is not None and j > 0:
            for k in range(j):
                if sentence.quoted[k] or sentence.words[k].isupper() or not (
                        sentence.proper[k] or sentence.lower[k] in _source_nouns()) or _after_preposition(sentence, k):
                    continue  # a name inside a quotation, an acronym (JWST), "In a statement, they said"
                found = self._entity_at(sentence, k)
                if found is None or found[0].kind not in accept or found[0].name.lower() == pronoun:
                    continue
                if wanted == "person" and " " not in found[0].name and found[0].name not in self.entity_kind:
                    continue  # one capitalised word ("French", "COPs") is too weak a sign of a person
                return found[0]
        if wanted == "person":
            named = self._person_before(pronoun)
            if named is not None:
                return named
        for source in reversed(self.history[-_LOOKBACK_HOLDERS:]):
            if source.kind in accept:
                return source
        for k in range(self.current - 1, max(-1, self.current - 1 - _LOOKBACK_SENTENCES), -1):
            # names mentioned in the preceding sentences, latest sentence first, its first name first
            for source in self._names_in(self.sentences[k]):
                if source.kind in accept:
                    return source
        return None

    def _person_before(self, pronoun: str) -> _Source | None:
        """The person a *he* or *she* most likely refers to in the sentence before: its subject
        (:meth:`_leading_person`), else the first person named in full anywhere in it outside
        quotation marks (*I spoke to Martin Ogundele, head teacher of ... He was careful*). A
        sentence before that opens with the same pronoun and names no one passes the search on to
        the one before it (*He was careful not to overclaim. "...," he told me.*), as does one that
        is all quotation (*Derek Allsop was less forgiving. "These people are paid well. They should
        get back to work," he said.*)."""
        k = self.current - 1
        while k >= 0 and k >= self.current - 3:
            before = self.sentences[k]
            if before.quoted and all(before.quoted):
                k -= 1  # '... was less forgiving. "These people are paid well. They should get back," he said.':
                continue  # the quotation's earlier sentence names no one; look before it
            lead = self._leading_person(before)
            if lead is not None:
                return lead
            for source in self._names_in(before):
                if source.kind == "person" and " " in source.name:
                    return source
            if not before.lower or before.lower[0] != pronoun or self._names_in(before):
                return None
            k -= 1
        return None

    def _colon_speaker(self, sentence: _Sentence) -> _Source | None:
        """The person named last before a colon that opens the sentence's first quotation, when no
        reporting verb names a speaker (*Marta Zielinska has spoken to supporters: "..."*, *A view
        from Aleksandra Mazur, a political scientist at the University of Warsaw: "..."*)."""
        first = next((k for k, quoted in enumerate(sentence.quoted) if quoted), None)
        if first is None or ":" not in sentence.gaps[first]:
            return None
        for j in range(first - 1, -1, -1):
            if sentence.proper[j]:
                found = self._entity_at(sentence, j)
                if found is not None and found[0].kind == "person" and (
                        " " in found[0].name or found[0].name in self.full_names.values()):
                    return found[0]
        return None

    def _introduced_speaker(self, sentence: _Sentence) -> _Source | None:
        """The person a quotation's speaker most likely is when no reporting verb names one: the
        subject of the sentence just before, if that sentence quotes no one (*Torino's sporting
        director, Paolo Vercelli, struck a combative note. / "We have made a very serious offer."*),
        or the person named before a colon that opens a quotation in it (:meth:`_colon_speaker`)."""
        if self.current == 0:
            return None
        before = self.sentences[self.current - 1]
        if any(before.quoted):  # a quotation opened after a colon in the sentence before: its speaker
            return None if before.quoted[0] else self._colon_speaker(before)
        return self._leading_person(before)

    def _full_name_before(self, surname: str) -> _Source | None:
        """The person named in full before the sentence being read, within
        :data:`_LOOKBACK_FULL_NAME` characters, whose name ends in ``surname`` (*Dame Miriam
        Adebayo* ... *Adebayo is unapologetic.*); None if no one or several different people are.
        Read from an index of the text's capitalised word sequences, built once on first use
        (:func:`_full_names_by_surname`), so the look back never re-reads the sentences."""
        if self._surnames is None:
            self._surnames = _full_names_by_surname(self._text)
        found = self._surnames.get(surname)
        if not found:
            return None
        here = int(self._sentence_starts[self.current])
        people = {name for at, name in found if here - _LOOKBACK_FULL_NAME <= at < here}
        return _Source(people.pop(), "person") if len(people) == 1 else None

    def _leading_person(self, sentence: _Sentence) -> _Source | None:
        """A person named in full at the start of a sentence, outside quotation marks (*Dr. Marcus
        Webb, a neurologist..., called the findings...*): its subject, the likeliest antecedent of
        a *he* or *she* in the next sentence (centering theory: Grosz, Joshi & Weinstein 1995). The
        name may follow what describes it: another name, a source noun or a title (*Kingsbridge
        manager Marta Kowalczyk did not agree*), within the sentence's first eight words."""
        k, n = 0, min(8, len(sentence.words))
        if _byline(sentence):
            return None  # "By Rachel Cooper, Court reporter": the reporter, no subject
        while k < n:
            gap = sentence.gaps[k].strip(" ")
            apposition = k > 1 and gap == ","  # "The chief minister of Sindh, Zulfiqar Shah,"
            after_time_stamp = k == 1 and any(ch.isdigit() for ch in sentence.words[0])  # "10.30am: ..."
            if sentence.quoted[k] or (
                    k > 0 and gap not in _POSSESSIVE_GAPS and not apposition and not after_time_stamp):
                return None  # a quotation, or a comma: the subject has ended
            if sentence.proper[k] or (k == 0 and _initial_name(sentence)):
                found = self._entity_at(sentence, k)
                stop = max(k, _name_span(sentence, k)[1])
                possessor = stop + 1 < len(sentence.words) and sentence.gaps[stop + 1][:1] in ("'", "’")
                if found is not None and found[0].kind == "person" and " " in found[0].name and not possessor:
                    return found[0]
                if found is not None and found[0].kind == "person" and not possessor and stop == k and not (
                        k + 1 < len(sentence.words) and (sentence.lower[k + 1] in _source_nouns()
                                                         or sentence.lower[k + 1] in _SUBJECT_MODIFIERS)):
                    named = self._full_name_before(found[0].name)  # a surname alone: "Adebayo is unapologetic."
                    if named is not None:
                        return named
                if apposition:
                    return None
                k = stop + 1  # a team's, a place's or a party's name: what describes the person
            elif apposition:
                return None
            elif k == 0 or sentence.lower[k] in _source_nouns() or sentence.lower[k] in _SUBJECT_MODIFIERS or any(
                    sentence.lower[m] in _source_nouns() and not sentence.gaps[m].strip()
                    for m in range(k + 1, min(k + 3, len(sentence.words)))):
                k += 1  # "The", "Former", "manager", "senior", "Our correspondent", "sporting director"
            else:
                return None
        return None

    def _names_in(self, sentence: _Sentence) -> list[_Source]:
        """The names mentioned in a sentence, in order (computed once, on demand); none in a byline
        (*By Rachel Cooper, Court reporter*: the reporter is no one a pronoun refers to)."""
        if sentence.index not in self._names:
            names: list[_Source] = []
            if _byline(sentence):
                self._names[sentence.index] = names
                return names
            offset = int(self.sentence_offset[sentence.index])
            j = 0
            while j < len(sentence.words):
                if sentence.proper[j] or (offset + j) in self.mention_at or (j == 0 and _initial_name(sentence)):
                    found = self._entity_at(sentence, j)
                    if found:
                        names.append(found[0])
                        while j + 1 < len(sentence.words) and sentence.proper[j + 1]:
                            j += 1
                j += 1
            self._names[sentence.index] = names
        return self._names[sentence.index]

    def _first_source(self, sentence: _Sentence, before: int) -> _Source | None:
        """The main clause's subject: the first person named in full outside quotation marks before word
        ``before`` (*Jefferies analyst Sophie Marchetti*, *Labour's deputy leader, Angela Rayner*),
        else the first source named there."""
        first: _Source | None = None
        k = _dateline_length(sentence)  # "SAN FRANCISCO — Lumora ... promising": not the dateline
        while k < before:
            if _after_preposition(sentence, k):  # "In a written statement, its ministry said": not the statement
                k += 1
                continue
            if not sentence.quoted[k] and (sentence.proper[k] or sentence.lower[k] in _source_nouns()
                                           or (k == 0 and _initial_name(sentence))):
                found = self._head(sentence, self._entity_at(sentence, k))
                if found is not None and (sentence.proper[k] or k == 0):
                    owned = _name_span(sentence, k)[1] + 1  # "Calloway's spokesman": the spokesman
                    if owned < before and sentence.gaps[owned].strip() == "'s" \
                            and sentence.lower[owned] in _source_nouns():
                        found = self._entity_at(sentence, owned)
                if found is not None:
                    source = found[0]
                    if source.kind == "person" and " " in source.name:
                        return source
                    first = first or source
                if sentence.proper[k]:
                    k = _name_span(sentence, k)[1]
            k += 1
        return first

    def _head(self, sentence: _Sentence, found: tuple[_Source, int] | None) -> tuple[_Source, int] | None:
        """The source a prepositional phrase modifies, when ``found`` is inside one: *Economists at
        Bank of America*, *an adviser to the minister*, *Caroline Holmes of the British Antarctic Survey*."""
        best = found
        for _ in range(3):
            if found is None or found[1] < 2:
                return best
            k = found[1] - 1  # back over "the", "a" and up to two lower-case modifiers: "to the energy minister"
            while k > 1 and found[1] - k <= 3 and not sentence.gaps[k + 1].strip() and (
                    sentence.lower[k] in ("the", "a", "an") or (sentence.words[k].islower()
                                                                 and sentence.lower[k] not in _MODIFIER_PREPOSITIONS
                                                                 and sentence.lower[k] not in _CLAUSE_WORDS)):
                k -= 1
            if sentence.lower[k] not in _MODIFIER_PREPOSITIONS or sentence.gaps[k + 1].strip() \
                    or sentence.gaps[k].strip():
                return best
            found = self._entity_at(sentence, k - 1)
            if found is None and k > 1 and sentence.lower[k - 1] in _POST_MODIFIERS:
                found = self._entity_at(sentence, k - 2)  # "a person close to the minister"
            if found is not None and found[0].kind != "place":  # a place is looked through: "at Bank of America"
                best = found
        return best

    def _subject_before(self, sentence: _Sentence, i: int, frames: list[tuple[int, _Source]]
                        ) -> tuple[_Source, int] | None:
        """Scan back from a frame word to its subject; (source, scope start) or None."""
        return self._head(sentence, self._subject_search(sentence, i, frames))

    def _subject_search(self, sentence: _Sentence, i: int, frames: list[tuple[int, _Source]]
                        ) -> tuple[_Source, int] | None:
        if sentence.lower[i].endswith("ing") and i > 0 and any(m in sentence.gaps[i] for m in ",;—"):
            if frames:  # participle clause: the main clause's subject
                return frames[0][1], i
            subject = self._first_source(sentence, i)  # "Sophie Marchetti was more measured, saying ..."
            return (subject, i) if subject is not None else None
        if sentence.lower[i].endswith("ing") and frames and sentence.lower[i - 1] not in _AUXILIARIES:
            return frames[0][1], i  # "X said he wrote to the minister asking for ...": X asks, not the minister
        verb = i  # the verb group: "has described", "had already warned"
        while verb > 0 and sentence.lower[verb - 1] in _AUXILIARY_SKIP and not sentence.gaps[verb].strip():
            verb -= 1
        j = verb - 1
        while j >= 0 and i - j <= 10:
            gap_after = sentence.gaps[j + 1]
            word = sentence.lower[j]
            if any(mark in gap_after for mark in ",;:—"):
                found = self._entity_at(sentence, j)
                if found and j == verb - 1:
                    # the whole name, which may begin before a known actor's variant ("Metals Miller")
                    first = min(found[1], _name_span(sentence, j)[0]) if sentence.proper[j] else found[1]
                    if first == 0 or "," in sentence.gaps[first]:
                        return found  # apposition: "the US Secretary of State, Antony Blinken, echoed"
                opening = next((k for k in range(j, max(-1, j - 20), -1) if "," in sentence.gaps[k]), None)
                for _ in range(2):  # "Sen. Rand Paul, R-Ky., who ...", "Rep. Chip Roy, R-Texas, said"
                    if opening is None:
                        break
                    tag = next((k for k in (opening, opening - 1) if k > 0 and (
                        _PARTY_TAG.match(sentence.words[k]) or sentence.words[k].isdigit())), None)
                    if tag is None or "," not in sentence.gaps[tag]:
                        break
                    opening = tag
                if j == verb - 1 and opening is not None and opening > 0:
                    # skip a relative clause, an apposition or a participle clause after the subject:
                    # "Dr. Marsh, who leads the team, told ...", "Hans Brouwer, the mayor, said ...",
                    # "A senior official, speaking on condition of anonymity, said ...". What it says of
                    # the subject is the writer's ("Diallo, signed for around £4m, admitted"): the
                    # frame begins at the verb
                    before = self._entity_at(sentence, opening - 1) or self._modified_source(sentence, opening - 1)
                    earlier = next((k for k in range(opening - 1, max(0, opening - 12), -1) if "," in sentence.gaps[k]),
                                   None)
                    if before is not None and before[0].kind != "person" and earlier is not None and earlier > 1:
                        # two appositions: "Tom Ashby, chief analyst at the Carlisle Health Institute, an
                        # independent think tank, said": the person before the first
                        person = self._entity_at(sentence, earlier - 1)
                        if person is not None and person[0].kind == "person":
                            before = person
                    if before is not None or sentence.lower[opening] in ("who", "which", "whose"):
                        return (before[0], verb) if before is not None else None
                return (frames[0][1], i) if frames else None  # a new clause after a comma
            if word in _PRONOUNS:
                resolved = self._resolve(word, sentence, j)  # an unresolved pronoun still names a reported source,
                if resolved is None and sentence.quoted[j]:  # but not inside a quotation: '"Boards take notice.
                    return None  # They may not say it publicly," Lang said': Lang's hedge, not "they"'s
                return (resolved or _Source(word, _PRONOUNS[word])), j
            if word in _CLAUSE_WORDS:
                if word in ("and", "or", "but") and frames:
                    return frames[-1][1], i  # coordinated verb: same subject
                if word in ("and", "but") and j == verb - 1:  # "its ministry called it false and said": same subject
                    subject = self._first_source(sentence, j)
                    return (subject, i) if subject is not None and subject.kind != "place" else None
                return None
            if word not in _SKIP_BEFORE_VERB and not (word.endswith("ly") and len(word) > 4
                                                       and word not in _source_nouns()):  # adverbs, not "family"
                found = self._entity_at(sentence, j) or self._modified_source(sentence, j)
                if found:
                    return found
                return None  # a common noun or another word: not a source we can name
            j -= 1
        if frames and sentence.lower[i].endswith("ing"):
            return frames[0][1], i
        return None

    def _modified_source(self, sentence: _Sentence, j: int) -> tuple[_Source, int] | None:
        """A source before a phrase that ends at word ``j`` and modifies it: *Sources familiar with
        the discussion*, *people with knowledge of the plans*, *officials briefed on the talks*.
        Looks back at most eight words, within one clause, for a preposition after a
        source (or after a source and one of :data:`_POST_MODIFIERS`)."""
        k = j
        while k > 0 and j - k < 8 and not sentence.gaps[k].strip() and sentence.lower[k] not in _CLAUSE_WORDS:
            k -= 1
            if sentence.lower[k + 1] in _MODIFIER_PREPOSITIONS or sentence.lower[k + 1] == "on":
                for owner in (k, k - 1):
                    if owner < 0 or (owner < k and sentence.lower[k] not in _POST_MODIFIERS):
                        break
                    found = self._entity_at(sentence, owner)
                    if found is not None and found[0].kind != "place":
                        return found
        return None

    def _subject_after(self, sentence: _Sentence, i: int, length: int) -> _Source | None:
        """Inversion: '"...," said Tom Reid' or 'said the minister'."""
        j = i + length
        if j < len(sentence.words) and sentence.lower[j] in ("the", "a", "an", "one", "another"):
            j += 1
        noun = self._described_noun(sentence, j)
        if noun is not None:
            return noun  # "said one senior European diplomat", "said a Singapore-based trader"
        if j < len(sentence.words) and self._entity_at(sentence, j) is None:
            # "said lead author Dr. Anika Sorensen": up to two modifiers before the name
            k = next((k for k in range(j + 1, min(j + 3, len(sentence.words)))
                      if sentence.proper[k] or sentence.lower[k] in _source_nouns()
                      or any(sentence.gaps[m].strip() for m in range(j + 1, k + 1))), None)
            if k is not None and (sentence.proper[k] or sentence.lower[k] in _source_nouns()) \
                    and sentence.words[j].islower() \
                    and not any(sentence.gaps[m].strip() for m in range(j + 1, k + 1)):
                j = k
        if j < len(sentence.words):
            found = self._entity_at(sentence, j)
            if found:
                # "said England captain Jos Buttler", "said Labour leader Keir Starmer": the person named last
                k = _name_span(sentence, j)[1] + 1 if sentence.proper[j] else j + 1
                if not sentence.proper[j] and k < len(sentence.words) and sentence.proper[k] \
                        and not sentence.gaps[k].strip():
                    person = self._entity_at(sentence, k)  # "said senior analyst Jo Bloggs"
                    if person is not None and person[0].kind == "person":
                        return person[0]
                if k < len(sentence.words) and sentence.gaps[k].strip(" ")[:1] in ("'", "’"):
                    owned = self._owned_source(sentence, k)  # "said Egypt's Portuguese coach, Rui Fernandes"
                    if owned is not None:
                        return owned
                if k + 1 < len(sentence.words) and not sentence.gaps[k].strip() \
                        and sentence.gaps[k + 1].strip() in ("", ",") \
                        and sentence.words[k].islower() and sentence.lower[k] in _source_nouns() \
                        and sentence.proper[k + 1]:  # "said its Americas director, Paul Okafor"
                    person = self._entity_at(sentence, k + 1)
                    if person is not None:
                        return person[0]
                return found[0]
        return None

    def _described_noun(self, sentence: _Sentence, j: int) -> _Source | None:
        """A source noun within four words from word ``j``, after words that describe it (*senior
        European diplomat*, *Singapore-based trader*), with no name after it (not *England captain
        Jos Buttler*, whose person is named last); spaces only between. A person named after it and
        a comma is the source (*the lead author, Dr Marisol Etxeberria*)."""
        for k in range(j, min(j + 4, len(sentence.words))):
            if (k > j and sentence.gaps[k].strip()) or sentence.lower[k] in snowball_stopwords():
                return None  # ", adding that the attackers had": no subject after the verb
            noun = sentence.lower[k]
            if sentence.words[k].islower() and (noun in _source_nouns() or _agent_plural(noun)):
                after = k + 1
                if after < len(sentence.words) and sentence.proper[after] and not sentence.gaps[after].strip():
                    return None  # "said Labour leader Keir Starmer"
                if after < len(sentence.words) and sentence.proper[after] and sentence.gaps[after].strip() == ",":
                    person = self._entity_at(sentence, after)  # "said the lead author, Dr Marisol Etxeberria"
                    if person is not None and person[0].kind == "person":
                        return person[0]
                return _Source(noun, _source_nouns().get(noun, "group"))
        return None

    def _owned_source(self, sentence: _Sentence, k: int) -> _Source | None:
        """The source after a possessor ending before word ``k`` (*Egypt's | Portuguese coach, Rui
        Fernandes*, *Indonesia's | environment minister, Siti Rahmawati*): the person named after the
        source noun, else the source noun; None if no source noun follows within three words."""
        words = sentence.words
        for m in range(k, min(k + 3, len(words))):
            if m > k and sentence.gaps[m].strip():
                return None
            if sentence.lower[m] in _source_nouns():
                after = m + 1
                if after < len(words) and sentence.gaps[after].strip() in ("", ",") and sentence.proper[after]:
                    person = self._entity_at(sentence, after)
                    if person is not None:
                        return person[0]
                return _Source(sentence.lower[m], _source_nouns()[sentence.lower[m]])
        return None

    def _according_to(self, sentence: _Sentence, i: int) -> _Source | None:
        """The head of the noun phrase after 'according to' (its last name or source noun)."""
        best = None
        for j in range(i + 2, min(len(sentence.words), i + 8)):
            if j > i + 2 and any(mark in sentence.gaps[j] for mark in ",;:."):
                break
            if j > i + 2 and sentence.lower[j] in ("in", "at", "near"):
                break  # "according to data released in Beijing": a place, not the source
            found = self._entity_at(sentence, j)
            if found:
                best = found[0]
            elif best is not None:
                break
        return best

    def holders(self, sentence: _Sentence, accepted: list[_Candidate]) -> list[str]:
        """The holder of each accepted candidate of one sentence (in order)."""
        frames: list[tuple[int, _Source]] = []  # (scope start word, source)
        reporting: list[tuple[int, _Source]] = []  # the frames of reporting verbs
        reporting_frame = False  # whether one of them comes from a reporting verb
        sentence_source: _Source | None = None
        according, is_frame = _row_roles()
        entries = _entries()
        for candidate in accepted:
            if according[candidate.row]:
                source = self._according_to(sentence, candidate.word)
                if source:
                    sentence_source = source
                    self.history.append(source)
        spoken: list[bool] = []  # per frame: is its word outside quotation marks?
        for candidate in accepted:
            if not is_frame[candidate.row]:
                continue
            entry = entries[candidate.row]
            if entry.item in _STATE_ITEMS and (sentence.quoted[candidate.word] or reporting
                                               or sentence_source is not None or sentence.index in self.voices):
                continue  # a state of mind told in a quotation or a reported clause: the reporter's voice holds it
            gap = sentence.gaps[candidate.word] if candidate.word > 0 else ""
            inverted = any(q in gap for q in _QUOTES) or (
                "'" in gap and sentence.quoted[candidate.word - 1] and _SINGLE_CLOSE_BEFORE_VERB.search(gap) is not None)
            after = candidate.word + candidate.length
            if not inverted and entry.category == "attribution" and "," in gap \
                    and 0 < len(sentence.words) - after <= 4 and _subject_ends_sentence(sentence, after):
                inverted = True  # "Outbreak likely linked to cooling tower, say officials": the whole sentence
            source = self._subject_after(sentence, candidate.word, candidate.length) if inverted else None
            if source is None and candidate.word > 0 and sentence.lower[candidate.word - 1] in (
                    "was", "were", "been", "is", "are", "be") and after < len(sentence.words) \
                    and sentence.lower[after] == "by":
                source = self._subject_after(sentence, after, 1)  # passive: "was denied by the firm"
            if source is None and _agentless_passive(sentence, candidate, entry.item):
                continue  # "Residents were told to leave": the residents did not tell; the source is unnamed
            if source is None and entry.pos != "verb" and _expletive_it(sentence, candidate.word):
                continue  # "AEMET said it was not certain that...": no one is "it"; AEMET's frame covers it
            if source is not None:
                frames.append((0, source))
                spoken.append(not sentence.quoted[candidate.word])
            else:
                # a reporting verb coordinated after a stance predicate is the reporter's ("X said Y was
                # disappointed but insisted": X insisted), so it looks back over reporting frames only
                found = self._subject_before(sentence, candidate.word,
                                             reporting if entry.category == "attribution" and reporting else frames)
                if found is None:
                    continue
                source, start = found
                trailing = (entry.category == "attribution" or entry.item == "find") and (
                    len(sentence.words) - candidate.word <= 4  # "..., the study found."
                    or "," in sentence.gaps[min(after, len(sentence.words) - 1)][:1])  # "..., X said, but it"
                if trailing and start > 0 and not reporting_frame and sentence_source is None and any(
                        "," in sentence.gaps[k] for k in range(max(1, start - 3), start + 1)):
                    # "..., the union leader said.": the whole sentence is the reported content, also a
                    # stance its own subject holds ("X is committed to reform, the president said")
                    start = 0
                elif sentence.quoted[candidate.word] and entry.category == "attribution" and start < candidate.word:
                    start = candidate.word  # '"What the union is really asking for is a veto," Brandreth said':
                    # inside a quotation, the words before a reported verb are the speaker's own
                frames.append((start, source))
                spoken.append(not sentence.quoted[candidate.word])
            reporting_frame = reporting_frame or entry.category == "attribution"
            if entry.category == "attribution":
                reporting.append(frames[-1])
            self.history.append(source)
        if len(self.history) > 4 * _LOOKBACK_HOLDERS:  # only the latest holders are ever looked at
            del self.history[:-_LOOKBACK_HOLDERS]
        if len(self._names) > 4 * _LOOKBACK_SENTENCES:  # names of sentences behind the look-back
            for old in [k for k in self._names if k < sentence.index - _LOOKBACK_SENTENCES]:
                del self._names[old]
        speakers = [frame for frame, outside in zip(frames, spoken) if outside]
        self.quote_speaker = None  # a speaker named outside a quotation of this sentence
        opens_quoted = not speakers and bool(sentence.quoted) and sentence.quoted[0] and sentence_source is None
        if speakers and any(sentence.quoted):  # the latest speaker of a quotation (not one quoted in it)
            self.last_quote_source = self.quote_speaker = speakers[0][1]
        fallback: _Source | None = None
        if opens_quoted:
            fallback = self._introduced_speaker(sentence) or self.last_quote_source
            if fallback is not None:  # a quotation's next sentence: the same speaker, or the one just introduced
                frames.insert(0, (0, fallback))
                self.last_quote_source = fallback
        if sentence_source is None and sentence.index in self.voices:  # an interview's answer
            sentence_source = self.voices[sentence.index]
        colon_speaker = None
        if not speakers and sentence_source is None and sentence.quoted and not sentence.quoted[0]:
            colon_speaker = self._colon_speaker(sentence)
            if colon_speaker is not None:
                self.last_quote_source = colon_speaker
        result = []
        self.provisional = []  # per marker: held by the quotation's last speaker (or the writer) for want of
        for candidate in accepted:  # its own, so a speaker named later in the paragraph may take it
            holder: _Source | None = sentence_source
            covering = [source for start, source in frames if start <= candidate.word]
            if covering:
                holder = covering[-1]
            elif sentence.quoted[candidate.word] and frames:
                holder = (speakers or frames)[0][1]  # the quotation's speaker, not a source it quotes
            elif sentence.quoted[candidate.word] and colon_speaker is not None:
                holder = colon_speaker  # 'Marta Zielinska has spoken to supporters: "I think ..."'
            self.provisional.append(opens_quoted and sentence.quoted[candidate.word] and (
                holder is None or (holder is fallback and len(covering) <= 1)))
            result.append(holder.name if holder else WRITER)
        return result


# --------------------------------------------------------------------------- public API

def _run(doc: Document) -> Iterator[tuple[Any, ...]]:
    """Every candidate in text order as (sentence, start, end, lexicon row, rejected_by, negated,
    holder): accepted ones with ``rejected_by`` None, their polarity and holder; rejected ones
    with the rule's id (negated and holder None).
    A generator: a long document's candidates are never all held at once."""
    sentences = _Sentences(doc)
    resolver = _Holders(doc, sentences)
    entries = _entries()
    clitic_rows = _clitic_rows()
    paragraph_of = np.repeat(np.arange(len(doc.paragraphs)),
                             [p.sentence_end - p.sentence_start for p in doc.paragraphs])
    # a quotation whose speaker is named after it ('"Our results are clear. It is a health issue,"
    # said Kenji Morita'): its earlier sentences' markers wait, in text order, for that speaker
    waiting: list[list[Any]] = []
    waiting_paragraph = -1
    for k, positions in sentences.candidate_words():
        if waiting and paragraph_of[k] != waiting_paragraph:
            yield from _settled(waiting)
            waiting = []
        sentence = sentences[k]
        found = _match(sentence, positions)
        accepted = [c for c in found if c.rejected_by is None]
        holders: list[str] = []
        provisional: list[bool] = []
        if accepted:  # a sentence without markers changes no holder state
            resolver.current = k
            holders = resolver.holders(sentence, accepted)
            provisional = resolver.provisional
            if waiting and resolver.quote_speaker is not None:
                for row in waiting:
                    if row[7]:
                        row[6] = resolver.quote_speaker.name
                yield from _settled(waiting)
                waiting = []
        held, pending = iter(holders), iter(provisional)
        starts, ends = sentence.starts, sentence.ends
        rows: list[list[Any]] = []
        for c in found:
            start, end = starts[c.word], ends[c.word + c.length - 1]
            if c.row in clitic_rows:
                end += len(_CLITIC)  # the marker's text is "Let's"
            if c.rejected_by is None:
                row, negated = c.row, _negated(sentence, c.word, entries[c.row].item)
                if negated and entries[row].item == "rule out":
                    row, negated = _open_possibility_row(), False  # "hasn't been ruled out": a hedge
                rows.append([k, start, end, row, None, negated, next(held), next(pending)])
            else:
                rows.append([k, start, end, c.row, c.rejected_by, None, None, False])
        if any(provisional) or waiting:
            waiting.extend(rows)
            waiting_paragraph = paragraph_of[k]
        else:
            yield from _settled(rows)
        sentences.forget_before(k - _LOOKBACK_SENTENCES - 1)
    yield from _settled(waiting)


def _settled(rows: list[list[Any]]) -> Iterator[tuple[Any, ...]]:
    """The rows of :func:`_run` as it yields them, without their last field (whether the holder
    was provisional, waiting for a quotation's speaker named later)."""
    return (tuple(row[:7]) for row in rows)


@without_cyclic_gc
def candidates(doc: Document) -> pd.DataFrame:
    """Every lexicon match, accepted or not: ``sentence``, ``start``, ``end``, ``text``,
    ``item``, ``category``, ``rejected_by`` (rule id, or empty when accepted)."""
    entries = _entries()
    rows = [{"sentence": k, "start": start, "end": end, "text": doc.text[start:end], "item": entries[row].item,
             "category": entries[row].category, "rejected_by": rejected_by or ""}
            for k, start, end, row, rejected_by, _, _ in _run(doc)]
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "text", "item", "category", "rejected_by"])


def rejected_candidates(doc: Document) -> pd.DataFrame:
    """The lexicon matches a disambiguation rule rejected (:func:`candidates` with ``rejected_by`` set)."""
    found = candidates(doc)
    return found[found["rejected_by"] != ""]


_MARKER_COLUMNS = ["sentence", "start", "end", "text", "category", "subtype", "negated", "holder", "item"]


def _marker_tuples(doc: Document) -> Iterator[tuple[Any, ...]]:
    """Markers in text order as tuples in the order of ``_MARKER_COLUMNS`` (a generator).

    Marker texts are shared between equal markers (one string per distinct text)."""
    entries = _entries()
    text = doc.text
    shared: dict[str, str] = {}
    rows = ((k, start, end, shared.setdefault(text[start:end], text[start:end]), entries[row].category,
             entries[row].subtype, negated, holder, entries[row].item)
            for k, start, end, row, rejected_by, negated, holder in _run(doc) if rejected_by is None)
    return heapq.merge(rows, _questions(doc), key=itemgetter(1, 2))  # by (start, end); rows first on ties


@without_cyclic_gc
def markers(doc: Document) -> pd.DataFrame:
    """One row per stance marker, in text order.

    Columns: ``sentence`` (0-based), ``start``, ``end`` (offsets into
    ``doc.text``), ``text``, ``category``, ``subtype``, ``negated``,
    ``holder`` (``"writer"`` or the source's name), ``item`` (the lexicon entry).
    """
    return pd.DataFrame(list(_marker_tuples(doc)), columns=_MARKER_COLUMNS)


def _questions(doc: Document) -> list[tuple[Any, ...]]:
    """A question addressed to the reader: a sentence ending in '?' without quotation marks."""
    rows: list[tuple[Any, ...]] = []
    text = doc.text
    marks = [m.start() for m in _QUESTION_MARK.finditer(text)]
    if not marks:
        return rows
    table = doc.sentences.table
    # only the sentences that contain a question mark can end in one
    for k in sorted(set(np.searchsorted(table[:, 1], marks, side="right").tolist())):
        if k >= len(table):
            continue
        start, end = table[k, :2].tolist()
        stripped = text[start:end].rstrip(" )]\"'”’")
        position = start + len(stripped) - 1
        if stripped.endswith("?") and not _QUOTE_MARK.search(text, start, end):
            rows.append((k, position, position + 1, "?", "engagement", "question", False, WRITER, "?"))
    return rows


def summary(doc: Document, found: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Counts and rates per 1,000 words.

    Returns three frames: ``by_category`` (``count``, ``per_1000``, ``negated``),
    ``by_subtype`` (category, subtype, count, per_1000) and ``by_holder``
    (holders × categories, counts).
    """
    found = markers(doc) if found is None else found
    n = max(doc.counts.words, 1)
    by_category = (found.groupby("category")["text"].size().reindex(list(CATEGORIES), fill_value=0)
                   .rename("count").to_frame())
    by_category["per_1000"] = 1000 * by_category["count"] / n
    by_category["negated"] = found.groupby("category")["negated"].sum().reindex(list(CATEGORIES),
                                                                                   fill_value=0).astype(int)
    by_subtype = found.groupby(["category", "subtype"]).size().rename("count").reset_index()
    by_subtype["per_1000"] = 1000 * by_subtype["count"] / n
    by_holder = pd.crosstab(found["holder"], found["category"]).reindex(columns=list(CATEGORIES), fill_value=0)
    order = by_holder.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return {"by_category": by_category, "by_subtype": by_subtype, "by_holder": by_holder.loc[order]}


@without_cyclic_gc
def stance_record(doc: Document) -> dict[str, Any]:
    """The ``stance`` section of the per-document record: ``counts`` and ``per_1000`` by category,
    and every marker (the fields of :func:`markers` but ``item``). Computed without pandas."""
    fields = _MARKER_COLUMNS[:-1]
    found = [dict(zip(fields, row)) for row in _marker_tuples(doc)]
    counts = dict.fromkeys(CATEGORIES, 0)
    for row in found:
        counts[row["category"]] += 1
    n = max(doc.counts.words, 1)
    return {
        "counts": counts,
        "per_1000": {k: json_number(1000 * v / n) for k, v in counts.items()},
        "markers": found,
    }


def reference_rates() -> pd.DataFrame:
    """Published per-1,000-word rates by category (research articles, Hyland 2005b): ``per_1000``, ``corpus``."""
    table = packaged_table("lexicons", "reference_rates.csv")
    return table.astype({"per_1000": float}).set_index("category")


def sentence_profile(doc: Document, found: pd.DataFrame | None = None) -> pd.DataFrame:
    """Markers per sentence and category: one row per sentence (0-based), one column per category."""
    found = markers(doc) if found is None else found
    table = pd.crosstab(found["sentence"], found["category"]) if len(found) else pd.DataFrame()
    return table.reindex(index=range(len(doc.sentences)), columns=list(CATEGORIES), fill_value=0)


def reporting_verbs(found: pd.DataFrame) -> pd.DataFrame:
    """Attribution markers grouped by subtype: ``subtype``, ``count``, ``verbs`` (form -> count)."""
    attributions = found[found["category"] == "attribution"]
    rows = []
    for subtype in ("neutral", "emphatic", "assuring", "tentative", "distancing", "directive"):
        group = attributions[attributions["subtype"] == subtype]
        rows.append({"subtype": subtype, "count": len(group),
                     "verbs": dict(group["text"].str.lower().value_counts().items())})
    return pd.DataFrame(rows).set_index("subtype")


def source_share(found: pd.DataFrame, attributions: bool = False) -> float:
    """Share (0-1) of the markers held by a source rather than the writer; 0 when there are none.

    Attributions are left out unless ``attributions`` is True: an attribution's holder is the
    source it introduces (whose words follow), but the reporting verb itself is the writer's
    choice, so counting it would credit the sources with the writer's framing of them."""
    if not attributions:
        found = found[found["category"] != "attribution"]
    return float((found["holder"] != WRITER).mean()) if len(found) else 0.0


def category_counts(found: pd.DataFrame) -> dict[str, int]:
    """Number of markers per category (every category present, zero when absent)."""
    counts = found["category"].value_counts()
    return {category: int(counts.get(category, 0)) for category in CATEGORIES}


def holder_overview(by_holder: pd.DataFrame) -> dict[str, Any]:
    """From the ``by_holder`` table of :func:`summary`: ``writer_count`` (markers held by the
    writer), ``n_holders`` (sources holding any), ``top_holder`` and ``top_holder_count``
    (the source holding most; ``None`` and 0 when no source holds any)."""
    writer = int(by_holder.loc[WRITER].sum()) if WRITER in by_holder.index else 0
    per_source = by_holder.drop(index=WRITER, errors="ignore").sum(axis=1)
    return {"writer_count": writer, "n_holders": len(per_source),
            "top_holder": per_source.idxmax() if len(per_source) else None,
            "top_holder_count": int(per_source.max()) if len(per_source) else 0}
