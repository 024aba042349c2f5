"""SPARQL benchmark: named queries on a KG-shaped graph of >1M triples, on Oxigraph and rdflib and over HTTP.

The graph is generated in kg's schema through ``kg.graph.graph.add_fact`` and
``kg.rdf.serialize`` (the real code path), written as N-Triples, bulk-loaded into the
Oxigraph store and parsed by rdflib. Every named query runs on both engines;
rdflib runs in a child process so a query over the cap can be killed (then
reported as ``"timeout"``). Then ``kg serve`` runs as a child process on
loopback, over the seeds build and over the 1M graph: the median of each named
query over HTTP (bound as a user would: ``$name=...``), and on the seeds graph a
bounded load test (``--requests`` from ``--threads`` threads).

    .venv/bin/python benchmarks/sparql.py [--no-rdflib] [--actors 30000 --edges 60000 --cap 120]

Prints one JSON object on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import networkx as nx

from kg import iri
from kg.graph.graph import add_fact
from kg.rdf import serialize as rdf
from kg.records import ENTITY_TYPES, PREDICATES
from kg.sparql import query as sparql
from kg.sparql import store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def generate(n_actors: int, n_edges: int, n_docs: int, seed: int = 0) -> nx.MultiDiGraph:
    """A random graph in kg's schema: actors with aliases, edges with evidence, dated documents."""
    rnd = random.Random(seed)
    docs = {
        f"doc-{i}": {
            "id": f"doc-{i}",
            "title": f"Article {i}",
            "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "url": f"https://news.example/{i}",
            "source": "bench",
        }
        for i in range(n_docs)
    }
    G = nx.MultiDiGraph(documents=docs, base_iri=iri.BASE_IRI)
    nodes = []
    for i in range(n_actors):
        kind = rnd.choice(ENTITY_TYPES)
        label = f"{kind} {i}"
        node = iri.mint(kind, label)
        G.add_node(
            node,
            label=label,
            type=kind,
            aliases=sorted({label, f"{kind[0]}{i}"}),
            mentions=rnd.randint(1, 20),
            docs=[f"doc-{rnd.randrange(n_docs)}"],
            merges=[[f"{kind[0]}{i}", "kg.surname.v1"]],
        )
        nodes.append(node)
    for _ in range(n_edges):
        s, o = rnd.sample(nodes, 2)
        pred = rnd.choice(PREDICATES)
        for _ in range(rnd.choice((1, 1, 2))):
            doc = f"doc-{rnd.randrange(n_docs)}"
            start = rnd.randrange(5000)
            ev = {"doc": doc, "start": start, "end": start + 80, "text": f"{G.nodes[s]['label']} {pred} ..."}
            add_fact(
                G,
                s,
                pred,
                o,
                evidence=ev,
                confidence=round(rnd.uniform(0.3, 0.99), 2),
                negated=rnd.random() < 0.08,
                label="cites" if pred == "relatedTo" else None,
                rule="kg.bench.v1",
                date=docs[doc]["date"],
            )
    return G


def bindings(graph_dir: Path) -> dict[str, dict[str, str]]:
    """Values for the bindable named queries, from the graph itself, so answers are not empty.

    The best-connected actor, the best-connected place, and for ``path_between``
    that actor and one two hops away (one hop when there is none).
    """
    top = sparql.query(graph_dir, "most_connected")["name"].tolist()
    places = sparql.query(graph_dir, "most_connected", kind="Place")["name"].tolist()
    a = top[0]
    near = sparql.query(graph_dir, "relations_of", name=a)["otherName"].tolist()
    b = near[0] if near else top[1]
    for other in near:
        two = [
            n for n in sparql.query(graph_dir, "relations_of", name=other)["otherName"] if n not in (a, *near)
        ]
        if two:
            b = two[0]
            break
    return {
        "relations_of": {"name": a},
        "aliases": {"name": a},
        "in_place": {"name": places[0] if places else a},
        "path_between": {"a": a, "b": b},
    }


