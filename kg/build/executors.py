"""Where extraction runs: in this process, in worker processes, or on a dask cluster.

Every executor takes batches of :class:`~kg.records.Document` and yields, batch
by batch and in order, the cacheable part of each result (``entities`` and
``relations`` in the ``kg extract`` JSON form). Each process loads the model
once (:func:`extract_batch` keeps it in a process-wide cache); at most a few
batches are in flight, so memory does not grow with the corpus and no spaCy
``Doc`` ever leaves a worker.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError, KGError
from kg.records import DocResult, Document
from kg.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

EXECUTORS = ("local", "dask")
#: Below this many words to parse, starting worker processes (~2 s each to import
#: spaCy and load the model) costs more than it saves: extract in this process.
MIN_PARALLEL_WORDS = 20_000

Batch = list[Document]
Value = dict[str, Any]

_models: dict[tuple[Any, ...], Language] = {}
_lock = threading.Lock()


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers(settings: Settings) -> int:
    """How many processes ``settings.n_process`` asks for (0 = one per core).

    Examples:
        >>> workers(Settings(n_process=3))
        3
    """
    if settings.n_process < 0:
        raise ConfigError(f"n_process must be 0 (one per core) or more, got {settings.n_process}")
    return settings.n_process or cpu_count()


def model(settings: Settings) -> Language:
    """kg's pipeline for ``settings``, loaded once per process (also on dask workers)."""
    key = (settings.model, tuple(settings.disabled_rules), settings.max_chars)
    with _lock:
        if key not in _models:
            from kg.nlp import model as kg_nlp

            _models[key] = kg_nlp.load(settings)
        return _models[key]


def value(result: DocResult) -> Value:
    """The cacheable part of a result: everything but the document's own fields."""
    data = result.to_json()
    return {"entities": data["entities"], "relations": data["relations"]}


def extract_batch(docs: Batch, settings: Settings) -> list[Value]:
    """Extract one batch in this process (the task each worker runs)."""
    from kg.nlp.extract import extract

    nlp = model(settings)
    return [value(r) for r in extract(docs, nlp, settings=settings.evolve(n_process=1))]


def _warm(settings: Settings) -> None:
    model(settings)


def _start_worker(settings: Settings) -> None:
    import signal

    # Ctrl+C is the parent's to handle: it stops handing out batches and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm(settings)


def run(batches: Iterable[Batch], settings: Settings, *, words: int) -> Iterator[tuple[Batch, list[Value]]]:
    """Extract ``batches`` with the executor ``settings`` names; ``words`` sizes the work.

    Worker processes start here, before the caller iterates (and, say, starts a
    progress bar thread), so they are forked from a process with one thread.
    """
    if settings.executor == "dask":
        from kg.build.dask_executor import run_dask

        return run_dask(batches, settings)
    if settings.executor != "local":
        raise ConfigError(
            f"Unknown executor {settings.executor!r}. Available executors: {', '.join(EXECUTORS)}"
        )
    n = workers(settings)
    if n == 1 or words < MIN_PARALLEL_WORDS:
        return ((batch, extract_batch(batch, settings)) for batch in batches)
    # fork (as spaCy's nlp.pipe does): no re-import of the caller's __main__, workers up at once.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    pool = ProcessPoolExecutor(
        n, mp_context=mp.get_context(method), initializer=_start_worker, initargs=(settings,)
    )
    pool.submit(int).result()  # starts every worker now
    return _run_pool(pool, batches, settings, n)


def in_order(
    batches: Iterable[Batch], submit: Callable[[Batch], Any], limit: int
) -> Iterator[tuple[Batch, list[Value]]]:
    """Submit each batch (a future with ``.result()``), at most ``limit`` in flight; results in order.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     [r for _, r in in_order([[1], [2], [3]], lambda b: pool.submit(sorted, b), 2)]
    [[1], [2], [3]]
    """
    window: deque[tuple[Batch, Any]] = deque()
    for batch in batches:
        window.append((batch, submit(batch)))
        if len(window) >= limit:
            done, future = window.popleft()
            yield done, future.result()
    while window:
        done, future = window.popleft()
        yield done, future.result()


def _run_pool(
    pool: ProcessPoolExecutor, batches: Iterable[Batch], settings: Settings, n: int
) -> Iterator[tuple[Batch, list[Value]]]:
    """Two batches per worker in flight, results in order."""
    try:
        yield from in_order(batches, lambda batch: pool.submit(extract_batch, batch, settings), 2 * n)
    except BrokenProcessPool as err:
        raise KGError(f"An extraction worker died ({err}); out of memory? Try fewer --n-process") from err
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
