"""Resolution across documents: one actor per real-world thing (rule ``kg.resolve.v1``).

Entities of different documents join, after type votes across the corpus, when
they share a full name (``same-name``), the same firm's name but for its legal
form (``legal-form``: "UtiliCorp United Inc" / "UtiliCorp United"), a party's name
without "Party" (``party-name``: "Labour Party" / "Labour"), a firm's web address
without its domain (``web-name``: "Amazon.com" / "Amazon"), a broadcaster's station with and
without the broadcaster's name (``station``: "BBC Radio Five Live" / "Radio Five Live" / "Five
Live"), an event's name with its number written in any way (``event-number``: "World War
Two" / "Second World War" / "WWII"), a state body's name with its
brief before or after its noun (``body-order``: "Ministry of Finance" / "Finance Ministry") or a place's
name (``place-alias``: "Mich." / "Michigan"), or a person's or an organization's name but for
spaces, hyphens and stops between its words (``spacing``: "JP Morgan Chase" / "JPMorgan
Chase", "Robert Kilroy Silk" / "Robert Kilroy-Silk"); then a person's spelling variants
and lone surnames (:mod:`kg.resolve.people`) and an organization's acronyms and
clipped names (:mod:`kg.resolve.short_forms`) and its name without its head noun
(:mod:`kg.resolve.head_nouns`: "Chase Manhattan" / "Chase Manhattan Bank") or its last partners
(:mod:`kg.resolve.partners`: "Drexel Burnham" / "Drexel Burnham Lambert Inc") or misspelt in one
word (:mod:`kg.resolve.misspelt`), and a club's name with and without the word of its kind
(:mod:`kg.resolve.clubs`: "AC Milan" / "Milan", "Charlton Athletic" / "Charlton"). Candidates
come from blocking keys, never from all pairs, so the cost grows with the mentions. Every merge records
its rule (``kg build --explain-merges``); a user's alias file forces or forbids merges.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.lexicon import given_names, known_orgs, place, without_accents
from kg.memory import gc_paused
from kg.names import SURNAME_OPENERS, display_name, initialled, letter_pair, normalise, shouted
from kg.records import DocResult, Entity
from kg.resolve.alias_file import read_rows
from kg.resolve.clubs import join_clubs
from kg.resolve.head_nouns import join_head_nouns, join_site_nouns
from kg.resolve.keys import (
    body_key,
    event_keys,
    firm_key,
    games_key,
    owner_key,
    place_key,
    site_key,
    spelled_country,
    spelled_out,
    station_keys,
)
from kg.resolve.misspelt import join_misspelt
from kg.resolve.national import generic_body, join_national_bodies, national_bodies
from kg.resolve.nicknamed import join_nicknames
from kg.resolve.partners import join_partners
from kg.resolve.people import (
    join_initials,
    join_middle_initials,
    join_mistyped_surnames,
    join_spellings,
    join_surnames,
)
from kg.resolve.sets import Corpus, Sets
from kg.resolve.short_forms import join_short_forms
from kg.resolve.works import join_agreements, join_dated_works

NAMED_RULES = frozenset({"ner", "alias", "gazetteer", "type-vote", "work", "exact"})


@dataclass(slots=True)
class Actor:
    """One node of the merged graph."""

    label: str
    type: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    docs: set[str] = field(default_factory=set)
    merges: list[tuple[str, str]] = field(default_factory=list)
    wikidata: str | None = None  # from the alias file


@dataclass(frozen=True, slots=True)
class AliasRules:
    """A user's alias file: forced names and merges, and pairs never to merge."""

    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, alias key) -> label
    never: frozenset[frozenset[str]] = frozenset()
    wikidata: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, canonical) -> "Q458"

    @classmethod
    def read(cls, path: str | Path) -> AliasRules:
        """Read an alias file: CSV with columns ``canonical,type,aliases,never_merge`` (lists
        split by ``|``), or YAML (``.yaml``, ``.yml``) with those fields; see :mod:`kg.resolve.alias_file`.

        Raises:
            InputError: the file cannot be read or has a bad row (one line naming it).
        """
        canonical: dict[tuple[str, str], str] = {}
        never: set[frozenset[str]] = set()
        wikidata: dict[tuple[str, str], str] = {}
        for row in read_rows(path):
            if row.wikidata:
                wikidata[(row.type, row.canonical)] = row.wikidata
            for alias in (row.canonical, *row.aliases):
                canonical[(row.type, normalise(alias))] = row.canonical
            for other in row.never_merge:
                never.add(frozenset({normalise(row.canonical), normalise(other)}))
        return cls(canonical, frozenset(never), wikidata)


