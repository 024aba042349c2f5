"""Abuse: issue 16's attacks replayed on a running ``kg serve`` (loopback only), and whether it held.

``kg serve`` runs as a child process on 127.0.0.1 over ``--graph`` (by default a
build of ``seeds/`` in a temporary folder). Then, in order:

1. ``SERVICE`` variants aimed at a loopback "other host" (a TCP listener that
   counts the connections it gets), by GET, POST form and POST
   ``application/sparql-query``;
2. 10,000 nested ``(``, ``{``, ``[`` and ``!``, by GET and POST;
3. bodies: 400 MB declared (not sent), ``Content-Length: -1`` and ``abc``, 2 MB
   sent plain and chunked; then more silent connections than the server's
   connection limit;
4. five runaway queries at once (cross joins, a property path; ``ORDER BY`` and
   ``COUNT(DISTINCT *)`` over cross joins for memory): the time to each 503,
   and how long the server's CPU takes to settle after the last one;
5. 100 cheap queries from one client (what one costs), ``--requests`` from
   ``--threads`` threads, then as many again with the five runaways sent again
   as each gets its 503, so that the attack lasts the whole phase.

From start to end ``--idle`` connections are held open and silent (opened again
when the server closes one: when it does is measured), five slow clients send
their request headers one byte every 0.5 s (a slowloris), the RSS and CPU of
the server's process tree are sampled every 50 ms (psutil) and its sockets are
checked every second for connections to any other address.

    .venv/bin/python benchmarks/abuse.py [--graph DIR] [--timeout 5] [--workers N]
        [--requests 2000] [--threads 16] [--idle 50] [--out FILE]

Prints one JSON object on stdout (and into ``--out``); progress and a closing
summary go to stderr.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import select
import selectors
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import psutil

from kg.sparql.query import named_queries

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HOST = "127.0.0.1"
#: Seconds between two samples of the server's memory and CPU.
SAMPLE_S = 0.05
#: "Near idle": the server's processes use less than this share of one core.
IDLE_CORES = 0.1
#: kg serve's connection limit (waitress ``connection_limit``).
CONNECTIONS = 256
VIAS = ("GET", "POST form", "POST query")
JSON = "application/sparql-results+json"

RUNAWAYS = {
    "COUNT over a 4-way cross join": (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
    ),
    "path (p|!p)* joined twice": (
        "SELECT (COUNT(*) AS ?n) WHERE { ?x (<urn:kg:p>|!<urn:kg:p>)* ?y . ?a ?p ?b . ?c ?q ?d }"
    ),
    "ORDER BY over a 3-way cross join": (
        "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?f ?e ?d ?c ?b ?a"
    ),
    "COUNT(DISTINCT *) over a 3-way cross join": (
        "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    ),
    "REGEX over a 3-way cross join": (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f "
        'FILTER(REGEX(CONCAT(STR(?b), STR(?d), STR(?f)), "^(a|aa)*z")) }'
    ),
}


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _ms(values: list[float], p: float) -> float | None:
    """The ``p`` quantile of ``values`` (seconds) in milliseconds, as benchmarks/sparql.py takes it."""
    if not values:
        return None
    ordered = sorted(values)
    return round(1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)


# -- HTTP ---------------------------------------------------------------------


def _request(conn: http.client.HTTPConnection, via: str, text: str) -> tuple[int, bytes]:
    """Send one query on ``conn`` by ``via`` (one of :data:`VIAS`); the status and body."""
    if via == "GET":
        conn.request("GET", "/sparql?" + urlencode({"query": text}), headers={"Accept": JSON})
    elif via == "POST form":
        form = {"Content-Type": "application/x-www-form-urlencoded", "Accept": JSON}
        conn.request("POST", "/sparql", body=urlencode({"query": text}), headers=form)
    else:
        plain = {"Content-Type": "application/sparql-query", "Accept": JSON}
        conn.request("POST", "/sparql", body=text.encode("utf-8"), headers=plain)
    resp = conn.getresponse()
    return resp.status, resp.read()


def send(port: int, via: str, text: str, *, timeout: float = 60.0) -> dict[str, Any]:
    """One query on a fresh connection: status (or the exception's name), seconds, an error's message."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    start = time.perf_counter()
    status: int | str
    try:
        status, body = _request(conn, via, text)
    except (OSError, http.client.HTTPException) as err:
        status, body = type(err).__name__, b""
    finally:
        conn.close()
    first = [] if status == 200 else body.decode("utf-8", "replace").strip().splitlines()[:1]
    return {"status": status, "s": round(time.perf_counter() - start, 3), "message": "".join(first)[:120]}


def alive(port: int) -> bool:
    """The server answers ``ASK {}`` with 200 within 10 s."""
    return send(port, "GET", "ASK {}", timeout=10.0)["status"] == 200


def _status_line(sock: socket.socket) -> int | str:
    """The status of the response on ``sock``, or what happened instead."""
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except TimeoutError:
        return "no answer"
    except OSError as err:
        return type(err).__name__
    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    if m:
        return int(m.group(1))
    return "closed without an answer" if not data else data[:40].decode("latin-1")


def _closed(sock: socket.socket) -> bool:
    """The other end closed ``sock`` (readable, and nothing to read)."""
    try:
        if not select.select([sock], [], [], 0)[0]:
            return False
        return sock.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


# -- the server and what watches it -------------------------------------------


class Server:
    """``kg serve`` as a child process on loopback; :meth:`stop` ends it and checks its workers went too."""

    def __init__(self, graph: Path, *, timeout: float, workers: int | None) -> None:
        args = [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--host", HOST, "--port", "0"]
        args += ["--timeout", str(timeout)] + (["--workers", str(workers)] if workers else [])
        self.proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
        assert self.proc.stderr is not None
        line = self.proc.stderr.readline()  # "kg: SPARQL endpoint at http://127.0.0.1:PORT/sparql ..."
        m = re.search(r"http://127\.0\.0\.1:(\d+)/sparql", line)
        if not m:
            self.proc.kill()
            raise RuntimeError(f"kg serve did not start: {line}{self.proc.stderr.read()}")
        self.port = int(m.group(1))
        self.ps = psutil.Process(self.proc.pid)
        self.started = time.monotonic()
        self.stderr_tail: list[str] = []  # its last lines, each after the seconds since it started
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            line = f"+{time.monotonic() - self.started:.1f}s {line.rstrip()}"
            self.stderr_tail = [*self.stderr_tail[-9:], line]

    def tree(self) -> list[psutil.Process]:
        """The server process and all its descendants (workers and multiprocessing's helper)."""
        try:
            return [self.ps, *self.ps.children(recursive=True)]
        except psutil.Error:
            return []

    def stop(self, seen: list[psutil.Process]) -> dict[str, Any]:
        """SIGINT (kill after 10 s); then which of the ``seen`` processes outlived it (killed, by pid)."""
        start = time.monotonic()
        how = f"SIGINT at +{start - self.started:.1f}s"
        if self.proc.poll() is not None:
            how = f"had exited by itself (code {self.proc.returncode})"
        else:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                how = "killed: SIGINT did not stop it within 10 s"
        stopped_s = time.monotonic() - start
        left: list[psutil.Process] = []
        for _ in range(30):  # a worker's orphan watch notices its parent is gone within a second
            left = [p for p in seen if p.pid != self.proc.pid and _running(p)]
            if not left:
                break
            time.sleep(0.1)
        for p in left:
            try:
                p.kill()
            except psutil.Error:
                pass
        return {
            "stopped_by": how,
            "stop_s": round(stopped_s, 2),
            "exit_code": self.proc.returncode,
            "processes_seen": len(seen),
            "survivors": [p.pid for p in left],
        }


def _running(p: psutil.Process) -> bool:
    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


class Monitor:
    """RSS and CPU of the server's process tree every 50 ms; its sockets to other hosts every second."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.samples: list[tuple[float, int, dict[int, float]]] = []  # (time, RSS bytes, {pid: CPU s})
        self.seen: dict[int, psutil.Process] = {}
        self.outbound: set[str] = set()
        self.exited_at: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="abuse-monitor", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        procs: list[psutil.Process] = []
        next_tree = next_net = 0.0
        while not self._stop.is_set():
            now = time.monotonic()
            if now >= next_tree:  # listing the tree reads all of /proc: 5 times a second is enough
                procs = [self.seen.setdefault(p.pid, p) for p in self.server.tree()]
                next_tree = now + 0.2
            rss, cpu = 0, {}
            for p in procs:
                try:
                    with p.oneshot():
                        rss += p.memory_info().rss
                        t = p.cpu_times()
                        cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            self.samples.append((now, rss, cpu))
            if now >= next_net:
                self._sockets(procs)
                next_net = now + 1.0
            if self.exited_at is None and self.server.proc.poll() is not None:
                self.exited_at = now
            self._stop.wait(SAMPLE_S)

    def _sockets(self, procs: list[psutil.Process]) -> None:
        for p in procs:
            try:
                conns = p.net_connections(kind="inet")
            except psutil.Error:
                continue
            for c in conns:
                if c.raddr and c.laddr.port != self.server.port:
                    self.outbound.add(f"pid {p.pid} -> {c.raddr.ip}:{c.raddr.port} ({c.status})")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def pids(self) -> set[int]:
        return set(self.samples[-1][2]) if self.samples else set()

    def rss_mb(self, start: float = 0.0, end: float = float("inf")) -> float:
        """Peak RSS of the tree between ``start`` and ``end`` (a sample either side too), in MB."""
        start, end = start - 2 * SAMPLE_S, end + 2 * SAMPLE_S
        return round(max((r for t, r, _ in self.samples if start <= t <= end), default=0) / 2**20, 1)

    def phase(self, start: float, end: float) -> dict[str, float]:
        """Peak RSS (MB) and mean CPU use (cores) of the tree from ``start`` to ``end``."""
        used = [c for t, c in self.cores() if start < t <= end]
        return {"peak_mb": self.rss_mb(start, end), "cores": round(statistics.fmean(used or [0.0]), 2)}

    def cores(self, only: set[int] | None = None) -> list[tuple[float, float]]:
        """CPU use of the tree (or of the ``only`` pids) between samples, in cores."""
        out = []
        for (t0, _, c0), (t1, _, c1) in zip(self.samples, self.samples[1:], strict=False):
            used = sum(v - c0.get(pid, 0.0) for pid, v in c1.items() if only is None or pid in only)
            out.append((t1, max(used, 0.0) / (t1 - t0)))
        return out

    def settled(self, after: float, only: set[int] | None = None, hold: float = 0.3) -> float | None:
        """Seconds after ``after`` until CPU use stays under :data:`IDLE_CORES` for ``hold`` seconds."""
        rates = [(t, c) for t, c in self.cores(only) if t >= after]
        for i, (t, _) in enumerate(rates):
            window = [c for u, c in rates[i:] if u <= t + hold]
            if rates[-1][0] >= t + hold and all(c < IDLE_CORES for c in window):
                return round(max(t - SAMPLE_S - after, 0.0), 2)
        return None


class OtherHost:
    """A loopback TCP listener standing for another host: counts the connections it receives."""

    def __init__(self) -> None:
        self.sock = socket.create_server((HOST, 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.requests: list[str] = []
        self._stop = threading.Event()
        threading.Thread(target=self._run, name="abuse-other-host", daemon=True).start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.hits += 1
            conn.settimeout(1.0)
            try:
                self.requests.append(conn.recv(200).decode("latin-1").split("\r\n")[0])
            except OSError:
                pass
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()


class IdleConnections:
    """``n`` connections opened and left silent, each opened again when the server closes it."""

    def __init__(self, port: int, n: int) -> None:
        self.port, self.n = port, n
        self.lifetimes: list[float] = []
        self.opened = 0
        self.failures: Counter[str] = Counter()
        self._sel = selectors.DefaultSelector()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="abuse-idle", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            sock = socket.create_connection((HOST, self.port), timeout=5)
        except OSError as err:
            self.failures[type(err).__name__] += 1
            return
        sock.setblocking(False)
        self._sel.register(sock, selectors.EVENT_READ, time.monotonic())
        self.opened += 1

    def _run(self) -> None:
        for _ in range(self.n):
            self._open()
        while not self._stop.is_set():
            for key, _ in self._sel.select(0.2):
                sock: Any = key.fileobj
                try:
                    if sock.recv(4096):
                        continue  # the server said something first: read on until it closes
                except BlockingIOError:
                    continue
                except OSError:
                    pass
                self.lifetimes.append(time.monotonic() - key.data)
                self._sel.unregister(sock)
                sock.close()
                if not self._stop.is_set():
                    self._open()
        for key in list(self._sel.get_map().values()):
            key.fileobj.close()  # type: ignore[union-attr]

    def stop(self) -> dict[str, Any]:
        self._stop.set()
        self._thread.join()
        life = self.lifetimes
        return {
            "held": self.n,
            "opened": self.opened,
            "closed_by_server": len(life),
            "closed_after_s": (
                {
                    "min": round(min(life), 1),
                    "median": round(statistics.median(life), 1),
                    "max": round(max(life), 1),
                }
                if life
                else None
            ),
            "open_failures": dict(self.failures),
        }


# -- attacks --------------------------------------------------------------------


def service_variants(other: str) -> dict[str, str]:
    """Queries that would make an engine call ``other`` (``http://127.0.0.1:PORT/``); two that must not."""
    u = f"<{other}sparql>"
    spo = "{ ?s ?p ?o }"
    return {
        "SERVICE:x": f"PREFIX : <{other}> SELECT * WHERE {{ SERVICE:x {spo} }}",
        "SERVICE <iri>": f"SELECT * WHERE {{ SERVICE {u} {spo} }}",
        "SeRvIcE": f"SELECT * WHERE {{ SeRvIcE {u} {spo} }}",
        "service": f"SELECT * WHERE {{ service {u} {spo} }}",
        "SERVICE SILENT": f"SELECT * WHERE {{ SERVICE SILENT {u} {spo} }}",
        "SERVICE#comment": f"SELECT * WHERE {{ SERVICE#c\n{u} {spo} }}",
        "SERVICE s: (a prefix)": f"PREFIX s: <{other}> SELECT * WHERE {{ SERVICE s: {spo} }}",
        "SERVICE ?var": f"SELECT * WHERE {{ BIND({u} AS ?e) SERVICE ?e {spo} }}",
        "SERVICE in a subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE {u} {spo} }} }} }}",
        "SERVICE in FILTER EXISTS": f"ASK {{ FILTER EXISTS {{ SERVICE {u} {spo} }} }}",
        "SERVICE in OPTIONAL": f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE {u} {spo} }} }}",
        "SERVICE in CONSTRUCT": f"CONSTRUCT {spo} WHERE {{ SERVICE {u} {spo} }}",
        "SERVI\\u0043E": f"SELECT * WHERE {{ SERVI\\u0043E {u} {spo} }}",
        "FROM <other> (no SERVICE: runs, fetches nothing)": f"SELECT * FROM {u} WHERE {spo} LIMIT 1",
        "LOAD <other> (an update: 403)": f"LOAD {u}",
    }


