"""A country's body named with and without its country (rule ``national-body``).

Wire copy writes "the U.S. Agriculture Department" in one article and "the Agriculture
Department" in the next, "the Japanese Ministry of Finance" and "the Ministry of
Finance". The bare name joins the one country's body when

* the corpus qualifies that name by one country only (a "Ministry of Finance" that is
  Japanese in one article and Brazilian in another joins neither);
* every article with the bare name names that country (as a place, or by its demonym in a
  name of the article: "Tokyo", "Japanese", "Japan") or no country at all: the articles that
  share a bare name are one actor already, a "Reserve Bank" of South Africa's governor is no
  Australian Reserve Bank, and a wire item that names no country ("Chevron Corp's unit is being
  awarded a contract, the Defense Department said") writes of its home country's body;
* the name is a state body's (``STATE_WORDS``: a department, a ministry, a central bank;
  one word after the country only when it is one of them: "UK Treasury"), with no legal
  form: a firm's or a sports union's name with a country in it is its own ("U.S. West
  Inc", "Japan Rugby Football Union"), and so is one after "American" ("American Stock
  Exchange"), which names firms more often than the country.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import demonyms, place
from kg.names import CORPORATE, normalise
from kg.resolve.keys import body_key
from kg.resolve.sets import Corpus

ORG = "Organization"
#: Words of a state's bodies, one of which the name must have: a sports union or a firm named
#: with a country ("Japan Rugby Football Union") is no state body the bare name means.
STATE_WORDS = frozenset(
    {
        "department", "ministry", "agency", "administration", "service", "commission", "bureau",
        "office", "board", "treasury", "reserve", "bank", "police", "army", "navy", "cabinet",
        "court", "parliament", "senate", "congress", "government", "customs", "embassy",
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
        hit = place(head)
        if hit is None and head in demonyms():
            hit = place(demonyms()[head].lower())
        if hit is not None and hit.kind == "country":
            return hit.name, n
    return None


def join_national_bodies(c: Corpus) -> None:
    """Bare names of a country's bodies join the body the corpus names with that country, in
    articles that name that country or none."""
    qualified: dict[str, dict[str, int]] = defaultdict(dict)  # bare name -> country -> entity
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
    if not qualified:
        return
    countries = _countries_by_document(c)
    for (kind, name), where in c.distinct.items():
        readings = qualified.get(body_key(name.removeprefix("the ")))
        if kind != ORG or not readings or len(readings) != 1:
            continue
        ((country, body),) = readings.items()
        # an article that names no country is absent from ``countries``: nothing says otherwise
        if all(country in countries.get(c.items[i][0], {country}) for i in where):
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
