"""The networkx graph file: node-link JSON that reads back as the same graph."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.graph import graph as kg_graph


def test_graph_json_round_trips_and_large_graphs_are_not_indented(
    small_graph: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kg_graph.write(small_graph, tmp_path / "small.json")
    assert len((tmp_path / "small.json").read_text(encoding="utf-8").splitlines()) > 10
    monkeypatch.setattr(kg_graph, "INDENT_MAX_NODES", 2)
    kg_graph.write(small_graph, tmp_path / "large.json")
    assert len((tmp_path / "large.json").read_text(encoding="utf-8").splitlines()) == 1
    for name in ("small.json", "large.json"):
        back = kg_graph.read(tmp_path / name)
        assert kg_graph.to_json(back) == kg_graph.to_json(small_graph)


def test_edges_say_when_their_evidence_holds(tmp_path: Path) -> None:
    from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
    from kg.resolve import resolve
    from kg.settings import Settings

    def doc(doc_id: str, text: str, date: str, **when: str | None) -> DocResult:
        ents = tuple(
            Entity(f"e{n}", name, kind, (Mention(text.index(name), text.index(name) + len(name), name),))
            for n, (name, kind) in enumerate((("Anna Berg", "Person"), ("Lyon", "Place")))
        )
        ev = Evidence(doc_id, 0, len(text), text, **when)
        return DocResult(Document(doc_id, text, date=date), ents, (Relation("e0", "livesIn", "e1", ev, 0.8),))

    results = [
        doc("a", "Since 2019 Anna Berg has lived in Lyon.", "2024-10-03",
            time="2019", time_start="2019-01-01", time_end=None, time_source="sentence"),
        doc("b", "Anna Berg lives in Lyon.", "2024-11-05",
            time="2024-11-05", time_start="2024-11-05", time_end="2024-11-05", time_source="article"),
        doc("c", "Anna Berg lives in Lyon, she says.", "2024-12-01"),
    ]  # fmt: skip
    actors, index = resolve(results)
    G = kg_graph.from_results(results, actors, index, base_iri=Settings().base_iri)
    ((_, _, data),) = G.edges(data=True)
    assert (data["earliest"], data["latest"]) == ("2019-01-01", "2024-11-05")
    by_doc = {e["doc"]: e for e in data["evidence"]}
    assert by_doc["a"]["time"] == "2019" and by_doc["a"]["time_end"] is None
    assert by_doc["b"]["time_source"] == "article"
    assert "time" not in by_doc["c"]  # nothing known: the old fields only
    kg_graph.write(G, tmp_path / "graph.json")
    assert kg_graph.to_json(kg_graph.read(tmp_path)) == kg_graph.to_json(G)


def test_time_bounds_of_open_and_missing_times() -> None:
    assert kg_graph.time_bounds([]) == (None, None)
    assert kg_graph.time_bounds([{"time_start": None, "time_end": "2024-10-03"}]) == (None, "2024-10-03")


def test_every_edge_of_a_built_graph_fits_its_predicates_types(seeds_graph_dir: Path) -> None:
    from kg.graph.graph import misfits, read
    from kg.lexicon import lexicon

    G = read(seeds_graph_dir)
    ranges = lexicon()["ranges"]
    checked = [(u, v, p) for u, v, p in G.edges(data="predicate") if p in ranges]
    assert checked  # the seeds state people's posts and visits
    for u, v, p in checked:
        assert G.nodes[u]["type"] in ranges[p][0] and G.nodes[v]["type"] in ranges[p][1], (u, p, v)
    # a node retyped after its edge was read: the edge goes
    u, v, p = checked[0]
    G.nodes[v]["type"] = "Event"
    assert misfits(G) >= 1
    assert all(d.get("predicate") != p for d in (G.get_edge_data(u, v) or {}).values())


def test_what_no_sentence_states_is_listed_but_not_drawn() -> None:
    # a leader's implied membership (kg.implied.v1), the gazetteer's town in a country
    # (kg.gazetteer.v1), a news agency's home (kg.agency-seat.v1) and the country of a town a
    # firm is based in (kg.town-country.v1), in however many articles: kg extract lists them,
    # the graph draws none
    from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
    from kg.resolve import resolve
    from kg.settings import Settings

    text = "Halden Bank chief Maria Voss spoke in Kigali to AFP. Rwanda is growing, as is France."
    kinds = (
        ("Maria Voss", "Person"),
        ("Halden Bank", "Organization"),
        ("Kigali", "Place"),
        ("Rwanda", "Place"),
        ("AFP", "Organization"),
        ("France", "Place"),
    )
    ents = tuple(
        Entity(f"e{n}", name, kind, (Mention(text.index(name), text.index(name) + len(name), name),))
        for n, (name, kind) in enumerate(kinds)
    )
    ev = Evidence("a", 0, len(text), text)
    results = [
        DocResult(
            Document(doc, text),
            ents,
            (
                Relation("e0", "leaderOf", "e1", ev, 0.9, rule="kg.title.v1"),
                Relation("e0", "worksFor", "e1", ev, 0.9, rule="kg.implied.v1"),
                Relation("e2", "locatedIn", "e3", ev, 0.09, rule="kg.gazetteer.v1"),
                Relation("e4", "basedIn", "e5", ev, 0.9, rule="kg.agency-seat.v1"),
                Relation("e1", "basedIn", "e3", ev, 0.9, rule="kg.town-country.v1"),
            ),
        )
        for doc in ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")
    ]
    actors, index = resolve(results)
    G = kg_graph.from_results(results, actors, index, base_iri=Settings().base_iri)
    assert [d["predicate"] for _, _, d in G.edges(data=True)] == ["leaderOf"]
