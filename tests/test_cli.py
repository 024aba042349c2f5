"""The command line: --help everywhere, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEEDS

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)


def test_every_command_is_registered() -> None:
    assert {"build", "extract", "query", "serve", "eval", "viz"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    (cmd,) = [c for c in app.registered_commands if (c.name or c.callback.__name__) == command]
    summary = (cmd.callback.__doc__ or "").strip().splitlines()[0]
    assert len(summary) > 10 and " ".join(summary.split()[:4]) in " ".join(result.output.split())


def test_python_dash_m_kg() -> None:
    run = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False)
    assert run.returncode == 0
    assert "build" in run.stdout and "query" in run.stdout


def test_bad_usage_exits_2() -> None:
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 2


def test_user_error_is_one_line_and_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "nope.jsonl"), "--format", "conll04"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"kg: error: {tmp_path / 'nope.jsonl'}: no such file"]
    result = runner.invoke(app, ["eval", str(tmp_path), "--format", "bogus"])
    assert result.exit_code == 1
    assert "Unknown gold format 'bogus'; expected one of conll04, dwie" in result.output


def test_build_skips_bad_files_and_reports_them(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "NATO Secretary General Mark Rutte visited Ukraine on Monday.", encoding="utf-8"
    )
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    (src / "b.jsonl").write_text(
        '{"id": "j1", "text": "Rutte met Zelensky in Kyiv."}\n{broken\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "--no-html", "--no-store"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"]["read"] == 2
    reasons = sorted(s["reason"] for s in report["documents"]["skipped_files"])
    assert reasons[0].startswith("binary file") and reasons[1].startswith("malformed JSON")
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    labels = {n["label"]: n["type"] for n in graph["nodes"]}
    assert labels["Mark Rutte"] == "Person" and labels["Ukraine"] == "Place"


def test_extract_writes_contract_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "d1", "text": "Russia's invasion of Ukraine began in 2022."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "d1"
    names = {e["id"]: e["name"] for e in row["entities"]}
    triples = {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in row["relations"]}
    assert ("Russia", "attacks", "Ukraine") in triples
    text = "Russia's invasion of Ukraine began in 2022."
    for e in row["entities"]:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_extract_writes_times_resolved_against_the_line_date(tmp_path: Path) -> None:
    text = "Mark Rutte visited Kyiv on Tuesday, two years after the war began."
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "date": "3 October 2024", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["meta"]["date"] == "2024-10-03"  # the input's date, passed through as ISO 8601
    assert [(t["text"], t["type"], t["value"]) for t in row["times"]] == [
        ("Tuesday", "DATE", "2024-10-01"),
        ("two years", "DURATION", "P2Y"),
    ]
    for t in row["times"]:
        assert text[t["start"] : t["end"]] == t["text"]
    (visit,) = [r for r in row["relations"] if r["predicate"] == "visits"]
    assert visit["evidence"]["time"] == "2024-10-01" and visit["evidence"]["time_source"] == "sentence"


def test_build_leaves_out_the_classifiers_weak_guesses(tmp_path: Path) -> None:
    from kg.graph.graph import read
    from kg.records import CLASSIFIER_RULE

    def guesses(out: Path) -> list[float]:
        G = read(out)
        return sorted(
            d["confidence"]
            for _, _, d in G.edges(data=True)
            if set(d.get("rules") or ()) == {CLASSIFIER_RULE}
        )

    every, floored = tmp_path / "every", tmp_path / "floored"
    common = ["--no-html", "--no-store", "--no-cache", "--min-confidence", "0"]
    result = runner.invoke(
        app, ["build", str(SEEDS), "--out", str(every), *common, "--classifier-min-confidence", "0"]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        app, ["build", str(SEEDS), "--out", str(floored), *common, "--classifier-min-confidence", "0.05"]
    )
    assert result.exit_code == 0, result.output
    low = [c for c in guesses(every) if c < 0.05]
    assert low  # the seeds' classifier guesses a few weak facts
    assert [c for c in guesses(every) if c >= 0.05] == guesses(floored)
    # the other edges stay whatever their confidence
    assert read(every).number_of_edges() - len(low) == read(floored).number_of_edges()
