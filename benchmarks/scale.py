"""Scale: ``kg build`` on all of Reuters-21578, its peak memory, a cached rebuild, and resolution cost.

1. a full build (every core, cache on) into ``--out``: wall and per-stage
   seconds (ingest, cache, NLP, resolution, graph, RDF, store, HTML), peak
   memory of the whole process tree (sampled every 0.2 s with psutil) and of
   the main process, output sizes;
2. the same build again on the unchanged corpus (outputs found up to date);
3. ten more articles added (the first ten BBC ones): only they are extracted,
   resolution and every output are made again from the cache;
4. :func:`kg.resolve.actors.resolve` timed on the cached results of the first 1k,
   5k and 20k documents, with entity and mention counts, to show it grows
   about linearly (best of ``--repeat`` runs, each from cold name caches);
5. the Turtle file of the full graph written again from ``graph.json``
   through the fast path (pyoxigraph, no rdflib graph), in seconds per
   million triples; with ``--rdflib`` through rdflib too (a minute or more).

    .venv/bin/python benchmarks/scale.py [--limit N] [--out DIR] [--sizes 1000,5000,20000] [--rdflib]

The cache version and kg's own digest are pinned at start (edits to kg made
while it runs do not invalidate the cache or the outputs). Prints one JSON
object on stdout; progress goes to stderr. Reads ``../shared/data/news/reuters21578.jsonl``.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from throughput import cpu_seconds, load, machine  # benchmarks/ is on sys.path when run as a script

from kg.build import cache, pipeline
from kg.settings import Settings

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "reuters21578.jsonl"
BBC = REUTERS.with_name("bbc.jsonl")


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


class PeakMemory:
    """Peak resident memory of this process plus all its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak_mb = max(self.peak_mb, total / 2**20)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def timed_build(inputs: list[Path], out: Path, settings: Settings) -> dict[str, Any]:
    start, cpu = time.perf_counter(), cpu_seconds()
    with PeakMemory() as mem:
        report = pipeline.build(inputs, out, settings=settings)
    seconds = time.perf_counter() - start
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    return {
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu_seconds() - cpu, 1),
        "load_average_after": load(),
        "words": report["words"],
        "words_per_second": round(report["words"] / seconds),
        "documents": report["documents"]["read"],
        "skipped": report["documents"]["skipped"],
        "actors": report["actors"],
        "relations": report["relations"],
        "html_actors": report["html_actors"],
        "timings": report["timings"],
        "up_to_date": report["up_to_date"],
        "cache": {k: report["cache"][k] for k in ("hits", "misses", "corrupt")},
        "peak_memory_mb_after": report["peak_memory_mb_after"],
        "peak_memory_tree_mb": round(mem.peak_mb),
        "peak_memory_main_mb": report["peak_memory_mb"],
        "peak_memory_largest_worker_mb": report["peak_memory_workers_mb"],
        "output_bytes": sizes,
    }


def resolution(
    inputs: list[Path], out: Path, settings: Settings, version: str, sizes: list[int], repeat: int
) -> list[Any]:
    """Time resolve() on the cached results of the first N documents."""
    from kg.names import canonical_place, normalise
    from kg.resolve.actors import _key, resolve

    with cache.Cache(out / cache.CACHE_DIR, version) as c:
        results, _ingest, _model = pipeline.run_extraction(inputs, settings=settings, cache=c)
        if c.misses:
            _log(f"warning: {c.misses} documents were not in the cache and were extracted")
    canonical_place("kyiv")  # load the place gazetteer once, outside the timings
    rows = []
    for n in sizes:
        part = results[:n]
        entities = sum(len(r.entities) for r in part)
        mentions = sum(len(e.mentions) for r in part for e in r.entities)
        times = []
        for _ in range(repeat):
            normalise.cache_clear()
            _key.cache_clear()
            gc.collect()
            start = time.perf_counter()
            actors, _index = resolve(part)
            times.append(time.perf_counter() - start)
        seconds = min(times)
        rows.append(
            {
                "documents": len(part),
                "entities": entities,
                "mentions": mentions,
                "actors": len(actors),
                "seconds": round(seconds, 3),
                "microseconds_per_entity": round(1e6 * seconds / max(entities, 1), 1),
                "microseconds_per_mention": round(1e6 * seconds / max(mentions, 1), 1),
            }
        )
        _log(f"resolve {len(part)} docs: {seconds:.2f} s")
    return rows


