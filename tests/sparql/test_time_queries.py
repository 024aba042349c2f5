"""The named queries timeline and as_of on a small dated build (issue 13, item 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.sparql import query as sparql

TEXT = "NATO Secretary General Mark Rutte visited Kyiv on Tuesday. Since 2019 Anna Berg has lived in Lyon."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("timed")
    (root / "in.jsonl").write_text(json.dumps({"id": "a", "date": "2024-10-03", "text": TEXT}) + "\n")
    result = CliRunner().invoke(app, ["build", str(root / "in.jsonl"), "--out", str(root / "out")])
    assert result.exit_code == 0, result.output
    return root / "out"


def test_timeline_lists_an_actors_relations_in_time_order(built: Path) -> None:
    rows = sparql.query(built, "timeline", name="mark rutte")
    assert ("visits", "Kyiv", "2024-10-01") in {
        (r.predicate, r.otherName, str(r.start)) for r in rows.itertuples()
    }
    everyone = sparql.query(built, "timeline")
    starts = [str(s) for s in everyone["start"] if s is not None]
    assert starts == sorted(starts) and starts[0] == "2019-01-01"  # "since 2019" first


def test_as_of_keeps_what_holds_between_two_dates(built: Path) -> None:
    early = sparql.query(built, "as_of", **{"from": "2020-01-01", "to": "2020-12-31"})
    assert {(r.subjectName, r.predicate, r.objectName) for r in early.itertuples()} == {
        ("Anna Berg", "livesIn", "Lyon")  # open since 2019: still holds in 2020
    }
    october = sparql.query(built, "as_of", **{"from": "2024-10-01", "to": "2024-10-01"})
    assert ("Mark Rutte", "visits", "Kyiv") in {
        (r.subjectName, r.predicate, r.objectName) for r in october.itertuples()
    }
    assert len(sparql.query(built, "as_of", to="2018-12-31")) == 0