def service(port: int, other: OtherHost) -> dict[str, Any]:
    """Every variant by every way of sending it: statuses, and connections the other host got."""
    out: dict[str, Any] = {}
    for name, text in service_variants(f"http://{HOST}:{other.port}/").items():
        before = other.hits
        out[name] = {via: send(port, via, text)["status"] for via in VIAS}
        if other.hits > before:
            out[name]["reached_other_host"] = other.hits - before
    return {"variants": out, "requests": len(out) * len(VIAS), "alive_after": alive(port)}


def nesting(port: int, n: int = 10_000) -> dict[str, Any]:
    """``n`` nested brackets and negations by GET and POST: statuses and seconds."""
    queries = {
        "(": "SELECT * WHERE { FILTER(" + "(" * n + "1" + ")" * n + ") }",
        "{": "SELECT * WHERE " + "{" * n + "}" * n,
        "[": "PREFIX : <urn:kg:> SELECT * WHERE { ?s :p " + "[ :p " * n + ":o" + " ]" * n + " }",
        "!": "SELECT * WHERE { FILTER(" + "!" * n + "true) }",
    }
    out: dict[str, Any] = {}
    for name, text in queries.items():
        for via in ("GET", "POST query"):
            r = send(port, via, text)
            out[f"{n:,} {name} by {via}"] = {"status": r["status"], "s": r["s"], "message": r["message"][:70]}
    return {"queries": out, "alive_after": alive(port)}


