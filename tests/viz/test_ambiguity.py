"""A name that fits several actors: kg viz and kg query list them and take the one asked for."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg import iri
from kg.cli import app
from kg.errors import KGError
from kg.graph import graph as kg_graph
from kg.graph.graph import add_fact
from kg.rdf import serialize as rdf
from kg.sparql import actors, store
from kg.viz.subgraphs import candidates, ego, find_actor

runner = CliRunner()
HOSTILE = "<img src=x onerror=alert(1)>\x1b[2J"


def _actor(G: nx.MultiDiGraph, kind: str, label: str, *aliases: str, docs: tuple[str, ...]) -> str:
    node = iri.mint(kind, label)
    G.add_node(node, label=label, type=kind, aliases=sorted({label, *aliases}), mentions=1, docs=list(docs))
    return node


@pytest.fixture
def two_marlows(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Invented: a senator and a shipping firm both called "Marlow", the firm the better connected."""
    G = nx.MultiDiGraph(
        documents={
            "d-senate": {"id": "d-senate", "title": "Senate vote", "date": "2021-05-02", "source": "t"},
            "d-port": {"id": "d-port", "title": "Port deal", "date": "2021-06-09", "source": "t"},
        },
        base_iri=iri.BASE_IRI,
    )
    person = _actor(G, "Person", "Edith Marlow", "Marlow", docs=("d-senate",))
    firm = _actor(G, "Organization", "Marlow Lines", "Marlow", docs=("d-port",))
    senate = _actor(G, "Organization", "Senate of Veloria", docs=("d-senate",))
    port = _actor(G, "Place", "Port Arvel", docs=("d-port",))
    bank = _actor(G, "Organization", "Arvel Bank", docs=("d-port",))
    odd = _actor(G, "Person", HOSTILE, "Marlow", docs=("d-port",))

    def fact(s: str, p: str, o: str, doc: str, text: str) -> None:
        ev = {"doc": doc, "start": 0, "end": len(text), "text": text}
        add_fact(G, s, p, o, evidence=ev, confidence=0.9, rule="kg.verb.v1")

    fact(person, "memberOf", senate, "d-senate", "Senator Edith Marlow of the Senate of Veloria spoke.")
    fact(firm, "basedIn", port, "d-port", "Marlow Lines, based in Port Arvel, signed.")
    fact(bank, "supports", firm, "d-port", "Arvel Bank backed Marlow Lines.")
    rdf.write(G, tmp_path, ["ttl", "nt"])
    store.build(tmp_path)
    kg_graph.write(G, tmp_path / "graph.json")
    return tmp_path, {"person": person, "firm": firm, "odd": odd, "senate": senate}


def test_candidates_from_graph_json_and_from_the_store_agree(two_marlows) -> None:
    out, ids = two_marlows
    G = kg_graph.read(out / "graph.json")
    from_json = candidates(G, "MARLOW")
    assert [c.id for c in from_json] == [ids["firm"], ids["person"], ids["odd"]]  # 2, 1, 0 relations
    assert [(c.type, c.degree, c.doc) for c in from_json[:2]] == [
        ("Organization", 2, "d-port"),
        ("Person", 1, "d-senate"),
    ]
    from_store = actors.named(store.open(out), "marlow")
    assert [(c.id, c.label, c.type, c.degree, c.doc) for c in from_store] == [
        (c.id, c.label, c.type, c.degree, c.doc) for c in from_json
    ]
    assert from_store[0].title == "Port deal"
    assert actors.named(rdf.read(out), "Marlow") == from_store  # rdflib gives the same
    assert candidates(G, "Edith Marlow")[0].id == ids["person"]  # an unshared name: one


def test_find_actor_takes_the_id_asked_for(two_marlows) -> None:
    out, ids = two_marlows
    G = kg_graph.read(out / "graph.json")
    assert find_actor(G, "Marlow") == ids["firm"]
    assert find_actor(G, "Marlow", actor_id="person/Edith_Marlow") == ids["person"]
    assert find_actor(G, actor_id=ids["person"]) == ids["person"]
    assert set(ego(G, actor_id="person/Edith_Marlow")) == {ids["person"], ids["senate"]}
    with pytest.raises(KGError, match=r"not one of the actors named 'Marlow'.*person/Edith_Marlow"):
        find_actor(G, "Marlow", actor_id="organization/Senate_of_Veloria")
    with pytest.raises(KGError, match="No actor with id"):
        find_actor(G, actor_id="person/Nobody")


