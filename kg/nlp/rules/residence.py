"""Where a person is from, in the two ways wire copy says it (rule ``kg.residence.v1``).

* "Brian Michaud of Millinocket", "Marie Ferraro, 50, of Bethany, Conn.": a person's
  name with "of" and a place is the residence the agencies' style gives for private
  people.
* "Atlanta businessman Neil Estes", "Daniel Bakst, a West Palm Beach, Fla., lawyer":
  a town or state before the occupation that stands beside the name (a country there
  is what the person covers: "a Turkey analyst").

* "the German-born Vaidisova", "London-born actor John Smith": a place or its demonym hyphened
  to "born" before the name or its occupation is where the person was born (``bornIn``).

A town or state gives ``livesIn``; a country gives ``citizenOf`` ("Jan Nowak of
Poland"). A place named beside the first one ("Bethany, Conn.", "Auckland, New Zealand")
is taken too, as where the person lives. A
titled name is left to the title rules ("Prime Minister Felipe Gonzalez of Spain",
"Illinois Gov. James Thompson"), and so is a noun of the lexicon's honorifics,
ministers' and spokesmen's titles, group heads and kinship ("Chicago mayor",
"Labour spokesman"); other job words are occupations ("a Denver attorney"). A team's
player ("Newcastle striker", "Leicester youngster", ``team_nouns`` in the lexicon) is
named for the club, not the town.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import is_country, lexicon, place
from kg.names import canonical_place
from kg.nlp.spans import hyphened
from kg.nlp.state import Fact
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.nlp.mentions import DocMentions, TokenMention

RULE = "kg.residence.v1"
CONFIDENCE = 0.7
#: How English forms the nouns of people by what they do: "oilman", "investor", "student", "analyst".
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "ee", "ey", "ive", "ar", "ic")


@cache
def _not_occupations() -> frozenset[str]:
    """Nouns before a name that say something else than where the person lives: honorific
    and leading titles ("mayor", "senator"), a minister's or spokesman's title, group heads,
    kinship and a team's players ("striker")."""
    lex = lexicon()
    keys = ("title_prefixes", "portfolio_titles", "group_heads", "kinship_nouns", "team_nouns")
    return frozenset(w for key in keys for w in lex[key])


def residences(dm: DocMentions) -> list[Fact]:
    """``livesIn`` / ``citizenOf`` facts from "X of Place" and "Place occupation X", ``bornIn`` from
    "Place-born"."""
    doc = dm.doc
    facts: dict[tuple[int, int], Fact] = {}
    for m in dm.mentions:
        if m.type != "Person" or m.start < 0 or m.cluster < 0 or m.rule in ("pronoun", "title", "generic"):
            continue
        head = doc[m.start : m.end].root
        for token in _born_in(head):  # before the titles' veto: "Dutch-born striker Jan Smit"
            born = dm.place_of(token)
            if born is not None and born != m.cluster and dm.clusters[born].type == "Place":
                facts.setdefault(
                    (m.cluster, born), Fact(m.cluster, "bornIn", born, head.sent.start, 0.8, RULE)
                )
        if m.lead or (m.start > 0 and _word_before(doc, m.start) in _not_occupations()):
            continue
        found = _places_beside(head)
        for place_token, beside in found:
            pm = dm.by_token.get(place_token.i)
            if pm is None or pm.type != "Place" or pm.cluster < 0 or pm.cluster == m.cluster:
                continue
            key = (m.cluster, pm.cluster)
            # "of Auckland, New Zealand": the country holds the town, the person lives there
            predicate = "livesIn" if beside else _predicate(pm)
            if key not in facts:
                facts[key] = Fact(m.cluster, predicate, pm.cluster, head.sent.start, CONFIDENCE, RULE)
    for fact in (*_homes(dm), *_where(dm)):
        facts.setdefault((fact.subject, fact.object), fact)
    return list(facts.values())


#: A person's own place before "in" or "of" and the place: "his home in suburban Larchmont",
#: "their hometown of Grants", "Anderson's birthplace of Odense" (``bornIn``).
HOMES = {"home": "livesIn", "hometown": "livesIn", "birthplace": "bornIn"}
#: Verbs of a clause on a place opened by "where": "Rolling Fork, where Muddy Waters was born",
#: "the village where she grew up", "the town where he lives".
WHERE_VERBS = {"bear": "bornIn", "grow": "livesIn", "live": "livesIn", "reside": "livesIn"}


def _actor_at(dm: DocMentions, token: Token, kind: str) -> int | None:
    """The cluster of the ``kind`` of actor a name's or a pronoun's token names, if any."""
    cluster = dm.cluster_of(token)
    return cluster if cluster is not None and cluster >= 0 and dm.clusters[cluster].type == kind else None


