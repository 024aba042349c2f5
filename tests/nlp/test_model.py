"""How kg's pipeline is loaded: numpy's BLAS for the layers' products, one BLAS thread while parsing."""

from __future__ import annotations

import numpy  # noqa: F401  (loads numpy's BLAS, which threadpoolctl then sees)
from threadpoolctl import threadpool_info

from kg.nlp.model import one_thread


def test_layers_multiply_with_numpy_not_blis(nlp):
    trained = [name for name, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None]
    assert {"tok2vec", "parser", "ner", "kg_ner"} <= set(trained)
    for name in trained:
        ops = nlp.get_pipe(name).model.ops
        assert type(ops).__name__ == "NumpyOps" and ops.use_blis is False, name


def test_one_thread_while_parsing_and_restored_after():
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas
    before = [p["num_threads"] for p in blas]
    with one_thread():
        assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == [1] * len(blas)
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == before
