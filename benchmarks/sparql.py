"""SPARQL benchmark: a KG-shaped graph of >1M triples on rdflib vs Oxigraph, then an HTTP load test.

The graph is generated in kg's schema through ``kg.graph.add_fact`` and
``kg.rdf`` (the real code path), written as N-Triples, bulk-loaded into the
Oxigraph store and parsed by rdflib. Every named query runs on both engines;
rdflib runs in a child process so a query over the cap can be killed (then
reported as ``"timeout"``). Finally ``kg serve`` runs in-process over a small
seeds-sized graph and takes a bounded load test.

    .venv/bin/python benchmarks/sparql.py [--actors 30000 --edges 60000 --cap 120]

Prints one JSON object on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import platform
import random
import statistics
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

from kg import iri, rdf, sparql, store
from kg.graph import add_fact
from kg.records import ENTITY_TYPES, PREDICATES
from kg.server import Endpoint


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


def _bindings(G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Values for the bindable named queries: the best-connected actors, so answers are not empty."""
    top = sorted(G.nodes, key=G.degree, reverse=True)
    place = next(n for n in top if G.nodes[n]["type"] == "Place")
    a, b = G.nodes[top[0]]["label"], G.nodes[top[1]]["label"]
    return {
        "relations_of": {"name": a},
        "in_place": {"name": G.nodes[place]["label"]},
        "path_between": {"a": a, "b": b},
        "aliases": {"name": a},
    }


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


def load_test(graph_dir: Path, n_requests: int, n_threads: int) -> dict[str, Any]:
    """``n_requests`` named queries over HTTP from ``n_threads`` threads against an in-process endpoint."""
    named = sparql.named_queries()
    # path_between needs ?a and ?b bound, which the plain protocol cannot do: left out.
    texts = [(n, q.text) for n, q in named.items() if not any(p.name in ("a", "b") for p in q.params)]
    latencies: dict[str, list[float]] = {n: [] for n, _ in texts}
    errors = 0
    lock = threading.Lock()
    with Endpoint(graph_dir, port=0, timeout=10, workers=n_threads) as ep:
        counter = iter(range(n_requests))

        def client() -> None:
            nonlocal errors
            for i in counter:
                name, text = texts[i % len(texts)]
                req = urllib.request.Request(
                    f"{ep.url}?{urlencode({'query': text})}",
                    headers={"Accept": "application/sparql-results+json"},
                )
                t = time.perf_counter()
                try:
                    with urllib.request.urlopen(req, timeout=30) as resp:
                        resp.read()
                    ok = resp.status == 200
                except (urllib.error.URLError, OSError):
                    ok = False
                dt = time.perf_counter() - t
                with lock:
                    latencies[name].append(dt)
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
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--threads", type=int, default=8)
    args = ap.parse_args()
    out: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": mp.cpu_count(),
            "platform": platform.platform(),
        }
    }
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big"
        t = time.perf_counter()
        G = generate(args.actors, args.edges, args.docs)
        out["generate_nx_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        g = rdf.to_rdf(G)
        out["to_rdf_s"] = round(time.perf_counter() - t, 2)
        out["triples"] = len(g)
        _log(f"{len(g)} triples built in {out['to_rdf_s']}s")
        for engine in ("oxigraph", "rdflib"):
            t = time.perf_counter()
            rdf.write_graph(g, big / engine, ["ttl"], engine=engine)
            out[f"write_ttl_{engine}_s"] = round(time.perf_counter() - t, 2)
            _log(f"turtle via {engine}: {out[f'write_ttl_{engine}_s']}s")
        rdf.write_graph(g, big, ["nt"])
        del g
        t = time.perf_counter()
        store.build(big)
        out["oxigraph_bulk_load_s"] = round(time.perf_counter() - t, 2)
        binds = _bindings(G)
        jobs = [(n, binds.get(n, {})) for n in sparql.named_queries()]
        ox = bench("oxigraph", big / "graph.nt", jobs, args.cap)
        ox.pop("load_s"), ox.pop("triples", None)
        rl = bench("rdflib", big / "graph.nt", jobs, args.cap)
        out["rdflib_load_s"] = rl.pop("load_s")
        rl.pop("triples", None)
        out["queries"] = {}
        for name, _ in jobs:
            o, r = ox[name], rl[name]
            done = "timeout" not in (r["seconds"], o["seconds"])
            ratio = round(r["seconds"] / max(o["seconds"], 1e-4), 1) if done else None
            out["queries"][name] = {
                "oxigraph_s": o["seconds"],
                "rdflib_s": r["seconds"],
                "rows": o.get("rows"),
                "rows_match": r.get("rows") == o["rows"] if ratio else None,
                "rdflib_over_oxigraph": ratio,
            }
        small = Path(tmp) / "small"
        rdf.write(generate(300, 600, 40, seed=1), small, ["nt"])
        store.build(small)
        _log("load test")
        out["http_small_graph"] = load_test(small, args.requests, args.threads)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
