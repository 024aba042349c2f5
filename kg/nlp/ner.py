"""kg's news recognizer beside the base model: who and what is named, and how it is typed.

The base English model (``en_core_web_sm`` and kin) is trained on OntoNotes; on wire
copy its people, organizations and places are the weakest part of the graph. kg ships
a recognizer trained on news (CoNLL-2003, CoNLL04 and part of DWIE; ``kg train ner``,
:mod:`kg.gold.train_ner`) in ``kg/data/ner``. It runs first, and its names are put
aside on ``doc.spans["kg_names"]``; the base model's recognizer then runs as before,
and ``kg_entities`` keeps the news recognizer's people, organizations and places with
every other kind of entity the base model finds (dates, money, nationalities, laws,
events) where it does not overlap them (rule ``kg.ner.v1``); the names it splits or cuts are
mended first (:mod:`kg.nlp.mend`, and a committee cut before its noun: :mod:`kg.nlp.committees`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kg.errors import ConfigError
from kg.lexicon import (
    common_names,
    demonyms,
    generic_org_words,
    known_orgs,
    known_place,
    languages,
    place,
    title_of,
    word_set,
)
from kg.names import QUOTES
from kg.nlp import prose
from kg.nlp.agreements import agreement_titles
from kg.nlp.chains import chained
from kg.nlp.committees import committee_names
from kg.nlp.founders import founders_firms
from kg.nlp.fullstop import country_and_word
from kg.nlp.halves import whole_halves
from kg.nlp.leads import lead_names
from kg.nlp.letters import letter_firms
from kg.nlp.mend import mend, place_parts, two_names
from kg.nlp.placelists import listed_firms, listed_places
from kg.nlp.spans import AWARD_TAILS, EVENT_TAILS, firm_noun_before, honorific_start, kind_by_phrase
from kg.nlp.squads import player_spans
from kg.nlp.tokens import tokens
from kg.nlp.typos import month_before_day
from kg.nlp.unplaced import firm_word, unplaced, unplaced_name
from kg.nlp.works import (
    announced_after,
    apposed_titles,
    authored_titles,
    awarded_titles,
    channel_titles,
    cued_titles,
    dated_titles,
    listed_titles,
    part_titles,
    quoted_titles,
    repeated_titles,
    sourced_titles,
    starring_titles,
    styled_titles,
    subtitled_titles,
    title_tail,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: ``Settings.ner`` value for the recognizer kg ships, and for the base model's alone.
SHIPPED, BASE = "kg", "base"
#: Where ``doc.spans`` keeps the news recognizer's names until ``kg_entities`` merges them.
SPANS_KEY = "kg_names"
#: Where ``doc.spans`` keeps the news recognizer's other names (CoNLL-2003's MISC: titles,
#: events, awards, products), which are no actors.
OTHER_KEY = "kg_other_names"
#: The news recognizer's labels as the rest of the stage reads them (OntoNotes names).
NAME_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
#: The base model's labels that win over the recognizer on the same words.
WORK_LABELS = frozenset({"LAW"})
FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "&", "de", "on", "in", "at"})
#: The base model's labels for a title or a product: no name inside one is an actor when the
#: title is set off (quoted, or a run of three capitalised words or more starting "The").
TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})
#: The base model's labels that may hold a whole title the recognizer cut short ("The Vicar of
#: Dibley" as an organization, "Ring of Fire" as a person).
TITLE_HOLDERS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: The base model's labels of times: a name that is one is no actor ("Easter", "Autumn").
TIME_LABELS = frozenset({"DATE", "TIME"})
#: The base model's labels the news recognizer decides instead.
BASE_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def shipped_path() -> Path:
    """The folder of the recognizer kg ships (a spaCy pipeline with one ``ner`` component)."""
    return Path(str(resources.files("kg").joinpath("data", "ner")))


def recognizer_path(setting: str | None) -> Path | None:
    """The news recognizer ``Settings.ner`` names, or ``None`` for the base model's alone."""
    if setting in (None, "", BASE):
        return None
    path = shipped_path() if setting == SHIPPED else Path(setting)
    if not (path / "meta.json").is_file():
        raise ConfigError(
            f"No spaCy pipeline with a 'ner' component at {str(path)!r}; expected "
            f"{SHIPPED!r} (kg's own), {BASE!r} (the base model's) or a folder written by 'kg train ner'"
        )
    return path


