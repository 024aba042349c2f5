"""Shared fixtures: a small hand-made graph and (lazily) the real seeds build."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg import iri
from kg.graph.graph import add_fact

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


def _node(G: nx.MultiDiGraph, kind: str, label: str, *aliases: str) -> str:
    node = iri.mint(kind, label)
    G.add_node(
        node,
        label=label,
        type=kind,
        aliases=sorted({label, *aliases}),
        mentions=1 + len(aliases),
        docs=["doc-1"],
        merges=[[a, "surname"] for a in aliases],
    )
    return node


@pytest.fixture
def small_graph() -> nx.MultiDiGraph:
    """A hand-made graph in the schema of kg.graph, with hostile names in it."""
    G = nx.MultiDiGraph(
        documents={
            "doc-1": {
                "id": "doc-1",
                "title": "Rutte visits <Kyiv>",
                "date": "2024-10-03",
                "url": None,
                "source": "test",
            },
            "doc-2": {"id": "doc-2", "title": None, "date": None, "url": None, "source": None},
        },
        base_iri=iri.BASE_IRI,
    )
    rutte = _node(G, "Person", "Mark Rutte", "Rutte", "the NATO chief")
    nato = _node(G, "Organization", "NATO", "the Alliance")
    ukraine = _node(G, "Place", "Ukraine")
    plan = _node(G, "Work", "victory plan", "plan for victory")
    zel = _node(G, "Person", "Volodymyr Zelensky", "Zelenskyy", "Zelensky")
    evil = _node(G, "Person", '<script>alert("x")</script> "Bob" O\'Neil/\\', "<img src=x onerror=alert(1)>")
    sent = {"doc": "doc-1", "start": 0, "end": 33, "text": "NATO Secretary General Mark Rutte"}
    add_fact(G, rutte, "leaderOf", nato, evidence=sent, confidence=0.9, rule="kg.title.v1", date="2024-10-03")
    add_fact(
        G,
        rutte,
        "visits",
        ukraine,
        evidence={"doc": "doc-1", "start": 40, "end": 66, "text": "Mark Rutte visited Ukraine"},
        confidence=0.8,
        rule="kg.verb.v1",
        date="2024-10-03",
    )
    add_fact(
        G,
        zel,
        "proposes",
        plan,
        evidence={"doc": "doc-2", "start": 0, "end": 50, "text": "Zelensky revealed his plan for victory"},
        confidence=0.85,
        rule="kg.verb.v1",
    )
    add_fact(
        G,
        rutte,
        "supports",
        plan,
        evidence={
            "doc": "doc-2",
            "start": 60,
            "end": 110,
            "text": "he is not in a position to support this plan",
        },
        confidence=0.7,
        negated=True,
        rule="kg.verb.v1",
    )
    add_fact(
        G,
        rutte,
        "meetsWith",
        zel,
        evidence={
            "doc": "doc-1",
            "start": 70,
            "end": 120,
            "text": "meeting with Ukrainian President Volodymyr Zelenskyy",
        },
        confidence=0.8,
        rule="kg.verb.v1",
    )
    add_fact(
        G,
        evil,
        "criticizes",
        nato,
        evidence={
            "doc": "doc-2",
            "start": 0,
            "end": 40,
            "text": "<script>alert('e')</script> condemned NATO <img src=x onerror=alert(2)>",
        },
        confidence=0.6,
        rule="kg.verb.v1",
    )
    return G


@pytest.fixture(scope="session")
def seeds_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real ``kg build seeds/`` output, built once per test session."""
    from kg.build.pipeline import build

    out = tmp_path_factory.mktemp("seeds-out")
    build([SEEDS], out, formats=["ttl", "nt", "jsonld"])
    return out


@pytest.fixture(scope="session")
def nlp():
    """kg's spaCy pipeline, loaded once per test session."""
    from kg.nlp import model as kg_nlp

    return kg_nlp.load()


def require_shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return path
