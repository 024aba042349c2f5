"""Which names the base model calls a nationality, a faith or a party are groups of people.

The base model reads many a band, firm, product or plain word as such a name ("The Doors",
"Euronext", "Windows", "creepy"); the graph's groups are peoples and nationals ("Asian",
"Israelis", "Latin American"), faiths ("Catholics", "Jewish") and parties' members ("Tory",
"Eurosceptics"). A name is one when its last word, less a plural's "s", is a demonym, a
word of a faith or a party, or is shaped as names of peoples are ("-an", "-ese", "-ish",
"-i", "-ic", "-ine", "-ern"); a name in small letters only when a creed names it ("contras").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import demonyms, places, title_of, word_set, word_sets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Faiths and their believers.
FAITHS = frozenset(
    "anglican baptist buddhist catholic christian evangelical hindu jew jewish lutheran methodist "
    "moslem mormon muslim orthodox protestant shia shiite sikh sunni".split()
)
#: Political creeds and movements whose members a text names as a group.
CREEDS = frozenset(
    "baathist communist contra eurosceptic fascist islamist loyalist maoist marxist nazi separatist "
    "socialist sandinista zionist".split()
)
#: Peoples whose names have no demonym's shape.
PEOPLES = frozenset(
    "afrikaner arab basque bedouin berber bosniak chechen croat gypsy hutu inuit kazakh kurd maori pashtun "
    "roma serb slav tajik tamil tutsi uighur uzbek".split()
)
#: Endings of the names of peoples and regions' inhabitants ("Korean", "Viennese", "Israeli").
ENDINGS = ("an", "ese", "ish", "i", "ic", "ine", "ern")
#: Words with such an ending that name no people: an era, an athlete.
NOT_PEOPLES = frozenset({"olympian", "victorian", "edwardian", "elizabethan", "georgian"})


def is_group(text: str) -> bool:
    """``text`` names a people, a faith or a party's members.

    Examples:
        >>> [is_group(t) for t in ("Latin American", "Israelis", "Roman Catholics", "Tory", "contras")]
        [True, True, True, True, True]
        >>> [is_group(t) for t in ("Euronext", "The Doors", "Windows Server", "creepy", "Olympian")]
        [False, False, False, False, False]
    """
    words = text.split()
    if not words:
        return False
    last = words[-1].lower()
    single = last[:-1] if last.endswith("s") and len(last) > 3 else last
    if not words[-1][:1].isupper() and single not in CREEDS:
        return False
    if any(w in _group_words() or w in demonyms() for w in (last, single)):
        return True
    return single not in NOT_PEOPLES and single.endswith(ENDINGS)


#: Continents' peoples, no country's demonym ("Asian", "African-American"), and the points of the
#: compass' adjectives ("South Western", "Western").
CONTINENTS = frozenset(
    {"asian", "european", "african", "american", "australasian", "western", "eastern", "northern", "southern"}
)


def shaped_only(text: str) -> bool:
    """``text`` is a group by the ending of its last word alone (:func:`is_group`), no demonym, faith,
    party or continent's people, and no place the gazetteer knows opens with the name's stem:
    "Tiscali", "Symbian", "Barbarians", "Celanese" are a firm, a product and a club, where
    "Corsican", "Gibraltarians" and "Scandinavians" are peoples of Corsica, Gibraltar and
    Scandinavia. A hyphen's last part counts as a word ("African-American", "Pro-Europeans",
    "U.S.-South Korean").

    Examples:
        >>> [shaped_only(t) for t in ("Tiscali", "Barbarians", "Corsican", "Gibraltarians", "Pro-Europeans")]
        [True, True, False, False, False]
        >>> shaped_only("Costa Rican"), shaped_only("South Western"), shaped_only("U.S.-South Korean")
        (False, False, False)
        >>> shaped_only("Symbian")
        True
    """
    low = text.lower()
    last = re.split(r"[\s-]", low)[-1]
    single = last[:-1] if last.endswith("s") and len(last) > 3 else last
    after = low.rsplit("-", 1)[-1]  # "U.S.-South Korean": "south korean"
    if any(w in demonyms() for w in (low, after, last, single)) or {last, single} & _known_words():
        return False
    # "Costa Rican": the stem of the whole name
    return single.endswith(ENDINGS) and not _of_a_place(low.removesuffix(last) + single)


def _of_a_place(word: str) -> bool:
    """A place the gazetteer knows opens with ``word`` less an ending of a people's name, of four
    letters or more: "corsic" of "Corsican" (Corsica), "gibraltar" of "Gibraltarian"."""
    names = _place_names()
    for ending in (*ENDINGS, "ian"):
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= MIN_STEM:
            at = bisect_left(names, stem)
            if at < len(names) and names[at].startswith(stem):
                return True
    return False


#: Fewest letters of the stem :func:`_of_a_place` looks a place up by.
MIN_STEM = 4


@cache
def _known_words() -> frozenset[str]:
    """Faiths', creeds', peoples' and parties' words and the continents' peoples: never a mere shape."""
    return _group_words() | CONTINENTS


