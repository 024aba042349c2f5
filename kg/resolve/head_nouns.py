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

:func:`join_site_nouns` does the same for a museum's, a theatre's, a stadium's or a magazine's
name written without its noun ("the Louvre" and "the Louvre Museum", "Stuff" and "Stuff
Magazine"), the one organization or place the corpus writes with one such noun after it.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import known_place, word_set
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


#: Nouns of a site or a publication that its name is written without: "the Louvre" (Museum),
#: "La Fenice" (Theatre), "the Bernabeu" (stadium), "Stuff" (Magazine).
SITE_NOUNS = frozenset({"museum", "gallery", "theatre", "theater", "stadium", "magazine", "newspaper"})
#: Types a site's or a publication's short name may have: no person's, no work's ("Vanity Fair",
#: the novel, is no "Vanity Fair magazine").
SITE_KINDS = frozenset({ORG, "Place"})


def join_site_nouns(c: Corpus) -> None:
    """Join the name of an organization or a place the corpus also writes with a site's or a
    publication's noun after it (:data:`SITE_NOUNS`) to that longer name (rule ``head-noun``):
    "the Louvre" of one review is the "Louvre Museum" of two others. Only a name written so with
    one noun ("Kodak Theatre" and "Kodak Museum" would leave "Kodak" alone), no place the
    gazetteer knows ("Wembley", the town; "Wales" of "Wales Theatre"), and, unless one document
    names both, named in no more documents than the longer name ("Palace" of four articles, the
    club, is no "Palace Theatre" of one) and never typed a firm by the words around it ("photo
    giants such as Kodak" is no "Kodak Theatre")."""
    roots = c.roots()
    _mentions, docs = c.weights(roots)
    longer: dict[str, set[int]] = defaultdict(set)  # short name -> sets of its longer names
    for (kind, name), where in c.distinct.items():
        words = name.split()
        if kind in SITE_KINDS and len(words) > 1 and words[-1] in SITE_NOUNS:
            longer[" ".join(words[:-1])] |= {roots[i] for i in where}
    # sets that the words around one of their organizations' mentions type ("photo giants such as Kodak")
    firms = {
        roots[i]
        for i, (_doc, e) in enumerate(c.items)
        if c.kinds[i] == ORG and any(m.rule == "phrase" for m in e.mentions)
    }
    decided: list[tuple[int, int]] = []
    for (kind, name), where in c.distinct.items():
        sites = longer.get(name, set())
        if kind not in SITE_KINDS or len(sites) != 1 or known_place(name):
            continue
        site = next(iter(sites))
        for root in {roots[i] for i in where} - {site}:
            stated = not docs[root].isdisjoint(docs[site])
            if stated or (len(docs[root]) <= len(docs[site]) and root not in firms):
                decided.append((site, next(i for i in where if roots[i] == root)))
    for keep, other in decided:
        c.join(keep, other, "head-noun")
