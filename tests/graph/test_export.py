"""`kg export`: GraphML and GEXF read back by networkx, CSV, and Neo4j's import header contract."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import graph as kg_graph
from kg.graph.export import NEO4J_NODE, NEO4J_REL, export, flat
from kg.graph.links import annotate


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_with_the_same_nodes_edges_and_attributes(small_graph, tmp_path, fmt):
    small_graph = annotate(small_graph.copy())  # GeoNames ids and ISO codes, as a build adds them
    (path,) = export(small_graph, tmp_path / f"g.{fmt}", fmt)
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    want = flat(small_graph)
    assert set(back.nodes) == set(want.nodes)
    assert back.number_of_edges() == want.number_of_edges()
    for v, attrs in want.nodes(data=True):
        assert back.nodes[v]["label"] == attrs["label"] and back.nodes[v]["type"] == attrs["type"]
    got = sorted(
        (u, v, d["predicate"], round(float(d["confidence"]), 4)) for u, v, d in back.edges(data=True)
    )
    assert got == sorted(
        (u, v, d["predicate"], round(d["confidence"], 4)) for u, v, d in want.edges(data=True)
    )
    ukraine = next(d for d in back.nodes.values() if d["label"] == "Ukraine")
    assert (ukraine["same_as"], ukraine["iso3166"]) == ("https://sws.geonames.org/690791/", "UA")
    hostile = next(d for d in back.nodes.values() if "script" in d["label"])
    assert hostile["label"].startswith("<script>")  # text kept as text, escaped by the XML writer


def test_neo4j_files_follow_the_import_header_contract(small_graph, tmp_path):
    small_graph = annotate(small_graph.copy())
    files = export(small_graph, tmp_path / "neo", "neo4j")
    assert sorted(p.name for p in files) == ["import.cypher", "nodes.csv", "relationships.csv"]
    with (tmp_path / "neo" / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with (tmp_path / "neo" / "relationships.csv").open(encoding="utf-8", newline="") as fh:
        rels = list(csv.DictReader(fh))
    assert list(nodes[0]) == NEO4J_NODE and list(rels[0]) == NEO4J_REL
    # neo4j-admin: exactly one :ID column, :START_ID/:END_ID naming existing ids, a :TYPE,
    # and every other header either a name or name:type with a type the tool knows.
    types = {"int", "long", "float", "double", "boolean", "string", "date", "string[]", "int[]", "float[]"}
    for header in (NEO4J_NODE, NEO4J_REL):
        for col in header:
            name, _, kind = col.partition(":")
            assert re.fullmatch(r"\w*", name) and (
                not kind or kind in types | {"ID", "LABEL", "START_ID", "END_ID", "TYPE"}
            )
    ids = {n["id:ID"] for n in nodes}
    assert len(ids) == len(nodes) == small_graph.number_of_nodes()
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    assert len(rels) == small_graph.number_of_edges()
    assert all(r["negated:boolean"] in ("true", "false") and float(r["confidence:float"]) > 0 for r in rels)
    assert {r[":TYPE"] for r in rels} >= {"leaderOf", "visits"}
    assert all(n[":LABEL"].split(";")[0] == "Actor" for n in nodes)
    ukraine = next(n for n in nodes if n["label"] == "Ukraine")
    assert ukraine["same_as:string[]"] == "https://sws.geonames.org/690791/" and ukraine["iso3166"] == "UA"


def test_cli_export_writes_every_format(small_graph, tmp_path):
    kg_graph.write(small_graph, tmp_path / "graph.json")
    runner = CliRunner()
    given = ["export", "--graph", str(tmp_path)]
    for fmt, out in (("graphml", "g.graphml"), ("gexf", "g.gexf"), ("csv", "csv"), ("neo4j", "neo")):
        result = runner.invoke(app, [*given, "--format", fmt, "--out", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
    relations = (tmp_path / "csv" / "relations.csv").read_text(encoding="utf-8")
    assert relations.startswith("subject,object,predicate")
    bad = runner.invoke(app, [*given, "--format", "dot", "--out", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "graphml, gexf, csv, neo4j" in bad.output
    assert not Path(tmp_path / "x").exists()
