"""The endpoint under attack: other hosts, deep nesting, runaway queries, odd HTTP (issue 16)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import psutil
import pytest

from kg.errors import QueryError
from kg.sparql import guard, store
from kg.sparql import query as sparql
from kg.sparql.server import Endpoint

SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
HUNGRY = "SELECT ?b ?d ?f { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?b ?d ?f"


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 triples: a three-way cross join is 27 billion rows, far past any timeout."""
    out = tmp_path_factory.mktemp("big")
    xsd_int = "<http://www.w3.org/2001/XMLSchema#integer>"
    lines = [f'<http://x/{i}> <http://x/p> "{i}"^^{xsd_int} .' for i in range(3000)]
    (out / "graph.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store.build(out)
    return out


class Listener:
    """A loopback TCP port that counts the connections made to it (the 'other host')."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    other = Listener()
    yield other
    other.close()


def _get(url: str, method: str = "GET", **headers: str) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


def _q(ep: Endpoint, query: str) -> str:
    return f"{ep.url}?{urlencode({'query': query})}"


def _raw(ep: Endpoint, request: bytes, wait: float = 10) -> bytes:
    """Send raw bytes to the endpoint; what comes back before it closes or ``wait`` passes."""
    host, port = ep.url.split("//")[1].split("/")[0].rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(request)
        got = b""
        try:
            while chunk := sock.recv(65536):
                got += chunk
        except TimeoutError:
            pass
    return got


SERVICE_FORMS = [
    "PREFIX : <{url}> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SeRvIcE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE# a comment\n<{url}> {{ ?s ?p ?o }} }}",
    "PREFIX s: <{url}> SELECT * WHERE {{ {{ SELECT * {{ SERVICE s:{{ ?s ?p ?o }} }} }} }}",
    "PREFIX service: <{url}> SELECT * WHERE {{ ?s service:p ?o }}",
]


@pytest.mark.parametrize("form", SERVICE_FORMS)
def test_service_never_reaches_another_host(graph_dir: Path, listener: Listener, form: str) -> None:
    query = form.format(url=f"http://127.0.0.1:{listener.port}/")
    with Endpoint(graph_dir, port=0, workers=1) as ep:
        status, _, body = _get(_q(ep, query))
    assert status == 400 and b"SERVICE" in body
    with pytest.raises(QueryError, match="SERVICE"):
        sparql.query(graph_dir, query)
    time.sleep(0.3)
    assert listener.hits == 0


def test_words_that_only_look_like_service_are_fine(graph_dir: Path) -> None:
    with Endpoint(graph_dir, port=0, workers=1) as ep:
        for query in (
            'SELECT * { ?s ?p "SERVICE" }',
            "SELECT * { ?s <http://x/SERVICE> ?o } # SERVICE <http://x/>",
            "SELECT ?service { BIND(1 AS ?service) }",
        ):
            assert _get(_q(ep, query))[0] == 200, query


@pytest.mark.parametrize("opener", ["(", "{", "!"])
def test_deep_nesting_is_refused_not_a_crash(graph_dir: Path, opener: str) -> None:
    closer = {"(": ")", "{": "}", "!": ""}[opener]
    if opener == "{":
        deep = "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000
    else:
        deep = "SELECT * { FILTER(" + opener * 10_000 + "true" + closer * 10_000 + ") }"
    with Endpoint(graph_dir, port=0, workers=1) as ep:
        status, _, body = _get(_q(ep, deep))
        assert status == 400 and b"nested" in body
        assert _get(_q(ep, "ASK {}"))[0] == 200
    run = subprocess.run(
        [sys.executable, "-m", "kg", "query", deep, "--graph", str(graph_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1 and "nested" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_query_of_ordinary_depth_still_runs(graph_dir: Path) -> None:
    nested = "SELECT * { FILTER(" + "(" * 40 + "true" + ")" * 40 + ") }"
    assert len(sparql.query(graph_dir, nested)) == 1


def test_runaway_queries_are_killed_at_their_timeout(big_dir: Path) -> None:
    with Endpoint(big_dir, port=0, timeout=1, workers=2) as ep:
        before = set(ep.pool.pids())
        answers: list[tuple[int, float]] = []

        def slow() -> None:
            t0 = time.monotonic()
            status = _get(_q(ep, SLOW))[0]
            answers.append((status, time.monotonic() - t0))

        threads = [threading.Thread(target=slow) for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert [s for s, _ in answers] == [503] * 5
        assert max(took for _, took in answers) < 1 + 1.0 + 0.5  # a timeout, plus the killing
        t0 = time.monotonic()
        assert _get(_q(ep, "ASK { ?s ?p ?o }"))[0] == 200
        assert time.monotonic() - t0 < 5
        # The workers that ran them are gone within a second, not computing in the background.
        procs = []
        for pid in before:
            with contextlib.suppress(psutil.NoSuchProcess):
                procs.append(psutil.Process(pid))
        _, alive = psutil.wait_procs(procs, timeout=1.0)
        assert all(p.status() == psutil.STATUS_ZOMBIE for p in alive if p.is_running())


def test_a_query_that_eats_memory_is_killed(big_dir: Path) -> None:
    with Endpoint(big_dir, port=0, timeout=30, workers=1, memory_limit=64 * 2**20) as ep:
        t0 = time.monotonic()
        status, headers, body = _get(_q(ep, HUNGRY))
        assert status == 503 and b"memory" in body and headers["retry-after"]
        assert time.monotonic() - t0 < 30
        assert _get(_q(ep, "ASK { ?s ?p ?o }"))[0] == 200


def test_http_edge_cases(graph_dir: Path) -> None:
    with Endpoint(graph_dir, port=0, workers=1, idle_timeout=1) as ep:
        host = ep.url.split("//")[1].split("/")[0]
        for length in (b"-1", b"abc"):
            got = _raw(
                ep,
                b"POST /sparql HTTP/1.1\r\nHost: "
                + host.encode()
                + b"\r\nContent-Length: "
                + length
                + b"\r\nContent-Type: application/sparql-query\r\n\r\nASK {}",
            )
            assert got.startswith(b"HTTP/1.1 400"), got[:80]
        # A body past the limit is refused from its header, before it is read.
        got = _raw(ep, b"POST /sparql HTTP/1.1\r\nHost: h\r\nContent-Length: 400000000\r\n\r\nASK {}")
        assert got.startswith(b"HTTP/1.1 413"), got[:80]
        status, headers, body = _get(_q(ep, "ASK {}"), method="HEAD")
        assert status == 200 and body == b"" and int(headers["content-length"]) > 0
        # An idle connection is closed after idle_timeout, not kept for ever.
        t0 = time.monotonic()
        assert _raw(ep, b"", wait=20) == b""
        assert time.monotonic() - t0 < 15


def test_browser_headers(graph_dir: Path) -> None:
    with Endpoint(graph_dir, port=0, workers=1) as ep:
        status, headers, _ = _get(ep.url.removesuffix("sparql"))
        assert status == 200 and headers["x-content-type-options"] == "nosniff"
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        _, headers, _ = _get(_q(ep, "ASK {}"), Origin="http://evil.example")
        assert "access-control-allow-origin" not in headers  # no CORS unless asked for
        status, _, body = _get(_q(ep, "ASK {}"), Host="evil.example")  # DNS rebinding
        assert status == 403 and b"Host" in body
    with Endpoint(graph_dir, port=0, workers=1, cors=["https://app.example"]) as ep:
        _, headers, _ = _get(_q(ep, "ASK {}"), Origin="https://app.example")
        assert headers["access-control-allow-origin"] == "https://app.example"
        _, headers, _ = _get(_q(ep, "ASK {}"), Origin="http://evil.example")
        assert "access-control-allow-origin" not in headers


def _serve(graph_dir: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--graph", str(graph_dir), "--port", "0", *args],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert "SPARQL endpoint at" in line, line
    return proc, line.split(" at ", 1)[1].split(" ", 1)[0]


def test_ctrl_c_stops_a_server_with_a_query_in_flight(big_dir: Path) -> None:
    proc, url = _serve(big_dir, "--timeout", "60", "--workers", "1")
    workers = psutil.Process(proc.pid).children(recursive=True)
    threading.Thread(target=_get, args=(f"{url}?{urlencode({'query': SLOW})}",), daemon=True).start()
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 0
    _, alive = psutil.wait_procs(workers, timeout=10)  # gone within seconds, even on a busy machine
    assert not [w for w in alive if w.is_running() and w.status() != psutil.STATUS_ZOMBIE]


def test_workers_exit_when_the_server_is_killed(graph_dir: Path) -> None:
    proc, _ = _serve(graph_dir, "--workers", "2")
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive


@pytest.mark.parametrize(
    "hostile",
    [
        '"""' + 'a\\"' * 60_000,  # an unterminated long string full of escaped quotes
        '"a\\"' * 50_000,
        "a-" * 100_000,  # words that look like the start of a prefixed name
        "<a" * 100_000,
        "'''" + "''a" * 60_000,
    ],
)
def test_hostile_text_is_lexed_in_one_pass(hostile: str) -> None:
    t0 = time.monotonic()
    guard.check(hostile[: guard.MAX_CHARS], parse=False)
    assert time.monotonic() - t0 < 3


def test_long_queries_never_take_the_workers_cheap_ones_need(big_dir: Path) -> None:
    with Endpoint(big_dir, port=0, timeout=4, workers=2) as ep:
        answers: list[int] = []
        threads = [threading.Thread(target=lambda: answers.append(_get(_q(ep, SLOW))[0])) for _ in range(3)]
        for t in threads:
            t.start()
        time.sleep(2.0)  # all three are long by now: each got a fresh worker in its place, or a 503
        took = []
        for _ in range(5):
            t0 = time.monotonic()
            assert _get(_q(ep, "ASK { ?s ?p ?o }"))[0] == 200
            took.append(time.monotonic() - t0)
        assert max(took) < 1.0, took
        for t in threads:
            t.join()
        assert sorted(answers) == [503, 503, 503]
