"""A country's body named with and without its country (rule ``national-body``).

Wire copy writes "the U.S. Agriculture Department" in one article and "the Agriculture
Department" in the next, "the Japanese Ministry of Finance" and "the Ministry of
Finance". The bare name joins the one country's body when

* the corpus qualifies that name by one country only (a "Ministry of Finance" that is
  Japanese in one article and Brazilian in another joins neither);
* four in five of the articles with the bare name that name a country name that country (as a
  place, or by its demonym in a name of the article: "Tokyo", "Japanese", "Japan"): the articles
  that share a bare name are one actor already, and one on Brazil may name "the Federal Reserve"
  without the U.S.; a "Reserve Bank" of South Africa's governor is no Australian Reserve Bank
  (a body every government has, below), and a wire item that names no country ("Chevron Corp's
  unit is being awarded a contract, the Defense Department said") writes of its home country's
  body;
* the name is a state body's (``STATE_WORDS``: a department, a ministry, a central bank, a
  parliament's house;
  one word after the country only when it is one of them: "UK Treasury"), with no legal
  form: a firm's or a sports union's name with a country in it is its own ("U.S. West
  Inc", "Japan Rugby Football Union"), and so is one after "American" ("American Stock
  Exchange"), which names firms more often than the country.

A body every government has (:func:`generic_body`: "the Finance Ministry", "the Central
Bank") is decided entity by entity instead (:func:`national_bodies`): it is the body of the one
country the corpus writes its name with that its article names, else of the country its article
is about, and its bare name joins other articles' only within that country: France's Finance
Ministry, Japan's and Malaysia's are three actors, and a Reserve Bank in Pretoria is no
Australian Reserve Bank even where a Sydney article's is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import demonyms, place
from kg.names import CORPORATE, normalise
from kg.resolve.keys import body_key
from kg.resolve.sets import DOMINANT_SHARE, Corpus

ORG = "Organization"
#: Words of a state's bodies, one of which the name must have: a sports union or a firm named
#: with a country ("Japan Rugby Football Union") is no state body the bare name means.
STATE_WORDS = frozenset(
    {
        "department", "ministry", "agency", "administration", "service", "commission", "bureau",
        "office", "board", "treasury", "reserve", "bank", "police", "army", "navy", "cabinet",
        "court", "parliament", "senate", "congress", "government", "customs", "embassy", "house",
    }
)  # fmt: skip
#: Demonyms that start firms' names more often than they name a country's body.
FIRM_DEMONYMS = frozenset({"american"})


def country_of(words: list[str], rest: int = 2) -> tuple[str, int] | None:
    """The country the first words of a name name, and how many words that takes, when at
    least ``rest`` words follow them.

    Examples:
        >>> country_of("u.s. agriculture department".split())
        ('United States', 1)
        >>> country_of("japanese ministry of finance".split())
        ('Japan', 1)
        >>> country_of("american stock exchange".split()) is None
        True
    """
    for n in (2, 1):
        head = " ".join(words[:n])
        if len(words) < n + rest or head in FIRM_DEMONYMS:
            continue
        country = _country(head)
        if country is not None:
            return country, n
    return None


#: The nouns of a body every country's government has one of ("the Finance Ministry").
GENERIC_NOUNS = frozenset({"ministry", "department"})
#: A country's bank of issue, as articles name it without the country.
GENERIC_BANKS = frozenset({"central bank", "reserve bank"})
#: A word with a capital, or initials with stops ("U.S."), where the text may name a country.
CAPITALISED = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Za-z]+")


@lru_cache(maxsize=1 << 14)
def generic_body(key: str) -> bool:
    """``key`` names a body that every country's government has, with no country in it: a brief
    and "ministry" or "department" in either order, "central bank" or "reserve bank".

    Examples:
        >>> generic_body("finance ministry"), generic_body("ministry of finance")
        (True, True)
        >>> generic_body("central bank"), generic_body("the agriculture department")
        (True, True)
        >>> generic_body("japanese finance ministry"), generic_body("bank of england")
        (False, False)
        >>> generic_body("federal reserve board"), generic_body("department")
        (False, False)
    """
    words = body_key(key.removeprefix("the ")).split()
    if " ".join(words) in GENERIC_BANKS:
        return True
    return (
        2 <= len(words) <= 3
        and words[-1] in GENERIC_NOUNS
        and country_of(words, rest=1) is None
        and not any(place(w) is not None or w in demonyms() for w in words[:-1])
    )


@lru_cache(maxsize=1 << 14)
def _country(low: str) -> str | None:
    """The country ``low`` is the name or the demonym of."""
    hit = place(low)
    if hit is None and low in demonyms():
        hit = place(demonyms()[low].lower())
    return hit.name if hit is not None and hit.kind == "country" else None


def countries_named(text: str) -> Counter[str]:
    r"""How often ``text`` names each country, by its name or its demonym, in any case.

    Examples:
        >>> sorted(countries_named("FRENCH SALES\nThe French and South Africa's U.S. units").items())
        [('France', 2), ('South Africa', 1), ('United States', 1)]
    """
    counts: Counter[str] = Counter()
    words = list(CAPITALISED.finditer(text))
    i = 0
    while i < len(words):
        two = None
        if i + 1 < len(words) and text[words[i].end() : words[i + 1].start()] in (" ", "\n"):
            two = _country(f"{words[i].group()} {words[i + 1].group()}".lower())  # "South Africa"
        one = two or _country(words[i].group().lower())
        if one is not None:
            counts[one] += 1
        i += 2 if two else 1
    return counts


def _home(counts: Counter[str]) -> str | None:
    """The country an article is about: named twice or more, and at least twice as often as any
    other (a wire item about Japan names the U.S. too)."""
    (first, n), *rest = counts.most_common(2) or [("", 0)]
    return first if n >= 2 and (not rest or n >= 2 * rest[0][1]) else None


def _qualified(c: Corpus) -> dict[str, dict[str, int]]:
    """Each bare name of a country's body the corpus writes with a country, with the entity of
    each country's ("agriculture department" -> {"United States": 12})."""
    qualified: dict[str, dict[str, int]] = defaultdict(dict)
    for i, (kind, forms) in enumerate(zip(c.kinds, c.forms, strict=True)):
        if kind != ORG:
            continue
        for form in forms:
            words = normalise(form).split()
            found = country_of(words, rest=1)
            if found is None or any(w.rstrip(".") in CORPORATE for w in words):
                continue
            country, n = found
            if STATE_WORDS & set(words[n:]) and (len(words) > n + 1 or words[n] in STATE_WORDS):
                qualified[body_key(" ".join(words[n:]))].setdefault(country, i)
    return qualified


