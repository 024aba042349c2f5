"""Parts of the graph worth drawing: an actor's neighbourhood, a SPARQL CONSTRUCT's result.

All of them return copies; the graph given is never changed.
"""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.sparql.actors import Candidate, full_id, pick, ranked


def candidates(G: nx.MultiDiGraph, name: str) -> list[Candidate]:
    """The actors whose IRI, label or an alias is ``name`` (any case), most connected first.

    Each comes with its type, its number of relations and one document that mentions it
    (and that document's title), so the choice can be shown (:func:`kg.sparql.actors.listing`).

    Raises:
        KGError: no actor has that name; the message lists close matches.

    Examples:
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("p/1", label="Ann Lee", type="Person", aliases=["Lee"])
        >>> G.add_node("o/2", label="Lee", type="Organization", docs=["d1"]); G.add_edge("o/2", "p/1")
        0
        >>> [(c.id, c.degree, c.doc) for c in candidates(G, "lee")]
        [('o/2', 1, 'd1'), ('p/1', 1, None)]
    """
    if name in G:
        return [_candidate(G, name)]
    wanted = name.casefold().strip()
    names: dict[str, set[Hashable]] = {}
    for v, attrs in G.nodes(data=True):
        for form in {str(attrs.get("label", v)), *map(str, attrs.get("aliases") or [])}:
            names.setdefault(form.casefold().strip(), set()).add(v)
    if wanted in names:
        return ranked(_candidate(G, v) for v in names[wanted])
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    labels = sorted({str(G.nodes[v].get("label", v)) for c in close for v in names[c]})
    hint = f" Close matches: {', '.join(labels)}" if labels else " No close match."
    raise KGError(f"No actor {name!r} in the graph.{hint}")


def _candidate(G: nx.MultiDiGraph, v: Hashable) -> Candidate:
    attrs = G.nodes[v]
    docs = sorted(map(str, attrs.get("docs") or ()))
    if not docs:  # older graphs: the documents its relations cite
        cited = (e.get("doc") for *_, d in G.edges(v, data=True) for e in d.get("evidence") or ())
        docs = sorted({str(x) for x in cited if x})
    doc = docs[0] if docs else None
    meta = (G.graph.get("documents") or {}).get(doc) or {}
    return Candidate(
        id=str(v),
        label=str(attrs.get("label", v)),
        type=str(attrs.get("type") or ""),
        degree=int(G.degree(v)),
        doc=doc,
        title=str(meta["title"]) if meta.get("title") else None,
    )


def find_actor(G: nx.MultiDiGraph, name: str | None = None, *, actor_id: str | None = None) -> Hashable:
    """The node ``actor_id`` names, or the node named ``name``: its IRI, label or any alias, any case.

    When several actors share the name and no ``actor_id`` picks one, the one with most
    relations wins; :func:`candidates` lists them all. ``actor_id`` is the node's IRI, or
    that IRI without the graph's base (``person/Ronald_Reagan``).

    Raises:
        KGError: no actor has that name (the message lists close matches), no node has
            ``actor_id``, or ``actor_id`` is not one of the actors named ``name``.
    """
    if actor_id is not None:
        node = next((v for v in (actor_id, full_id(actor_id)) if v in G), None)
        if name is not None and (node is None or str(node) not in {c.id for c in candidates(G, name)}):
            pick(name, candidates(G, name), actor_id)  # raises, listing the ids of those named so
        if node is None:
            raise KGError(f"No actor with id {actor_id!r} in the graph")
        return node
    if name is None:
        raise KGError("Give an actor's name or id")
    best = candidates(G, name)[0].id
    return best if best in G else next(v for v in G if str(v) == best)


def ego(
    G: nx.MultiDiGraph, actor: str | None = None, hops: int = 1, *, actor_id: str | None = None
) -> nx.MultiDiGraph:
    """A copy of the part of ``G`` within ``hops`` relations (either direction) of ``actor``.

    ``actor`` and ``actor_id`` are read as :func:`find_actor` reads them.

    Examples:
        >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
        >>> sorted(ego(G, "a", hops=2))
        ['a', 'b', 'c']
    """
    if hops < 0:
        raise KGError(f"hops must be 0 or more, got {hops}")
    center = find_actor(G, actor, actor_id=actor_id)
    keep = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), center, cutoff=hops)
    return subgraph(G, keep)


def subgraph(G: nx.MultiDiGraph, nodes: Iterable[Hashable]) -> nx.MultiDiGraph:
    """A copy of the subgraph induced by ``nodes``, with ``G``'s graph attributes."""
    H = G.subgraph(nodes).copy()
    H.graph = dict(G.graph)
    return H


