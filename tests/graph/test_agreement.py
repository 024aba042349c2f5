"""How many agree: documents, outlets and contested relations (issue 13, item 5)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg import iri
from kg.graph.agreement import annotate
from kg.graph.graph import add_fact
from kg.rdf import serialize as rdf
from kg.sparql import query as sparql
from kg.sparql import store
from tests.conftest import _node


def _said(doc: str, start: int, text: str) -> dict[str, object]:
    return {"doc": doc, "start": start, "end": start + len(text), "text": text}


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        documents={
            "a": {"id": "a", "url": "https://www.daily-planet.example/a", "source": "feed.jsonl"},
            "b": {"id": "b", "url": "https://daily-planet.example/b", "source": "feed.jsonl"},
            "c": {"id": "c", "url": None, "source": "Evening Star"},
        },
        base_iri=iri.BASE_IRI,
    )
    mayor = _node(G, "Person", "Anna Berg")
    council = _node(G, "Organization", "City Council")
    plan = _node(G, "Work", "harbour plan")
    for subject, predicate, obj, doc, start, text, confidence, negated in (
        (mayor, "leaderOf", council, "a", 0, "Mayor Anna Berg leads the council.", 0.9, False),
        (mayor, "leaderOf", council, "b", 0, "Council leader Anna Berg spoke.", 0.9, False),
        (mayor, "leaderOf", council, "c", 0, "Anna Berg, the council's head.", 0.9, False),
        (mayor, "supports", plan, "a", 40, "Berg backed the harbour plan.", 0.8, False),
        (mayor, "criticizes", plan, "c", 40, "Berg attacked the harbour plan.", 0.7, False),
        (council, "supports", plan, "b", 40, "The council did not back the plan.", 0.8, True),
        (council, "supports", plan, "c", 80, "The council backs the plan.", 0.6, False),
    ):
        said = _said(doc, start, text)
        add_fact(G, subject, predicate, obj, evidence=said, confidence=confidence, negated=negated)
    return annotate(G)


def test_documents_and_outlets_behind_each_relation() -> None:
    G = _graph()
    mayor, council = iri.mint("Person", "Anna Berg"), iri.mint("Organization", "City Council")
    lead = G.edges[mayor, council, "leaderOf"]
    # Two documents of one host (with and without www.) are one outlet; a source field is another.
    assert (lead["doc_count"], lead["sources"], lead["source_count"]) == (
        3,
        ["Evening Star", "daily-planet.example"],
        2,
    )
    assert lead["contested"] is False


def test_support_and_criticism_or_a_negation_contest_a_relation() -> None:
    G = _graph()
    mayor, council = iri.mint("Person", "Anna Berg"), iri.mint("Organization", "City Council")
    plan = iri.mint("Work", "harbour plan")
    assert G.edges[mayor, plan, "supports"]["contested_by"] == ["criticizes"]
    assert G.edges[mayor, plan, "criticizes"]["contested_by"] == ["supports"]
    assert G.edges[council, plan, "supports"]["contested_by"] == ["not:supports"]
    assert G.edges[council, plan, "not:supports"]["contested_by"] == ["supports"]


def test_counts_in_rdf_and_the_named_queries(tmp_path: Path) -> None:
    rdf.write(_graph(), tmp_path, ["ttl", "nt"])
    store.build(tmp_path)
    top = sparql.query(tmp_path, "corroborated")
    assert [(r.subjectName, r.predicate, r.objectName, r.sources, r.documents) for r in top.itertuples()] == [
        ("Anna Berg", "leaderOf", "City Council", 2, 3)
    ]
    assert len(sparql.query(tmp_path, "corroborated", min=3)) == 1  # three documents, though two outlets
    assert len(sparql.query(tmp_path, "corroborated", min=4)) == 0
    sides = sparql.query(tmp_path, "contested", name="harbour plan")
    assert sorted({(r.subjectName, r.predicate, r.negated) for r in sides.itertuples()}) == [
        ("Anna Berg", "criticizes", False),
        ("Anna Berg", "supports", False),
        ("City Council", "supports", False),
        ("City Council", "supports", True),
    ]
    again = rdf.read(tmp_path / "graph.ttl")
    assert len(again) > 0
