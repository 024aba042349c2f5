"""An organization's name written without the noun that heads it (rule ``head-noun``).

Wire copy writes "Chase Manhattan" in one article and "Chase Manhattan Bank" in the next,
"the House Armed Services" and "the House Armed Services Committee", "the Federal Reserve"
and "the Federal Reserve Board". The shorter name joins the longer one when the longer one
is the shorter one with one more word, a body's noun (``generic_org_nouns`` in the lexicon:
bank, board, committee, union, party, ...; or its plural), and the corpus writes the shorter
name with no other word after it: "House Banking committee" and "House Banking subcommittee"
are two bodies, and "House Banking" joins neither. Of several such bodies, it joins the one
holding four fifths of their mentions (:func:`kg.resolve.sets.dominant`): "the Federal Reserve"
is the Federal Reserve Board of 147 mentions in all Reuters articles, not the regional Federal
Reserve Banks of 2; of two bodies named about as often, neither. It runs before the short
forms (:mod:`kg.resolve.short_forms`), so that "Fed" reads the two names as one body. A
shorter name that a body's noun already ends ("European Community" of "European Community
Commission") is a whole name, and the longer one a body of it; so is one with a legal form
("Chase Manhattan Corp", the holding company).
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import word_set
from kg.names import without_legal_form
from kg.resolve.keys import LEGAL_FORMS, firm_key, has_legal_form
from kg.resolve.sets import Corpus, dominant

ORG = "Organization"
#: Last words of a whole organization's name besides the lexicon's nouns for a body: the
#: European, the Andean, the Caribbean Community.
WHOLE = frozenset({"community"})


def join_head_nouns(c: Corpus) -> None:
    """Join each organization's name of two words or more to the name the corpus writes it
    with a body's noun after, the one or the one most named (see the module's docstring)."""
    heads = word_set("generic_org_nouns")
    whole = heads | word_set("org_name_heads") | WHOLE
    named = c.by_firm(ORG)
    after: dict[str, set[tuple[str, str]]] = defaultdict(set)  # name -> (name, last word) one word longer
    for kind, name in c.distinct:
        words = without_legal_form(name.split(), LEGAL_FORMS)
        if kind == ORG and len(words) > 2:
            after[firm_key(" ".join(words[:-1]))].add((firm_key(name), words[-1]))
    roots = c.roots()
    mentions, _docs = c.weights(roots)
    decided: list[tuple[int, int]] = []
    for (kind, name), where in c.distinct.items():
        words = name.split()
        longer = after.get(firm_key(name), set())
        if (
            kind != ORG
            or len(words) < 2
            or has_legal_form(name)  # "Chase Manhattan Corp"
            or words[-1] in whole
        ):
            continue
        if not all(head in heads or head.removesuffix("s") in heads for _full, head in longer):
            continue  # "House Banking" of a committee and a subcommittee is neither
        # of several bodies ("Federal Reserve Board", "Federal Reserve Banks"), the one most named
        bodies = {roots[named[full][0]] for full, _head in longer}
        body = dominant({root: mentions[root] for root in bodies})
        if body is not None:
            decided += [(body, i) for i in where]
    for keep, other in decided:
        c.join(keep, other, "head-noun")
