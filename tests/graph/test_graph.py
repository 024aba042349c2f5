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