def turtle(out: Path, *, with_rdflib: bool) -> dict[str, Any]:
    """Seconds to write the built graph as Turtle, from its ``graph.json``, per engine."""
    from kg.graph import graph as kg_graph
    from kg.rdf import serialize as rdf

    G = kg_graph.read(out / "graph.json")
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for engine in ("oxigraph", "rdflib") if with_rdflib else ("oxigraph",):
            gc.collect()
            start = time.perf_counter()
            (path,) = rdf.write(G, Path(tmp) / engine, ["ttl"], engine=engine)
            seconds = time.perf_counter() - start
            figures[f"{engine}_seconds"] = round(seconds, 2)
            figures[f"{engine}_bytes"] = path.stat().st_size
            _log(f"Turtle through {engine}: {seconds:.1f} s")
        start = time.perf_counter()
        triples = rdf.ntriples(G).count(b"\n")
        figures["ntriples_seconds"] = round(time.perf_counter() - start, 2)
    figures["triples"] = triples
    figures["oxigraph_seconds_per_million_triples"] = round(figures["oxigraph_seconds"] * 1e6 / triples, 2)
    if with_rdflib:
        figures["rdflib_over_oxigraph"] = round(figures["rdflib_seconds"] / figures["oxigraph_seconds"], 1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="first N documents only (0 = all)")
    parser.add_argument(
        "--out", type=Path, default=None, help="build folder to keep (default: a temp folder)"
    )
    parser.add_argument("--sizes", default="1000,5000,20000", help="document counts for the resolve timings")
    parser.add_argument("--n-process", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3, help="resolve timings: best of N runs")
    parser.add_argument("--rdflib", action="store_true", help="also time Turtle through rdflib (slow)")
    args = parser.parse_args()
    if not REUTERS.is_file():
        sys.exit(f"{REUTERS} is not present")
    settings = Settings(n_process=args.n_process)
    version = cache.extraction_version(settings)
    pipeline.extraction_version = lambda _settings: version  # type: ignore[assignment]
    package = cache.package_digest()
    cache.package_digest = lambda: package  # type: ignore[assignment]
    tmp = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    out = args.out or tmp / "out"
    inputs = [REUTERS]
    if args.limit:
        inputs = [tmp / "reuters.jsonl"]
        with REUTERS.open(encoding="utf-8") as f, inputs[0].open("w", encoding="utf-8") as g:
            for _, line in zip(range(args.limit), f, strict=False):
                g.write(line)
    figures: dict[str, Any] = {"machine": machine(), "input": str(REUTERS.name), "limit": args.limit or None}
    try:
        _log(f"full build into {out}")
        figures["full_build"] = timed_build(inputs, out, settings)
        _log(f"full build: {figures['full_build']['seconds']} s")
        _log("rebuild of the unchanged corpus")
        figures["rebuild_unchanged"] = timed_build(inputs, out, settings)
        figures["rebuild_fraction_of_full"] = round(
            figures["rebuild_unchanged"]["seconds"] / figures["full_build"]["seconds"], 3
        )
        added = tmp / "added.jsonl"
        with BBC.open(encoding="utf-8") as f, added.open("w", encoding="utf-8") as g:
            g.writelines(line for _, line in zip(range(10), f, strict=False))
        _log("build with 10 (BBC) articles added: extracts those, merges everything again")
        figures["rebuild_added_10"] = timed_build([*inputs, added], out, settings)
        figures["rebuild_added_10_fraction_of_full"] = round(
            figures["rebuild_added_10"]["seconds"] / figures["full_build"]["seconds"], 3
        )
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        figures["resolve_scaling"] = resolution(inputs, out, settings, version, sizes, args.repeat)
        first, last = figures["resolve_scaling"][0], figures["resolve_scaling"][-1]
        figures["resolve_growth"] = {
            "entities_ratio": round(last["entities"] / max(first["entities"], 1), 1),
            "seconds_ratio": round(last["seconds"] / max(first["seconds"], 1e-9), 1),
        }
        figures["turtle"] = turtle(out, with_rdflib=args.rdflib)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
