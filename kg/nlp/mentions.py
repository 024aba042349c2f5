"""Find the actors of one parsed document and group their mentions (rule ``kg.mentions.v1``).

Named mentions come from the model's entities, corrected with evidence (a place
gazetteer, type votes across mentions); demonyms are not actors but point at
their country; names are grouped by surname, spelling, acronym and generic
nouns ("the Alliance"); role phrases ("the NATO chief") and pronouns join the
actor they refer to. Works ("victory plan") are added by :mod:`kg.nlp.rules.frames`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import (
    BIG_CITY,
    CLUB_TAILS,
    FOLDED_CITY,
    capitals,
    club_nicknames,
    common_names,
    common_words,
    demonyms,
    firm_words,
    generic_org_words,
    given_names,
    honorifics,
    known_orgs,
    lexicon,
    misspelt_places,
    place,
    title_of,
    wire_abbreviations,
    word_set,
    word_sets,
)
from kg.names import (
    CLIPPED,
    CORPORATE,
    POSSESSIVE,
    QUOTES,
    SURNAME_PARTICLES,
    and_initials,
    bare_surname,
    canonical_place,
    capitalised,
    clipped_acronym,
    clipped_words,
    given_initials,
    initialled,
    is_acronym,
    legal_name,
    letter_pair,
    normalise,
    regional_arm,
    shouted,
    similar_names,
    strip_corporate,
    surname,
    unpossessed,
    without_legal_form,
)
from kg.nlp import prose
from kg.nlp.defined import defined_things
from kg.nlp.groups import is_group, region_adjective, shaped_only, thing_adjective
from kg.nlp.mend import CENTURY_ORDINALS, FOREIGN_FIRM_STARTS, LINKS, PAIR_PREFIXES, small_tail_end
from kg.nlp.ner import FUNCTION_WORDS, SPANS_KEY
from kg.nlp.products import product_names, product_noun_at
from kg.nlp.spans import (
    BUILDINGS,
    COUNTY_PREPS,
    PEERS,
    PERSONAL_TITLES,
    county_context,
    drop_brief,
    honorific_start,
    is_portfolio,
    joined_entities,
    kind_by_phrase,
    name_after_portfolio,
    name_after_post,
    occupation_first,
    place_context,
    shouting,
    strip_titles,
    town_of_state,
    trim,
)
from kg.nlp.tokens import text as doc_text
from kg.nlp.tokens import tokens
from kg.nlp.unplaced import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": "Group",
    "EVENT": "Event",
    "LAW": "Work",
    "WORK": "Work",  # a title a work noun announces (kg.nlp.works)
}
ACTOR_TYPES = frozenset({"Person", "Organization", "Place", "Group"})
MALE_FEMALE = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
#: A credit rating ("B-3", "Baa-1", "AA-", "A-1-plus"), which wire copy writes like a name.
RATING = re.compile(
    r"(?:A{1,3}|B{1,3}|C{1,3})[-+]?(?:-?plus|-?minus)?|(?:[A-C]|Aa|Ba|Baa|Caa|P)-?[123](?:-?plus|-?minus)?"
)
#: A name under a prefix that turns it into an attitude or a former state ("anti-American",
#: "non-English", "ex-Soviet", "post-World Cup"): no actor.
NEGATED_NAME = re.compile(r"(?:anti|non|ex|pro|post|pre|mid)-[A-Z]")
#: Two names joined by a slash ("Brown/Blair", "Reading/Leeds").
SLASHED = re.compile(r"[A-Za-z]/[A-Z]")
#: An interbank offered rate ("Libor", "SIBOR", "Euribor"): a price, not a body.
INTERBANK_RATE = re.compile(r"(?:L|S|H|P|Eur|Mi|T)ibors?|(?:L|S|H|P|EUR|MI|T)IBORS?")
#: An interbank rate's name after its town: "London Interbank Offered Rate", "Vienna Interbank".
INTERBANK_NAME = re.compile(r"(?i)(.+) inter[- ]?bank(?: (?:offered|bid|borrowing|mean))?(?: rates?)?")
#: A letter and a digit side by side in a word ("S40", "DC-9s", "BBC1"): a model's or a
#: channel's code, never in a person's name ("50 Cent" keeps a space).
MODEL_CODE = re.compile(r"[^\W\d_]-?\d|\d[^\W\d_]")
#: A futures contract's month in a price quote ("MAY7", "JUL8": May and July of 1987 and 1988).
CONTRACT_MONTH = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{1,2}")


#: Rules of the mentions that refer to an actor without its name ("he", "the minister", "the firm").
REFERRING = frozenset({"pronoun", "title", "generic", "demonym"})


@dataclass(slots=True)
class TokenMention:
    """A mention: tokens ``[start, end)`` of the doc, its type and how it was found."""

    start: int
    end: int
    type: str
    rule: str
    key: str
    text: str
    cluster: int = -1
    lead: int = 0  # title tokens right before ``start`` ("President Lincoln"); not part of the offsets
    agreed: bool = False  # the model's type and the words around the mention say the same
    adjective: bool = False  # a people's adjective before a thing's noun (groups.thing_adjective): no actor


@dataclass(slots=True)
class Cluster:
    """One actor of the document while it is being built."""

    type: str
    mentions: list[TokenMention] = field(default_factory=list)
    merges: list[tuple[str, str]] = field(default_factory=list)
    roles: list[tuple[str, str, int]] = field(default_factory=list)  # (role word, predicate, target cluster)
    title: str = ""  # a title that goes with a given name, when the actor has no other name ("Prince")

    @property
    def name(self) -> str:
        name = " ".join(self._name().split())
        return f"{self.title} {name}" if self.title else name

    def _name(self) -> str:
        named = [m for m in self.mentions if m.rule not in REFERRING]
        if not named:
            return self.mentions[0].text
        if self.type == "Person":
            # "RONALD REAGAN" of a headline names no one if "Ronald Reagan" does, and a peer's
            # given name and surname are a better name than the title and surname
            texts = [m.text for m in named]
            return max(
                named,
                key=lambda m: (
                    len(m.key.split()),
                    not shouted(m.text, texts),
                    m.key.split()[0] not in PEERS,
                    len(m.text),
                ),
            ).text
        if self.type == "Organization":
            # "Arsenal", not "the Gunners"; "Standard and Poor's Corp", not "S and P"
            named = [m for m in named if m.key not in club_nicknames()] or named
            named = [m for m in named if not letter_pair(m.text)] or named
        counts = Counter(m.text for m in named)
        if self.type == "Organization":
            # "T. Rowe Price Associates", not the "Price" that also refers to it
            longer = [{unpossessed(w) for w in t.lower().split()} for t in counts if len(t.split()) > 1]
            counts = Counter(
                {
                    t: n
                    for t, n in counts.items()
                    if (len(t.split()) > 1 or not any(t.lower() in w for w in longer))
                    # "Standard and Poor" of "Standard and Poor's Corp"
                    and not any(o.startswith((t + "'s", t + "\u2019s")) for o in counts)
                    # "Stabilisation Fund" of "Exchange Stabilisation Fund"
                    and not any(_body_part(t.lower().split(), o.lower().split()) for o in counts)
                }
            ) or Counter(m.text for m in named)
        if self.type == "Place":
            # "Belmarsh Prison", not the "Belmarsh" that also refers to it
            counts = (
                Counter({t: n for t, n in counts.items() if t.split()[-1].lower() in BUILDINGS}) or counts
            )
        if self.type == "Work":
            # "Mental Capacity Bill", not "the Bill" that also refers to it
            own = [t for t in counts if t.lower() not in word_set("work_name_heads")] or list(counts)
            # "Star Wars: Battlefront", not the "Battlefront" after its colon that also refers to it
            own = [t for t in own if not any(o.partition(": ")[2] == t for o in counts)] or own
            return min(own, key=lambda t: (len(t), t))
        return max(counts, key=lambda t: (not shouted(t, counts), counts[t], -len(t), t))


#: First words of parties' names the models leave out of their members' name ("Liberal Democrat").
PARTY_FIRST_WORDS = frozenset({"liberal", "social", "christian", "free", "new"})
#: Verbs of saying the recognizer reads into the name after them when capitalised ("Said Mr Fogg").
SPEECH_VERBS = frozenset({"said", "says", "added", "asked", "told", "warned"})
#: Legal forms that end no place's name (not "Co", "AB", "Group": "Co Durham", "Calgary, AB").
LEGAL_FORMS = frozenset(
    {"inc", "corp", "ltd", "plc", "llc", "gmbh", "pty", "bhd", "corporation", "incorporated"}
)

#: Endings of the words a headline puts before a name to describe the person: agent nouns and
#: participles ("Rocker", "Sprinter", "Injured"), never a given name the census lists.
DESCRIBING_ENDINGS = ("er", "or", "ist", "ed")
#: Word lists of the lexicon whose words describe a person before the name ("Singer", "DJ").
DESCRIBING_LISTS = (
    "person_nouns",
    "team_titles",
    "title_nouns",
    "kinship_nouns",
    "agent_nouns",
    "common_acronyms",
)
#: Verbs of saying a sentence puts before the speaker's name ("Said Williams: ...").
REPORTING = frozenset({"said", "says", "added", "adds"})
#: Titles that go with a given name ("Sir Alan" for Sir Alan Budd, "Sheikh Ali"), where "Mr"
#: goes with a surname ("Mr Howard" is no Howard Flight).
GIVEN_NAME_TITLES = frozenset(
    {"sir", "dame", "sheikh", "sheik", "prince", "princess", "king", "queen", "emir"}
)
#: Population under which a town's name that starts a firm's name is taken for the firm.
SMALL_TOWN = 50_000
#: Most times an article writes alone a word the model reads as no person's and the census lists
#: as no given name, for the word to be the given name of the one person whose full name it opens.
MAX_LONE_GIVEN = 2
#: Kinds of names other than an organization's whose capitals the model reads as a firm ("CES",
#: "BIFA"); not a work's, as an agreement's capitals name its body as often ("GATT"), nor yet a
#: place's ("NSW", "GDR"), which moves the relation classifier's thresholds when it is retrained.
ABBREVIATED = frozenset({"Event"})
#: Words before a name that make it a place's: "in Zermatt", "near Tiberias" (rule ``name-end``);
#: the words before a county's (:data:`kg.nlp.spans.COUNTY_PREPS`) less "from", which a match report
#: puts before a player ("a pass from Fabregas" in BBC sport/163), and "across".
PLACED_BY = COUNTY_PREPS - {"from", "across"}
#: Types of the names whose last word alone the ``name-end`` rule joins: a surname, a club's or a
#: firm's last word; not a work's, whose last word is as often a word of its own ("Jailhouse Rock").
NAME_END_TYPES = frozenset({"Person", "Organization"})


#: First words of firms' names that are nobody's given name.
FIRM_STARTS = (
    frozenset(
        "bank air association board capital central chemical commerce commercial computer consolidated "
        "council credit department energy exchange financial industrial institute international ministry "
        "national network petroleum securities trade union university".split()
    )
    | FOREIGN_FIRM_STARTS
)


#: Nouns of bodies that end a name the recognizer cut before them ("VW Supervisory board").
BODIES = frozenset({"board", "committee", "council", "commission", "panel", "subcommittee"})
BODY_ADJECTIVES = frozenset({"supervisory", "executive", "management", "advisory", "standing", "select"})


#: Tags of a word that is no name where it starts a sentence with a capital: a superlative or a
#: comparative ("Best actor nominee ..."), a preposition ("Amid all this"), when a word in
#: small letters follows.
OPENING_WORDS = frozenset({"JJS", "JJR", "IN"})


def _titles_only(key: str) -> bool:
    """``key`` is made of titles alone ("lord chief justice", "chancellor"); not "mr king",
    where a title that is a surname too follows an honorific."""
    words = [w.rstrip(".") for w in key.split()]
    while len(words) > 1 and words[0] in PERSONAL_TITLES:
        words = words[1:]
    if len(words) == 1 and words[0] in common_names():
        return False  # "King", "Marshall": surnames too
    return all(_title_word(w) for w in words)


def _given_name(word: str) -> bool:
    """``word`` is written as a given name is ("Hans", "Iain"): a capital and small letters, no
    title, nationality, trade or other word the lexicon knows to describe a person ("DJ",
    "Singer", "Rocker")."""
    low = word.lower()
    if not (word.isalpha() and word.istitle()) or low in word_sets(*DESCRIBING_LISTS) or low in demonyms():
        return False
    agent = low.endswith(DESCRIBING_ENDINGS) and low not in common_names()
    return not (agent or _title_word(low) or low in honorifics())


def _possessive_inside(doc: Doc, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` holds a possessive before its last word, an owner and what
    it owns: "Lord Chancellor's Department", "Lord Mayor's Office"."""
    return any(t.text in POSSESSIVE for t in doc[start + 1 : end - 1])


