"""The networkx graph as RDF: actors, documents, direct triples and qualified assertions.

Shape of the output (prefixes ``kg:``, ``schema:``, ``prov:``, ``skos:``):

* an actor: ``rdf:type`` its ``kg:`` class, ``rdfs:label``, ``kg:alias`` for every
  surface form, ``kg:nameKey`` for the label and each alias lower-cased (for indexed
  case-insensitive lookup by name), ``kg:mentionCount``, ``kg:mentionedIn`` its articles, ``kg:merge``
  nodes saying why each form joined;
* a document: ``schema:NewsArticle`` with ``schema:identifier`` and, when known,
  ``schema:headline``, ``schema:datePublished``, ``schema:url``, ``kg:source``;
* an edge: the direct triple ``s kg:pred o`` (never for a negated edge) plus one
  ``kg:Assertion`` (an ``rdf:Statement``) with ``kg:negated``, ``kg:confidence``,
  ``kg:rule``, ``kg:date``, ``rdfs:label`` (the verb of ``relatedTo``) and, per
  evidence, ``prov:wasDerivedFrom`` the article and a ``prov:qualifiedDerivation``
  carrying the sentence and its character offsets;
* who says so (``kg.attribution.v1``): each evidence's ``kg:voice`` ("article" or
  "reported") and, when reported, ``kg:speakerText`` and ``kg:speaker``; the assertion
  ``prov:wasAttributedTo`` each named speaker's actor, ``kg:attributedToText`` each
  unnamed one's words.

* when it holds: on each derivation its evidence's ``kg:eventTime`` (a TIMEX3 value),
  ``schema:startDate``/``schema:endDate`` (the days it covers; an open end is left out)
  and ``kg:timeSource`` (``sentence`` or ``article``); on the assertion each distinct
  ``kg:eventTime`` and ``kg:timeSource`` of its evidence and the edge's earliest start
  and latest end as ``schema:startDate``/``schema:endDate``.

:func:`triples` states that shape once, in plain terms (``str`` IRIs and
:class:`Lit` literals). :func:`to_rdf` turns them into an rdflib ``Graph``,
the Python API; :func:`write` (the build's path) turns them into N-Triples text
and lets pyoxigraph write every format, with no rdflib graph in between: for
800k triples about 3 s instead of over a minute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, NamedTuple

import networkx as nx
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV as _PROV_NS
from rdflib.namespace import SDO
from rdflib.namespace import SKOS as _SKOS_NS
from rdflib.term import BNode, Node

from kg.errors import KGError
from kg.graph import links
from kg.io import atomic_open
from kg.iri import mint
from kg.memory import gc_paused
from kg.rdf.vocab import KG
from kg.records import ENTITY_TYPES, PREDICATES
from kg.settings import BASE_IRI, VOCAB_IRI

#: rdflib's closed namespaces: a term they do not define raises instead of minting a typo.
SCHEMA, PROV, SKOS = SDO, _PROV_NS, _SKOS_NS

PREFIXES: dict[str, str] = {
    "kg": VOCAB_IRI,
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
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


class _Terms:
    """A namespace's terms as plain ``str``, each looked up once.

    rdflib's closed namespaces check the name and make a new ``URIRef`` on every
    access, and ``URIRef`` compares in Python: a tenth of a second per 100k triples.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)
        return value

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)  # type: ignore[no-any-return]


_KG, _RDF, _RDFS, _SCHEMA, _PROV = (_Terms(ns) for ns in (KG, RDF, RDFS, SCHEMA, PROV))
_XSD = _Terms(XSD)
_OWL = _Terms(OWL)


class Lit(NamedTuple):
    """A literal in the form both writers take: its lexical form and datatype IRI (``None``: a string)."""

    text: str
    datatype: str | None = None


#: A term of :func:`triples`: an IRI (``str``) or a literal (:class:`Lit`).
Term = str | Lit


def _integer(value: int) -> Lit:
    return Lit(str(int(value)), _XSD.integer)


def _boolean(value: bool) -> Lit:
    return Lit("true" if value else "false", _XSD.boolean)


def _date_literal(value: str) -> Lit:
    """``xsd:date`` or ``xsd:dateTime`` when ``value`` parses as ISO 8601, else a plain string."""
    text = value.strip()
    try:
        if len(text) == 10:
            return Lit(dt.date.fromisoformat(text).isoformat(), _XSD.date)
        return Lit(dt.datetime.fromisoformat(text).isoformat(), _XSD.dateTime)
    except ValueError:
        return Lit(value)


