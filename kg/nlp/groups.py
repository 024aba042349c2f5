"""Which names the base model calls a nationality, a faith or a party are groups of people.

The base model reads many a band, firm, product or plain word as such a name ("The Doors",
"Euronext", "Windows", "creepy"); the graph's groups are peoples and nationals ("Asian",
"Israelis", "Latin American"), faiths ("Catholics", "Jewish") and parties' members ("Tory",
"Eurosceptics"). A name is one when its last word, less a plural's "s", is a demonym, a
word of a faith or a party, or is shaped as names of peoples are ("-an", "-ese", "-ish",
"-i", "-ic", "-ine", "-ern"); a name in small letters only when a creed names it ("contras").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import demonyms, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span

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


@cache
def _group_words() -> frozenset[str]:
    """Faiths, creeds, peoples and parties' words ("tory", "conservative"), singular."""
    parties = word_set("party_words") | {p.removesuffix("s") for p in word_set("party_names")}
    return FAITHS | CREEDS | PEOPLES | parties


#: First words of a region's adjective ("Eastern European", "Latin American").
REGION_WORDS = frozenset("north south east west northern southern eastern western central latin".split())


def region_adjective(span: Span) -> bool:
    """``span`` is a region's adjective of two words or more before the noun it describes
    ("Eastern European sales", "North American markets", "South American leaders"): no people,
    as "British sales" names none. "Latin Americans" (a plural noun) is one.

    The adjective starts with a point of the compass or "Latin" or "Central", its last word is
    a demonym, or shaped as one, and the next word is a common noun in small letters; a faith's
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
        and doc[span.end].tag_ in ("NN", "NNS")
    )
