"""The whole build, stage by stage: ingest → cache/nlp/extract → resolve → graph → rdf → store → html.

Extraction looks every document up in the cache (:mod:`kg.build.cache`) first and
parses only the misses, on this machine's cores or a dask cluster
(:mod:`kg.build.executors`); each batch is cached as soon as it is done, so a build
killed half-way resumes there. Outputs are written into a staging folder
inside ``out`` and moved into place only when every stage has succeeded, so a
killed build leaves the previous outputs intact.
"""

from __future__ import annotations

import json
import logging
import resource
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg.build import executors
from kg.build.cache import (
    CACHE_DIR,
    Cache,
    CacheStats,
    build_digest,
    extraction_version,
    model_id,
    model_meta,
)
from kg.ingest.readers import Ingest
from kg.io import atomic_open, atomic_write_text
from kg.memory import gc_paused
from kg.records import DocResult, Document
from kg.settings import Settings

log = logging.getLogger(__name__)


class Timer:
    """Seconds spent per stage, in order, and this process's peak memory (MB) after each."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self.memory: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = round(self.stages.get(name, 0.0) + time.perf_counter() - start, 3)
            self.memory[name] = peak_memory_mb()[0]


def _progress(
    items: Iterator[tuple[list[Document], list[Any]]], total: int, cached: int, enabled: bool
) -> Iterator[tuple[list[Document], list[Any]]]:
    if not enabled or not total:
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    label = f"extracting ({cached:,} cached)" if cached else "extracting"
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=total)
        for batch, values in items:
            bar.advance(task, len(batch))
            yield batch, values


def _result(doc: Document, value: dict[str, Any]) -> DocResult:
    meta = {k: v for k, v in doc.meta().items() if k != "id" and v is not None}
    return DocResult.from_json({"id": doc.id, "meta": meta, **value}, doc.text)


def extract_documents(
    docs: list[Document],
    *,
    settings: Settings,
    cache: Cache | None = None,
    progress: bool = False,
    timer: Timer | None = None,
) -> list[DocResult]:
    """Results for ``docs``, in order: from ``cache`` where it has them, else extracted (and cached).

    Fresh and cached results take the same JSON form, so a rebuild gives the
    same graph as the build that filled the cache.
    """
    timer = timer or Timer()
    results: list[DocResult | None] = [None] * len(docs)
    todo: list[int] = []
    keys: list[str] = []
    with timer.stage("cache"), gc_paused():  # millions of small records: see kg.memory
        for i, doc in enumerate(docs):
            value = None
            if cache is not None:
                keys.append(cache.key(doc.text))
                value = cache.get(keys[i])
            if value is None:
                todo.append(i)
            else:
                results[i] = _result(doc, value)
    words = sum(len(docs[i].text.split()) for i in todo)
    size = max(1, settings.batch_size)
    pending: deque[list[int]] = deque()

    def batches() -> Iterator[list[Document]]:
        for start in range(0, len(todo), size):
            pending.append(todo[start : start + size])
            yield [docs[i] for i in pending[-1]]

    with timer.stage("nlp"):
        stream = executors.run(batches(), settings, words=words)
        for _batch, values in _progress(stream, len(todo), len(docs) - len(todo), progress):
            for i, value in zip(pending.popleft(), values, strict=True):
                results[i] = _result(docs[i], value)
                if cache is not None:
                    cache.put(keys[i], value)
            if cache is not None:
                cache.commit()  # as batches finish: a killed build resumes from here
    return [r for r in results if r is not None]


def run_extraction(
    inputs: Iterable[str | Path],
    *,
    settings: Settings,
    progress: bool = False,
    timer: Timer | None = None,
    cache: Cache | None = None,
) -> tuple[list[DocResult], Ingest, str]:
    """Read and extract every document; returns results, the ingest (with skips) and the model id."""
    timer = timer or Timer()
    ingest = Ingest(list(inputs))
    with timer.stage("ingest"), gc_paused():
        docs = list(ingest)
    model = model_id(model_meta(settings))
    results = extract_documents(docs, settings=settings, cache=cache, progress=progress, timer=timer)
    return results, ingest, model


def open_cache(settings: Settings, out: str | Path | None = None) -> Cache | None:
    """The cache ``settings`` asks for (``OUT/.kg-cache`` by default), or ``None``."""
    if not settings.cache:
        return None
    directory = settings.cache_dir or (Path(out) / CACHE_DIR if out is not None else None)
    return Cache(directory, extraction_version(settings)) if directory is not None else None


def build(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    settings: Settings | None = None,
    formats: Iterable[str] = ("ttl",),
    html: bool = True,
    store: bool = True,
    explain_merges: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """Build the graph from ``inputs`` into the folder ``out``; returns the report.

    Without ``settings``, extraction uses every core (``Settings(n_process=0)``).
    When the documents, kg itself and the options are those of the build that
    wrote ``out``, its outputs are left as they are (``"up_to_date": true`` in
    the report); ``Settings(cache=False)`` always builds afresh.
    """
    from kg.graph import graph as kg_graph
    from kg.rdf import serialize as rdf
    from kg.resolve.actors import AliasRules, resolve

    settings = settings or Settings(n_process=0)
    formats = list(formats)
    timer = Timer()
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".staging-*"):  # left by a build that was killed outright
        shutil.rmtree(stale, ignore_errors=True)
    with timer.stage("ingest"), gc_paused():
        ingest = Ingest(list(inputs))
        docs = list(ingest)
    cache = open_cache(settings, out)
    try:
        digest = None
        if cache is not None:
            options = {"formats": formats, "html": html, "store": store, "explain_merges": explain_merges,
                       "base_iri": settings.base_iri, "html_max_actors": settings.html_max_actors,
                       "aliases": _file_digest(settings.aliases_file)}  # fmt: skip
            digest = build_digest(cache.version, docs, ingest.skipped, options)
            previous = _up_to_date(out, digest)
            if previous is not None:
                return _refresh(out, previous, timer, time.perf_counter() - started)
        model = model_id(model_meta(settings))
        results = extract_documents(docs, settings=settings, cache=cache, progress=progress, timer=timer)
    finally:
        if cache is not None:
            cache.close()
    del docs
    with timer.stage("resolve"):
        rules = AliasRules.read(settings.aliases_file) if settings.aliases_file else None
        actors, index = resolve(results, rules=rules)
    with timer.stage("graph"):
        G = kg_graph.from_results(
            results, actors, index, base_iri=settings.base_iri, min_confidence=settings.graph_min_confidence
        )
    counts = {"documents": len(results), "words": sum(len(r.doc.text.split()) for r in results)}
    del results, actors, index  # the graph holds what the outputs need
    stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    shown = G.number_of_nodes()
    try:
        with timer.stage("graph"):
            kg_graph.write(G, stage / "graph.json")
        with timer.stage("rdf"):
            rdf.write(G, stage, formats=formats)
        if store:
            from kg.sparql import store as kg_store

            with timer.stage("store"):
                kg_store.build(stage)
        if html:
            from kg.viz import page as viz

            with timer.stage("html"):
                view, title = html_view(G, settings.html_max_actors)
                shown = view.number_of_nodes()
                viz.write_html(view, stage / "graph.html", title=title)
        if explain_merges:
            write_merges(G, stage / "merges.csv")
        report = make_report(G, ingest, model, timer, time.perf_counter() - started, settings, **counts)
        report["cache"] = _cache_report(cache)
        report["html_actors"] = shown if html else None
        report["peak_memory_mb"], report["peak_memory_workers_mb"] = peak_memory_mb()
        report["up_to_date"] = False
        report["build_digest"] = digest
        report["outputs"] = [*sorted(p.name for p in stage.iterdir()), "report.json"]
        atomic_write_text(stage / "report.json", json.dumps(report, indent=1, ensure_ascii=False))
        _publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return report


def _file_digest(path: str | None) -> str | None:
    import hashlib

    if not path or not Path(path).is_file():
        return path
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _up_to_date(out: Path, digest: str) -> dict[str, Any] | None:
    """The report of the build in ``out`` if it had this digest and its outputs are all there."""
    try:
        previous: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(previous, dict) or previous.get("build_digest") != digest:
        return None
    outputs = previous.get("outputs") or []
    return previous if outputs and all((out / name).exists() for name in outputs) else None


def _refresh(out: Path, previous: dict[str, Any], timer: Timer, seconds: float) -> dict[str, Any]:
    """The report of a build that found its outputs up to date."""
    report = {
        **previous,
        "up_to_date": True,
        "timings": timer.stages,
        "peak_memory_mb_after": timer.memory,
        "seconds": round(seconds, 3),
        "words_per_second": round(previous["words"] / seconds, 1) if seconds else None,
        "cache": {**previous.get("cache", {}), "hits": 0, "misses": 0, "corrupt": 0},
    }
    report["peak_memory_mb"], report["peak_memory_workers_mb"] = peak_memory_mb()
    atomic_write_text(out / "report.json", json.dumps(report, indent=1, ensure_ascii=False))
    log.info("outputs in %s are up to date", out)
    return report


def _cache_report(cache: Cache | None) -> dict[str, Any]:
    stats = cache.stats() if cache is not None else CacheStats(0, 0, 0)
    return {
        "enabled": cache is not None,
        "dir": str(cache.dir) if cache is not None else None,
        "version": cache.version if cache is not None else None,
        "hits": stats.hits,
        "misses": stats.misses,
        "corrupt": stats.corrupt,
    }


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished worker, in MB."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return round(own, 1), round(children, 1)


def html_view(G: Any, max_actors: int) -> tuple[Any, str]:
    """What ``graph.html`` draws: all of ``G``, or its ``max_actors`` most connected actors.

    A page of tens of thousands of actors is slow to lay out and to open, and
    unreadable; the whole graph stays in ``graph.json``, RDF and the store.
    """
    n = G.number_of_nodes()
    if not max_actors or n <= max_actors:
        return G, "kg"
    ranked = sorted(G.nodes, key=lambda v: (-G.degree(v), -int(G.nodes[v].get("mentions") or 0), str(v)))
    H = G.subgraph(ranked[:max_actors]).copy()
    used = {str(d) for _, docs in H.nodes(data="docs") for d in docs or ()}
    used |= {str(ev.get("doc")) for *_, evs in H.edges(data="evidence") for ev in evs or ()}
    documents = G.graph.get("documents") or {}
    H.graph = {**G.graph, "documents": {d: m for d, m in documents.items() if d in used}}
    return H, f"kg: the {max_actors:,} most connected of {n:,} actors"


def _publish(stage: Path, out: Path) -> None:
    """Move every staged output over the old one (each move is atomic)."""
    for item in sorted(stage.iterdir()):
        target = out / item.name
        if item.is_dir():
            old = out / f".old-{item.name}"
            shutil.rmtree(old, ignore_errors=True)
            if target.exists():
                target.rename(old)
            item.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            item.replace(target)


def write_merges(G: Any, path: Path) -> None:
    """One row per merge decision: node, surface form and the rule that merged it."""
    import csv

    with atomic_open(path, "w") as f:
        w = csv.writer(f)
        w.writerow(["node", "label", "type", "form", "rule"])
        for node, data in sorted(G.nodes(data=True), key=lambda x: x[1]["label"]):
            for form, rule in data.get("merges", []):
                w.writerow([node, data["label"], data["type"], form, rule])


def make_report(
    G: Any,
    ingest: Ingest,
    model: str,
    timer: Timer,
    seconds: float,
    settings: Settings,
    *,
    documents: int,
    words: int,
) -> dict[str, Any]:
    """What ``report.json`` says about a build."""
    from collections import Counter

    skipped = [{"path": s.path, "line": s.line, "reason": s.reason} for s in ingest.skipped]
    return {
        "documents": {"read": documents, "skipped": len(ingest.skipped), "skipped_files": skipped},
        "words": words,
        "actors": G.number_of_nodes(),
        "actors_by_type": dict(sorted(Counter(t for _, t in G.nodes(data="type")).items())),
        "relations": G.number_of_edges(),
        "relations_by_predicate": dict(sorted(Counter(p for *_, p in G.edges(data="predicate")).items())),
        "negated_relations": sum(1 for *_, n in G.edges(data="negated") if n),
        "evidence": sum(len(e) for *_, e in G.edges(data="evidence")),
        "model": model,
        "timings": timer.stages,
        "peak_memory_mb_after": timer.memory,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds, 1) if seconds else None,
        "settings": {
            "n_process": executors.workers(settings),
            "batch_size": settings.batch_size,
            "executor": settings.executor,
        },
    }


def extract_to_jsonl(
    inputs: Iterable[str | Path], output: str | Path, *, settings: Settings, progress: bool = False
) -> int:
    """``kg extract``: one JSON line per input document, in the CONTRACT's form.

    Uses a cache only when ``settings.cache_dir`` names one.
    """
    cache = open_cache(settings) if settings.cache_dir else None
    try:
        results, _ingest, _model = run_extraction(inputs, settings=settings, progress=progress, cache=cache)
    finally:
        if cache is not None:
            cache.close()
    with atomic_open(output, "w") as f:
        for r in results:
            f.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
    return len(results)
