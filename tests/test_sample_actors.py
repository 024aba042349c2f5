"""``scripts/sample_actors.py``, the hand-check sampler: ``--not-in`` draws only what another build lacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx

from kg.graph.graph import write

ROOT = Path(__file__).resolve().parent.parent


def _sample(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "sample_actors.py"), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return [ln.split("**")[1] for ln in done.stdout.splitlines() if ln[:1].isdigit()]


def test_not_in_draws_only_the_actors_the_other_build_lacks(
    tmp_path: Path, small_graph: nx.MultiDiGraph
) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "doc-1", "text": "Nothing."}) + "\n", encoding="utf-8")
    new, old = tmp_path / "new", tmp_path / "old"
    new.mkdir()
    old.mkdir()
    write(small_graph, new / "graph.json")
    kept = sorted(small_graph.nodes)[1:]
    first = small_graph.nodes[sorted(small_graph.nodes)[0]]
    retyped = small_graph.subgraph(kept).copy()
    write(retyped, old / "graph.json")
    labels = sorted(_sample(str(new), str(articles), "50", "1"))
    assert labels == sorted(d["label"] for _, d in small_graph.nodes(data=True))
    assert _sample(str(new), str(articles), "50", "1", "--not-in", str(old)) == [first["label"]]
    # a node of the same label and another type counts as lacking
    retyped.add_node("x", **{**first, "type": "Work" if first["type"] != "Work" else "Person"})
    write(retyped, old / "graph.json")
    assert _sample(str(new), str(articles), "50", "1", "--not-in", str(old)) == [first["label"]]
    retyped.nodes["x"]["type"] = first["type"]
    write(retyped, old / "graph.json")
    assert _sample(str(new), str(articles), "50", "1", "--not-in", str(old)) == []