@dataclass(frozen=True, slots=True)
class Bodies:
    """A corpus's bodies of a country, read once for its keys and its joins."""

    #: each bare name the corpus writes with a country -> that country -> its entity
    qualified: dict[str, dict[str, int]]
    #: each entity named as a body every government has -> the country its article gives it
    countries: dict[int, str]


def national_bodies(c: Corpus) -> Bodies:
    """The bodies of ``c`` the corpus writes with a country, and the country of each entity
    named as a body every government has (:func:`generic_body`), where its article says: the
    one country the corpus writes the name with that the article names ("the Agriculture
    Department" of a Soviet grain purchase is the U.S. Agriculture Department another article
    names), else the country the article is about, named twice or more and twice as often as
    any other ("the Finance Ministry" of an article about France). The text (``c.texts``, by
    document) names a country by its name or its demonym, and its towns the corpus found
    ("Tokyo") name it too."""
    qualified = _qualified(c)
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for (doc, e), kind in zip(c.items, c.kinds, strict=True):
        hit = place(normalise(e.name)) if kind == "Place" else None
        if hit is not None and hit.kind != "country" and hit.country:  # "Tokyo": Japan
            named[doc][hit.country] += sum(m.rule != "pronoun" for m in e.mentions) or 1
    read: set[str] = set()
    out: dict[int, str] = {}
    for i, (kind, name) in enumerate(zip(c.kinds, c.names, strict=True)):
        if kind != ORG or not generic_body(name):
            continue
        doc = c.items[i][0]
        if doc not in read:
            named[doc].update(countries_named(c.texts.get(doc, "")))
            read.add(doc)
        readings = qualified.get(body_key(name.removeprefix("the ")), {})
        stated = [country for country in readings if named[doc][country]]
        home = _home(named[doc])
        country = stated[0] if len(stated) == 1 else home if not stated or home in stated else None
        if country is not None:
            out[i] = country
    return Bodies(qualified, out)


def join_national_bodies(c: Corpus, bodies: Bodies) -> None:
    """Bare names of a country's bodies join the body the corpus names with that country
    (``bodies``, :func:`national_bodies`): a body every government has where its article gives
    it that country; any other where four in five of its articles that name a country name that
    one, and the corpus writes the name with that country only."""
    qualified, assigned = bodies.qualified, bodies.countries
    if not qualified:
        return
    for i, country in assigned.items():
        body = qualified.get(body_key(c.names[i].removeprefix("the ")), {}).get(country)
        if body is not None:
            c.join(body, i, "national-body")
    countries = _countries_by_document(c)
    for (kind, name), named in c.distinct.items():
        readings = qualified.get(body_key(name.removeprefix("the ")))
        where = [i for i in named if i not in assigned]
        if kind != ORG or not readings or len(readings) != 1 or not where:
            continue
        ((country, body),) = readings.items()
        # an article that names no country is absent from ``countries``: nothing says otherwise;
        # of those that name one, the country's must be the dominant share (a wire item on Brazil
        # names "the Federal Reserve" without the U.S.)
        docs = {c.items[i][0] for i in where} & countries.keys()
        if sum(country in countries[doc] for doc in docs) >= DOMINANT_SHARE * len(docs):
            for i in where:
                c.join(body, i, "national-body")


def _countries_by_document(c: Corpus) -> dict[str, set[str]]:
    """The countries each document names: its places, and the demonyms and country names
    that start its names ("Japanese", "U.S.")."""
    out: dict[str, set[str]] = defaultdict(set)
    for (doc, e), kind in zip(c.items, c.kinds, strict=True):
        words = normalise(e.name).split()
        hit = place(" ".join(words)) if kind == "Place" else None
        if hit is not None and hit.kind == "country":
            out[doc].add(hit.name)
        elif hit is not None and hit.country:
            out[doc].add(hit.country)
        found = country_of(words, rest=0)
        if found is not None:
            out[doc].add(found[0])
    return out
