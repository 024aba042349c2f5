"""One protocol request answered on an open store: the part of the endpoint that runs in a worker.

:func:`reply` checks the query (:func:`kg.sparql.guard.check`, parse included),
binds the request's values, runs it, cuts the result at ``max_rows`` and writes
it in the negotiated format. Every outcome is a ``(status, content type, body,
headers)`` tuple, errors included, so a worker never raises to its endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from rdflib.term import Identifier

from kg.errors import QueryError
from kg.sparql import guard
from kg.sparql import query as sparql
from kg.sparql.formats import GRAPH_TYPES, SOLUTION_TYPES, negotiate, write_graph, write_solutions

Reply = tuple[int, str, bytes, dict[str, str]]


def error(status: int, message: str) -> Reply:
    """A plain-text error reply."""
    return int(status), "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), {}


def reply(
    store: Any,
    *,
    text: str,
    terms: Mapping[str, Identifier],
    params: Sequence[sparql.Param],
    accept: str,
    max_rows: int,
) -> Reply:
    """Run ``text`` with ``terms`` bound on ``store`` and write the answer for ``accept``."""
    import pyoxigraph as ox

    try:
        guard.check(text)
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
