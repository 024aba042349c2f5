"""A read-only SPARQL 1.1 Protocol endpoint over a built graph: ``kg serve``.

A small WSGI application served by waitress (a well-kept pure-Python server:
request parsing, body limits, idle timeouts, a connection limit and a listen
backlog are its job, not ours). Queries run in worker processes
(:mod:`kg.sparql.workers`), so a query past its limits is killed, not waited for.

* ``/sparql``: ``GET``/``HEAD ?query=``, ``POST`` form (``query=``) or ``POST``
  ``application/sparql-query``. Results as SPARQL JSON, XML, CSV or TSV
  (``SELECT``/``ASK``), Turtle, N-Triples or JSON-LD (``CONSTRUCT``/``DESCRIBE``).
* Read-only: updates (an ``update=`` field, ``application/sparql-update`` or an
  ``INSERT``/``DELETE``/``LOAD``/``CLEAR``/``DROP``/``CREATE``... request) get 403,
  and the store is opened read-only anyway. ``SERVICE`` gets 400: the endpoint
  never sends a request to another host (:mod:`kg.sparql.guard`).
* Limits (:class:`Limits`): a query longer than :data:`kg.sparql.guard.MAX_CHARS`
  or nested deeper than :data:`kg.sparql.guard.MAX_DEPTH` is refused before any
  parser sees it; a body over ``max_body`` bytes gets 413; a query still running
  after ``timeout`` seconds, or growing its worker by more than ``memory_limit``
  bytes, is killed and the client gets 503 with ``Retry-After``; results beyond
  ``max_rows`` are cut and flagged with ``X-KG-Truncated: true``; connections idle
  for ``idle_timeout`` seconds are closed.
* Browsers: no CORS header unless asked for (``cors=["https://my.app"]`` or
  ``["*"]``); on loopback, requests must name a loopback ``Host`` (no DNS
  rebinding); ``X-Content-Type-Options: nosniff`` everywhere and a Content
  Security Policy on the ``/`` page.
* Bindings: ``$var=value`` request parameters bind ``?var`` safely (as in RDF4J's
  protocol): ``<...>`` is an IRI, anything else a string, or an IRI where the
  query's header declares ``# @param ?var iri``. A bound ``name`` parameter is
  resolved to the actors it names first (see :mod:`kg.sparql.query`).
* ``/`` is a small query page that works offline; ``/queries`` lists the named queries as
  JSON (name, description, text, parameters).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from kg.errors import KGError
from kg.sparql import guard
from kg.sparql import query as sparql
from kg.sparql.evaluate import Reply, error
from kg.sparql.page import page, policy
from kg.sparql.workers import Pool, Stopped

log = logging.getLogger(__name__)

MAX_BODY = 1_000_000
#: Seconds between two looks of the serving loop at its stop flag.
TICK = 0.1
#: Seconds a stopping endpoint goes on sending the answers of requests in flight.
DRAIN = 2.0
_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


@dataclass(frozen=True)
class Limits:
    """What one client may ask of the endpoint; the defaults are ``kg serve``'s.

    Attributes:
        timeout: seconds a query may run (waiting for a free worker included).
        max_rows: rows (or triples) returned at most.
        workers: queries evaluated at once (one process each).
        memory_limit: bytes a worker may grow by while running one query.
        max_body: bytes a request body may have.
        idle_timeout: seconds an idle connection stays open.
        connections: open connections at most; more wait in the listen backlog.
    """

    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 4
    memory_limit: int = 512 * 2**20
    max_body: int = MAX_BODY
    idle_timeout: float = 30.0
    connections: int = 256


class Endpoint:
    """A running (or startable) endpoint over one graph; use :meth:`start` / :meth:`stop` or ``with``.

    Args:
        graph_dir: a ``kg build`` output folder.
        host: interface to listen on; loopback by default.
        port: TCP port; 0 picks a free one (see :attr:`url`).
        timeout, max_rows, workers, memory_limit, idle_timeout: see :class:`Limits`.
        memory: each worker loads the graph into memory (faster lookups, slower start, one copy
            per worker) instead of opening the on-disk store; ``None`` (the default) does so only
            when no store was built.
        cors: origins whose pages may call the endpoint (``"*"`` for any); none by default.
    """

    def __init__(
        self,
        graph_dir: str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        timeout: float = Limits.timeout,
        max_rows: int = Limits.max_rows,
        workers: int = Limits.workers,
        memory_limit: int = Limits.memory_limit,
        idle_timeout: float = Limits.idle_timeout,
        memory: bool | None = None,
        cors: Sequence[str] = (),
    ) -> None:
        from waitress.server import create_server

        from kg.sparql import store

        if timeout <= 0 or max_rows <= 0 or workers <= 0 or memory_limit <= 0:
            raise KGError(
                "timeout, max_rows, workers and memory_limit must be positive, "
                f"got {timeout}, {max_rows}, {workers}, {memory_limit}"
            )
        self.limits = Limits(
            timeout=timeout,
            max_rows=max_rows,
            workers=workers,
            memory_limit=memory_limit,
            idle_timeout=idle_timeout,
        )
        if memory is None:
            memory = not (Path(graph_dir) / store.STORE_DIR).is_dir()
        self.cors = tuple(cors)
        self.page = page(sparql.named_queries())
        self._policy = policy(self.page)
        self._hosts = _allowed_hosts(host)
        self.pool = Pool(
            graph_dir,
            workers=workers,
            memory=memory,
            max_rows=max_rows,
            timeout=timeout,
            memory_limit=memory_limit,
        )
        limits = self.limits
        try:
            self.server: Any = create_server(
                self.app,
                host=host,
                port=port,
                threads=max(32, 4 * workers),  # requests wait in the pool, on the query's clock
                connection_limit=limits.connections,
                channel_timeout=int(max(limits.idle_timeout, 1)),
                cleanup_interval=5,
                max_request_body_size=limits.max_body,
                asyncore_use_poll=True,
                ident="kg-sparql",
                clear_untrusted_proxy_headers=True,
            )
        except OSError as err:
            self.pool.close()
            raise KGError(f"Cannot listen on {host}:{port}: {err.strerror or err}") from err
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._closed = False

    @property
    def url(self) -> str:
        """The endpoint's ``/sparql`` URL."""
        host, port = self.server.effective_host, self.server.effective_port
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/sparql"

    def start(self) -> Endpoint:
        """Serve in a background thread and return at once."""
        self._thread = threading.Thread(target=self._loop, name="kg-serve", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until Ctrl+C (or SIGTERM): queries in flight are stopped at once."""

        def interrupt(signum: int, frame: Any) -> None:
            self.pool.close()
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGINT, interrupt)
        previous_term = signal.signal(signal.SIGTERM, interrupt)
        try:
            self._loop()
        finally:
            signal.signal(signal.SIGINT, previous)
            signal.signal(signal.SIGTERM, previous_term)
            self.close()

    def stop(self) -> None:
        """Stop serving: queries in flight get 503, connections close, the port is released."""
        self.close()

    def _loop(self) -> None:
        """Serve until :meth:`close` (or Ctrl+C), then answer what is in flight and close every
        socket from this same thread.

        The loop looks at the stop flag every :data:`TICK` seconds, so closing never depends
        on waking it through waitress's trigger pipe (whose descriptor may already be gone).
        """
        from waitress import wasyncore

        sockets = self.server._map
        try:
            while sockets and not self._stopping.is_set():
                wasyncore.loop(timeout=TICK, map=sockets, use_poll=True, count=1)
        except KeyboardInterrupt:
            pass  # serve_forever's Ctrl+C: the pool is closed, so queries in flight end now
        finally:
            self._drain(sockets)
            wasyncore.close_all(sockets, ignore_all=True)

    def _drain(self, sockets: dict[int, Any]) -> None:
        """Accept no one new and send the answers still on their way (the 503s of stopped
        queries), for at most :data:`DRAIN` seconds."""
        from waitress import wasyncore

        self.server.accepting = False
        tasks = self.server.task_dispatcher
        deadline = time.monotonic() + DRAIN
        while sockets and time.monotonic() < deadline:
            pending = any(getattr(c, "total_outbufs_len", 0) for c in list(sockets.values()))
            if not (pending or tasks.queue or tasks.active_count > 0):
                return
            wasyncore.loop(timeout=TICK / 2, map=sockets, use_poll=True, count=1)

    def close(self) -> None:
        from waitress import wasyncore

        self.pool.close()
        if self._closed:
            return
        self._closed = True
        self._stopping.set()
        if self._thread is not None and self._thread.is_alive():
            with contextlib.suppress(OSError):  # only to wake the loop sooner
                self.server.pull_trigger()
            self._thread.join(10)
        else:
            wasyncore.close_all(self.server._map, ignore_all=True)
        self.server.task_dispatcher.shutdown(timeout=1)

    def __enter__(self) -> Endpoint:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- requests ----------------------------------------------------------------

    def execute(self, text: str, accept: str, bindings: dict[str, str] | None = None) -> Reply:
        """Run a query with the endpoint's limits: ``(status, content type, body, extra headers)``.

        ``bindings`` are the request's ``$var=value`` parameters, without the ``$``.
        """
        if len(text) > guard.MAX_CHARS:  # everything else, lexing included, is the worker's job
            return error(413, f"Query of {len(text):,} characters; at most {guard.MAX_CHARS:,} are accepted")
        try:
            return self.pool.run(text=text, bindings=bindings or {}, accept=accept)
        except Stopped as err:
            status, ctype, body, _ = error(err.status, str(err))
            return status, ctype, body, err.headers

    def app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The WSGI application."""
        method = environ["REQUEST_METHOD"]
        status, ctype, body, headers = self._route(environ, method)
        headers = {
            "Content-Type": ctype,
            "Content-Length": str(len(body)),
            "X-Content-Type-Options": "nosniff",
            **self._cors(environ),
            **headers,
        }
        start_response(f"{status} {HTTPStatus(status).phrase}", list(headers.items()))
        log.debug("%s %s %s -> %s", environ.get("REMOTE_ADDR"), method, environ.get("PATH_INFO"), status)
        return [b""] if method == "HEAD" else [body]

    def _route(self, environ: dict[str, Any], method: str) -> Reply:
        path = environ.get("PATH_INFO") or "/"
        if not self._host_ok(environ.get("HTTP_HOST", "")):
            return error(HTTPStatus.FORBIDDEN, "Host not allowed: this endpoint answers loopback names only")
        if method == "OPTIONS":
            return 204, "text/plain", b"", {"Allow": "GET, HEAD, POST, OPTIONS", **self._preflight(environ)}
        if method not in ("GET", "HEAD", "POST"):
            status, ctype, body, _ = error(HTTPStatus.METHOD_NOT_ALLOWED, f"{method} is not supported here")
            return status, ctype, body, {"Allow": "GET, HEAD, POST, OPTIONS"}
        if method == "POST" and path != "/sparql":
            return error(HTTPStatus.NOT_FOUND, f"No such path {path!r}; try /sparql")
        if path in ("/", "/index.html"):
            return 200, "text/html; charset=utf-8", self.page, {"Content-Security-Policy": self._policy}
        if path == "/queries":
            named = [
                {
                    "name": q.name,
                    "description": q.description,
                    "query": q.text,
                    "params": [{"name": p.name, "kind": p.kind, "doc": p.doc} for p in q.params],
                    "needs": [list(group) for group in q.needs],
                }
                for q in sparql.named_queries().values()
            ]
            return 200, "application/json", json.dumps(named, ensure_ascii=False).encode("utf-8"), {}
        if path != "/sparql":
            return error(HTTPStatus.NOT_FOUND, f"No such path {path!r}; try /sparql or /")
        params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if method == "POST":
            body = environ["wsgi.input"].read().decode("utf-8", errors="replace")
            ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return error(HTTPStatus.FORBIDDEN, "SPARQL Update is not allowed: this endpoint is read-only")
            if ctype == "application/sparql-query":
                params["query"] = [body]
            elif ctype in ("application/x-www-form-urlencoded", ""):
                for key, values in parse_qs(body, keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            else:
                return error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"Unsupported Content-Type {ctype!r}")
        return self._protocol(params, environ.get("HTTP_ACCEPT") or "*/*")

    def _protocol(self, params: dict[str, list[str]], accept: str) -> Reply:
        if "update" in params:
            return error(HTTPStatus.FORBIDDEN, "SPARQL Update is not allowed: this endpoint is read-only")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return error(HTTPStatus.BAD_REQUEST, "Give exactly one non-empty 'query' parameter")
        bindings = {k[1:]: v[-1] for k, v in params.items() if k.startswith("$") and len(k) > 1}
        return self.execute(queries[0], accept, bindings)

    def _host_ok(self, host: str) -> bool:
        if self._hosts is None:
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.strip("[]").lower() in self._hosts

    def _cors(self, environ: dict[str, Any]) -> dict[str, str]:
        origin = environ.get("HTTP_ORIGIN", "")
        if "*" in self.cors:
            allowed = "*"
        elif origin and origin in self.cors:
            allowed = origin
        else:
            return {}
        return {
            "Access-Control-Allow-Origin": allowed,
            "Access-Control-Expose-Headers": "X-KG-Truncated, Retry-After",
            "Vary": "Origin, Accept",
        }

    def _preflight(self, environ: dict[str, Any]) -> dict[str, str]:
        if not self._cors(environ):
            return {}
        return {
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Accept",
            "Access-Control-Max-Age": "86400",
        }


def _allowed_hosts(host: str) -> frozenset[str] | None:
    """``Host`` header names accepted when listening on loopback (``None``: any, when listening wider)."""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host.lower() in _LOOPBACK_NAMES
    if not loopback:
        return None
    return frozenset({"localhost", "127.0.0.1", "::1", host.lower()})


def serve(graph_dir: str | Path, **options: Any) -> None:
    """Serve ``graph_dir`` until interrupted; ``options`` as for :class:`Endpoint`."""
    Endpoint(graph_dir, **options).serve_forever()
