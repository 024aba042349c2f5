"""``kg push``: send a built graph to any SPARQL 1.1 Graph Store Protocol server.

The graph file is streamed, cut into batches of N-Triples and POSTed to the
endpoint (``?graph=IRI`` for a named graph, ``?default`` otherwise); with
``replace`` the first batch is PUT, so the target graph ends up holding exactly
the built graph. Connection errors, timeouts, 429 and 5xx answers are retried
with exponential backoff; any other 4xx is a :class:`~kg.errors.KGError` at once,
since sending the same request again cannot fix it.

Blank nodes cannot span two requests (each request is its own document), so
they are skolemised to ``…/.well-known/genid/`` IRIs (RDF 1.1 §3.5); kg's own
graphs have none.
"""

from __future__ import annotations

import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.settings import BASE_IRI

log = logging.getLogger(__name__)

SOURCES = ("graph.nt", "graph.ttl", "graph.jsonld")
RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
GENID = BASE_IRI + ".well-known/genid/"


@dataclass(frozen=True, slots=True)
class PushResult:
    """What a push sent."""

    triples: int
    batches: int
    retries: int
    seconds: float


def source(graph: str | Path) -> Path:
    """The RDF file of a built graph folder (N-Triples first), or ``graph`` itself if it is a file."""
    p = Path(graph)
    if p.is_file():
        return p
    for name in SOURCES:
        if (p / name).is_file():
            return p / name
    raise KGError(f"No {', '.join(SOURCES)} in {str(p)!r}: expected a `kg build` output folder")


def target_url(endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store Protocol URL of the target graph.

    Examples:
        >>> target_url("http://localhost:7878/store", None)
        'http://localhost:7878/store?default'
        >>> target_url("http://localhost:7878/store", "https://example.org/g 1")
        'http://localhost:7878/store?graph=https%3A%2F%2Fexample.org%2Fg+1'
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KGError(
            f"Bad endpoint {endpoint!r}: expected an http(s) URL such as http://localhost:7878/store"
        )
    query = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    joined = f"{parts.query}&{query}" if parts.query else query
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, joined, ""))


def batches(path: Path, size: int) -> Iterator[bytes]:
    """The triples of ``path`` as N-Triples documents of at most ``size`` triples each."""
    import pyoxigraph as ox

    if size < 1:
        raise KGError(f"batch size must be 1 or more, got {size}")
    fmt = {".nt": ox.RdfFormat.N_TRIPLES, ".ttl": ox.RdfFormat.TURTLE, ".jsonld": ox.RdfFormat.JSON_LD}.get(
        path.suffix
    )
    if fmt is None:
        raise KGError(f"Cannot push {str(path)!r}: expected a .nt, .ttl or .jsonld file")

    def skolem(term: Any) -> Any:
        return ox.NamedNode(GENID + term.value) if isinstance(term, ox.BlankNode) else term

    chunk: list[Any] = []
    try:
        for q in ox.parse(path=str(path), format=fmt):
            chunk.append(ox.Triple(skolem(q.subject), q.predicate, skolem(q.object)))
            if len(chunk) >= size:
                yield _ntriples(chunk)
                chunk = []
    except SyntaxError as err:
        raise KGError(f"Cannot parse {str(path)!r}: {err}") from err
    if chunk:
        yield _ntriples(chunk)


def _ntriples(triples: list[Any]) -> bytes:
    import pyoxigraph as ox

    data: bytes | None = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return data or b""


def _send(
    url: str,
    method: str,
    body: bytes,
    headers: dict[str, str],
    *,
    retries: int,
    backoff: float,
    timeout: float,
) -> int:
    """Send one request, retrying transient failures; returns the number of retries it took."""
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
            return attempt
        except urllib.error.HTTPError as err:
            detail = err.read(300).decode("utf-8", "replace").strip()
            if err.code not in RETRY_STATUS:
                raise KGError(f"{method} {url} was refused: HTTP {err.code} {err.reason}: {detail}") from err
            failure: Exception = err
            wait = _retry_after(err.headers.get("Retry-After")) or backoff * 2**attempt
        except (urllib.error.URLError, OSError) as err:  # refused, reset, timed out
            failure = err
            wait = backoff * 2**attempt
        if attempt == retries:
            raise KGError(f"{method} {url} failed after {retries + 1} attempts: {failure}") from failure
        log.warning("%s %s failed (%s); retrying in %.1f s", method, url, failure, wait)
        time.sleep(min(wait, 60.0))
    raise AssertionError("unreachable")


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def push(
    graph: str | Path,
    endpoint: str,
    *,
    graph_iri: str | None = None,
    batch_size: int = 10_000,
    replace: bool = False,
    retries: int = 5,
    backoff: float = 0.5,
    timeout: float = 60.0,
    headers: Iterable[tuple[str, str]] = (),
) -> PushResult:
    """Send the built graph in ``graph`` to the Graph Store Protocol ``endpoint``.

    Args:
        graph: a ``kg build`` output folder (or an ``.nt``/``.ttl``/``.jsonld`` file).
        endpoint: the server's graph store URL, e.g. ``http://localhost:7878/store`` (Oxigraph),
            ``http://localhost:3030/ds/data`` (Fuseki) or ``http://host:7200/repositories/r/rdf-graphs/service``.
        graph_iri: the named graph to write into; ``None`` writes the default graph.
        batch_size: triples per request.
        replace: PUT the first batch, replacing what the target graph held.
        retries: extra attempts per request on connection errors, 429 and 5xx.
        backoff: seconds before the first retry; doubled at each further one.
        timeout: seconds to wait for one answer.
        headers: extra HTTP headers, e.g. ``("Authorization", "Bearer …")``.
    """
    path = source(graph)
    url = target_url(endpoint, graph_iri)
    base = {"Content-Type": "application/n-triples; charset=utf-8", "User-Agent": "kg-push", **dict(headers)}
    started = time.perf_counter()
    triples = n = retried = 0
    for body in batches(path, batch_size):
        method = "PUT" if replace and n == 0 else "POST"
        retried += _send(url, method, body, base, retries=retries, backoff=backoff, timeout=timeout)
        n += 1
        triples += body.count(b"\n")
        log.info("pushed batch %d (%d triples so far)", n, triples)
    if n == 0 and replace:
        retried += _send(url, "PUT", b"", base, retries=retries, backoff=backoff, timeout=timeout)
    return PushResult(triples, n, retried, round(time.perf_counter() - started, 3))
