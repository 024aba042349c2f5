"""graph.html without a browser: offline, safe data, pure functions, subgraphs and the CLI."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import math
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from kg import iri
from kg.cli import app
from kg.errors import KGError
from kg.graph import graph as kg_graph
from kg.viz import page as viz
from kg.viz.layout import positions

ASSETS = Path(viz.__file__).parent / "assets"


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL)
    assert m, "no data island"
    return json.loads(m.group(1))


def snapshot(G: nx.MultiDiGraph) -> tuple:
    return (
        copy.deepcopy(G.graph),
        [(n, copy.deepcopy(d)) for n, d in G.nodes(data=True)],
        [(u, v, k, copy.deepcopy(d)) for u, v, k, d in G.edges(keys=True, data=True)],
    )


def test_page_is_one_offline_file(small_graph):
    page = viz.render_html(small_graph)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    for word in ("node_modules", "cdn.jsdelivr", "cdnjs", "unpkg", "bootstrap", "tom-select"):
        assert word not in page
    assert len(re.findall(r"^<script\b", page, re.MULTILINE)) == 3  # data island, vis-network, kg's app
    assert "window.network = network" in page


def test_csp_allows_exactly_the_inline_scripts(small_graph):
    page = viz.render_html(small_graph)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp and "http" not in csp
    scripts = re.findall(r"^<script>(.*?)</script>$", page, re.DOTALL | re.MULTILINE)
    assert len(scripts) == 2
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_data_round_trips(small_graph):
    data = page_data(viz.render_html(small_graph, seed=3))
    assert data == viz.payload(small_graph, seed=3)
    labels = {n["label"] for n in data["nodes"]}
    assert '<script>alert("x")</script> "Bob" O\'Neil/\\' in labels
    assert len(data["nodes"]) == small_graph.number_of_nodes()
    assert len(data["edges"]) == small_graph.number_of_edges()
    sentences = {ev[3] for e in data["edges"] for ev in e["ev"]}
    assert "Mark Rutte visited Ukraine" in sentences
    negated = [e for e in data["edges"] if e["neg"]]
    assert [e["p"] for e in negated] == ["supports"]
    titles = {d["id"]: d["title"] for d in data["docs"]}
    assert titles == {"doc-1": "Rutte visits <Kyiv>", "doc-2": None}


def test_untrusted_text_never_appears_raw(small_graph):
    page = viz.render_html(small_graph, title="</title><script>window.__pwned=1</script>")
    island = re.search(r'id="kg-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert not set("<>&") & set(island)
    for raw in ("<script>alert", "<img src=x", "<Kyiv>", "</title><script>"):
        assert raw not in page
    assert "<title>&lt;/title&gt;&lt;script&gt;" in page


def test_script_json_escapes_line_separators():
    text = viz.script_json({"a": "x\u2028y\u2029</script><!--&"})
    assert "\u2028" not in text and "\u2029" not in text and not set("<>&") & set(text)
    assert json.loads(text) == {"a": "x\u2028y\u2029</script><!--&"}


def test_app_never_uses_html_sinks():
    code = (ASSETS / "viz.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code


def test_write_html_leaves_graph_unchanged(small_graph, tmp_path):
    before = snapshot(small_graph)
    viz.write_html(small_graph, tmp_path / "deep" / "graph.html", title="t", color_by="community")
    assert snapshot(small_graph) == before
    assert (tmp_path / "deep" / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["graph.html"]  # no temp file left


def test_bad_option_is_a_kgerror(small_graph):
    with pytest.raises(KGError, match="color_by"):
        viz.render_html(small_graph, color_by="rainbow")


def test_foreign_graph_gets_defaults():
    G = nx.MultiDiGraph([(1, 2), (2, 3)])
    G.add_edge(3, 1, confidence=float("nan"), evidence=[{"doc": "d", "text": "x"}])
    data = viz.payload(G)
    assert [n["type"] for n in data["nodes"]] == ["Thing"] * 3
    assert data["edges"][-1]["conf"] == 0.0
    assert data["docs"] == [{"id": "d", "title": None, "date": None, "url": None, "source": None}]


def test_ego_network(small_graph):
    before = snapshot(small_graph)
    H = viz.ego(small_graph, "zelenskyy", hops=1)
    labels = {d["label"] for _, d in H.nodes(data=True)}
    assert labels == {"Volodymyr Zelensky", "Mark Rutte", "victory plan"}
    assert H.graph["documents"] == small_graph.graph["documents"]
    two = {d["label"] for _, d in viz.ego(small_graph, "Volodymyr Zelensky", hops=2).nodes(data=True)}
    assert {"NATO", "Ukraine"} <= two
    H.nodes[iri.mint("Person", "Mark Rutte")]["label"] = "changed"
    assert snapshot(small_graph) == before


def test_unknown_actor_lists_close_matches(small_graph):
    with pytest.raises(KGError, match=r"No actor 'Zelenski'.*Close matches: Volodymyr Zelensky"):
        viz.find_actor(small_graph, "Zelenski")


def test_subgraph_from_triples(small_graph):
    rutte, nato = iri.mint("Person", "Mark Rutte"), iri.mint("Organization", "NATO")
    triples = [(URIRef(rutte), URIRef("https://w3id.org/kg/ontology#leaderOf"), URIRef(nato))]
    H = viz.subgraph_from_triples(small_graph, triples)
    assert set(H) == {rutte, nato}
    assert [d["predicate"] for *_, d in H.edges(data=True)] == ["leaderOf"]


def test_iframe_for_notebooks(small_graph):
    tag = viz.iframe(small_graph, height=420)
    assert tag.startswith('<div class="kg-viz"><iframe sandbox="allow-scripts" ')
    srcdoc = re.search(r'srcdoc="([^"]*)"', tag).group(1)
    assert "<" not in srcdoc and "&lt;!DOCTYPE html&gt;" in srcdoc
    shown = viz.show(small_graph, height=420)
    assert shown.data == tag


def test_big_layout_is_deterministic_and_finite():
    H = nx.gnm_random_graph(700, 1400, seed=1)
    H.add_nodes_from(range(700, 720))  # isolates
    a, b = positions(H, seed=5), positions(H, seed=5)
    assert a == b and len(a) == 720
    assert all(abs(c) < 1e5 for xy in a.values() for c in xy)


def test_cli_help():
    result = CliRunner().invoke(app, ["viz", "--help"])
    assert result.exit_code == 0
    for option in ("--graph", "--out", "--query", "--actor", "--hops"):
        assert option in result.output


def test_cli_writes_ego_page(small_graph, tmp_path):
    kg_graph.write(small_graph, tmp_path / "graph.json")
    out = tmp_path / "ego.html"
    result = CliRunner().invoke(app, ["viz", "--graph", str(tmp_path), "--actor", "RUTTE", "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5 and data["title"] == "kg: RUTTE (1 hop)"
    bad = CliRunner().invoke(app, ["viz", "--graph", str(tmp_path), "--actor", "Rute", "--out", str(out)])
    assert bad.exit_code == 1
    assert "No actor 'Rute'" in bad.output and "Mark Rutte" in bad.output


def test_cli_draws_what_a_construct_query_returns(small_graph, tmp_path):
    from kg.rdf import serialize as rdf

    kg_graph.write(small_graph, tmp_path / "graph.json")
    rdf.write(small_graph, tmp_path, formats=["ttl"])
    out = tmp_path / "q.html"
    q = (
        "PREFIX kg: <https://w3id.org/kg/ontology#>\n"
        "CONSTRUCT { ?a kg:leaderOf ?b } WHERE { ?a kg:leaderOf ?b }"
    )
    result = CliRunner().invoke(app, ["viz", "--graph", str(tmp_path), "--query", q, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert {n["label"] for n in page_data(out.read_text(encoding="utf-8"))["nodes"]} == {"Mark Rutte", "NATO"}


def test_since_and_until_keep_the_relations_that_hold_then(small_graph, tmp_path):
    from kg.viz.subgraphs import between, edge_span

    docs = small_graph.graph["documents"]
    dated = [(u, v) for u, v, d in small_graph.edges(data=True) if edge_span(d, docs)]
    assert len(dated) == 3  # the relations of the dated article (2024-10-03)
    assert between(small_graph, "2024-10").number_of_edges() == small_graph.number_of_edges()
    assert sorted(between(small_graph, "2024-10", "2024-10-03", keep_undated=False).edges()) == sorted(dated)
    assert between(small_graph, "2024-10-04", keep_undated=False).number_of_edges() == 0
    assert between(small_graph, until="2024-09", keep_undated=False).number_of_edges() == 0
    # A relation whose sentence states when it held is filtered on that, not on the article's date.
    u, v, k = next(iter(small_graph.edges(keys=True)))
    H = small_graph.copy()
    H.edges[u, v, k].update(earliest="2019-01-01", latest="2019-12-31")
    assert (u, v, k) in between(H, "2019", "2019", keep_undated=False).edges(keys=True)
    kg_graph.write(small_graph, tmp_path / "graph.json")
    runner = CliRunner()
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["viz", "--graph", str(tmp_path), "--out", str(out), "--since", "2024-10-03"])
    assert result.exit_code == 0 and out.is_file()
    result = runner.invoke(app, ["viz", "--graph", str(tmp_path), "--out", str(out), "--since", "last week"])
    assert result.exit_code == 1 and "Not a date" in result.output


def overview_graph() -> nx.MultiDiGraph:
    """Invented: 5 rings of 10 related actors and 450 actors with no relation."""
    G = nx.MultiDiGraph(documents={"d": {"id": "d", "title": "t", "date": None, "url": None, "source": "s"}})
    G.graph["base_iri"] = iri.BASE_IRI
    for k in range(500):
        G.add_node(iri.mint("Person", f"p{k}"), label=f"Person {k}", type="Person", aliases=[f"Person {k}"],
                   mentions=1, docs=["d"])  # fmt: skip
    nodes = list(G)
    for r in range(5):
        for j in range(10):
            a, b = nodes[10 * r + j], nodes[10 * r + (j + 1) % 10]
            sentence = {"doc": "d", "start": 0, "end": 1, "text": "x"}
            kg_graph.add_fact(G, a, "meetsWith", b, evidence=sentence, confidence=0.9, rule="test.v1")
    return G


def test_large_graph_carries_every_actor_and_its_groups():
    G = overview_graph()
    data = viz.payload(G)
    assert len(data["nodes"]) == 500  # every actor, related or not
    kinds = [(g["kind"], g["size"]) for g in data["groups"]]
    assert kinds == [("community", 10)] * 5 + [("alone", 450)]
    assert all(
        n["iri"] == iri.mint("Person", f"p{k}") for k, n in enumerate(viz.payload(G)["nodes"]) if "iri" in n
    )
    assert all(
        "i" in n and "aliases" not in n for n in data["nodes"]
    )  # compact: base stripped, no empty fields
    for k, group in enumerate(data["groups"][:5]):  # named by members, and drawn around them
        members = [n for n in data["nodes"] if n.get("g") == k]
        assert len(members) == 10 and len(group["top"]) == 3
        assert set(group["top"]) <= {n["label"] for n in members}
        r = max(math.dist((n["x"], n["y"]), (group["x"], group["y"])) for n in members)
        assert r <= 30 + 55 * math.sqrt(10)
    small = viz.payload(nx.MultiDiGraph(G.subgraph(list(G)[:60])))
    assert small["groups"] == []  # a small graph is drawn whole


def test_layout_does_not_depend_on_the_hash_seed(tmp_path):
    import subprocess
    import sys

    kg_graph.write(overview_graph(), tmp_path / "graph.json")
    root = str(Path(viz.__file__).resolve().parents[2])  # this checkout's kg, not an installed one
    code = (
        "import hashlib, json, sys; from kg.graph import graph as g; from kg.viz.page import payload; "
        "print(hashlib.md5(json.dumps(payload(g.read(sys.argv[1]))).encode()).hexdigest())"
    )
    runs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}
        argv = [sys.executable, "-c", code, str(tmp_path / "graph.json")]
        runs.add(subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout)
    assert len(runs) == 1
