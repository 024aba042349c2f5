"""Products the corpus announces are no actors in any of its articles (part of ``kg.resolve.v1``:
:func:`drop_products` runs on a corpus's results before :func:`kg.resolve.resolve`).

One article writes "the browser Firefox", "Sony's PSP handheld console" or "a technology called
Visual Radio" (``kg.product.v1``, :func:`kg.nlp.products.product_names`), and its names are no
actors there; the next writes "Firefox is gaining users" or "the PSP goes on sale", and the
recognizer reads a firm, a person or a place. Across the corpus the name is the same product: an
entity of that name read as a person, an organization or a place is no actor in any article, nor
one of its plural ("iPods"), of its maker's name before it ("Sony PSP", "Apple iPods") or
without its version's number ("the browser Firefox 1.0": Firefox),
unless it takes part in a relation the graph keeps (the Media Center that one article's
director heads is a think tank, where another writes "Microsoft's Media Center software") or the
user's alias file names it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.lexicon import common_words
from kg.names import CORPORATE, normalise
from kg.records import DocResult
from kg.resolve.once import kept_ends

#: A version's number after a product's name: "the browser Firefox 1.0" names Firefox, "Sony's
#: PlayStation 3 console" PlayStation.
VERSION = re.compile(r"\d+(\.\d+)*")
#: The types a product's name is read as: a work or an event is not touched.
PRODUCT_READINGS = frozenset({"Person", "Organization", "Place"})


def drop_products(
    results: list[DocResult],
    *,
    min_confidence: float = 0.0,
    classifier_min_confidence: float = 0.0,
    known: Collection[str] = (),
) -> list[DocResult]:
    """``results`` without the entities whose name one article of the corpus announces as a
    product's (:attr:`kg.records.DocResult.products`).

    ``min_confidence`` and ``classifier_min_confidence`` are the graph's (a relation below them
    keeps no actor); ``known`` are normalised names of the user's alias file, never left out.

    Examples:
        >>> from kg.records import Document, Entity, Mention
        >>> def result(i, text, name, kind, products=()):
        ...     at = text.index(name)
        ...     e = Entity("e0", name, kind, (Mention(at, at + len(name), name),))
        ...     return DocResult(Document(id=i, text=text), (e,), products=products)
        >>> rs = [
        ...     result("a", "Microsoft fears browser Firefox.", "Microsoft", "Organization", ("firefox",)),
        ...     result("b", "Firefox gains users.", "Firefox", "Place"),
        ...     result("c", "The Firefox Group said", "Firefox Group", "Organization"),
        ... ]
        >>> [[e.name for e in r.entities] for r in drop_products(rs)]
        [['Microsoft'], [], ['Firefox Group']]
    """
    announced = {p for r in results for p in r.products}
    if not announced:
        return results
    versions = (p.rsplit(" ", 1) for p in announced if " " in p)
    announced |= {name for name, number in versions if VERSION.fullmatch(number)}
    makers = {normalise(e.name) for r in results for e in r.entities if e.type == "Organization"}
    firms = _firms_named(makers)
    out = []
    for r in results:
        related = kept_ends(r, min_confidence, classifier_min_confidence)
        drop = {
            e.id
            for e in r.entities
            if e.type in PRODUCT_READINGS
            and e.id not in related
            and (name := normalise(e.name)) not in known
            and name not in firms
            and _product(name, announced, makers)
        }
        out.append(r.without(drop))
    return out


#: Small words a firm's initials leave out in :func:`_firms_named` ("letter of credit").
INITIAL_SKIPS = frozenset({"of", "and", "for", "the", "to", "in", "on", "per"})


def _firms_named(makers: set[str]) -> set[str]:
    """The short names the corpus's organizations go by, which no article's thing of the same
    letters leaves out elsewhere: the first word, no word of the language, of a name with a legal
    form ("csr" of "csr ltd", where a BBC article spells out "corporate social responsibility
    (CSR)"), and the initials of a name of three words or more besides its small words and
    legal forms ("oda" of "overseas development administration", beside "official development
    assistance (ODA)"; "ibm", which "a new operating system, called IBM DOS Version 3.3" had
    announced as a product, leaving IBM out of 60 Reuters articles).

    Examples:
        >>> sorted(_firms_named({"csr ltd", "overseas development administration", "sony"}))
        ['csr', 'oda']
    """
    legal = CORPORATE - {"group"}  # "Firefox Group" is no firm "Firefox" goes by
    firsts = {
        first
        for m in makers
        if " " in m
        and m.split()[-1].rstrip(".") in legal
        and (first := m.split()[0]).isalpha()
        and first not in common_words()  # "Super 90" computers beside "Super Valu Stores Inc"
    }
    # the initials of the words that are no small word nor legal form (three at least: "IE" is
    # the browser); not :func:`kg.resolve.keys.initials`, whose acronyms skip a foreign "de":
    # "Societes de Developpement Regional" is no "SDR", the special drawing right of wire copy
    lettered = set()
    for m in makers:
        words = [w for w in m.split() if w not in INITIAL_SKIPS and w.rstrip(".") not in CORPORATE]
        if len(words) > 2 and all(w[:1].isalpha() for w in words):
            lettered.add("".join(w[0] for w in words))
    return firsts | lettered


def _product(name: str, announced: set[str], makers: set[str]) -> bool:
    """``name`` is an announced product's, in the plural or not ("iPods"), or one after its maker's
    name, an organization's of the corpus ("Sony PSP", "Apple iPods").

    Examples:
        >>> makers = {"sony", "apple"}
        >>> [_product(n, {"psp", "ipod"}, makers) for n in ("psp", "ipods", "sony psp", "apple ipods")]
        [True, True, True, True]
        >>> [_product(n, {"psp", "ipod"}, makers) for n in ("sony", "tokyo psp", "pspa", "ipod nano")]
        [False, False, False, False]
    """
    words = name.split()
    for cut in range(len(words)):
        maker, rest = " ".join(words[:cut]), " ".join(words[cut:])
        plural = rest.endswith("s") and rest[:-1] in announced
        if (not maker or maker in makers) and (rest in announced or plural):
            return True
    return False
