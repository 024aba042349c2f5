"""Ingest: every supported input, and every bad one skipped with its reason."""

from __future__ import annotations

import json
from pathlib import Path

from kg.ingest.readers import Ingest, html_text, read_documents


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_text_markdown_and_folders_get_relative_ids(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Rutte visited Kyiv.\nMore text.")
    write(tmp_path / "sub" / "b.md", "# Title\n\nBody.")
    docs, skipped = read_documents([tmp_path])
    assert [d.id for d in docs] == ["a.txt", "sub/b.md"]
    assert docs[0].title == "Rutte visited Kyiv."
    assert docs[0].text == "Rutte visited Kyiv.\nMore text."
    assert skipped == []


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    write(tmp_path / "x" / "a.txt", "One.")
    write(tmp_path / "x" / "b.txt", "Two.")
    first = [d.id for d in read_documents([tmp_path])[0]]
    second = [d.id for d in read_documents([tmp_path])[0]]
    assert first == second == ["x/a.txt", "x/b.txt"]


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "d1", "text": "NATO met.", "title": "T", "date": "2024-10-03", "url": "http://x/1"}
        ),
        "{not json",
        json.dumps({"id": "d2", "title": "no text"}),
        json.dumps({"id": "d3", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "no id given"}),
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    docs, skipped = read_documents([path])
    assert [d.id for d in docs] == ["d1", "c:6"]
    assert docs[0].date == "2024-10-03" and docs[0].url == "http://x/1" and docs[0].title == "T"
    reasons = {s.line: s.reason for s in skipped}
    assert reasons[2].startswith("malformed JSON")
    assert reasons[3] == "no 'text' field"
    assert reasons[4] == "empty or non-string 'text'"
    assert reasons[5] == "line is not a JSON object"
    assert all(s.path == str(path) for s in skipped)


def test_bad_files_are_skipped_with_reasons_and_the_rest_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Fine text.")
    write(tmp_path / "empty.txt", "  \n")
    write(tmp_path / "binary.txt", b"\x00\x01\x02abc")
    write(tmp_path / "latin1.txt", "caf\xe9".encode("latin-1"))
    write(tmp_path / "image.png", b"\x89PNG")
    ingest = Ingest([tmp_path, tmp_path / "missing"])
    docs = list(ingest)
    assert [d.id for d in docs] == ["good.txt"]
    why = {Path(s.path).name: s.reason for s in ingest.skipped}
    assert why["empty.txt"] == "empty file"
    assert why["binary.txt"].startswith("binary file")
    assert why["latin1.txt"].startswith("not valid UTF-8")
    assert why["image.png"].startswith("unsupported file type '.png'")
    assert why["missing"] == "no such file or folder"


def test_html_main_text_prefers_article_and_drops_scripts(tmp_path: Path) -> None:
    page = """<html><head><title>Rutte in Kyiv</title><script>alert(1)</script></head>
    <body><nav>Home | World</nav><article><h1>Rutte in Kyiv</h1><p>Mark Rutte visited
    <b>Ukraine</b>.</p><p>He met Zelensky.</p></article><footer>(c) 2024</footer></body></html>"""
    write(tmp_path / "page.html", page)
    docs, _ = read_documents([tmp_path])
    assert docs[0].title == "Rutte in Kyiv"
    assert docs[0].text == "Rutte in Kyiv\n\nMark Rutte visited Ukraine.\n\nHe met Zelensky."
    assert "alert" not in docs[0].text and "Home" not in docs[0].text


def test_html_without_article_uses_body() -> None:
    title, text = html_text("<p>One &amp; two.</p><style>p{}</style><p>Three.</p>")
    assert title is None
    assert text == "One & two.\n\nThree."


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", json.dumps({"id": "same", "text": "A."}) + "\n")
    write(tmp_path / "b.jsonl", json.dumps({"id": "same", "text": "B."}) + "\n")
    docs, skipped = read_documents([tmp_path])
    assert [d.text for d in docs] == ["A."]
    assert skipped[0].reason == "duplicate document id 'same'"
