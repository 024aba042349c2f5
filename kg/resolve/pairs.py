"""Two names an article joins with "and" that the corpus names as one firm (part of
``kg.resolve.v1``: :func:`name_partner_firms` runs on a corpus's results before
:func:`kg.resolve.resolve`).

Partnerships are named after their partners: "Wagner and Brown", "Phillips and Drew",
"Hambrecht and Quist". Where one article's recognizer reads the whole as an organization, the
next reads "a partnership of Wagner and Brown" as two people, Wagner and Brown, and the graph
has one more Wagner and one more Brown for each such article. A one-word name an article
writes only in that pair, "X and Y" or "X & Y", every time it names it, is the firm another
article of the corpus names so (as an organization, with the same two words in that order,
with or without a legal form: "Hambrecht and Quist Inc"), and so is the pair's other name
(which the recognizer may not have found: "of Phillips and Drew" gives "Drew" alone): one
organization of the article, with the pair's mentions. Not a place's name (the gazetteer's:
"Spain and Portugal"), not where a name of the pair has another mention (a pronoun, a title:
the article speaks of a person), nor where a person of the pair takes part in a relation the
graph keeps (what the sentence said of a person is no firm's); an organization of the pair
that does ("Bill Martin, economist at Phillips" of "Phillips and Drew") gives the firm its
relations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.lexicon import place
from kg.names import normalise
from kg.records import DocResult, Entity, Mention
from kg.resolve.keys import firm_key, spelled_out
from kg.resolve.once import kept_ends

#: What joins two partners' names in a firm's name.
AND = re.compile(r"\s+(?:and|&)\s+")
#: The rule's name in ``merges.csv``.
RULE = "partner-pair"


def name_partner_firms(
    results: list[DocResult], *, min_confidence: float = 0.0, classifier_min_confidence: float = 0.0
) -> list[DocResult]:
    """``results`` with each pair of one-word names that the corpus names as one firm made that
    firm (see the module).

    Examples:
        >>> from kg.records import Document
        >>> def result(i, text, *names):
        ...     ents = []
        ...     for n, (name, kind) in enumerate(names):
        ...         at = text.index(name)
        ...         ents.append(Entity(f"e{n}", name, kind, (Mention(at, at + len(name), name),)))
        ...     return DocResult(Document(id=i, text=text), tuple(ents))
        >>> rs = [
        ...     result("a", "Dorn and Lassiter Inc bid.", ("Dorn and Lassiter", "Organization")),
        ...     result("b", "A unit of Dorn and Lassiter bid.", ("Dorn", "Person"), ("Lassiter", "Person")),
        ... ]
        >>> [[(e.name, e.type) for e in r.entities] for r in name_partner_firms(rs)][1]
        [('Dorn and Lassiter', 'Organization')]
    """
    # "Hambrecht and Quist Inc", "Standard & Poor's Corp": the firm's key, "&" spelled out
    keys = {
        spelled_out(firm_key(normalise(e.name)))
        for r in results
        for e in r.entities
        if e.type == "Organization"
    }
    firms = {key for key in keys if len(key.split()) == 3}
    if not firms:
        return results
    return [_paired(r, firms, kept_ends(r, min_confidence, classifier_min_confidence)) for r in results]


def _paired(r: DocResult, firms: set[str], related: set[str | None]) -> DocResult:
    """``r`` with its pairs of names that are one of ``firms`` made one organization."""
    text = r.doc.text
    covered: dict[str, frozenset[tuple[int, int]]] = {}  # entity -> where its mentions' pairs are
    for e in r.entities:
        if e.type not in ("Person", "Organization") or " " in e.name.strip() or place(normalise(e.name)):
            continue  # "Spain and Portugal" of a pact's name are the countries
        found = [_pair(text, m, firms) for m in e.mentions]
        pairs = frozenset(span for span in found if span is not None)
        if pairs:
            covered[e.id] = pairs
    groups: dict[frozenset[tuple[int, int]], list[Entity]] = {}
    torn: set[frozenset[tuple[int, int]]] = set()  # "Dorn and Lassiter and Pell": a name in two pairs
    for e in r.entities:
        touching = [spans for spans in set(covered.values()) if any(_overlap(m, spans) for m in e.mentions)]
        for spans in touching:
            groups.setdefault(spans, []).append(e)
        if len(touching) > 1:
            torn.update(touching)
    keep: dict[str, tuple[list[Entity], list[tuple[int, int]]]] = {}
    for spans, members in groups.items():
        if spans in torn:
            continue
        if not all(_overlap(m, spans) for x in members for m in x.mentions):
            continue  # a name of the pair also alone ("Wagner said"), or a pronoun's
        if any(x.type not in ("Person", "Organization") for x in members):
            continue  # "the Conservative and Labour parties": a group's name is no partner's
        if any(x.type == "Person" and x.id in related for x in members):
            continue  # what a sentence said of a person is no firm's
        held = [x.id for x in members if x.id in related]
        if len(held) > 1:
            continue
        # "Cable and Wireless Plc": the pair with the legal form of the name that ends it
        whole = [
            (a, max([b] + [m.end for x in members for m in x.mentions if a <= m.start < b]))
            for a, b in sorted(spans)
        ]
        keep[held[0] if held else members[0].id] = (members, whole)
    if not keep:
        return r
    gone = {x.id for members, _spans in keep.values() for x in members} - set(keep)
    entities = []
    for e in r.entities:
        if e.id in gone:
            continue
        if e.id in keep:
            members, whole = keep[e.id]
            mentions = tuple(Mention(a, b, text[a:b]) for a, b in whole)
            merges = tuple((x.name, RULE) for x in members)
            e = replace(e, name=mentions[0].text, type="Organization", mentions=mentions, merges=merges)
        entities.append(e)
    return replace(r, entities=tuple(entities))


def _overlap(m: Mention, spans: frozenset[tuple[int, int]]) -> bool:
    """The mention ``m`` shares text with one of ``spans``."""
    return any(m.start < b and a < m.end for a, b in spans)


#: A capitalised word right before "and" or "&" that ends where a name's mention starts.
BEFORE = re.compile(r"([A-Z]\w*)\s+(?:and|&)\s+$")
#: A capitalised word right after "and" or "&" that follows a name's mention.
AFTER = re.compile(r"\s+(?:and|&)\s+([A-Z]\w*)")


def _pair(text: str, m: Mention, firms: set[str]) -> tuple[int, int] | None:
    """Where the pair of names that ``m`` is one of, one of ``firms``, is written: "Wagner and
    Brown" around "Wagner" or "Brown"; ``None`` if there is none, or two.

    Examples:
        >>> text, firms = "Dorn and Lassiter and Pell", {"dorn and lassiter", "lassiter and pell"}
        >>> [_pair(text, Mention(a, b, text[a:b]), firms) for a, b in ((0, 4), (9, 17), (22, 26))]
        [(0, 17), None, (9, 26)]
    """
    found = []
    if (after := AFTER.match(text, m.end)) and f"{normalise(m.text)} and {after[1].lower()}" in firms:
        found.append((m.start, after.end()))
    if (before := BEFORE.search(text, max(0, m.start - 40), m.start)) and (
        f"{before[1].lower()} and {normalise(m.text)}" in firms
    ):
        found.append((before.start(), m.end))
    return found[0] if len(found) == 1 else None
