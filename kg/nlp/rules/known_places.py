"""Where the gazetteer puts a town or region the article names (rule ``kg.gazetteer.v1``).

An article names "Kigali" in one paragraph and "Rwanda" in another and links them nowhere:
no sentence states that Kigali lies in Rwanda, the gazetteer knows it. Such a pair, of a town,
state or area the gazetteer places in one country and that country as an actor of the article,
lies in it. A town whose every sentence names the country too is left to what those sentences
say (``kg.locative.v1``, the classifier): "Washington and Paris, France" puts no Washington in
France, and a sentence that names a town and a country may say anything of them. A town that
one sentence names alone is the gazetteer's again, whatever a sentence naming both says
("shot outside his home in the capital Kigali" ... "spoke from Kigali" beside "Rwanda's
opposition"): the article is about the place the gazetteer knows.

No sentence states the fact, so ``kg.stated.v1`` keeps a tenth of its confidence: ``kg extract``
lists it (document-level relations, as DWIE annotates them), the graph leaves it out
(``kg.graph.graph.EXTRACT_ONLY``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import lexicon, place
from kg.names import canonical_place
from kg.nlp.state import Fact

if TYPE_CHECKING:
    from kg.lexicon import Place
    from kg.nlp.mentions import DocMentions

RULE = "kg.gazetteer.v1"
#: The rule of a news agency's or broadcaster's seat (:func:`agency_seats`).
AGENCY_RULE = "kg.agency-seat.v1"
#: The rule of what lies or is based in a town the gazetteer places (:func:`town_countries`).
TOWN_RULE = "kg.town-country.v1"
#: How sure the rule is before ``kg.stated.v1`` cuts it: the gazetteer's towns share names.
CONFIDENCE = 0.9


def gazetteer_places(dm: DocMentions, cid: int) -> list[Place]:
    """What the gazetteer knows of an actor's names (not its pronouns or titles), in their order."""
    found = (place(m.key) for m in dm.clusters[cid].mentions if m.rule not in ("pronoun", "title"))
    return [hit for hit in found if hit is not None]


def country_of(hit: Place) -> str | None:
    """The one key of the country a place lies in: its own for a country or a continent, none for
    a place the gazetteer puts in no country."""
    if hit.kind in ("country", "continent"):
        return canonical_place(hit.name.lower())
    return canonical_place(hit.country.lower()) if hit.country else None


def countries_of(dm: DocMentions, cid: int) -> set[str]:
    """The countries the gazetteer puts an actor's names in (a country's own, a town's)."""
    return {c for hit in gazetteer_places(dm, cid) if (c := country_of(hit))}


def _countries(known: dict[int, list[Place]]) -> dict[str | None, int]:
    """Country key -> the first place (cluster) of the article that the gazetteer calls that
    country, of each place's gazetteer entries ``known``."""
    countries: dict[str | None, int] = {}
    for cid, hits in known.items():
        for hit in hits:
            if hit.kind == "country":
                countries.setdefault(country_of(hit), cid)
    return countries


def known_places(dm: DocMentions, facts: list[Fact]) -> list[Fact]:
    """``locatedIn`` facts for the article's places that the gazetteer puts in a country the
    article names, where some sentence names the place without the country (the fact's
    sentence: the first of them) and no other fact places the one in the other."""
    doc = dm.doc
    sentences: dict[int, set[int]] = {}  # place -> starts of the sentences naming it
    known: dict[int, list[Place]] = {}
    for cid, cluster in enumerate(dm.clusters):
        if cluster.type == "Place":
            named = [m for m in cluster.mentions if m.start >= 0 and m.rule not in ("pronoun", "title")]
            sentences[cid] = {doc[m.start].sent.start for m in named}
            known[cid] = gazetteer_places(dm, cid)
    countries = _countries(known)
    located = {(f.subject, f.object) for f in facts if f.predicate == "locatedIn"}
    out = []
    for cid, hits in known.items():
        if not hits or not sentences[cid] or any(h.kind in ("country", "continent") for h in hits):
            continue
        owners = {country_of(h) for h in hits} - {None}
        if len(owners) != 1:
            continue  # names the gazetteer puts in two countries
        country = countries.get(owners.pop())
        if country is None or (cid, country) in located:
            continue
        alone = sentences[cid] - sentences[country]  # the sentences naming the town, not the country
        if not alone:
            continue
        out.append(Fact(cid, "locatedIn", country, min(alone), CONFIDENCE, RULE))
    return out


