"""Throughput: the bare spaCy pipeline against ``kg build`` on the first BBC articles, in one run.

0. matmul: one matrix product the shape of a tok2vec layer's, by blis (thinc's default)
   and by numpy's BLAS (what kg loads the model with), CPU seconds each;
1. bare: the same model with all its components, one process, every document
   through ``nlp.pipe`` (same batch size as kg), model load not counted; then again with its
   lemmatizer sped up as kg's is (``kg.nlp.lemmas``), the fairer baseline for kg's speed-up;
2. ``kg build`` with its defaults (every core, cache on) into a fresh folder,
   wall time of the whole build (model loads, extraction, resolution, graph,
   RDF, store, HTML) and its per-stage timings;
3. the same build again (unchanged corpus: the outputs are found up to date);
4. ten more articles added (only those ten are extracted; everything is merged again).

    .venv/bin/python benchmarks/throughput.py [--docs 400] [--added 10]

Each phase records wall seconds, CPU seconds (this process and its workers), words
per wall second and per CPU second, and the load average, since on a shared machine
other work takes cores from kg's workers. The cache version and kg's own digest are pinned at start, so edits
to kg made while the benchmark runs do not turn a rebuild into a full build.

Prints one JSON object on stdout; progress goes to stderr. Reads
``../shared/data/news/bbc.jsonl`` (exits with a message when it is absent).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.build import cache, pipeline
from kg.build.tasks import cpu_count
from kg.settings import Settings, processor, versions

BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "bbc.jsonl"


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    try:
        mem = next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
        ram_gb = round(int(mem.split()[1]) / 1024**2, 1)
    except (OSError, StopIteration):
        ram_gb = None
    return {
        "cpu": processor(),
        "cores": cpu_count(),
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        # spaCy 3.8.8 to 3.8.18 run the recognizers and the parser about three times as slow
        **versions("spacy", "thinc"),
        "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def cpu_seconds() -> float:
    """CPU time of this process and of its finished workers so far."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load() -> float:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else -1.0


def bare(texts: list[str], settings: Settings, *, kg_lemmatizer: bool = False) -> dict[str, Any]:
    """The model alone: all its components, one process; with ``kg_lemmatizer``, its lemmatizer
    sped up as kg's is (:mod:`kg.nlp.lemmas`), which the ratio to bare spaCy should not hide."""
    import spacy

    from kg.nlp import lemmas
    from kg.settings import best_model

    nlp = spacy.load(settings.model or best_model())
    if kg_lemmatizer:
        lemmas.speed_up(nlp)
    words = sum(len(t.split()) for t in texts)
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {
        "pipes": nlp.pipe_names,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "load_average_after": load(),
        "words_per_second": round(words / seconds),
        "words_per_cpu_second": round(words / cpu),
    }


def matmul(repeats: int = 20) -> dict[str, Any]:
    """CPU seconds of one matrix product the shape of a tok2vec layer's (20,000 tokens, 288 by
    288), by blis (thinc's default) and by numpy's BLAS on one thread (what kg loads the model with)."""
    import numpy
    from thinc.api import NumpyOps

    from kg.nlp.model import one_thread

    rng = numpy.random.default_rng(0)
    x = rng.random((20_000, 288), dtype=numpy.float32)
    w = rng.random((288, 288), dtype=numpy.float32)
    figures: dict[str, Any] = {}
    with one_thread():
        for name, ops in (("blis", NumpyOps(use_blis=True)), ("numpy", NumpyOps(use_blis=False))):
            cpu = cpu_seconds()
            for _ in range(repeats):
                ops.gemm(x, w)
            figures[f"{name}_cpu_seconds"] = round((cpu_seconds() - cpu) / repeats, 4)
    figures["blis_to_numpy"] = round(figures["blis_cpu_seconds"] / figures["numpy_cpu_seconds"], 2)
    return figures


def timed_build(inputs: list[Path], out: Path, settings: Settings) -> dict[str, Any]:
    """One ``kg build`` (no progress bar), timed from the outside."""
    start, cpu = time.perf_counter(), cpu_seconds()
    report = pipeline.build(inputs, out, settings=settings)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "load_average_after": load(),
        "words_per_second": round(report["words"] / seconds),
        "words_per_cpu_second": round(report["words"] / cpu) if cpu else None,
        "timings": report["timings"],
        "up_to_date": report["up_to_date"],
        "cache": {k: report["cache"][k] for k in ("hits", "misses")},
        "peak_memory_mb": report["peak_memory_mb"],
        "peak_memory_workers_mb": report["peak_memory_workers_mb"],
        "actors": report["actors"],
        "relations": report["relations"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="first N BBC articles")
    parser.add_argument("--added", type=int, default=10, help="articles added for the incremental build")
    parser.add_argument("--n-process", type=int, default=0, help="kg build workers (0 = one per core)")
    args = parser.parse_args()
    if not BBC.is_file():
        sys.exit(f"{BBC} is not present")
    rows = []
    with BBC.open(encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if len(rows) == args.docs + args.added:
                break
    settings = Settings(n_process=args.n_process)
    version = cache.extraction_version(settings)
    pipeline.extraction_version = lambda _settings: version  # type: ignore[assignment]
    package = cache.package_digest()
    cache.package_digest = lambda: package  # type: ignore[assignment]
    base_rows, added_rows = rows[: args.docs], rows[args.docs :]
    texts = [r["text"] for r in base_rows]
    words = sum(len(t.split()) for t in texts)
    figures: dict[str, Any] = {"machine": machine(), "documents": len(base_rows), "words": words}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "bbc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in base_rows), encoding="utf-8")
        out = Path(tmp) / "out"

        _log("one matrix product, blis and numpy")
        figures["matmul"] = matmul()
        _log(f"bare spaCy, one process, {len(texts)} documents, {words:,} words")
        figures["bare_spacy_1_process"] = bare(texts, settings)
        _log(f"bare: {figures['bare_spacy_1_process']['words_per_second']:,} words/s")
        figures["bare_spacy_kg_lemmatizer"] = bare(texts, settings, kg_lemmatizer=True)
        _log(f"bare, kg's lemmatizer: {figures['bare_spacy_kg_lemmatizer']['words_per_second']:,} words/s")

        _log("kg build (fresh)")
        figures["kg_build"] = timed_build([corpus], out, settings)
        _log(f"kg build: {figures['kg_build']['words_per_second']:,} words/s")
        baselines = {"bare": "bare_spacy_1_process", "bare_kg_lemmatizer": "bare_spacy_kg_lemmatizer"}
        for name, key in baselines.items():
            figures[f"ratio_kg_build_to_{name}"] = round(
                figures["kg_build"]["words_per_second"] / figures[key]["words_per_second"], 3
            )

        _log("kg build again (unchanged corpus)")
        figures["rebuild_unchanged"] = timed_build([corpus], out, settings)
        figures["rebuild_fraction_of_full"] = round(
            figures["rebuild_unchanged"]["seconds"] / figures["kg_build"]["seconds"], 3
        )

        _log(f"kg build with {len(added_rows)} articles added")
        (corpus / "added.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in added_rows), encoding="utf-8"
        )
        figures["rebuild_added"] = timed_build([corpus], out, settings)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
