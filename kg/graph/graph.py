"""The merged graph as a networkx MultiDiGraph, and its node-link JSON file.

Schema (what every later stage and user can rely on):

* ``G.graph``: ``documents`` (doc id -> ``{id, title, date, url, source}``),
  ``base_iri``.
* nodes: key is the actor's IRI; attributes ``label``, ``type``, ``aliases``
  (sorted list of every surface form merged in), ``mentions`` (count), ``docs``
  (sorted doc ids), ``merges`` (list of ``[form, rule]``: why each form joined);
  ``wikidata`` (an item id) when the alias file gives one, and for places the gazetteer
  knows ``geonames`` (an id) and ``iso3166`` (countries; :mod:`kg.graph.links`).
* edges: key is the predicate (``not:`` in front when negated, ``:label`` after
  for ``relatedTo``); attributes ``predicate``, ``negated``, ``confidence``,
  ``evidence`` (list of ``{doc, start, end, text, confidence}``, the sentence
  that states the fact best first; one entry per sentence; who says so, when
  extraction said: ``voice`` "article" or "reported", and for a reported one
  ``speaker_text`` and ``speaker``, the speaker's node id), ``dates`` (sorted ISO
  dates of the evidence documents), ``rules`` and, for ``relatedTo``, ``label``.
  An evidence says when the fact holds where it is known: ``time`` (a TIMEX3 value),
  ``time_start``/``time_end`` (ISO dates, ``None`` for an open end) and ``time_source``
  (``sentence`` or ``article``); the edge's ``earliest``/``latest`` are the earliest
  start and the latest end over its evidence (``None`` when none gives one).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.io import atomic_write_text
from kg.lexicon import lexicon
from kg.memory import gc_paused
from kg.records import confidence_floor


def edge_key(predicate: str, *, negated: bool = False, label: str | None = None) -> str:
    """The key of an edge in the MultiDiGraph.

    Examples:
        >>> edge_key("supports", negated=True)
        'not:supports'
        >>> edge_key("relatedTo", label="cite")
        'relatedTo:cite'
    """
    key = f"not:{predicate}" if negated else predicate
    return f"{key}:{label}" if label else key


def add_fact(
    G: nx.MultiDiGraph,
    subject: str,
    predicate: str,
    obj: str,
    *,
    evidence: dict[str, Any],
    confidence: float,
    negated: bool = False,
    label: str | None = None,
    rule: str = "",
    date: str | None = None,
) -> None:
    """Add one stated fact, merging it into an existing edge when the fact is known.

    The same fact stated in several sentences is one edge with several
    evidences; its confidence is the noisy-or of theirs. Evidences are kept
    strongest first (document order among equals), so the first one shown
    is the sentence that states the fact best.

    >>> G = nx.MultiDiGraph()
    >>> weak = {"doc": "d", "start": 0, "end": 9, "text": "weak hint"}
    >>> strong = {"doc": "d", "start": 10, "end": 20, "text": "says so"}
    >>> add_fact(G, "a", "visits", "b", evidence=weak, confidence=0.1)
    >>> add_fact(G, "a", "visits", "b", evidence=strong, confidence=0.9)
    >>> edge = G.edges["a", "b", "visits"]
    >>> [e["text"] for e in edge["evidence"]], edge["confidence"]
    (['says so', 'weak hint'], 0.91)
    """
    key = edge_key(predicate, negated=negated, label=label)
    evidence = {**evidence, "confidence": round(confidence, 4)}
    if G.has_edge(subject, obj, key):
        data = G.edges[subject, obj, key]
        where = (evidence["doc"], evidence["start"], evidence["end"])
        same = [e for e in data["evidence"] if (e["doc"], e["start"], e["end"]) == where]
        if same:  # the same sentence again (another rule): keep its best confidence
            same[0]["confidence"] = max(same[0].get("confidence", 0.0), evidence["confidence"])
        else:
            data["evidence"].append(evidence)
            data["confidence"] = round(1 - (1 - data["confidence"]) * (1 - confidence), 4)
        data["evidence"].sort(key=lambda e: -e.get("confidence", 0.0))
        data["earliest"], data["latest"] = time_bounds(data["evidence"])
        if date and date not in data["dates"]:
            data["dates"] = sorted([*data["dates"], date])
        if rule and rule not in data["rules"]:
            data["rules"].append(rule)
        return
    attrs: dict[str, Any] = {
        "predicate": predicate,
        "negated": negated,
        "confidence": round(confidence, 4),
        "evidence": [evidence],
        "dates": [date] if date else [],
        "rules": [rule] if rule else [],
    }
    attrs["earliest"], attrs["latest"] = time_bounds(attrs["evidence"])
    if label:
        attrs["label"] = label
    G.add_edge(subject, obj, key=key, **attrs)


def time_bounds(evidence: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The earliest start and the latest end (ISO dates) of the times the evidence gives a
    fact; ``None`` where none gives one ("since 2019" has no end).

    >>> since = {"time_start": "2019-01-01", "time_end": None}
    >>> time_bounds([since]), time_bounds([since, {"time_start": "2024-10-01", "time_end": "2024-10-01"}, {}])
    (('2019-01-01', None), ('2019-01-01', '2024-10-01'))
    """
    starts = [e["time_start"] for e in evidence if e.get("time_start")]
    ends = [e["time_end"] for e in evidence if e.get("time_end")]
    return min(starts, default=None), max(ends, default=None)