def subgraph_from_triples(G: nx.MultiDiGraph, triples: Iterable[tuple[Any, Any, Any]]) -> nx.MultiDiGraph:
    """The subgraph of ``G`` on the actors named as subject or object in ``triples``.

    ``triples`` may hold rdflib terms or strings, e.g. the result of a SPARQL CONSTRUCT.

    Examples:
        >>> G = nx.MultiDiGraph([("http://x/a", "http://x/b"), ("http://x/b", "http://x/c")])
        >>> sorted(subgraph_from_triples(G, [("http://x/a", "http://x/p", "http://x/b")]))
        ['http://x/a', 'http://x/b']
    """
    keep = {str(term) for s, _, o in triples for term in (s, o)}
    return subgraph(G, (v for v in G if str(v) in keep))


def query_subgraph(G: nx.MultiDiGraph, graph_dir: str | Path, query: str, **bindings: Any) -> nx.MultiDiGraph:
    """The part of ``G`` a SPARQL query over the built graph in ``graph_dir`` returns.

    ``query`` is what :func:`kg.sparql.query.query` takes (a name from ``queries/``, a
    ``.rq`` file or text). A CONSTRUCT keeps the actors that are subject or
    object of its triples; a SELECT keeps every actor IRI in its rows.

    Raises:
        KGError: the query fails, or names no actor of ``G``.
    """
    from kg.sparql import query as sparql

    df = sparql.query(graph_dir, query, **bindings)
    rows = list(df.itertuples(index=False, name=None))
    if list(df.columns) == ["subject", "predicate", "object"]:
        H = subgraph_from_triples(G, rows)
    else:
        cells = {str(x) for row in rows for x in row if isinstance(x, str)}
        H = subgraph(G, (v for v in G if str(v) in cells))
    if not len(H):
        raise KGError(f"Query {query!r} returned {len(rows)} rows but no actor of the graph")
    return H


def edge_span(attrs: dict[str, Any], documents: dict[str, Any] | None = None) -> tuple[str, str] | None:
    """When a relation holds, as ISO dates ``(earliest, latest)``, or ``None`` when nothing dates it.

    The edge's own ``earliest``/``latest`` (the times its sentences state) when it has them,
    else its ``dates`` (the publication dates of its documents), else the dates of the
    documents its evidence cites.

    Examples:
        >>> edge_span({"dates": ["1987-03-02T10:00:00", "1987-04-13"]})
        ('1987-03-02', '1987-04-13')
        >>> edge_span({"evidence": [{"doc": "d"}]}, {"d": {"date": "2024-10"}}) is None
        False
        >>> edge_span({}) is None
        True
    """
    if attrs.get("earliest") or attrs.get("latest"):
        lo, hi = attrs.get("earliest") or attrs.get("latest"), attrs.get("latest") or attrs.get("earliest")
        return str(lo)[:10], str(hi)[:10]
    found = [str(d) for d in attrs.get("dates") or [] if d]
    if not found and documents:
        cited = {str(e.get("doc")) for e in attrs.get("evidence") or () if isinstance(e, dict)}
        found = [str(documents[d]["date"]) for d in cited if (documents.get(d) or {}).get("date")]
    if not found:
        return None
    found = sorted(d[:10] for d in found)
    return found[0], found[-1]


def between(
    G: nx.MultiDiGraph, since: str | None = None, until: str | None = None, *, keep_undated: bool = True
) -> nx.MultiDiGraph:
    """A copy of ``G`` with only the relations that hold at some time from ``since`` to ``until``.

    Dates are ISO 8601 prefixes (``2024``, ``2024-10``, ``2024-10-03``), inclusive at both
    ends; a relation whose span overlaps the range stays. Undated relations stay unless
    ``keep_undated`` is false. Actors left with no relation are dropped; actors that had
    none to begin with stay.

    Examples:
        >>> G = nx.MultiDiGraph()
        >>> G.add_edge("a", "b", dates=["2024-10-03"]); G.add_edge("b", "c", dates=["2019-01-01"])
        0
        0
        >>> sorted(between(G, since="2024").edges())
        [('a', 'b')]
    """
    documents = G.graph.get("documents") or {}
    lo = since or ""
    hi = (until or "") + "\uffff" if until else None  # "2024-10" includes every day of October
    H = G.copy()
    H.graph = dict(G.graph)
    before = {v for v in H if H.degree(v)}
    for u, v, key, attrs in list(H.edges(keys=True, data=True)):
        span = edge_span(attrs, documents)
        if span is None:
            keep = keep_undated
        else:
            keep = span[1] >= lo and (hi is None or span[0] <= hi)
        if not keep:
            H.remove_edge(u, v, key)
    H.remove_nodes_from([v for v in before if not H.degree(v)])
    return H
