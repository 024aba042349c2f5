"""A law's or a work's name with and without its year (rule ``work-year``); an agreement's name
with another of its nouns (rule ``work-agreement``).

One article names "the Parliament Act 1949", the next "the Parliament Act"; "the Hunting Act
2004" and "the Hunting Act". The name without the year joins the one with it when the corpus
writes that name with one year only: "the Terrorism Act" of a corpus with the Terrorism Acts of
2000 and 2005 joins neither.

Wire copy names one agreement with each of its nouns in turn: "the Louvre accord", "the Louvre
Agreement", "the Louvre pact", "the February Louvre Accord"; "the International Cocoa Agreement"
and "Pact". A treaty is not an accord ("the Anglo-Irish Treaty" of 1921, "Agreement" of 1985).
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict

from kg.lexicon import is_country
from kg.nlp.agreements import AGREEMENT_NOUNS
from kg.resolve.sets import Corpus

WORK = "Work"
#: A name of two words or more followed by a year ("parliament act 1949").
DATED = re.compile(r"(?P<name>\S+(?: \S+)+) (?:1[89]|20)\d\d")


def join_dated_works(c: Corpus) -> None:
    """Join each work's name without its year to the one dated name of the corpus that adds a
    year to it (see the module).

    >>> from kg.records import DocResult, Document, Entity, Mention
    >>> from kg.resolve.actors import resolve
    >>> def doc(i, *names):
    ...     ents = tuple(Entity(f"e{n}", w, "Work", (Mention(0, len(w), w),)) for n, w in enumerate(names))
    ...     return DocResult(Document(id=i, text="x"), ents)
    >>> actors, _ = resolve([doc("a", "Parliament Act 1949"), doc("b", "Parliament Act"),
    ...                      doc("c", "Terrorism Act 2000", "Terrorism Act 2005"), doc("d", "Terrorism Act")])
    >>> [sorted(a.aliases) for a in actors if len(a.aliases) > 1], len(actors)
    ([['Parliament Act', 'Parliament Act 1949']], 4)
    """
    dated: dict[str, set[str]] = defaultdict(set)  # name without the year -> its dated names
    for kind, name in c.distinct:
        if kind == WORK and (m := DATED.fullmatch(name)):
            dated[m.group("name")].add(name)
    roots = c.roots()
    decided = []
    for base, names in dated.items():
        bare = c.distinct.get((WORK, base))
        if bare is None or len(names) != 1:
            continue
        (name,) = names
        keep = roots[c.distinct[(WORK, name)][0]]
        decided += [(keep, i) for i in bare if roots[i] != keep]
    for keep, i in decided:
        c.join(keep, i, "work-year")


#: An agreement's name: what it was named after (a month may come first), then a noun of
#: accords, which wire copy writes in turn for one agreement ("louvre pact", "louvre accords").
MONTHS = "|".join(m.lower() for m in calendar.month_name if m)
ACCORDS = "|".join(sorted(n for n in AGREEMENT_NOUNS if not n.startswith("treat")))  # no treaty is an accord
AGREEMENT = re.compile(rf"(?:(?:{MONTHS}) )?(?P<name>.+?) (?:{ACCORDS})")


def join_agreements(c: Corpus) -> None:
    """Join the works whose names differ only in an agreement's noun, or in a month before them
    (see the module). What names the agreement is capitalised in every one of its names and is
    no country ("the U.S. pact" and "the U.S. agreement" are any two of that country's): "the
    labor agreement" and "the labor pact" join nothing.

    >>> from kg.records import DocResult, Document, Entity, Mention
    >>> from kg.resolve.actors import resolve
    >>> def doc(i, *names):
    ...     ents = tuple(Entity(f"e{n}", w, "Work", (Mention(0, len(w), w),)) for n, w in enumerate(names))
    ...     return DocResult(Document(id=i, text="x"), ents)
    >>> actors, _ = resolve([doc("a", "Louvre accord"), doc("b", "February Louvre Agreement"),
    ...                      doc("c", "U.S. pact", "merger pact"),
    ...                      doc("d", "U.S. agreement", "merger accord")])
    >>> [sorted(a.aliases) for a in actors if len(a.aliases) > 1], len(actors)
    ([['February Louvre Agreement', 'Louvre accord']], 5)
    """
    named: dict[str, list[int]] = defaultdict(list)  # what names an agreement -> its works
    for (kind, name), where in c.distinct.items():
        m = AGREEMENT.fullmatch(name) if kind == WORK else None
        if m and not is_country(m.group("name")) and all(_capitalised(c.items[i][1].name) for i in where):
            named[m.group("name")] += where
    roots = c.roots()
    decided = [(roots[w[0]], i) for w in named.values() for i in w[1:] if roots[i] != roots[w[0]]]
    for keep, i in decided:
        c.join(keep, i, "work-agreement")


def _capitalised(name: str) -> bool:
    """Every word of an agreement's ``name`` before its noun opens with a capital or a digit
    ("Louvre accord", "G-7 accords"; not "labor pact")."""
    words = [w for w in name.split()[:-1] if w.lower() not in ("the", "a", "an")]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)
