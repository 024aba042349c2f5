"""What ``graph.html`` carries: the graph as plain JSON-able data, nodes and documents by index.

Every actor is carried, with or without a relation; a graph of more than
``LOD_ACTORS`` actors also carries the groups its overview draws (see
:func:`kg.viz.layout.groups`). Nothing here is HTML: :mod:`kg.viz.page` escapes
it into the page.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.graph.links import urls
from kg.records import ENTITY_TYPES, PREDICATES, SYMMETRIC_PREDICATES
from kg.viz.layout import communities, groups, node_sizes, overview, positions, simple_graph
from kg.viz.subgraphs import edge_span

#: Okabe-Ito colours, safe for colour-blind readers.
TYPE_COLORS = {
    "Person": "#E69F00",
    "Organization": "#0072B2",
    "Place": "#009E73",
    "Group": "#CC79A7",
    "Event": "#D55E00",
    "Work": "#56B4E9",
}
OTHER_COLOR = "#B8B8B8"
#: Colours of the largest communities; smaller ones share ``OTHER_COLOR``.
COMMUNITY_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#dbdb8d", "#9edae5", "#393b79",
)  # fmt: skip
#: Above this many actors the page opens on an overview: communities and actors with no relation
#: are drawn as labelled groups that open on click or zoom.
LOD_ACTORS = 400


def payload(
    G: nx.MultiDiGraph,
    *,
    title: str = "kg",
    color_by: str = "type",
    min_confidence: float = 0.5,
    hide_weak: bool = False,
    seed: int = 0,
    new_edges: Iterable[tuple[Any, Any, Any]] = (),
) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data (nodes and docs by index).

    Every actor is carried, with or without a relation. A node leaves out what it
    does not have (``aliases``, ``links``) and its IRI relative to ``iriBase``
    (``i``) when it has that base, so a 30,000-actor page stays a few megabytes.
    """
    H = simple_graph(G)
    group = communities(H, seed=seed)
    sizes = node_sizes(G)
    documents: dict[str, Any] = dict(G.graph.get("documents") or {})
    doc_ids = sorted(documents, key=lambda d: (str(documents[d].get("date") or ""), str(d)))
    cited: set[str] = set()
    for *_, attrs in G.edges(data=True):
        cited.update(str(ev.get("doc")) for ev in attrs.get("evidence") or () if isinstance(ev, dict))
    doc_ids += sorted(cited - set(doc_ids))
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    docs = [_doc(d, documents.get(d) or {}) for d in doc_ids]
    index = {v: i for i, v in enumerate(G)}
    base = _text(G.graph.get("base_iri") or "")
    found = (
        groups(H, group, {v: _text(G.nodes[v].get("type") or "Thing") for v in G})
        if len(G) > LOD_ACTORS
        else []
    )
    centres, pos = overview(H, found, seed=seed) if found else ([], positions(H, seed=seed))
    group_of = {v: k for k, (*_, members) in enumerate(found) for v in members}
    nodes = [
        _node(v, attrs, base, pos[v], sizes[v], group[v], group_of.get(v, -1), doc_index)
        for v, attrs in G.nodes(data=True)
    ]
    edges: list[dict[str, Any]] = []
    fresh = {tuple(map(str, e)) for e in new_edges or ()}
    for u, v, key, attrs in G.edges(keys=True, data=True):
        evidence = [e for e in attrs.get("evidence") or [] if isinstance(e, dict)]
        edges.append(
            {
                "s": index[u],
                "t": index[v],
                "p": _text(attrs.get("predicate") or "relatedTo"),
                **({"label": _text(attrs["label"])} if attrs.get("label") else {}),
                "neg": bool(attrs.get("negated", False)),
                "conf": _confidence(attrs.get("confidence")),
                "ev": [  # [doc index, start, end, sentence]
                    [
                        doc_index[str(e.get("doc"))],
                        _int(e.get("start")),
                        _int(e.get("end")),
                        _text(e.get("text", "")),
                    ]
                    for e in evidence
                ],
                # The edge's own dates, else those of the documents stating it.
                "dates": sorted(
                    {_text(d) for d in attrs.get("dates") or []}
                    or {docs[doc_index[str(e.get("doc"))]]["date"] for e in evidence} - {None}
                ),
                # When it holds: [earliest, latest] as ISO dates, or null (see edge_span).
                "span": list(edge_span(attrs, documents) or ()) or None,
                "new": (str(u), str(v), str(key)) in fresh,
                "rules": [_text(r) for r in attrs.get("rules") or []],
            }
        )
    present_types: set[str] = {n["type"] for n in nodes}
    types = [t for t in ENTITY_TYPES if t in present_types] + sorted(present_types - set(ENTITY_TYPES))
    present_preds: set[str] = {e["p"] for e in edges}
    preds = [p for p in PREDICATES if p in present_preds] + sorted(present_preds - set(PREDICATES))
    all_dates = sorted(d for e in edges for d in e["span"] or ())
    all_dates = all_dates or sorted(d["date"] for d in docs if d["date"])
    return {
        "title": _text(title),
        "colorBy": color_by,
        "minConfidence": _confidence(min_confidence),
        "hideWeak": bool(hide_weak),
        "types": [{"name": t, "color": TYPE_COLORS.get(t, OTHER_COLOR)} for t in types],
        "predicates": preds,
        "symmetric": sorted(SYMMETRIC_PREDICATES),
        "otherColor": OTHER_COLOR,
        "communities": _community_legend(nodes),
        "groups": [
            _group(kind, t, xy, [nodes[index[v]] for v in members])
            for (kind, t, members), xy in zip(found, centres, strict=True)
        ],
        "sources": sorted({d["source"] for d in docs if d["source"]}),
        "dateRange": [all_dates[0][:10], all_dates[-1][:10]] if all_dates else None,
        "newEdges": sum(1 for e in edges if e["new"]),
        "iriBase": base,
        "docs": docs,
        "nodes": nodes,
        "edges": edges,
    }


