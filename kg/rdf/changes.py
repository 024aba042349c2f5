"""A change set (:class:`kg.graph.diff.Changes`) as RDF: TriG with one named graph per part."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.graph.diff import Changes


def to_trig(changes: Changes, *, base_iri: str) -> str:
    """The changes as TriG: one named graph per change set.

    ``<base>changes/<build>/added`` holds the relations (their direct triples) and
    actors (type and label) the new build added, ``.../removed`` those it removed,
    ``.../changed`` the relations whose evidence, sources or confidence moved; the
    default graph describes the change set (``kg:ChangeSet``: its builds, time and graphs),
    so "what is new since the last build" is one ``GRAPH`` pattern. Written by Oxigraph.
    """
    import pyoxigraph as ox
    from rdflib import RDF, RDFS, XSD
    from rdflib.namespace import PROV

    from kg.rdf.vocab import KG

    def iri(term: Any) -> ox.NamedNode:
        return ox.NamedNode(str(term))

    stamp = changes.new_build or dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    root = iri(f"{base_iri}changes/{stamp}")
    default = ox.DefaultGraph()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    quads = [
        ox.Quad(root, iri(RDF.type), iri(KG.ChangeSet), default),
        ox.Quad(root, iri(PROV.generatedAtTime), ox.Literal(now, datatype=iri(XSD.dateTime)), default),
    ]
    if changes.old_build:
        quads.append(ox.Quad(root, iri(KG.sinceBuild), ox.Literal(changes.old_build), default))
    if changes.new_build:
        quads.append(ox.Quad(root, iri(KG.build), ox.Literal(changes.new_build), default))
    for part, actors, relations in (
        ("added", changes.actors_added, changes.relations_added),
        ("removed", changes.actors_removed, changes.relations_removed),
        ("changed", [], changes.relations_changed),
    ):
        graph = iri(f"{root.value}/{part}")
        quads.append(ox.Quad(root, iri(KG[f"{part}Graph"]), graph, default))
        for actor in actors:
            node = iri(actor["id"])
            if actor.get("type") in KG.__annotations__:
                quads.append(ox.Quad(node, iri(RDF.type), iri(KG[actor["type"]]), graph))
            if actor.get("label"):
                quads.append(ox.Quad(node, iri(RDFS.label), ox.Literal(actor["label"]), graph))
        for rel in relations:
            if rel["negated"] or rel["predicate"] not in KG.__annotations__:
                continue
            quads.append(ox.Quad(iri(rel["subject"]), iri(KG[rel["predicate"]]), iri(rel["object"]), graph))
    prefixes = {"kg": str(KG), "prov": str(PROV), "rdfs": str(RDFS), "xsd": str(XSD)}
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)