class Serve:
    """``kg serve`` in a child process on loopback, for as long as the ``with`` block runs."""

    def __init__(self, graph_dir: Path, *, workers: int = 4, memory: bool | None = None) -> None:
        self.args = [sys.executable, "-m", "kg", "serve", "--graph", str(graph_dir), "--port", "0"]
        self.args += ["--workers", str(workers)]
        if memory is not None:  # None: kg serve's own default (the on-disk store when one was built)
            self.args.append("--memory" if memory else "--disk")

    def __enter__(self) -> str:
        self.proc = subprocess.Popen(self.args, stderr=subprocess.PIPE, text=True)
        assert self.proc.stderr is not None
        line = self.proc.stderr.readline()  # "kg: SPARQL endpoint at URL (query page ...)"
        m = re.search(r"(http://\S+/sparql)", line)
        if not m:
            self.proc.kill()
            raise RuntimeError(f"kg serve did not start: {line}{self.proc.stderr.read()}")
        return m.group(1)

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _get(url: str, text: str, binds: dict[str, str]) -> tuple[float, bool]:
    params = {"query": text, **{f"${k}": v for k, v in binds.items()}}
    req = urllib.request.Request(
        f"{url}?{urlencode(params)}", headers={"Accept": "application/sparql-results+json"}
    )
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            resp.read()
        ok = resp.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return time.perf_counter() - t, ok


def http_medians(url: str, binds: dict[str, dict[str, str]], repeats: int) -> dict[str, Any]:
    """Median milliseconds per named query over HTTP (one request at a time, after one warm-up)."""
    out: dict[str, Any] = {}
    for name, q in sparql.named_queries().items():
        _get(url, q.text, binds.get(name, {}))
        times, errors = [], 0
        for _ in range(repeats):
            secs, ok = _get(url, q.text, binds.get(name, {}))
            times.append(secs)
            errors += not ok
        out[name] = {"median_ms": round(1000 * statistics.median(times), 1), "bound": binds.get(name, {})}
        if errors:
            out[name]["errors"] = errors
        _log(f"http {name}: {out[name]['median_ms']} ms")
    return out


def _worker(engine: str, path: str, jobs: list[tuple[str, dict[str, Any]]], out: Any) -> None:
    t = time.perf_counter()
    g = rdf.read(path) if engine == "rdflib" else store.open(Path(path).parent)
    out.put(("load", time.perf_counter() - t, len(g)))
    for name, binds in jobs:
        t = time.perf_counter()
        df = sparql.query(g, name, **binds)
        out.put((name, time.perf_counter() - t, len(df)))


def bench(engine: str, path: Path, jobs: list[tuple[str, dict[str, Any]]], cap: float) -> dict[str, Any]:
    """Load and query on one engine in a child process; a query over ``cap`` seconds is killed."""
    results: dict[str, Any] = {}
    pending = list(jobs)
    ctx = mp.get_context("fork")
    while pending:
        q: Any = ctx.Queue()
        proc = ctx.Process(target=_worker, args=(engine, str(path), pending, q), daemon=True)
        proc.start()
        name, secs, n = q.get(timeout=1800)
        results.setdefault("load_s", round(secs, 2))
        results.setdefault("triples", n)
        while pending:
            try:
                name, secs, n = q.get(timeout=cap)
            except Exception:  # queue.Empty: over the cap
                results[pending[0][0]] = {"seconds": "timeout", "cap_s": cap}
                _log(f"{engine} {pending[0][0]}: timeout after {cap}s")
                pending = pending[1:]
                proc.kill()
                proc.join()
                break
            results[name] = {"seconds": round(secs, 3), "rows": n}
            _log(f"{engine} {name}: {secs:.3f}s {n} rows")
            pending = pending[1:]
        else:
            proc.join()
    return results


