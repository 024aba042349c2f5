"""SPARQL result formats for the endpoint: negotiation and writers over pyoxigraph terms.

The endpoint cuts results at a row limit and a deadline, so it writes rows
itself instead of handing pyoxigraph's whole result iterator to its serialiser.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: Media types for SELECT/ASK, the first is the default.
SOLUTION_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
#: Media types for CONSTRUCT/DESCRIBE, the first is the default.
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json")
_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "application/turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/json+ld": "application/ld+json",
}


def negotiate(accept: str, offered: Sequence[str]) -> str:
    """The offered media type the ``Accept`` header likes best (the first offered when none matches).

    Examples:
        >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_TYPES)
        'application/sparql-results+xml'
        >>> negotiate("application/json", SOLUTION_TYPES)
        'application/sparql-results+json'
    """
    best, best_q = offered[0], 0.0
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mtype = _ALIASES.get(fields[0].lower(), fields[0].lower())
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        q -= position * 1e-6  # earlier wins a tie
        if mtype in offered and q > best_q:
            best, best_q = mtype, q
    return best


def _json_term(term: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _xml_term(term: Any) -> str:
    j = _json_term(term)
    if j["type"] == "uri":
        return f"<uri>{escape(j['value'])}</uri>"
    if j["type"] == "bnode":
        return f"<bnode>{escape(j['value'])}</bnode>"
    attrs = ""
    if "xml:lang" in j:
        attrs = f" xml:lang={quoteattr(j['xml:lang'])}"
    elif "datatype" in j:
        attrs = f" datatype={quoteattr(j['datatype'])}"
    return f"<literal{attrs}>{escape(j['value'])}</literal>"


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    j = _json_term(term)
    return f"_:{j['value']}" if j["type"] == "bnode" else j["value"]


def write_solutions(
    ctype: str, names: Sequence[str], rows: Sequence[Sequence[Any]], *, boolean: bool | None = None
) -> bytes:
    """Write SELECT rows (or an ASK answer) in ``ctype``."""
    if ctype == "application/sparql-results+json":
        if boolean is not None:
            return json.dumps({"head": {}, "boolean": boolean}).encode()
        bindings = [
            {n: _json_term(t) for n, t in zip(names, row, strict=True) if t is not None} for row in rows
        ]
        doc = {"head": {"vars": list(names)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if ctype == "application/sparql-results+xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(n)}/>" for n in names]
        out.append("</head>")
        if boolean is not None:
            out.append(f"<boolean>{'true' if boolean else 'false'}</boolean>")
        else:
            out.append("<results>")
            for row in rows:
                cells = "".join(
                    f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                    for n, t in zip(names, row, strict=True)
                    if t is not None
                )
                out.append(f"<result>{cells}</result>")
            out.append("</results>")
        out.append("</sparql>\n")
        return "\n".join(out).encode("utf-8")
    buf = io.StringIO()
    if ctype == "text/csv":
        writer = csv.writer(buf, lineterminator="\r\n")
        if boolean is not None:
            writer.writerows([["_askResult"], ["true" if boolean else "false"]])
        else:
            writer.writerow(names)
            writer.writerows([_csv_value(t) for t in row] for row in rows)
    else:  # TSV: terms in Turtle/N-Triples syntax, which escapes tabs and newlines
        if boolean is not None:
            buf.write(f"?_askResult\n{'true' if boolean else 'false'}\n")
        else:
            buf.write("\t".join(f"?{n}" for n in names) + "\n")
            for row in rows:
                buf.write("\t".join("" if t is None else str(t) for t in row) + "\n")
    return buf.getvalue().encode("utf-8")


def write_graph(ctype: str, triples: Sequence[Any]) -> bytes:
    """Write CONSTRUCT/DESCRIBE triples in ``ctype`` through pyoxigraph."""
    import pyoxigraph as ox

    from kg.rdf.serialize import PREFIXES

    fmt = {
        "text/turtle": ox.RdfFormat.TURTLE,
        "application/n-triples": ox.RdfFormat.N_TRIPLES,
        "application/ld+json": ox.RdfFormat.JSON_LD,
    }[ctype]
    data = ox.serialize(triples, format=fmt, prefixes=PREFIXES if ctype == "text/turtle" else None)
    return bytes(data or b"")