def add_recognizer(nlp: Language, path: Path) -> None:
    """Put the news recognizer at ``path`` before the base model's ``ner``
    (:class:`~kg.nlp.news_ner.NewsRecognizer`), and the merge after it."""
    first = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("kg_news_ner", name="kg_ner", config={"path": str(path)}, before=first)
    nlp.add_pipe("kg_put_names_aside", after="kg_ner")
    nlp.add_pipe("kg_entities", after=first or "kg_put_names_aside")


def put_names_aside(doc: Doc) -> Doc:
    """Move the news recognizer's entities to ``doc.spans``, leaving the base model a clean Doc."""
    doc.spans[SPANS_KEY] = [e for e in doc.ents if e.label_ in NAME_LABELS]
    doc.spans[OTHER_KEY] = [e for e in doc.ents if e.label_ not in NAME_LABELS]
    doc.set_ents([], default="missing")
    return doc


class Dictionary(NamedTuple):
    """The words of the language the base model's lemmatizer lists (its ``lemma_index``:
    WordNet's nouns, verbs, adjectives and adverbs, in small letters), and its nouns."""

    words: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()


#: No dictionary: the rule that needs one is off.
NO_WORDS = Dictionary()


def dictionary(nlp: Language) -> Dictionary:
    """The :class:`Dictionary` of ``nlp``'s lemmatizer; empty when it has no ``lemma_index``."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return Dictionary()
    words = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))
    return Dictionary(words, frozenset(index.get("noun", ())))


def _parts(span: Span) -> list[tuple[int, int, str]]:
    """The actors in one of the recognizer's names, with their labels: two organizations
    joined by "and" (:func:`~kg.nlp.mend.two_names`), or a name and the place after it
    (:func:`~kg.nlp.mend.place_parts`)."""
    label = NAME_LABELS[span.label_]
    pair = two_names(span)
    if pair is not None:
        return [(start, end, label) for start, end in pair]
    return [(start, end, label if start == span.start else "GPE") for start, end in place_parts(span)]


def _with_titles(doc: Doc, titles: list[Span], spans: list[tuple[int, int]]) -> list[Span]:
    """``titles`` and, as works, those token ``spans`` that overlap none of them."""
    from spacy.tokens import Span

    return titles + [
        Span(doc, start, end, label="WORK")
        for start, end in spans
        if not any(start < t.end and t.start < end for t in titles)
    ]


def merge_entities(doc: Doc, words: Dictionary = NO_WORDS) -> Doc:
    """The news recognizer's names, with the base model's other entities around them (``kg.ner.v1``).

    Two things of the base model's win over the recognizer: a law on the same words (the
    recognizer, trained on CoNLL-2003, has no such class), and a multi-word organization
    the recognizer left out altogether ("Home Office minister Hazel Blears", where it only
    sees the person), unless the recognizer read the same words as a name of no actor (a
    title, an award, an event: CoNLL-2003's MISC). The base model's events and works of art
    are too often a team or a firm to win ("beat Bastia"). A name the recognizer reads as
    no actor's after a firm's noun is the firm's ("US banking giant Citigroup").
    """
    from spacy.tokens import Span

    base = list(doc.ents)
    works = [e for e in base if e.label_ in WORK_LABELS]
    covering = works + [e for e in base if e.label_ in TITLE_LABELS and _titled(e)]
    times = {(e.start, e.end) for e in base if e.label_ in TIME_LABELS}
    names = [
        Span(doc, start, end, label=label)
        for s in doc.spans.get(SPANS_KEY, [])
        for start, end, label in _parts(s)
        if not any(w.start <= start and end <= w.end for w in covering) and (start, end) not in times
    ]
    names = committee_names(doc, mend(doc, sorted(names, key=lambda s: s.start)))
    # "MAY DEPARTMENT STORES ...\n\nMay Department Stores Co said": the lead's first word
    names = lead_names(doc, names)
    names = whole_halves(doc, chained(doc, founders_firms(doc, names)))
    # "S and P said", after "Standard and Poor's Corp": a firm's letters around "and"
    names = letter_firms(doc, names)
    tails = _title_tails(names, base, words)
    by_span = {(e.start, e.end): e.label_ for e in base}
    names = _second_opinion(doc, [s for s in names if s not in tails], base, by_span, words)
    # "G Murphy; G Dempsey, B O'Driscoll": a team sheet's players are people (kg.squad.v1)
    squad = player_spans(doc)
    names = sorted(
        [s for s in names if not any(s.start < p.end and p.start < s.end for p in squad)] + squad,
        key=lambda s: s.start,
    )
    persons = [s for s in names if s.label_ == "PERSON"]
    base_persons = {(e.start, e.end) for e in base if e.label_ == "PERSON"}
    titles = [Span(doc, start, end, label="WORK") for start, end in cued_titles(doc, persons, base_persons)]
    titles += [Span(doc, w.start, w.end, label="WORK") for w in tails.values() if w is not None]
    titles += [Span(doc, s.start, s.end, label="WORK") for s in announced_after(doc, names)]
    # "Gene Kelly in Singing in the Rain (1952)": a year in brackets after a title
    held = sorted(names + [e for e in base if e.label_ in TITLE_HOLDERS - {"PERSON"}], key=lambda s: s.start)
    titles = _with_titles(doc, titles, dated_titles(doc, held, base_persons))
    # 'the film "Harry Potter and the Prisoner of Azkaban"': a quoted title is one, whole, and so
    # is one after a maker's noun, "Seth MacFarlane, the creator of Family Guy"
    quoted = _with_titles(doc, _with_titles(doc, [], quoted_titles(doc)), authored_titles(doc))
    titles = quoted + [t for t in titles if not any(t.start < q.end and q.start < t.end for q in quoted)]
    # "Her most recent single, Car Wash, reached number four"
    titles = _with_titles(doc, titles, apposed_titles(doc, persons, base_persons))
    # "when Bridget Jones: The Edge of Reason was filmed": a title and its subtitle
    titles = _with_titles(doc, titles, subtitled_titles(doc, persons))
    # "films such as Minority Report, Phone Booth and Troy": titles a plural work noun lists
    titles = _with_titles(doc, titles, listed_titles(doc, persons, base_persons))
    # "told BBC One's Breakfast with Frost": the programme a channel's possessive names
    aired = channel_titles(doc, persons, base_persons)
    titles = _with_titles(doc, titles, [title for _channel, title in aired])
    # "best actress for Suddenly Last Summer": the title an award honours
    titles = _with_titles(doc, titles, awarded_titles(doc, persons, base_persons))
    # "her performance in Hotel Rwanda": the title an actor's part is in
    titles = _with_titles(doc, titles, part_titles(doc, persons, base_persons))
    # "the UK premiere of Polar Express", "a sequel to Meet the Parents": a work made from another
    titles = _with_titles(doc, titles, sourced_titles(doc, persons, base_persons))
    # "Lord of the Rings director Peter Jackson": a rank styled "of the" what names no place
    titles = _with_titles(doc, titles, styled_titles(doc))
    # "the Louvre accord", "the Kyoto treaty": a person's or a town's name before an agreement's noun
    places = [s for s in names if s.label_ == "GPE"]
    titles = _with_titles(doc, titles, agreement_titles(doc, persons, places))
    # "The Aviator, starring Leonardo DiCaprio": a title its cast follows, whichever model found it
    firms = [e for e in base if e.label_ == "ORG"]
    titles = _with_titles(doc, titles, starring_titles(doc, names + firms, base_persons))
    # "In Hide and Seek, De Niro plays": a title the article names again
    titles = _with_titles(doc, titles, repeated_titles(doc, [(t.start, t.end) for t in titles]))
    names = [s for s in names if not any(s.start < t.end and t.start < s.end for t in titles)] + titles
    # "BBC Radio Five Live's Sportsweek", one name to the recognizer: the channel stays a name
    taken = {i for s in names for i in range(s.start, s.end)}
    names += [
        Span(doc, start, end, label="ORG")
        for (start, end), _title in aired
        if not any(i in taken for i in range(start, end))
    ]
    names = _placed_names(doc, names, by_span)
    # "he visits Manchester, Liverpool, Leicester and Somerset": towns in a list of places
    listed = listed_places(names)
    names = [Span(doc, s.start, s.end, label="GPE") if (s.start, s.end) in listed else s for s in names]
    # "Nokia, LG Electronics, Panasonic, Samsung and Siemens": a firm in a list of firms
    listed = listed_firms(names, base)
    names = [s for s in names if (s.start, s.end) not in listed]
    names += [Span(doc, start, end, label="ORG") for start, end in listed]
    names.sort(key=lambda s: s.start)
    taken = {i for s in names for i in range(s.start, s.end)}
    other = list(doc.spans.get(OTHER_KEY, []))
    # "US banking giant Citigroup", "Danish brewer Carlsberg": a firm's noun before a name the
    # recognizer reads as no actor's (a brand, a product) names the firm
    names += [
        Span(doc, o.start, o.end, label="ORG")
        for o in other
        if firm_noun_before(o) and not any(i in taken for i in range(o.start, o.end))
    ]
    taken = {i for s in names for i in range(s.start, s.end)}
    missed = [
        e
        for e in base
        if e.label_ == "ORG"
        and _missed_org(e, taken)
        and not _other_name(e, other)
        and not _prize_named(e, names)  # "a Golden Globe" the recognizer no longer names
    ]
    # "U.K. And U.S. Banks were required": the country, not a firm (:mod:`kg.nlp.fullstop`)
    names += [
        Span(doc, e.start, e.start + 1, label="GPE")
        if country_and_word(e, words.words, words.nouns, by_span)
        else Span(doc, e.start, e.end + 1, label="EVENT")
        if _awards_after(e)  # "won British Comedy awards"
        else e
        for e in missed
    ]
    # "after Apil 1, 1989": a month, misspelt or not, before a day's number is a date, no name
    names = [s for s in names if not month_before_day(s)]
    # "learning Hindi": a language's name alone is no place, no one and no body (a people's is a group)
    names = [s for s in names if not _language(s)]
    # "rated B.", "series A and B", "AT and T.": a letter alone is no one's name
    names = [s for s in names if not _one_letter(s)]
    taken = {i for s in names for i in range(s.start, s.end)}
    others: list[Span] = [
        e
        for e in base
        if e.label_ not in BASE_NAME_LABELS and not any(i in taken for i in range(e.start, e.end))
    ]
    doc.set_ents(sorted(names + others, key=lambda s: s.start), default="outside")
    return doc


def _one_letter(span: Span) -> bool:
    """A name is one letter, a full stop after it or not ("B.", "T")."""
    words = [t.text for t in span if not t.is_punct or t.text.endswith(".")]
    return len(words) == 1 and len(words[0].removesuffix(".")) == 1


def _language(span: Span) -> bool:
    """A name is a language's alone ("learning Hindi", "is in Hebrew.")."""
    words = [t.lower_ for t in span if not t.is_punct]
    return len(words) == 1 and words[0] in languages()


def _placed_names(doc: Doc, names: list[Span], by_span: dict[tuple[int, int], str]) -> list[Span]:
    """``names`` without the places of two words or more that nothing calls a place
    (:func:`kg.nlp.unplaced.unplaced_name`), or with them as the firms the base model reads
    ("the San Francisco Chronicle"); the base model's own reading of the words then stands
    where it has one. Not in a table, a headline or a quote, and not a name that shares a word
    with a person of the article ("Sophie Okonedo" beside "Okonedo")."""
    from spacy.tokens import Span

    regions = prose.Regions(doc._.kg_regions)
    people = {t.lower_ for s in names if s.label_ == "PERSON" for t in s if t.is_title}
    out = []
    for s in names:
        if (
            s.label_ in ("GPE", "LOC")
            and len(s) > 1
            and regions.kind_at(s.start_char) is None
            and not {t.lower_ for t in s} & people
            and (kind := unplaced_name(s, by_span)) is not None
        ):
            if not kind:
                continue  # "Jailhouse Rock", "Ford Mustang": nothing says it is a place
            s = Span(doc, s.start, s.end, label=kind)
        out.append(s)
    return out


def _prize_named(span: Span, names: list[Span]) -> bool:
    """``span`` names a prize by itself ("won an Oscar", "a Golden Globe": ``award_names`` in the
    lexicon) and no longer name of ``names`` holds its words ("Oscar Wilde"), but for the prize's
    own ceremony ("the Golden Globe Awards")."""
    key = span.text.lower()
    return key in word_set("award_names") and not any(
        len(o) > len(span) and f" {key} " in f" {o.text.lower()} " and o[-1].lower_ not in EVENT_TAILS
        for o in names
    )


def _second_opinion(
    doc: Doc, names: list[Span], base: list[Span], by_span: dict[tuple[int, int], str], words: Dictionary
) -> list[Span]:
    """The mended names without a lone word that only the news recognizer calls a person.

    A one-word person that no longer name of the document contains, with no title before it
    ("Mr", "President") and that is no common given name or surname, is no name when the
    base model reads the same words as something that is no actor (a product, a work, a
    date, a nationality), or sees no name there and the tagger reads a common noun
    ("Analysis by officials shows ...", "a humanoid robot"). Where the base model sees an
    organization or a place the recognizer's person stands: the base model calls too many
    rare surnames organizations (rule ``kg.ner.v1``). A prize named by itself ("Oscar",
    "Bafta", "Golden Globe": ``award_names`` in the lexicon) is no name either, unless a longer
    name of the document contains it ("Oscar Wilde"). Nor is a plural the tagger reads as one ("The
    Sopranos", "three Christmases"). A person the recognizer finds in three to six
    capitals in prose is an organization's acronym ("MITI said"). Two or three words the
    recognizer calls a place, the base model a person and the gazetteer nothing are a person
    ("the Gino Marinuzzi conducting competition"). A country's abbreviation and a word whose
    capital is the abbreviation's full stop are the country ("U.K. Banking rules",
    :func:`kg.nlp.fullstop.country_and_word`). A people's word the recognizer calls a person is
    the people's ("Finnish, Japanese, West German and American firms"). ``by_span`` holds the
    base model's labels of ``base`` by token span.
    """
    from spacy.tokens import Span

    regions = prose.Regions(doc._.kg_regions)
    named = {t.lower_ for s in names if len(s) > 1 for t in s}
    # words of longer names other than people's: "Broadband Britain", a report's title
    people = {t.lower_ for s in names if len(s) > 1 and s.label_ == "PERSON" for t in s}
    inside = {i for s in names if len(s) > 1 for i in range(s.start, s.end)}
    common = common_names()
    small = Counter(t.text for t in tokens(doc) if t.is_lower)
    firms: dict[str, bool] = {}  # one-word names an organization's phrase types, asked once each
    out = []
    for s in names:
        if country_and_word(s, words.words, words.nouns, by_span):
            # "U.S. Or U.K. Banking rules": the capital is the full stop's; the country stays
            out.append(Span(doc, s.start, s.start + 1, label="GPE"))
            continue
        if s.label_ == "PERSON" and s.text.lower() in demonyms():
            # "ventures with Finnish, Japanese, West German and American firms": a people's word
            out.append(Span(doc, s.start, s.end, label="NORP"))
            continue
        if _prize_named(s, names):
            continue  # "won an Oscar", "a Bafta nomination", "a Golden Globe": a prize, no actor
        if _prize(s):
            continue  # "won the Jesse Owens Award": a prize, no actor, whoever it is named after
        if _awards_after(s):
            out.append(Span(doc, s.start, s.end + 1, label="EVENT"))  # "won five Cesar awards"
            continue
        if s.label_ != "ORG" and len(s) == 1 and s[0].lower_ not in named and _sentence_case(doc, s[0]):
            continue  # "Harvest will start in La Pampa" beside "harvesting advanced"
        if len(s) == 1 and s[0].lower_ not in named and _common_opening(doc, s, base, words):
            continue  # "Injury sidelines Philippoussis", '"Smaller, innovative firms ..."'
        if len(s) == 1 and s[0].lower_ not in people and _written_small(doc, s[0], small, inside):
            continue  # "Film star Robert De Niro ... his film": the article's own common word
        if (
            s.label_ in ("GPE", "LOC")
            and len(s) == 1
            and s[0].lower_ not in named
            and not _acronym(s)
            and regions.kind_at(s.start_char) is None
            and unplaced(s, names, by_span)
        ):
            if s.text not in firms:
                firms[s.text] = firm_word(s)
            if not firms[s.text]:
                continue  # "fears over Lampard's fitness", "I listen to Korn": nothing says it is a place
            # "broadcaster BSkyB's stake", "Kremlin leader": every use, where one says organization
            s = Span(doc, s.start, s.end, label="ORG")
        if (
            len(s) == 1
            and s[0].tag_ == "NNS"
            and s.label_ == "ORG"
            and not known_place(s[0].lower_)
            and (s.start, s.end) not in by_span
            and s[0].lower_ not in named
            and _opening_only(doc, s[0])
            and not (s.end < len(doc) and (doc[s.end].text in ("'s", "'") or _versus(doc[s.end])))
        ):
            continue  # "Protesters gathered in Lyon": a plural common noun that starts a sentence
            # (not "Rovers' assistant manager", "Wolves v Millwall", "Wolves 2", nor "Elders" of
            # "Elders said" elsewhere)
        if (
            s.label_ == "PERSON"
            and len(s) == 1
            and s[0].lower_ not in named
            and s[0].lower_ not in common
            and honorific_start(doc, s.start) == s.start
        ):
            second = by_span.get((s.start, s.end))
            if second is None and s[0].tag_ in ("NN", "NNS"):
                continue
            if s[0].tag_ in ("NNS", "NNPS") and second != "PERSON":
                continue  # "three Christmases", "The Sopranos", "both Tests": a plural is no one
            if second is not None and second not in BASE_NAME_LABELS:
                continue
        if s.label_ in ("GPE", "LOC") and by_span.get((s.start, s.end)) == "PERSON" and _personal_name(s):
            s = Span(doc, s.start, s.end, label="PERSON")  # "the Gino Marinuzzi conducting competition"
        # "MITI said", "(CGCT)": in prose no one is called by initials, nor a place kg does not know
        # (but "WWII", an event to the base model)
        unknown_place = (
            s.label_ in ("GPE", "LOC")
            and not known_place(s.text.lower())
            and by_span.get((s.start, s.end)) in (None, *BASE_NAME_LABELS)
        )
        if (s.label_ == "PERSON" or unknown_place) and _acronym(s) and regions.kind_at(s.start_char) is None:
            s = Span(doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def _sentence_case(doc: Doc, word: Token) -> bool:
    """``word`` has a capital only where a sentence starts, and the article writes it (or a form of
    it) in small letters elsewhere: a common word, no place's or person's name ("Harvest will
    start in La Pampa" beside "harvesting advanced", "Adventure tale tops awards" beside "an
    adventure"). Not for firms, which are named with common words ("Shell said ..." beside "a
    shell company"); towns so named are in the gazetteer ("Reading", "Bath"), which leaves them
    alone, as it does common given names and surnames ("Brown")."""
    low = word.lower_
    if not _opening_only(doc, word) or known_place(low) or low in common_names():
        return False
    lemma = word.lemma_.lower()
    return any(t.is_lower and (t.lower_ == low or t.lemma_ in (low, lemma)) for t in tokens(doc))


def _common_opening(doc: Doc, name: Span, base: list[Span], words: Dictionary) -> bool:
    """The one word of ``name`` is a word of the language that has its capital only where a
    sentence or a quotation opens, where the base model sees no name, and is no place,
    organization, given name or surname kg knows: "Indiscipline cost us the game",
    "Bronchitis rules out Smith", '"Smaller, innovative firms cannot afford it"'. Read as an
    organization it must be no noun: parties, teams and firms are named with nouns ("Labour
    said", "Arsenal boss Arsene Wenger", "Shell said"), but not with "Fast" or "Intense"."""
    word = name[0]
    low = word.lower_
    return (
        low in words.words
        and (name.label_ != "ORG" or low not in words.nouns)
        and not word.is_upper
        and _opening_only(doc, word, quotes=True)
        and not any(e.start <= word.i < e.end for e in base)
        and not known_place(low)
        and low not in common_names()
        and low not in known_orgs()
    )


def _title_tails(names: list[Span], base: list[Span], words: Dictionary) -> dict[Span, Span | None]:
    """The one-word names that end a title the recognizer cut short ("The Vicar of Dibley", "Ring
    of Fire": :func:`kg.nlp.works.title_tail`), each with the base model's name that holds the
    whole title, if it has one: that is the title, a work."""
    spans = [*names, *base]
    found: dict[Span, Span | None] = {}
    for s in names:
        if len(s) == 1 and not _known_name(s[0].lower_) and title_tail(s[0], _plain(s, spans, words)):
            whole = [b for b in base if b.start < s.start and s.end <= b.end and b.label_ in TITLE_HOLDERS]
            found[s] = whole[0] if whole else None
    return found


def _plain(name: Span, spans: list[Span], words: Dictionary) -> Callable[[Token], bool]:
    """A test of whether a word before ``name`` is a word of the language the article capitalises
    in the middle of a sentence, that no other name holds (a base model's name that runs on over
    ``name`` may: "The Vicar of Dibley"), and no role ("Governor"), no organization's, place's or
    work's noun and no name kg knows: the first word of a title ("Code" of "Code of Conduct",
    "Door", "Ring")."""

    def plain(word: Token) -> bool:
        low = word.lower_
        return (
            low in words.words
            and not _opens(word, quotes=True)
            and not any(s.start <= word.i < s.end and not s.start <= name.start < s.end for s in spans)
            and low not in _not_title_words()
            and title_of([low]) is None
            and not _known_name(low)
        )

    return plain


@cache
def _not_title_words() -> frozenset[str]:
    keys = ("title_prefixes", "generic_org_nouns", "org_name_heads", "place_nouns", "work_nouns")
    return frozenset().union(*(word_set(k) for k in keys)) | generic_org_words()


def _known_name(low: str) -> bool:
    """kg knows ``low`` as a place, a people, an organization, a given name or a surname."""
    return known_place(low) or low in common_names() or low in known_orgs()


def _versus(token: Token) -> bool:
    """``token`` follows a team in a fixture or a score ("Wolves v Millwall", "Wolves 2")."""
    return token.lower_.rstrip(".") in ("v", "vs") or token.like_num


def _written_small(
    doc: Doc, word: Token, small: Counter[str], inside: AbstractSet[int] = frozenset()
) -> bool:
    """``word`` is capitalised only where a sentence or a quotation opens, and the article writes
    it in small letters at least as often (``small`` counts its words in small letters), so it
    is a word of the language to the article, not a name: "Film star Robert De Niro ... with his
    film", '"Anger is a good thing," ... The anger fades'. Its capitals inside a longer name
    (token indices ``inside``) do not count: "Broadband is changing ... the report Broadband
    Britain". A place, an organization or a given name or surname kg knows stays a name ("Young
    said ... young players"), and so does one the article opens more sentences with than it
    writes small ("Labour said ... Labour leader Michael Howard ... labour law")."""
    low = word.lower_
    return (
        small[low] > 0
        and word.text[1:].islower()
        and not known_place(low)
        and low not in common_names()
        and low not in known_orgs()
        and small[low] >= sum(t.text == word.text and t.i not in inside for t in tokens(doc))
        and _opening_only(doc, word, quotes=True, skip=inside)
    )


def _opening_only(
    doc: Doc, word: Token, *, quotes: bool = False, skip: AbstractSet[int] = frozenset()
) -> bool:
    """``word`` has its capital only where a sentence starts (with ``quotes``, also where a
    quotation or a bracket that starts a sentence opens: '"Smaller, newer firms ...'), but for
    the tokens ``skip``."""
    return all(_opens(t, quotes) for t in tokens(doc) if t.text == word.text and t.i not in skip)


def _opens(token: Token, quotes: bool) -> bool:
    """``token`` starts its sentence, or (``quotes``) a quotation or bracket that starts it."""
    if token.is_sent_start:
        return True
    before = token.nbor(-1) if quotes and token.i > 0 else None
    return before is not None and (before.is_quote or before.is_left_punct) and bool(before.is_sent_start)


def _personal_name(span: Span) -> bool:
    """Two or three capitalised words the gazetteer knows no place by, not one of them."""
    words = [t.text for t in span]
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and place(span.text.lower()) is None
        and not any(place(w.lower()) is not None for w in words)
    )


def _acronym(span: Span) -> bool:
    """One word of three to six capitals ("MITI", "NTT"), as organizations are abbreviated."""
    text = span.text
    return len(span) == 1 and 3 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _titled(span: Span) -> bool:
    """A title set off as one: in quotation marks ("Through the Wire"), or "The" and two
    capitalised words or more ("The Life and Death of Peter Sellers")."""
    doc = span.doc
    quoted = (
        span.start > 0
        and doc[span.start - 1].text in QUOTES
        and span.end < len(doc)
        and doc[span.end].text in QUOTES
    )
    words = [t for t in span if t.is_alpha and t.lower_ not in FUNCTION_WORDS]
    long = (
        len(span) >= 3
        and span[0].lower_ == "the"
        and len(words) >= 2
        and all(t.text[:1].isupper() for t in words)
    )
    return quoted or long


def _other_name(span: Span, other: list[Span]) -> bool:
    """The news recognizer read the words of ``span`` (but a leading "the") as a name of
    no actor: a title, an award or a product ("Nighty Night", "the Academy Award", "the Land
    Rover LR3/Discovery").

    Kept are the name of an event or a work (typed as one later), a name the words around it
    call a firm ("phone firm T-Mobile"), the subject of a verb ("American Express said") and a
    name that starts with a nationality, which is what the recognizer's reading is about.
    """
    start = span.start + (span[0].lower_ == "the")
    if not any(o.start <= start and span.end <= o.end for o in other):
        return False
    return not (
        span.doc[start].lower_ in demonyms()
        or kind_by_phrase(span, "Organization") in ("Event", "Work")
        or kind_by_phrase(span, "Person") == "Organization"
        or (span.root.dep_ == "nsubj" and span.root.head.pos_ in ("VERB", "AUX"))
    )


def _prize(span: Span) -> bool:
    """The name of a prize: "the Jesse Owens Award", "the Booker Prize." (with the full stop the
    recognizer may take in), or a name a prize's noun in small letters follows ("the Golden
    Lion prize", "the Cecil B DeMille award")."""
    words = [t.lower_ for t in span if t.is_alpha]
    if len(words) > 1 and words[-1] in AWARD_TAILS:
        return True
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].text in AWARD_TAILS


