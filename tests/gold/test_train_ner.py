"""``kg train ner`` end to end on a few composed articles: it writes a recognizer kg can use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.gold.train_ner import KERNELS, SPACY_VERSIONS, avx512, held_out, openblas
from kg.settings import processor

ARTICLES = [
    (
        "Mark Rutte met Volodymyr Zelensky in Kyiv on Thursday .",
        [("Mark Rutte", "PER"), ("Volodymyr Zelensky", "PER"), ("Kyiv", "LOC")],
    ),
    (
        "Shares of Acme Corp rose in New York after Reuters reported the deal .",
        [("Acme Corp", "ORG"), ("New York", "LOC"), ("Reuters", "ORG")],
    ),
    (
        "NATO said Jens Stoltenberg would visit Oslo .",
        [("NATO", "ORG"), ("Jens Stoltenberg", "PER"), ("Oslo", "LOC")],
    ),
]


def _row(n: int, text: str, names: list[tuple[str, str]]) -> dict[str, object]:
    entities = []
    for name, label in names:
        start = text.index(name)
        entities.append({"start": start, "end": start + len(name), "type": label})
    return {"id": f"t{n}", "doc_id": f"train-doc-{n}", "text": text, "entities": entities}


def _train(tmp_path: Path, *extra: str) -> tuple[Path, dict[str, object]]:
    data = tmp_path / "train_docs.jsonl"
    rows = [_row(n, text, names) for n, (text, names) in enumerate(ARTICLES * 6)]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "ner"
    args = ["train", "ner", "--conll2003", str(data), "--output", str(out), "--max-epochs", "1", *extra]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    return out, json.loads((out / "training.json").read_text(encoding="utf-8"))


def test_kg_train_ner_writes_a_recognizer_kg_loads(tmp_path: Path) -> None:
    out, report = _train(tmp_path)
    assert report["epochs_run"] == 1 and report["labels"] == ["PER", "ORG", "LOC", "MISC"]
    # what a rerun must match to give the same bytes: the libraries and the processor
    import spacy

    assert report["libraries"]["spacy"] == spacy.__version__  # type: ignore[index]
    assert report["processor"] == processor()
    # the shipped recipe: thinc's default operations, whose BLIS kernels need AVX-512 for its weights
    assert report["ops"] == "blis" and report["avx512"] == avx512()
    # the range kg loads it on, not the minor range of the spaCy it was trained with
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["spacy_version"] == SPACY_VERSIONS
    strings = json.loads((out / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert "Stoltenberg" not in strings  # no word list of the training text is kept

    from kg.nlp import model
    from kg.settings import Settings

    nlp = model.load(Settings(ner=str(out)))
    assert "kg_ner" in nlp.pipe_names


def test_the_numpy_recipe_computes_with_openblas_haswell_kernels(tmp_path: Path) -> None:
    # on one thread with the Haswell kernels (in a new process told to use them, where numpy
    # picked others here), which are recorded
    _, report = _train(tmp_path, "--ops", "numpy")
    here = openblas()
    assert report["ops"] == "numpy, one thread"
    assert report["openblas"] == {**here, "kernels": KERNELS if here["kernels"] else None}


def test_an_unknown_recipe_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "train_docs.jsonl"
    data.write_text("", encoding="utf-8")
    done = CliRunner().invoke(app, ["train", "ner", "--conll2003", str(data), "--ops", "gpu"])
    assert done.exit_code == 1 and "ops 'gpu': choose one of blis, numpy" in done.output


def test_other_kernels_train_in_a_new_process_told_to_use_haswells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    import kg.gold.train_ner

    calls: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.delenv("OPENBLAS_CORETYPE", raising=False)
    monkeypatch.setattr(kg.gold.train_ner, "openblas", lambda: {"kernels": "SkylakeX", "version": "0.3.31"})
    monkeypatch.setattr(subprocess, "call", lambda cmd, env: calls.append((cmd, env)) or 3)
    data, dwie, out = tmp_path / "train_docs.jsonl", tmp_path / "dwie.jsonl", tmp_path / "ner"
    data.write_text("", encoding="utf-8")
    dwie.write_text("", encoding="utf-8")
    args = ["train", "ner", "--conll2003", str(data), "--dwie", str(dwie), "-o", str(out)]
    args += ["--max-epochs", "2", "--ops", "numpy"]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 3 and "SkylakeX" in done.output  # the child's exit code
    [(cmd, env)] = calls
    assert env["OPENBLAS_CORETYPE"] == KERNELS == "Haswell"
    assert cmd[1:5] == ["-m", "kg", "train", "ner"]
    given = dict(zip(cmd[5::2], cmd[6::2], strict=True))
    assert given == {
        "--conll2003": str(data),
        "--output": str(out),
        "--seed": "13",
        "--init": "source",
        "--max-epochs": "2",
        "--ops": "numpy",
        "--dwie": str(dwie),
    }
    # told already, it trains here (and warns): no second process
    monkeypatch.setenv("OPENBLAS_CORETYPE", "Haswell")
    calls.clear()
    CliRunner().invoke(app, args)
    assert calls == []


def test_missing_training_file_is_a_clear_error(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["train", "ner", "--conll2003", str(tmp_path / "nope.jsonl")])
    assert done.exit_code == 1 and "nope.jsonl: no such file" in done.output


def test_held_out_articles_choose_the_epoch_and_are_never_trained_on(tmp_path: Path) -> None:
    import spacy

    from kg.gold.train_ner import read_conll2003

    assert held_out("train-doc-4") and not held_out("train-doc-1")
    data = tmp_path / "train_docs.jsonl"
    rows = [_row(4, *ARTICLES[0]), _row(1, *ARTICLES[1])]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    train, held = read_conll2003(spacy.blank("en"), data)
    assert [d.text for d in held] == [ARTICLES[0][0]] and [d.text for d in train] == [ARTICLES[1][0]]
    assert [(e.text, e.label_) for e in held[0].ents] == ARTICLES[0][1]


def test_the_shipped_recipe_gives_the_shipped_first_epoch(tmp_path: Path) -> None:
    """The default recipe's first epoch on the shipped data has the shipped run's loss and held-out
    scores (the whole run gives the shipped weights byte for byte: README, *Reproducing the
    recognizer*). BLIS picks its kernels by processor; the shipped weights need AVX-512 and kernels
    BLIS has for the processor (not its "generic" ones, which it takes for a processor it does not
    know)."""
    from kg.gold.train_ner import blis_kernels
    from kg.nlp.ner import shipped_path
    from tests.conftest import require_shared

    if not avx512():
        pytest.skip("the shipped weights come from BLIS's AVX-512 kernels; this processor has none")
    if blis_kernels() == "generic":
        pytest.skip("BLIS knows no kernels for this processor and computes with its generic ones")
    conll2003 = require_shared("data", "conll2003", "train_docs.jsonl")
    conll04 = require_shared("data", "conll04", "train.jsonl")
    dwie = require_shared("data", "dwie", "dev.jsonl")
    out = tmp_path / "ner"
    args = ["train", "ner", "--conll2003", str(conll2003), "--conll04", str(conll04), "--dwie", str(dwie)]
    done = CliRunner().invoke(app, [*args, "--output", str(out), "--max-epochs", "1"])
    assert done.exit_code == 0, done.output
    shipped = json.loads((shipped_path() / "training.json").read_text(encoding="utf-8"))
    report = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert report["documents"] == shipped["documents"] and report["tokens"] == shipped["tokens"]
    [first] = report["history"]
    assert {k: v for k, v in first.items() if k != "minutes"} == {
        k: v for k, v in shipped["history"][0].items() if k != "minutes"
    }
