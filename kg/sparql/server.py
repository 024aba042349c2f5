"""A read-only SPARQL 1.1 Protocol endpoint over a built graph: ``kg serve``.

Built on the standard library's :class:`http.server.ThreadingHTTPServer`: kg
needs one route, content negotiation and CORS, which is about a hundred lines,
and a framework would add a dependency and an ASGI server for nothing.

* ``/sparql``: ``GET ?query=``, ``POST`` form (``query=``) or ``POST``
  ``application/sparql-query``. Results as SPARQL JSON, XML, CSV or TSV
  (``SELECT``/``ASK``), Turtle, N-Triples or JSON-LD (``CONSTRUCT``/``DESCRIBE``).
* Read-only: updates (an ``update=`` field, ``application/sparql-update`` or an
  ``INSERT``/``DELETE``/``LOAD``/``CLEAR``/``DROP``/``CREATE``... request) get 403,
  and the store is opened read-only anyway. ``SERVICE`` gets 400.
* Limits: a query runs in a pool of ``workers`` threads. When it has not
  finished after ``timeout`` seconds the client gets ``503`` with
  ``Retry-After``; the worker stops at the next result row, but a query still
  computing its first row (a big aggregate) runs on in the background, holding
  one of the ``workers`` slots until it ends. Results beyond ``max_rows`` are
  cut and flagged with the ``X-KG-Truncated: true`` header.
* Bindings: ``$var=value`` request parameters bind ``?var`` safely (as in RDF4J's
  protocol): ``<...>`` is an IRI, anything else a string, or an IRI where the
  query's header declares ``# @param ?var iri``. A bound ``name`` parameter is
  resolved to the actors it names first (see :mod:`kg.sparql.query`), so the named
  queries answer from an index instead of a scan.
* ``/`` is a small query page that works offline; ``/queries`` lists the named queries as JSON.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from rdflib import URIRef
from rdflib.term import Identifier

from kg.errors import KGError, QueryError
from kg.sparql import query as sparql
from kg.sparql.formats import GRAPH_TYPES, SOLUTION_TYPES, negotiate, write_graph, write_solutions
from kg.sparql.page import page

log = logging.getLogger(__name__)

MAX_BODY = 1_000_000


class _Timeout(Exception):
    pass


class Endpoint:
    """A running (or startable) endpoint over one graph; use :meth:`start` / :meth:`stop` or ``with``.

    Args:
        graph_dir: a ``kg build`` output folder.
        host: interface to listen on; loopback by default.
        port: TCP port; 0 picks a free one (see :attr:`url`).
        timeout: seconds a query may run before the client gets 503.
        max_rows: rows (or triples) returned at most.
        workers: queries evaluated at once.
        memory: serve from an in-memory copy of the graph (about 3x faster lookups, slower
            start); ``None`` (the default) does so when the graph file is at most
            :data:`kg.sparql.store.MEMORY_LIMIT` bytes, else serves the on-disk store.
    """

    def __init__(
        self,
        graph_dir: str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        timeout: float = 10.0,
        max_rows: int = 10_000,
        workers: int = 4,
        memory: bool | None = None,
    ) -> None:
        from kg.sparql import store

        if memory is None:
            memory = store.fits_in_memory(graph_dir)
        if timeout <= 0 or max_rows <= 0 or workers <= 0:
            raise KGError(
                f"timeout, max_rows and workers must be positive, got {timeout}, {max_rows}, {workers}"
            )
        self.store = store.open(graph_dir, memory=memory)
        self.timeout = timeout
        self.max_rows = max_rows
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-sparql")
        self.page = page(sparql.named_queries())
        handler = type("Handler", (_Handler,), {"endpoint": self})
        try:
            self.httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as err:
            raise KGError(f"Cannot listen on {host}:{port}: {err.strerror or err}") from err
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The endpoint's ``/sparql`` URL."""
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/sparql"

    def start(self) -> Endpoint:
        """Serve in a background thread and return at once."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="kg-serve", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until :meth:`stop` or Ctrl+C."""
        try:
            self.httpd.serve_forever()
        finally:
            self.close()

    def stop(self) -> None:
        """Stop serving and release the port."""
        self.httpd.shutdown()
        if self._thread is not None:
            self._thread.join()
        self.close()

    def close(self) -> None:
        self.httpd.server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> Endpoint:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def execute(
        self, text: str, accept: str, bindings: dict[str, str] | None = None
    ) -> tuple[int, str, bytes, dict[str, str]]:
        """Run a query with the endpoint's limits: ``(status, content type, body, extra headers)``.

        ``bindings`` are the request's ``$var=value`` parameters, without the ``$``.
        """
        form = sparql.query_form(text)
        if form in sparql.UPDATE_KEYWORDS:
            return _error(HTTPStatus.FORBIDDEN, f"{form}: this endpoint is read-only")
        if sparql.uses_service(text):
            return _error(HTTPStatus.BAD_REQUEST, "SERVICE (federated) queries are not allowed here")
        params = sparql.parse_params(text)
        try:
            terms = _terms(text, params, bindings or {})
        except QueryError as err:
            return _error(HTTPStatus.BAD_REQUEST, str(err))
        deadline = time.monotonic() + self.timeout
        future = self.pool.submit(self._evaluate, text, terms, params, accept, deadline)
        try:
            return future.result(timeout=self.timeout)
        except (FutureTimeout, _Timeout):
            future.cancel()
            status, ctype, body, _ = _error(
                HTTPStatus.SERVICE_UNAVAILABLE, f"Query did not finish within {self.timeout:g} s"
            )
            return status, ctype, body, {"Retry-After": "5"}
        except QueryError as err:
            return _error(HTTPStatus.BAD_REQUEST, str(err))

    def _evaluate(
        self,
        text: str,
        terms: dict[str, Identifier],
        params: tuple[sparql.Param, ...],
        accept: str,
        deadline: float,
    ) -> tuple[int, str, bytes, dict[str, str]]:
        import pyoxigraph as ox

        try:
            result = self.store.query(sparql.anchored(self.store, text, terms, params))
        except (SyntaxError, ValueError, RuntimeError, OSError) as err:
            raise sparql.query_error(text, err) from err
        headers: dict[str, str] = {}
        if isinstance(result, ox.QueryBoolean):
            ctype = negotiate(accept, SOLUTION_TYPES)
            return 200, ctype, write_solutions(ctype, [], [], boolean=bool(result)), headers
        rows: list[Any] = []
        try:
            for row in result:
                if len(rows) >= self.max_rows:
                    headers["X-KG-Truncated"] = "true"
                    break
                if time.monotonic() > deadline:
                    raise _Timeout
                rows.append(row)
        except (SyntaxError, ValueError, RuntimeError, OSError) as err:
            raise sparql.query_error(text, err) from err
        if isinstance(result, ox.QueryTriples):
            ctype = negotiate(accept, GRAPH_TYPES)
            return 200, ctype, write_graph(ctype, rows), headers
        ctype = negotiate(accept, SOLUTION_TYPES)
        names = [v.value for v in result.variables]
        return 200, ctype, write_solutions(ctype, names, [tuple(r) for r in rows]), headers


