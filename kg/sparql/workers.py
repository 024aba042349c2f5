"""Queries run in worker processes that can be stopped: the endpoint's way to keep its limits.

A query engine cannot be interrupted from Python once it computes (a big
``COUNT`` produces nothing for minutes), and a thread cannot be killed. So each
query runs in one of a few long-lived worker processes, each with the graph
open read-only. The endpoint's thread waits for the answer; when the query
passes its time or memory limit, or the worker dies (a parser crash), the worker
is killed at once and a fresh one takes its place. The endpoint itself never
parses or evaluates a query, so nothing a query does can take it down.

A query still running after :data:`NICE_AFTER` seconds is *long*: its worker
moves to a lower CPU priority and a fresh worker takes its place in the pool at
once, so cheap queries find a worker and the CPU while heavy ones run; the long
one's worker is retired when it ends (an unprivileged process cannot raise its
priority back). At most ``workers`` queries are long at once.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.processes import exit_with_parent

log = logging.getLogger(__name__)

#: Seconds a query may run at normal CPU priority.
NICE_AFTER = 0.5
#: Seconds a new worker may take to open the graph.
START_TIMEOUT = 300.0
_POLL = 0.02

Reply = tuple[int, str, bytes, dict[str, str]]


class Stopped(Exception):
    """A query was stopped: ``status`` and ``message`` say why (timeout, memory, crash, busy)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    base_rss: int = 0
    niced: bool = field(default=False)
    killed: bool = field(default=False)


def _rss(pid: int) -> int:
    """Resident memory of a process in bytes (0 where ``/proc`` is missing)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


#: Imported once by the fork server, so a new worker starts in milliseconds, not seconds
#: (rdflib's SPARQL grammar alone takes about half a second to build).
PRELOAD = ["kg.sparql.evaluate", "kg.sparql.store", "rdflib.plugins.sparql.parser", "pyoxigraph"]


def _context() -> Any:
    """Workers fork from a server process that has imported :data:`PRELOAD` (spawned where no fork)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def _serve(conn: Connection, graph_dir: str, memory: bool, max_rows: int) -> None:
    """A worker's life: open the graph, then answer requests until the pipe closes."""
    exit_with_parent(os.getppid())  # the fork server, which ends when the endpoint does
    from kg.sparql import evaluate, store

    try:
        st = store.open(graph_dir, memory=memory)
    except KGError as err:
        conn.send(("error", str(err)))
        return
    conn.send(("ready", _rss(os.getpid())))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(evaluate.reply(st, max_rows=max_rows, **request))


