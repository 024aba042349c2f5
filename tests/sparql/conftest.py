"""The small hand-made graph written as RDF and loaded into a store, for the SPARQL tests."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.rdf import serialize as rdf
from kg.sparql import store


@pytest.fixture
def graph_dir(small_graph: nx.MultiDiGraph, tmp_path: Path) -> Path:
    rdf.write(small_graph, tmp_path, ["ttl", "nt"])
    store.build(tmp_path)
    return tmp_path
