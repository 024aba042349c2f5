"""Given names alone whose surname the sentence gives (part of ``kg.resolve.v1``:
:func:`name_by_family` runs on a corpus's results before :func:`kg.resolve.resolve`).

"Raul Concepcion, whose brother Jose", "Mr Eavis' daughter Emily", "Curtis's widow Deborah": a
relative is named by the given name alone after the person whose family it is. The recognizer
finds "Jose" and "Emily", and alone they name no one; with the surname the sentence gives they
are Jose Concepcion and Emily Eavis, and join those people across the corpus. A given name alone
(one word, a given name of the census) takes the surname of the person a family noun right
before it belongs to (brother, sister, son, daughter, father, mother, wife, husband, widow, twin,
grandson, granddaughter), when that person is named right before the noun with "'s" or "'" or
", whose": the last word of the person's name (before "Jr" or "Sr"), or the name itself when it
is one word and no given name ("Mr Eavis").

Not a stepchild's or an in-law's, nor a partner's, nephew's or niece's, who often bear another
name; not the person a pronoun refers to ("his brother Ed"): in 1,700 development articles and 500
BBC articles, two of six such pronouns named the wrong family ("Deaver, a confidant of Reagan and
his wife Nancy"). Not two given names and one surname either ("Alfred and David Billes", "Mike
and Bob Bryan"): that reading also named "Williams Luscombe" ("leaving Williams and Hal Luscombe
to battle") and "Madonna John" ("artists such as Madonna and Elton John").

The entity keeps its mentions; ``merges.csv`` names the given name's form with the rule
``family-name``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import given_names, word_sets
from kg.names import GENERATIONS
from kg.records import DocResult, Entity, Mention

#: The lexicon's kinship nouns (``kinship_nouns``) whose bearer often has another surname, or
#: whose noun rarely stands before a given name: all but these, and "twin", name a relative here.
OTHER_SURNAMES = frozenset({"nephew", "niece", "partner", "child", "parent", "widower"})
#: What says whose family: "X's ", "X' " or "X, whose " right before the noun.
OWNER = re.compile(r"(?:’s|'s|'|’|, whose) $")
#: The rule's name in ``merges.csv``.
RULE = "family-name"


@cache
def same_surname_kin() -> frozenset[str]:
    """Family nouns whose members commonly bear the same surname: brother, sister, son, daughter,
    father, mother, wife, husband, widow, twin, grandson, granddaughter.

    Examples:
        >>> sorted(same_surname_kin())[:4], "nephew" in same_surname_kin()
        (['brother', 'daughter', 'father', 'granddaughter'], False)
    """
    return (word_sets("kinship_nouns") - OTHER_SURNAMES) | {"twin"}


@cache
def _kin() -> re.Pattern[str]:
    """A family noun right before a given name: "daughter Emily", "twin brother Ed"."""
    return re.compile(rf"({'|'.join(sorted(same_surname_kin()))})s? $")


def name_by_family(results: list[DocResult]) -> list[DocResult]:
    """``results`` with each given name alone that its sentence gives a surname to named in full
    (see the module).

    Examples:
        >>> from kg.records import Document, Entity, Mention
        >>> text = "Raul Concepcion, whose brother Jose is a minister, spoke."
        >>> raul = Entity("e0", "Raul Concepcion", "Person", (Mention(0, 15, "Raul Concepcion"),))
        >>> jose = Entity("e1", "Jose", "Person", (Mention(31, 35, "Jose"),))
        >>> (r,) = name_by_family([DocResult(Document(id="a", text=text), (raul, jose))])
        >>> [e.name for e in r.entities]
        ['Raul Concepcion', 'Jose Concepcion']
    """
    out = []
    for r in results:
        ends: dict[int, Entity] = {}  # where a person's named mention ends -> the person
        for e in r.entities:
            for m in e.mentions if e.type == "Person" else ():
                if m.rule != "pronoun":
                    ends.setdefault(m.end, e)
        named = {e.id: e for e in r.entities}
        for e in r.entities:
            if not _alone(e):
                continue
            surname = next(
                (s for m in e.mentions if (s := _surname(r.doc.text, m, ends))),
                None,
            )
            if surname is not None:
                named[e.id] = replace(e, name=f"{e.name} {surname}", merges=(*e.merges, (e.name, RULE)))
        entities = tuple(named[e.id] for e in r.entities)
        out.append(replace(r, entities=entities) if entities != r.entities else r)
    return out


def _alone(e: Entity) -> bool:
    """``e`` is a person's given name of the census alone."""
    return e.type == "Person" and e.name.lower() in given_names()


def _surname(text: str, m: Mention, ends: dict[int, Entity]) -> str | None:
    """The surname the sentence gives the given name at ``m``, if any (see the module)."""
    before = text[max(0, m.start - 60) : m.start]
    kin = _kin().search(before)
    return None if kin is None else _owners_surname(text, m.start - len(before) + kin.start(), ends)


def _owners_surname(text: str, noun: int, ends: dict[int, Entity]) -> str | None:
    """The surname of the person whose family noun starts at ``noun``, named right before it with
    "'s", "'" or ", whose"."""
    before = text[max(0, noun - 80) : noun]
    owner = OWNER.search(before)
    if owner is None:
        return None  # "his brother Ed": whose "his" is, is the pronoun resolver's guess
    owner_entity = ends.get(noun - len(before) + owner.start())
    return None if owner_entity is None else _last_name(owner_entity)


def _last_name(e: Entity) -> str | None:
    """The surname of the person ``e``: the last word of a name of two words or more, before a
    generation's ("Martin Luther King Jr": King), or a name of one word that is no given name
    ("Mr Eavis")."""
    words = e.name.split()
    while len(words) > 2 and words[-1].lower() in GENERATIONS:
        words.pop()
    if len(words) > 1:
        return words[-1]
    return None if e.name.lower() in given_names() else e.name
