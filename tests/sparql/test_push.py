"""``kg push``: a built graph sent to a Graph Store Protocol server (Oxigraph's, from PyPI) in batches."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.sparql.push import push

GRAPH_IRI = "https://example.org/graphs/seeds"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).is_file():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """An Oxigraph server on loopback; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("oxigraph server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _count(base: str, graph_iri: str | None) -> int:
    where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    url = f"{base}/query?" + urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def _triples(graph_dir: Path) -> int:
    import pyoxigraph as ox

    return len(set(ox.parse(path=str(graph_dir / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)))


def test_push_sends_every_triple_in_batches(server: str, seeds_graph_dir: Path) -> None:
    expected = _triples(seeds_graph_dir)
    result = push(seeds_graph_dir, f"{server}/store", graph_iri=GRAPH_IRI, batch_size=100)
    assert result.triples == expected
    assert result.batches == -(-expected // 100) and result.batches > 1
    assert result.retries == 0
    assert _count(server, GRAPH_IRI) == expected
    assert _count(server, None) == 0, "nothing in the default graph"


def test_push_again_with_replace_leaves_exactly_the_graph(
    server: str, seeds_graph_dir: Path, tmp_path: Path
) -> None:
    expected = _triples(seeds_graph_dir)
    stale = tmp_path / "stale.nt"
    stale.write_text(
        "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n", encoding="utf-8"
    )
    push(stale, f"{server}/store", graph_iri=GRAPH_IRI)
    push(seeds_graph_dir, f"{server}/store", graph_iri=GRAPH_IRI, batch_size=250, replace=True)
    assert _count(server, GRAPH_IRI) == expected


def test_the_cli_pushes_into_the_default_graph(server: str, seeds_graph_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["push", "--graph", str(seeds_graph_dir), "--endpoint", f"{server}/store", "--batch-size", "500"]
    )
    assert result.exit_code == 0, result.output
    assert "triples" in result.output
    assert _count(server, None) == _triples(seeds_graph_dir)


def test_a_4xx_is_a_clear_error_without_retries(server: str, seeds_graph_dir: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(KGError, match="HTTP 4"):
        push(seeds_graph_dir, f"{server}/no-such-service", graph_iri=GRAPH_IRI, backoff=5)
    assert time.perf_counter() - started < 5, "a 4xx must not be retried"
    result = CliRunner().invoke(app, ["push", "--graph", str(seeds_graph_dir), "--endpoint", "ftp://x/store"])
    assert result.exit_code == 1 and "Bad endpoint" in result.output


class _Flaky(BaseHTTPRequestHandler):
    """Answers 503 to the first ``fail`` requests, then 204; records the bodies it accepted."""

    fail: ClassVar[int] = 2
    seen: ClassVar[list[bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        cls = type(self)
        if cls.fail > 0:
            cls.fail -= 1
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        cls.seen.append(body)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def flaky() -> Iterator[tuple[str, type[_Flaky]]]:
    handler = type("Flaky", (_Flaky,), {"fail": 2, "seen": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/store", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_5xx_answers_are_retried_with_backoff(flaky: tuple[str, type[_Flaky]], seeds_graph_dir: Path) -> None:
    url, handler = flaky
    result = push(seeds_graph_dir, url, batch_size=10_000, backoff=0.01)
    assert result.retries == 2 and result.batches == 1
    assert handler.seen[0].count(b"\n") == _triples(seeds_graph_dir)


def test_giving_up_after_the_retries(flaky: tuple[str, type[_Flaky]], seeds_graph_dir: Path) -> None:
    url, handler = flaky
    handler.fail = 100
    with pytest.raises(KGError, match="failed after 3 attempts"):
        push(seeds_graph_dir, url, retries=2, backoff=0.01)
    with pytest.raises(KGError, match="failed after 2 attempts"):
        push(seeds_graph_dir, f"http://127.0.0.1:{_free_port()}/store", retries=1, backoff=0.01)


def test_blank_nodes_are_skolemised(flaky: tuple[str, type[_Flaky]], tmp_path: Path) -> None:
    url, handler = flaky
    handler.fail = 0
    path = tmp_path / "b.ttl"
    path.write_text("[] <https://example.org/p> [ <https://example.org/q> 1 ] .\n", encoding="utf-8")
    push(path, url, batch_size=1)
    sent = b"".join(handler.seen)
    assert b"_:" not in sent and sent.count(b"/.well-known/genid/") == 3