@cache
def _place_names() -> list[str]:
    """The gazetteer's names, sorted for :func:`_of_a_place` to look a stem up by."""
    return sorted(places())


@cache
def _group_words() -> frozenset[str]:
    """Faiths, creeds, peoples and parties' words ("tory", "conservative"), singular."""
    parties = word_set("party_words") | {p.removesuffix("s") for p in word_set("party_names")}
    return FAITHS | CREEDS | PEOPLES | parties


#: First words of a region's adjective ("Eastern European", "Latin American").
REGION_WORDS = frozenset(
    "north south east west northern southern eastern western central latin northeast northwest southeast "
    "southwest".split()
)


def region_adjective(span: Span) -> bool:
    """``span`` is a region's adjective of two words or more before the noun it describes
    ("Eastern European sales", "North American markets", "South American leaders"): no people,
    as "British sales" names none. "Latin Americans" (a plural noun) is one.

    The adjective starts with a point of the compass or "Latin" or "Central", its last word is
    a demonym, or shaped as one, and the next word is a common noun in small letters, or an
    adjective before one ("Southeast Asian joint venture"); a faith's
    or a people's adjective is left alone ("Roman Catholic priests", "Native American groups").
    """
    last = span[-1]
    doc = span.doc
    return (
        len(span) > 1
        and span[0].lower_ in REGION_WORDS
        and last.tag_ != "NNPS"
        and not last.lower_.endswith("s")
        and is_group(last.text)
        and span.end < len(doc)
        and doc[span.end].is_lower
        and (
            doc[span.end].tag_ in ("NN", "NNS")
            # "a Southeast Asian joint venture": an adjective of the noun between
            or (
                doc[span.end].tag_ == "JJ"
                and span.end + 1 < len(doc)
                and doc[span.end + 1].tag_ in ("NN", "NNS")
            )
        )
    )


#: Nouns for people and their bodies that a people's adjective describes: "Korean player",
#: "Jewish community", "Muslim group" keep their group (so do agent nouns: "Midwestern farmers").
PEOPLE_NOUNS = frozenset(
    "people public population community communities crowd crowds fans family families children youth "
    "women men folk troops forces soldiers army militants rebels guerrillas police citizens nationals "
    "refugees immigrants migrants clergy group groups side team squad staff delegation".split()
)
#: Endings of the plurals of agent nouns, which name people: "farmers", "investors", "residents";
#: alone "-er" and "-or" end things as often ("disaster", "sector").
PEOPLE_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "men")
#: Endings of agent nouns that name a person in the singular too: "evangelist", "politician".
PERSON_ENDINGS = ("ist", "ian", "man", "woman")


def thing_adjective(span: Span) -> bool:
    """``span`` is a people's or a region's adjective of one word before a noun for things in
    small letters: "a Viennese opera house", "Philippine banks", "Asian grades", "the Caspian
    sea", "Catholic training colleges". It names no group of people. Before a noun for people it
    does ("Korean player", "Midwestern grain farmers", "the Jewish community"), and a party's or
    a creed's word names the party before anything ("the Tory strategy", "Conservative gains",
    "the Baathist regime")."""
    if len(span) != 1:
        return False
    word = span[0]
    head = word.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Midwestern grain farmers", where the parser hangs it on "grain"
    low = word.lower_.removesuffix("s")
    return (
        low not in _group_words() - FAITHS - PEOPLES  # a party's or a creed's: "the Tory strategy"
        and word.dep_ in ("amod", "compound")
        and head.i > word.i
        and head.pos_ == "NOUN"
        and head.is_lower
        and not _people_noun(head)
    )


def _people_noun(noun: Token) -> bool:
    """``noun`` names people or a body of them: a noun of :data:`PEOPLE_NOUNS`, a trade, a
    player's or a title's noun of the lexicon ("singer", "striker", "official"), or an agent
    noun ("farmers", "evangelist"; not "the Asian tsunami disaster")."""
    lemma, low = noun.lemma_.lower(), noun.lower_
    return (
        lemma in PEOPLE_NOUNS
        or low in PEOPLE_NOUNS
        or lemma in word_sets("person_nouns", "team_nouns")
        or title_of([lemma]) is not None
        or (noun.tag_ == "NNS" and low.endswith(PEOPLE_PLURALS))
        or lemma.endswith(PERSON_ENDINGS)
    )