def _raw(port: int, head: str, body: bytes = b"", *, wait: float = 10.0) -> dict[str, Any]:
    """Send ``head`` (and ``body``) on a raw socket: the status and seconds to it."""
    sock = socket.create_connection((HOST, port), timeout=wait)
    start = time.perf_counter()
    out: dict[str, Any] = {}
    try:
        sock.sendall(head.encode("latin-1"))
        try:
            sock.sendall(body)
        except OSError as err:
            out["note"] = f"sending the body: {type(err).__name__}"
        out["status"] = _status_line(sock)
    finally:
        sock.close()
    return {**out, "s": round(time.perf_counter() - start, 3)}


def bodies(port: int) -> dict[str, Any]:
    """Declared and real bodies over the 1 MB limit, and lengths that are no number."""

    def head(*fields: str) -> str:
        lines = ["POST /sparql HTTP/1.1", f"Host: {HOST}:{port}", "Content-Type: application/sparql-query"]
        return "\r\n".join([*lines, "Connection: close", *fields]) + "\r\n\r\n"

    big = b"ASK {} #" + b"x" * (2 * 2**20)
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(c), c) for c in (big[i : i + 65536] for i in range(0, len(big), 65536))
    )
    out = {
        "400 MB declared, not sent": _raw(port, head(f"Content-Length: {400 * 2**20}")),
        "Content-Length: -1": _raw(port, head("Content-Length: -1"), b"ASK {}"),
        "Content-Length: abc": _raw(port, head("Content-Length: abc"), b"ASK {}"),
        "2 MB sent": _raw(port, head(f"Content-Length: {len(big)}"), big),
        "2 MB sent chunked": _raw(port, head("Transfer-Encoding: chunked"), chunked + b"0\r\n\r\n"),
    }
    return {**out, "alive_after": alive(port)}