def _office_of(doc: Doc, start: int, end: int) -> bool:
    """A title between "the" and "of" is an office, even when it is a surname too ("the
    Bishop of Winchester", "the King of Spain")."""
    return (
        end - start == 1
        and 0 < start
        and end < len(doc)
        and doc[start - 1].lower_ == "the"
        and doc[end].lower_ == "of"
        and _title_word(doc[start].lower_)
    )


def _title_word(word: str) -> bool:
    """``word`` is a title ("lord", "chief", "justice", "president")."""
    return word in PERSONAL_TITLES or word in word_set("title_prefixes") or title_of([word]) is not None


def _peerage(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows "Lord Name of": a peer's territorial title."""
    if start < 3 or doc[start - 1].lower_ != "of":
        return False
    i = start - 2
    while i > 0 and doc[i].text[:1].isupper() and doc[i].lower_ not in PEERS and start - i < 5:
        i -= 1
    return doc[i].lower_ in PEERS and i < start - 2


def _firm_start(word: str) -> bool:
    """``word`` starts firms' names, never people's: a demonym ("Hawaiian Electric") or a word
    of :data:`FIRM_STARTS` ("Bank Gutzwiller"); a demonym that names a person ("Welshman
    Ray Reardon") is not one."""
    return word in FIRM_STARTS or (word in demonyms() and not _nationality_noun(word))


def _nationality_noun(word: str) -> bool:
    """``word`` is a demonym that names a person ("welshman", "frenchwoman"; not "german").

    Examples:
        >>> _nationality_noun("welshman"), _nationality_noun("frenchwomen"), _nationality_noun("german")
        (True, True, False)
    """
    for ending in ("woman", "women", "man", "men"):
        if word.endswith(ending) and word[: -len(ending)] in demonyms():
            return True
    return False


def _party_name(low: str) -> bool:
    """``low`` (normalised) names a party of ``party_names`` in the lexicon, or one of its
    members as a party's word before a noun does ("Lib Dem leader Charles Kennedy")."""
    parties = word_set("party_names")
    return low in parties or low + "s" in parties


#: Units of an earnings or a price table's row, which names no one but a firm the prose names.
MONEY_ROW = re.compile(r"(?<![A-Za-z])(?:cts?|mln|bln|dlrs?|shrs?|pct|stg)\.?(?![A-Za-z])", re.IGNORECASE)


#: Words of a unit's or a subsidiary's name after its parent's ("Ford Motor Credit Co", "Sumitomo
#: Metal International Finance Plc").
UNIT_WORDS = frozenset(
    {"finance", "financial", "credit", "capital", "international", "securities", "leasing", "acceptance",
     "overseas", "markets", "trading", "investment", "investments"}
)  # fmt: skip

#: Nouns after a firm's name that make it a unit of another: "its Playboy Licensing unit".
UNIT_NOUNS = frozenset({"unit", "subsidiary", "division", "arm", "affiliate"})


def _firm_rest(words: list[str]) -> bool:
    """What follows a short form in a firm's name is a kind of firm and its legal form
    ("development corp", "enterprises inc", "bancorp of texas"), not another name ("bank of new
    york")."""
    if "of" in words and place(" ".join(words[words.index("of") + 1 :])):
        words = words[: words.index("of")]  # "First City Bancorp of Texas": the firm's seat
    return (
        bool(words)
        and (words[-1].replace(".", "") in CORPORATE or words[-1] in word_set("org_name_tails"))
        and "of" not in words
        and not any(place(w) for w in words)
    )


#: Last words of a firm's or a broadcaster's name that no word list of the lexicon holds.
BODY_ENDS = frozenset({"international", "channel", "radio", "television", "tv"})
#: Word lists of the lexicon whose words end an organization's name.
BODY_END_LISTS = (
    "org_name_tails",
    "generic_org_nouns",
    "generic_not_names",
    "membership_bodies",
    "legislatures",
)


def _body_end(word: str) -> bool:
    """An organization's name may end with the word: a legal form, a kind of firm or body
    ("Corp", "Holdings", "Party", "Department", "Commons", "International")."""
    w = word.lower().rstrip(".")
    return w.replace(".", "") in CORPORATE or w in BODY_ENDS or w in word_sets(*BODY_END_LISTS)


def _names_a_body(rest: list[str]) -> bool:
    """The words after a short form make the long name a body's, not a product's: a body's last
    word ("Labour" ... "Labour Party"), a place ("Bayern" ... "Bayern Munich") or a partner's
    name after "&" ("Standard" ... "Standard & Poor")."""
    return _body_end(rest[-1]) or place(" ".join(rest)) is not None or rest[0] == "&"


#: Bodies whose name with more words before it is one of their parts, not the body ("Stevenage
#: Labour Party", "Parliamentary Labour Party" are the party's branches and its MPs).
PART_BODIES = frozenset({"party"})


def _body_part(words: list[str], long: list[str]) -> bool:
    """A name of two words or more, ``words``, is how an article shortens the longer name
    ``long`` of the same body: its last words, or its words before "of" or "for"; the shorter
    name's head (its last word, or its word before its own "of") is a body's noun ("Stabilisation
    Fund" for "Exchange Stabilisation Fund", "Supreme Court" for "US Supreme Court", "Stevens
    Institute" for "Stevens Institute of Technology"), and not a party's, whose longer names are
    its branches ("Stevenage Labour Party"), nor a legal form, which ends many firms' names
    ("RepublicBank Corp" merged into "First RepublicBank Corp").

    Examples:
        >>> _body_part(["stabilisation", "fund"], ["exchange", "stabilisation", "fund"])
        True
        >>> _body_part(["stevens", "institute"], ["stevens", "institute", "of", "technology"])
        True
        >>> _body_part(["department", "of", "justice"], ["us", "department", "of", "justice"])
        True
        >>> _body_part(["labour", "party"], ["stevenage", "labour", "party"])
        False
        >>> _body_part(["big", "brother"], ["celebrity", "big", "brother"])
        False
        >>> _body_part(["republicbank", "corp"], ["first", "republicbank", "corp"])
        False
        >>> _body_part(["council", "of", "europe"], "parliamentary assembly of the council of europe".split())
        False

    A longer name that goes on after the words with "and" is another body's ("National Bank and
    Trust Co"), and one word alone is the ``last-word`` rule's, whose guards it keeps:

        >>> _body_part(["national", "bank"], ["national", "bank", "and", "trust", "co"])
        False
        >>> _body_part(["fund"], ["exchange", "stabilisation", "fund"])
        False
    """
    n = len(words)
    if n < 2 or len(long) <= n:
        return False
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    if not _body_end(head) or head in PART_BODIES or head.replace(".", "") in CORPORATE:
        return False
    # not the body a longer name's "of the" or "on the" names: "Council of Europe" of the
    # "Parliamentary Assembly of the Council of Europe", the assembly's own body
    return (long[-n:] == words and long[-n - 1] not in FUNCTION_WORDS) or (
        long[:n] == words and long[n] in ("of", "for")
    )


#: Words of a name's tail (``org_name_tails``) that a body other than a firm has as well.
NOT_FIRM_TAILS = frozenset(
    {"agency", "association", "college", "commission", "council", "foundation", "institute",
     "university", "gazette", "herald", "journal", "tribune", "magazine", "bulletin"}
)  # fmt: skip


def _firm_words(words: list[str]) -> bool:
    """The words after a firm's first word say it is a firm: a legal form, a kind of firm or
    a firm's noun ("national bank of new york", "air lines", "holdings ltd"; not "foreign press
    association" or "securities commission").

    Examples:
        >>> _firm_words(["national", "bank", "of", "new", "york"]), _firm_words(["air", "lines"])
        (True, True)
        >>> _firm_words(["foreign", "press", "association"]), _firm_words(["securities", "commission"])
        (False, False)
    """
    if words[-2:] == ["air", "lines"]:
        return True
    if any(w in NOT_FIRM_TAILS for w in words):
        return False  # "foreign press association": a body, whatever else its name has
    tails = word_set("org_name_tails")
    return any(w.rstrip(".") in CORPORATE or w in tails or w in firm_words() for w in words)


def _starts(keys: Iterable[str], rest_fits: Callable[[list[str]], bool]) -> set[str]:
    """The first words of the names ``keys`` whose other words ``rest_fits`` ("mountain view" of
    "mountain view investment corp", with :func:`_firm_words`)."""
    return {
        " ".join(words[:n])
        for key in keys
        for words in [key.split()]
        for n in range(1, len(words))
        if rest_fits(words[n:])
    }


def _firm_leads(keys: Iterable[str]) -> set[str]:
    """The first two words or more of firms' names (``keys``) that a legal form follows, or more
    words and a legal form, a hyphen counting as a space: "harcourt brace" of "harcourt brace
    jovanovich inc", "rio tinto" of "rio tinto-zinc corp plc", "hewlett packard" of
    "hewlett-packard co"; not a founder's name before "and" or "&" ("ivan boesky and co").

    Examples:
        >>> sorted(_firm_leads(["rio tinto-zinc corp plc", "ivan boesky and co"]))
        ['rio tinto', 'rio tinto zinc', 'rio tinto zinc corp']
    """
    out: set[str] = set()
    for key in keys:
        words = key.replace("-", " ").split()
        for n in range(2, len(words)):
            if words[n] not in ("and", "&") and words[n - 1] not in ("and", "&") and _firm_rest(words[n:]):
                out.add(" ".join(words[:n]))
    return out


def _family(key: str, persons: set[str]) -> bool:
    """``key`` is the plural of a given name or a surname, the article's or a common one: a
    family ("the Clintons").

    Examples:
        >>> _family("clintons", set()), _family("galaxy", {"galaxy"}), _family("pumas", set())
        (True, False, False)
    """
    single = key.removesuffix("s")
    return single != key and (single in common_names() or single in persons)


def _common_acronym(text: str) -> bool:
    """``text`` is an abbreviation of a thing or its plural (``common_acronyms`` in the lexicon:
    "IPO", "PVRs"), not an organization's acronym nor a name written like a word: in capitals,
    with a capital inside it ("VoIP", "WiFi"), or of four letters or more with a capital first
    as the BBC writes them ("Aids", "Voip", "Gcses"), but not "Ipo", "Sims" or a name of people.

    Examples:
        >>> _common_acronym("IPO"), _common_acronym("PVRs"), _common_acronym("VoIP"), _common_acronym("Wi-Fi")
        (True, True, True, True)
        >>> _common_acronym("Aids"), _common_acronym("Voip"), _common_acronym("Gcses")
        (True, True, True)
        >>> _common_acronym("Ipo"), _common_acronym("Sims"), _common_acronym("IMF")
        (False, False, False)
    """
    acronyms = word_set("common_acronyms")
    forms = {text, text[:-1] if text.endswith("s") and len(text) > 2 else text}
    return any(
        form.lower() in acronyms
        and (
            form.isupper()
            or any(c.isupper() for c in form[1:])
            or (len(form) >= 4 and form.istitle() and form.lower() not in common_names())
        )
        for form in forms
    )


def _interbank_rate(text: str) -> bool:
    """``text`` names an interbank rate by its town ("London Interbank", which the recognizer
    cuts from "London Interbank Offered Rate", "Dollar London Interbank", "Vienna Interbank"): a
    price, not a body; a bank named so has no town before it ("Interbank", "Banco Interbank").

    Examples:
        >>> _interbank_rate("London Interbank"), _interbank_rate("Dollar London Interbank")
        (True, True)
        >>> _interbank_rate("London Interbank Borrowing Rates"), _interbank_rate("Hong Kong Inter Bank")
        (True, True)
        >>> _interbank_rate("Interbank"), _interbank_rate("Banco Interbank")
        (False, False)
        >>> _interbank_rate("London Interbank Corp")
        False
    """
    found = INTERBANK_NAME.fullmatch(text)
    if found is None:
        return False
    words = found.group(1).lower().split()
    if words[0] in word_set("currencies"):
        words = words[1:]
    return bool(words) and place(" ".join(words)) is not None


def _pair_of_names(key: str, alone: frozenset[str] = frozenset()) -> bool:
    """``key`` joins two places or peoples with a hyphen ("u.s.-soviet", "franco-german",
    "iran-iraq"), or two names the article gives ``alone`` ("amc-uaw" beside "AMC" and
    "UAW"): the two sides of talks or a war, not one actor, unless the gazetteer knows the
    whole ("guinea-bissau").

    Examples:
        >>> _pair_of_names("u.s.-soviet"), _pair_of_names("rhone-poulenc"), _pair_of_names("guinea-bissau")
        (True, False, False)
        >>> both, one = frozenset({"amc", "uaw"}), frozenset({"amc"})
        >>> _pair_of_names("amc-uaw", both), _pair_of_names("amc-uaw", one)
        (True, False)
    """
    parts = key.split("-")
    if len(parts) != 2 or " " in key or place(key) is not None:
        return False
    return all(p in demonyms() or place(p) is not None or p in PAIR_PREFIXES for p in parts) or all(
        p in alone for p in parts
    )


def _sides(span: Span, alone: frozenset[str]) -> frozenset[str]:
    """The names the article gives ``alone`` where ``span`` describes a noun after it ("the
    AMC-UAW talks": two sides), else none ("bid jointly with UWP-Hachette": a consortium)."""
    root = span.root
    modifies = (
        root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end and root.head.pos_ == "NOUN"
    )
    return alone if modifies else frozenset()


#: An amount written in figures, with a scale glued to it or not ("300", "5.45m", "1.2bn").
AMOUNT = re.compile(r"\d[\d,.]*(?:m|bn|k|mln|bln)?", re.IGNORECASE)
#: Scales written after an amount ("5.45m", "2 billion").
SCALES = frozenset({"m", "bn", "k", "mln", "bln", "million", "billion", "thousand"})
#: Currencies that are names elsewhere ("Euro 2004", "Marks and Spencer"), so only after an amount.
AMOUNT_CURRENCIES = frozenset(
    {"euro", "euros", "pound", "pounds", "mark", "marks", "rouble", "roubles", "ruble", "rubles", "yuan",
     "rand", "dinar", "dinars", "kroner", "kronor", "krona", "shekels", "real", "reais", "baht", "ringgit"}
)  # fmt: skip


@cache
def _tail_currencies() -> frozenset[str]:
    """Words after a name that make it a currency's, no name run on into small letters ("Deutsche
    marks", "the Louvre currency accord"): the lexicon's currencies, :data:`AMOUNT_CURRENCIES`
    and the word "currency" itself."""
    return word_set("currencies") | AMOUNT_CURRENCIES | {"currency", "currencies"}


def _table_word(low: str) -> bool:
    """``low`` (a name in capitals of a table, lower-cased) is a word of the language ("OFF 238" of
    an open interest table) or a currency's wire code ("DMK 1.8310/20" of a rates table)."""
    return low in common_words() or low in word_set("currency_codes")


def _currency(span: Span) -> bool:
    """``span`` names a currency: its last word is one ("U.S. Dlrs") or one comes before common
    nouns ("U.S. Dlr financing package"), or it is one after an amount ("5.45m Euros");
    "Dollar General Corp" is a firm; so is a currency's whole name ("European Currency Units")."""
    money = word_set("currencies")
    if span.text.lower() in word_set("currency_names"):
        return True
    words = [t for t in span if not t.is_punct]
    if (
        len(words) == 1
        and (words[0].lower_ in money or words[0].lower_ in AMOUNT_CURRENCIES)
        and _after_amount(span)
    ):
        return True  # "5.45m Euros", "300 pounds": an amount's currency
    for i, t in enumerate(words):
        if t.lower_ in money and all(not w.text[:1].isupper() for w in words[i + 1 :]):
            return i > 0 or len(words) > 1
    return False


def _after_amount(span: Span) -> bool:
    """An amount in figures comes right before ``span``, with its scale or not ("300 pounds",
    "5.45 m Euros", as the tokenizer splits "5.45m")."""
    doc, at = span.doc, span.start - 1
    if at > 0 and doc[at].lower_ in SCALES and doc[at - 1].like_num:
        at -= 1
    return at >= 0 and AMOUNT.fullmatch(doc[at].text) is not None


#: Units written in capitals after an amount that are names elsewhere ("MB" = Mountain Bell, "GB").
AMOUNT_UNITS = frozenset(
    {"kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "khz", "mhz", "ghz",
     "kw", "mw", "gw", "kwh", "mwh", "gwh"}
)  # fmt: skip


def _unit(span: Span) -> bool:
    """``span`` is one unit right after an amount ("a 40 MB disk", "a 40MB disk", which the
    tokenizer splits)."""
    return len(span) == 1 and span[0].lower_ in AMOUNT_UNITS and _after_amount(span)


class DocMentions:
    """Mentions and clusters of one document (see module docstring)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions: list[TokenMention] = []
        self.clusters: list[Cluster] = []
        self.demonym_at: dict[int, str] = {}  # token index -> place name
        self.by_token: dict[int, TokenMention] = {}
        self._texts: set[str] = set()
        self._first_line_end = -1
        self.short_forms: list[TokenMention] = []  # names outside prose that stand for a longer one
        #: names a product's noun announces surely (:func:`kg.nlp.products.product_names`): no
        #: actors here nor in the corpus's other documents
        self.products: set[str] = set()
        #: the names come from kg's news recognizer (:mod:`kg.nlp.ner`), which types a team or
        #: a firm named like a city better than a gazetteer does
        self.news_ner = SPANS_KEY in doc.spans
        self.regions = prose.Regions(doc._.kg_regions)
        #: name -> the types the model read it as, weighted (set by the type vote)
        self.read_as: dict[str, Counter[str]] = {}

    # ------------------------------------------------------------------ named mentions

    def collect(self) -> None:
        doc = self.doc
        toks = tokens(doc)
        pending: list[TokenMention] = []  # names outside prose, kept if the prose names them too
        entities = joined_entities(doc)
        products = product_names(doc, entities)
        # "producer subsidy equivalent, PSE": an abbreviation the article spells out as a thing
        products.update(dict.fromkeys(defined_things(doc_text(doc)), True))
        self.products = {name for name, sure in products.items() if sure}
        alone = frozenset(normalise(e.text) for e in entities)  # the names the article gives
        for ent in entities:
            kind = LABELS.get(ent.label_)
            if kind is None:
                continue
            start, end = trim(ent)
            if start >= end:
                continue
            while (
                ent.label_ == "NORP"
                and start > 0
                and toks[start - 1].text.istitle()
                and toks[start - 1].lower_ in PARTY_FIRST_WORDS
            ):
                start -= 1  # "Liberal Democrat deputy leader": the party's members, not "Democrat"
            while (
                kind == "Organization"
                and end - start > 1
                and end < len(doc)
                and title_of([toks[end - 1].lower_]) is not None
                and title_of([toks[end].lower_]) is not None
            ):
                end -= 1  # "ICCO Executive Director Kobena Erbynn": the title is not the body's name
            if (
                kind in ("Organization", "Person")
                and end - start > 1
                and toks[start].lower_ in demonyms()
                and toks[start].lower_[:-1] in demonyms()  # a plural: not "Swiss Re"
                and toks[start + 1].text[:1].isupper()
                and not (end - start == 2 and toks[start + 1].tag_ in ("NNS", "NNPS"))  # "Scots Guards"
            ):
                start += 1  # "fellow Londoners West Ham", "Italians Inter Milan": the people, then the name
            if kind in ("Organization", "Place") and end < len(doc) and toks[end].lower_ == "police":
                end, kind = end + 1, "Organization"  # "Notts police": the force, not the county
            if (
                kind == "Organization"
                and end < len(doc)
                and toks[end].lower_ in BODIES
                and (toks[end - 1].tag_ == "JJ" or toks[end - 1].lower_ in BODY_ADJECTIVES)
            ):
                end += 1  # "VW Supervisory board": the name of a body ends with its noun
            text = doc[start:end].text
            low = normalise(text)
            if low in demonyms() and (kind in ("Group", "Place") or end - start == 1):
                for i in range(start, end):
                    self.demonym_at[i] = demonyms()[low]
                continue
            if ent.label_ == "NORP" and not is_group(text) and place(low) is None:
                continue  # "The Doors", "Euronext", "Windows": the base model's nationality is no people
            if ent.label_ == "NORP" and self.news_ner and shaped_only(text) and place(low) is None:
                continue  # "Tiscali", "Symbian": a people's ending alone, of no place, makes no people
            if kind == "Group" and region_adjective(doc[start:end]):
                continue  # "Eastern European sales": a region's adjective, as "British sales", no people
            # "a Viennese opera house", "Philippine banks": no people, and no actor of the output;
            # the mention stays for the relation rules and the classifier, whose training it is in
            adjective = kind == "Group" and thing_adjective(doc[start:end])
            where = self.regions.kind_at(toks[start].idx)
            if where in prose.NO_ACTORS:
                continue
            needs_prose = (
                where in ("quote", "headline")
                # a table's "Shr 3.64" or "Revs 1.91 billion" is no group or work (names: the recognizer's),
                # nor its headings and words in capitals ("YIELD GRADE 3", "HOGS" of a price table, an
                # open interest table's "OFF 238", a rates table's "DMK") a firm; a team named by its town
                # or initials in a standings table is ("ST LOUIS 60 70", "LG 2 OB 0")
                or (
                    where == "table"
                    and (
                        kind not in ("Person", "Organization", "Place")
                        or (kind == "Place" and not place(low))  # a line-up's "Zenden" read as a town
                        or (
                            text.isupper()
                            and (
                                end - start > 1
                                or len(text) > 3
                                or self._heading_row(start)
                                or _table_word(low)
                            )
                            and not place(low)
                        )
                        or low in word_set("month_abbreviations")  # "JLY 6188" of a futures table
                        or (end - start == 1 and self._money_row(start))  # "Opoer shr profit 17 cts"
                    )
                )
                or (shouting(doc[start:end]) and not (place(low) or low in known_orgs()))
            )
            if _dated(doc, start, end, low):
                continue  # '"SHAW'S SUPERMARKETS INC YEAR JAN 3"': a month of a date in capitals
            if is_portfolio(doc, start, end, low):
                continue
            if _titles_only(low) or _office_of(doc, start, end):
                continue  # "the Lord Chief Justice", "the Bishop of Winchester": titles name no one
            if _peerage(doc, start):
                continue  # "Lord Campbell of Alloway": the place is part of a peer's title
            if (
                toks[start].lower_ == "state"
                and start > 1
                and toks[start - 2].lower_ in ("secretary", "minister")
            ):
                continue  # "Secretary of State for Culture", "Minister of State for Finance": a title
            end = drop_brief(doc, start, end)
            # the news recognizer's run-on names; a place keeps its feature's word ("the White
            # mountains"), and the base model's names stay as the relation classifier learnt them
            if kind in ("Person", "Organization") and self.news_ner:
                cut = small_tail_end(doc, start, end)  # "the BBC offer TV content": the BBC
                if not any(t.lower_ in _tail_currencies() for t in doc[cut:end]):
                    end = cut
            text, low = doc[start:end].text, normalise(doc[start:end].text)
            if any(t.text in QUOTES for t in doc[start:end]):
                continue  # "'pay later' Budget Tory": a span across a quotation is not a name
            if low in products:
                continue  # "humanoid robot Asimo": a product is no actor, wherever the article names it
            if (
                end - start > 2
                and toks[start].lower_ in SPEECH_VERBS
                and toks[start + 1].lower_.rstrip(".") in PERSONAL_TITLES
            ):
                start += 1  # '"... at home," Said Mr Fogg': a verb in a headline's capitals before a title
                text, low = doc[start:end].text, normalise(doc[start:end].text)
            if kind == "Person" and toks[end - 1].lower_.rstrip(".") in CORPORATE:
                kind = "Organization"
            if (
                kind == "Person"
                and low in word_set("work_name_heads")
                and start > 0
                and toks[start - 1].lower_ == "the"
            ):
                kind = "Work"  # "to get the Bill passed": the article's bill, no one called Bill
            if kind == "Place" and end - start > 1 and toks[end - 1].lower_.rstrip(".") in LEGAL_FORMS:
                kind = "Organization"  # "Mountain View Investment Corp": no town is incorporated
            if kind == "Person" and end - start > 1 and _firm_start(toks[start].lower_):
                kind = "Organization"  # "Hawaiian Electric", "Bank Gutzwiller": no one's given name
            if kind != "Person" and end - start > 2 and _nationality_noun(toks[start].lower_):
                kind = "Person"  # "Frenchman Sebastien Grosjean"
            if kind in ("Person", "Place") and _party_name(low):
                kind = "Organization"  # "Plaid Cymru's spokesman", "Lib Dem leader Charles Kennedy"
            if (
                kind in ("Person", "Place")
                and end - start == 1
                and toks[start].text.isupper()
                and start > 1
                and toks[start - 1].text == "("
                and not place(low)
                and (kind == "Person" or toks[start - 2].ent_type_ == "ORG")
            ):
                kind = "Organization"  # "(ODPM)", "Nonoc Mining Corp (NMC)": an acronym in brackets
            said = kind_by_phrase(doc[start:end], kind)
            if end - start == 1 and (
                toks[start].tag_ == "RB"
                or (
                    toks[start].tag_ in OPENING_WORDS
                    and toks[start].is_sent_start
                    and end < len(doc)
                    and toks[end].is_lower  # "Amid all this"; not a table's "Tranmere 0"
                )
            ):
                continue  # "Thirdly", "Best actor nominee Leonardo DiCaprio", "Amid all this"
            if _currency(doc[start:end]) or _unit(doc[start:end]):
                continue  # "U.S. Dlrs", "U.S. Dlr financing package", "40 MB": an amount, not an actor
            honorific = toks[start - 1] if start > 0 else None
            firm = toks[end - 1].lower_.rstrip(".") in CORPORATE
            if firm and honorific is not None and honorific.lower_.rstrip(".") in PERSONAL_TITLES:
                start -= 1  # "<Mrs Fields Inc>", "Mr. Steak Inc": a firm named for a titled person
                text, low, honorific = doc[start:end].text, normalise(doc[start:end].text), None
            named_as = kind
            titled_inside = end - start > 1 and toks[start].lower_.rstrip(".") in PERSONAL_TITLES and not firm
            # a work's or a firm's name whose title word a small word follows is no titled person's:
            # "the best actor award for The Lord of the Rings", "<Lord and Taylor>" (but "Mr Blair" of
            # a title the works rules found is Mr Blair)
            titled_inside = titled_inside and not (
                ent.label_ in ("WORK", "ORG") and (toks[start + 1].is_lower or toks[start + 1].text == "&")
            )
            # "MS-DOS": a title's letters glued to a hyphen are no honorific
            titled_inside = titled_inside and not (
                toks[start + 1].text == "-" and not toks[start].whitespace_
            )
            # "the Lord Chancellor's Department": a body a title owns, no titled person
            titled_inside = titled_inside and not (
                ent.label_ == "ORG" and _possessive_inside(doc, start, end)
            )
            if titled_inside or (honorific is not None and honorific.lower_.rstrip(".") in PERSONAL_TITLES):
                kind = "Person"  # "Ms Blears", "the Rt Rev Michael Scott-Joynt"
                if not titled_inside and said == named_as:
                    said = kind  # "visited Ms Essex": the words around said only what the model said
            # a title the recognizer read as part of the name outweighs words around it that say
            # nothing else ("hit track Lady Marmalade" is a song; "Lord Chancellor's Department" a body)
            title_wins = (
                titled_inside and said == named_as and not any(t.text in POSSESSIVE for t in doc[start:end])
            )
            if kind == "Organization" and (
                (named := name_after_post(doc, start, end)) is not None
                or (named := name_after_portfolio(doc, start, end)) is not None
            ):
                start, kind = named, "Person"  # "U.S. Trade Representative Clayton Yeutter": no body
                if said == named_as:
                    said = kind
            outer = start
            if kind == "Organization" and end - start == 3 and occupation_first(doc, start, end):
                kind = "Person"  # "Star Christina Applegate": no firm is named so
                if said == named_as:
                    said = kind
            if kind == "Person":
                start = strip_titles(doc, start, end)
                outer = honorific_start(doc, outer)
                text, low = doc[start:end].text, normalise(doc[start:end].text)
            if (
                not low
                or not any(c.isalpha() for c in low)
                or all(w.replace(".", "").rstrip(",") in CORPORATE for w in low.split())
            ):
                continue  # "Co Inc": the legal form left over from a name the model cut
            if kind == "Organization" and low.split()[-1] in ("general", "secretary") and " of " not in low:
                continue  # "Solicitor General Harriet Harman": a title, not an organization
            # kg's news recognizer knows no products (CoNLL's four kinds of name) and reads a model's
            # code as a person's name; the base model has a kind for products, and a person it
            # finds with a digit is its own reading (CoNLL04's "CH2M Hill", a firm)
            if kind == "Person" and self.news_ner and MODEL_CODE.search(text):
                if low not in word_set("channels") and not _speaks(doc[start:end]):
                    continue  # "Volvo S40", "McDonnell Douglas DC-9s", "HL2": a model's code names no one
                kind = "Organization"  # "BBC1 and ITV1": a channel; "OD2 said": a firm
                if said == named_as:
                    said = kind
            if RATING.fullmatch(text):
                continue  # "rated B-3 by Moody's": a credit rating names no one
            if CONTRACT_MONTH.fullmatch(text):
                continue  # "NY COFFEE 10:30 MAY7 10225 UP 21": a contract month of a quote
            if all(w.rstrip(".") in wire_abbreviations() for w in low.split()):
                continue  # "Div pay May 27", "Revs": the abbreviations of an earnings report name no one
            if _common_acronym(text):
                continue  # "the IPO", "ADSL broadband", "PVRs": an abbreviation of a thing, no body
            if (
                low in PAIR_PREFIXES
                and end < len(doc)
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
            ):
                continue  # "Anglo-Dutch group Reckitt Benckiser": a pair's combining form, no body
            if (
                NEGATED_NAME.match(text)
                or INTERBANK_RATE.fullmatch(text)
                or _interbank_rate(text)
                or _pair_of_names(low, _sides(doc[start:end], alone) if "-" in low else frozenset())
            ):
                continue  # "anti-American", "three-month Sibor", "U.S.-Soviet", "AMC-UAW talks": no actor
            if SLASHED.search(text) and low.split()[-1].replace(".", "") not in CORPORATE:
                continue  # "Brown/Blair", "Reading/Leeds": two names (not "Atalanta/Sosnoff Capital Corp")
            if kind == "Organization" and low in lexicon()["generic_not_names"]:
                continue  # "Party leader Charles Kennedy": a common noun in capitals, not a name
            kind, rule = self._retype(kind, low, doc[start:end])
            if ent.label_ == "WORK":
                rule = "phrase"  # "his novel Godless": the work noun types it, as words around a name do
            if said != kind and rule == "ner" and not title_wins:
                kind, rule = said, "phrase"
            agreed = rule == "ner" and said == kind and _phrase_agrees(doc[start:end], kind)
            if agreed:
                rule = "phrase"  # "retail bank Absa": the words around it say what the model said
            lead = start - outer if kind == "Person" else 0
            mention = TokenMention(
                start,
                end,
                kind,
                rule,
                low,
                text,
                lead=lead,
                agreed=agreed,
                adjective=adjective and kind == "Group",
            )
            if needs_prose or (where == "dateline" and kind != "Place"):
                pending.append(mention)
            else:
                self._add(mention)
        self.keep_named_in_prose(pending)
        self._unglue_openings()
        self._vote_types()
        self._scan_aliases()
        self.vote_full_names()  # again: "Rexham Corp" found among the aliases types a lone "Rexham"
        self._drop_common_words()

    def keep_named_in_prose(self, pending: list[TokenMention]) -> None:
        """A name outside prose stands for an actor the prose names: the same name, or the
        surname or first word of a longer one ("REAGAN", "UTILICORP") (``kg.prose-only.v1``).

        A short form stands for the longer name: it takes that name's words and type, so the
        two are one actor of the document ("CANARY" of a "... FOR CANARY ISLANDS" headline is
        the prose's "Canary Islands", "PHILIP" of "PHILIP CROSBY <PCRO> PROBES ..." its "Philip
        Crosby Associates Inc"). Of several longer names, it stands for the one the prose names
        first ("FORD" for "Ford Motor Co", not its "Ford Motor Credit" unit named after it).
        """
        named: dict[str, str] = {}  # key -> its type in the prose
        longer: dict[str, TokenMention] = {}
        common = generic_org_words() | {"east", "west", "north", "south"}
        for m in sorted(self.mentions, key=lambda m: m.start):
            named.setdefault(m.key, m.type)
            words = m.key.split()
            if len(words) > 1 and (m.type == "Person" or words[0] not in common):
                # "WEST" of a "WEST TEXAS" headline stands for no "West Texas ..." of the prose
                longer.setdefault(surname(words) if m.type == "Person" else words[0], m)
        for m in pending:
            if m.key in named:
                if not self._in_title(m):
                    m.type = named[m.key]  # "BUSH" of a headline is the prose's President Bush, no firm
                # a title in sentence case is read as well as the prose ("Yukos" of "Mystery surrounds
                # new Yukos owner" votes for a firm)
                self._add(m)
            elif m.key in longer:
                if longer[m.key].type != "Work" and (not place(m.key) or self._spells(m, longer[m.key])):
                    # a place stays itself ("JAPAN" of a headline over the prose's "Japan Ship
                    # Exporters Association"); a work is not named by its first word ("U.S.")
                    m.key, m.type = longer[m.key].key, longer[m.key].type
                    self.short_forms.append(m)
                self._add(m)
        # a title's mentions come first, as in the text: of two readings as often, the first one's
        # type wins the vote (the title's "Youssou N'Dour" is the musician of "Senegalese musician
        # Youssou N'Dour" the recognizer reads as a firm)
        # (a title's names are all pending; those kept hold their tokens)
        first = [m for m in pending if self.by_token.get(m.start) == m and self._in_title(m)]
        if first:
            ids = {id(m) for m in first}
            self.mentions[:] = first + [m for m in self.mentions if id(m) not in ids]

    def _spells(self, m: TokenMention, name: TokenMention) -> bool:
        """The words from ``m`` on start ``name`` in other letters, its first two at least: "BELL
        AND HOWELL <BHW>" above the prose's "Bell and Howell Co" is the firm, however the
        gazetteer knows a Bell."""
        words = [t.lower_ for t in self.doc[m.start : m.start + 3] if not t.is_space][:2]
        return len(words) == 2 and words == name.key.split()[:2]

    def _in_headline(self, m: TokenMention) -> bool:
        """The mention is in a headline, in capitals or in sentence case (an article's title)."""
        return self.regions.kind_at(self.doc[m.start].idx) == "headline"

    def _in_title(self, m: TokenMention) -> bool:
        """The mention is a headline's in sentence case (an article's title), not in capitals."""
        return not m.text.isupper() and self._in_headline(m)

    def _retype(self, kind: str, key: str, span: Span) -> tuple[str, str]:
        """Correct the model's type with the gazetteer (a city tagged PERSON, ...).

        A country, state or city of a million people wins over the model; a smaller
        city needs a place-like context too ("in Clarksdale", "Lubbock, Texas"),
        because many towns share their name with people (Lincoln, Kennedy). kg's news
        recognizer is trusted with organizations named like a city (a team, "Nantes";
        a firm): only a country, a state, a continent ("pull Europe back from the brink") or a
        capital it calls an organization is a place (the capital then stands for its country,
        ``kg.capital.v1``).
        """
        if kind in ("Person", "Group") and key in known_orgs():
            return "Organization", "known-org"
        if kind in ("Person", "Organization") and key in misspelt_places():
            return "Place", "gazetteer"  # "by Toyko and Bonn", a capital misspelt
        if kind == "Organization" and self.news_ner:
            hit = place(key)
            broad = ("country", "state", "continent")
            standing = hit is not None and (hit.kind in broad or key in capitals())
            if standing and key not in known_orgs():
                return "Place", "gazetteer"
            if hit is not None and hit.kind == "region" and county_context(span):
                return "Place", "gazetteer"  # "from Ledbury, Herefordshire", "the Derbyshire seat of Erewash"
            if (hit is None or hit.kind == "city") and town_of_state(span):
                return "Place", "phrase"  # "its Murdochville, Quebec copper mine"
            return kind, "ner"
        if kind in ("Person", "Organization"):
            hit = place(key)
            if hit is None or (kind == "Organization" and key in known_orgs()):
                return kind, "ner"
            if hit.kind in ("country", "state", "continent") or hit.population >= 1_000_000:
                return "Place", "gazetteer"
            if kind == "Person" and hit.kind in ("region", "area"):
                return "Place", "gazetteer"  # "Dorset and Torbay", "ceded Alsace"; a county's side is a team
            if hit.population >= 15_000 and place_context(span):
                return "Place", "gazetteer"
        if kind == "Group" and place(key):
            return "Place", "gazetteer"
        return kind, "ner"

    def _money_row(self, start: int) -> bool:
        """Token ``start`` is on a line of amounts of a table of several lines: "Opoer shr profit
        17 cts vs loss 96 cts", a misspelt label of an earnings table; not a standings table's
        team ("Leeds 2 Chelsea 1"), nor the firm of a one-line result ("Burmah Oil 1986 pre-tax
        profit 105.9 mln stg")."""
        region = self.regions.at(self.doc[start].idx)
        if region is None or region.lines < 2:
            return False
        return bool(MONEY_ROW.search(self._line_at(start)))

    def _heading_row(self, start: int) -> bool:
        """Token ``start`` is on a table's line of headings: words in capitals and no figure
        ("MTH BYR  SLR  HIGH LOW  SALES" over a futures table's rows); not a standings line
        ("LG 2 OB 0")."""
        line = self._line_at(start)
        words = line.split()
        return len(words) > 2 and not any(c.isdigit() for c in line) and all(w.isupper() for w in words)

    def _line_at(self, start: int) -> str:
        """The line of the text that holds token ``start``."""
        text = doc_text(self.doc)
        at = self.doc[start].idx
        end = text.find("\n", at)
        return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]

    def _unglue_openings(self) -> None:
        """A word a headline or a sentence glues before a person's name is no part of it ("Rocker
        Doherty", "Sprinter Walker", "American Dent"): when the article gives the rest with
        another given name ("Pete Doherty"), or the first word is a nationality and the article
        gives the rest alone ("Dent"), the glued form is written once, outside a table, and its
        first word describes (a nationality, an agent noun or a participle: :data:`DESCRIBING_ENDINGS`)
        or says ("Said Williams:", the article giving "Williams" alone too) and is no common given
        name, initial, particle nor title, the mention starts after it, a person's (whatever the
        recognizer called the glued form)."""
        doc = self.doc
        keys = Counter(m.key for m in self.mentions)
        people = {m.key for m in self.mentions if m.type == "Person"}
        for m in self.mentions:
            if m.type not in ACTOR_TYPES or m.end - m.start < 2 or m.lead:
                continue
            first = doc[m.start]
            opening = m.start == 0 or first.is_sent_start or "\n" in doc[m.start - 1].text_with_ws
            low = first.lower_
            if (
                not opening
                or not first.is_alpha
                or low in common_names()
                or low in honorifics()
                or low in SURNAME_PARTICLES
            ):
                continue
            if self.regions.kind_at(first.idx) == "table":
                continue  # "3. Aliuska Lopez ( Cuba ) 12.92": a results table's names are whole
            described = low in demonyms() or low in REPORTING or low.endswith(DESCRIBING_ENDINGS)
            if not described:
                continue  # "Ijaz Ahmed" beside "Mushtaq Ahmed": a given name, not a description
            rest = normalise(doc[m.start + 1 : m.end].text)
            # another given name before the same surname ("Pete Doherty"), or a nationality before
            # a name the article gives alone ("Dent"); not "Cyril Wagner" beside "Wagner"
            fuller = any(k.endswith(" " + rest) and k != m.key for k in people)
            # "Said Wales assistant coach Scott Johnson:": the verb before a place the gazetteer knows
            said_place = low in REPORTING and place(rest) is not None
            if keys[m.key] == 1 and (
                fuller or ((low in demonyms() or low in REPORTING) and rest in people) or said_place
            ):
                del self.by_token[m.start]
                m.start += 1
                m.key, m.text = rest, doc[m.start : m.end].text
                m.type = "Place" if said_place and rest not in people else "Person"

    def _add(self, m: TokenMention) -> None:
        if any(i in self.by_token for i in range(m.start, m.end)):
            return
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.by_token[i] = m

    def _vote_types(self) -> None:
        """One type per name: the majority over its mentions, people kept when a full name has it."""
        last = [surname(m.key.split()) for m in self.mentions if m.type == "Person" and " " in m.key]
        # "Oteiba" and "al-Oteiba" of "Ali Rashid al-Oteiba"
        surnames = set(last) | {bare_surname(word) for word in last}
        # "El Karkouri" of "Talal El Karkouri": a surname with its particle
        surnames |= {
            " ".join(m.key.split()[1:])
            for m in self.mentions
            if m.type == "Person" and len(m.key.split()) == 3 and m.key.split()[1] in SURNAME_PARTICLES
        }
        votes: dict[str, Counter[str]] = {}
        for m in self.mentions:
            # the words around a name outweigh the gazetteer and the model alone, and break a tie
            # ("sacked as Valencia coach" over three "Valencia" the model reads as the town); so
            # does a personal title ("Mr Molyneux" over "games maker Peter Molyneux")
            honoured = (
                m.type == "Person"
                and m.start > 0
                and self.doc[m.start - 1].lower_.rstrip(".") in PERSONAL_TITLES
            )
            weight = 7 if honoured else {"phrase": 7, "gazetteer": 6}.get(m.rule, 2)
            votes.setdefault(m.key, Counter())[m.type] += weight
        # where the model and the words around a mention agree, that type is the name's ("retail
        # bank Absa" over six "Absa said" the model reads as a person)
        agreed: dict[str, Counter[str]] = {}
        for m in self.mentions:
            if m.agreed and m.rule == "phrase":
                agreed.setdefault(m.key, Counter())[m.type] += 1
        # a name that speaks is no place the gazetteer does not know ("Mido said:" over "pressure on
        # Mido" read as a place), where the model reads it as something else too
        for key in {m.key for m in self.mentions if _speaks(self.doc[m.start : m.end])}:
            for counts in (votes.get(key), agreed.get(key)):
                if counts and "Place" in counts and len(counts) > 1 and place(key) is None:
                    del counts["Place"]
        self.read_as = votes
        for m in self.mentions:
            if m.key in surnames:
                if m.type != "Person" and (m.rule == "gazetteer" or self._only_a_surname(m)):
                    m.type, m.rule = "Person", "type-vote"
                continue
            best = (agreed.get(m.key) or votes[m.key]).most_common(1)[0][0]
            if best != m.type:
                m.type, m.rule = best, "type-vote"
        self.vote_full_names()

    def _drop_common_words(self) -> None:
        """A lone word the model calls a person, that the article also writes in small letters as
        an ordinary word, names no one: a song ("Robbie Williams' Angels" beside "angels"), a bill
        ("the ID cards Bill" beside "the bill"), a word opening a sentence ("Much was made of ..."
        beside "much"), a poll ("Sound of 2005" beside "sound"). Not a word of a person's full
        name ("Brown" beside "Gordon Brown"), a name with a title ("Mr Rook"), nor a name the wire
        writes in small letters ("Hernandez said" beside "minister arturo hernandez", which the
        tagger reads as a proper noun)."""
        doc = self.doc
        lone = {
            m.key
            for m in self.mentions
            if m.type == "Person" and m.end - m.start == 1 and m.text.istitle() and m.text.isalpha()
        }
        if not lone:
            return
        written = {
            t.text
            for t in tokens(doc)
            if t.is_lower and t.pos_ not in ("PROPN", "X") and t.i not in self.by_token
        }
        named = {w for m in self.mentions if m.type == "Person" and " " in m.key for w in m.key.split()}
        titled = {m.key for m in self.mentions if m.lead}
        common = lone & written - named - titled
        dropped = [m for m in self.mentions if m.key in common and m.type == "Person"]
        gone = {id(m) for m in dropped}
        self.mentions = [m for m in self.mentions if id(m) not in gone]
        for m in dropped:
            for i in range(m.start, m.end):
                del self.by_token[i]

    def _only_a_surname(self, m: TokenMention) -> bool:
        """``m`` names no place but a person's surname: the gazetteer knows no place by it, or only
        a town smaller than :data:`~kg.lexicon.FOLDED_CITY` and the mention does not stand where
        places stand ("The 6ft 4in Sherwood is ranked 264th" beside "David Sherwood"; "tries by
        Cueto" beside "Mark Cueto"; but "The Bedford star", a town of 107,000, "in Sherwood" and
        "Malcolm Shipley, of Shipley")."""
        hit = place(m.key)
        if hit is None:
            return True
        doc = self.doc
        hometown = m.start > 1 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].text == ","
        return (
            hit.kind == "city"
            and hit.population < FOLDED_CITY
            and not place_context(doc[m.start : m.end])
            and not hometown  # "Malcolm Shipley, of Shipley, said"
        )

    def _described(self, m: TokenMention) -> bool:
        """An apposition calls the name something other than a firm: "Charles Schwab, its
        founder" is the man, whatever firm carries his name."""
        root = self.doc[m.start : m.end].root
        return any(c.dep_ == "appos" and c.lemma_.lower() not in firm_words() for c in root.children)

    def vote_full_names(self) -> None:
        """A name is typed by its full form elsewhere in the document (rule ``kg.name-type.v2``).

        A full name the model typed as an organization or place whose surname it calls a
        person elsewhere ("Dean Reed" ORG, "Reed" PERSON) is a person; a lone word the model
        calls a person that starts the name of an organization of the document ("Tenneco"
        after "Tenneco Corp") or ends a firm's name before its legal form ("Labatt" after "John
        Labatt Ltd") is that organization, unless a person's full name has it, as are the
        first words of a firm's name it calls a person or a group, before a legal form ("Harcourt
        Brace" after "Harcourt Brace Jovanovich Inc"; :func:`_firm_leads`), and so
        is a lone word it calls a place that starts a firm's name with its legal form
        ("Caremark" after "Caremark Inc"), unless the gazetteer knows a town of some size by it,
        or any organization's name when the gazetteer knows no place by it and the model read
        it as an organization somewhere ("Vivendi" after "Vivendi Universal"). A person's
        full name that a firm of the document has before its legal form is that firm
        ("Arthur Andersen" after "Arthur Andersen and Co"), unless an apposition says who
        ("Charles Schwab, its founder"). A town's name that starts a firm's name is that firm
        where the document never writes it as a place ("Delta" after "Delta Air Lines"), and a
        lone word the model calls a person that the document writes after "the" names a body
        ("the Galaxy did not identify the buyer").
        """
        firms = {
            unpossessed(m.key.split()[0])  # "Moody" of "Moody's Investors Service Inc"
            for m in self.mentions
            if m.type == "Organization" and len(m.key.split()) > 1
        }
        named = {
            w for m in self.mentions if m.type == "Person" and len(m.key.split()) > 1 for w in m.key.split()
        }
        # "Labatt" after "John Labatt Ltd", "Ericsson" after "Telefon AB L.M. Ericsson": a firm
        # named after a person is called by the surname
        firms |= {_founder(m.key) for m in self.mentions if m.type == "Organization"} - {""}
        for m in self.mentions:
            if (
                m.type == "Person"
                and m.key in firms
                and m.key not in named
                and " " not in m.key
                and not m.lead
            ):
                m.type, m.rule = "Organization", "type-vote"
        # "Arthur Andersen" after "Arthur Andersen and Co": the firm without its legal form
        bare = {_without_legal_form(m.key) for m in self.mentions if m.type == "Organization"}
        for m in self.mentions:
            if (
                m.type == "Person"
                and " " in m.key
                and m.key in bare
                and not m.lead
                and not self._described(m)
            ):
                m.type, m.rule = "Organization", "type-vote"
        # "Harcourt Brace" after "Harcourt Brace Jovanovich Inc", "Rio Tinto" after "Rio Tinto-Zinc
        # Corp PLC": the first words of a firm's name, before more of its words and its legal form,
        # that the model reads as a person or a group are that firm; not a founder's name before
        # "and" ("Ivan Boesky" beside "Ivan Boesky and Co"), nor a country's, a state's or a big
        # city's ("New York" beside "New York Stock Exchange Inc"; a town of Portugal is called
        # Rio Tinto)
        leads = _firm_leads(m.key for m in self.mentions if m.type == "Organization")
        for m in self.mentions:
            if not (m.type in ("Person", "Group") and m.key in leads and not m.lead):
                continue  # a lead has two words at least
            hit = place(m.key)
            if not self._described(m) and (hit is None or (hit.kind == "city" and hit.population < BIG_CITY)):
                m.type, m.rule = "Organization", "type-vote"
        # "Caremark" typed a place after "Caremark Inc", "First City" after "First City Bancorp of
        # Texas": the firm, unless a known town or bigger
        tails = word_set("org_name_tails")
        incorporated = _starts(
            (m.key.replace("-", " ") for m in self.mentions if m.type == "Organization"),  # "Rio Tinto-Zinc"
            lambda rest: any(w.rstrip(".") in CORPORATE or w in tails for w in rest),
        )
        # "Delta" after "Delta Air Lines", "Republic" after "Republic National Bank of New York":
        # a town's name that starts a firm's name, and that the document never writes where
        # places stand ("in Delta", "Delta, B.C."), is the firm; not a capital or a city of a
        # million ("London" of "London International")
        starts = _starts(
            (m.key for m in self.mentions if m.type == "Organization" and m.rule != "gazetteer"), _firm_words
        )
        placed = {
            m.key for m in self.mentions if m.key in starts and place_context(self.doc[m.start : m.end])
        }
        for m in self.mentions:
            if m.type != "Place" or m.rule == "gazetteer":
                continue
            hit = place(m.key)
            small = hit is None or (hit.kind == "city" and hit.population < SMALL_TOWN)
            read_as_firm = self.read_as.get(m.key, Counter())["Organization"] > 0
            town = (
                m.key in starts
                and hit is not None
                and hit.kind == "city"
                and hit.population < BIG_CITY
                and m.key not in placed
                and m.key not in capitals()
            )
            if (
                (m.key in incorporated and small)
                or (m.key in firms and " " not in m.key and hit is None and read_as_firm)
                or town
            ):
                m.type, m.rule = "Organization", "type-vote"
        # "Britney" typed an organization in a headline, after "Britney Spears": the one person
        # of the article with that given name ("Sonia", read as a town three times, after "Sonia
        # O'Sullivan"). A word the census lists as no given name, written alone three times or
        # more and read as no person's, is that person's only when the article names another
        # person with the surname too ("Anil" beside "Anil Ambani" and "Mukesh Ambani"); else it
        # is what the model reads ("Yahoo" of twenty mentions is no given name of "Yahoo
        # Messenger", which the model read as a person once). With the base model's names alone,
        # as before: the relation classifier is trained on them.
        person_keys = {x.key for x in self.mentions if x.type == "Person"}
        fulls = {k.split()[0]: k for k in person_keys if " " in k}
        givens = Counter(k.split()[0] for k in person_keys if " " in k)
        written = Counter(m.key for m in self.mentions)
        surnames = Counter(surname(k.split()) for k in person_keys)
        for m in self.mentions:
            if (
                m.type != "Person"
                and " " not in m.key
                and givens.get(m.key) == 1
                and (
                    m.key in given_names()
                    or written[m.key] <= MAX_LONE_GIVEN
                    or surnames[surname(fulls[m.key].split())] > 1
                    or not self.news_ner
                )
                and m.key not in firms
                and m.rule != "gazetteer"
                and not place(m.key)
                and m.key not in known_orgs()
            ):
                m.type, m.rule = "Person", "type-vote"
        people = {m.key for m in self.mentions if m.type == "Person" and len(m.key.split()) == 1}
        for m in self.mentions:
            words = m.key.split()
            if (
                m.type != "Person"
                and m.rule != "gazetteer"
                and len(words) in (2, 3)
                and words[-1] in people
                and all(w[:1].isupper() for w in m.text.split())
                and words[-1] not in CORPORATE
                # "Twentieth Century Fox" is no full name of a "Fox" the model reads as a person
                and not CENTURY_ORDINALS.fullmatch(words[0])
                # "Mental Capacity Bill" is no full name of a "Bill" the model reads as a person
                and not (m.type == "Work" and words[-1] in word_set("work_name_heads"))
                and not place(m.key)
                and m.key not in known_orgs()
            ):
                m.type, m.rule = "Person", "type-vote"
        self._bodies_after_the(named)
        self._acronyms_of_bodies(named)
        self._regional_arms()

    def _regional_arms(self) -> None:
        """An organization of the article and a continent after it name the organization's arm
        there, no place and no one: "Nintendo Europe's general manager" beside "Nintendo", "Lycos
        Europe" beside "Lycos Inc" (the name before the continent, or that name before its legal
        form). A lone word before the continent that the article calls a person is the firm too:
        no one is named after a continent's arm."""
        orgs = {
            k for m in self.mentions if m.type == "Organization" for k in (m.key, _without_legal_form(m.key))
        }
        lone = {m.key for m in self.mentions if m.type == "Person" and " " not in m.key}
        parents: set[str] = set()
        for m in self.mentions:
            words = m.key.split()
            parent = " ".join(words[:-1])
            if (
                m.type in ("Place", "Person")
                and regional_arm(words)
                and (parent in orgs or parent in lone)
                and place(m.key) is None
            ):
                m.type, m.rule = "Organization", "type-vote"
                parents.add(parent)
        for m in self.mentions:
            if m.key in parents and m.type == "Person":
                m.type, m.rule = "Organization", "type-vote"

    def _acronyms_of_bodies(self, named: set[str]) -> None:
        """A lone word of four letters or more the model calls a person, that spells the initials
        of an organization the article names, is its short form, as the BBC writes one in small
        letters after a capital: "Icann" of the "Internet Corporation for Assigned Names and
        Numbers". Not a word of a person's full name in the article (``named``)."""
        bodies = {m.key for m in self.mentions if m.type == "Organization"}
        if not bodies:
            return
        shorts = {
            m.key
            for m in self.mentions
            if m.type == "Person"
            and m.end - m.start == 1
            and len(m.key) >= CLIPPED
            and m.key.isalpha()
            and m.key not in named
            and any(is_acronym(m.key, body) for body in bodies)
        }
        for m in self.mentions:
            if m.key in shorts and m.type == "Person":
                m.type, m.rule = "Organization", "type-vote"

    def _bodies_after_the(self, named: set[str]) -> None:
        """A lone word the model calls a person that the article writes after "the", as no one's
        name is written, names a body: "the Galaxy did not identify the buyer", "the Louvre",
        "the Premiership". Not a title ("the Pope"), a word before its noun ("the Reagan
        administration"), a word of a person's full name (``named``), a given name, a surname or
        a family's ("the Bill" of a bill, "the Clintons"), a man's noun ("the Munsterman"), nor a
        word the article writes in small letters too."""
        after_the = [
            m
            for m in self.mentions
            if m.type == "Person"
            and m.end - m.start == 1
            and m.start > 0
            and self.doc[m.start - 1].lower_ == "the"
            and self.doc[m.start].dep_ not in ("compound", "amod", "nmod", "poss")
        ]
        if not after_the:
            return
        lower = {t.lower_ for t in tokens(self.doc) if t.is_lower}
        persons = {w for m in self.mentions if m.type == "Person" for w in m.key.split()}
        bodies = {
            m.key
            for m in after_the
            if m.key not in named
            and m.key not in lower
            and m.key not in common_names()
            and not _family(m.key, persons)
            and not m.key.endswith(("man", "men", "woman", "women"))
            and not _title_word(m.key)
        }
        for m in self.mentions:
            if m.key in bodies and m.type == "Person":
                m.type, m.rule = "Organization", "type-vote"

    def _scan_aliases(self) -> None:
        """Mentions the model missed: other occurrences of names it found (and surnames)."""
        wanted: dict[tuple[str, ...], str] = {}
        for m in self.mentions:
            words = tuple(m.text.split())
            if m.type in ACTOR_TYPES | {"Event"} and words:
                wanted.setdefault(words, m.type)
                if m.type == "Person" and len(words) > 1 and surname(words)[:1].isupper():
                    wanted.setdefault((surname(words),), "Person")
        if not wanted:
            return
        longest = max(len(w) for w in wanted)
        doc = self.doc
        toks = tokens(doc)
        i = 0
        while i < len(doc):
            if i in self.by_token or not toks[i].text[:1].isupper() or _peerage(doc, i):
                i += 1  # "Baron Kinnock of Bedwellty": a peer's title is no mention of the place
                continue
            for n in range(min(longest, len(doc) - i), 0, -1):
                words = tuple(t.text for t in doc[i : i + n])
                kind = wanted.get(words)
                if kind and not any(j in self.by_token for j in range(i, i + n)):
                    legal = i + n
                    while (
                        legal < len(doc)
                        and toks[legal].text[:1].isupper()
                        and toks[legal].lower_.rstrip(".") in CORPORATE
                    ):
                        legal += 1
                    if legal > i + n and not any(j in self.by_token for j in range(i + n, legal)):
                        n, kind = legal - i, "Organization"  # "Rexham Corp said": the firm a lone "Rexham" is
                    elif i + n < len(doc) and toks[i + n].pos_ == "PROPN" and toks[i + n].text[:1].isupper():
                        break  # part of a longer name the model did not tag
                    text = doc[i : i + n].text
                    self._add(TokenMention(i, i + n, kind, "alias", normalise(text), text))
                    i += n - 1
                    break
            i += 1

    # ------------------------------------------------------------------ clustering

    def cluster(self) -> None:
        """Group the named mentions into actors; every merge names its rule."""
        self._texts = {m.text.replace(".", "").replace(" ", "") for m in self.mentions}
        self._first_line_end = doc_text(self.doc).find("\n")  # the headline's line, read once
        by_key: dict[tuple[str, str], int] = {}
        # a full name before the same name with initials ("Brent Cockbain", then a team sheet's
        # "B Cockbain"), so that the initials join it; a name in brackets before the same name
        # elsewhere ("Volkswagen AG <VOWG.F> (VW)" before a headline's "VW"), so that the name
        # joins the organization the brackets follow; a headline's capitals after the prose's
        # words ("BAKER <BKO> TO SELL UNIT" over "Baker International Corp said ... Baker said"),
        # so that they join the name the prose's short form is of
        # ... and a club's nickname after every name, so that it joins the club the article names
        for m in sorted(
            self.mentions,
            key=lambda m: (
                m.key in club_nicknames(),
                -len(m.key.split()),
                m.type == "Person" and initialled(m.key),
                not self._in_brackets(m),
                m.text.isupper() and self._in_headline(m),
                m.start,
            ),
        ):
            target = by_key.get((m.type, m.key))
            rule = "exact"
            if target is None:
                target, rule = self._match(m, by_key)
                if rule in ("building", "name-end", "subtitle") and target is not None:
                    # "Barlinnie" read as a person is the prison, "Safin" read as a place the player
                    m.type = self.clusters[target].type
                if rule == "nickname" and target is not None:
                    # "Pompey" read as a person, "Portsmouth" as the town: the club, both
                    club = self.clusters[target]
                    club.type = m.type = "Organization"
                    for x in club.mentions:
                        x.type = "Organization"
            if target is None:
                self.clusters.append(Cluster(m.type))
                target = len(self.clusters) - 1
                by_key[(m.type, m.key)] = target
            elif (m.type, m.key) not in by_key:
                by_key[(m.type, m.key)] = target
                self.clusters[target].merges.append((m.text, rule))
            m.cluster = target
            self.clusters[target].mentions.append(m)
        for m in self.short_forms:
            if m.cluster >= 0:
                self.clusters[m.cluster].merges.append((m.text, "prose-name"))
        for c in self.clusters:
            c.mentions.sort(key=lambda m: m.start)
            c.title = self._given_name_title(c)

    def _given_name_title(self, c: Cluster) -> str:
        """The title a person's one name goes with as a given name ("Prince Charles", "Sir Alan",
        "Sheikh Hamad"), when no name of the actor has two words: it is part of the actor's name,
        or across articles the given name would read as a surname ("Ray Charles")."""
        if c.type != "Person":
            return ""
        named = [m for m in c.mentions if m.rule not in REFERRING]
        if not named or any(" " in m.key for m in named):
            return ""
        titles = [self.doc[m.start - m.lead : m.start].text for m in named if m.lead]
        titles = [t for t in titles if t.lower() in GIVEN_NAME_TITLES]
        return titles[0].title() if titles else ""

    def _in_brackets(self, m: TokenMention) -> bool:
        """The mention is all that stands between a bracket and its close: "(VW)"."""
        doc = self.doc
        return 0 < m.start and m.end < len(doc) and doc[m.start - 1].text == "(" and doc[m.end].text == ")"

    def _bracketed(self, m: TokenMention) -> int | None:
        """The actor a name in capitals in brackets stands for: the organization named right before
        the brackets, a ticker between them allowed ("European Monetary Cooperation Fund (FECOM)",
        "Volkswagen AG <VOWG.F> (VW)"), when the capitals start with the first letter of one of
        its words, as an abbreviation in another language does too ("French Cereals Intervention
        Office (ONIC)"); the article states the link."""
        doc, i = self.doc, m.start - 2
        letters = m.text.replace(".", "").replace("&", "")
        if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper() and self._in_brackets(m)):
            return None
        while i >= 0 and self.regions.kind_at(doc[i].idx) == "ticker":
            i -= 1  # "Volkswagen AG <VOWG.F> (VW)"
        before = self.by_token.get(i) if i >= 0 else None
        if (
            before is None
            or before.end != i + 1
            or before.type != "Organization"
            or before.cluster < 0
            or before.key == m.key
            or letters[0].lower() not in {w[0] for w in before.key.split() if w[:1].isalpha()}
        ):
            return None
        return before.cluster

    def _named_before(self, key: str, cluster: int) -> bool:
        """A mention with ``key`` stands in the body (after the headline's line) before every
        mention of ``cluster`` so far."""
        first = min(x.start for x in self.clusters[cluster].mentions)
        return any(
            x.key == key and x.start < first and self.doc[x.start].idx > self._first_line_end
            for x in self.mentions
        )

    def _shouted_above(self, key: str) -> bool:
        """The headline writes a name with ``key`` in capitals: a name of its own, which a lone
        word of the prose is too, not the last word of a longer name."""
        return any(x.key == key and x.text.isupper() and self._in_headline(x) for x in self.mentions)

    def _unit_name(self, cluster: int, n: int) -> bool:
        """The names of ``cluster`` go on after their first ``n`` words with a unit's word
        ("... International Finance Plc", "... Credit Corp"); "International" and a legal form
        alone end a parent's name as often ("Baker International Corp", beside its "Baker Oil
        Tools Inc" unit)."""
        return any(
            set(rest) & UNIT_WORDS and without_legal_form(rest) != ["international"]
            for x in self.clusters[cluster].mentions
            for rest in [x.key.split()[n:]]
        )

    def _called_unit(self, cluster: int) -> bool:
        """The article calls a name of ``cluster`` a unit: "its Playboy Licensing unit", "its
        Metropolitan Federal Bank subsidiary"."""
        doc = self.doc
        return any(
            0 <= x.end < len(doc) and doc[x.end].lower_ in UNIT_NOUNS for x in self.clusters[cluster].mentions
        )

    def _given_names(self, cluster: int, key: str, n: int) -> bool:
        """The words of the name ``key`` of ``cluster`` before its last ``n`` are written as given
        names are ("Hans", "Iain"): a capital and small letters, no title, nationality, trade
        or other word the lexicon knows to describe a person ("DJ", "Singer", "Rocker")."""
        words = next((m.text.split() for m in self.clusters[cluster].mentions if m.key == key), None)
        return words is not None and all(_given_name(word) for word in words[: len(words) - n])

    def _middle_names(self, m: TokenMention, cluster: int, key: str) -> bool:
        """``m``'s name is the first and the last words of the longer name ``key`` of
        ``cluster``, which has middle words between them ("Ivan F. Boesky", "Anthony John Charles
        Meyer"); not in a sentence that writes the longer name too ("Presidents George W Bush,
        Bill Clinton, George Bush": two people)."""
        words, parts = m.key.split(), key.split()
        if len(parts) <= len(words) or parts[0] != words[0] or parts[-1] != words[-1]:
            return False
        if parts[-1] in parts[1:-1]:
            return False  # "Julie Christie Christie": a name written twice, no middle name
        sentence = self.doc[m.start].sent
        return not any(
            self.doc[x.start].sent == sentence for x in self.clusters[cluster].mentions if x.key == key
        )

    def _titled(self, cluster: int, key: str, title: str) -> bool:
        """A mention of ``cluster`` named ``key`` has ``title`` (in small letters) as its first
        word or right before it ("Baroness Susan Greenfield")."""
        return any(
            x.key == key
            and (x.key.split()[0] == title or (x.start > 0 and self.doc[x.start - 1].lower_ == title))
            for x in self.clusters[cluster].mentions
        )

    def _place_reading(self, key: str) -> bool:
        """A lone name may be a place's: the gazetteer knows a place of it, unless it is a common
        given name and the place only a town ("David", Panama; "Roy", Utah). A country, a state or
        a region named like a person ("Jordan", "Georgia") always may be. (The article's own
        mentions of the town are places by the vote of :meth:`_vote_types`.)"""
        known = place(key)
        return known is not None and (known.kind != "city" or key not in common_names())

    def _title(self, m: TokenMention) -> str:
        """The title before a mention's name, in small letters ("sheikh")."""
        return self.doc[m.start - m.lead : m.start].text.lower()

    def _building_of(self, m: TokenMention, by_key: dict[tuple[str, str], int]) -> int | None:
        """The one building of the article whose name is ``m``'s word and a building's noun
        (:data:`kg.nlp.spans.BUILDINGS`): "Barlinnie" after "Barlinnie Prison", whatever the model
        read it as; not a place the gazetteer knows ("Edinburgh" beside "Edinburgh Airport"), nor a
        word of a person's name of the article ("Tolstoy" of "Leo Tolstoy")."""
        hits = {c for (_, k), c in by_key.items() if k.split()[:-1] == [m.key] and k.split()[-1] in BUILDINGS}
        if len(hits) != 1 or place(m.key) is not None:
            return None
        if any(t == "Person" and m.key in k.split() for t, k in by_key):
            return None  # "Tolstoy" of "Leo Tolstoy" beside "the Tolstoy Museum": the man
        return hits.pop()

    def _name_end_of(self, m: TokenMention, by_key: dict[tuple[str, str], int]) -> int | None:
        """The one person or organization of the article whose longer name ends with the lone
        word ``m`` the model read as a place the gazetteer does not know: "Safin" after "Marat
        Safin", "Sociedad" after "Real Sociedad" (rule ``name-end``). Not a word of the language
        ("the U.K. Sugar crop" beside "British Sugar"), not a word another name of the article has
        too, nor one the article writes as a place's ("the resort town of Zermatt", "in Zermatt"
        beside "Air Zermatt": a town too small for the gazetteer) or before a product's noun ("the
        Firefox browser" beside the campaign "Spread Firefox"); a name that ends in "of" or "in"
        and the word names the body's place ("the Federation of Bosnia-Herzegovina")."""
        word = m.key
        if m.type != "Place" or " " in word or place(word) is not None or word in common_words():
            return None
        if any(
            x.key == word and (self._placed(x) or product_noun_at(self.doc, x.end)) for x in self.mentions
        ):
            return None
        having = {c for (_, k), c in by_key.items() if " " in k and word in k.split()}
        ends = {
            c
            for (t, k), c in by_key.items()
            if t in NAME_END_TYPES and k.split()[-2:-1] not in (["of"], ["in"]) and k.split()[-1] == word
        }
        return ends.pop() if len(ends) == 1 and ends == having else None

    def _subtitle_of(self, m: TokenMention, by_key: dict[tuple[str, str], int]) -> int | None:
        """The one work of the article whose title's words after its colon are ``m``'s:
        "Battlefront" after "Star Wars: Battlefront", "Pacific Assault" after "Medal of Honor:
        Pacific Assault", whatever the model read them as (rule ``subtitle``); not a place the
        gazetteer knows ("Miami" beside "CSI: Miami" may be the city). The words before the colon
        name a series, not the work ("Star Wars", "CSI")."""
        hits = {c for (t, k), c in by_key.items() if t == "Work" and k.partition(": ")[2] == m.key}
        return hits.pop() if len(hits) == 1 and place(m.key) is None else None

    def _placed(self, m: TokenMention) -> bool:
        """The words before ``m`` make it a place: "in", "near", "outside" or "throughout", or a
        place's noun and "of" ("the resort town of")."""
        before = [t.lower_ for t in self.doc[max(0, m.start - 2) : m.start]]
        if before and before[-1] in PLACED_BY:
            return True
        return len(before) == 2 and before[1] == "of" and before[0] in word_set("place_nouns")

    def _match(self, m: TokenMention, by_key: dict[tuple[str, str], int]) -> tuple[int | None, str]:
        if m.key in club_nicknames():
            club = _club_of(m.key, by_key)
            if club is not None:
                return club, "nickname"
        building = self._building_of(m, by_key)
        if building is not None:
            return building, "building"
        end = self._name_end_of(m, by_key)
        if end is not None:
            return end, "name-end"
        work = self._subtitle_of(m, by_key)
        if work is not None:
            return work, "subtitle"
        same_type = [(k, c) for (t, k), c in by_key.items() if t == m.type]
        words = m.key.split()
        if m.type == "Person":
            if len(words) == 1:
                # "Tayer" for "Ahmed Humaid al-Tayer": an Arabic article is not written alone
                alone = bare_surname(words[0])
                hits = {c for k, c in same_type if " " in k and bare_surname(surname(k.split())) == alone}
                if not hits:
                    # "Hernandez" for "Arturo Hernandez Grisanti": the father's surname of a Spanish or
                    # Portuguese name, which goes before the mother's
                    hits = {c for k, c in same_type for w in [k.split()] if len(w) == 3 and w[1] == alone}
                if len(hits) == 1:
                    return hits.pop(), "surname"
                # "Aatish" for "Aatish Taseer": a given name alone, when one person has it
                given = {c for k, c in same_type if len(k.split()) > 1 and k.split()[0] == words[0]}
                # "Prince Charles" is no "Charles Kennedy": a titled name alone is a person of its own
                titled = any(x.lead for x in self.mentions if x.key == m.key and x.type == "Person")
                if len(given) == 1 and not hits:
                    # ... unless the full name has the same title, one that goes with a given name:
                    # "Sheikh Ali" for "Sheikh Ali al-Khalifa al-Sabah", as Arabic names are
                    # shortened (even where a town is called Ali), "Sir Alan" for "Sir Alan Budd"
                    target = next(iter(given))
                    own = {self._title(x) for x in self.mentions if x.key == m.key and x.lead}
                    full = {
                        self._title(x)
                        for x in self.clusters[target].mentions
                        if x.lead and len(x.key.split()) > 1 and x.key.split()[0] == words[0]
                    }
                    if own & full & GIVEN_NAME_TITLES or (not titled and not self._place_reading(m.key)):
                        return target, "given-name"
            if initialled(m.key):
                # "B Cockbain" of a team sheet for the "Brent Cockbain" of the report
                hits = {c for k, c in same_type if not initialled(k) and _initials_fit(words, k.split())}
                if len(hits) == 1:
                    return hits.pop(), "initials"
            if len(words) > 1:
                # "Ivan Boesky" for "Ivan F. Boesky", "Anthony Meyer" for "Anthony John Charles
                # Meyer": the given name and surname of one longer name of the article
                hits = {c for k, c in same_type if self._middle_names(m, c, k)}
                if len(hits) == 1:
                    return hits.pop(), "middle-name"
            if len(words) > 1:
                # "El Karkouri" for "Talal El Karkouri", "Duncan Smith" for "Iain Duncan Smith",
                # "Christian Andersen" for "Hans Christian Andersen": the last words of one longer
                # name whose other words are given names, not a description ("DJ John Peel")
                n = len(words)
                hits = {
                    c
                    for k, c in same_type
                    if len(k.split()) > n and k.split()[-n:] == words and self._given_names(c, k, n)
                }
                if len(hits) == 1:
                    return hits.pop(), "surname"
            if len(words) == 2 and words[0] in PEERS:
                # "Baroness Greenfield" for "Baroness Susan Greenfield": the one person of the
                # article the same peer's title names with more words (the title stays with a
                # surname alone: "Baroness Kennedy" is no Charles Kennedy)
                hits = {
                    c
                    for k, c in same_type
                    if k != m.key and k.split()[-1] == words[1] and self._titled(c, k, words[0])
                }
                if len(hits) == 1:
                    return hits.pop(), "surname"
            for k, c in same_type:
                if similar_names(k, m.key):
                    return c, "spelling"
        if m.type == "Work" and m.key in word_set("work_name_heads"):
            # "the Bill" for "the Mental Capacity Bill": the one work of the article of that noun
            hits = {c for k, c in same_type if k.split()[-1] == m.key}
            if len(hits) == 1:
                return hits.pop(), "name-part"
        if m.type == "Organization":
            # "S and P" for "Standard and Poor's Corp": the one firm of the article it spells
            spelled = {c for k, c in same_type if and_initials(m.key, k)} if letter_pair(m.text) else set()
            if len(spelled) == 1:
                return spelled.pop(), "acronym"
            short = m.text.replace(".", "").replace(" ", "")
            for k, c in same_type:
                # two letters are too weak an acronym: "GP", "NI" name many things
                if (
                    len(short) > 2
                    and short.isupper()
                    and is_acronym(m.key, k)
                    and any(capitalised(x.text) for x in self.clusters[c].mentions if x.key == k)
                ) or (
                    len(k.replace(".", "")) > 2
                    and is_acronym(k, m.key)
                    and capitalised(m.text)
                    and k.replace(".", "").upper() in self._texts
                ):
                    return c, "acronym"
                known = known_orgs().get(m.key)
                if known and known is known_orgs().get(k):
                    return c, "known-org"
                if len(m.key.split()) == 1 and known_orgs().get(k) and m.key in known_orgs()[k].nouns:
                    return c, "generic-noun"
            stated = self._bracketed(m)
            if stated is not None:
                return stated, "bracketed"  # "European Monetary Cooperation Fund (FECOM)"
            bare = strip_corporate(m.key)
            for k, c in same_type:
                if bare and strip_corporate(k) == bare:
                    return c, "corporate-suffix"
            # "LILCO" for "Long Island Lighting Co", "Comex" for "Commodity Exchange", "British
            # Telecom" for "British Telecommunications Plc": the one name it clips; an acronym the
            # lexicon knows only the name it spells ("OPEC" is no "Occidental Petroleum Corp")
            clips = {
                c
                for k, c in same_type
                if (
                    len(words) == 1
                    and m.text[:1].isupper()
                    and (m.key not in known_orgs() or is_acronym(m.key, k))
                    and clipped_acronym(m.key, k)
                )
                or clipped_words(m.key, k)
                or clipped_words(k, m.key)
            }
            if len(clips) == 1:
                return clips.pop(), "clipped"
            # "CES" for the Consumer Electronics Show: the capitals of the one event of the article
            # they abbreviate (:data:`ABBREVIATED`), which the model read as a firm
            if len(short) > 2 and short.isupper() and m.key not in known_orgs():
                spelled = {c for (t, k), c in by_key.items() if t in ABBREVIATED and is_acronym(m.key, k)}
                if len(spelled) == 1:
                    return spelled.pop(), "acronym"
            if m.text[:1].isupper() and m.key not in known_orgs():
                # "Bayern" for "Bayern Munich", "BII" for "BII Enterprises Inc", "National Patent"
                # for "National Patent Development Corp": the one name that starts with it; a
                # place's name only for a firm's with a legal form ("Cambridge" for "Cambridge
                # Analytical Associates Inc"), as a town's club or council is not one
                generic = set(lexicon()["generic_org_nouns"])
                n = len(words)
                placed = place(m.key) is not None
                hits = {
                    c
                    for key, c in same_type
                    # "Rio Tinto" for "Rio Tinto-Zinc Corp PLC": a hyphen parts the name's words
                    for k in ({key, key.replace("-", " ")} if n > 1 else {key})
                    if len(k.split()) > n
                    # "Moody" for "Moody's Investors Service Inc": the recognizer cut the possessive
                    and [unpossessed(w) for w in k.split()[:n]] == words
                    and not (n == 1 and words[0] in generic)
                    # "Nintendo" is no short form of its arm "Nintendo Europe"
                    and not (len(k.split()) == n + 1 and regional_arm(k.split()))
                    # "Federal Reserve" is no short form of "Federal Reserve Bank of New York"
                    and ((n == 1 and not m.text.isupper()) or _firm_rest(k.split()[n:]))
                    and (
                        not m.text.isupper()
                        or any(x.text.startswith(m.text + " ") for x in self.clusters[c].mentions)
                        # "CONTINENTAL AIRLINES FILES ..." over "Continental Airlines Inc": the
                        # headline goes on in the name's words, which the recognizer cut
                        or any(self._spells(m, x) for x in self.clusters[c].mentions)
                        # "TOYOTA AND NISSAN EXPORTS FALL" over "Toyota Motor Corp": one word of
                        # a headline, the first of a firm's name with a legal form
                        or (n == 1 and legal_name(k) and self._in_headline(m))
                    )
                    # "Apple" ... "Apple Insider", "Google" ... "Google News": a one-word name
                    # the body uses before the long name is no short form of it (news gives the
                    # full name first), unless the long name ends as a body's name does
                    # ("Labour" ... "Labour Party", "Transportation" ... "Transportation Department")
                    # or with a place, as a club's ("Bayern" ... "Bayern Munich"), or goes on
                    # with a partner's name ("Standard" ... "Standard & Poor")
                    and not (n == 1 and self._named_before(m.key, c) and not _names_a_body(k.split()[n:]))
                }
                # "Sumitomo Metal" for "Sumitomo Metal Industries Ltd", not for its unit "Sumitomo
                # Metal International Finance Plc"
                if placed:
                    # a place's name joins only the one firm it starts, named with a legal form
                    legal = {c for k, c in same_type if legal_name(k)}
                    return (hits.pop(), "name-part") if len(hits) == 1 and hits <= legal else (None, "")
                # what the article calls a unit is one, whatever its words: "Metropolitan" is
                # Metropolitan Financial Corp, not "its Metropolitan Federal Bank subsidiary"
                owners = {c for c in hits if not self._called_unit(c)}
                parents = {c for c in owners if not self._unit_name(c, n)}
                if len(hits) > 1 and len(owners) == 1:
                    hits = owners
                elif len(hits) > 1 and len(parents) == 1:
                    hits = parents
                if len(hits) == 1:
                    return hits.pop(), "name-part"
                # "Labatt" for "John Labatt Ltd": a firm named after a person, by the surname
                ends = {c for k, c in same_type if n == 1 and _founder(k) == m.key}
                if len(ends) == 1:
                    return ends.pop(), "name-part"
                # "Villa" for "Aston Villa", "the Exchange" for "the American Stock Exchange": the one
                # organization of the article whose name ends with the word; not a person's surname
                # in a name the model read as a firm's ("Vickery" of "Phil Vickery")
                if (
                    n == 1
                    and not m.text.isupper()
                    and words[0].rstrip(".") not in CORPORATE
                    and not self._shouted_above(m.key)  # "... FOR AIRBUS A320" over "GPA Airbus"
                ):
                    lasts = {
                        c
                        for k, c in same_type
                        for long in [k.split()]
                        if len(long) > 1
                        and long[-1] == words[0]
                        and not (len(long) == 2 and long[0] in common_names())
                    }
                    if len(lasts) > 1 and words[0] in CLUB_TAILS:
                        # "United's chief executive" of an article with Manchester United and the
                        # fans' group Shareholders United: the one club named after a town
                        lasts = {
                            c
                            for k, c in same_type
                            if c in lasts and place(" ".join(k.split()[:-1])) is not None
                        }
                    if len(lasts) == 1:
                        return lasts.pop(), "last-word"
                # "the Stabilisation Fund" for France's "Exchange Stabilisation Fund", "Stevens
                # Institute" for "Stevens Institute of Technology": the one body of the article
                # whose longer name the words end or open
                parts = {c for k, c in same_type if _body_part(words, k.split())}
                if len(parts) == 1:
                    return parts.pop(), "name-part"
        if m.type == "Place":
            canon = canonical_place(m.key)
            for k, c in same_type:
                if canonical_place(k) == canon:
                    return c, "place-alias"
        return None, ""

    # ------------------------------------------------------------------ roles and coreference

    def cluster_of(self, token: Token) -> int | None:
        m = self.by_token.get(token.i)
        return m.cluster if m else None

    def place_of(self, token: Token) -> int | None:
        """Cluster of a place named by ``token``, directly or as a demonym ("Ukrainian")."""
        m = self.by_token.get(token.i)
        if m is not None and m.type in ("Place", "Organization"):
            return m.cluster
        name = self.demonym_at.get(token.i)
        return self.cluster_for_place(name) if name else None

    def cluster_for_place(self, name: str) -> int:
        """The cluster of a place named only through a demonym, made when missing."""
        key = normalise(name)
        for i, c in enumerate(self.clusters):
            if c.type == "Place" and any(canonical_place(m.key) == canonical_place(key) for m in c.mentions):
                return i
        self.clusters.append(Cluster("Place", merges=[(name, "demonym")]))
        self.clusters[-1].mentions.append(
            TokenMention(-1, -1, "Place", "gazetteer", key, name, len(self.clusters) - 1)
        )
        return len(self.clusters) - 1

    def add_reference(self, start: int, end: int, cluster: int, rule: str) -> None:
        """Attach a pronoun or role phrase to an actor."""
        if all(i in self.by_token for i in range(start, end)):
            return
        text = self.doc[start:end].text
        m = TokenMention(start, end, self.clusters[cluster].type, rule, normalise(text), text, cluster)
        self.mentions.append(m)
        for i in range(start, end):
            self.by_token.setdefault(i, m)
        self.clusters[cluster].mentions.append(m)
        self.clusters[cluster].merges.append((text, rule))


