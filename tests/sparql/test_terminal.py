"""`kg query`'s table at 80 columns: names not IRIs, one line per row, or one record after
another when the columns do not fit (snapshots)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize(
    ("name", "args"),
    [("leaders", []), ("relations_of", ["-p", "name=Mark Rutte"]), ("documents", [])],
)
def test_the_table_reads_at_80_columns(graph_dir: Path, name: str, args: list[str]) -> None:
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["query", name, "--graph", str(graph_dir), *args])
    assert result.exit_code == 0, result.output
    table = result.stdout
    assert all(len(line) <= 80 for line in table.splitlines())
    assert "https://w3id.org/kg/id/" not in table  # actors by name, other IRIs as prefixed names
    snapshot = SNAPSHOTS / f"{name}_80.txt"
    if not snapshot.exists():  # a new case: write its snapshot, and fail until it is reviewed
        snapshot.write_text(table, encoding="utf-8")
        pytest.fail(f"wrote {snapshot.name}; review it and run again")
    assert table == snapshot.read_text(encoding="utf-8")


def test_a_wide_terminal_gets_a_table_with_whole_names(graph_dir: Path) -> None:
    result = CliRunner(env={"COLUMNS": "160"}).invoke(
        app, ["query", "relations_of", "--graph", str(graph_dir), "-p", "name=Mark Rutte"]
    )
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and all(len(line) <= 160 for line in lines)
    header = next(line for line in lines if "actorName" in line)
    assert all(word in header for word in ("direction", "predicate", "otherName", "confidence", "date"))
    assert sum("Mark Rutte" in line for line in lines) == 3  # one line per row, names whole
    assert any("Volodymyr Zelensky " in line for line in lines)


def test_csv_tsv_and_json_keep_full_values(graph_dir: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "80"})
    for fmt in ("csv", "tsv", "json"):
        result = runner.invoke(
            app, ["query", "relations_of", "--graph", str(graph_dir), "-p", "name=Mark Rutte", "-f", fmt]
        )
        assert result.exit_code == 0 and "https://w3id.org/kg/id/person/Mark_Rutte" in result.stdout
    tsv = runner.invoke(app, ["query", "leaders", "--graph", str(graph_dir), "-f", "tsv"]).stdout
    assert tsv.splitlines()[0].split("\t")[:2] == ["leader", "leaderName"]