class Slowloris:
    """``n`` clients sending their request headers one byte every 0.5 s, from start to :meth:`stop`."""

    def __init__(self, port: int, n: int = 5) -> None:
        head = f"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: {HOST}:{port}\r\nX-Pad: {'a' * 1000}"
        self.req = (head + "\r\n\r\n").encode()  # 1,000 s of trickling at most
        self.socks = [socket.create_connection((HOST, port), timeout=10) for _ in range(n)]
        self.sent = 0
        self.start = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="abuse-slowloris", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while self.sent < len(self.req) - 1 and not self._stop.wait(0.5):
            for sock in self.socks:
                try:
                    sock.send(self.req[self.sent : self.sent + 1])
                except OSError:
                    pass
            self.sent += 1

    def stop(self) -> dict[str, Any]:
        """Stop trickling: were the connections still open, and is each request answered once finished?"""
        self._stop.set()
        self._thread.join()
        closed = sum(_closed(s) for s in self.socks)
        answers: Counter[int | str] = Counter()
        for sock in self.socks:
            try:
                sock.sendall(self.req[self.sent :])
                answers[_status_line(sock)] += 1
            except OSError as err:
                answers[type(err).__name__] += 1
            sock.close()
        return {
            "connections": len(self.socks),
            "trickled_s": round(time.monotonic() - self.start, 1),
            "bytes_each": self.sent,
            "closed_by_server": closed,
            "answers_once_finished": {str(k): v for k, v in answers.items()},
        }