def _without_legal_form(key: str) -> str:
    """A firm's name without its legal form ("and Co" included); the name itself if it has none.

    Examples:
        >>> _without_legal_form("arthur andersen and co"), _without_legal_form("tenneco corp.")
        ('arthur andersen', 'tenneco')
        >>> _without_legal_form("general motors")
        'general motors'
    """
    words = key.split()
    if len(words) < 2 or words[-1].rstrip(".") not in CORPORATE:
        return key
    return " ".join(without_legal_form(words)).rstrip(",")


#: Small words inside a name that make its last word no surname of its own ("Trust for Merck").
LINKING = LINKS | {"and", "&"}


def _founder(key: str) -> str:
    """The surname a firm named after a person is called by, or "": the last word before the
    legal form of a name with one among its words and no linking word.

    Examples:
        >>> _founder("john labatt ltd"), _founder("telefon ab l.m. ericsson")
        ('labatt', 'ericsson')
        >>> _founder("americus trust for merck and co inc"), _founder("labatt")
        ('', '')
    """
    words = _without_legal_form(key).split()
    incorporated = any(w.rstrip(".") in CORPORATE for w in key.split())
    return words[-1] if len(words) > 1 and incorporated and not set(words) & LINKING else ""


def _dated(doc: Doc, start: int, end: int, low: str) -> bool:
    """A month in capitals or its abbreviation with a day after it: "YEAR JAN 3", "MARCH 31"."""
    return (
        end - start == 1
        and doc[start].text.isupper()
        and (low in MONTHS or low in word_set("month_abbreviations"))
        and end < len(doc)
        and doc[end].like_num
    )


