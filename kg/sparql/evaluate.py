"""One protocol request answered on an open store: the part of the endpoint that runs in a worker.

:func:`reply` checks the query (:func:`kg.sparql.guard.check`, parse included),
binds the request's values (``<...>`` is an IRI, anything else a string, or an
IRI where the query's header declares ``# @param ?var iri``), runs it, cuts the
result at ``max_rows`` and writes it in the negotiated format. Every outcome is
a ``(status, content type, body, headers)`` tuple, errors included, so a worker
never raises to its endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from rdflib import URIRef
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.sparql import guard
from kg.sparql import query as sparql
from kg.sparql.formats import GRAPH_TYPES, SOLUTION_TYPES, negotiate, write_graph, write_solutions

Reply = tuple[int, str, bytes, dict[str, str]]


def error(status: int, message: str) -> Reply:
    """A plain-text error reply."""
    return int(status), "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), {}


def reply(store: Any, *, text: str, bindings: Mapping[str, str], accept: str, max_rows: int) -> Reply:
    """Run ``text`` on ``store`` with the request's ``$var=value`` ``bindings`` (without the ``$``).

    Returns the answer written for ``accept``, or an error reply.
    """
    import pyoxigraph as ox

    try:
        guard.check(text)
        params = sparql.parse_params(text)
        terms = _terms(text, params, bindings)
        result = store.query(sparql.anchored(store, text, terms, params))
        headers: dict[str, str] = {}
        if isinstance(result, ox.QueryBoolean):
            ctype = negotiate(accept, SOLUTION_TYPES)
            return 200, ctype, write_solutions(ctype, [], [], boolean=bool(result)), headers
        rows: list[Any] = []
        for row in result:
            if len(rows) >= max_rows:
                headers["X-KG-Truncated"] = "true"
                break
            rows.append(row)
    except guard.Refused as err:
        return error(err.status, str(err))
    except QueryError as err:
        return error(HTTPStatus.BAD_REQUEST, str(err))
    except (SyntaxError, ValueError, RuntimeError, OSError) as err:
        return error(HTTPStatus.BAD_REQUEST, str(sparql.query_error(text, err)))
    if isinstance(result, ox.QueryTriples):
        ctype = negotiate(accept, GRAPH_TYPES)
        return 200, ctype, write_graph(ctype, rows), headers
    ctype = negotiate(accept, SOLUTION_TYPES)
    names = [v.value for v in result.variables]
    return 200, ctype, write_solutions(ctype, names, [tuple(r) for r in rows]), headers


def _terms(text: str, params: Sequence[sparql.Param], bindings: Mapping[str, str]) -> dict[str, Identifier]:
    """RDF terms for ``$var=value`` request parameters, checked against the query's variables."""
    kinds = {p.name: p.kind for p in params}
    known = sparql.variables(text)
    terms = {}
    for name, raw in bindings.items():
        if name not in known:
            opts = ", ".join(f"?{v}" for v in (kinds or sorted(known))) or "(none)"
            raise QueryError(f"The query has no variable ?{name} to bind. Bindable: {opts}")
        as_iri = raw.startswith("<") and raw.endswith(">") and kinds.get(name) not in ("literal", "name")
        value: Any = URIRef(raw[1:-1]) if as_iri else raw  # a declared name stays text: "<Foo>"
        terms[name] = sparql.to_term(name, value, kinds.get(name))
    return terms
