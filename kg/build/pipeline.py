"""The whole build, stage by stage: ingest → cache/nlp/extract → resolve → graph → rdf → store → html.

Extraction looks every document up in the cache (:mod:`kg.build.cache`) first and
parses only the misses, on this machine's cores or a dask cluster
(:mod:`kg.build.executors`); each batch is cached as soon as it is done, so a build
killed half-way resumes there. Outputs are written into a staging folder
inside ``out`` and moved into place only when every stage has succeeded, so a
killed build leaves the previous outputs intact; one build at a time writes to a
folder (:mod:`kg.build.lock`), and ``manifest.json`` names the build each output
file belongs to (:mod:`kg.build.manifest`). A document too long for the parser is
parsed in pieces (:mod:`kg.nlp.pieces`), listed in ``report.json``'s ``split_documents``.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.build import executors, lock, manifest
from kg.build.cache import CACHE_DIR, Cache, build_digest, extraction_version, model_id, model_meta
from kg.build.publish import file_digest, publish, remove_stale, staging, up_to_date
from kg.build.report import (
    Timer,
    cache_report,
    make_report,
    peak_memory_mb,
    refresh,
    set_aside,
    split_documents,
)
from kg.errors import InputError
from kg.ingest import Ingest
from kg.io import atomic_open, atomic_write_text
from kg.memory import gc_paused
from kg.nlp.registry import check_disabled
from kg.records import DocResult, Document
from kg.settings import Settings

log = logging.getLogger(__name__)


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
                keys.append(cache.key(doc.text, doc.date))
                value = cache.get(keys[i])
            if value is None:
                todo.append(i)
            else:
                results[i] = DocResult.from_value(doc, value)
    words = sum(len(docs[i].text.split()) for i in todo)
    sizes = executors.batch_sizes(
        len(todo), max(1, settings.batch_size), executors.processes(settings, words=words)
    )
    pending: deque[list[int]] = deque()

    def batches() -> Iterator[list[Document]]:
        start = 0
        for size in sizes:
            pending.append(todo[start : start + size])
            start += size
            yield [docs[i] for i in pending[-1]]

    with timer.stage("nlp"):
        stream = executors.run(batches(), settings, words=words)
        for _batch, values in _progress(stream, len(todo), len(docs) - len(todo), progress):
            for i, value in zip(pending.popleft(), values, strict=True):
                results[i] = DocResult.from_value(docs[i], value)
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
    """Read and extract every document; returns results, the ingest (with skips) and the model id.

    Raises:
        InputError: an input path does not exist.
    """
    timer = timer or Timer()
    check_disabled(settings.disabled_rules)
    paths = existing(inputs)
    ingest = Ingest(paths)
    with timer.stage("ingest"), gc_paused():
        docs = list(ingest)
    model = model_id(model_meta(settings))
    results = extract_documents(docs, settings=settings, cache=cache, progress=progress, timer=timer)
    return results, ingest, model


def existing(inputs: Iterable[str | Path]) -> list[Path]:
    """``inputs`` as paths, each of which exists (a missing one is a user's error, not a skip).

    Raises:
        InputError: naming the first input that does not exist.
    """
    paths = [Path(p) for p in inputs]
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    return paths


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
    wait: bool = False,
) -> dict[str, Any]:
    """Build the graph from ``inputs`` into the folder ``out``; returns the report.

    Without ``settings``, extraction uses every core (``Settings(n_process=0)``).
    When the documents, kg itself and the options are those of the build that
    wrote ``out``, and its files are as its ``manifest.json`` lists them, its
    outputs are left as they are (``"up_to_date": true`` in the report);
    ``Settings(cache=False)`` always builds afresh.

    Before any work, the inputs must exist, ``out`` must be a folder kg can write
    and the alias file must read. One build at a time writes to ``out``: another
    one raises :class:`kg.build.lock.BuildLocked` at once, or with ``wait`` waits
    for it (:mod:`kg.build.lock`). When no input holds a document kg can read,
    nothing is written and :class:`~kg.errors.InputError` says why.

    Raises:
        InputError: an input path does not exist, no document could be read, or the
            alias file is bad.
        ConfigError: ``out`` is a file or cannot be written; a bad setting.
        BuildLocked: another build is writing to ``out`` (and not ``wait``).
    """
    settings = settings or Settings(n_process=0)
    check_disabled(settings.disabled_rules)  # a typo fails now, not after a cached build
    paths = existing(inputs)
    rules = alias_rules(settings)
    out = Path(out)
    lock.prepare(out)
    with lock.hold(out, wait=wait):
        return _build(
            paths, out, settings, rules,
            formats=list(formats), html=html, store=store, explain_merges=explain_merges, progress=progress,
        )  # fmt: skip


def _build(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    rules: Any,
    *,
    formats: list[str],
    html: bool,
    store: bool,
    explain_merges: bool,
    progress: bool,
) -> dict[str, Any]:
    """:func:`build`, once the inputs, ``out`` and the alias file are checked and ``out`` is locked."""
    timer = Timer()
    started = time.perf_counter()
    remove_stale(out)
    with timer.stage("ingest"), gc_paused():
        ingest = Ingest(inputs)
        docs = list(ingest)
    if not docs:
        raise InputError(nothing_read(inputs, ingest, out))
    inputs_digest = manifest.inputs_digest(docs, ingest.skipped)
    split = split_documents(docs, settings.max_chars)
    cache = open_cache(settings, out)
    try:
        digest = None
        if cache is not None:
            options = {"formats": formats, "html": html, "store": store, "explain_merges": explain_merges,
                       "base_iri": settings.base_iri, "html_max_actors": settings.html_max_actors,
                       "aliases": file_digest(settings.aliases_file)}  # fmt: skip
            digest = build_digest(cache.version, docs, ingest.skipped, options)
            previous = up_to_date(out, digest)
            if previous is not None:
                return refresh(out, previous, timer, time.perf_counter() - started)
        model = model_id(model_meta(settings))
        results = extract_documents(docs, settings=settings, cache=cache, progress=progress, timer=timer)
    finally:
        if cache is not None:
            cache.close()
    del docs
    counts = {"documents": len(results), "words": sum(len(r.doc.text.split()) for r in results)}
    aside = set_aside(results)
    left_out: dict[str, int] = {}
    dropped: list[LeftOut] | None = [] if explain_merges else None
    G = merged_graph(results, settings, timer, rules=rules, left_out=left_out, dropped=dropped)
    del results  # the graph holds what the outputs need
    build_id = manifest.new_build_id()
    with staging(out) as stage:
        changes = changes_since(out, G, build_id, stage, timer)
        fresh = [(r["subject"], r["object"], r["key"]) for r in changes.relations_added] if changes else []
        shown = write_outputs(
            G,
            stage,
            settings,
            timer,
            formats=formats,
            html=html,
            store=store,
            explain_merges=explain_merges,
            new_edges=fresh,
            dropped=dropped or (),
        )
        report = make_report(G, ingest, model, timer, time.perf_counter() - started, settings, **counts)
        report["split_documents"] = split
        report["cache"] = cache_report(cache)
        report["non_prose"] = aside
        report["left_out"] = left_out
        report["html_actors"] = shown
        report["peak_memory_mb"], report["peak_memory_workers_mb"] = peak_memory_mb()
        report["up_to_date"] = False
        report["build_digest"] = digest
        report["build_id"] = build_id
        if changes is not None:
            report["changes"] = changes.counts()
        report["outputs"] = [*sorted(p.name for p in stage.iterdir()), "report.json", manifest.MANIFEST]
        atomic_write_text(stage / "report.json", json.dumps(report, indent=1, ensure_ascii=False))
        publish(stage, out, build_id=build_id, inputs_digest=inputs_digest)
    return report


def changes_since(out: Path, G: Any, build_id: str, stage: Path, timer: Timer) -> Any:
    """Write ``changes.json`` (:mod:`kg.graph.diff`) against the graph already in ``out``, if any.

    Returns the :class:`kg.graph.diff.Changes`; ``None`` on a first build.
    """
    from kg.graph import diff as kg_diff

    if not (out / "graph.json").is_file():
        return None
    with timer.stage("diff"):
        try:
            old = kg_diff.read(out)
        except (OSError, ValueError, KeyError) as err:
            log.warning("could not read the previous graph in %s to list changes: %s", out, err)
            return None
        changes = kg_diff.diff(old, G)
        changes.new_build = build_id
        atomic_write_text(stage / "changes.json", json.dumps(changes.to_json(), ensure_ascii=False, indent=1))
    return changes


def nothing_read(inputs: list[Path], ingest: Ingest, out: Path) -> str:
    """The one-line message of a build that found no document to read."""
    where = ", ".join(str(p) for p in inputs) or "no input"
    why = f" ({len(ingest.skipped)} skipped; first: {ingest.skipped[0]})" if ingest.skipped else ""
    return f"No document to read in {where}{why}; the outputs in {str(out)!r} are left as they were"


def alias_rules(settings: Settings) -> Any:
    """The alias file of ``settings`` read and checked (:class:`kg.resolve.AliasRules`), or ``None``."""
    from kg.resolve import AliasRules

    return AliasRules.read(settings.aliases_file) if settings.aliases_file else None


def merged_graph(
    results: list[DocResult],
    settings: Settings,
    timer: Timer,
    *,
    rules: Any = None,
    left_out: dict[str, int] | None = None,
    dropped: list[LeftOut] | None = None,
) -> Any:
    """Resolve the actors of ``results`` across documents and make the graph.

    ``rules`` is the alias file already read; without it, ``settings.aliases_file`` is read here.
    ``left_out``, when given, gets how many entities were left out before resolution, by reason
    (``words``: :func:`kg.resolve.drop_words`; ``products``: :func:`kg.resolve.drop_products`;
    ``named_once``: :func:`kg.resolve.drop_named_once`;
    ``worded``: :func:`kg.resolve.drop_worded_names`); ``dropped``, when given, gets one row per
    name left out or cut short (:func:`left_out_rows`).
    """
    from kg.graph import agreement, links
    from kg.graph import graph as kg_graph
    from kg.resolve import (
        AliasRules,
        drop_named_once,
        drop_products,
        drop_worded_names,
        drop_words,
        name_by_family,
        name_inside_works,
        name_partner_firms,
        name_split_firms,
        resolve,
    )

    with timer.stage("resolve"):
        if rules is None:
            rules = alias_rules(settings) or AliasRules()
        results = name_by_family(results)  # "Raul Concepcion, whose brother Jose": Jose Concepcion
        results = name_partner_firms(  # "a partnership of Wagner and Brown": the firm, no two people
            results,
            min_confidence=settings.graph_min_confidence,
            classifier_min_confidence=settings.graph_classifier_min_confidence,
        )
        results = name_split_firms(  # "Pacific Gas and Electric Co" read as "Pacific Gas" and "Electric Co"
            results,
            min_confidence=settings.graph_min_confidence,
            classifier_min_confidence=settings.graph_classifier_min_confidence,
        )
        results = name_inside_works(  # "won for Being Julia": no person Julia where a film is named
            results,
            min_confidence=settings.graph_min_confidence,
            classifier_min_confidence=settings.graph_classifier_min_confidence,
        )
        rows: list[LeftOut] = []
        before, results = results, drop_words(results)
        rows += left_out_rows(before, results, "words")
        known = {key for _kind, key in rules.canonical}  # the alias file's names are never left out
        for reason, drop in (
            ("products", drop_products),
            ("named_once", drop_named_once),
            ("worded", drop_worded_names),
        ):
            before, results = (
                results,
                drop(
                    results,
                    min_confidence=settings.graph_min_confidence,
                    classifier_min_confidence=settings.graph_classifier_min_confidence,
                    known=known,
                ),
            )
            rows += left_out_rows(before, results, reason)
        if left_out is not None:
            left_out.update(dict.fromkeys(LEFT_OUT_REASONS, 0))
            left_out.update(Counter(row[3] for row in rows if not row[4]))  # cut short is kept
        if dropped is not None:
            dropped += rows
        actors, index = resolve(results, rules=rules)
    with timer.stage("graph"):
        G = kg_graph.from_results(
            results,
            actors,
            index,
            base_iri=settings.base_iri,
            min_confidence=settings.graph_min_confidence,
            classifier_min_confidence=settings.graph_classifier_min_confidence,
        )
        return links.annotate(agreement.annotate(G))


#: Why a name was left out before resolution, in the order the rules run.
LEFT_OUT_REASONS = ("words", "products", "named_once", "worded")
#: A row of ``left_out.csv``: document, name, type, reason, the name kept ("" when left out).
LeftOut = tuple[str, str, str, str, str]


def left_out_rows(before: list[DocResult], after: list[DocResult], reason: str) -> list[LeftOut]:
    """``(document, name, type, reason, kept as)`` for each entity of ``before`` that ``after``
    leaves out (kept as ``""``) or names otherwise (kept as its new name: "Injured Rio Ferdinand"
    kept as "Rio Ferdinand"); ``before`` and ``after`` hold the same documents in the same order."""
    rows = []
    for old, new in zip(before, after, strict=True):
        if old is new:
            continue
        names = {e.id: e.name for e in new.entities}
        for e in old.entities:
            kept = names.get(e.id, "")
            if kept != e.name:
                rows.append((old.doc.id, e.name, e.type, reason, kept))
    return rows


def write_outputs(
    G: Any,
    stage: Path,
    settings: Settings,
    timer: Timer,
    *,
    formats: list[str],
    html: bool,
    store: bool,
    explain_merges: bool,
    new_edges: Any = (),
    dropped: Iterable[LeftOut] = (),
) -> int | None:
    """Write every output of ``G`` into ``stage``; returns how many actors the page draws.

    ``new_edges`` (subject, object, key) are marked new on the page; ``dropped`` are the rows of
    ``left_out.csv`` (:func:`left_out_rows`), written with ``merges.csv``.
    """
    from kg.graph import graph as kg_graph
    from kg.rdf import serialize as rdf

    shown = None
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
            viz.write_html(view, stage / "graph.html", title=title, new_edges=new_edges)
    if explain_merges:
        write_merges(G, stage / "merges.csv")
        write_left_out(dropped, stage / "left_out.csv")
    return shown


def html_view(G: Any, max_actors: int) -> tuple[Any, str]:
    """What ``graph.html`` carries: all of ``G`` (``max_actors`` 0, the default), or its
    ``max_actors`` most connected actors; the whole graph stays in ``graph.json``, RDF and the store.
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


def write_merges(G: Any, path: Path) -> None:
    """One row per merge decision: node, surface form and the rule that merged it."""
    import csv

    with atomic_open(path, "w") as f:
        w = csv.writer(f)
        w.writerow(["node", "label", "type", "form", "rule"])
        for node, data in sorted(G.nodes(data=True), key=lambda x: x[1]["label"]):
            for form, rule in data.get("merges", []):
                w.writerow([node, data["label"], data["type"], form, rule])


def write_left_out(rows: Iterable[LeftOut], path: Path) -> None:
    """One row per name left out before resolution, or cut short: its document, name, type, the
    rule's reason (``words``, ``named_once``, ``worded``) and the name it was kept as, if any."""
    import csv

    with atomic_open(path, "w") as f:
        w = csv.writer(f)
        w.writerow(["document", "name", "type", "reason", "kept_as"])
        w.writerows(sorted(rows))


def extract_to_jsonl(
    inputs: Iterable[str | Path], output: str | Path, *, settings: Settings, progress: bool = False
) -> int:
    """``kg extract``: one JSON line per input document, in the form docs/extract.md describes.

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