def test_viz_lists_the_candidates_and_warns_when_it_picks(two_marlows, tmp_path: Path) -> None:
    out, _ = two_marlows
    html = tmp_path / "m.html"
    result = runner.invoke(app, ["viz", "--graph", str(out), "--actor", "Marlow", "--out", str(html)])
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert "3 actors are named 'Marlow'" in err
    lines = err.splitlines()
    firm = next(x for x in lines if "organization/Marlow_Lines" in x)
    assert "Organization" in firm and " 2 " in f"{firm} " and "d-port (Port deal)" in firm
    person = next(x for x in lines if "person/Edith_Marlow" in x)
    assert "Person" in person and "d-senate" in person
    warning = [x for x in lines if "warning" in x]
    assert len(warning) == 1 and "organization/Marlow_Lines" in warning[0] and "--actor-id" in warning[0]
    assert "\x1b" not in err  # a name's control characters never reach the terminal
    assert "3 actors, 2 relations" in err  # the firm, its port and its bank

    result = runner.invoke(
        app,
        [
            "viz",
            "--graph",
            str(out),
            "--actor",
            "Marlow",
            "--actor-id",
            "person/Edith_Marlow",
            "--out",
            str(html),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr and "2 actors, 1 relations" in result.stderr
    assert "Edith Marlow" in html.read_text(encoding="utf-8")

    result = runner.invoke(app, ["viz", "--graph", str(out), "--actor", "Edith Marlow", "--out", str(html)])
    assert "actors are named" not in result.stderr and "warning" not in result.stderr  # one: no listing

    result = runner.invoke(
        app,
        [
            "viz",
            "--graph",
            str(out),
            "--actor",
            "Marlow",
            "--actor-id",
            "place/Port_Arvel",
            "--out",
            str(html),
        ],
    )
    assert result.exit_code == 1 and "not one of the actors named 'Marlow'" in result.stderr


def _query(out: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["query", "relations_of", "--graph", str(out), "-f", "csv", *args])
    return result.exit_code, result.stdout, result.stderr


def test_query_lists_the_candidates_and_binds_one(two_marlows) -> None:
    out, ids = two_marlows
    code, rows, err = _query(out, "--param", "name=marlow")
    assert code == 0, err
    assert "3 actors are named 'marlow'" in err and "person/Edith_Marlow" in err
    assert sum("warning" in x for x in err.splitlines()) == 1 and "--actor-id ID" in err
    assert {line.split(",")[0] for line in rows.splitlines()[1:]} == {ids["firm"]}  # the most connected only

    code, rows, err = _query(out, "--param", "name=Marlow", "--actor-id", "person/Edith_Marlow")
    assert code == 0 and "warning" not in err
    assert [line.split(",")[0] for line in rows.splitlines()[1:]] == [ids["person"]]
    assert "Senate of Veloria" in rows

    code, rows, _ = _query(out, "--param", "actor=person/Edith_Marlow")  # the short id where an IRI is wanted
    assert code == 0 and [line.split(",")[0] for line in rows.splitlines()[1:]] == [ids["person"]]

    code, _, err = _query(out, "--param", "name=Marlow", "--actor-id", "place/Port_Arvel")
    assert code == 1 and "not one of the actors named 'Marlow'" in err

    result = runner.invoke(
        app, ["query", "relations_of", "-g", str(out), "-p", "name=Marlow", "--engine", "rdflib"]
    )
    assert result.exit_code == 0, result.output  # the table, on rdflib
    assert "2 actors are named" not in result.stderr and "3 actors are named 'Marlow'" in result.stderr
    assert "Marlow Lines" in result.stdout and "Senate of Veloria" not in result.stdout

    code, rows, err = _query(out, "--param", "name=Edith Marlow")  # one actor: nothing to say
    assert code == 0 and err.strip() == "" and "Senate of Veloria" in rows


def test_query_with_two_actor_parameters_names_which_to_bind(two_marlows) -> None:
    out, _ = two_marlows
    result = runner.invoke(
        app,
        [
            "query",
            "path_between",
            "--graph",
            str(out),
            "--param",
            "a=Marlow",
            "--param",
            "b=Port Arvel",
            "-f",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "pick another with --param from=ID" in result.stderr
    result = runner.invoke(
        app,
        ["query", "path_between", "--graph", str(out), "--param", "a=Marlow", "--actor-id", "x"],
    )
    assert result.exit_code == 1 and "--param from=ID, --param to=ID" in result.stderr


def test_listing_is_plain_text() -> None:
    found = [actors.Candidate(id="https://w3id.org/kg/id/person/X", label=HOSTILE, type="Person", degree=1)]
    text = "\n".join(actors.listing("\u202eMarlow\n", found))
    assert "\x1b" not in text and "\u202e" not in text and text.count("\n") == 2