def to_json(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link form of ``G`` (edges under ``edges``)."""
    return nx.node_link_data(G, edges="edges")


def from_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Rebuild the MultiDiGraph from its node-link form."""
    G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert isinstance(G, nx.MultiDiGraph)
    return G


#: Graphs with more nodes than this are written without indentation: Python's JSON
#: encoder only runs in C without it (0.4 s instead of 2.5 s at 40k nodes).
INDENT_MAX_NODES = 10_000


def write(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``graph.json`` atomically (indented, unless ``G`` is large)."""
    indent = 1 if G.number_of_nodes() <= INDENT_MAX_NODES else None
    atomic_write_text(path, json.dumps(to_json(G), ensure_ascii=False, indent=indent))


def read(path: str | Path) -> nx.MultiDiGraph:
    """Read a ``graph.json`` written by :func:`write`, or the ``graph.json`` in a folder."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.json"
    with p.open(encoding="utf-8") as f:
        return from_json(json.load(f))


def from_results(
    results: list[Any],
    actors: list[Any],
    index: dict[tuple[str, str], int],
    *,
    base_iri: str,
    min_confidence: float = 0.0,
    classifier_min_confidence: float = 0.0,
) -> nx.MultiDiGraph:
    """Build the merged graph from per-document results and the resolved actors.

    Args:
        results: :class:`~kg.records.DocResult` of every document.
        actors: :class:`~kg.resolve.actors.Actor` list from :func:`kg.resolve.actors.resolve`.
        index: ``(doc id, entity id)`` -> position in ``actors``.
        base_iri: namespace of the minted node IRIs.
        min_confidence: edges whose merged confidence (the noisy-or over their
            evidence) stays below this are left out; their actors stay.
        classifier_min_confidence: the same for edges whose only evidence is the relation
            classifier's (rule ``kg.classifier.v1``).
    """
    with gc_paused():
        G = _from_results(results, actors, index, base_iri=base_iri)
    prune(G, min_confidence, classifier_min_confidence)
    misfits(G)
    return G


def misfits(G: nx.MultiDiGraph) -> int:
    """Remove the edges whose ends no longer have the types their predicate takes; returns how many.

    A document states "Alan Alda worksFor Aviator" while Aviator reads as a firm; when the
    corpus shows Aviator is a film, the edge is no fact of the vocabulary (``ranges`` in the
    lexicon, the ontology's ``rdfs:domain`` and ``rdfs:range``).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="Person"); G.add_node("b", type="Work"); G.add_node("c", type="Organization")
    >>> _ = G.add_edge("a", "b", predicate="worksFor"); _ = G.add_edge("a", "c", predicate="worksFor")
    >>> misfits(G), list(G.edges())
    (1, [('a', 'c')])
    """
    ranges: dict[str, list[list[str]]] = lexicon()["ranges"]
    types = dict(G.nodes(data="type"))
    unfit = []
    for u, v, k, d in G.edges(keys=True, data=True):
        fits = ranges.get(d.get("predicate", ""))
        if fits and not (types[u] in fits[0] and types[v] in fits[1]):
            unfit.append((u, v, k))
    G.remove_edges_from(unfit)
    return len(unfit)


#: Rules whose facts ``kg extract`` lists and the graph leaves out, as no sentence states them: the
#: membership a leader's post implies (``kg.implied.v1``; the graph draws the ``leaderOf``) and where
#: the gazetteer puts a town of the article (``kg.gazetteer.v1``; the sentence that names the town
#: names no country, and a hundred such sentences state no more than one), and a news agency's home
#: country (``kg.agency-seat.v1``: the lexicon knows it, the article's sentences do not say it),
#: and the country of a town something is in or based in (``kg.town-country.v1``: the graph has
#: the town's fact, and the gazetteer's place of the town in the country).
EXTRACT_ONLY = frozenset({"kg.implied.v1", "kg.gazetteer.v1", "kg.agency-seat.v1", "kg.town-country.v1"})


def prune(G: nx.MultiDiGraph, min_confidence: float, classifier_min_confidence: float = 0.0) -> int:
    """Remove the edges of ``G`` whose confidence is below ``min_confidence``, or below
    ``classifier_min_confidence`` when the classifier alone states them; returns how many.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", confidence=0.3); _ = G.add_edge("a", "b", confidence=0.9)
    >>> _ = G.add_edge("a", "c", confidence=0.7, rules=["kg.classifier.v1"])
    >>> _ = G.add_edge("a", "d", confidence=0.7, rules=["kg.classifier.v1", "kg.title.v1"])
    >>> prune(G, 0.5, 0.75), sorted(G.edges())
    (2, [('a', 'b'), ('a', 'd')])
    """
    weak = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("confidence", 1.0) < confidence_floor(
            d.get("rules") or (), min_confidence, classifier_min_confidence
        ):
            weak.append((u, v, k))
    G.remove_edges_from(weak)
    return len(weak)


def _from_results(
    results: list[Any], actors: list[Any], index: dict[tuple[str, str], int], *, base_iri: str
) -> nx.MultiDiGraph:
    from kg import iri

    G: nx.MultiDiGraph = nx.MultiDiGraph(
        documents={r.doc.id: r.doc.meta() for r in results}, base_iri=base_iri
    )
    node_ids: list[str] = []
    taken: set[str] = set()
    for actor in actors:
        node = iri.mint(actor.type, actor.label, base=base_iri)
        n = 2
        while node in taken:  # two actors that share a name stay two nodes
            node = iri.mint(actor.type, f"{actor.label} {n}", base=base_iri)
            n += 1
        taken.add(node)
        node_ids.append(node)
        G.add_node(
            node,
            label=actor.label,
            type=actor.type,
            aliases=sorted(actor.aliases | {actor.label}),
            mentions=actor.mentions,
            docs=sorted(actor.docs),
            merges=[list(m) for m in actor.merges],
        )
        if actor.wikidata:
            G.nodes[node]["wikidata"] = actor.wikidata
    for r in results:
        for rel in r.relations:
            s, o = index.get((r.doc.id, rel.subject)), index.get((r.doc.id, rel.object))
            if s is None or o is None or s == o or rel.rule in EXTRACT_ONLY:
                continue
            ev = rel.evidence
            add_fact(
                G,
                node_ids[s],
                rel.predicate,
                node_ids[o],
                evidence={
                    "doc": ev.doc,
                    "start": ev.start,
                    "end": ev.end,
                    "text": ev.text,
                    **_said(ev.said(), index.get((r.doc.id, ev.speaker or "")), node_ids),
                    **ev.when(),
                },
                confidence=rel.confidence,
                negated=rel.negated,
                label=rel.label,
                rule=rel.rule,
                date=r.doc.date,
            )
    return G


def _said(said: dict[str, str], speaker: int | None, node_ids: list[str]) -> dict[str, str]:
    """An evidence's attribution fields with the speaker as its node id (``kg.attribution.v1``);
    a speaker that is no node keeps only its words."""
    said.pop("speaker", None)
    return {**said, "speaker": node_ids[speaker]} if speaker is not None else said