class Pool:
    """``workers`` processes serving queries over ``graph_dir`` with a time and memory limit each.

    Args:
        graph_dir: a ``kg build`` output folder.
        workers: processes (queries evaluated at once).
        memory: each worker loads the graph into memory instead of opening the on-disk store.
        max_rows: rows (or triples) a result holds at most.
        timeout: seconds a query may run (waiting for a free worker included).
        memory_limit: bytes a worker may grow by while it runs one query.

    Raises:
        KGError: when the graph cannot be opened.
    """

    def __init__(
        self,
        graph_dir: str | Path,
        *,
        workers: int,
        memory: bool,
        max_rows: int,
        timeout: float,
        memory_limit: int,
    ) -> None:
        self._args = (str(graph_dir), memory, max_rows)
        self.workers = workers
        self._long = 0
        self.timeout = timeout
        self.memory_limit = memory_limit
        self._ctx = _context()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._start() for _ in range(workers)]
        try:
            for worker in started:
                self._ready(worker)
        except KGError:
            self.close()
            raise

    # -- workers ---------------------------------------------------------------

    def _start(self) -> _Worker:
        ours, theirs = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_serve, args=(theirs, *self._args), name="kg-sparql-worker", daemon=True
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        with self._lock:
            self._live.add(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        """Wait for a started worker to open the graph, then make it available."""
        try:
            if not worker.conn.poll(START_TIMEOUT):
                raise KGError(f"A query worker did not open the graph within {START_TIMEOUT:g} s")
            kind, value = worker.conn.recv()
        except (EOFError, OSError) as err:
            self._kill(worker)
            raise KGError("A query worker died while opening the graph") from err
        except KGError:
            self._kill(worker)
            raise
        if kind == "error":
            self._kill(worker)
            raise KGError(value)
        worker.base_rss = int(value)
        if self._closed:
            self._kill(worker)
        else:
            self._idle.put(worker)

    def _replace(self) -> None:
        """Start a worker in place of a killed one, in the background."""

        def run() -> None:
            if self._closed:
                return
            try:
                self._ready(self._start())
            except KGError as err:
                if not self._closed:
                    log.error("could not start a query worker: %s", err)

        threading.Thread(target=run, name="kg-sparql-respawn", daemon=True).start()

    def _kill(self, worker: _Worker) -> None:
        """Kill ``worker`` at once; it is reaped in the background, so nobody waits for that.

        Only the first of two threads killing one worker (a query's and :meth:`close`) closes
        its pipe: a second close of the same descriptor number could close another's.
        """
        with self._lock:
            if worker.killed:
                return
            worker.killed = True
            self._live.discard(worker)
        with contextlib.suppress(OSError, ValueError):
            worker.process.kill()
        worker.conn.close()
        threading.Thread(target=worker.process.join, args=(5,), name="kg-sparql-reap", daemon=True).start()

    # -- queries ---------------------------------------------------------------

    def run(self, **request: Any) -> Reply:
        """Answer one request (the keyword arguments of :func:`kg.sparql.evaluate.reply`).

        A query still running after :data:`NICE_AFTER` seconds becomes *long*: its worker
        drops to a lower CPU priority and a fresh worker takes its place in the pool at
        once, so long queries never take the workers cheap ones need. At most ``workers``
        queries may be long at once; one more gets 503.

        Raises:
            Stopped: no worker free in time, too many long queries, the query ran out of
                time or memory, or its worker died.
        """
        start = time.monotonic()
        deadline = start + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise Stopped(503, f"All query workers stayed busy for {self.timeout:g} s", _RETRY) from None
        if self._closed:
            raise Stopped(503, "The endpoint is shutting down")
        try:
            worker.conn.send(request)
            while True:
                now = time.monotonic()
                if now >= deadline:
                    raise Stopped(503, f"Query did not finish within {self.timeout:g} s", _RETRY)
                if worker.conn.poll(min(_POLL, deadline - now)):
                    reply: Reply = worker.conn.recv()
                    break
                if self._closed:
                    raise Stopped(503, "The endpoint is shutting down")
                grown = _rss(worker.process.pid) - worker.base_rss
                if grown > self.memory_limit:
                    raise Stopped(
                        503, f"Query needed more than {self.memory_limit // 2**20} MB of memory", _RETRY
                    )
                if not worker.niced and now - start > NICE_AFTER:
                    self._make_long(worker)
        except Stopped:
            self._retire(worker)
            raise
        except (EOFError, OSError) as err:
            self._retire(worker)
            raise Stopped(500, "The query crashed its worker process (it was restarted)") from err
        if worker.niced:
            self._retire(worker)
        else:
            self._idle.put(worker)
        return reply

    def _make_long(self, worker: _Worker) -> None:
        """Mark ``worker``'s query long: lower priority, and a fresh worker for the pool now."""
        with self._lock:
            if self._long >= self.workers:
                raise Stopped(503, f"{self._long} long queries are running already; try again later", _RETRY)
            self._long += 1
        worker.niced = True
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, worker.process.pid, 10)
        self._replace()

    def _retire(self, worker: _Worker) -> None:
        """Kill ``worker`` after its query; replace it unless it was long (then it already was)."""
        self._kill(worker)
        if worker.niced:
            with self._lock:
                self._long -= 1
        else:
            self._replace()

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return [w.process.pid for w in self._live]

    def close(self) -> None:
        """Kill every worker; queries in flight get 503."""
        self._closed = True
        with self._lock:
            live = list(self._live)
        for worker in live:
            self._kill(worker)


_RETRY = {"Retry-After": "5"}