#: A TIMEX3 value that is an XSD date type as it is: a day, a month, a year.
_XSD_TIME = (
    (re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), "date"),
    (re.compile(r"^[0-9]{4}-[0-9]{2}$"), "gYearMonth"),
    (re.compile(r"^[0-9]{4}$"), "gYear"),
)


def _time_literal(value: str) -> Lit:
    """A TIMEX3 value as ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` where it is one, else a string.

    Examples:
        >>> [_time_literal(v).datatype.rsplit("#")[-1] for v in ("2024-10-01", "2024-10", "2024")]
        ['date', 'gYearMonth', 'gYear']
        >>> _time_literal("2024-W40")
        Lit(text='2024-W40', datatype=None)
    """
    for pattern, name in _XSD_TIME:
        if pattern.match(value):
            return Lit(value, _XSD[name])
    return Lit(value)


def _when(node: str, items: Iterable[dict[str, Any]], start: Any, end: Any) -> Iterator[Triple]:
    """When ``node`` holds: the time and source of each of ``items``, and its first and last day."""
    for time, source in sorted({(str(i["time"]), str(i["time_source"])) for i in items if i.get("time")}):
        yield node, _KG.eventTime, _time_literal(time)
        yield node, _KG.timeSource, Lit(source)
    if start:
        yield node, _SCHEMA.startDate, _date_literal(str(start))
    if end:
        yield node, _SCHEMA.endDate, _date_literal(str(end))


def _decimal(value: float) -> Lit:
    # A fixed lexical form ("0.9", "1.0") so every engine reads back the same literal.
    text = f"{Decimal(str(round(float(value), 4))):f}"
    return Lit(text if "." in text else f"{text}.0", _XSD.decimal)


Triple = tuple[str, str, Term]


def _document(doc: str, doc_id: str, meta: dict[str, Any]) -> Iterator[Triple]:
    yield doc, _RDF.type, _SCHEMA.NewsArticle
    yield doc, _SCHEMA.identifier, Lit(doc_id)
    if meta.get("title"):
        yield doc, _SCHEMA.headline, Lit(str(meta["title"]))
    if meta.get("date"):
        yield doc, _SCHEMA.datePublished, _date_literal(str(meta["date"]))
    if meta.get("url"):
        yield doc, _SCHEMA.url, Lit(str(meta["url"]), _XSD.anyURI)
    if meta.get("source"):
        yield doc, _KG.source, Lit(str(meta["source"]))


def _actor(s: str, data: dict[str, Any], base: str, doc_iri: Callable[[str], str]) -> Iterator[Triple]:
    kind = data.get("type")
    yield s, _RDF.type, _KG[kind] if kind in ENTITY_TYPES else _KG.Actor
    label = data.get("label")
    if label is not None:
        yield s, _RDFS.label, Lit(str(label))
    for alias in data.get("aliases") or ():
        yield s, _KG.alias, Lit(str(alias))
    # Lower-cased names as their own literals: an exact match on them is an index lookup,
    # where FILTER(LCASE(?label) = ...) scans every label (see queries/*.rq).
    names = {str(n).lower() for n in (label, *(data.get("aliases") or ())) if n is not None}
    for key in sorted(names):
        yield s, _KG.nameKey, Lit(key)
    if data.get("mentions") is not None:
        yield s, _KG.mentionCount, _integer(data["mentions"])
    for doc_id in data.get("docs") or ():
        yield s, _KG.mentionedIn, doc_iri(str(doc_id))
    for _name, url in links.urls(data):
        yield s, _OWL.sameAs, url
        yield s, _SCHEMA.sameAs, url
    if data.get("iso3166"):
        yield s, _KG.iso3166, Lit(str(data["iso3166"]))
    for form, rule in data.get("merges") or ():
        m = mint("merge", _digest(s, form, rule), base=base)
        yield s, _KG.merge, m
        yield m, _RDF.type, _KG.Merge
        yield m, _KG.surfaceForm, Lit(str(form))
        yield m, _KG.mergeRule, Lit(str(rule))


