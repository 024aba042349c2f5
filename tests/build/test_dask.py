"""Executors: worker processes and a dask cluster give the same graph as extracting in-process."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from kg.build import executors, pipeline
from kg.errors import ConfigError, KGError
from kg.settings import Settings
from tests.conftest import SEEDS, require_shared

pytest.importorskip("distributed")


def _graph(out: Path) -> dict[str, Any]:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {
        "nodes": {
            (n["id"], n["label"], n["type"], tuple(n["aliases"]), n["mentions"]) for n in data["nodes"]
        },
        "edges": {
            (e["source"], e["target"], e["key"], e["confidence"], len(e["evidence"])) for e in data["edges"]
        },
        "documents": data["graph"]["documents"],
    }


def _build(inputs: list[Path], out: Path, settings: Settings) -> dict[str, Any]:
    report = pipeline.build(inputs, out, settings=settings.evolve(cache=False), html=False, store=False)
    return report


def test_dask_gives_the_local_graph_on_60_bbc_articles(tmp_path: Path) -> None:
    from distributed import LocalCluster

    bbc = require_shared("data", "news", "bbc.jsonl")
    corpus = tmp_path / "bbc60.jsonl"
    with bbc.open(encoding="utf-8") as f:
        corpus.write_text("".join(islice(f, 60)), encoding="utf-8")
    _build([corpus], tmp_path / "local", Settings(n_process=1))
    # An "existing cluster": kg only gets its address, as with `dask scheduler` + `dask worker`.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = _build(
            [corpus], tmp_path / "dask", Settings(executor="dask", scheduler=cluster.scheduler_address)
        )
    assert report["settings"]["executor"] == "dask"
    local, dask = _graph(tmp_path / "local"), _graph(tmp_path / "dask")
    assert len(local["documents"]) == 60 and len(local["edges"]) > 50
    assert dask["nodes"] == local["nodes"]
    assert dask["edges"] == local["edges"]
    assert dask["documents"] == local["documents"]


def test_dask_without_an_address_starts_a_local_cluster(tmp_path: Path) -> None:
    _build([SEEDS], tmp_path / "local", Settings(n_process=1))
    _build([SEEDS], tmp_path / "dask", Settings(executor="dask", n_process=1))
    assert _graph(tmp_path / "dask") == _graph(tmp_path / "local")


def test_worker_processes_give_the_in_process_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build([SEEDS], tmp_path / "one", Settings(n_process=1))
    monkeypatch.setattr(executors, "MIN_PARALLEL_WORDS", 0)  # seeds are too small to be worth workers
    report = _build([SEEDS], tmp_path / "two", Settings(n_process=2, batch_size=1))
    assert report["settings"]["n_process"] == 2
    assert _graph(tmp_path / "two") == _graph(tmp_path / "one")


def test_unknown_executor_and_unreachable_scheduler(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Available executors: local, dask"):
        _build([SEEDS], tmp_path / "x", Settings(executor="spark"))
    with pytest.raises(KGError, match="dask scheduler"):
        _build([SEEDS], tmp_path / "y", Settings(executor="dask", scheduler="tcp://127.0.0.1:9"))