def _phrase_agrees(span: Span, kind: str) -> bool:
    """The words around a name say what the model read it as: :func:`kind_by_phrase` would turn
    it into ``kind`` had the model read it as any other actor ("retail bank Absa" an
    organization, "Greek sprinter Katerina Thanou" a person)."""
    return any(
        kind_by_phrase(span, other) == kind for other in ("Person", "Organization", "Place") if other != kind
    )


#: Verbs of saying whose subject is someone, never a place ("Mido said", "Safin told reporters").
SAYING = frozenset({"say", "tell", "add", "warn", "ask", "insist", "admit", "explain", "claim"})


def _speaks(span: Span) -> bool:
    """The name is the subject of a verb of saying ("Mido said:", "Safin told reporters")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SAYING


def _initials_fit(short: list[str], full: list[str]) -> bool:
    """The initials of ``short`` are the first letters of ``full``'s given names, and the
    surnames are one ("b cockbain", "brent cockbain")."""
    letters = given_initials(short)
    return len(full) > 1 and full[-1] == short[-1] and "".join(w[0] for w in full[:-1]) == letters


#: What the names of a club are read as: the club, or its town ("West Ham", "Portsmouth").
CLUB_TYPES = frozenset({"Organization", "Place"})


def _club_of(nickname: str, by_key: dict[tuple[str, str], int]) -> int | None:
    """The actor of the one club with ``nickname`` that the article names (``by_key``: its
    names so far), an organization or a place, the first of its actors if it has two ("Newcastle
    United" before "Newcastle"): "the Gunners" beside "Arsenal", "the Reds" beside "Liverpool"
    and no other club of that nickname, "Pompey" beside "Portsmouth" read as the town."""
    named = [
        hits
        for names in club_nicknames()[nickname]
        if (hits := {c for (t, k), c in by_key.items() if t in CLUB_TYPES and k in names})
    ]
    return min(named[0]) if len(named) == 1 else None