def _edge(
    s: str, o: str, key: Any, data: dict[str, Any], base: str, doc_iri: Callable[[str], str]
) -> Iterator[Triple]:
    pred_name = data.get("predicate", "relatedTo")
    if pred_name not in PREDICATES:
        raise KGError(
            f"Unknown predicate {pred_name!r} on edge {s} -> {o}. Available: {', '.join(PREDICATES)}"
        )
    p: str = _KG[pred_name]
    negated = bool(data.get("negated", False))
    if not negated:
        yield s, p, o
    a = mint("assertion", _digest(s, key, o), base=base)
    yield a, _RDF.type, _KG.Assertion
    yield a, _RDF.subject, s
    yield a, _RDF.predicate, p
    yield a, _RDF.object, o
    yield a, _KG.negated, _boolean(negated)
    yield a, _KG.confidence, _decimal(data.get("confidence", 0.5))
    if data.get("label"):
        yield a, _RDFS.label, Lit(str(data["label"]))
    for rule in data.get("rules") or ():
        yield a, _KG.rule, Lit(str(rule))
    for date in data.get("dates") or ():
        yield a, _KG.date, _date_literal(str(date))
    if "doc_count" in data:  # kg.graph.agreement
        yield a, _KG.documentCount, _integer(int(data["doc_count"]))
        yield a, _KG.sourceCount, _integer(int(data.get("source_count") or 0))
        yield a, _KG.contested, _boolean(bool(data.get("contested")))
    yield from _when(a, data.get("evidence") or (), data.get("earliest"), data.get("latest"))
    for ev in data.get("evidence") or ():
        doc = doc_iri(str(ev["doc"]))
        d = mint("evidence", _digest(a, ev["doc"], ev["start"], ev["end"]), base=base)
        yield a, _PROV.wasDerivedFrom, doc
        yield a, _PROV.qualifiedDerivation, d
        yield d, _RDF.type, _PROV.Derivation
        yield d, _PROV.entity, doc
        yield d, _KG.evidenceText, Lit(str(ev.get("text", "")))
        yield d, _KG.evidenceStart, _integer(ev["start"])
        yield d, _KG.evidenceEnd, _integer(ev["end"])
        yield from _said(a, d, ev, base)
        yield from _when(d, [ev], ev.get("time_start"), ev.get("time_end"))


def _said(a: str, d: str, ev: dict[str, Any], base: str) -> Iterator[Triple]:
    """Who says what evidence ``d`` of assertion ``a`` reports (``kg.attribution.v1``): the
    speaker's actor as ``prov:wasAttributedTo`` (or an unnamed one's words as
    ``kg:attributedToText``), and on the evidence its ``kg:voice``, ``kg:speaker``, ``kg:speakerText``."""
    if ev.get("voice"):
        yield d, _KG.voice, Lit(str(ev["voice"]))
    speaker, words = ev.get("speaker"), ev.get("speaker_text")
    if speaker:
        who = str(speaker) if is_iri(str(speaker)) else mint("actor", str(speaker), base=base)
        yield a, _PROV.wasAttributedTo, who
        yield d, _KG.speaker, who
    elif words:
        yield a, _KG.attributedToText, Lit(str(words))
    if words:
        yield d, _KG.speakerText, Lit(str(words))