def agency_seats(dm: DocMentions, facts: list[Fact]) -> list[Fact]:
    """``basedIn`` facts for the news agencies and broadcasters the lexicon knows
    (``news_agency_seats``: "dpa", "AFP", "DW") in their home country, when the article names
    that country and no fact places the agency there already (rule ``kg.agency-seat.v1``):
    "a Pakistani official told DW" in an article that names Germany elsewhere. As with the
    gazetteer's towns, no sentence states it: ``kg extract`` lists it, the graph leaves it out."""
    seats = lexicon()["news_agency_seats"]
    countries = _countries(
        {cid: gazetteer_places(dm, cid) for cid, cluster in enumerate(dm.clusters) if cluster.type == "Place"}
    )
    placed = {(f.subject, f.object) for f in facts if f.predicate in ("basedIn", "locatedIn")}
    out = []
    for cid, cluster in enumerate(dm.clusters):
        named = [m for m in cluster.mentions if m.start >= 0 and m.key in seats]
        if cluster.type != "Organization" or not named:
            continue
        home = countries.get(canonical_place(seats[named[0].key]))
        if home is not None and (cid, home) not in placed:
            out.append(Fact(cid, "basedIn", home, dm.doc[named[0].start].sent.start, CONFIDENCE, AGENCY_RULE))
    return out


def town_countries(dm: DocMentions, facts: list[Fact]) -> list[Fact]:
    """``basedIn`` and ``locatedIn`` facts in a country the article names, for the actors a fact
    places in a town, state or area the gazetteer puts in that one country (rule
    ``kg.town-country.v1``): "The Munich-based Süddeutsche Zeitung", in an article that names
    Germany, is based in Germany; "the Landesmuseum in Mainz" lies in Germany.

    One fact per actor, with the predicate, sentence and confidence of the fact it follows from,
    where no fact places the actor in a country already. Unlike :func:`known_places`, sentences
    that name the actor and the country do not stop it, however many: the town's fact is the sentence's, the
    town's country the gazetteer's ("born in North Bend, Ohio, the 23rd President of the United
    States": North Bend lies in the United States whatever else the sentence says). None for an
    actor placed in towns of two countries ("HSBC, based in London and Hong Kong"), nor for a
    place the gazetteer knows, which :func:`known_places` places. As with the gazetteer's towns,
    no sentence states it: ``kg extract`` lists it, the graph leaves it out.
    """
    places = {cid: gazetteer_places(dm, cid) for cid, c in enumerate(dm.clusters) if c.type == "Place"}
    countries = _countries(places)
    nations = set(countries.values())
    placed = [f for f in facts if f.predicate in ("basedIn", "locatedIn") and not f.negated]
    homes: dict[int, list[tuple[Fact, str]]] = {}  # actor -> (fact placing it in a town, town's country)
    for f in placed:
        hits = places.get(f.object)
        if not hits or f.object in nations or any(h.kind in ("country", "continent") for h in hits):
            continue
        owners = {c for h in hits if (c := country_of(h))}
        if len(owners) == 1 and countries.get(owner := owners.pop()) not in (None, f.subject):
            homes.setdefault(f.subject, []).append((f, owner))
    out = []
    for subject, found in homes.items():
        if dm.clusters[subject].type == "Place" and countries_of(dm, subject):
            continue  # a place the gazetteer knows is kg.gazetteer.v1's to place
        settled = any(g.subject == subject and g.object in nations for g in placed)
        if settled or len({key for _, key in found}) != 1:
            continue
        f, key = found[0]
        confidence = min(f.confidence, CONFIDENCE)
        out.append(Fact(subject, f.predicate, countries[key], f.sentence, confidence, TOWN_RULE))
    return out