@lru_cache(maxsize=1 << 17)
def _key(kind: str, text: str) -> str:
    key = normalise(text)
    return place_key(key) if kind == "Place" else key


def resolve(
    results: Iterable[DocResult], *, rules: AliasRules | None = None
) -> tuple[list[Actor], dict[tuple[str, str], int]]:
    """Merge the entities of all documents into actors.

    Returns the actors and a map from ``(doc id, entity id)`` to an actor's index.
    The result does not depend on the order of the documents.
    """
    with gc_paused():  # see kg.memory: collections made resolution superlinear
        return _resolve(list(results), rules or AliasRules())


def _resolve(results: list[DocResult], rules: AliasRules) -> tuple[list[Actor], dict[tuple[str, str], int]]:
    items: list[tuple[str, Entity]] = sorted(
        ((r.doc.id, e) for r in results for e in r.entities),
        key=lambda x: (-len(x[1].name.split()), normalise(x[1].name), x[0], x[1].id),
    )
    names = [normalise(e.name) for _doc, e in items]
    kinds = _voted_types(items, names)
    forms = [frozenset(n for n in (e.name, *e.aliases) if n.strip()) for _doc, e in items]
    keys = [{_key(kind, n) for n in entity_forms} for kind, entity_forms in zip(kinds, forms, strict=True)]
    texts = {r.doc.id: r.doc.text for r in results}
    corpus = Corpus(items, kinds, names, forms, Sets(keys, rules.never), texts=texts)
    bodies = national_bodies(corpus)
    _join_names(corpus, rules, bodies.countries)
    join_spellings(corpus)
    join_nicknames(corpus)
    join_head_nouns(corpus)  # "Federal Reserve" is the "Federal Reserve Board" before "Fed" reads either
    join_site_nouns(corpus)
    join_short_forms(corpus)
    join_partners(corpus)
    join_misspelt(corpus)
    join_clubs(corpus)
    join_dated_works(corpus)
    join_agreements(corpus)
    join_national_bodies(corpus, bodies)
    _join_known(corpus)
    join_middle_initials(corpus)
    join_initials(corpus)
    join_surnames(corpus)
    join_mistyped_surnames(corpus)
    return _actors(corpus, rules, bodies.countries)


def _words(name: str) -> int:
    """How many words a name has, a hyphen's parts counted apart.

    Examples:
        >>> _words("Robert Kilroy-Silk"), _words("Robert Kilroy Silk"), _words("Kilroy-Silk")
        (3, 3, 2)
    """
    return len(HYPHENS.split(name.strip()))


