"""The local executor's worker processes: what they find built when they start."""

from __future__ import annotations

from typing import Any

import pytest

from kg.build import executors
from kg.lexicon import places
from kg.settings import Settings


class _Pool:
    """Stands in for ProcessPoolExecutor: records what was built when the workers would fork."""

    built_at_fork: int | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _Pool.built_at_fork = places.cache_info().currsize

    def submit(self, fn: Any, *args: Any) -> Any:
        from concurrent.futures import Future

        done: Future[Any] = Future()
        done.set_result(fn(*args))
        return done

    def shutdown(self, *args: Any, **kwargs: Any) -> None:
        pass


@pytest.mark.skipif(not executors.sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_forked_workers_find_the_gazetteer_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent resolves actors with the gazetteer after extraction anyway; built before the
    fork, no worker spends half a CPU-second building its own."""
    monkeypatch.setattr(executors, "ProcessPoolExecutor", _Pool)
    monkeypatch.setattr(executors, "processes", lambda settings, words: 2)
    places.cache_clear()
    executors.run([], Settings(), words=executors.MIN_PARALLEL_WORDS)
    assert _Pool.built_at_fork == 1
