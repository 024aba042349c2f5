"""People across documents: spelling variants of a full name, and lone surnames.

A lone surname ("Reagan", "REAGAN" of a headline alike) joins the full name the corpus
knows for it when one person carries that surname, or, for a rare surname, when one
person clearly dominates: most of the mentions beside a few namesakes, or most of the
documents that name its bearers in full ("Ronald Reagan" in 24 articles, "Nancy
Reagan" in one); a common one ("Baker": Howard or James) needs a single person. An
article that names only namesakes in full keeps its lone surname. With no full name in the
corpus, the lone surnames of different documents are one person only when the
surname is rare ("Reagan", "Yeutter", not "Smith") and the text shows one of them is
a person (a title or "he") or two articles write it in prose as names are written
("Zidane"): "AVG" and "Revs" of results tables are not.
No rule here joins two full names with different given names (a nickname is the name it
stands for: :mod:`kg.resolve.nicknamed`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from kg.lexicon import common_names, place, wire_abbreviations
from kg.names import POSSESSIVE, bare_surname, given_initials, middle_initials, similar_names, surname
from kg.nlp.spans import PEERS
from kg.records import Entity
from kg.resolve.sets import MAX_BLOCK, Corpus, companies, dominant, shared_company

#: A common surname names its dominant bearer only with this share of the mentions of its
#: bearers in full ("Tony Blair" 183 of 188 BBC mentions; not "Gordon Brown", 192 of 218).
COMMON_SHARE = 0.9
#: A dominant full name may have at most this many other people sharing its surname.
MAX_OTHER_PEOPLE = 2
#: Fewest people and organizations a lone surname's article shares with the articles that name
#: one bearer of it in full, for the surname to be that bearer's when no bearer dominates ...
MIN_COMPANY = 2
#: ... and how many times the weight of what it shares with any other bearer's, each person or
#: organization weighing the log of how rare it is in the corpus (Tony Blair's articles are many).
COMPANY_MARGIN = 3


def join_spellings(c: Corpus) -> None:
    """Full names that differ only in the spelling of their surname ("Zelensky" / "Zelenskyy").

    Entities that share a name are already one set, so every comparison is
    between distinct names (each once), never between their occurrences: the
    cost grows with the mentions, not with their square.
    """
    seen = c.distinct
    spelling: dict[str, list[str]] = defaultdict(list)  # first letters of the surname | given names
    for kind, name in seen:
        words = name.split()
        if kind == "Person" and len(words) > 1:
            spelling[words[-1][:3] + "|" + " ".join(words[:-1])].append(name)
    for group in spelling.values():
        if len(group) > MAX_BLOCK:
            continue  # too common a first name and surname start to tell variants from relatives
        for n, a in enumerate(group):
            for b in group[n + 1 :]:
                if similar_names(a, b):
                    for i in seen[("Person", b)]:
                        c.join(seen[("Person", a)][0], i, "spelling")


#: Pronouns that make a lone name a person's ("Avg" and "Revs" of a results table get none).
PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def _personal(e: Entity) -> bool:
    """The text refers to the entity as a person: a title ("the president") or "he", "she"."""
    return any(m.rule == "title" or (m.rule == "pronoun" and m.text.lower() in PERSONAL) for m in e.mentions)


def _written_as_a_name(c: Corpus, where: list[int]) -> bool:
    """Two documents or more write the lone name as names are written, a capital and small
    letters ("Zidane", "Gudjohnsen"; not "OD2", "AVG"): a rare name in prose, one bearer."""
    surfaces = {c.items[i][1].name.strip() for i in where}
    abbreviations = wire_abbreviations()
    return len({c.items[i][0] for i in where}) > 1 and all(
        len(s) > 3 and s.isalpha() and s[:1].isupper() and s[1:].islower() and s.lower() not in abbreviations
        for s in surfaces
    )


def join_middle_initials(c: Corpus) -> None:
    """A full name with middle initials and the same name without them are one person ("Carl C.
    Icahn" and "Carl Icahn", "Ivan F. Boesky" and "Ivan Boesky"; rule ``middle-initial``) when
    the corpus writes that given name and surname with one set of middle initials only: with two
    ("John A. Smith", "John B. Smith") the name without them may be either, and joins neither,
    and the two never meet; nor where one article names the two apart ("Presidents George W
    Bush, Bill Clinton, George Bush": two people). Only initials: a middle name in full may tell
    two people apart ("Jerry Lewis", "Jerry Lee Lewis"). The given names are the same, so no two
    given names ever meet."""
    forms: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for (kind, name), where in c.distinct.items():
        parts = middle_initials(name.split()) if kind == "Person" else None
        if parts is not None:
            given, last, letters = parts
            forms[(given, last)][letters] += where
    for variants in forms.values():
        middles = [letters for letters in variants if letters]
        if len(middles) != 1 or len(variants) < 2:
            continue
        initialled, plain = variants[middles[0]], variants.get("", [])
        if {c.items[i][0] for i in initialled} & {c.items[i][0] for i in plain}:
            continue  # an article names both apart: two people ("Presidents George W Bush, Bill
            # Clinton, George Bush")
        for i in plain:
            c.join(initialled[0], i, "middle-initial")


def join_initials(c: Corpus) -> None:
    """A name with initials for its given names ("C Cusiter" of a squad list) joins the one
    person the corpus names in full with that surname and those initials ("Chris Cusiter");
    with two such people, or none, it joins nobody (rule ``initials``), and so does one the
    corpus names only in articles that share no other person or organization with this one,
    counting the people the article's other initials fit (:func:`shared_company`). The
    initials agree with the given names, so no two given names ever meet."""
    roots = c.roots()
    company = companies(c, roots)
    papers: dict[int, set[str]] = defaultdict(set)  # person -> the documents naming them
    full: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for i, (kind, name) in enumerate(zip(c.kinds, c.names, strict=True)):
        papers[roots[i]].add(c.items[i][0])
        words = name.split()
        if kind == "Person" and len(words) > 1 and given_initials(words) is None:
            given = "".join(w[0] for w in words[:-1] if w[:1].isalpha())
            for n in range(1, len(given) + 1):
                full[(words[-1], given[:n])][roots[i]] += 1
    fits: dict[int, int] = {}  # entity with initials -> the one person they fit
    for (kind, name), where in c.distinct.items():
        words = name.split()
        letters = given_initials(words) if kind == "Person" and len(words) > 1 else None
        people = full.get((words[-1], letters), Counter()) if letters is not None else Counter()
        if len(people) == 1:
            fits.update(dict.fromkeys(where, next(iter(people))))
    for i, person in fits.items():  # a squad list's other initials count as its company too
        company[c.items[i][0]].add(person)
    for i, person in sorted(fits.items()):
        if shared_company(company, papers[person], person, c.items[i][0]):
            c.join(person, i, "initials")


def join_surnames(c: Corpus) -> None:
    """A lone surname joins the one (or the dominant) person the corpus knows by it (rule
    ``surname``), unless its own document names namesakes in full but not that person
    ("Reagan" in an article about Nancy Reagan), and unless it is a common surname ("Ford")
    that its article gives no title and no "he" or "she" and whose article shares no other
    person or organization with the person's own (a player "Ford" of a rugby line-up is not
    Bill Ford of Ford's results; "President Bush" is George W Bush); so does a two-word surname
    the corpus knows one full name for ("Parker Bowles"); lone rare surnames no full name
    carries join each other (``rare-surname``).

    Case never splits them: names compare lower-cased, so "REAGAN" of a headline and
    "Reagan" of the text are one name.
    """
    seen = c.distinct
    roots = c.roots()
    people: dict[str, Counter[int]] = defaultdict(Counter)  # surname -> mentions of each person
    papers: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))  # -> documents
    company = companies(c, roots)
    rarity = _rarity(company)
    for i, (kind, name) in enumerate(zip(c.kinds, c.names, strict=True)):
        words = name.split()
        if kind == "Person" and len(words) > 1:
            # "Tayer" of "Ahmed Humaid al-Tayer", "Evans" of "Charles Evans Jr"
            last = bare_surname(surname(words))
            people[last][roots[i]] += len(c.items[i][1].mentions) or 1
            papers[last][roots[i]].add(c.items[i][0])
    decided: list[tuple[int, int, str]] = []
    # "Parker Bowles", "Duncan Smith", "Perez Balladares": a two-word surname of the one
    # person the corpus names in full with it ("Camilla Parker Bowles")
    tails: dict[str, Counter[int]] = defaultdict(Counter)
    for i, (kind, name) in enumerate(zip(c.kinds, c.names, strict=True)):
        words = name.split()
        if kind == "Person" and len(words) > 2:
            tails[" ".join(words[-2:])][roots[i]] += len(c.items[i][1].mentions) or 1
    for (kind, name), where in seen.items():
        if kind == "Person" and len(name.split()) == 2 and name in tails:
            person = dominant(tails[name], others=0)
            if person is not None:
                decided += [(person, i, "surname") for i in where]
    for (kind, name), where in seen.items():
        if kind != "Person" or " " in name:
            continue
        name = bare_surname(name)
        if name in people:
            person = _bearer(name, people[name], papers[name])
            if person is None:
                # "Mr Howard" of a politics article beside Michael Howard's, not Ron Howard's
                kept = {r: set().union(*(company[d] for d in docs)) for r, docs in papers[name].items()}
                decided += [
                    (r, i, "surname-company")
                    for i in where
                    if _plain_surname(c.texts.get(c.items[i][0], ""), c.items[i][1])
                    and (r := _by_company(company, rarity, kept, papers[name], roots[i], c.items[i][0]))
                    is not None
                ]
            else:
                ours = papers[name][person]  # a document naming only namesakes keeps its own
                others = set().union(*(docs for r, docs in papers[name].items() if r != person)) - ours
                common = name in common_names()
                decided += [
                    (person, i, "surname")
                    for i in where
                    if c.items[i][0] not in others
                    # a common surname with nothing around it that says who: "Ford" of a line-up
                    and not (
                        common
                        and not _personal(c.items[i][1])
                        and not shared_company(company, ours, person, c.items[i][0])
                    )
                ]
        elif name not in common_names() and (
            any(_personal(c.items[i][1]) for i in where) or _written_as_a_name(c, where)
        ):
            decided += [(where[0], i, "rare-surname") for i in where[1:]]
    for keep, other, rule in decided:
        c.join(keep, other, rule)


#: Types a one-word name may wrongly have that a person's surname can take back.
MISTYPED = frozenset({"Organization", "Place"})


def join_mistyped_surnames(c: Corpus) -> None:
    """A rare one-word name that one article took for a firm or a place joins the one person
    the corpus names in full with it (rule ``surname-type``: the "Lampard" a match report's
    recognizer called a place is Frank Lampard of the others), when nothing in the corpus makes
    it a firm's or a place's name: the gazetteer knows no place by it, no longer name of a
    firm, place, group, event or work has it as a word ("Ford Motor Co", "Baker
    International"), it is written with no possessive ("Moody's") nor in capitals ("DOE"), the
    person is a person to some article ("he", "she" or a title; not the film "Finding
    Neverland" the recognizer took for one) and no other article reads
    it as a firm or a place (a firm named after its founder, "Dell", is named so in many).
    Common names ("Ford", "Baker") never join this way. The joined entity becomes a person.
    """
    roots = c.roots()
    people: dict[str, set[int]] = defaultdict(set)  # surname -> the people named in full with it
    named: set[str] = set()  # words of the longer names of everything but people
    personal: set[int] = set()  # people some article calls "he", "she" or by a title
    for i, (kind, name) in enumerate(zip(c.kinds, c.names, strict=True)):
        words = name.split()
        if kind == "Person" and len(words) > 1:
            people[surname(words)].add(roots[i])
        elif kind != "Person" and len(words) > 1:
            named.update(words)
        if kind == "Person" and _personal(c.items[i][1]):
            personal.add(roots[i])
    readings: dict[str, list[int]] = defaultdict(list)
    for (kind, name), where in c.distinct.items():
        if kind in MISTYPED and " " not in name:
            readings[name] += where
    decided: list[tuple[int, int]] = []
    for name, where in readings.items():
        bearers = people.get(name, set())
        if (
            len(bearers) != 1
            or not bearers <= personal  # "Finding Neverland", a film the recognizer took for a person
            or name in named
            or name in common_names()
            or place(name) is not None
            or len({c.items[i][0] for i in where}) != 1
            or any(
                m.text.endswith(tuple(POSSESSIVE)) or m.text.isupper()  # "Moody's", "DOE"
                for i in where
                for m in c.items[i][1].mentions
            )
        ):
            continue
        (person,) = bearers
        decided += [(person, i) for i in where]
    for person, i in decided:
        c.kinds[i] = "Person"  # after every other rule: they read the kinds the vote gave
        c.join(person, i, "surname-type")


#: "and" and a capitalised word after a name: a firm's partners ("Morgan, Olmstead, Kennedy and
#: Gardner", "Wagner and Brown").
PARTNER_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _plain_surname(text: str, e: Entity) -> bool:
    """Some mention of the lone surname ``e`` in its article ``text`` has no peer's title before
    it ("Lord Harris" is no Charles Harris of another article) and is no partner of a firm's
    name ("drug analyst Davis Saks, with Morgan, Olmstead, Kennedy and Gardner")."""
    return any(
        not _after_peers_title(text, m.start) and not PARTNER_AFTER.match(text, m.end)
        for m in e.mentions
        if m.rule != "pronoun"
    )


def _after_peers_title(text: str, start: int) -> bool:
    """A peer's title (:data:`kg.nlp.spans.PEERS`) is the word before ``start``: "Lord Walker"."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in PEERS


def _rarity(company: dict[str, set[int]]) -> dict[int, float]:
    """Each person's or organization's weight as company: the log of the number of documents over
    the number that name it (``company``: :func:`~kg.resolve.sets.companies`)."""
    named = Counter(r for roots in company.values() for r in roots)
    return {r: math.log(len(company) / n) for r, n in named.items()}


def _by_company(
    company: dict[str, set[int]],
    rarity: dict[int, float],
    kept: dict[int, set[int]],
    papers: dict[int, set[str]],
    own: int,
    doc: str,
) -> int | None:
    """The bearer of a lone surname at ``doc`` (``own``: its actor) whose articles share
    :data:`MIN_COMPANY` people or organizations with ``doc`` (``company``:
    :func:`~kg.resolve.sets.companies`), weighing :data:`COMPANY_MARGIN` times as much as what it
    shares with any other bearer's (``papers``: each bearer's articles, which name them in full;
    ``kept``: the company of each bearer's articles; ``rarity``: :func:`_rarity`). Not in an
    article that names a bearer in full."""
    if any(doc in docs for docs in papers.values()):
        return None  # the lone surname may be another than the one its article names in full
    here = company.get(doc, set()) - {own} - set(papers)
    shared = {r: here & kept[r] for r in papers}
    weight = Counter({r: sum(rarity[x] for x in both) for r, both in shared.items()})
    ranked = weight.most_common(2)
    best, most = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if len(shared[best]) >= MIN_COMPANY and most >= COMPANY_MARGIN * second else None


def _bearer(surname: str, mentions: Counter[int], papers: dict[int, set[str]]) -> int | None:
    """The person a lone ``surname`` names across the corpus, if the evidence is strong.

    The only person the corpus names in full with it; or, for a rare surname, the one with
    :data:`~kg.resolve.sets.DOMINANT_SHARE` of the mentions beside at most
    :data:`MAX_OTHER_PEOPLE` others, or with that share of the documents that name its people
    in full, whatever the number of others ("Ronald Reagan" in 24 articles beside three
    namesakes in one each; with one namesake that takes four articles, with three twelve). A
    common surname ("Baker": Howard, James or one the corpus never names) needs a person with
    :data:`COMMON_SHARE` of the mentions.
    """
    if surname in common_names():
        return dominant(mentions, share=COMMON_SHARE)
    person = dominant(mentions, others=MAX_OTHER_PEOPLE)
    return person if person is not None else dominant({r: len(docs) for r, docs in papers.items()})
