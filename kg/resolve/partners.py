"""A partnership's name written without its last partners (rule ``partners``).

Wire copy names a broker by its first partners: "Drexel Burnham" in one article, "Drexel
Burnham Lambert Inc" in the next; "Smith Barney" and "Smith Barney, Harris Upham and Co Inc".
The shorter name, of two words or more, joins the one longer name of the corpus that starts
with it and goes on with one or two partners' names and a legal form: people's names the US
census lists ("Lambert", "Harris"), or any capitalised words before "and Co", "and Sons" or
another founders' word (:data:`kg.names.FAMILY`).
Words that are no one's name make a unit or an arm of the firm ("Ford Motor Credit Co",
"Morgan Stanley International Inc", "Sumitomo Metal International Finance Plc"), and a short
name that two longer names extend ("Merrill Lynch Capital Markets", "Merrill Lynch Pierce
Fenner and Smith Inc") joins neither.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from kg.lexicon import common_names
from kg.names import FAMILY
from kg.resolve.keys import firm_key, has_legal_form
from kg.resolve.sets import Corpus

ORG = "Organization"
#: Most partners' names a shorter name leaves out.
MAX_PARTNERS = 2


def join_partners(c: Corpus) -> None:
    """Join each organization's name of two words or more to the one longer name of the corpus
    that adds its last partners (see the module's docstring)."""
    named = c.by_firm(ORG)
    legal: set[str] = set()  # firm keys written with a legal form
    family: set[str] = set()  # ... and with a founders' word after "and" ("and Co Inc")
    for kind, name in c.distinct:
        if kind == ORG and has_legal_form(name):
            legal.add(firm_key(name))
            if any(a == "and" and b.rstrip(".") in FAMILY for a, b in pairwise(name.split())):
                family.add(firm_key(name))
    longer: dict[str, set[tuple[str, bool]]] = defaultdict(set)  # start -> (firm key, partners' names?)
    for key in named:
        words = key.split()
        for n in range(2, len(words)):
            longer[" ".join(words[:n])].add((key, key in legal and _partners(words[n:], key in family)))
    decided: list[tuple[int, int]] = []
    for (kind, name), where in c.distinct.items():
        if kind != ORG or " " not in name or has_legal_form(name):
            continue  # a name with a legal form is a firm's whole name ("Chase Manhattan Corp")
        found = longer.get(firm_key(name), set())
        if len(found) == 1:
            ((full, partners),) = found
            if partners:
                decided += [(named[full][0], i) for i in where]
    for keep, other in decided:
        c.join(keep, other, "partners")


def _partners(rest: list[str], family: bool) -> bool:
    """``rest`` names one or two partners: people's names of the census, or any words when the
    firm's name ends "and Co" or "and Sons" (``family``).

    Examples:
        >>> _partners(["lambert"], False), _partners(["harris", "upham"], True)
        (True, True)
        >>> _partners(["international"], False), _partners(["harris", "upham"], False)
        (False, False)
        >>> _partners(["asia", "pacific", "holdings"], True)
        False
    """
    return 0 < len(rest) <= MAX_PARTNERS and (family or all(w in common_names() for w in rest))
