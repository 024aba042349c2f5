"""The extraction task every executor runs, and what executors share.

A task is a batch of :class:`~kg.records.Document`; its result is, per document, the
JSON form of what was extracted (``entities`` and ``relations``, as the cache keeps
them), so nothing spaCy ever leaves a worker and the parent builds each record once.
Each process loads the model once (:func:`model` keeps it in a process-wide cache).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError
from kg.records import Document
from kg.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

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


def warm(settings: Settings) -> None:
    """Load the model in this process now (a worker does it before its first task)."""
    model(settings)


def extract_batch(docs: Batch, settings: Settings) -> list[Value]:
    """Extract one batch in this process (the task each worker runs)."""
    from kg.nlp.extract import extract_values

    nlp = model(settings)
    return [value for _, value in extract_values(docs, nlp, settings=settings.evolve(n_process=1))]


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