def flood(port: int, *, extra: int = 10, wait: float = 3.0) -> dict[str, Any]:
    """More silent connections than the connection limit: is anyone else answered meanwhile?"""
    socks = []
    for _ in range(CONNECTIONS + extra):
        try:
            socks.append(socket.create_connection((HOST, port), timeout=5))
        except OSError:
            break
    time.sleep(0.5)
    during = send(port, "GET", "ASK {}", timeout=wait)
    for sock in socks:
        sock.close()
    after = send(port, "GET", "ASK {}", timeout=10)
    return {
        "silent_connections": len(socks),
        "probe_while_held": {"status": during["status"], "s": during["s"]},
        "probe_after_release": {"status": after["status"], "s": after["s"]},
    }


def burst(port: int, monitor: Monitor, timeout: float, *, settle: float = 5.0) -> dict[str, Any]:
    """The five runaways at once: time to each answer, and CPU settling after the last."""
    old = monitor.pids()
    results: dict[str, dict[str, Any]] = {}

    def run(name: str, text: str) -> None:
        results[name] = send(port, "POST query", text, timeout=timeout + 30)
        results[name]["done"] = time.monotonic()

    threads = [threading.Thread(target=run, args=item) for item in RUNAWAYS.items()]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    last = max(r.pop("done") for r in results.values())
    time.sleep(settle)
    for r in results.values():
        r["within_timeout_plus_1s"] = r["status"] == 503 and r["s"] <= timeout + 1
    return {
        "queries": results,
        "all_stopped_within_timeout_plus_1s": all(r["within_timeout_plus_1s"] for r in results.values()),
        "cpu_settle_s_after_last_503": {
            # the processes that ran the queries (the endpoint and the workers of the time)
            "processes_that_ran_them": monitor.settled(last, only=old),
            # the whole tree, the replacement workers starting (Python, rdflib's grammar, the store) included
            "whole_tree": monitor.settled(last),
            "window_s": settle,
        },
        "alive_after": alive(port),
    }


