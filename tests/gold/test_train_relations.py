"""``kg train relations``: the shipped classifier is what the documented command trains today."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.nlp.classifier.model import default_model, read_model
from tests.conftest import require_shared


def test_kg_train_relations_reproduces_the_shipped_classifier(tmp_path: Path) -> None:
    """Same data, seed and code give the shipped weights: a change to what kg finds in the
    training articles must come with the model retrained on it (README, *Measured*)."""
    pytest.importorskip("sklearn")
    conll04 = require_shared("data", "conll04", "train.jsonl")
    dwie = require_shared("data", "dwie", "dev.jsonl")
    out = tmp_path / "relclf.json.gz"
    args = ["train", "relations", "--ner", "base", "--conll04", str(conll04), "--dwie", str(dwie)]
    done = CliRunner().invoke(app, [*args, "--output", str(out)])
    assert done.exit_code == 0, done.output
    shipped, again = default_model(), read_model(out)
    assert shipped is not None
    # the same data, seed and grid; each predicate's pairs, chosen strength, threshold and CV score
    assert {k: v for k, v in again.meta.items() if k != "cv"} == {
        k: v for k, v in shipped.meta.items() if k != "cv"
    }
    for predicate, cv in shipped.meta["cv"].items():
        fresh_cv = again.meta["cv"][predicate]
        assert {k: v for k, v in fresh_cv.items() if k != "cv_f"} == {
            k: v for k, v in cv.items() if k != "cv_f"
        }
        assert fresh_cv["cv_f"] == pytest.approx(cv["cv_f"], abs=1e-3), predicate
    for predicate, model in shipped.models.items():
        fresh = again.models[predicate]
        assert fresh.threshold == model.threshold
        assert fresh.bias == pytest.approx(model.bias, abs=2e-4)
        assert fresh.weights.keys() == model.weights.keys()
        assert all(abs(fresh.weights[f] - w) <= 2e-4 for f, w in model.weights.items()), predicate


def test_each_predicate_keeps_the_strength_its_folds_chose() -> None:
    model = default_model()
    assert model is not None
    grid = model.meta["C"]
    assert len(grid) > 1
    for predicate, cv in model.meta["cv"].items():
        assert cv["C"] in grid, predicate
