"""The graph as pandas tables, for notebooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd


def actors(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per actor: label, type, aliases, mentions, documents and degree, most connected first."""
    import pandas as pd

    rows = [
        {
            "label": d["label"],
            "type": d["type"],
            "aliases": ", ".join(a for a in d["aliases"] if a != d["label"]),
            "mentions": d["mentions"],
            "documents": len(d["docs"]),
            "degree": G.degree(n),
            "iri": n,
        }
        for n, d in G.nodes(data=True)
    ]
    columns = ["label", "type", "aliases", "mentions", "documents", "degree", "iri"]
    return pd.DataFrame(rows, columns=columns).sort_values(
        ["degree", "mentions"], ascending=False, ignore_index=True
    )


def relations(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per edge: subject, predicate, object, negation, confidence and the first evidence sentence."""
    import pandas as pd

    rows = [
        {
            "subject": G.nodes[u]["label"],
            "predicate": d["predicate"] + (f" ({d['label']})" if d.get("label") else ""),
            "object": G.nodes[v]["label"],
            "negated": d["negated"],
            "confidence": d["confidence"],
            "evidence": d["evidence"][0]["text"],
            "sources": len(d["evidence"]),
        }
        for u, v, d in G.edges(data=True)
    ]
    columns = ["subject", "predicate", "object", "negated", "confidence", "evidence", "sources"]
    return pd.DataFrame(rows, columns=columns).sort_values("confidence", ascending=False, ignore_index=True)


def centrality(G: nx.MultiDiGraph, *, top: int = 10) -> pd.DataFrame:
    """Actors ranked by PageRank and degree centrality over the relations that are not negated."""
    import networkx as nx
    import pandas as pd

    H: nx.DiGraph = nx.DiGraph()
    H.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        if not d["negated"]:
            H.add_edge(u, v)
    pagerank = nx.pagerank(H) if H.number_of_edges() else dict.fromkeys(H, 0.0)
    degree = nx.degree_centrality(H) if len(H) > 1 else dict.fromkeys(H, 0.0)
    rows = [
        {
            "label": G.nodes[n]["label"],
            "type": G.nodes[n]["type"],
            "pagerank": round(pagerank[n], 4),
            "degree_centrality": round(degree[n], 4),
        }
        for n in H
    ]
    frame = pd.DataFrame(rows, columns=["label", "type", "pagerank", "degree_centrality"])
    return frame.sort_values("pagerank", ascending=False, ignore_index=True).head(top)