class Runaways:
    """The five runaways, each sent again as soon as it is answered, until :meth:`stop`."""

    def __init__(self, port: int, timeout: float) -> None:
        self.timeout = timeout
        self.results: list[dict[str, Any]] = []
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._loop, args=(port, text), daemon=True) for text in RUNAWAYS.values()
        ]
        for th in self._threads:
            th.start()

    def _loop(self, port: int, text: str) -> None:
        while not self._stop.is_set():
            self.results.append(send(port, "POST query", text, timeout=self.timeout + 30))

    def stop(self) -> dict[str, Any]:
        self._stop.set()
        for th in self._threads:
            th.join()
        secs = sorted(r["s"] for r in self.results)
        return {
            "sent": len(self.results),
            "answers": dict(Counter(f"{r['status']} {r['message'][:50]}" for r in self.results)),
            "median_s": statistics.median(secs) if secs else None,
            "max_s": max(secs, default=None),
            "over_timeout_plus_1s": sum(s > self.timeout + 1 for s in secs),
        }


def cheap_queries() -> dict[str, str]:
    return {
        "ASK {}": "ASK {}",
        "leaders (named query, by its text)": named_queries()["leaders"].text,
        "SELECT * LIMIT 10": "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
    }


def load(port: int, n: int, threads: int, *, budget: float) -> dict[str, Any]:
    """``n`` cheap queries (GET and POST in turn) from ``threads`` keep-alive clients, for ``budget`` s."""
    texts = list(cheap_queries().items())
    latencies: dict[str, list[float]] = {name: [] for name, _ in texts}
    statuses: Counter[int | str] = Counter()  # 200, or the status and the message's start
    lock = threading.Lock()
    jobs = iter(range(n))
    end = time.monotonic() + budget

    def client() -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        for i in jobs:
            if time.monotonic() > end:
                break
            name, text = texts[i % len(texts)]
            start = time.perf_counter()
            try:
                code, body = _request(conn, "GET" if i % 2 == 0 else "POST query", text)
                status = code if code == 200 else f"{code} {body[:40].decode('utf-8', 'replace').strip()}"
            except (OSError, http.client.HTTPException) as err:
                status = type(err).__name__
                conn.close()  # opened again by the next request
            with lock:
                latencies[name].append(time.perf_counter() - start)
                statuses[status] += 1
        conn.close()

    t0 = time.perf_counter()
    pool = [threading.Thread(target=client) for _ in range(threads)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    wall = time.perf_counter() - t0
    every = [s for v in latencies.values() for s in v]
    return {
        "requests": len(every),
        "threads": threads,
        "errors": len(every) - statuses[200],
        "statuses": {str(k): v for k, v in statuses.items()},
        "wall_s": round(wall, 1),
        "cut_at_budget": len(every) < n,
        "p50_ms": _ms(every, 0.5),
        "p99_ms": _ms(every, 0.99),
        "max_ms": _ms(every, 1.0),
        "per_query": {k: {"p50_ms": _ms(v, 0.5), "p99_ms": _ms(v, 0.99)} for k, v in latencies.items()},
    }


# -- the run --------------------------------------------------------------------


def _phase(name: str, marks: dict[str, tuple[float, float]], fn: Callable[[], Any]) -> Any:
    _log(name)
    start = time.monotonic()
    try:
        return fn()
    finally:
        marks[name] = (start, time.monotonic())


def attack(server: Server, monitor: Monitor, args: argparse.Namespace) -> dict[str, Any]:
    """Every attack in turn on a started server; the figures of each."""
    port, t = server.port, args.timeout
    marks: dict[str, tuple[float, float]] = {}
    other = OtherHost()
    idle = IdleConnections(port, args.idle)
    slow = Slowloris(port)
    out: dict[str, Any] = {}
    try:
        out["service"] = _phase("service", marks, lambda: service(port, other))
        out["nesting"] = _phase("nesting", marks, lambda: nesting(port))
        out["bodies"] = _phase("bodies", marks, lambda: bodies(port))
        out["connection_flood"] = _phase("connection_flood", marks, lambda: flood(port))
        out["runaways"] = _phase("runaways", marks, lambda: burst(port, monitor, t))
        budget = args.phase_seconds
        out["load_one_client"] = _phase("load_one_client", marks, lambda: load(port, 100, 1, budget=budget))
        out["load"] = _phase("load", marks, lambda: load(port, args.requests, args.threads, budget=budget))

        def attacked() -> dict[str, Any]:
            runaways = Runaways(port, t)
            time.sleep(1.0)  # the runaways hold their workers first
            figures = load(port, args.requests, args.threads, budget=budget)
            return {**figures, "runaways": runaways.stop()}

        out["load_under_attack"] = _phase("load_under_attack", marks, attacked)
        first_close = 30 + 5 + 2  # kg serve's idle timeout, waitress's cleanup interval, a margin
        while not idle.lifetimes and time.monotonic() - marks["service"][0] < first_close:
            time.sleep(0.5)
    finally:
        out["idle_connections"] = idle.stop()
        out["slowloris"] = slow.stop()
        other.close()
    out["other_host"] = {"connections": other.hits, "first_lines": other.requests[:5]}
    out["server_by_phase"] = {name: monitor.phase(a, b) for name, (a, b) in marks.items()}
    return out


def _graph(args: argparse.Namespace, tmp: str) -> Path:
    if args.graph:
        return Path(args.graph)
    out = Path(tmp) / "seeds"
    _log(f"kg build {SEEDS} --out {out}")
    subprocess.run(
        [sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out)], check=True, stdout=sys.stderr
    )
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kg-abuse-") as tmp:
        graph = _graph(args, tmp)
        _log(f"kg serve --graph {graph} --timeout {args.timeout}")
        server = Server(graph, timeout=args.timeout, workers=args.workers)
        monitor = Monitor(server)
        try:
            time.sleep(1.0)
            baseline = monitor.rss_mb()
            out: dict[str, Any] = {"graph": str(graph) if args.graph else "seeds/ (built for the run)"}
            out["server"] = {"port": server.port, "timeout_s": args.timeout, "workers": args.workers or 4}
            out.update(attack(server, monitor, args))
            up = alive(server.port) and monitor.exited_at is None and server.proc.poll() is None
        finally:
            monitor.stop()
            stop = server.stop(list(monitor.seen.values()))
    peak = monitor.rss_mb()
    out["memory_mb"] = {"baseline": baseline, "peak": peak, "peak_over_baseline": round(peak - baseline, 1)}
    out["outbound_connections"] = sorted(monitor.outbound)
    out["server_up"] = up
    out["shutdown"] = {**stop, "stderr_tail": server.stderr_tail}
    out["targets"] = targets(out, args.timeout)
    return out


