"""`kg diff` and changes.json: what one build changed against another (issue 13, item 6)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import diff as kg_diff
from kg.graph.graph import add_fact
from kg.rdf.changes import to_trig
from kg.rdf.vocab import KG
from tests.helpers import articles

ZEL = "https://w3id.org/kg/id/person/Volodymyr_Zelensky"
RUTTE = "https://w3id.org/kg/id/person/Mark_Rutte"
UKRAINE = "https://w3id.org/kg/id/place/Ukraine"


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        documents={
            "a": {"id": "a", "url": "https://www.example-news.com/1", "source": "feed.jsonl"},
            "b": {"id": "b", "url": None, "source": "Daily Planet"},
        }
    )
    G.add_node(RUTTE, label="Mark Rutte", type="Person", aliases=["Mark Rutte", "Rutte"], docs=["a"])
    G.add_node(UKRAINE, label="Ukraine", type="Place", aliases=["Ukraine"], docs=["a"])
    G.add_node(ZEL, label="Volodymyr Zelensky", type="Person", aliases=["Zelensky"], docs=["a"])
    visit = {"doc": "a", "start": 0, "end": 27, "text": "Mark Rutte visited Ukraine."}
    add_fact(G, RUTTE, "visits", UKRAINE, evidence=visit, confidence=0.8)
    meet = {"doc": "a", "start": 28, "end": 50, "text": "He met Zelensky there."}
    add_fact(G, RUTTE, "meetsWith", ZEL, evidence=meet, confidence=0.7)
    return G


def test_new_evidence_from_another_outlet_changes_the_relation() -> None:
    old = _graph()
    new = copy.deepcopy(old)
    again = {"doc": "b", "start": 5, "end": 40, "text": "Rutte was in Ukraine on Tuesday."}
    add_fact(new, RUTTE, "visits", UKRAINE, evidence=again, confidence=0.6)
    new.graph["documents"]["c"] = {"id": "c", "source": "x"}
    changes = kg_diff.diff(old, new)
    assert changes.documents_added == ["c"]
    assert not changes.relations_added and not changes.relations_removed
    [changed] = changes.relations_changed
    assert (changed["subject_label"], changed["predicate"], changed["object_label"]) == (
        "Mark Rutte",
        "visits",
        "Ukraine",
    )
    assert [e["text"] for e in changed["evidence_added"]] == [again["text"]]
    assert changed["sources_added"] == ["Daily Planet"]
    assert changed["confidence"] == [0.8, 0.92]
    assert kg_diff.diff(old, copy.deepcopy(old)).counts() == dict.fromkeys(changes.counts(), 0)


def test_added_and_removed_relations_and_actors() -> None:
    old = _graph()
    new = _graph()
    new.remove_edge(RUTTE, ZEL, "meetsWith")
    nato = "https://w3id.org/kg/id/organization/NATO"
    new.add_node(nato, label="NATO", type="Organization", aliases=["NATO"], docs=["b"])
    add_fact(
        new, RUTTE, "leaderOf", nato, evidence={"doc": "b", "start": 0, "end": 9, "text": "x"}, confidence=1
    )
    changes = kg_diff.diff(old, new)
    assert [a["label"] for a in changes.actors_added] == ["NATO"]
    assert [(r["predicate"], r["object_label"]) for r in changes.relations_added] == [("leaderOf", "NATO")]
    assert [(r["predicate"], r["object_label"]) for r in changes.relations_removed] == [
        ("meetsWith", "Volodymyr Zelensky")
    ]


def test_a_renamed_actor_keeps_its_relations_and_merges_are_named() -> None:
    old = _graph()
    new = nx.relabel_nodes(_graph(), {ZEL: ZEL + "y"})
    new.nodes[ZEL + "y"]["label"] = "Volodymyr Zelenskyy"
    changes = kg_diff.diff(old, new)
    assert changes.renamed == [{"from": ZEL, "to": ZEL + "y", "label": "Volodymyr Zelenskyy"}]
    assert not changes.relations_added and not changes.relations_removed  # same meeting, new name
    # Two old nodes whose names one node now carries were merged into it.
    old.add_node(RUTTE + "_2", label="Rutte", type="Person", aliases=["Rutte"], docs=["b"])
    add_fact(
        old,
        RUTTE + "_2",
        "visits",
        UKRAINE,
        evidence={"doc": "b", "start": 1, "end": 9, "text": "y"},
        confidence=0.5,
    )
    changes = kg_diff.diff(old, _graph())
    assert changes.merged == [{"into": RUTTE, "label": "Mark Rutte", "from": [RUTTE + "_2"]}]
    assert not changes.relations_removed  # its visit is the visit of the node it joined
    [changed] = changes.relations_changed
    assert [e["doc"] for e in changed["evidence_removed"]] == ["b"]


def test_changes_as_rdf_one_named_graph_per_change_set() -> None:
    old, new = _graph(), _graph()
    new.remove_edge(RUTTE, ZEL, "meetsWith")
    changes = kg_diff.diff(old, new)
    changes.new_build = "b2"
    trig = to_trig(changes, base_iri="https://w3id.org/kg/id/")
    store = ox.Store()
    store.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    rows = list(
        store.query(
            """PREFIX kg: <https://w3id.org/kg/ontology#>
            SELECT ?s ?p ?o WHERE { ?set a kg:ChangeSet ; kg:build "b2" ; kg:removedGraph ?g .
                                    GRAPH ?g { ?s ?p ?o } }"""
        )
    )
    assert [tuple(t.value for t in r) for r in rows] == [(RUTTE, str(KG.meetsWith), ZEL)]


def test_a_rebuild_lists_exactly_what_the_new_document_added(tmp_path: Path) -> None:
    inputs = articles(
        tmp_path / "in",
        one="NATO Secretary General Mark Rutte visited Kyiv on Thursday. He met Ukrainian President "
        "Volodymyr Zelensky and promised more air defence.",
    )
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(inputs), "--out", str(out)]).exit_code == 0
    assert not (out / "changes.json").exists()  # a first build has nothing to compare with
    first = tmp_path / "first"
    assert runner.invoke(app, ["build", str(inputs), "--out", str(first)]).exit_code == 0
    (inputs / "two.txt").write_text(
        "German Chancellor Olaf Scholz visited Paris, where he met French President Emmanuel Macron.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["build", str(inputs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    changes = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    assert changes["documents_added"] == ["two.txt"]
    assert changes["relations_added"], "the new article states relations"
    for rel in changes["relations_added"]:
        assert rel["documents"] == ["two.txt"]
    for rel in changes["relations_changed"]:
        assert {e["doc"] for e in rel.get("evidence_added", [])} <= {"two.txt"}
        assert not rel.get("evidence_removed")
    assert not changes["relations_removed"] and not changes["actors_removed"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["changes"]["relations_added"] == len(changes["relations_added"])
    shown = runner.invoke(app, ["diff", str(first), str(out), "--format", "json"])
    assert shown.exit_code == 0
    assert json.loads(shown.output)["relations_added"] == changes["relations_added"]
    table = runner.invoke(app, ["diff", str(first), str(out)])
    assert "relations added" in table.output


def test_an_actor_whose_type_changed_is_renamed_not_removed() -> None:
    old = _graph()
    place = "https://w3id.org/kg/id/place/Mark_Rutte"
    new = nx.relabel_nodes(_graph(), {RUTTE: place})
    new.nodes[place]["type"] = "Place"
    changes = kg_diff.diff(old, new)
    assert changes.renamed == [
        {"from": RUTTE, "to": place, "label": "Mark Rutte", "type": ["Person", "Place"]}
    ]
    assert not changes.relations_added and not changes.relations_removed
