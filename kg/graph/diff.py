"""What changed between two builds: actors and relations added, removed or changed.

:func:`diff` compares two graphs (two ``graph.json`` files, or the graphs of two
``kg build`` output folders). Actors are the same when their ids are (ids are
minted from type and name, so they hold across builds); an actor that is gone
while its names now belong to another node was *merged* into it, and a new
actor whose names belonged to one that is still there was *split* off it; a
gone actor whose names one new actor took was *renamed* (its label changed), and
one whose exact name a new actor of another type took was *renamed* with its
``type`` changed (new documents changed the vote on its type). A
relation is its subject, object and key (predicate, negation, label), with the
ids of merged and renamed actors replaced by their new ones; it has *changed*
when its evidence, its sources or its confidence moved.

The result is plain data (:class:`Changes`): ``kg diff`` prints it as a table or
JSON, :func:`kg.rdf.changes.to_trig` writes it as RDF (TriG) with one named graph per change set, and a
rebuild into an existing output folder writes it as ``changes.json``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from kg.graph.agreement import outlet

#: Confidence moves smaller than this are rounding, not change.
CONFIDENCE_STEP = 0.005


@dataclass
class Changes:
    """The changes from an old graph to a new one (every list sorted, so output is stable)."""

    old_build: str | None = None
    new_build: str | None = None
    actors_added: list[dict[str, Any]] = field(default_factory=list)
    actors_removed: list[dict[str, Any]] = field(default_factory=list)
    actors_changed: list[dict[str, Any]] = field(default_factory=list)
    merged: list[dict[str, Any]] = field(default_factory=list)
    renamed: list[dict[str, Any]] = field(default_factory=list)
    split: list[dict[str, Any]] = field(default_factory=list)
    relations_added: list[dict[str, Any]] = field(default_factory=list)
    relations_removed: list[dict[str, Any]] = field(default_factory=list)
    relations_changed: list[dict[str, Any]] = field(default_factory=list)
    documents_added: list[str] = field(default_factory=list)
    documents_removed: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many of each kind of change."""
        return {k: len(v) for k, v in asdict(self).items() if isinstance(v, list)}

    def __bool__(self) -> bool:
        return any(self.counts().values())

    def to_json(self) -> dict[str, Any]:
        """The changes as JSON-ready data, counts first."""
        return {"counts": self.counts(), **asdict(self)}


def _names(G: nx.MultiDiGraph, node: str) -> set[str]:
    data = G.nodes[node]
    return {str(n).lower() for n in [data.get("label"), *(data.get("aliases") or [])] if n}