def triples(G: nx.MultiDiGraph) -> Iterator[Triple]:
    """Every triple of ``G``'s RDF form (see the module docstring); ``G`` is not changed.

    The one description of the shape, for both writers: IRIs are ``str``,
    literals :class:`Lit`. A triple may come more than once (a graph keeps one).

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph(documents={"d": {"id": "d", "title": "T"}})
        >>> [(s.rsplit("/", 1)[1], p.rsplit("/", 1)[1], o) for s, p, o in triples(G)][1:]
        [('d', 'identifier', Lit(text='d', datatype=None)), ('d', 'headline', Lit(text='T', datatype=None))]
    """
    base = str(G.graph.get("base_iri") or BASE_IRI)
    documents: dict[str, Any] = G.graph.get("documents") or {}
    described: dict[str, str] = {}
    pending: list[Triple] = []

    def doc_iri(doc_id: str) -> str:
        """The document's IRI: its id percent-encoded as it is, so distinct ids never share one.

        ``mint`` joins words with ``_`` and normalises Unicode, which suits names of actors
        but would make ``a b.txt`` and ``a_b.txt`` one article; an id with nothing to fold
        (no white space, NFC) gets the same IRI from both, so ordinary ids keep theirs.
        """
        from urllib.parse import quote  # only document IRIs are encoded here; all others are mint's

        if doc_id not in described:
            described[doc_id] = f"{base}doc/{quote(doc_id, safe='', errors='surrogatepass')}"
            pending.extend(_document(described[doc_id], doc_id, documents.get(doc_id) or {}))
        return described[doc_id]

    actors: dict[Any, str] = {}

    def actor_iri(node: Any) -> str:
        if node not in actors:
            text = str(node)
            actors[node] = text if is_iri(text) else mint("actor", text, base=base)
        return actors[node]

    for doc_id in documents:
        doc_iri(str(doc_id))
    for node, data in G.nodes(data=True):
        yield from _actor(actor_iri(node), data, base, doc_iri)
        yield from pending
        pending.clear()
    for u, v, key, data in G.edges(keys=True, data=True):
        yield from _edge(actor_iri(u), actor_iri(v), key, data, base, doc_iri)
        yield from pending
        pending.clear()
    yield from pending


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """The RDF form of a kg graph as an rdflib ``Graph`` (see the module docstring); ``G`` is not changed.

    Examples:
        >>> import networkx as nx
        >>> from kg.graph.graph import add_fact
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
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, Namespace(ns))

    def term(t: Term) -> Node:
        if isinstance(t, Lit):
            return Literal(t.text, datatype=URIRef(t.datatype) if t.datatype else None)
        return URIRef(t)

    g.addN((URIRef(s), URIRef(p), term(o), g) for s, p, o in triples(G))
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


_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"))


def _nt(term: Term) -> str:
    """A term in N-Triples (IRIs are valid as minted: only literals need escapes)."""
    if isinstance(term, str):
        return f"<{term}>"
    text = term.text
    for char, escaped in _ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return f'"{text}"^^<{term.datatype}>' if term.datatype else f'"{text}"'


def ntriples(G: nx.MultiDiGraph) -> bytes:
    """``G``'s RDF form as N-Triples, each triple once, sorted: the fast path.

    Sorted lines keep a subject's triples together and in a stable order, so
    files diff well and Turtle nests; strings sort in C, unlike rdflib terms.
    """
    with gc_paused():
        lines = {f"<{s}> <{p}> {_nt(o)} .\n" for s, p, o in triples(G)}
        return "".join(sorted(lines)).encode("utf-8")


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
    names = _checked(formats, engine)

    def write_one(f: IO[bytes], name: str) -> None:
        if engine == "rdflib":
            g.serialize(f, format=FORMATS[name][2], encoding="utf-8")
        else:
            import pyoxigraph as ox

            ox.serialize(
                to_oxigraph(_sorted(g)), f, getattr(ox.RdfFormat, FORMATS[name][1]), prefixes=PREFIXES
            )

    return _write(out_dir, names, write_one)


def write(
    G: nx.MultiDiGraph, out_dir: str | Path, formats: Sequence[str] = ("ttl",), *, engine: str = "oxigraph"
) -> list[Path]:
    """Write ``G`` as RDF (``graph.ttl``, ``graph.nt``, ``graph.jsonld``) into ``out_dir``.

    With the ``oxigraph`` engine no rdflib graph is built: :func:`ntriples`
    makes the N-Triples text and Oxigraph parses and writes it in the other
    formats (about 3 s for 800k triples, where rdflib takes over a minute).
    ``rdflib`` serialises :func:`to_rdf`. Both give the same triples.

    Each file is written to a temp file beside it and renamed, so a killed run
    never leaves half a file. Unknown formats raise :class:`~kg.errors.KGError`
    before anything is written.
    """
    names = _checked(formats, engine)
    if engine == "rdflib":
        return write_graph(to_rdf(G), out_dir, names, engine=engine)
    import pyoxigraph as ox

    data = ntriples(G)

    def write_one(f: IO[bytes], name: str) -> None:
        if name == "nt":
            f.write(data)
        else:
            triples = ox.parse(data, ox.RdfFormat.N_TRIPLES)
            ox.serialize(triples, f, getattr(ox.RdfFormat, FORMATS[name][1]), prefixes=PREFIXES)

    return _write(out_dir, names, write_one)


def _checked(formats: Iterable[str], engine: str) -> list[str]:
    names = _format_names(formats)
    if engine not in ("oxigraph", "rdflib"):
        raise KGError(f"Unknown RDF engine {engine!r}. Available engines: oxigraph, rdflib")
    return names


def _write(out_dir: str | Path, names: list[str], write_one: Callable[[IO[bytes], str], None]) -> list[Path]:
    paths = []
    for name in names:
        path = Path(out_dir) / FORMATS[name][0]
        with atomic_open(path, "wb") as f:
            write_one(f, name)
        paths.append(path)
    return paths


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
