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


def fit(
    cells: pd.DataFrame, total: int, *, short: int = 24, floor: int = 10, text: int = 16
) -> list[int] | None:
    """Column widths for a table of ``cells`` ``total`` characters wide, or ``None`` when it
    would only fit by cutting names and headers to a few letters (show records instead).

    Each column gets its widest value (or header) up to ``short``, down to ``floor`` when room
    is short; the widest column (the evidence, a title) gets the rest, at least ``text``
    characters when it has that many. A column costs three characters besides its text (a
    space each side and a separator).

    Examples:
        >>> df = pd.DataFrame({"who": ["Mark Rutte"], "what": ["leaderOf"], "text": ["x" * 90], "d": ["d-1"]})
        >>> fit(df, 80), fit(df, 50), fit(df, 40)
        ([10, 8, 47, 3], [10, 8, 17, 3], None)
    """
    cols = list(cells.columns)
    if not cols:
        return []
    widest = [max([len(str(c)), *(len(str(v)) for v in cells[c])]) for c in cols]
    room = total - 3 * len(cols)
    big = max(range(len(cols)), key=lambda i: widest[i])
    out = [min(w, short) for w in widest]
    want = min(widest[big], text)
    while room - (sum(out) - out[big]) < want:  # narrow the other columns, down to the floor
        others = [j for j in range(len(out)) if j != big and out[j] > floor]
        if not others:
            break
        out[max(others, key=lambda j: out[j])] -= 1
    out[big] = min(widest[big], room - (sum(out) - out[big]))
    return out if out[big] >= min(want, 12) else None


def records(cells: pd.DataFrame, total: int) -> str:
    """``cells`` one row after another, a field per line (like psql's expanded display), each
    value cut to ``total`` characters: for results with more columns than the terminal is wide.

    Examples:
        >>> print(records(pd.DataFrame({"who": ["Mark Rutte"], "text": ["x" * 90]}), 30))
        ── 1 ─────────────────────────
        who   Mark Rutte
        text  xxxxxxxxxxxxxxxxxxxxxxx…
    """
    names = [str(c) for c in cells.columns]
    pad = max((len(n) for n in names), default=0) + 2
    lines: list[str] = []
    for n, row in enumerate(cells.itertuples(index=False, name=None), start=1):
        head = f"── {n} "
        lines.append(head + "─" * max(total - len(head), 0))
        for name, value in zip(names, row, strict=True):
            text = " ".join(str(value).split())
            room = max(total - pad, 1)
            text = text if len(text) <= room else text[: room - 1] + "…"
            lines.append(f"{name.ljust(pad)}{text}".rstrip())
    return "\n".join(lines)
