"""People one article names by a nickname and another by the given name it stands for.

"Jim Callaghan" and "James Callaghan", "Bernie Ebbers" and "Bernard Ebbers", "Bob Dole" and
"Robert Dole" are one person each: the two full names differ only in their first word, which
the ``nicknames`` package's table (:func:`kg.lexicon.nicknames`) gives as a nickname of the
other. The table is a genealogists' list, where some pairs are two names in news ("Ian" of
"John", "Bill" of "Robert": Bill Gates and Robert Gates are two people), so the two names must
also keep company: an article of the nickname names a person or organization that an article
of the other name names too, or names them both. And the nickname must fit one person so, or
it joins none ("Steve Jones" with a Stephen and a Steven Jones). Rule ``given-nickname``.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import nicknames
from kg.resolve.sets import Corpus, companies, shared_company


def join_nicknames(c: Corpus) -> None:
    """Join each full name whose first word is a nickname to the one person of the corpus named
    in full with the given name it stands for and the same other words, who keeps its company
    (see the module)."""
    roots = c.roots()
    company = companies(c, roots)
    papers = c.weights(roots)[1]
    firsts: dict[str, dict[str, list[int]]] = defaultdict(dict)  # the other words -> first word -> entities
    for (kind, name), where in c.distinct.items():
        words = name.split()
        if kind == "Person" and len(words) > 1:
            firsts[" ".join(words[1:])][words[0]] = where
    table = nicknames()
    decided: list[tuple[int, int]] = []
    for given in firsts.values():
        if len(given) < 2:
            continue
        for nick, where in given.items():
            docs = {c.items[i][0] for i in where}
            fits = {
                person
                for full, named in given.items()
                if nick in table.get(full, ())
                for person in {roots[i] for i in named}
                if _keep_company(company, docs, papers[person], person)
            }
            if len(fits) == 1:
                decided += [(next(iter(fits)), i) for i in where]
    for person, i in decided:
        c.join(person, i, "given-nickname")


def _keep_company(company: dict[str, set[int]], docs: set[str], papers: set[str], person: int) -> bool:
    """One of ``docs`` is one of ``papers``, or names a person or organization that one of
    ``papers`` names beside ``person`` (:func:`~kg.resolve.sets.shared_company`)."""
    return bool(docs & papers) or any(shared_company(company, papers, person, d) for d in docs)
