"""Publication dates read into ISO 8601 at ingest; what cannot be read is kept and reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest.dates import iso_date
from kg.ingest.readers import Ingest


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2024-10-03", "2024-10-03"),
        ("2024-10-03T08:15:00+02:00", "2024-10-03T08:15:00+02:00"),
        ("Thu, 03 Oct 2024 08:15:00 +0200", "2024-10-03T08:15:00+02:00"),  # RFC 2822
        ("13-APR-1987 10:33:54.58", "1987-04-13T10:33:54"),  # Reuters-21578
        ("27-MAR-1987 07:11:25.12RM", "1987-03-27T07:11:25"),  # with a wire code glued on
        ("March 3, 1987", "1987-03-03"),
        ("3 March 1987", "1987-03-03"),
        ("3/3/87", "1987-03-03"),
        ("October 2024", "2024-10"),
        ("  2024  ", "2024"),
    ],
)
def test_common_forms_become_iso_8601(raw: str, iso: str) -> None:
    assert iso_date(raw) == iso


@pytest.mark.parametrize("raw", ["last Tuesday", "March 3", "n/a", "????", "1987-13-45"])
def test_what_names_no_date_is_none(raw: str) -> None:
    assert iso_date(raw) is None


def test_the_reader_keeps_an_unreadable_date_as_given_and_notes_it(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": "NATO met.", "date": "13-APR-1987 10:33:54.58"},
        {"id": "b", "text": "NATO met again.", "date": "sometime soon"},
        {"id": "c", "text": "And again."},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ingest = Ingest([path])
    docs = {d.id: d for d in ingest}
    assert docs["a"].date == "1987-04-13T10:33:54"
    assert docs["b"].date == "sometime soon"  # never dropped, never a crash
    assert docs["c"].date is None
    assert ingest.unread_dates == [("b", "sometime soon")]
    assert not ingest.skipped


def test_a_build_reports_the_dates_it_could_not_read(tmp_path: Path) -> None:
    from kg.build.pipeline import build
    from kg.settings import Settings

    rows = [
        {
            "id": "r1",
            "text": "Acme Corp said on Tuesday it bought Beta Inc.",
            "date": "27-MAR-1987 07:11:25.12RM",
        },
        {"id": "r2", "text": "Beta Inc said it agreed.", "date": "the day after"},
    ]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out, settings=Settings(n_process=1), html=False, store=False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"]["read"] == 2
    assert report["unread_dates"] == [{"doc": "r2", "date": "the day after"}]
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    dates = {d["id"]: d["date"] for d in graph["graph"]["documents"].values()}
    assert dates == {"r1": "1987-03-27T07:11:25", "r2": "the day after"}
    assert '"1987-03-27T07:11:25"^^<http://www.w3.org/2001/XMLSchema#dateTime>' in (
        out / "graph.ttl"
    ).read_text(encoding="utf-8").replace("xsd:dateTime", "<http://www.w3.org/2001/XMLSchema#dateTime>")
