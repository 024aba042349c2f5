"""Python's cycle collector, paused while a stage builds millions of small objects.

A full collection walks every live object. Once a corpus's records are in
memory, each one costs about a second, and the stages after extraction
(resolution, the networkx graph, RDF) trigger collections in proportion to what
they allocate: their cost grew faster than linearly with the corpus, and 30-60%
of their time went to collections that found nothing. They make no reference
cycles, so reference counting frees all they drop.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Turn the cycle collector off for the ``with`` block, then back on if it was on.

    Examples:
        >>> with gc_paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
