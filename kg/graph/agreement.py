"""How many agree: documents and outlets behind each relation, and relations that are contested.

:func:`annotate` gives every edge of a kg graph

* ``doc_count``: the distinct documents whose sentences state it;
* ``sources``, ``source_count``: the distinct outlets that published them
  (:func:`outlet`: the host of a document's ``url``, else its ``source``: the
  JSON Lines ``source`` field, or the input file it came from);
* ``contested``: ``True`` when the articles disagree about it: the same relation
  is stated in some documents and negated in others, or the same subject both
  supports and criticizes the same object; ``contested_by`` names the other
  edge (its key).

The page, ``graph.json``, RDF (``kg:documentCount``, ``kg:sourceCount``,
``kg:contested`` on the assertion) and the named queries ``corroborated`` and
``contested`` read these.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import networkx as nx

#: Predicates that contradict each other between the same subject and object.
OPPOSED = {"supports": "criticizes", "criticizes": "supports"}


def outlet(info: dict[str, Any] | None) -> str | None:
    """Who published a document: the host of its ``url``, else its ``source`` (outlet or input file).

    Examples:
        >>> outlet({"url": "https://www.bbc.co.uk/news/1", "source": "bbc.jsonl"})
        'bbc.co.uk'
        >>> outlet({"source": "Reuters"})
        'Reuters'
    """
    if not info:
        return None
    url = info.get("url")
    if url:
        host = (urlsplit(str(url)).hostname or "").lower().removeprefix("www.")
        if host:
            return host
    source = info.get("source")
    return str(source) if source else None


def _rivals(data: dict[str, Any]) -> list[str]:
    """Keys of the edges that would contest an edge with these attributes."""
    pred = str(data.get("predicate"))
    label = data.get("label")
    tail = f":{label}" if label else ""
    if data.get("negated"):
        return [f"{pred}{tail}"]
    rivals = [f"not:{pred}{tail}"]
    if pred in OPPOSED:
        rivals.append(OPPOSED[pred])
    return rivals


def annotate(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Set ``doc_count``, ``sources``, ``source_count``, ``contested`` on every edge of ``G``; returns ``G``.

    Examples:
        >>> from kg.graph.graph import add_fact
        >>> G = nx.MultiDiGraph(documents={"1": {"source": "A"}, "2": {"source": "B"}})
        >>> add_fact(G, "x", "supports", "y", evidence={"doc": "1", "start": 0, "end": 1}, confidence=0.9)
        >>> add_fact(G, "x", "supports", "y", evidence={"doc": "2", "start": 0, "end": 1}, confidence=0.9,
        ...          negated=True)
        >>> annotate(G).edges["x", "y", "supports"]["contested"], G.edges["x", "y", "supports"]["sources"]
        (True, ['A'])
    """
    documents = G.graph.get("documents") or {}
    for u, v, data in G.edges(data=True):
        docs = {str(e["doc"]) for e in data.get("evidence") or ()}
        sources = sorted({s for s in (outlet(documents.get(d)) for d in docs) if s})
        data["doc_count"] = len(docs)
        data["sources"] = sources
        data["source_count"] = len(sources)
        rivals = [k for k in _rivals(data) if G.has_edge(u, v, k)]
        data["contested"] = bool(rivals)
        if rivals:
            data["contested_by"] = rivals
        else:
            data.pop("contested_by", None)
    return G