def _join_keys(kind: str, name: str, forms: frozenset[str]) -> dict[str, str]:
    """The keys an entity joins other documents by, each with the rule that made it.

    Its name and its aliases of several words count, but letters around "and" ("S and L" spells
    a different savings and loan association in each of many articles); a one-word alias
    ("Telegraph" of the Daily and of the Sunday Telegraph, "GM") joins through
    :mod:`kg.resolve.short_forms` only, where a short form with several readings joins none.
    So does the one-word name of an organization that its document spells out: "NSC" is the
    National Security Council in one article and Norfolk Southern Corp in another.
    """
    found: dict[str, str] = {}
    # "S and L" spells a savings and loan association's name in each of many articles
    longer = {a for a in forms if " " in a.strip() and not letter_pair(a)}
    if not (kind == "Organization" and longer and " " not in name.strip()):
        longer.add(name)  # but "NSC" that one document spells out joins by what it says there
    for form in longer - {""}:
        plain = normalise(form)
        key = _key(kind, form)
        found[key] = "same-name" if key == plain else found.get(key, "place-alias")
        if kind == "Organization" and firm_key(plain) != plain:
            found.setdefault(firm_key(plain), "legal-form")
        if kind == "Organization" and owner_key(plain) != firm_key(plain):
            found.setdefault(owner_key(plain), "holding")  # Reuters Holdings Plc = Reuters
        if kind == "Organization" and body_key(plain) != plain:
            found.setdefault(body_key(plain), "body-order")  # Ministry of Finance = Finance Ministry
        if kind == "Organization" and (spelled := spelled_country(firm_key(plain))) != firm_key(plain):
            found.setdefault(spelled, "country-spelled")  # U.S. Lines = United States Lines Inc
        if (full := spelled_out(firm_key(plain))) != firm_key(plain):
            found.setdefault(full, "spelled-out")  # Warner Bros = Warner Brothers, Trinidad & Tobago
        if (bare := without_accents(plain)) != plain:
            found.setdefault(_key(kind, bare), "accents")  # Pascal Papé = Pascal Pape
        if kind == "Organization" and plain.endswith(" party") and len(plain.split()) > 1:
            found.setdefault(plain.removesuffix(" party"), "party-name")  # Labour Party = Labour
        if kind == "Organization" and (site := site_key(plain)) != plain:
            found.setdefault(site, "web-name")  # Amazon.com = Amazon
        if kind == "Event":
            for numbered in event_keys(plain):
                found.setdefault(numbered, "event-number")  # World War Two = Second World War = WWII
            if (games := games_key(plain)) != plain:
                found.setdefault(games, "games")  # Olympic Games = Olympics = Olympic
        if kind == "Organization":
            for station in station_keys(plain):
                found.setdefault(station, "station")  # BBC Radio Five Live = Radio Five Live = Five Live
    if kind == "Person":  # a surname alone is too weak to join documents by
        found = {k: rule for k, rule in found.items() if " " in k}
    if kind in ("Person", "Organization"):
        # "Robert Kilroy Silk" = "Robert Kilroy-Silk", "JP Morgan" = "JPMorgan"
        camel = {name} if kind == "Organization" and CAMEL.fullmatch(name.strip()) else set()
        for form in (longer | camel) - {""}:
            plain = normalise(form)
            base = firm_key(plain) if kind == "Organization" else plain
            if len(SPACING.split(base)) > 1 or form in camel:
                found.setdefault("~" + SPACING.sub("", base), "spacing")
    return found


#: What two spellings of one name may differ by: spaces, hyphens and stops between its parts.
SPACING = re.compile(r"[\s.-]+")
#: What a person's label counts words between: spaces and hyphens, not stops ("J.R. Smith" has
#: two words, as full a name as "John Smith", not a fuller one).
HYPHENS = re.compile(r"[\s\-\u2010\u2011]+")
#: One word with capitals inside, as a firm glues its words ("JPMorgan", "GlaxoSmithKline").
CAMEL = re.compile(r"[A-Z]+[a-z]+(?:[A-Z][a-z]+)+|[A-Z]{2,}[a-z]{2,}[A-Za-z]*")


def _join_names(c: Corpus, rules: AliasRules, countries: dict[int, str]) -> None:
    """Forced merges of the alias file, then shared names, firms and places, by blocking keys.

    A body every government has ("the Finance Ministry", :func:`~kg.resolve.national.generic_body`)
    joins by its name only the entities of the same country (``countries``, by entity: see
    :func:`~kg.resolve.national.national_bodies`): France's and Japan's are two."""
    block: dict[tuple[str, str], tuple[int, str]] = {}
    for i, (kind, (_doc, e), forms) in enumerate(zip(c.kinds, c.items, c.forms, strict=True)):
        keys = {_key(kind, n) for n in forms}
        forced = {rules.canonical[(kind, k)] for k in keys if (kind, k) in rules.canonical}
        for label in sorted(forced):
            first, _rule = block.setdefault((kind, "forced:" + label), (i, "alias-file"))
            c.join(first, i, "alias-file")
        # a shared name first, so that a join is explained by it when it also has another reason
        found = _join_keys(kind, e.name, forms)
        if i in countries:
            found = {f"{k}@{countries[i]}": rule for k, rule in found.items()}
        keyed = sorted(found.items(), key=lambda kr: (kr[1] != "same-name", kr))
        for key, rule in keyed:
            first, first_rule = block.setdefault((kind, key), (i, rule))
            if first != i:
                c.join(first, i, rule if rule != "same-name" else first_rule)


