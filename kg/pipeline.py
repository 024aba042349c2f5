"""The whole build, stage by stage: ingest → nlp/extract → resolve → graph → rdf → store → html.

Outputs are written into a staging folder inside ``out`` and moved into place
only when every stage has succeeded, so a killed build leaves the previous
outputs intact.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg.extract import extract
from kg.ingest import Ingest
from kg.io import atomic_open, atomic_write_text
from kg.records import DocResult, Document
from kg.settings import Settings

log = logging.getLogger(__name__)


class Timer:
    """Seconds spent per stage, in order."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = round(self.stages.get(name, 0.0) + time.perf_counter() - start, 3)


def _progress(docs: list[Document], results: Iterator[DocResult], enabled: bool) -> Iterator[DocResult]:
    if not enabled:
        yield from results
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    from rich.console import Console

    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=len(docs))
        for r in results:
            bar.advance(task)
            yield r


def run_extraction(
    inputs: Iterable[str | Path], *, settings: Settings, progress: bool = False, timer: Timer | None = None
) -> tuple[list[DocResult], Ingest, str]:
    """Read and extract every document; returns results, the ingest (with skips) and the model id."""
    from kg import nlp as kg_nlp

    timer = timer or Timer()
    ingest = Ingest(list(inputs))
    with timer.stage("ingest"):
        docs = list(ingest)
    with timer.stage("load_model"):
        nlp = kg_nlp.load(settings)
    with timer.stage("nlp"):
        results = list(_progress(docs, extract(docs, nlp, settings=settings), progress))
    return results, ingest, kg_nlp.model_id(nlp)


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
    """Build the graph from ``inputs`` into the folder ``out``; returns the report."""
    from kg import graph as kg_graph
    from kg import rdf
    from kg.resolve import AliasRules, resolve

    settings = settings or Settings()
    formats = list(formats)
    timer = Timer()
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    results, ingest, model = run_extraction(inputs, settings=settings, progress=progress, timer=timer)
    with timer.stage("resolve"):
        rules = AliasRules.read(settings.aliases_file) if settings.aliases_file else None
        actors, index = resolve(results, rules=rules)
    with timer.stage("graph"):
        G = kg_graph.from_results(results, actors, index, base_iri=settings.base_iri)
    stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        with timer.stage("graph"):
            kg_graph.write(G, stage / "graph.json")
        with timer.stage("rdf"):
            rdf.write(G, stage, formats=formats)
        if store:
            from kg import store as kg_store

            with timer.stage("store"):
                kg_store.build(stage)
        if html:
            from kg import viz

            with timer.stage("html"):
                viz.write_html(G, stage / "graph.html")
        if explain_merges:
            write_merges(G, stage / "merges.csv")
        report = make_report(G, results, ingest, model, timer, time.perf_counter() - started, settings)
        atomic_write_text(stage / "report.json", json.dumps(report, indent=1, ensure_ascii=False))
        _publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return report


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
    results: list[DocResult],
    ingest: Ingest,
    model: str,
    timer: Timer,
    seconds: float,
    settings: Settings,
) -> dict[str, Any]:
    """What ``report.json`` says about a build."""
    from collections import Counter

    words = sum(len(r.doc.text.split()) for r in results)
    return {
        "documents": {
            "read": len(results),
            "skipped": len(ingest.skipped),
            "skipped_files": [{"path": s.path, "line": s.line, "reason": s.reason} for s in ingest.skipped],
        },
        "words": words,
        "actors": G.number_of_nodes(),
        "actors_by_type": dict(sorted(Counter(t for _, t in G.nodes(data="type")).items())),
        "relations": G.number_of_edges(),
        "relations_by_predicate": dict(sorted(Counter(p for *_, p in G.edges(data="predicate")).items())),
        "negated_relations": sum(1 for *_, n in G.edges(data="negated") if n),
        "evidence": sum(len(e) for *_, e in G.edges(data="evidence")),
        "model": model,
        "timings": timer.stages,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds, 1) if seconds else None,
        "settings": {"n_process": settings.n_process, "batch_size": settings.batch_size},
    }


def extract_to_jsonl(
    inputs: Iterable[str | Path], output: str | Path, *, settings: Settings, progress: bool = False
) -> int:
    """``kg extract``: one JSON line per input document, in the CONTRACT's form."""
    results, _ingest, _model = run_extraction(inputs, settings=settings, progress=progress)
    with atomic_open(output, "w") as f:
        for r in results:
            f.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
    return len(results)