def targets(out: dict[str, Any], timeout: float) -> dict[str, bool]:
    """Issue 16's targets, each met or not."""
    burst, attacked = out["runaways"], out["load_under_attack"]
    settle = burst["cpu_settle_s_after_last_503"]["processes_that_ran_them"]
    cheap = [
        n for k in ("load", "load_under_attack") for s, n in out[k]["statuses"].items() if s.startswith("500")
    ]
    return {
        "no_crash": out["server_up"] and not sum(cheap) and not out["shutdown"]["survivors"],
        "no_request_to_another_host": out["other_host"]["connections"] == 0
        and not out["outbound_connections"],
        "every_runaway_stopped_within_1s_of_timeout": burst["all_stopped_within_timeout_plus_1s"]
        and attacked["runaways"]["over_timeout_plus_1s"] == 0,
        "runaway_cpu_settled_within_1s": settle is not None and settle <= 1,
        "peak_memory_under_2gb_over_graph": out["memory_mb"]["peak_over_baseline"] < 2048,
        "cheap_p99_under_200ms_under_attack": (attacked["p99_ms"] or 1e9) < 200,
    }


def summary(out: dict[str, Any]) -> str:
    """The closing note: what held and what did not."""
    load, attacked, mem = out["load"], out["load_under_attack"], out["memory_mb"]
    settle = out["runaways"]["cpu_settle_s_after_last_503"]
    idle, slow, flood = out["idle_connections"], out["slowloris"], out["connection_flood"]
    answers = [r["s"] for r in out["runaways"]["queries"].values()]
    lines = [
        f"server up at the end: {out['server_up']}; "
        f"workers left after stop: {len(out['shutdown']['survivors'])}",
        f"connections to the other host: {out['other_host']['connections']}; "
        f"outbound sockets seen: {len(out['outbound_connections'])}",
        f"runaways answered after {min(answers):.2f}-{max(answers):.2f} s "
        f"(timeout {out['server']['timeout_s']} s); "
        f"CPU settled {settle['processes_that_ran_them']} s after the last 503 "
        f"({settle['whole_tree']} s with the replacement workers starting)",
        f"memory: {mem['baseline']} MB after start, peak {mem['peak']} MB (+{mem['peak_over_baseline']} MB)",
        f"idle connections closed after {(idle['closed_after_s'] or {}).get('median')} s; slowloris clients "
        f"still open after {slow['trickled_s']} s: {slow['connections'] - slow['closed_by_server']} of "
        f"{slow['connections']}; ASK {{}} with {flood['silent_connections']} silent connections held: "
        f"{flood['probe_while_held']['status']}",
    ]
    for name, phase in (("cheap load", load), ("cheap load under attack", attacked)):
        lines.append(
            f"{name}: {phase['requests']} requests, {phase['errors']} errors, p50 {phase['p50_ms']} ms, "
            f"p99 {phase['p99_ms']} ms, max {phase['max_ms']} ms"
        )
    missed = [k for k, ok in out["targets"].items() if not ok]
    lines.append("targets missed: " + (", ".join(missed) if missed else "none"))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--graph", help="a kg build output folder (default: build seeds/ into a temporary folder)"
    )
    ap.add_argument("--timeout", type=float, default=5.0, help="kg serve --timeout, seconds")
    ap.add_argument("--workers", type=int, default=None, help="kg serve --workers (default: its own, 4)")
    ap.add_argument("--requests", type=int, default=2_000, help="cheap requests per load phase")
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--idle", type=int, default=50, help="idle connections held open all along")
    ap.add_argument(
        "--phase-seconds", type=float, default=60.0, help="each load phase stops sending after this"
    )
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    out: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_at_start": os.getloadavg(),
        }
    }
    out.update(run(args))
    out["machine"]["load_average_at_end"] = os.getloadavg()
    text = json.dumps(out, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(summary(out), file=sys.stderr)


if __name__ == "__main__":
    main()
