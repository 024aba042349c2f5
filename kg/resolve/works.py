"""A law's or a work's name with and without its year (rule ``work-year``).

One article names "the Parliament Act 1949", the next "the Parliament Act"; "the Hunting Act
2004" and "the Hunting Act". The name without the year joins the one with it when the corpus
writes that name with one year only: "the Terrorism Act" of a corpus with the Terrorism Acts of
2000 and 2005 joins neither.
"""

from __future__ import annotations

import re
from collections import defaultdict

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