def _terms(text: str, params: tuple[sparql.Param, ...], bindings: dict[str, str]) -> dict[str, Identifier]:
    """RDF terms for ``$var=value`` request parameters, checked against the query's variables."""
    kinds = {p.name: p.kind for p in params}
    known = sparql.variables(text)
    terms = {}
    for name, raw in bindings.items():
        if name not in known:
            opts = ", ".join(f"?{v}" for v in (kinds or sorted(known))) or "(none)"
            raise QueryError(f"The query has no variable ?{name} to bind. Bindable: {opts}")
        value: Any = URIRef(raw[1:-1]) if raw.startswith("<") and raw.endswith(">") else raw
        terms[name] = sparql.to_term(name, value, kinds.get(name))
    return terms


def _error(status: int, message: str) -> tuple[int, str, bytes, dict[str, str]]:
    return int(status), "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), {}


class _Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint
    server_version = "kg-sparql/0.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, Retry-After")
        self.send_header("Vary", "Accept")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.endpoint.page)
        elif url.path == "/queries":
            named = [
                {"name": q.name, "description": q.description, "query": q.text}
                for q in sparql.named_queries().values()
            ]
            self._send(200, "application/json", json.dumps(named, ensure_ascii=False).encode("utf-8"))
        elif url.path == "/sparql":
            self._protocol(parse_qs(url.query, keep_blank_values=True))
        else:
            self._send(*_error(HTTPStatus.NOT_FOUND, f"No such path {url.path!r}; try /sparql or /"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(*_error(HTTPStatus.NOT_FOUND, f"No such path {url.path!r}; try /sparql"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(*_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"Request body over {MAX_BODY} bytes"))
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._send(
                *_error(HTTPStatus.FORBIDDEN, "SPARQL Update is not allowed: this endpoint is read-only")
            )
            return
        if ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype in ("application/x-www-form-urlencoded", ""):
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            self._send(*_error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"Unsupported Content-Type {ctype!r}"))
            return
        self._protocol(params)

    def _protocol(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._send(
                *_error(HTTPStatus.FORBIDDEN, "SPARQL Update is not allowed: this endpoint is read-only")
            )
            return
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            self._send(*_error(HTTPStatus.BAD_REQUEST, "Give exactly one non-empty 'query' parameter"))
            return
        bindings = {k[1:]: v[-1] for k, v in params.items() if k.startswith("$") and len(k) > 1}
        self._send(*self.endpoint.execute(queries[0], self.headers.get("Accept") or "*/*", bindings))


def serve(graph_dir: str | Path, **options: Any) -> None:
    """Serve ``graph_dir`` until interrupted; ``options`` as for :class:`Endpoint`."""
    Endpoint(graph_dir, **options).serve_forever()