def _node(
    v: Any,
    attrs: dict[str, Any],
    base: str,
    xy: tuple[float, float],
    size: float,
    community: int,
    group: int,
    doc_index: dict[str, int],
) -> dict[str, Any]:
    label = _text(attrs.get("label", v))
    name = _text(v)
    node: dict[str, Any] = {"i": name[len(base) :]} if base and name.startswith(base) else {"iri": name}
    node.update(label=label, type=_text(attrs.get("type") or "Thing"))
    aliases = sorted({_text(a) for a in attrs.get("aliases") or []} - {label})
    if aliases:
        node["aliases"] = aliases
    node.update(
        mentions=_int(attrs.get("mentions")),
        docs=sorted(doc_index[str(d)] for d in attrs.get("docs") or [] if str(d) in doc_index),
        x=xy[0],
        y=xy[1],
        size=size,
        community=community,
    )
    if group >= 0:
        node["g"] = group
    links = [[name, url] for name, url in urls(attrs)]
    if links:
        node["links"] = links
    return node


def _group(
    kind: str, kind_type: str, xy: tuple[float, float], members: list[dict[str, Any]]
) -> dict[str, Any]:
    """A collapsed group of the overview, named by its three most central members."""
    top = [n["label"][:28] for n in members[:3]]
    prefix = {
        "community": "",
        "pieces": f"Small pieces ({kind_type}): ",
        "alone": f"No relation ({kind_type}): ",
    }
    return {
        "kind": kind,  # "community", "pieces" (small communities by type) or "alone" (no relation)
        "type": kind_type,
        "name": prefix[kind] + " · ".join(top),
        "top": top,
        "x": xy[0],
        "y": xy[1],
        "size": len(members),
    }


def _community_legend(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The coloured communities (the largest ones with two members or more), largest first."""
    members: dict[int, list[dict[str, Any]]] = {}
    for n in nodes:
        if n["community"] < len(COMMUNITY_COLORS):
            members.setdefault(n["community"], []).append(n)
    legend = []
    for k in range(min(len(COMMUNITY_COLORS), len(members))):
        group = members.get(k, [])
        if len(group) < 2:
            break
        top = max(group, key=lambda n: n["size"])["label"]
        legend.append({"name": f"{top} +{len(group) - 1}", "size": len(group), "color": COMMUNITY_COLORS[k]})
    return legend


def _doc(doc_id: str, meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": _text(doc_id),
        "title": _text(meta["title"]) if meta.get("title") else None,
        "date": _text(meta["date"]) if meta.get("date") else None,
        "url": _text(meta["url"]) if meta.get("url") else None,
        "source": _text(meta["source"]) if meta.get("source") else None,
    }


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _confidence(value: Any) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return 0.0
    return round(min(max(x, 0.0), 1.0), 4) if math.isfinite(x) else 0.0
