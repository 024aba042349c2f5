"""The networkx graph as RDF: actors, documents, direct triples and qualified assertions.

Shape of the output (prefixes ``kg:``, ``schema:``, ``prov:``, ``skos:``):

* an actor: ``rdf:type`` its ``kg:`` class, ``rdfs:label``, ``kg:alias`` for every
  surface form, ``kg:mentionCount``, ``kg:mentionedIn`` its articles, ``kg:merge``
  nodes saying why each form joined;
* a document: ``schema:NewsArticle`` with ``schema:identifier`` and, when known,
  ``schema:headline``, ``schema:datePublished``, ``schema:url``, ``kg:source``;
* an edge: the direct triple ``s kg:pred o`` (never for a negated edge) plus one
  ``kg:Assertion`` (an ``rdf:Statement``) with ``kg:negated``, ``kg:confidence``,
  ``kg:rule``, ``kg:date``, ``rdfs:label`` (the verb of ``relatedTo``) and, per
  evidence, ``prov:wasDerivedFrom`` the article and a ``prov:qualifiedDerivation``
  carrying the sentence and its character offsets.

rdflib is the API for building; :func:`write` serialises through pyoxigraph,
which writes Turtle about 50x faster than rdflib on a million triples.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import BNode, Node

from kg.errors import KGError
from kg.io import atomic_open
from kg.iri import mint
from kg.records import ENTITY_TYPES, PREDICATES
from kg.settings import BASE_IRI, VOCAB_IRI
from kg.vocab import KG

SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

PREFIXES: dict[str, str] = {
    "kg": VOCAB_IRI,
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

#: format name -> (file name, pyoxigraph RdfFormat attribute, rdflib format name)
FORMATS: dict[str, tuple[str, str, str]] = {
    "ttl": ("graph.ttl", "TURTLE", "turtle"),
    "nt": ("graph.nt", "N_TRIPLES", "nt"),
    "jsonld": ("graph.jsonld", "JSON_LD", "json-ld"),
}
_FORMAT_ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "json-ld": "jsonld"}

# RFC 3987 forbids these in an IRI; a node key containing one is re-minted.
_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*$")


def is_iri(text: str) -> bool:
    """True when ``text`` is an absolute IRI that Turtle, N-Triples and SPARQL accept as is.

    Examples:
        >>> is_iri("https://w3id.org/kg/id/person/Mark_Rutte"), is_iri("Mark Rutte"), is_iri("http://x/>")
        (True, False, False)
    """
    return bool(_IRI_RE.match(text))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def _actor_iri(node: Any, base: str) -> URIRef:
    text = str(node)
    return URIRef(text if is_iri(text) else mint("actor", text, base=base))


def _date_literal(value: str) -> Literal:
    """``xsd:date`` or ``xsd:dateTime`` when ``value`` parses as ISO 8601, else a plain string."""
    text = value.strip()
    try:
        if len(text) == 10:
            return Literal(dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
        return Literal(dt.datetime.fromisoformat(text).isoformat(), datatype=XSD.dateTime)
    except ValueError:
        return Literal(value)


def _decimal(value: float) -> Literal:
    # A fixed lexical form ("0.9", "1.0") so every engine reads back the same literal.
    text = f"{Decimal(str(round(float(value), 4))):f}"
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def _add_document(g: Graph, doc_id: str, meta: dict[str, Any], base: str) -> URIRef:
    doc = URIRef(mint("doc", doc_id, base=base))
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, SCHEMA.identifier, Literal(doc_id)))
    if meta.get("title"):
        g.add((doc, SCHEMA.headline, Literal(meta["title"])))
    if meta.get("date"):
        g.add((doc, SCHEMA.datePublished, _date_literal(str(meta["date"]))))
    if meta.get("url"):
        g.add((doc, SCHEMA.url, Literal(str(meta["url"]), datatype=XSD.anyURI)))
    if meta.get("source"):
        g.add((doc, KG.source, Literal(str(meta["source"]))))
    return doc


def _add_actor(g: Graph, node: Any, data: dict[str, Any], base: str, doc_iri: Any) -> None:
    s = _actor_iri(node, base)
    kind = data.get("type")
    g.add((s, RDF.type, KG[kind] if kind in ENTITY_TYPES else KG.Actor))
    label = data.get("label")
    if label is not None:
        g.add((s, RDFS.label, Literal(str(label))))
    for alias in data.get("aliases") or ():
        g.add((s, KG.alias, Literal(str(alias))))
    if data.get("mentions") is not None:
        g.add((s, KG.mentionCount, Literal(int(data["mentions"]))))
    for doc_id in data.get("docs") or ():
        g.add((s, KG.mentionedIn, doc_iri(str(doc_id))))
    for form, rule in data.get("merges") or ():
        m = URIRef(mint("merge", _digest(s, form, rule), base=base))
        g.add((s, KG.merge, m))
        g.add((m, RDF.type, KG.Merge))
        g.add((m, KG.surfaceForm, Literal(str(form))))
        g.add((m, KG.mergeRule, Literal(str(rule))))


def _add_edge(g: Graph, u: Any, v: Any, key: Any, data: dict[str, Any], base: str, doc_iri: Any) -> None:
    pred_name = data.get("predicate", "relatedTo")
    if pred_name not in PREDICATES:
        raise KGError(
            f"Unknown predicate {pred_name!r} on edge {u} -> {v}. Available: {', '.join(PREDICATES)}"
        )
    s, o, p = _actor_iri(u, base), _actor_iri(v, base), KG[pred_name]
    negated = bool(data.get("negated", False))
    if not negated:
        g.add((s, p, o))
    a = URIRef(mint("assertion", _digest(s, key, o), base=base))
    g.add((a, RDF.type, KG.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, KG.negated, Literal(negated)))
    g.add((a, KG.confidence, _decimal(data.get("confidence", 0.5))))
    if data.get("label"):
        g.add((a, RDFS.label, Literal(str(data["label"]))))
    for rule in data.get("rules") or ():
        g.add((a, KG.rule, Literal(str(rule))))
    for date in data.get("dates") or ():
        g.add((a, KG.date, _date_literal(str(date))))
    for ev in data.get("evidence") or ():
        doc = doc_iri(str(ev["doc"]))
        d = URIRef(mint("evidence", _digest(a, ev["doc"], ev["start"], ev["end"]), base=base))
        g.add((a, PROV.wasDerivedFrom, doc))
        g.add((a, PROV.qualifiedDerivation, d))
        g.add((d, RDF.type, PROV.Derivation))
        g.add((d, PROV.entity, doc))
        g.add((d, KG.evidenceText, Literal(str(ev.get("text", "")))))
        g.add((d, KG.evidenceStart, Literal(int(ev["start"]))))
        g.add((d, KG.evidenceEnd, Literal(int(ev["end"]))))


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """The RDF form of a kg graph (see the module docstring); ``G`` is not changed.

    Examples:
        >>> import networkx as nx
        >>> from kg.graph import add_fact
        >>> G = nx.MultiDiGraph(documents={"d": {"id": "d", "title": "T", "date": "2024-10-03"}})
        >>> G.add_node("https://w3id.org/kg/id/person/A", label="A", type="Person", aliases=["A"])
        >>> G.add_node("https://w3id.org/kg/id/place/B", label="B", type="Place", aliases=["B"])
        >>> ev = {"doc": "d", "start": 0, "end": 9, "text": "A visits B"}
        >>> add_fact(G, "https://w3id.org/kg/id/person/A", "visits", "https://w3id.org/kg/id/place/B",
        ...          evidence=ev, confidence=0.8)
        >>> g = to_rdf(G)
        >>> a, b = URIRef("https://w3id.org/kg/id/person/A"), URIRef("https://w3id.org/kg/id/place/B")
        >>> (a, KG.visits, b) in g
        True
    """
    base = str(G.graph.get("base_iri") or BASE_IRI)
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, Namespace(ns))
    documents: dict[str, Any] = G.graph.get("documents") or {}
    seen: dict[str, URIRef] = {}

    def doc_iri(doc_id: str) -> URIRef:
        if doc_id not in seen:
            seen[doc_id] = _add_document(g, doc_id, documents.get(doc_id) or {}, base)
        return seen[doc_id]

    for doc_id in documents:
        doc_iri(str(doc_id))
    for node, data in G.nodes(data=True):
        _add_actor(g, node, data, base, doc_iri)
    for u, v, key, data in G.edges(keys=True, data=True):
        _add_edge(g, u, v, key, data, base, doc_iri)
    return g


def _format_names(formats: Iterable[str]) -> list[str]:
    names = []
    for fmt in formats:
        name = _FORMAT_ALIASES.get(fmt.lower().strip(), fmt.lower().strip())
        if name not in FORMATS:
            raise KGError(f"Unknown RDF format {fmt!r}. Available formats: {', '.join(FORMATS)}")
        names.append(name)
    return names


def to_oxigraph(triples: Iterable[tuple[Node, Node, Node]]) -> Iterable[Any]:
    """Turn rdflib triples into pyoxigraph ``Triple`` objects (IRIs are cached)."""
    import pyoxigraph as ox

    iris: dict[str, Any] = {}

    def iri(term: str) -> Any:
        node = iris.get(term)
        if node is None:
            node = iris[term] = ox.NamedNode(term)
        return node

    def conv(term: Node) -> Any:
        if isinstance(term, URIRef):
            return iri(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None and term.datatype != XSD.string:
                return ox.Literal(str(term), datatype=iri(str(term.datatype)))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        raise KGError(f"Cannot write RDF term {term!r} of type {type(term).__name__}")

    for s, p, o in triples:
        yield ox.Triple(conv(s), conv(p), conv(o))


def _sorted(g: Graph) -> Iterable[tuple[Node, Node, Node]]:
    """Triples grouped by subject, in a stable order, so files diff well and Turtle nests."""
    for s in sorted(set(g.subjects()), key=str):
        for p, o in sorted(g.predicate_objects(s), key=lambda po: (str(po[0]), po[1].n3())):
            yield s, p, o


def write_graph(
    g: Graph, out_dir: str | Path, formats: Sequence[str] = ("ttl",), *, engine: str = "oxigraph"
) -> list[Path]:
    """Write an rdflib graph as ``graph.<ext>`` files in ``out_dir``, atomically.

    Args:
        g: the graph to write.
        out_dir: folder for the files (created if missing).
        formats: any of ``ttl``, ``nt``, ``jsonld``.
        engine: ``oxigraph`` (fast) or ``rdflib``; both give isomorphic output.

    Returns:
        The paths written, in the order of ``formats``.
    """
    names = _format_names(formats)
    if engine not in ("oxigraph", "rdflib"):
        raise KGError(f"Unknown RDF engine {engine!r}. Available engines: oxigraph, rdflib")
    paths = []
    for name in names:
        file_name, ox_format, rdflib_format = FORMATS[name]
        path = Path(out_dir) / file_name
        with atomic_open(path, "wb") as f:
            if engine == "rdflib":
                g.serialize(f, format=rdflib_format, encoding="utf-8")
            else:
                import pyoxigraph as ox

                ox.serialize(to_oxigraph(_sorted(g)), f, getattr(ox.RdfFormat, ox_format), prefixes=PREFIXES)
        paths.append(path)
    return paths


def write(
    G: nx.MultiDiGraph, out_dir: str | Path, formats: Sequence[str] = ("ttl",), *, engine: str = "oxigraph"
) -> list[Path]:
    """Write ``G`` as RDF (``graph.ttl``, ``graph.nt``, ``graph.jsonld``) into ``out_dir``.

    Each file is written to a temp file beside it and renamed, so a killed run
    never leaves half a file. Unknown formats raise :class:`~kg.errors.KGError`
    before anything is written.
    """
    _format_names(formats)
    return write_graph(to_rdf(G), out_dir, formats, engine=engine)


def read(path: str | Path) -> Graph:
    """Parse a written ``graph.ttl``/``.nt``/``.jsonld`` (or the first found in a folder) with rdflib."""
    p = Path(path)
    if p.is_dir():
        found = [p / FORMATS[n][0] for n in ("nt", "ttl", "jsonld") if (p / FORMATS[n][0]).exists()]
        if not found:
            raise KGError(f"No graph.ttl, graph.nt or graph.jsonld in {str(p)!r}; run `kg build` first")
        p = found[0]
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(p.suffix)
    if fmt is None:
        raise KGError(f"Cannot read RDF from {str(p)!r}: expected a .ttl, .nt or .jsonld file")
    with warnings.catch_warnings():
        # rdflib's JSON-LD parser builds a ConjunctiveGraph, which rdflib itself deprecates.
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        return Graph().parse(p, format=fmt)
