"""Named queries on both engines, safe bindings, errors, the store and `kg query`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from kg import iri
from kg.cli import app
from kg.errors import KGError, QueryError
from kg.graph.graph import add_fact
from kg.rdf import serialize as rdf
from kg.sparql import guard, store
from kg.sparql import query as sparql

HOSTILE = 'x" } ; DROP ALL ; #'
RUTTE = iri.mint("person", "Mark Rutte")


def _rows(df: pd.DataFrame) -> list[tuple[Any, ...]]:
    return sorted(df.itertuples(index=False, name=None), key=repr)


def _both(graph: Path, query: str, /, **bindings: Any) -> pd.DataFrame:
    ox = sparql.query(graph, query, **bindings)
    rl = sparql.query(graph, query, engine="rdflib", **bindings)
    assert list(ox.columns) == list(rl.columns)
    assert _rows(ox) == _rows(rl), query
    return ox


def test_queries_folder_has_the_named_questions() -> None:
    named = sparql.named_queries()
    wanted = {
        "leaders",
        "relations_of",
        "meetings",
        "aid",
        "conflict",
        "most_connected",
        "in_place",
        "path_between",
        "proposals",
    }
    assert wanted <= set(named)
    for q in named.values():
        assert q.description, q.name
        assert "PREFIX" in q.text and q.text.startswith("#")
        for p in q.params:
            assert f"?{p.name}" in q.text and p.kind in ("iri", "literal", "name")
            assert (p.kind == "name") == bool(p.target), p
            assert p.target is None or f"?{p.target}" in q.text


@pytest.mark.parametrize("name", sorted(sparql.named_queries()))
def test_every_named_query_gives_the_same_rows_on_both_engines(graph_dir: Path, name: str) -> None:
    _both(graph_dir, name, **NEEDED.get(name, {}))


#: Bindings for the named queries that answer nothing without them (their ``# @needs`` line).
NEEDED = {"path_between": {"a": "zelensky", "b": "the alliance"}}


EXPECTED = [
    ("leaders", {}, [("Mark Rutte", "NATO")], ["leaderName", "orgName"]),
    ("leaders", {"name": "the alliance"}, [("Mark Rutte", "NATO")], ["leaderName", "orgName"]),
    ("leaders", {"name": "Zelensky"}, [], ["leaderName", "orgName"]),
    ("meetings", {"name": "ZELENSKYY"}, [("Mark Rutte", "Volodymyr Zelensky")], ["aName", "bName"]),
    ("proposals", {}, [("Volodymyr Zelensky", "victory plan")], ["proposerName", "proposalName"]),
    ("conflict", {"name": "nato"}, [("criticizes", "NATO")], ["predicate", "objectName"]),
    (
        "negations",
        {},
        [("Mark Rutte", "supports", "victory plan")],
        ["subjectName", "predicate", "objectName"],
    ),
    ("supporters", {}, [], ["supporterName"]),
    ("in_place", {"name": "ukraine"}, [("Mark Rutte", "visits")], ["actorName", "predicate"]),
    (
        "relations_of",
        {"name": "rutte"},
        [("leaderOf", "NATO"), ("meetsWith", "Volodymyr Zelensky"), ("visits", "Ukraine")],
        ["predicate", "otherName"],
    ),
    (
        "relations_of",
        {"actor": RUTTE},
        [("leaderOf", "NATO"), ("meetsWith", "Volodymyr Zelensky"), ("visits", "Ukraine")],
        ["predicate", "otherName"],
    ),
    (
        "relations_of",
        {"actor": URIRef(RUTTE)},
        [("leaderOf", "NATO"), ("meetsWith", "Volodymyr Zelensky"), ("visits", "Ukraine")],
        ["predicate", "otherName"],
    ),
    (
        "path_between",
        {"a": "zelensky", "b": "NATO"},
        [("meetsWith", "Mark Rutte", "leaderOf", 2)],
        ["p1", "viaName", "p2", "hops"],
    ),
    ("path_between", {"a": "Mark Rutte", "b": "NATO"}, [("leaderOf", 1)], ["p1", "hops"]),
    ("most_connected", {"kind": "place"}, [("Ukraine", 1)], ["name", "degree"]),
]


@pytest.mark.parametrize(("name", "bindings", "expected", "columns"), EXPECTED)
def test_named_query_answers(
    graph_dir: Path, name: str, bindings: dict, expected: list, columns: list
) -> None:
    df = _both(graph_dir, name, **bindings)
    assert sorted(df[columns].itertuples(index=False, name=None)) == sorted(expected)


def test_negated_facts_never_show_up_as_plain_facts(graph_dir: Path) -> None:
    df = _both(graph_dir, "relations_of")
    assert "supports" not in set(df["predicate"])
    assert sparql.query(graph_dir, "ASK { ?s <https://w3id.org/kg/ontology#supports> ?o }")[
        "ask"
    ].tolist() == [False]


def test_evidence_and_document_come_with_each_relation(graph_dir: Path) -> None:
    df = _both(graph_dir, "relations_of", name="Mark Rutte")
    row = df[df["predicate"] == "visits"].iloc[0]
    assert (row["evidence"], row["doc"], str(row["date"])) == (
        "Mark Rutte visited Ukraine",
        "doc-1",
        "2024-10-03",
    )


@pytest.mark.parametrize("name", ["relations_of", "leaders", "meetings", "in_place", "aliases"])
def test_hostile_value_stays_a_literal(graph_dir: Path, name: str) -> None:
    assert _both(graph_dir, name, name=HOSTILE).empty
    assert len(sparql.query(graph_dir, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")) == 1  # nothing dropped


def test_hostile_names_in_the_data_are_found_by_binding(graph_dir: Path) -> None:
    evil = '<script>alert("x")</script> "Bob" O\'Neil/\\'
    df = _both(graph_dir, "conflict", name=evil)
    assert df["subjectName"].tolist() == [evil]


def test_names_are_indexed_and_bind_the_actors_they_name(graph_dir: Path) -> None:
    key = "PREFIX kg: <https://w3id.org/kg/ontology#> SELECT ?a { ?a kg:nameKey ?k }"
    assert sparql.query(graph_dir, key, k="the nato chief")["a"].tolist() == [RUTTE]
    st = store.open(graph_dir)
    text = sparql.named_queries()["relations_of"].text
    params = sparql.parse_params(text)
    assert f'VALUES (?name ?actor) {{ ("RUTTE" <{RUTTE}>) }}' in sparql.anchored(
        st, text, {"name": Literal("RUTTE")}, params
    )
    assert "VALUES (?name ?actor) {  }" in sparql.anchored(st, text, {"name": Literal("nobody")}, params)
    nato = URIRef(iri.mint("organization", "NATO"))
    both = sparql.anchored(st, text, {"actor": nato, "name": Literal("Rutte")}, params)
    assert "VALUES (?actor ?name) {" in both and RUTTE not in both  # an explicit ?actor wins
    assert _both(graph_dir, "relations_of", actor=nato, name="Rutte").empty


def test_a_name_shared_by_two_actors_finds_both(tmp_path: Path) -> None:
    G = nx.MultiDiGraph(documents={"d": {"id": "d"}})
    anna, bob, kyiv = (
        iri.mint("person", "Anna Smith"),
        iri.mint("person", "Bob Smith"),
        iri.mint("place", "Kyiv"),
    )
    G.add_node(anna, label="Anna Smith", type="Person", aliases=["Anna Smith", "Smith"])
    G.add_node(bob, label="Bob Smith", type="Person", aliases=["Bob Smith", "Smith"])
    G.add_node(kyiv, label="Kyiv", type="Place", aliases=["Kyiv"])
    for node in (anna, bob):
        add_fact(
            G, node, "visits", kyiv, evidence={"doc": "d", "start": 0, "end": 1, "text": "x"}, confidence=0.9
        )
    rdf.write(G, tmp_path, ["nt"])
    store.build(tmp_path)
    df = _both(tmp_path, "relations_of", name="smith")
    assert sorted(df["actorName"]) == ["Anna Smith", "Bob Smith"]
    df = _both(tmp_path, "path_between", a="SMITH", b="kyiv")
    assert sorted(df[["fromName", "hops"]].itertuples(index=False, name=None)) == [
        ("Anna Smith", 1),
        ("Bob Smith", 1),
    ]


def test_iri_variables_only_take_iris(graph_dir: Path) -> None:
    with pytest.raises(QueryError, match="must be an IRI"):
        sparql.query(graph_dir, "relations_of", actor="Mark Rutte")
    # a string that looks like an IRI stays a literal where the query does not declare an IRI
    assert sparql.query(graph_dir, "leaders", name=RUTTE).empty


def test_literal_query_with_bindings_on_both_engines(graph_dir: Path) -> None:
    text = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s WHERE { ?s rdfs:label ?l }"
    assert _both(graph_dir, text, l="NATO")["s"].tolist() == [iri.mint("organization", "NATO")]
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    df = _both(graph_dir, construct, o="NATO")
    assert list(df.columns) == ["subject", "predicate", "object"]
    assert sorted(df["predicate"].str.rsplit("#", n=1).str[-1]) == ["alias", "label"]


def test_rq_file_path(graph_dir: Path) -> None:
    path = graph_dir / "mine.rq"
    path.write_text("# mine\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert sparql.query(graph_dir, str(path))["n"].tolist() == [len(rdf.read(graph_dir))]


def test_errors(graph_dir: Path) -> None:
    with pytest.raises(QueryError, match=r"No query named 'leader'\. Did you mean 'leaders'\?"):
        sparql.query(graph_dir, "leader")
    with pytest.raises(QueryError, match=r"line 2, column \d+: .*\n  WHERE \{ \?s \?p \}\n +\^"):
        sparql.query(graph_dir, "SELECT *\nWHERE { ?s ?p }")
    with pytest.raises(QueryError, match=r"line 2"):
        sparql.query(graph_dir, "SELECT *\nWHERE { ?s ?p }", engine="rdflib")
    with pytest.raises(QueryError, match=r"no variable \?nom.*\?name"):
        sparql.query(graph_dir, "leaders", nom="x")
    with pytest.raises(QueryError, match="read-only"):
        sparql.query(graph_dir, "DROP ALL")
    with pytest.raises(QueryError, match="SERVICE"):
        sparql.query(graph_dir, "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(KGError, match="engines: oxigraph, rdflib"):
        sparql.query(graph_dir, "leaders", engine="blazegraph")
    assert issubclass(QueryError, KGError)


def test_lexer_ignores_keywords_in_strings_iris_and_comments() -> None:
    text = 'SELECT * { ?s <http://x/SERVICE> "SERVICE" } # SERVICE\n'
    guard.check(text)
    with pytest.raises(guard.Refused, match="SERVICE"):
        guard.check("SELECT * { service <http://x/> { ?s ?p ?o } }")
    assert sparql.query_form("# INSERT\nPREFIX a: <http://a/> INSERT DATA {}") == "INSERT"
    assert sparql.with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"o": URIRef("http://x/")}) == (
        "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?o) { (<http://x/>) } ?s ?p ?o }"
    )


def test_store_build_replaces_atomically_and_opens_read_only(graph_dir: Path) -> None:
    st = store.open(graph_dir)
    with pytest.raises(RuntimeError):
        st.update("INSERT DATA { <http://a/> <http://b/> <http://c/> }")
    (graph_dir / ".store.new-killed").mkdir()  # a build killed half-way
    assert store.build(graph_dir) == graph_dir / "store"
    assert sorted(p.name for p in graph_dir.iterdir() if "store" in p.name) == ["store"]
    assert len(store.open(graph_dir)) == len(rdf.read(graph_dir))


def test_store_falls_back_to_memory_and_explains_missing_graph(
    small_graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    with pytest.raises(KGError, match="kg build"):
        store.open(tmp_path)
    rdf.write(small_graph, tmp_path, ["ttl"])
    assert len(store.open(tmp_path)) == len(rdf.read(tmp_path))
    assert sparql.query(tmp_path, "leaders")["orgName"].tolist() == ["NATO"]


def test_store_in_memory_on_request(graph_dir: Path) -> None:
    mem = store.open(graph_dir, memory=True)
    assert len(mem) == len(store.open(graph_dir))
    mem.update(
        "INSERT DATA { <http://a/> <http://b/> <http://c/> }"
    )  # a copy: the on-disk store is read-only
    assert len(mem) == len(store.open(graph_dir)) + 1
    assert sparql.query(mem, "leaders")["orgName"].tolist() == ["NATO"]


def test_failed_build_keeps_the_previous_store(graph_dir: Path) -> None:
    (graph_dir / "graph.nt").write_text("this is not N-Triples\n", encoding="utf-8")
    with pytest.raises(KGError, match="Cannot load"):
        store.build(graph_dir)
    assert len(store.open(graph_dir)) == len(rdf.read(graph_dir / "graph.ttl"))
    assert sorted(p.name for p in graph_dir.iterdir() if "store" in p.name) == ["store"]


def test_seeds_graph_if_built(request: pytest.FixtureRequest) -> None:
    try:
        seeds = request.getfixturevalue("seeds_graph_dir")
    except pytest.FixtureLookupError:
        pytest.skip("the seeds build fixture is not available")
    for name in sparql.named_queries():
        _both(seeds, name, **NEEDED.get(name, {}))


runner = CliRunner(env={"COLUMNS": "2000"})


def test_cli_query(graph_dir: Path) -> None:
    res = runner.invoke(app, ["query", "leaders", "--graph", str(graph_dir), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "Mark Rutte" in res.stdout and "NATO" in res.stdout
    res = runner.invoke(app, ["query", "meetings", "-g", str(graph_dir), "-f", "json", "-p", "name=zelensky"])
    assert res.exit_code == 0 and '"bName": "Volodymyr Zelensky"' in res.stdout
    res = runner.invoke(app, ["query", "relations_of", "-g", str(graph_dir), "--param", f"name={HOSTILE}"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["query", "conflict", "-g", str(graph_dir)])
    assert res.exit_code == 0 and "<script>" in res.stdout  # table cells are text, not markup
    res = runner.invoke(app, ["query", "--list"])
    assert res.exit_code == 0 and "path_between" in res.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--param", "name"], "Bad --param 'name'"),
        (["--format", "xml"], "Unknown --format 'xml'"),
        (["--param", "nom=x"], "no variable ?nom"),
    ],
)
def test_cli_query_user_errors(graph_dir: Path, args: list[str], message: str) -> None:
    res = runner.invoke(app, ["query", "leaders", "--graph", str(graph_dir), *args])
    assert res.exit_code == 1
    assert message in res.output and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_cli_help() -> None:
    for cmd in ("query", "serve"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "--graph" in res.output


def test_small_graphs_are_served_from_memory_large_ones_from_disk(graph_dir: Path) -> None:
    size = store._source(graph_dir).stat().st_size
    assert store.fits_in_memory(graph_dir)
    assert store.fits_in_memory(graph_dir, limit=size)
    assert not store.fits_in_memory(graph_dir, limit=size - 1)
    assert not store.fits_in_memory(graph_dir / "missing")


def test_a_named_query_says_which_binding_it_needs(graph_dir: Path) -> None:
    with pytest.raises(QueryError, match=r"'path_between' needs \?a or \?from .*--param a=\.\.\."):
        sparql.query(graph_dir, "path_between")
    with pytest.raises(QueryError, match=r"needs \?b or \?to"):
        sparql.query(graph_dir, "path_between", a="zelensky")
    assert len(sparql.query(graph_dir, "path_between", a="zelensky", b="the alliance")) == 1
    result = CliRunner().invoke(app, ["query", "path_between", "--graph", str(graph_dir)])
    assert result.exit_code == 1 and "--param a=" in result.output


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        ("SELEC * WHERE { ?s ?p ?o }", "line 1, column 1", "not 'SELEC'; did you mean SELECT?"),
        (
            "SELECT * WHERE { ?s x:p ?o }",
            "line 1, column 21",
            "the prefix 'x:' is not declared; add PREFIX x:",
        ),
        ("SELECT * WHERE {\n  ?s ?p ?o ", "line 1, column 16", "this '{' is never closed (add '}')"),
        ("SELECT * WHERE { ?s ?p ?o }}", "line 1, column 28", "this '}' closes nothing"),
        ("SELECT *\nWHERE { ?s ?p }", "line 2, column", "expected"),
    ],
)
def test_syntax_errors_point_at_the_place_in_plain_words(
    graph_dir: Path, text: str, where: str, says: str
) -> None:
    with pytest.raises(QueryError) as caught:
        sparql.query(graph_dir, text)
    message = str(caught.value)
    first, shown, caret = message.split("\n")
    assert first.startswith(f"Bad SPARQL at {where}") and says in first
    column = int(first.split("column ")[1].split(":")[0])
    assert shown.strip() and caret == "  " + " " * (column - 1) + "^"