def _homes(dm: DocMentions) -> list[Fact]:
    """A person's home, hometown or birthplace "in" or "of" a place: "died at his home in
    suburban Larchmont" (the person "his" stands for lives there); not a home no one owns ("a
    home in Florida"), nor a firm's ("its home in Ohio")."""
    out = []
    for noun in tokens(dm.doc):
        predicate = HOMES.get(noun.lower_)
        if predicate is None or noun.pos_ != "NOUN":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        person = _actor_at(dm, owner, "Person") if owner is not None else None
        if person is None:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                for obj in prep.children:
                    where = _actor_at(dm, obj, "Place") if obj.dep_ == "pobj" else None
                    if where is not None and where != person:
                        out.append(Fact(person, predicate, where, noun.sent.start, CONFIDENCE, RULE))
    return out


def _where(dm: DocMentions) -> list[Fact]:
    """A clause on a place opened by "where" says the person it names was born, grew up or
    lives there: "Rolling Fork, where Muddy Waters was born"; not "the court where he was
    tried"."""
    out = []
    for verb in tokens(dm.doc):
        lemma = verb.lemma_.lower()
        predicate = WHERE_VERBS.get(lemma)
        if predicate is None or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            continue
        if lemma == "bear" and not any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "where she bore a son"
        if lemma == "grow" and not any(c.lower_ == "up" for c in verb.children):
            continue  # "where sales grew"
        where = _actor_at(dm, verb.head, "Place")
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        person = _actor_at(dm, subject, "Person") if subject is not None else None
        if where is not None and person is not None:
            out.append(Fact(person, predicate, where, verb.sent.start, CONFIDENCE, RULE))
    return out


def _word_before(doc: Doc, start: int) -> str:
    """The word before token ``start``, with the words hyphened to it ("fly-half")."""
    i = start - 1
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:start].text.lower().rstrip(".")


def _predicate(pm: TokenMention) -> str:
    """``citizenOf`` for a country by any of its names ("of the Czech Republic", "of the U.S."),
    ``livesIn`` for a town or a state."""
    hit = place(pm.key)
    country = hit is not None and hit.kind == "country" and canonical_place(pm.key) == hit.name.lower()
    return "citizenOf" if country else "livesIn"


def _occupation(noun: Token) -> bool:
    """A common noun naming what a person does: an agent noun ("oilman", "investor", "student")
    outside :func:`_not_occupations` and no kind of company ("operator"), with no "of" after
    it ("head of tax")."""
    return (
        noun.tag_ == "NN"
        and noun.lower_.endswith(AGENT_ENDINGS)
        and noun.lower_ not in _not_occupations()
        and noun.lower_ not in lexicon()["company_nouns"]
        and not any(c.dep_ == "prep" for c in noun.children)
        # "a former England fly-half and goal-kicker": a team's player, named for the team
        and not any(
            _word_before(noun.doc, c.i + 1) in lexicon()["team_nouns"] for c in noun.children if c.i < noun.i
        )
    )


def _born_in(head: Token) -> list[Token]:
    """Words hyphened to "born" before a person's name or occupation: "German" of "the German-born
    Vaidisova", "London" of "London-born actor John Smith", "Chicago" of "Smith, a Chicago-born
    lawyer"."""
    holders = [head] + [
        c
        for c in head.children
        if c.dep_ == "appos" or (c.dep_ in ("compound", "amod", "nmod") and c.i < head.i)
    ]
    return [
        x
        for h in holders
        for born in h.children
        if born.i < h.i
        for x in born.children
        if hyphened(x) == "born"
    ]


def _country(token: Token) -> bool:
    return is_country(token.text)


def _places_beside(head: Token) -> list[tuple[Token, bool]]:
    """Heads of the places a person's name is placed in, with the places named beside them
    (``True`` for those)."""
    found: list[Token] = []
    for c in head.children:
        holders = [c] if c.dep_ == "prep" else []
        if c.dep_ == "appos" and c.like_num:
            holders = [x for x in c.children if x.dep_ == "prep"]  # "Ferraro, 50, of Bethany"
        for prep in holders:
            if prep.lower_ == "of":
                found += [o for o in prep.children if o.dep_ == "pobj"]
        if c.dep_ == "appos" and c.i > head.i:
            # "Derwinski, a Republican from Chicago", "Ferraro, 50, from Bethany"; not over another
            # person of a list the parser hung on the name ("Holliday, 37, ..., Andrew Elliot, 42,
            # from Bromesberrow")
            found += [
                o
                for p in c.children
                if p.dep_ == "prep"
                and p.lower_ == "from"
                and not any(t.ent_type_ == "PERSON" for t in head.doc[head.i + 1 : p.i])
                for o in p.children
                if o.dep_ == "pobj"
            ]
        if c.dep_ in ("compound", "appos") and _occupation(c):
            found += [  # "Atlanta businessman": a town or state, not "a Turkey analyst"
                x for x in c.children if x.dep_ in ("compound", "nmod") and not _country(x)
            ]
    beside = [x for f in found for x in f.children if x.dep_ == "appos" and x.i > f.i]
    return [(f, False) for f in found] + [(x, True) for x in beside]
