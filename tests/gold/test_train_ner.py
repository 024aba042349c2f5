"""``kg train ner`` end to end on a few composed articles: it writes a recognizer kg can use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.gold.train_ner import KERNELS, SPACY_VERSIONS, held_out, openblas
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


def test_kg_train_ner_writes_a_recognizer_kg_loads(tmp_path: Path) -> None:
    data = tmp_path / "train_docs.jsonl"
    rows = [_row(n, text, names) for n, (text, names) in enumerate(ARTICLES * 6)]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "ner"
    done = CliRunner().invoke(
        app, ["train", "ner", "--conll2003", str(data), "--output", str(out), "--max-epochs", "1"]
    )
    assert done.exit_code == 0, done.output
    report = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert report["epochs_run"] == 1 and report["labels"] == ["PER", "ORG", "LOC", "MISC"]
    # what a rerun must match to give the same bytes: the libraries and the processor
    import spacy

    assert report["libraries"]["spacy"] == spacy.__version__
    assert report["processor"] == processor()
    # computed through numpy's OpenBLAS on one thread with the Haswell kernels (in a new process
    # told to use them, where numpy picked others here), which are recorded
    here = openblas()
    assert report["ops"] == "numpy, one thread"
    assert report["openblas"] == {**here, "kernels": KERNELS if here["kernels"] else None}
    # the range kg loads it on, not the minor range of the spaCy it was trained with
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["spacy_version"] == SPACY_VERSIONS
    strings = json.loads((out / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert "Stoltenberg" not in strings  # no word list of the training text is kept

    from kg.nlp import model
    from kg.settings import Settings

    nlp = model.load(Settings(ner=str(out)))
    assert "kg_ner" in nlp.pipe_names


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
    args += ["--max-epochs", "2"]
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
