"""Who says so, end to end: invented articles in, speakers in graph.json, RDF and ``claims_by``.

The articles are composed for the tests; none is copied from a dataset.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import rdflib
from rdflib import RDF, Literal, URIRef
from rdflib.compare import isomorphic

from kg import iri
from kg.graph.graph import add_fact
from kg.rdf import serialize as rdf
from kg.rdf.vocab import KG
from kg.settings import Settings
from kg.sparql import query as sparql
from kg.sparql import store

PROV = rdf.PROV

ARTICLES = {
    "lima.txt": (
        "Ana Lima arrived in Lisbon on Monday. She told reporters that Brazil had sent aid to Chile.\n\n"
        '"Brazil has always supported Kenya," Ms Lima said.\n'
    ),
    "officials.txt": "Officials said Peru had criticised Ecuador. Brazil sent aid to Bolivia on Tuesday.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build.pipeline import build

    src = tmp_path_factory.mktemp("claims-in")
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("claims-out")
    build([src], out, settings=Settings(n_process=1, cache=False), html=False)
    return out


def _edges(out: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    label = {n["id"]: n["label"] for n in data["nodes"]}
    return {(label[e["source"]], e["predicate"], label[e["target"]]): e for e in data["edges"]}


def test_graph_json_evidence_names_the_speaker_node(built: Path) -> None:
    edges = _edges(built)
    data = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    lima = next(n["id"] for n in data["nodes"] if n["label"] == "Ana Lima")
    ev = edges["Brazil", "providesAidTo", "Chile"]["evidence"][0]
    assert (ev["voice"], ev["speaker"], ev["speaker_text"]) == ("reported", lima, "She")
    assert {"doc", "start", "end", "text", "confidence"} <= set(ev)  # the old fields stay
    ev = edges["Peru", "criticizes", "Ecuador"]["evidence"][0]
    assert (ev["voice"], ev["speaker_text"]) == ("reported", "Officials") and "speaker" not in ev
    ev = edges["Brazil", "providesAidTo", "Bolivia"]["evidence"][0]
    assert ev["voice"] == "article" and "speaker" not in ev and "speaker_text" not in ev


def test_turtle_reads_back_with_the_attributions(built: Path) -> None:
    g = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    lima = next(s for s, o in g.subject_objects(rdflib.RDFS.label) if str(o) == "Ana Lima")
    attributed = set(g.subjects(PROV.wasAttributedTo, lima))
    assert attributed and all((a, RDF.type, KG.Assertion) in g for a in attributed)
    for a in attributed:
        for d in g.objects(a, PROV.qualifiedDerivation):
            assert (d, KG.voice, Literal("reported")) in g and (d, KG.speaker, lima) in g
    unnamed = list(g.subjects(KG.attributedToText, Literal("Officials")))
    assert len(unnamed) == 1 and not list(g.objects(unnamed[0], PROV.wasAttributedTo))
    assert set(g.objects(None, KG.voice)) == {Literal("reported"), Literal("article")}


def test_claims_by_a_named_speaker(built: Path) -> None:
    df = sparql.query(built, "claims_by", name="ana lima")
    rows = set(
        df[["subjectName", "predicate", "objectName", "speakerText"]].itertuples(index=False, name=None)
    )
    assert rows == {("Brazil", "providesAidTo", "Chile", "She"), ("Brazil", "supports", "Kenya", "Ms Lima")}
    assert set(df["speakerName"]) == {"Ana Lima"} and set(df["doc"]) == {"lima.txt"}


def test_claims_by_the_words_of_an_unnamed_source(built: Path) -> None:
    df = sparql.query(built, "claims_by", words="officials")
    assert list(df[["subjectName", "predicate", "objectName"]].itertuples(index=False, name=None)) == [
        ("Peru", "criticizes", "Ecuador")
    ]
    assert sparql.query(built, "claims_by", name="Brazil").empty  # Brazil says nothing here


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents={"d": {"id": "d", "title": None}}, base_iri=iri.BASE_IRI)
    nodes = {
        name: iri.mint(kind, name)
        for kind, name in (("Person", "Ana Lima"), ("Place", "Chile"), ("Place", "Peru"))
    }
    for name, node in nodes.items():
        G.add_node(node, label=name, type="Place" if name != "Ana Lima" else "Person", aliases=[name])
    said = {
        "doc": "d",
        "start": 0,
        "end": 40,
        "text": "Ms Lima said Chile would visit Peru.",
        "voice": "reported",
    }
    add_fact(
        G,
        nodes["Chile"],
        "visits",
        nodes["Peru"],
        evidence={**said, "speaker": nodes["Ana Lima"], "speaker_text": "Ms Lima"},
        confidence=0.8,
    )
    rumour = {
        "doc": "d",
        "start": 41,
        "end": 80,
        "text": "Officials say Peru backs Chile.",
        "voice": "reported",
    }
    add_fact(
        G,
        nodes["Peru"],
        "supports",
        nodes["Chile"],
        evidence={**rumour, "speaker_text": "Officials"},
        confidence=0.7,
    )
    own = {"doc": "d", "start": 81, "end": 99, "text": "Peru backs Chile.", "voice": "article"}
    add_fact(G, nodes["Peru"], "supports", nodes["Chile"], evidence=own, confidence=0.7)
    return G


def test_hand_made_attributions_round_trip_and_both_engines_agree(tmp_path: Path) -> None:
    G = _graph()
    rdf.write(G, tmp_path, ["ttl", "nt"])
    g = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    lima = URIRef(iri.mint("Person", "Ana Lima"))
    assert len(list(g.subjects(PROV.wasAttributedTo, lima))) == 1
    assert len(list(g.subjects(KG.attributedToText, Literal("Officials")))) == 1
    assert len(list(g.subjects(KG.voice, Literal("article")))) == 1
    assert isomorphic(g, rdf.to_rdf(G))
    store.build(tmp_path)
    for bindings in ({}, {"name": "ANA LIMA"}, {"speaker": lima}, {"words": "officials"}):
        ox = sparql.query(tmp_path, "claims_by", **bindings)
        rl = sparql.query(tmp_path, "claims_by", engine="rdflib", **bindings)
        assert sorted(map(str, ox.itertuples(index=False))) == sorted(map(str, rl.itertuples(index=False)))
    assert len(sparql.query(tmp_path, "claims_by")) == 2
    assert list(sparql.query(tmp_path, "claims_by", name="ana lima")["objectName"]) == ["Peru"]
