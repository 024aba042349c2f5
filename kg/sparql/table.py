"""Query results as a table a terminal can show: names instead of IRIs, one line per row.

An actor's IRI becomes its label, any other IRI a prefixed name (``kg:leaderOf``,
``schema:NewsArticle``); a column that then repeats another one is left out; long text
is cut with an ellipsis to fit the terminal's width. ``--format csv|tsv|json`` keep the
full values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from kg.rdf.vocab import KG

PREFIXES = {
    "kg": str(KG),
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


def compact(value: Any, labels: Mapping[str, str], base: str | None = None) -> str:
    """How a cell reads in the terminal: a label, a prefixed name or the value as text.

    Examples:
        >>> compact("https://w3id.org/kg/ontology#leaderOf", {})
        'kg:leaderOf'
        >>> rutte = "https://w3id.org/kg/id/person/Mark_Rutte"
        >>> compact(rutte, {rutte: "Mark Rutte"})
        'Mark Rutte'
        >>> compact("https://w3id.org/kg/id/evidence/ab12", {}, base="https://w3id.org/kg/id/")
        'id:evidence/ab12'
        >>> compact(None, {})
        ''
    """
    if value is None:
        return ""
    text = str(value)
    if text in labels:
        return labels[text]
    if base and text.startswith(base):
        return "id:" + text[len(base) :]
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return text


def readable(df: pd.DataFrame, labels: Mapping[str, str], base: str | None = None) -> pd.DataFrame:
    """``df`` with every cell :func:`compact`; an IRI column that repeats a name column, and
    columns with nothing in them, are dropped."""
    out = pd.DataFrame({c: [compact(v, labels, base) for v in df[c]] for c in df.columns}, dtype=object)
    iri_columns = [c for c in df.columns if any(isinstance(v, str) and v in labels for v in df[c])]
    names = [k for k in out.columns if k not in iri_columns]
    # an actor's IRI column beside its name column
    drop = {c for c in iri_columns if any(out[c].equals(out[k]) for k in names)}
    drop |= {c for c in out.columns if len(out) and all(v == "" for v in out[c])}  # nothing to show
    return out[[c for c in out.columns if c not in drop]]


def labels_for(graph: Any, values: Any) -> dict[str, str]:
    """The ``rdfs:label`` of each IRI among ``values`` that has one, read from a built graph."""
    import pyoxigraph as ox

    from kg.sparql import store

    iris = {str(v) for v in values if isinstance(v, str) and v.startswith(("http://", "https://"))}
    if not iris:
        return {}
    st = graph if isinstance(graph, ox.Store) else store.open(graph)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    found = {}
    for iri in iris:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            continue
        for quad in st.quads_for_pattern(node, label, None):
            found[iri] = str(getattr(quad.object, "value", quad.object))
            break
    return found


def widths(cells: pd.DataFrame, total: int, *, short: int = 14) -> list[int]:
    """Column widths that fit ``total`` characters (a space each side of each column): each column its
    widest value up to ``short``, the widest column the rest.

    Examples:
        >>> widths(pd.DataFrame({"a": ["x"], "b": ["y" * 100]}), 40)
        [1, 35]
    """
    cols = list(cells.columns)
    widest = [max([len(str(c)), *(len(str(v)) for v in cells[c])]) for c in cols]
    room = max(total - 2 * len(cols), len(cols))
    out = [min(w, short) for w in widest]
    if not cols:
        return out
    big = max(range(len(cols)), key=lambda i: widest[i])
    want = min(widest[big], 24)  # the long text column keeps at least this much when it can
    while room - (sum(out) - out[big]) < want:  # narrow the other columns first, down to 6
        others = [j for j in range(len(out)) if j != big and out[j] > 6]
        if not others:
            break
        out[max(others, key=lambda j: out[j])] -= 1
    out[big] = max(min(widest[big], room - (sum(out) - out[big])), 1)
    while sum(out) > room and max(out) > 1:  # still too many columns: narrow the widest ones
        i = max(range(len(out)), key=lambda j: out[j])
        out[i] -= 1
    return out
