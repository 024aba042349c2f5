"""Where extraction runs: in this process, in worker processes, or on a dask cluster.

Every executor takes batches of :class:`~kg.records.Document` and yields, batch
by batch and in order, the JSON form of each result (:mod:`kg.build.tasks`). At most
a few batches are in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from kg.build.tasks import Batch, Value, extract_batch, in_order, warm, workers
from kg.errors import ConfigError, KGError
from kg.lexicon import places
from kg.processes import exit_with_parent
from kg.settings import Settings

EXECUTORS = ("local", "dask")
#: Below this many words to parse, starting worker processes (~2 s each to import
#: spaCy and load the model) costs more than it saves: extract in this process.
MIN_PARALLEL_WORDS = 20_000


def _start_worker(settings: Settings, parent: int) -> None:
    import signal

    # Ctrl+C is the parent's to handle: it stops handing out batches and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent(parent)
    warm(settings)


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
    n = processes(settings, words=words)
    if n == 1:
        return ((batch, extract_batch(batch, settings)) for batch in batches)
    # fork (as spaCy's nlp.pipe does): no re-import of the caller's __main__, workers up at once.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    if method == "fork":
        before_fork()
    pool = ProcessPoolExecutor(
        n, mp_context=mp.get_context(method), initializer=_start_worker, initargs=(settings, os.getpid())
    )
    pool.submit(int).result()  # starts every worker now
    return _run_pool(pool, batches, settings, n)


def before_fork() -> None:
    """Build here what this process reads after extraction anyway and every worker reads too:
    forked workers then find it built. The place gazetteer takes half a CPU-second to build
    (``kg.lexicon.places``), once per process otherwise."""
    places()


def processes(settings: Settings, *, words: int) -> int:
    """How many processes extract ``words`` words with the local executor: one below
    :data:`MIN_PARALLEL_WORDS`, else :func:`~kg.build.tasks.workers`."""
    return 1 if words < MIN_PARALLEL_WORDS else workers(settings)


def batch_sizes(total: int, size: int, processes: int) -> list[int]:
    """How many of ``total`` documents go in each batch: ``size``, and, with several processes,
    fewer as the end nears (a ``2 * processes``-th of those left, at least one), so the processes
    finish together instead of one parsing a last full batch while the others wait.

    Examples:
        >>> batch_sizes(10, 4, 1)
        [4, 4, 2]
        >>> batch_sizes(40, 8, 2)
        [8, 8, 6, 4, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1]
    """
    out: list[int] = []
    while total > 0:
        n = min(size, total) if processes == 1 else max(1, min(size, total // (2 * processes)))
        out.append(n)
        total -= n
    return out


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
