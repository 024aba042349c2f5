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


def key_actors(
    G: nx.MultiDiGraph, *, types: tuple[str, ...] = ("Person", "Organization"), top: int = 10
) -> pd.DataFrame:
    """The people and organizations who do the most, most first: who matters most in the graph.

    An actor's ``relations`` are the relations it takes part in, as subject or object, that
    are not negated; ``partners`` the distinct actors at their other end; ``documents`` how
    many articles name it. Places and works are left out by default (``types``): a country
    or a plan is where things happen or what they are about, not who does them, and a
    centrality score over all actors puts them first. Ties go to more partners, then to more
    mentions.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> for n, t in [("a", "Person"), ("b", "Person"), ("p", "Place"), ("w", "Work")]:
        ...     G.add_node(n, label=n.upper(), type=t, mentions=1, docs=["d"])
        >>> for u, v, neg in [("a", "w", False), ("a", "p", False), ("b", "p", False), ("b", "w", True)]:
        ...     _ = G.add_edge(u, v, negated=neg)
        >>> key_actors(G)[["label", "relations", "partners"]].values.tolist()
        [['A', 2, 2], ['B', 1, 1]]
    """
    import pandas as pd

    relations: dict[str, int] = dict.fromkeys(G, 0)
    partners: dict[str, set[str]] = {n: set() for n in G}
    for u, v, d in G.edges(data=True):
        if d["negated"] or u == v:
            continue
        for a, b in ((u, v), (v, u)):
            relations[a] += 1
            partners[a].add(b)
    rows = [
        {
            "label": d["label"],
            "type": d["type"],
            "relations": relations[n],
            "partners": len(partners[n]),
            "documents": len(d.get("docs", ())),
            "mentions": d.get("mentions", 0),
            "iri": n,
        }
        for n, d in G.nodes(data=True)
        if d["type"] in types and relations[n]
    ]
    columns = ["label", "type", "relations", "partners", "documents", "mentions", "iri"]
    frame = pd.DataFrame(rows, columns=columns)
    order = ["relations", "partners", "mentions", "label"]
    ascending = [False, False, False, True]
    return frame.sort_values(order, ascending=ascending, ignore_index=True).head(top)


def relation_mix(G: nx.MultiDiGraph, nodes: list[str]) -> pd.DataFrame:
    """How many relations of each kind each of ``nodes`` takes part in (not negated): one row per
    node (by label, in the order given), one column per predicate, for a stacked bar chart.

    Examples:
        >>> import networkx as nx
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("a", label="Ann"); G.add_node("b", label="Bo"); G.add_node("n", label="NATO")
        >>> _ = G.add_edge("a", "n", predicate="leaderOf", negated=False)
        >>> _ = G.add_edge("b", "a", predicate="meetsWith", negated=False)
        >>> relation_mix(G, ["a", "b"]).to_dict("index")
        {'Ann': {'leaderOf': 1, 'meetsWith': 1}, 'Bo': {'leaderOf': 0, 'meetsWith': 1}}
    """
    import pandas as pd

    counts: dict[str, dict[str, int]] = {n: {} for n in nodes}
    for u, v, d in G.edges(data=True):
        if d["negated"]:
            continue
        for n in {u, v} & counts.keys():
            counts[n][d["predicate"]] = counts[n].get(d["predicate"], 0) + 1
    frame = pd.DataFrame.from_dict(counts, orient="index").fillna(0).astype(int)
    frame = frame.reindex(columns=sorted(frame.columns))
    frame.index = [G.nodes[n]["label"] for n in nodes]
    return frame
