"""The graph in the formats other tools open: GraphML (yEd, Gephi, Cytoscape), GEXF (Gephi),
plain CSV, and the CSV files of Neo4j's ``neo4j-admin database import``.

Those formats hold one value per attribute, so :func:`flat` turns kg's lists (aliases,
documents, evidence) into counts and ``;``-joined text first; networkx writes GraphML and
GEXF. The Neo4j files follow the import tool's header contract (``id:ID``, ``:LABEL``,
``:START_ID``, ``:END_ID``, ``:TYPE``, typed columns such as ``confidence:float`` and arrays
such as ``aliases:string[]`` split on ``;``), with a Cypher file that loads the same CSV
files with ``LOAD CSV`` into a running database.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.graph.links import urls
from kg.io import atomic_write_text

FORMATS = ("graphml", "gexf", "csv", "neo4j")
#: Separator of list values in one CSV cell (Neo4j's default array delimiter).
SEP = ";"


def _joined(values: Iterable[Any]) -> str:
    return SEP.join(str(v).replace(SEP, ",") for v in values if v is not None)


def _node(attrs: dict[str, Any]) -> dict[str, Any]:
    return {
        "label": str(attrs.get("label") or ""),
        "type": str(attrs.get("type") or "Thing"),
        "aliases": _joined(attrs.get("aliases") or []),
        "mentions": int(attrs.get("mentions") or 0),
        "documents": _joined(attrs.get("docs") or []),
        "same_as": _joined(url for _name, url in urls(attrs)),
        "iso3166": str(attrs.get("iso3166") or ""),
    }


def _edge(attrs: dict[str, Any]) -> dict[str, Any]:
    evidence = [e for e in attrs.get("evidence") or [] if isinstance(e, dict)]
    out: dict[str, Any] = {
        "predicate": str(attrs.get("predicate") or "relatedTo"),
        "negated": bool(attrs.get("negated")),
        "confidence": float(attrs.get("confidence") or 0.0),
        "label": str(attrs.get("label") or ""),
        "evidence_count": len(evidence),
        "evidence": evidence[0].get("text", "") if evidence else "",
        "documents": _joined(sorted({str(e.get("doc")) for e in evidence})),
        "sources": _joined(attrs.get("sources") or []),
        "doc_count": int(attrs.get("doc_count") or len({e.get("doc") for e in evidence})),
        "source_count": int(attrs.get("source_count") or 0),
        "contested": bool(attrs.get("contested")),
        "earliest": str(attrs.get("earliest") or ""),
        "latest": str(attrs.get("latest") or ""),
    }
    return out


def flat(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose every node and edge attribute is a string, number or boolean."""
    H: nx.MultiDiGraph = nx.MultiDiGraph()
    for v, attrs in G.nodes(data=True):
        H.add_node(str(v), **_node(attrs))
    for u, v, key, attrs in G.edges(keys=True, data=True):
        H.add_edge(str(u), str(v), key=str(key), **_edge(attrs))
    return H


def _csv(rows: Iterable[dict[str, Any]], header: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


#: Neo4j import headers: kg's fields with the import tool's types.
NEO4J_NODE = [
    "id:ID",
    ":LABEL",
    "label",
    "type",
    "aliases:string[]",
    "mentions:int",
    "documents:string[]",
    "same_as:string[]",
    "iso3166",
]
NEO4J_REL = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "negated:boolean",
    "confidence:float",
    "label",
    "evidence_count:int",
    "evidence",
    "documents:string[]",
    "sources:string[]",
    "doc_count:int",
    "source_count:int",
    "contested:boolean",
    "earliest",
    "latest",
]

CYPHER = """// Load kg's CSV files into a running Neo4j (copy nodes.csv and relationships.csv into its
// import folder first). For an empty database, the offline tool is faster:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
CREATE CONSTRAINT kg_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (a:Actor {id: row.`id:ID`})
SET a.label = row.label, a.type = row.type, a.aliases = split(row.`aliases:string[]`, ';'),
    a.mentions = toInteger(row.`mentions:int`), a.same_as = split(row.`same_as:string[]`, ';'),
    a.iso3166 = row.iso3166;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
MATCH (s:Actor {id: row.`:START_ID`}), (o:Actor {id: row.`:END_ID`})
CREATE (s)-[r:RELATION {predicate: row.`:TYPE`, negated: row.`negated:boolean` = 'true',
    confidence: toFloat(row.`confidence:float`), evidence: row.evidence}]->(o)
RETURN count(r);
// e.g.  MATCH (p:Actor)-[r:RELATION {predicate: 'leaderOf'}]->(o) RETURN p.label, o.label
"""


def _bool(value: bool) -> str:
    return "true" if value else "false"


def neo4j_files(G: nx.MultiDiGraph) -> dict[str, str]:
    """``nodes.csv``, ``relationships.csv`` and ``import.cypher`` for Neo4j, as text."""
    H = flat(G)
    nodes = [
        {
            "id:ID": v,
            ":LABEL": f"Actor{SEP}{a['type']}",
            "label": a["label"],
            "type": a["type"],
            "aliases:string[]": a["aliases"],
            "mentions:int": a["mentions"],
            "documents:string[]": a["documents"],
            "same_as:string[]": a["same_as"],
            "iso3166": a["iso3166"],
        }
        for v, a in H.nodes(data=True)
    ]
    rels = [
        {
            ":START_ID": u,
            ":END_ID": v,
            ":TYPE": ("NOT_" if a["negated"] else "") + a["predicate"],
            "negated:boolean": _bool(a["negated"]),
            "confidence:float": a["confidence"],
            "label": a["label"],
            "evidence_count:int": a["evidence_count"],
            "evidence": a["evidence"],
            "documents:string[]": a["documents"],
            "sources:string[]": a["sources"],
            "doc_count:int": a["doc_count"],
            "source_count:int": a["source_count"],
            "contested:boolean": _bool(a["contested"]),
            "earliest": a["earliest"],
            "latest": a["latest"],
        }
        for u, v, a in H.edges(data=True)
    ]
    return {
        "nodes.csv": _csv(nodes, NEO4J_NODE),
        "relationships.csv": _csv(rels, NEO4J_REL),
        "import.cypher": CYPHER,
    }


def csv_files(G: nx.MultiDiGraph) -> dict[str, str]:
    """``actors.csv`` and ``relations.csv``: one row per node and per edge, plain columns."""
    H = flat(G)
    nodes = [{"id": v, **a} for v, a in H.nodes(data=True)]
    edges = [{"subject": u, "object": v, **a} for u, v, a in H.edges(data=True)]
    node_cols = ["id", *_node({}).keys()]
    edge_cols = ["subject", "object", *_edge({}).keys()]
    return {"actors.csv": _csv(nodes, node_cols), "relations.csv": _csv(edges, edge_cols)}


def export(G: nx.MultiDiGraph, out: str | Path, fmt: str) -> list[Path]:
    """Write ``G`` as ``fmt`` (one of :data:`FORMATS`) to ``out``: a file for GraphML and GEXF,
    a folder for CSV and Neo4j. Every file is written atomically. Returns the paths written."""
    path = Path(out)
    if fmt not in FORMATS:
        raise KGError(f"Unknown export format {fmt!r}. Available: {', '.join(FORMATS)}")
    if fmt in ("graphml", "gexf"):
        buf = io.BytesIO()
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(flat(G), buf)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, buf.getvalue().decode("utf-8"))
        return [path]
    files = neo4j_files(G) if fmt == "neo4j" else csv_files(G)
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        atomic_write_text(path / name, text)
    return [path / name for name in files]
