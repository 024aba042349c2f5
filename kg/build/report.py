"""What a build reports: stage timings and memory, ``report.json`` and the summary table.

:class:`Timer` measures each stage; :func:`make_report` says what a build read, found
and cost; :func:`print_summary` prints it as tables on stderr at the end of ``kg build``.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.build import manifest
from kg.build.cache import LIBRARIES
from kg.build.tasks import workers
from kg.io import atomic_write_text
from kg.settings import VERSION, Settings, versions

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from kg.build.cache import Cache
    from kg.ingest import Ingest
    from kg.records import DocResult, Document


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


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished worker, in MB."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return round(own, 1), round(children, 1)


def set_aside(results: Iterable[DocResult]) -> dict[str, dict[str, int]]:
    """Non-prose lines and blocks set aside over all documents, by kind (see :mod:`kg.nlp.prose`)."""
    total: dict[str, Counter[str]] = {"lines": Counter(), "blocks": Counter()}
    for r in results:
        for unit, by_kind in r.set_aside.items():
            total.setdefault(unit, Counter()).update(by_kind)
    return {unit: dict(sorted(c.items())) for unit, c in total.items()}


def split_documents(docs: list[Document], max_chars: int) -> list[dict[str, Any]]:
    """The documents longer than ``max_chars``, each with how many pieces it is parsed in.

    See :mod:`kg.nlp.pieces`; ``report.json`` lists them as ``split_documents``.
    """
    from kg.nlp.pieces import cuts

    return [
        {"doc": d.id, "chars": len(d.text), "pieces": len(cuts(d.text, max_chars))}
        for d in docs
        if len(d.text) > max_chars
    ]


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
        "unread_dates": [{"doc": doc, "date": raw} for doc, raw in ingest.unread_dates],
        "words": words,
        "actors": G.number_of_nodes(),
        "actors_by_type": dict(sorted(Counter(t for _, t in G.nodes(data="type")).items())),
        "relations": G.number_of_edges(),
        "relations_by_predicate": dict(sorted(Counter(p for *_, p in G.edges(data="predicate")).items())),
        "negated_relations": sum(1 for *_, n in G.edges(data="negated") if n),
        "evidence": sum(len(e) for *_, e in G.edges(data="evidence")),
        "model": model,
        "versions": {"kg": VERSION, **versions(*LIBRARIES)},
        "timings": timer.stages,
        "peak_memory_mb_after": timer.memory,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds, 1) if seconds else None,
        "settings": {
            "n_process": workers(settings),
            "batch_size": settings.batch_size,
            "executor": settings.executor,
        },
    }


def cache_report(cache: Cache | None) -> dict[str, Any]:
    stats = cache.stats() if cache is not None else None
    return {
        "enabled": cache is not None,
        "dir": str(cache.dir) if cache is not None else None,
        "version": cache.version if cache is not None else None,
        "hits": stats.hits if stats else 0,
        "misses": stats.misses if stats else 0,
        "corrupt": stats.corrupt if stats else 0,
    }


def refresh(out: Path, previous: dict[str, Any], timer: Timer, seconds: float) -> dict[str, Any]:
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
    manifest.rewrite_entry(out, "report.json")
    log.info("outputs in %s are up to date", out)
    return report


def print_summary(report: dict[str, Any]) -> None:
    """Print a build report as tables on stderr."""
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    docs = report["documents"]
    table = Table(title="kg build", show_header=False)
    table.add_row("documents read", str(docs["read"]))
    table.add_row("documents skipped", str(docs["skipped"]))
    table.add_row("words", f"{report['words']:,}")
    split = report.get("split_documents") or []
    if split:
        pieces = sum(item["pieces"] for item in split)
        table.add_row("documents parsed in pieces", f"{len(split):,} (too long; {pieces:,} pieces)")
    aside = (report.get("non_prose") or {}).get("lines") or {}
    if aside:
        shown = ", ".join(f"{n:,} {kind}" for kind, n in aside.items())
        table.add_row("non-prose lines set aside", shown)
    left = report.get("left_out") or {}
    if any(left.values()):
        table.add_row(
            "names left out",
            f"{left.get('words', 0):,} words, {left.get('products', 0):,} products, "
            f"{left.get('named_once', 0):,} named once, {left.get('worded', 0):,} opening with a word",
        )
    table.add_row("actors", str(report["actors"]))
    for kind, n in report["actors_by_type"].items():
        table.add_row(f"  {kind}", str(n))
    table.add_row("relations", str(report["relations"]))
    table.add_row("  negated", str(report["negated_relations"]))
    changes = report.get("changes")
    if changes is not None:
        shown = ", ".join(
            f"{sign}{changes[key]:,} {what}"
            for key, sign, what in (
                ("documents_added", "+", "documents"),
                ("relations_added", "+", "relations"),
                ("relations_removed", "-", "relations"),
                ("relations_changed", "~", "relations"),
                ("actors_added", "+", "actors"),
                ("actors_removed", "-", "actors"),
            )
            if changes.get(key)
        )
        table.add_row("since the last build", (shown or "no change") + " (changes.json)")
    table.add_row("seconds", f"{report['seconds']:.1f}")
    table.add_row("words / second", f"{report['words_per_second'] or 0:,.0f}")
    console.print(table)
    preds = Table(title="relations by predicate")
    preds.add_column("predicate")
    preds.add_column("edges", justify="right")
    for pred, n in sorted(report["relations_by_predicate"].items(), key=lambda x: -x[1]):
        preds.add_row(pred, str(n))
    console.print(preds)
    for item in docs["skipped_files"][:20]:
        where = f"{item['path']}:{item['line']}" if item.get("line") else item["path"]
        console.print(f"[yellow]skipped[/] {where}: {item['reason']}")
    for item in report.get("unread_dates", [])[:20]:
        console.print(f"[yellow]date kept as given[/] {item['doc']}: {item['date']!r} is no date kg can read")
