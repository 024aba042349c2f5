"""Batch sizes of the local executor: every document once, and a short tail with several processes."""

from __future__ import annotations

import pytest

from kg.build.executors import MIN_PARALLEL_WORDS, batch_sizes, processes
from kg.settings import Settings


@pytest.mark.parametrize("total", [0, 1, 7, 32, 33, 400, 1001])
@pytest.mark.parametrize("size", [1, 8, 32])
@pytest.mark.parametrize("n", [1, 2, 8])
def test_every_document_goes_in_one_batch_of_at_most_size(total: int, size: int, n: int) -> None:
    sizes = batch_sizes(total, size, n)
    assert sum(sizes) == total
    assert all(1 <= s <= size for s in sizes)


def test_one_process_keeps_the_batch_size() -> None:
    assert batch_sizes(100, 32, 1) == [32, 32, 32, 4]


def test_several_processes_end_on_small_batches() -> None:
    sizes = batch_sizes(400, 32, 2)
    assert sizes[:9] == [32] * 9  # the start is as before
    assert sizes[-4:] == [1, 1, 1, 1]  # the last batch no longer holds one process up alone
    assert sorted(sizes, reverse=True) == sizes


def test_a_small_job_runs_in_one_process() -> None:
    assert processes(Settings(n_process=2), words=MIN_PARALLEL_WORDS - 1) == 1
    assert processes(Settings(n_process=2), words=MIN_PARALLEL_WORDS) == 2
