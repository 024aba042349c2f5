"""Who a name can mean: the actors that share a label or alias, to show and to pick from.

A name such as "Reagan" may be a label or alias of several actors (two people, a person
and the administration named after him, or one mis-merged node). :func:`named` lists
them from a built graph's store (or an rdflib graph), most connected first, each with its
type, its number of relations and one document that mentions it, so a caller can show
the choice and take one (:func:`pick`). :mod:`kg.viz.subgraphs` lists them the same way
from ``graph.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kg.errors import KGError
from kg.names import strip_bidi
from kg.settings import BASE_IRI

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_KG = "https://w3id.org/kg/ontology#"
_SCHEMA = "https://schema.org/"
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One actor a name can mean: its IRI, label, type, relations, and a document mentioning it."""

    id: str
    label: str
    type: str
    degree: int
    doc: str | None = None
    title: str | None = None


def ranked(found: Iterable[Candidate]) -> list[Candidate]:
    """``found`` most connected first (ties by IRI, so the order never depends on the graph's)."""
    return sorted(found, key=lambda c: (-c.degree, c.id))


def short_id(iri: str, base: str = BASE_IRI) -> str:
    """The id to show and to type: the IRI without the graph's base.

    Examples:
        >>> short_id("https://w3id.org/kg/id/person/Ronald_Reagan")
        'person/Ronald_Reagan'
        >>> short_id("http://example.org/x")
        'http://example.org/x'
    """
    return iri[len(base) :] if iri.startswith(base) and len(iri) > len(base) else iri


def full_id(text: str, base: str = BASE_IRI) -> str:
    """An actor id as typed (a full IRI, ``id:person/X`` or ``person/X``) as the full IRI.

    Examples:
        >>> full_id("person/Ronald_Reagan")
        'https://w3id.org/kg/id/person/Ronald_Reagan'
        >>> full_id("id:person/Ronald_Reagan") == full_id("<https://w3id.org/kg/id/person/Ronald_Reagan>")
        True
    """
    text = text.strip().removeprefix("<").removesuffix(">")
    if text.startswith("id:"):
        return base + text[3:]
    if re.match(r"^[a-z][a-z0-9+.\-]*://", text, flags=re.I):
        return text
    return base + text.lstrip("/")


def pick(name: str, found: Sequence[Candidate], actor_id: str | None = None) -> Candidate:
    """The candidate ``actor_id`` names (any form :func:`full_id` reads), else the most connected.

    Raises:
        KGError: ``actor_id`` is not one of ``found``; the message lists their ids.
    """
    if not found:
        raise KGError(f"No actor named {name!r}")
    if actor_id is None:
        return ranked(found)[0]
    wanted = full_id(actor_id)
    for c in found:
        if c.id == wanted:
            return c
    ids = ", ".join(short_id(c.id) for c in ranked(found))
    raise KGError(f"{actor_id!r} is not one of the actors named {name!r}. Their ids: {ids}")


def clean(text: object, width: int = 0) -> str:
    """``text`` safe for a terminal: control and bidi characters out, cut to ``width`` if given.

    Examples:
        >>> clean("Reagan\\x1b[2J\\n")
        'Reagan [2J'
    """
    out = " ".join(_CONTROLS.sub(" ", strip_bidi(str(text))).split())
    return out if not width or len(out) <= width else out[: width - 1] + "…"


def listing(name: str, found: Sequence[Candidate]) -> list[str]:
    """Lines showing the actors ``name`` can mean (for stderr), most connected first."""
    rows = [
        (
            clean(short_id(c.id), 60),
            clean(c.label, 30),
            clean(c.type, 12),
            str(c.degree),
            clean(f"{c.doc}" + (f" ({c.title})" if c.title else ""), 60) if c.doc else "",
        )
        for c in ranked(found)
    ]
    head = ("id", "label", "type", "relations", "a document")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = [f"kg: {len(found)} actors are named {clean(name, 60)!r}:"]
    for r in [head, *rows]:
        lines.append("  " + "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return lines


def named(source: Any, name: str) -> list[Candidate]:
    """The actors of a built graph whose label or an alias is ``name`` (any case), most connected first.

    ``source`` is an open pyoxigraph ``Store`` or an rdflib ``Graph`` (see
    :func:`kg.sparql.query.query`). Looks up ``kg:nameKey`` (an index), so it costs
    a few lookups per actor found, whatever the size of the graph.
    """
    triples = _Triples(source)
    actors = sorted(set(triples.subjects(_KG + "nameKey", name.lower())))
    found = []
    for actor in actors:
        types = [t for t in triples.objects(actor, _RDF + "type") if t.startswith(_KG)]
        degree = sum(1 for _ in triples.subjects(_RDF + "subject", actor, iri=True))
        degree += sum(1 for _ in triples.subjects(_RDF + "object", actor, iri=True))
        docs = sorted(triples.objects(actor, _KG + "mentionedIn"))
        doc = title = None
        if docs:
            doc = next(iter(triples.objects(docs[0], _SCHEMA + "identifier")), None) or short_id(docs[0])
            title = next(iter(triples.objects(docs[0], _SCHEMA + "headline")), None)
        found.append(
            Candidate(
                id=actor,
                label=next(iter(triples.objects(actor, _RDFS_LABEL)), actor),
                type=types[0][len(_KG) :] if types else "",
                degree=degree,
                doc=doc,
                title=title,
            )
        )
    return ranked(found)


class _Triples:
    """Triple-pattern lookups over pyoxigraph or rdflib, as plain strings."""

    def __init__(self, source: Any) -> None:
        import pyoxigraph as ox

        self.source = source
        self.ox = ox if isinstance(source, ox.Store) else None

    def subjects(self, p: str, o: str, *, iri: bool = False) -> Iterable[str]:
        if self.ox is not None:
            obj = self.ox.NamedNode(o) if iri else self.ox.Literal(o)
            graph = self.ox.DefaultGraph()
            return (
                q.subject.value for q in self.source.quads_for_pattern(None, self.ox.NamedNode(p), obj, graph)
            )
        from rdflib import Literal, URIRef

        term = URIRef(o) if iri else Literal(o)
        return (str(s) for s in self.source.subjects(URIRef(p), term))

    def objects(self, s: str, p: str) -> Iterable[str]:
        if self.ox is not None:
            graph = self.ox.DefaultGraph()
            pattern = (self.ox.NamedNode(s), self.ox.NamedNode(p), None, graph)
            return (q.object.value for q in self.source.quads_for_pattern(*pattern))
        from rdflib import URIRef

        return (str(o) for o in self.source.objects(URIRef(s), URIRef(p)))
