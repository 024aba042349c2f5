"""RDF output: shape, vocabulary, round trips through every format, atomic writes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.compare import isomorphic

from kg import iri
from kg.errors import KGError
from kg.graph.graph import add_fact
from kg.rdf import serialize as rdf
from kg.rdf.vocab import KG, TERMS
from kg.records import ENTITY_TYPES, PREDICATES
from kg.settings import VOCAB_IRI

PROV = rdf.PROV
SCHEMA = rdf.SCHEMA
ONTOLOGY = Path(rdf.__file__).with_name("ontology.ttl")


def _assertions(g: rdflib.Graph, s: URIRef, p: URIRef, o: URIRef) -> list[rdflib.term.Node]:
    return [a for a in g.subjects(RDF.subject, s) if (a, RDF.predicate, p) in g and (a, RDF.object, o) in g]


def test_ontology_and_vocab_list_the_same_terms() -> None:
    onto = rdflib.Graph().parse(ONTOLOGY)
    defined = {str(s)[len(VOCAB_IRI) :] for s in onto.subjects() if str(s).startswith(VOCAB_IRI)}
    assert defined == set(TERMS)
    assert set(PREDICATES) <= defined and set(ENTITY_TYPES) <= defined
    assert (KG.meetsWith, RDF.type, rdflib.OWL.SymmetricProperty) in onto
    assert (KG.memberOf, RDFS.subPropertyOf, SCHEMA.memberOf) in onto
    assert (KG.worksFor, RDFS.subPropertyOf, SCHEMA.worksFor) in onto
    for kind in ENTITY_TYPES:
        assert any(str(c).startswith(str(SCHEMA)) for c in onto.objects(KG[kind], RDFS.subClassOf)), kind
    for prop in PREDICATES:
        assert onto.value(KG[prop], RDFS.label) and onto.value(KG[prop], RDFS.comment), prop


def test_vocab_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = KG.leaderof  # a typo raises


def test_actors_documents_and_edges(small_graph: nx.MultiDiGraph) -> None:
    before = nx.node_link_data(small_graph, edges="edges")
    g = rdf.to_rdf(small_graph)
    assert nx.node_link_data(small_graph, edges="edges") == before  # pure
    rutte, nato = URIRef(iri.mint("person", "Mark Rutte")), URIRef(iri.mint("organization", "NATO"))
    assert (rutte, RDF.type, KG.Person) in g
    assert (rutte, RDFS.label, Literal("Mark Rutte")) in g
    assert (rutte, KG.alias, Literal("Rutte")) in g
    assert g.value(rutte, KG.mentionCount).toPython() == 3
    assert (rutte, KG.leaderOf, nato) in g
    (a,) = _assertions(g, rutte, KG.leaderOf, nato)
    assert g.value(a, KG.negated).toPython() is False
    assert float(g.value(a, KG.confidence).toPython()) == pytest.approx(0.9)
    doc1 = URIRef(iri.mint("doc", "doc-1"))
    assert (a, PROV.wasDerivedFrom, doc1) in g
    d = g.value(a, PROV.qualifiedDerivation)
    assert (d, PROV.entity, doc1) in g
    assert str(g.value(d, KG.evidenceText)) == "NATO Secretary General Mark Rutte"
    assert (g.value(d, KG.evidenceStart).toPython(), g.value(d, KG.evidenceEnd).toPython()) == (0, 33)
    # documents: known fields only
    assert (doc1, RDF.type, SCHEMA.NewsArticle) in g
    assert g.value(doc1, SCHEMA.headline) == Literal("Rutte visits <Kyiv>")
    assert g.value(doc1, SCHEMA.datePublished) == Literal("2024-10-03", datatype=XSD.date)
    doc2 = URIRef(iri.mint("doc", "doc-2"))
    assert g.value(doc2, SCHEMA.identifier) == Literal("doc-2")
    assert g.value(doc2, SCHEMA.headline) is None and g.value(doc2, SCHEMA.datePublished) is None


def test_negated_edge_has_an_assertion_but_no_direct_triple(small_graph: nx.MultiDiGraph) -> None:
    g = rdf.to_rdf(small_graph)
    rutte, plan = URIRef(iri.mint("person", "Mark Rutte")), URIRef(iri.mint("work", "victory plan"))
    assert (rutte, KG.supports, plan) not in g
    (a,) = _assertions(g, rutte, KG.supports, plan)
    assert g.value(a, KG.negated) == Literal(True)
    assert "not in a position" in str(g.value(g.value(a, PROV.qualifiedDerivation), KG.evidenceText))


def test_related_to_keeps_its_label() -> None:
    G = nx.MultiDiGraph(documents={})
    for n in "AB":
        G.add_node(iri.mint("person", n), label=n, type="Person", aliases=[n])
    ev = {"doc": "d", "start": 0, "end": 5, "text": "A cites B"}
    add_fact(
        G,
        iri.mint("person", "A"),
        "relatedTo",
        iri.mint("person", "B"),
        evidence=ev,
        confidence=0.4,
        label="cite",
    )
    g = rdf.to_rdf(G)
    (a,) = g.subjects(RDF.predicate, KG.relatedTo)
    assert g.value(a, RDFS.label) == Literal("cite")
    # a document only referenced by evidence is still described
    assert (URIRef(iri.mint("doc", "d")), RDF.type, SCHEMA.NewsArticle) in g


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_write_round_trips_and_matches_rdflib(small_graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    g = rdf.to_rdf(small_graph)
    (fast,) = rdf.write(small_graph, tmp_path / "ox", [fmt])
    (slow,) = rdf.write(small_graph, tmp_path / "rdflib", [fmt], engine="rdflib")
    assert fast.name == slow.name == rdf.FORMATS[fmt][0]
    assert isomorphic(rdf.read(fast), g)
    assert isomorphic(rdf.read(slow), rdf.read(fast))
    assert not [p for p in fast.parent.iterdir() if p.name.startswith(".")]  # no temp files left


def test_unknown_format_names_the_value_and_writes_nothing(
    small_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    with pytest.raises(KGError, match=r"'rdfxml'.*ttl, nt, jsonld"):
        rdf.write(small_graph, tmp_path, ["ttl", "rdfxml"])
    assert not list(tmp_path.iterdir())


def test_unknown_predicate_is_an_error() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("http://x/a", "http://x/b", key="likes", predicate="likes", evidence=[])
    with pytest.raises(KGError, match="'likes'"):
        rdf.to_rdf(G)


def test_node_keys_that_are_not_iris_are_minted() -> None:
    G = nx.MultiDiGraph()
    G.add_node("not an <iri>", label="x", type="Person")
    (s,) = set(rdf.to_rdf(G).subjects(RDFS.label, Literal("x")))
    assert rdf.is_iri(str(s))


_names = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")
_hostile = st.sampled_from(
    ['"', "'", "<>", " / ", "\n", "\\", "{}", "#", "%20", "\u0646\u062a\u0648", "\U0001f600", "\t"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(
        st.one_of(_names, st.builds("".join, st.lists(_hostile, min_size=1, max_size=4))),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    kind=st.sampled_from(ENTITY_TYPES),
)
def test_any_names_round_trip_through_turtle_and_ntriples(
    tmp_path: Path, names: list[str], kind: str
) -> None:
    G = nx.MultiDiGraph(documents={names[0]: {"id": names[0], "title": names[1], "date": None, "url": None}})
    nodes = [iri.mint(kind, n) for n in names]
    for node, name in zip(nodes, names, strict=True):
        G.add_node(
            node, label=name, type=kind, aliases=[name], mentions=1, docs=[names[0]], merges=[[name, "x"]]
        )
    ev = {"doc": names[0], "start": 0, "end": 3, "text": names[-1]}
    add_fact(G, nodes[0], "relatedTo", nodes[1], evidence=ev, confidence=0.5, label=names[1])
    g = rdf.to_rdf(G)
    assert all(rdf.is_iri(str(t)) for triple in g for t in triple if isinstance(t, URIRef))
    out = tmp_path / f"ex{abs(hash(tuple(names)))}"
    for path in rdf.write(G, out, ["ttl", "nt"]):
        back = rdf.read(path)
        assert isomorphic(back, g), path.name
    assert isomorphic(rdflib.Graph().parse(data=g.serialize(format="turtle"), format="turtle"), g)


def test_the_fast_path_builds_no_rdflib_graph(
    small_graph: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = rdf.to_rdf(small_graph)

    def no_rdflib(G: nx.MultiDiGraph) -> rdflib.Graph:
        raise AssertionError("the oxigraph engine must not build an rdflib graph")

    monkeypatch.setattr(rdf, "to_rdf", no_rdflib)
    for path in rdf.write(small_graph, tmp_path, ["ttl", "nt", "jsonld"]):
        assert isomorphic(rdf.read(path), expected), path.name


def test_ntriples_are_sorted_distinct_and_grouped_by_subject(small_graph: nx.MultiDiGraph) -> None:
    G = small_graph.copy()
    u, v, key = next(iter(G.edges(keys=True)))
    evidence = G.edges[u, v, key]["evidence"]
    evidence.append(dict(evidence[0]))  # the same sentence twice: still one set of triples
    lines = rdf.ntriples(G).decode("utf-8").splitlines()
    assert lines == sorted(set(lines))
    subjects = [line.split(" ", 1)[0] for line in lines]
    assert len(set(subjects)) == len([s for n, s in enumerate(subjects) if n == 0 or s != subjects[n - 1]])
    parsed = rdflib.Graph().parse(data="\n".join(lines), format="nt")
    assert len(parsed) == len(lines)
    assert isomorphic(parsed, rdf.to_rdf(G))


def test_when_an_assertion_holds_round_trips_through_turtle(tmp_path: Path) -> None:
    G = nx.MultiDiGraph(documents={"d": {"id": "d", "date": "2024-10-03"}})
    a, b = iri.mint("person", "Anna Berg"), iri.mint("place", "Lyon")
    for node, kind in ((a, "Person"), (b, "Place")):
        G.add_node(node, label=node.rsplit("/", 1)[1], type=kind, aliases=[])
    since = {"doc": "d", "start": 0, "end": 38, "text": "Since 2019 Anna Berg has lived in Lyon."}
    since |= {"time": "2019", "time_start": "2019-01-01", "time_end": None, "time_source": "sentence"}
    week = {"doc": "d", "start": 39, "end": 80, "text": "She moved house in Lyon last week."}
    week |= {"time": "2024-W39", "time_start": "2024-09-23", "time_end": "2024-09-29"}
    week["time_source"] = "sentence"
    plain = {"doc": "d", "start": 81, "end": 99, "text": "Anna Berg, of Lyon"}
    for ev in (since, week, plain):
        add_fact(G, a, "livesIn", b, evidence=ev, confidence=0.7)
    (path,) = rdf.write(G, tmp_path, ["ttl"])
    g = rdf.read(path)
    (assertion,) = _assertions(g, URIRef(a), KG.livesIn, URIRef(b))
    assert set(g.objects(assertion, KG.eventTime)) == {
        Literal("2019", datatype=XSD.gYear),
        Literal("2024-W39"),
    }
    assert set(g.objects(assertion, KG.timeSource)) == {Literal("sentence")}
    assert g.value(assertion, SCHEMA.startDate) == Literal("2019-01-01", datatype=XSD.date)
    assert g.value(assertion, SCHEMA.endDate) == Literal("2024-09-29", datatype=XSD.date)
    derivations = {
        str(g.value(d, KG.evidenceText)): d for d in g.objects(assertion, PROV.qualifiedDerivation)
    }
    opened = derivations[since["text"]]
    assert g.value(opened, KG.eventTime) == Literal("2019", datatype=XSD.gYear)
    assert g.value(opened, SCHEMA.startDate) == Literal("2019-01-01", datatype=XSD.date)
    assert g.value(opened, SCHEMA.endDate) is None  # "since": no end
    untimed = derivations[plain["text"]]
    assert g.value(untimed, KG.eventTime) is None and g.value(untimed, KG.timeSource) is None
    assert isomorphic(g, rdf.to_rdf(G))
    onto = rdflib.Graph().parse(ONTOLOGY)
    for term in (KG.eventTime, KG.timeSource):
        assert onto.value(term, RDFS.label) and onto.value(term, RDFS.comment)


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2024-10-01", XSD.date), ("2024-10", XSD.gYearMonth), ("1989", XSD.gYear), ("PRESENT_REF", None)],
)
def test_event_time_literals_are_typed_where_xsd_has_the_type(value: str, datatype: URIRef | None) -> None:
    lit = rdf._time_literal(value)
    assert Literal(lit.text, datatype=URIRef(lit.datatype) if lit.datatype else None) == Literal(
        value, datatype=datatype
    )


def test_places_are_the_same_as_their_geonames_entry(small_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    from rdflib import OWL

    from kg.graph.links import annotate

    (path,) = rdf.write(annotate(small_graph.copy()), tmp_path, ["ttl"])
    g = rdf.read(path)
    ukraine = URIRef(iri.mint("Place", "Ukraine"))
    assert g.value(ukraine, OWL.sameAs) == URIRef("https://sws.geonames.org/690791/")
    assert str(g.value(ukraine, KG.iso3166)) == "UA"
    nato = URIRef(iri.mint("Organization", "NATO"))
    assert g.value(nato, OWL.sameAs) is None