def _actor(G: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    data = G.nodes[node]
    return {"id": node, "label": data.get("label"), "type": data.get("type")}


Edge = tuple[str, str, str]


def _relation(G: nx.MultiDiGraph, edge: Edge, data: dict[str, Any]) -> dict[str, Any]:
    u, v, key = edge
    return {
        "subject": u,
        "subject_label": G.nodes[u].get("label") if u in G else None,
        "predicate": data.get("predicate"),
        "negated": bool(data.get("negated")),
        "object": v,
        "object_label": G.nodes[v].get("label") if v in G else None,
        "key": key,
        "confidence": data.get("confidence"),
        "documents": sorted({e["doc"] for e in data.get("evidence") or []}),
    }


def _edges(G: nx.MultiDiGraph, rename: dict[str, str] | None = None) -> dict[Edge, dict[str, Any]]:
    """The relations of ``G`` by (subject, object, key), old ids renamed to the ones that replaced them.

    Two old relations that meet under the new ids (their actors were merged) become one,
    with the evidence of both.
    """
    rename = rename or {}
    edges: dict[Edge, dict[str, Any]] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        edge = (rename.get(u, u), rename.get(v, v), key)
        if edge in edges:
            known = edges[edge]
            evidence = {**_evidence(known), **_evidence(data)}
            confidence = max(float(known.get("confidence") or 0), float(data.get("confidence") or 0))
            edges[edge] = {**known, "evidence": list(evidence.values()), "confidence": confidence}
        else:
            edges[edge] = data
    return edges


def _evidence(data: dict[str, Any]) -> dict[tuple[str, int, int], dict[str, Any]]:
    return {(e["doc"], e["start"], e["end"]): e for e in data.get("evidence") or []}


def _sources(G: nx.MultiDiGraph, data: dict[str, Any]) -> set[str]:
    documents = G.graph.get("documents") or {}
    found = {outlet(documents.get(e["doc"])) for e in data.get("evidence") or []}
    return {s for s in found if s}


def _actor_changes(old: nx.MultiDiGraph, new: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    a, b = old.nodes[node], new.nodes[node]
    change: dict[str, Any] = {}
    for name in ("label", "type"):
        if a.get(name) != b.get(name):
            change[name] = [a.get(name), b.get(name)]
    for name in ("aliases", "docs"):
        before, after = set(a.get(name) or []), set(b.get(name) or [])
        if after - before:
            change[f"{name}_added"] = sorted(after - before)
        if before - after:
            change[f"{name}_removed"] = sorted(before - after)
    return change


def _relation_changes(
    old: nx.MultiDiGraph, new: nx.MultiDiGraph, a: dict[str, Any], b: dict[str, Any]
) -> dict[str, Any]:
    change: dict[str, Any] = {}
    before, after = _evidence(a), _evidence(b)
    if after.keys() - before.keys():
        change["evidence_added"] = [after[k] for k in sorted(after.keys() - before.keys())]
    if before.keys() - after.keys():
        change["evidence_removed"] = [before[k] for k in sorted(before.keys() - after.keys())]
    sources_before, sources_after = _sources(old, a), _sources(new, b)
    if sources_after - sources_before:
        change["sources_added"] = sorted(sources_after - sources_before)
    if sources_before - sources_after:
        change["sources_removed"] = sorted(sources_before - sources_after)
    c0, c1 = float(a.get("confidence") or 0), float(b.get("confidence") or 0)
    if abs(c1 - c0) >= CONFIDENCE_STEP:
        change["confidence"] = [c0, c1]
    return change


def _by_name(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """The nodes of ``G`` by each of their names (label and aliases, lower-cased)."""
    found: dict[str, set[str]] = defaultdict(set)
    for node in G.nodes:
        for name in _names(G, node):
            found[name].add(node)
    return found


def _merges_and_splits(old: nx.MultiDiGraph, new: nx.MultiDiGraph, changes: Changes) -> None:
    """Gone actors whose names another node took (merged), new ones with an old node's names (split)."""
    by_name = _by_name(new)
    into: dict[str, list[str]] = defaultdict(list)
    for item in changes.actors_removed:
        node = item["id"]
        takers = {t for name in _names(old, node) for t in by_name.get(name, ())}
        typed = [t for t in takers if new.nodes[t].get("type") == old.nodes[node].get("type")]
        if len(typed) == 1:
            into[typed[0]].append(node)
    changes.merged = [
        {"into": target, "label": new.nodes[target].get("label"), "from": sorted(sources)}
        for target, sources in sorted(into.items())
        if len(sources) > 1 or target in old
    ]
    added = {a["id"] for a in changes.actors_added}
    changes.renamed = [
        {"from": sources[0], "to": target, "label": new.nodes[target].get("label")}
        for target, sources in sorted(into.items())
        if len(sources) == 1 and target not in old and target in added
    ]
    # The same name under another type (the new documents changed the vote): retyped, not gone.
    placed = {m for sources in into.values() for m in sources}
    by_label: dict[str, list[str]] = defaultdict(list)
    for node in added:
        by_label[str(new.nodes[node].get("label")).lower()].append(node)
    taken = {r["to"] for r in changes.renamed}
    for item in changes.actors_removed:
        node = item["id"]
        same = [t for t in by_label.get(str(item["label"]).lower(), []) if t not in taken]
        if node not in placed and len(same) == 1:
            target = same[0]
            taken.add(target)
            changes.renamed.append(
                {
                    "from": node,
                    "to": target,
                    "label": new.nodes[target].get("label"),
                    "type": [item["type"], new.nodes[target].get("type")],
                }
            )
    changes.renamed.sort(key=lambda r: (r["to"], r["from"]))
    old_by_name = _by_name(old)
    off: dict[str, list[str]] = defaultdict(list)
    for item in changes.actors_added:
        node = item["id"]
        givers = {g for name in _names(new, node) for g in old_by_name.get(name, ()) if g in new}
        givers = {g for g in givers if old.nodes[g].get("type") == new.nodes[node].get("type")}
        if len(givers) == 1:
            off[givers.pop()].append(node)
    changes.split = [
        {"from": source, "label": old.nodes[source].get("label"), "into": sorted([source, *parts])}
        for source, parts in sorted(off.items())
    ]


def diff(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> Changes:
    """The changes from ``old`` to ``new`` (two kg graphs, e.g. :func:`kg.graph.graph.read`)."""
    changes = Changes(old_build=old.graph.get("build_id"), new_build=new.graph.get("build_id"))
    old_nodes, new_nodes = set(old.nodes), set(new.nodes)
    changes.actors_added = [_actor(new, n) for n in sorted(new_nodes - old_nodes)]
    changes.actors_removed = [_actor(old, n) for n in sorted(old_nodes - new_nodes)]
    for node in sorted(old_nodes & new_nodes):
        change = _actor_changes(old, new, node)
        if change:
            changes.actors_changed.append({**_actor(new, node), **change})
    _merges_and_splits(old, new, changes)
    rename = {m: r["into"] for r in changes.merged for m in r["from"]}
    rename.update({r["from"]: r["to"] for r in changes.renamed})
    before, after = _edges(old, rename), _edges(new)
    changes.relations_added = [_relation(new, e, after[e]) for e in sorted(after.keys() - before.keys())]
    changes.relations_removed = [_relation(old, e, before[e]) for e in sorted(before.keys() - after.keys())]
    for edge in sorted(before.keys() & after.keys()):
        change = _relation_changes(old, new, before[edge], after[edge])
        if change:
            changes.relations_changed.append({**_relation(new, edge, after[edge]), **change})
    old_docs = set(old.graph.get("documents") or {})
    new_docs = set(new.graph.get("documents") or {})
    changes.documents_added = sorted(new_docs - old_docs)
    changes.documents_removed = sorted(old_docs - new_docs)
    return changes


def read(folder: Any) -> nx.MultiDiGraph:
    """The graph of a ``kg build`` output folder, with its ``build_id`` (from ``report.json``) set."""
    import json
    from pathlib import Path

    from kg.errors import KGError
    from kg.graph import graph as kg_graph

    path = Path(folder)
    if not (path / "graph.json").is_file() and not path.is_file():
        raise KGError(f"No graph.json in {str(path)!r}: expected a `kg build` output folder")
    G = kg_graph.read(path)
    try:
        report = json.loads((path / "report.json").read_text(encoding="utf-8"))
        G.graph["build_id"] = report.get("build_id")
    except (OSError, ValueError, AttributeError):
        pass
    return G


def table(changes: Changes, *, limit: int = 20) -> Any:
    """A rich table of the changes: counts, then up to ``limit`` items of each kind."""
    from rich.table import Table

    out = Table(title=f"changes {changes.old_build or '?'} → {changes.new_build or '?'}")
    out.add_column("change")
    out.add_column("n", justify="right")
    out.add_column("examples")

    def rel(r: dict[str, Any]) -> str:
        verb = ("not " if r["negated"] else "") + str(r["predicate"])
        return f"{r['subject_label']} {verb} {r['object_label']}"

    rows: list[tuple[str, list[Any], Any]] = [
        ("documents added", changes.documents_added, str),
        ("documents removed", changes.documents_removed, str),
        ("actors added", changes.actors_added, lambda a: f"{a['label']} ({a['type']})"),
        ("actors removed", changes.actors_removed, lambda a: f"{a['label']} ({a['type']})"),
        ("actors changed", changes.actors_changed, lambda a: f"{a['label']}"),
        ("actors merged", changes.merged, lambda m: f"{len(m['from'])} into {m['label']}"),
        ("actors renamed", changes.renamed, lambda m: f"{m['label']}"),
        ("actors split", changes.split, lambda m: f"{m['label']} into {len(m['into'])}"),
        ("relations added", changes.relations_added, rel),
        ("relations removed", changes.relations_removed, rel),
        ("relations changed", changes.relations_changed, rel),
    ]
    for name, items, show in rows:
        shown = "; ".join(show(i) for i in items[:limit])
        more = f" … and {len(items) - limit} more" if len(items) > limit else ""
        out.add_row(name, str(len(items)), shown + more)
    return out