def _join_known(c: Corpus) -> None:
    """Organizations named by a name the lexicon knows (``orgs.tsv``) are one, under either of its
    names, one word or not, where no other rule joined them (``known-org``: "Tories" =
    "Conservative Party", "WTO" = "World Trade Organization"; a one-word name its document spells
    out joins by the long form only, see :func:`_join_keys`). By the entity's own name, not a form
    its document merged into it ("BBC" of "BBC One")."""
    first: dict[str, int] = {}
    for i, (kind, name) in enumerate(zip(c.kinds, c.names, strict=True)):
        known = known_orgs().get(name) if kind == "Organization" else None
        if known is not None:
            c.join(first.setdefault(known.name, i), i, "known-org")


#: Votes of a mention the words around it typed ("Chelsea boss", "the firm Spie Batignolles").
PHRASE_WEIGHT = 5


def _voted_types(items: list[tuple[str, Entity]], names: list[str]) -> list[str]:
    """Type of each entity by a vote over every document that names it (a work stays a work,
    unless the models alone read it as one: below).

    A firm votes for its comparison key too (:func:`~kg.resolve.keys.firm_key`: no legal form,
    commas or hyphens): "Johnson Matthey Plc" in one article makes the "Johnson Matthey"
    another calls a person a firm. Pronouns do not vote: coreference gave them by the type. A
    mention typed by the words around it (rule ``phrase`` of :func:`kg.nlp.spans.kind_by_phrase`)
    counts :data:`PHRASE_WEIGHT` times. Such mentions of a work outvote the firm or the event
    the recognizer made of the same name elsewhere ("the quirky comedy Sideways" in one review,
    "Sideways producer Michael London" in the next), and a person or a place where the name is
    none (:func:`_work_may_outvote`: "Finding Neverland", "Little Britain"); not a person's name (a
    biopic is named after its subject: "the film Ray") nor a place the gazetteer knows ("the
    drama Egypt"); of two readings as common, a work outvotes both if it may outvote one ("Vera
    Drake" a person in one review, a firm in another). A work no rule for works found, whose
    mentions only the models typed (:func:`_read_only`), takes the vote of its name where that
    outweighs its own mentions and no rule called the name a work anywhere: "retaining the Six
    Nations trophy" is the tournament 38 other BBC articles name, "Angels on Radio 1" the station;
    "Hart-Scott-Rodino", the law of seven Reuters articles, stays one. An organization the words
    around it type in its document stays one where the corpus votes for a place of its name:
    "Leicester flanker Martin Corry" names the club, and "Leicester" elsewhere the city, two
    actors; so does a one-word organization where the corpus votes for a person of its name:
    "film studio Fox" is no Liam Fox.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    cued: Counter[str] = Counter()  # a work's mentions typed by the words around them
    read: Counter[str] = Counter()  # a work's mentions only the models typed
    ruled: set[str] = set()  # names a rule for works typed somewhere
    for (_doc, e), name in zip(items, names, strict=True):
        # "it" or "he" follows the type; the words around a name ("Chelsea boss Jose Mourinho")
        # say more than the recognizer's reading of the name alone elsewhere
        weight = sum(PHRASE_WEIGHT if m.rule == "phrase" else m.rule != "pronoun" for m in e.mentions) or 1
        if e.type == "Work":
            cued[name] += PHRASE_WEIGHT * sum(m.rule == "phrase" for m in e.mentions)
            if _read_only(e):
                read[name] += weight
            else:
                ruled.add(name)
            continue
        votes[name][e.type] += weight
        if e.type == "Organization" and firm_key(name) != name:
            votes[firm_key(name)][e.type] += weight

    def voted(e: Entity, name: str) -> str:
        if e.type == "Work":
            ranked = votes[name].most_common(1)
            # a name the models alone read as a work, and as something else more often
            # elsewhere, is that ("retaining the Six Nations trophy", "Angels on Radio 1")
            if name in ruled or not ranked or ranked[0][1] <= read[name]:
                return e.type
            return ranked[0][0]
        ranked = votes[name].most_common()
        winner, count = ranked[0]
        if (
            e.type == "Organization"
            and (winner == "Place" or (winner == "Person" and " " not in name))
            and any(m.rule == "phrase" for m in e.mentions)
        ):
            # "Leicester flanker", "Birmingham manager": the club, beside the town; "a Fox
            # spokesman", "film studio Fox": the network, beside the people surnamed Fox
            return e.type
        # a tie has no winner: a work may outvote it if it may outvote one of the tied readings
        tied = [kind for kind, n in ranked if n == count]
        return "Work" if cued[name] > count and any(_work_may_outvote(t, name) for t in tied) else winner

    return [voted(e, name) for (_doc, e), name in zip(items, names, strict=True)]


#: Rules of a mention that only read a model's label or repeat another mention's.
READ_RULES = frozenset({"ner", "alias", "type-vote", "pronoun"})


def _read_only(e: Entity) -> bool:
    """Every mention of ``e`` typed by a model's label alone, none by the words around it or by a
    rule for works."""
    return all(m.rule in READ_RULES for m in e.mentions)


#: Small words inside a title that no person's name has ("Maria Full of Grace").
TITLE_WORDS = frozenset({"of", "the", "and", "a", "in", "on", "to", "for", "from", "with", "my"})


def _work_may_outvote(winner: str, name: str) -> bool:
    """The words around a work's mentions may outvote the recognizer's ``winner`` reading of a
    normalised ``name`` elsewhere: a firm's or an event's ("Sideways producer Michael London"),
    a person's when the name is no person's ("Finding Neverland", "Raging Bull", "Maria Full of
    Grace"; not "Ray", the film and Ray Charles, whose first word is a census given name), and
    a place's of two words or more the gazetteer does not know ("Little Britain"; not "the drama
    Egypt", nor "LA" of "Escape From LA").

    Examples:
        >>> _work_may_outvote("Person", "finding neverland"), _work_may_outvote("Person", "ray")
        (True, False)
        >>> _work_may_outvote("Person", "maria full of grace"), _work_may_outvote("Place", "little britain")
        (True, True)
        >>> _work_may_outvote("Place", "egypt"), _work_may_outvote("Place", "west end")
        (False, False)
    """
    words = name.split()
    if winner in ("Organization", "Event"):
        return True
    if winner == "Person":
        return words[0] not in given_names() or bool(set(words[1:]) & TITLE_WORDS)
    return winner == "Place" and len(words) > 1 and place(name) is None


def _actors(
    c: Corpus, rules: AliasRules, countries: dict[int, str]
) -> tuple[list[Actor], dict[tuple[str, str], int]]:
    """The actors of ``c``'s joined entities, each with its label, aliases, mentions and merges;
    ``countries`` are the countries of the entities named as a body every government has."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(c.roots()):
        groups[root].append(i)
    actors: list[Actor] = []
    index: dict[tuple[str, str], int] = {}
    for root in sorted(groups):
        members = groups[root]
        kind = c.kinds[root]
        names: Counter[str] = Counter()
        actor = Actor(label="", type=kind)
        merges: set[tuple[str, str]] = set()
        for i in members:
            doc, e = c.items[i]
            index[(doc, e.id)] = len(actors)
            actor.docs.add(doc)
            actor.mentions += len(e.mentions)
            actor.aliases.update(c.forms[i])
            names[e.name] += len(e.mentions) or 1
            merges.update((form, rule) for form, rule in e.merges if rule not in ("pronoun",))
            merges.update(c.reasons.get(i, ()))
        forced = [
            rules.canonical[(kind, _key(kind, n))] for n in names if (kind, _key(kind, n)) in rules.canonical
        ]
        if forced:
            actor.label = forced[0]
            actor.wikidata = rules.wikidata.get((kind, forced[0]))
        elif kind == "Person":
            # a hyphen's parts count as words: "Robert Kilroy-Silk" is as full as "Robert Kilroy Silk"
            actor.label = max(
                [n for n in names if not _word_before(n, names)],  # never all: the shortest of a run stays
                key=lambda n: (_words(n), not shouted(n, names), not initialled(n), names[n], n),
            )
        elif kind == "Work":
            # "Paris pact", not a headline's "PARIS PACT"
            actor.label = min(names, key=lambda n: (shouted(n, names), len(n), n))
        elif kind == "Place":
            # the gazetteer's own name over a wire abbreviation used more often ("Tennessee", not "Tenn.")
            actor.label = max(
                names, key=lambda n: (not shouted(n, names), _gazetteer_name(n), names[n], -len(n), n)
            )
        else:
            # an event's games by their plural or their name with "Games", not the adjective
            bare = _adjectives(names) if kind == "Event" else set()
            actor.label = max(
                names, key=lambda n: (not shouted(n, names), normalise(n) not in bare, names[n], -len(n), n)
            )
            if kind == "Organization" and generic_body(normalise(actor.label)):
                owners = Counter(countries[i] for i in members if i in countries)
                actor.label = _national_label(actor.label, names, actor.aliases, owners)
        actor.label = display_name(actor.label) or actor.label  # no bidi control reorders a label
        actor.aliases = {display_name(a) for a in actor.aliases} - {""}
        actor.merges = sorted(merges)
        actors.append(actor)
    return actors, index


def _national_label(label: str, names: Counter[str], aliases: set[str], owners: Counter[str]) -> str:
    """The label of a body every government has, ``label`` by the names of its entities
    (``names``, with their mentions): its most written name that says whose it is, of the
    body's words and more ("Japanese Finance Ministry", "Reserve Bank of India" beside "Finance
    Ministry" and "Reserve Bank"), else the bare name and its one country (``owners``, the
    countries :func:`~kg.resolve.national.national_bodies` gave its entities): "Central Bank
    (Bangladesh)". Several "Finance Ministry" nodes of one graph are no longer alike.

    Examples:
        >>> names = Counter({"Finance Ministry": 9, "Japanese Finance Ministry": 2})
        >>> _national_label("Finance Ministry", names, {"Ministry"}, Counter({"Japan": 3}))
        'Japanese Finance Ministry'
        >>> names = Counter({"Central Bank": 1})
        >>> _national_label("Central Bank", names, set(), Counter({"Bangladesh": 1}))
        'Central Bank (Bangladesh)'
        >>> _national_label("Central Bank", names, set(), Counter({"Peru": 1, "Chile": 1}))
        'Central Bank'
    """
    words = set(normalise(label).split())
    own = [
        n
        for n in {*names, *aliases}
        if len(n.split()) > len(label.split())
        and words <= set(normalise(n).split())
        and not generic_body(normalise(n))
    ]
    if own:
        return max(own, key=lambda n: (not shouted(n, own), names[n], -len(n), n))
    if len(owners) == 1:
        return f"{label} ({next(iter(owners))})"
    return label


#: A person's name after a word before it is no fuller name when it is written this many times as
#: often at least.
LESS_OFTEN = 2


def _adjectives(names: Counter[str]) -> set[str]:
    """The keys of ``names`` that another of them is games of ("olympic" beside "Olympics" or
    "Olympic Games": :func:`~kg.resolve.keys.games_key`)."""
    return {k for n in names if (k := games_key(normalise(n))) != normalise(n)}


def _word_before(name: str, names: Counter[str]) -> bool:
    """``name`` is one word and then another of a person's ``names`` of two words or more, written
    at least :data:`LESS_OFTEN` times as often as ``name``, and the word is no given name of the
    census lists, no initial and the other name opens with no surname's particle: a title misspelt
    ("Minsiter Yasuhiro Nakasone") or a description ("Slovakian Daniela Hantuchova") the
    recognizer took into the name, which is no fuller name for the label (but "Camilla Parker
    Bowles", "T. Boone Pickens", "Frits van Horick").

    Examples:
        >>> names = Counter({"Minsiter Yasuhiro Nakasone": 4, "Yasuhiro Nakasone": 480, "Nakasone": 30})
        >>> _word_before("Minsiter Yasuhiro Nakasone", names), _word_before("Yasuhiro Nakasone", names)
        (True, False)
        >>> _word_before("Camilla Parker Bowles", Counter({"Camilla Parker Bowles": 3, "Parker Bowles": 9}))
        False
        >>> _word_before("Frits van Horick", Counter({"Frits van Horick": 2, "van Horick": 8}))
        False
    """
    first, _, rest = name.partition(" ")
    return (
        " " in rest.strip()
        and names.get(rest, 0) >= LESS_OFTEN * names[name]
        and first.isalpha()
        and len(first) > 1
        and first.lower() not in given_names()
        and rest.split()[0].lower() not in SURNAME_OPENERS
    )


def _gazetteer_name(name: str) -> bool:
    """``name`` is the gazetteer's own name of a place ("Tennessee"; not "Tenn.").

    Examples:
        >>> _gazetteer_name("Tennessee"), _gazetteer_name("Tenn.")
        (True, False)
    """
    hit = place(name.lower())
    return hit is not None and hit.name == name
