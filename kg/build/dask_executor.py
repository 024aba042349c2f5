"""Extraction on a dask.distributed cluster (``kg build --executor dask [--scheduler ADDRESS]``).

Batches of documents are tasks; each worker process loads the model once (the
process-wide cache of :func:`kg.build.tasks.model`, warmed on every worker before
the first task) and sends back plain JSON-safe records. Resolution, the graph
and every output are then made here, exactly as with the local executor, so
the graph is the same. Workers need kg and the same model installed; start
them with one thread each (``dask worker ADDRESS --nthreads 1 --nworkers N``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from kg.build.tasks import Batch, Value, extract_batch, in_order, warm, workers
from kg.errors import ConfigError, KGError
from kg.settings import Settings

log = logging.getLogger(__name__)


def _client(settings: Settings, stack: ExitStack) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ConfigError("The dask executor needs dask.distributed: pip install 'kg[dask]'") from err
    if settings.scheduler:
        _reachable(settings.scheduler)
        try:
            return stack.enter_context(Client(settings.scheduler, timeout="30s"))
        except (OSError, TimeoutError) as err:
            raise KGError(f"Cannot reach the dask scheduler at {settings.scheduler!r}: {err}") from err
    n = workers(settings)
    cluster = stack.enter_context(
        LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=n > 1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    )
    return stack.enter_context(Client(cluster))


def _reachable(address: str) -> None:
    """Fail in seconds, not at the client's timeout, when nothing listens at a tcp:// address."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme not in ("tcp", "tls") or not parts.hostname:
        return
    try:
        with socket.create_connection((parts.hostname, parts.port or 8786), timeout=5):
            pass
    except OSError as err:
        raise KGError(f"Cannot reach the dask scheduler at {address!r}: {err}") from err


def run_dask(batches: Iterable[Batch], settings: Settings) -> Iterator[tuple[Batch, list[Value]]]:
    """Extract ``batches`` on the cluster, yielding results in input order."""
    with ExitStack() as stack:
        client = _client(settings, stack)
        threads = sum(client.nthreads().values())
        if not threads:
            raise KGError(f"The dask cluster at {client.scheduler.address} has no workers")
        log.info("dask: %d worker threads at %s", threads, client.scheduler.address)
        client.run(warm, settings)  # every worker loads the model once, all at the same time
        yield from in_order(
            batches, lambda batch: client.submit(extract_batch, batch, settings, pure=False), 2 * threads
        )