#: Plural nouns of prizes in small letters after a name: the awards it names ("won British
#: Comedy awards"), a ceremony, an event; not "medals", which follow people ("Jones medals").
AWARDS_AFTER = frozenset({"awards", "prizes"})


def _awards_after(span: Span) -> bool:
    """Prizes' noun in the plural follows the name, in small letters or as the awards' own word:
    "five Cesar awards", "the US Vibe awards", "Royal Television Society awards", "the Jesse
    Owens Awards" (whoever they are named after); not an acronym, which names the awards or their
    body already ("the top BIFA prizes" after "the British Independent Film Awards")."""
    doc = span.doc
    acronym = len(span) == 1 and span[0].is_upper
    return (
        not acronym
        and span.end < len(doc)
        and (doc[span.end].is_lower or doc[span.end].is_title)  # no headline's "AWARDS"
        and doc[span.end].lower_ in AWARDS_AFTER
    )


def _missed_org(span: Span, taken: set[int]) -> bool:
    """A base model's organization of two or more capitalised words the recognizer did not touch."""
    words = [t for t in span if t.is_alpha and t.lower_ not in FUNCTION_WORDS]
    return (
        len(words) >= 2
        and all(t.text[:1].isupper() for t in words)
        and not all(t.is_upper for t in words)  # a headline in capitals says nothing either way
        and not any(t.i in taken for t in span)
        and not _prize(span)  # "the Booker Prize": a prize, no actor
    )