def load_test(url: str, binds: dict[str, dict[str, str]], n_requests: int, n_threads: int) -> dict[str, Any]:
    """``n_requests`` named queries (bound as in :func:`bindings`) over HTTP from ``n_threads`` threads."""
    texts = [(n, q.text) for n, q in sparql.named_queries().items()]
    latencies: dict[str, list[float]] = {n: [] for n, _ in texts}
    errors = 0
    lock = threading.Lock()
    counter = iter(range(n_requests))

    def client() -> None:
        nonlocal errors
        for i in counter:
            name, text = texts[i % len(texts)]
            secs, ok = _get(url, text, binds.get(name, {}))
            with lock:
                latencies[name].append(secs)
                errors += not ok

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(n_threads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    allv = sorted(v for vs in latencies.values() for v in vs)

    def pct(p: float) -> float:
        return round(1000 * allv[min(len(allv) - 1, int(p * len(allv)))], 2)

    return {
        "requests": len(allv),
        "threads": n_threads,
        "errors": errors,
        "wall_s": round(wall, 2),
        "throughput_rps": round(len(allv) / wall, 1),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "median_ms_per_query": {n: round(1000 * statistics.median(v), 2) for n, v in latencies.items() if v},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=30_000)
    ap.add_argument("--edges", type=int, default=60_000)
    ap.add_argument("--docs", type=int, default=5_000)
    ap.add_argument("--cap", type=float, default=120.0, help="seconds per rdflib query before it is killed")
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib (its load and Turtle take minutes)")
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="documents for the small real graph")
    ap.add_argument("--repeats", type=int, default=7, help="HTTP requests per named query (median)")
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--threads", type=int, default=8)
    args = ap.parse_args()
    out: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": mp.cpu_count(),
            "platform": platform.platform(),
            "load_average_at_start": os.getloadavg(),
        }
    }
    engines = ("oxigraph",) if args.no_rdflib else ("oxigraph", "rdflib")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big"
        t = time.perf_counter()
        G = generate(args.actors, args.edges, args.docs)
        out["generate_nx_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        rdf.write(G, big / "kg-build", ["ttl"])  # kg build's path: networkx -> N-Triples -> Oxigraph
        out["write_ttl_from_networkx_s"] = round(time.perf_counter() - t, 2)
        _log(f"turtle from networkx (kg build's path): {out['write_ttl_from_networkx_s']}s")
        t = time.perf_counter()
        g = rdf.to_rdf(G)
        out["to_rdf_s"] = round(time.perf_counter() - t, 2)
        out["triples"] = len(g)
        _log(f"{len(g)} triples built in {out['to_rdf_s']}s")
        del G
        for engine in engines:
            t = time.perf_counter()
            rdf.write_graph(g, big / engine, ["ttl"], engine=engine)
            out[f"write_ttl_{engine}_s"] = round(time.perf_counter() - t, 2)
            _log(f"turtle via {engine}: {out[f'write_ttl_{engine}_s']}s")
        rdf.write_graph(g, big, ["nt"])
        del g
        t = time.perf_counter()
        store.build(big)
        out["oxigraph_bulk_load_s"] = round(time.perf_counter() - t, 2)
        binds = bindings(big)
        out["bindings_1m"] = binds
        jobs = [(n, binds.get(n, {})) for n in sparql.named_queries()]
        results = {engine: bench(engine, big / "graph.nt", jobs, args.cap) for engine in engines}
        for res in results.values():
            res.pop("triples", None)
        out["load_s"] = {engine: res.pop("load_s") for engine, res in results.items()}
        out["queries"] = {}
        for name, _ in jobs:
            o = results["oxigraph"][name]
            row: dict[str, Any] = {"oxigraph_s": o["seconds"], "rows": o.get("rows")}
            if "rdflib" in results:
                r = results["rdflib"][name]
                done = "timeout" not in (r["seconds"], o["seconds"])
                row["rdflib_s"] = r["seconds"]
                row["rows_match"] = r.get("rows") == o.get("rows") if done else None
                row["rdflib_over_oxigraph"] = (
                    round(r["seconds"] / max(o["seconds"], 1e-4), 1) if done else None
                )
            out["queries"][name] = row
        seeds = Path(tmp) / "seeds"
        _log(f"kg build {args.seeds}")
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(args.seeds), "--out", str(seeds)], check=True
        )
        seed_binds = bindings(seeds)
        out["bindings_seeds"] = seed_binds
        with Serve(seeds) as url:
            out["http_seeds"] = http_medians(url, seed_binds, args.repeats)
            _log(f"load test: {args.requests} requests from {args.threads} threads")
            out["load_test_seeds"] = load_test(url, seed_binds, args.requests, args.threads)
        with Serve(big) as url:  # kg serve's default: the on-disk store in each worker
            out["http_1m"] = http_medians(url, binds, args.repeats)
        with Serve(big, memory=True) as url:
            out["http_1m_memory"] = http_medians(url, binds, args.repeats)
    for key, target in (("http_seeds", 50), ("http_1m", 500), ("http_1m_memory", 500)):
        out[f"{key}_over_{target}_ms"] = [n for n, v in out[key].items() if v["median_ms"] >= target]
    out["machine"]["load_average_at_end"] = os.getloadavg()
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
