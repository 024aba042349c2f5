"""Comparison keys of names across documents: a firm without its legal form, a place by its
canonical name (wire abbreviations of US states included), the initials of a long name."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import CLUB_TAILS, misspelt_places, places, us_states
from kg.names import (
    CORPORATE,
    SKIP_INITIAL,
    canonical_place,
    cut_word_for_word,
    unpossessed,
    without_legal_form,
)

#: Legal forms beyond :data:`kg.names.CORPORATE` that end firms' names in wire copy
#: ("Boliden AB", "Fiat S.p.A.", "Broken Hill Pty Co Ltd", "Lincoln Savings Bank FSB").
LEGAL_FORMS = CORPORATE | {
    "ab", "asa", "bv", "n.v", "s.a", "a.g", "spa", "s.p.a", "pty", "lp", "l.p", "limited",
    "incorporated", "fsb", "sarl", "srl", "oy", "oyj", "n.a",
}  # fmt: skip


def has_legal_form(name: str) -> bool:
    """``name`` ends in a legal form (:data:`LEGAL_FORMS`): a firm's whole name.

    Examples:
        >>> has_legal_form("drexel burnham lambert inc"), has_legal_form("boliden ab")
        (True, True)
        >>> has_legal_form("chase manhattan"), has_legal_form("inc")
        (False, False)
    """
    words = name.split()
    return len(without_legal_form(words, LEGAL_FORMS)) < len(words)


@lru_cache(maxsize=1 << 16)
def firm_key(key: str) -> str:
    """A firm's comparison key without its legal form, commas, hyphens, a word's last stop or
    the possessive of its last word ("Standard and Poor's Corp", "Citibank N.A.").

    Examples:
        >>> firm_key("utilicorp united inc"), firm_key("kidder, peabody and co inc.")
        ('utilicorp united', 'kidder peabody')
        >>> firm_key("hewlett-packard co"), firm_key("alex. brown and sons inc")
        ('hewlett packard', 'alex brown and sons')
        >>> firm_key("boliden ab"), firm_key("co"), firm_key("citibank n.a."), firm_key("mellon bank na")
        ('boliden', 'co', 'citibank', 'mellon bank')
        >>> firm_key("li na"), firm_key("na")
        ('li na', 'na')
        >>> firm_key("standard and poor's corp"), firm_key("standard and poor")
        ('standard and poor', 'standard and poor')
    """
    words = without_legal_form(key.replace(",", " ").replace("-", " ").split(), LEGAL_FORMS)
    if len(words) > 1 and words[-1] == "na" and words[-2].endswith("bank"):
        words.pop()  # "Citibank NA", a national bank's form without its stops (not "Li Na")
    if len(words) > 1 and unpossessed(words[-1]):
        words[-1] = unpossessed(words[-1])
    return " ".join(w[:-1] if len(w) > 1 and w.endswith(".") else w for w in words)


#: Longest initials of a country that :func:`spelled_country` spells out ("u.s", "uk", "ussr").
COUNTRY_INITIALS = 4


def spelled_country(key: str) -> str:
    """A firm's key (:func:`firm_key`) with a country's initials in it spelled out by the
    gazetteer (:func:`place_key`), so that "U.S. Lines" and "United States Lines Inc" compare
    equal.

    Examples:
        >>> spelled_country("u.s lines"), spelled_country("us airways"), spelled_country("usair")
        ('united states lines', 'united states airways', 'usair')
        >>> spelled_country("uk atomic energy authority"), spelled_country("ind coope")
        ('united kingdom atomic energy authority', 'ind coope')
    """
    words = key.split()
    if len(words) < 2:
        return key
    return " ".join(_country_name(w) for w in words)


def _country_name(word: str) -> str:
    """The country a word of initials stands for ("u.s", "uk"), else the word."""
    if len(word.replace(".", "")) > COUNTRY_INITIALS:
        return word
    name = place_key(word)
    hit = places().get(name)
    return name if hit is not None and hit.kind == "country" else word


#: Words a name abbreviates, spelled out: "Warner Bros" is Warner Brothers, "Standard & Poor's"
#: Standard and Poor's, "Trinidad & Tobago" Trinidad and Tobago.
ABBREVIATIONS = {"&": "and", "bros": "brothers", "mfg": "manufacturing"}


def spelled_out(key: str) -> str:
    """A firm's key (:func:`firm_key`) with its abbreviated words spelled out
    (:data:`ABBREVIATIONS`), so that "Warner Bros." and "Warner Brothers" compare equal.

    Examples:
        >>> spelled_out("warner bros"), spelled_out("standard & poor"), spelled_out("at&t")
        ('warner brothers', 'standard and poor', 'at&t')
    """
    return " ".join(ABBREVIATIONS.get(w, w) for w in key.split())


#: A parent's words after a firm's name: "Reuters Holdings Plc" is Reuters to a reader.
HOLDINGS = frozenset({"holding", "holdings", "group"})


def owner_key(key: str) -> str:
    """:func:`firm_key` without a parent's "Holdings" or "Group" (never the whole name).

    Examples:
        >>> owner_key("reuters holdings plc"), owner_key("carlyle group"), owner_key("group")
        ('reuters', 'carlyle', 'group')
    """
    words = firm_key(key).split()
    while len(words) > 1 and words[-1] in HOLDINGS:
        words.pop()
    return firm_key(" ".join(words))


#: A state body's noun, which goes before or after its brief ("Ministry of Finance", "Finance Ministry").
BODY_NOUNS = ("department", "ministry", "office", "bureau")
BODY_ORDER = re.compile(rf"(?:(.+?) )?({'|'.join(BODY_NOUNS)}) (?:of|for) (?:the )?([a-z][a-z.' &-]*)")


def body_key(key: str) -> str:
    """A state body's name with its brief before its noun, as the short form writes it.

    Examples:
        >>> body_key("u.s. department of transportation"), body_key("ministry of finance")
        ('u.s. transportation department', 'finance ministry')
        >>> body_key("finance ministry"), body_key("bank of japan")
        ('finance ministry', 'bank of japan')
    """
    m = BODY_ORDER.fullmatch(key)
    if m is None:
        return key
    country, noun, brief = m.groups()
    return f"{country} {brief} {noun}" if country else f"{brief} {noun}"


#: States' wire abbreviations that are words too without their stop ("Ore", "Wash", "Miss", "Ill").
WORDS_NOT_STATES = frozenset({"ore", "wash", "miss", "mass", "ill", "del", "cal", "col"})


def place_key(key: str) -> str:
    """One key for every name of a place, wire abbreviations of US states with or without
    their final stop ("mich.", "mich", "tex.") and "u.s" for "u.s." included, and a capital's or a
    country's name misspelt (:func:`kg.lexicon.misspelt_places`).

    Examples:
        >>> place_key("mich"), place_key("tex."), place_key("u.s"), place_key("kyiv"), place_key("ore")
        ('michigan', 'texas', 'united states', 'kyiv', 'ore')
        >>> place_key("toyko")
        'tokyo'
    """
    if key in places():
        return canonical_place(key)
    if key in misspelt_places():
        return canonical_place(misspelt_places()[key].name.lower())  # "toyko" for Tokyo
    states = us_states()
    if key in states:
        return states[key].lower()
    # "Pa" or "La" alone is no state, nor a word without its stop ("iron ore", "Il Sole 24 Ore")
    if len(key) >= 3 and not key.endswith(".") and key not in WORDS_NOT_STATES:
        dotted = key + "."
        if dotted in states:
            return states[dotted].lower()
        hit = places().get(dotted)
        if hit is not None and hit.kind in ("country", "state"):
            return hit.name.lower()
    return key


@lru_cache(maxsize=1 << 16)
def initials(key: str) -> str:
    """The initials of a name of two or more words, as :func:`kg.names.is_acronym` reads them.

    Examples:
        >>> initials("nippon telegraph and telephone"), initials("general motors corp"), initials("ford")
        ('ntt', 'gmc', '')
    """
    words = [w for w in re.split(r"[\s\-]+", key) if w and w not in SKIP_INITIAL]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def noun_first_initials(key: str) -> str:
    """The initials of a state body's name written with its brief before its noun, as its
    acronym spells them, the noun first: the "USDA" is the U.S. Department of Agriculture that
    wire copy calls the "Agriculture Department" (the country's letters are the caller's).

    Examples:
        >>> noun_first_initials("agriculture department"), noun_first_initials("trade and industry ministry")
        ('da', 'mti')
        >>> noun_first_initials("department of agriculture"), noun_first_initials("department")
        ('', '')
    """
    *brief, noun = key.split() or [""]
    return initials(f"{noun} of {' '.join(brief)}") if brief and noun in BODY_NOUNS else ""


def acronym_like(name: str) -> bool:
    """A one-word name written as an acronym: capitals ("NTT", "UTILICORP") or stops ("U.N.").

    Examples:
        >>> acronym_like("NTT"), acronym_like("U.N."), acronym_like("Fed"), acronym_like("G7")
        (True, True, False, False)
    """
    letters = name.strip().replace(".", "")
    return 1 < len(letters) and letters.isalpha() and (letters.isupper() or "." in name)


#: Initials that say what kind of club a name is, before it ("AC Milan", "FC Barcelona", "VfB
#: Stuttgart") or after it ("Sunderland FC"); not "US", "SC" or "RC", which start firms' names too
#: ("US Airways", "SC Johnson", "RC Cola").
CLUB_INITIALS = frozenset({"ac", "as", "fc", "afc", "ss", "ssc", "cf", "vfb", "vfl"})


def club_key(key: str) -> str:
    """A club's comparison key without the initials of its kind.

    Examples:
        >>> club_key("ac milan"), club_key("sunderland fc"), club_key("fc barcelona")
        ('milan', 'sunderland', 'barcelona')
        >>> club_key("fc"), club_key("us airways"), club_key("inter milan")
        ('fc', 'us airways', 'inter milan')
    """
    words = key.split()
    if len(words) > 1 and words[0].rstrip(".") in CLUB_INITIALS:
        words = words[1:]
    if len(words) > 1 and words[-1].rstrip(".") in CLUB_INITIALS:
        words = words[:-1]
    return " ".join(words)


def team_key(key: str) -> str:
    """A club's comparison key without the word after its town's name.

    Examples:
        >>> team_key("charlton athletic"), team_key("newcastle united"), team_key("derby county")
        ('charlton', 'newcastle', 'derby')
        >>> team_key("city"), team_key("aston villa"), team_key("manchester united fc")
        ('city', 'aston villa', 'manchester united fc')
    """
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in CLUB_TAILS else key


#: Domains a firm's web address ends with, that its name goes without ("Amazon.com").
DOMAINS = (".com", ".co.uk", ".net", ".org")


def site_key(key: str) -> str:
    """A web address's comparison key without its domain: the firm's name.

    Examples:
        >>> site_key("amazon.com"), site_key("shadowcrew.com"), site_key("amazon")
        ('amazon', 'shadowcrew', 'amazon')
        >>> site_key(".com"), site_key("news.bbc.co.uk")
        ('.com', 'news.bbc.co.uk')
    """
    for domain in DOMAINS:
        name = key.removesuffix(domain)
        if name != key and name.isalnum():
            return name
    return key


#: Public broadcasters whose stations copy names with and without the owner's name: "BBC Radio
#: 4" and "Radio 4", "BBC World Service" and "World Service".
BROADCASTERS = frozenset({"bbc", "rte", "cbc", "abc"})


def station_keys(key: str) -> set[str]:
    """A broadcaster's station's comparison keys without the broadcaster's name and without its
    "radio" after that: names of two words or more, no place's ("BBC Radio Five Live" is "Radio
    Five Live" and "Five Live"; "BBC Scotland", "BBC Radio Wales" name no Scotland and no Wales).

    Examples:
        >>> sorted(station_keys("bbc radio five live")), station_keys("bbc world service")
        (['five live', 'radio five live'], {'world service'})
        >>> station_keys("bbc radio 4"), station_keys("bbc radio wales"), station_keys("bbc northern ireland")
        ({'radio 4'}, {'radio wales'}, set())
        >>> station_keys("bbc news"), station_keys("radio five live"), station_keys("")
        (set(), set(), set())
    """
    owner, *rest = key.split() or [""]
    if owner not in BROADCASTERS:
        return set()
    cuts = [rest, rest[1:] if rest[:1] == ["radio"] else []]
    return {name for words in cuts if len(words) > 1 and (name := " ".join(words)) not in places()}


#: Number words and ordinals as events' names write them ("World War Two", "Second World War").
NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
ORDINALS = {
    w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)
}
#: Numbers an event's initials go with ("WW2"): not a year ("World Cup 2006" is no "WC2006" of
#: a World Championship).
MAX_INITIALLED = 40
#: A Roman numeral of 1 to 39 ("II", "XXXIX").
ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


def _number(word: str) -> int | None:
    """``word`` as a number: digits, a number word or a Roman numeral.

    Examples:
        >>> [_number(w) for w in ("2", "two", "ii", "xxxix", "war", "")]
        [2, 2, 2, 39, None, None]
    """
    if word.isdigit():
        return int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    if word and ROMAN.fullmatch(word):
        values = {"i": 1, "v": 5, "x": 10}
        total = 0
        for a, b in zip(word, word[1:] + " ", strict=True):
            total += -values[a] if values.get(b, 0) > values[a] else values[a]
        return total
    return None


def event_keys(key: str) -> set[str]:
    """An event's comparison keys with its number as digits after its name, and as the initials
    of its words with that number: "World War Two", "World War II", "Second World War", "World
    War 2", "WWII" and "WW2" are one war; "World War I" is another.

    Examples:
        >>> sorted(event_keys("second world war")), sorted(event_keys("world war ii."))
        (['world war 2', 'ww2'], ['world war 2', 'ww2'])
        >>> sorted(event_keys("wwii")), sorted(event_keys("world war i")), sorted(event_keys("formula one"))
        (['ww2', 'wwi1'], ['world war 1', 'ww1'], ['f1', 'formula 1'])
        >>> event_keys("gulf war"), event_keys("world cup 2006"), event_keys("england v"), event_keys("ww2.")
        (set(), set(), set(), {'ww2'})
    """
    words = key.rstrip(".").split()
    found = set()
    if len(words) == 1:
        (word,) = words
        for cut in range(2, len(word)):
            letters, number = word[:cut], _number(word[cut:])
            if letters.isalpha() and number is not None:
                found.add(f"{letters}{number}")
        return found
    if len(words) > 2 and words[0] in ORDINALS:
        words = [*words[1:], str(ORDINALS[words[0]])]
    # a match's "v" is versus, no fifth: "England v France" is no "England 5"
    number = _number(words[-1]) if len(words) > 1 and words[-1] != "v" else None
    if number is None:
        return found
    name = words[:-1]
    found.add(" ".join([*name, str(number)]))
    if number < MAX_INITIALLED and all(w.isalpha() for w in name):
        found.add("".join(w[0] for w in name) + str(number))
    return found - {key}


def games_key(key: str) -> str:
    """An event's comparison key, the same for games named by their adjective, by its plural in
    "-ics" and with "Games": "Olympic" ("Olympic champion Kelly Holmes"), "Olympics" and "Olympic
    Games" are one event, and so are "Paralympic" and "Paralympics".

    Examples:
        >>> games_key("olympic games"), games_key("olympics"), games_key("paralympics")
        ('olympic', 'olympic', 'paralympic')
        >>> games_key("commonwealth games"), games_key("world cup"), games_key("2004 olympics")
        ('commonwealth', 'world cup', '2004 olympic')
    """
    name = key.removesuffix(" games")
    return name[:-1] if name.endswith("ics") else name


def shortens(short: str, club: str) -> bool:
    """``short`` writes the club's name ``club`` (comparison keys) short, word by word: each of its
    words is the club's word or cuts letters from it, keeping the first ("utd" of "united", "co"
    of "county", "sheff" of "sheffield"), one word at least is cut, and it may leave out the
    word of the club's kind after the town ("west brom" of "west bromwich albion").

    Examples:
        >>> shortens("man utd", "manchester united"), shortens("notts co", "notts county")
        (True, True)
        >>> shortens("west brom", "west bromwich albion"), shortens("sheff wed", "sheffield united")
        (True, False)
        >>> shortens("manchester united", "manchester united"), shortens("man", "manchester city")
        (False, False)
        >>> shortens("m utd", "manchester united"), shortens("anch utd", "manchester united")
        (False, False)
        >>> shortens("mcr utd", "manchester united"), shortens("mnz utd", "manchester united")
        (True, False)
    """
    words, full = short.split(), club.split()
    if len(words) == len(full) - 1 and full[-1] in CLUB_TAILS:
        full = full[:-1]
    return cut_word_for_word(words, full, _cuts)


def _cuts(word: str, full: str) -> bool:
    """``word`` is ``full`` with letters left out, its first kept ("utd" of "united")."""
    if len(word) < 2 or word[0] != full[0]:
        return False
    rest = iter(full)
    return all(letter in rest for letter in word)
