"""No input aborts or corrupts a build (issue 16): long documents, two builds into one folder,
nothing to read, a bad --out, killed builds' workers, bidi controls in names."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.build import lock, manifest, pipeline
from kg.cli import app
from kg.nlp import pieces
from kg.records import DocResult, Document, Entity, Mention
from kg.settings import Settings

runner = CliRunner()
SETTINGS = Settings(n_process=1)
PEOPLE = ("Anna Berg", "Tomas Lind", "Carla Moss", "Ivo Hartmann")
PLACES = ("Oslo", "Lisbon", "Warsaw", "Dublin")


def article(n: int, sentences: int = 6) -> str:
    """An invented article: short sentences in which people meet in towns."""
    return " ".join(
        f"{PEOPLE[(n + k) % 4]} met {PEOPLE[(n + k + 1) % 4]} in {PLACES[(n + k) % 4]} on Monday."
        for k in range(sentences)
    )


def corpus(folder: Path, n: int = 2, start: int = 0, sentences: int = 6) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"art{i}.txt").write_text(article(i, sentences) + "\n", encoding="utf-8")
    return folder


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def graph_docs(out: Path) -> set[str]:
    return set(json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["documents"])


# ---------------------------------------------------------------- 4. long documents


@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=1, max_value=40))
def test_pieces_cover_the_text_and_none_is_too_long(text: str, max_chars: int) -> None:
    spans = pieces.cuts(text, max_chars)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in itertools.pairwise(spans))
    assert all(0 < end - start <= max_chars for start, end in spans) or text == ""


def test_a_piece_ends_at_a_paragraph_then_a_line_then_a_sentence() -> None:
    para = "Ann met Bo. " * 5 + "\n\n"
    assert pieces.cuts(para * 3, len(para) + 10)[0] == (0, len(para))
    line = "Ann met Bo. " * 5 + "\n"
    assert pieces.cuts(line * 3, len(line) + 10)[0] == (0, len(line))
    assert pieces.cuts("Ann met Bo. Cy left. " * 3, 30)[0] == (0, 21)
    assert pieces.cuts("x" * 50, 20) == [(0, 20), (20, 40), (40, 50)]


def test_a_long_document_is_parsed_in_pieces_with_offsets_into_the_whole_text(tmp_path: Path) -> None:
    text = "\n\n".join(article(i) for i in range(12))  # about 3,400 characters
    src = tmp_path / "long.jsonl"
    src.write_text(json.dumps({"id": "long", "text": text}) + "\n", encoding="utf-8")
    settings = SETTINGS.evolve(max_chars=1000)
    out = tmp_path / "out"
    report = pipeline.build([src], out, settings=settings, html=False, store=False)
    (split,) = report["split_documents"]
    assert split["doc"] == "long" and split["chars"] == len(text) and split["pieces"] >= 4
    edges = json.loads((out / "graph.json").read_text(encoding="utf-8"))["edges"]
    evidence = [ev for e in edges for ev in e["evidence"]]
    assert max(ev["start"] for ev in evidence) > 2500, "relations of the last piece are there"
    for ev in evidence:
        assert text[ev["start"] : ev["end"]] == ev["text"]
    extracted = tmp_path / "extract.jsonl"
    pipeline.extract_to_jsonl([src], extracted, settings=settings)
    (row,) = [json.loads(line) for line in extracted.read_text(encoding="utf-8").splitlines()]
    names = [e["name"] for e in row["entities"]]
    assert len(names) == len(set(names)), "one entity per name across the pieces"
    mentions = [m for e in row["entities"] for m in e["mentions"]]
    assert max(m["start"] for m in mentions) > 2500
    for m in mentions:
        assert " ".join(text[m["start"] : m["end"]].split()) == m["text"]
    for r in row["relations"]:
        assert text[r["evidence"]["start"] : r["evidence"]["end"]] == r["evidence"]["text"]


def test_an_article_over_a_million_characters_builds_with_the_others(tmp_path: Path) -> None:
    # Short sentences between long runs of blank lines: over spaCy's 1,000,000-character
    # limit, yet a few thousand words, so that the test takes seconds.
    src = tmp_path / "in"
    corpus(src, n=1)
    parts, size, n = [], 0, 0
    while size <= 1_100_000:
        parts.append(f"{PEOPLE[n % 4]} met {PEOPLE[(n + 1) % 4]} in {PLACES[n % 4]}." + "\n" * 2000)
        size += len(parts[-1])
        n += 1
    text = "".join(parts)
    (src / "huge.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    report = pipeline.build([src], out, settings=SETTINGS, html=False, store=False)
    assert report["documents"]["read"] == 2
    assert report["split_documents"] == [{"doc": "huge.txt", "chars": len(text), "pieces": 12}]
    edges = json.loads((out / "graph.json").read_text(encoding="utf-8"))["edges"]
    huge = [ev for e in edges for ev in e["evidence"] if ev["doc"] == "huge.txt"]
    assert max(ev["start"] for ev in huge) > 1_000_000
    assert all(text[ev["start"] : ev["end"]] == ev["text"] for ev in huge)
    assert any(ev["doc"] == "art0.txt" for e in edges for ev in e["evidence"])


# ---------------------------------------------------------------- 5. one build at a time, a manifest

PAUSED_BUILD = """
import sys, time
from pathlib import Path
from kg.build import pipeline
from kg.settings import Settings

src, out, paused, go_on = sys.argv[1:5]
real = pipeline.merged_graph

def merged_graph(*args, **kwargs):
    Path(paused).write_text("paused")
    deadline = time.time() + 120
    while not Path(go_on).exists() and time.time() < deadline:
        time.sleep(0.05)
    return real(*args, **kwargs)

pipeline.merged_graph = merged_graph
pipeline.build([src], out, settings=Settings(n_process=1), html=True, store=True)
"""


def paused_build(tmp_path: Path, src: Path, out: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """A build in another process, stopped after extraction until the returned file exists."""
    script = tmp_path / "paused_build.py"
    script.write_text(PAUSED_BUILD, encoding="utf-8")
    paused, go_on = tmp_path / "paused", tmp_path / "go-on"
    proc = subprocess.Popen([sys.executable, str(script), str(src), str(out), str(paused), str(go_on)])
    deadline = time.time() + 120
    while not paused.exists():
        assert proc.poll() is None, "the first build ended early"
        assert time.time() < deadline, "the first build never got to its outputs"
        time.sleep(0.05)
    return proc, go_on


def test_a_second_build_into_a_folder_being_written_stops_at_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, go_on = paused_build(tmp_path, corpus(tmp_path / "a", n=2), out)
    try:
        result = runner.invoke(
            app, ["build", str(corpus(tmp_path / "b", n=2, start=5)), "--out", str(out), "--no-html"]
        )
        assert result.exit_code == 1, result.output
        (line,) = error_lines(result.output)
        assert line.startswith("kg: error: ") and f"pid {first.pid}" in line and str(out) in line
    finally:
        go_on.write_text("go on")
        assert first.wait(timeout=120) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert graph_docs(out) == {"art0.txt", "art1.txt"} and report["documents"]["read"] == 2
    assert manifest.verify(out, report["build_id"]) == []


def test_a_build_with_wait_waits_for_the_other_then_writes_all_its_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, go_on = paused_build(tmp_path, corpus(tmp_path / "a", n=2), out)
    log = tmp_path / "second.log"
    with log.open("wb") as err:
        second = subprocess.Popen(
            [sys.executable, "-m", "kg", "build", str(corpus(tmp_path / "b", n=3, start=5)),
             "--out", str(out), "--wait", "-j", "1"],
            stdout=subprocess.DEVNULL, stderr=err,
        )  # fmt: skip
        try:
            deadline = time.time() + 60
            while b"waiting" not in log.read_bytes():
                assert second.poll() is None, log.read_text(encoding="utf-8")
                assert time.time() < deadline
                time.sleep(0.05)
        finally:
            go_on.write_text("go on")
            assert first.wait(timeout=120) == 0
            assert second.wait(timeout=120) == 0, log.read_text(encoding="utf-8")
    assert graph_docs(out) == {"art5.txt", "art6.txt", "art7.txt"}
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"]["read"] == 3
    assert manifest.verify(out, report["build_id"]) == []


def test_a_killed_build_leaves_no_lock_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, _go_on = paused_build(tmp_path, corpus(tmp_path / "a", n=1), out)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    with lock.hold(out):
        pass


def test_the_manifest_lists_every_output_of_its_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = pipeline.build([corpus(tmp_path / "in")], out, settings=SETTINGS, html=False, store=True)
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert data["build_id"] == report["build_id"] and data["inputs_digest"] and data["time"]
    files = {e["path"]: e for e in data["files"]}
    assert {"graph.json", "graph.ttl", "report.json"} <= set(files)
    assert any(p.startswith("store/") for p in files)
    for name, entry in files.items():
        body = (out / name).read_bytes()
        assert entry["size"] == len(body) and entry["sha256"] == hashlib.sha256(body).hexdigest()
        assert entry["build_id"] == report["build_id"]
    again = pipeline.build([corpus(tmp_path / "in")], out, settings=SETTINGS, html=False, store=True)
    assert again["up_to_date"] and manifest.verify(out, report["build_id"]) == []


def test_outputs_changed_since_their_build_are_built_again(tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = corpus(tmp_path / "in")
    pipeline.build([src], out, settings=SETTINGS, html=False, store=False)
    good = (out / "graph.json").read_bytes()
    other = tmp_path / "other"
    pipeline.build([corpus(tmp_path / "b", n=1, start=7)], other, settings=SETTINGS, html=False, store=False)
    (out / "graph.json").write_bytes((other / "graph.json").read_bytes())  # a mixed-up folder
    report = pipeline.build([src], out, settings=SETTINGS, html=False, store=False)
    assert not report["up_to_date"]
    assert (out / "graph.json").read_bytes() == good


# ---------------------------------------------------------------- 6. nothing to read


@pytest.fixture
def built(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    pipeline.build([corpus(tmp_path / "in")], out, settings=SETTINGS, html=False, store=False)
    return out


def test_a_missing_input_is_a_one_line_error_and_the_graph_stays(tmp_path: Path, built: Path) -> None:
    before = (built / "graph.json").read_bytes()
    missing = tmp_path / "does" / "not" / "exist"
    result = runner.invoke(app, ["build", str(missing), "--out", str(built)])
    assert result.exit_code == 1
    assert error_lines(result.output) == [f"kg: error: {missing}: no such file or folder"]
    assert (built / "graph.json").read_bytes() == before


def test_inputs_without_a_readable_document_leave_the_outputs_alone(tmp_path: Path, built: Path) -> None:
    before = {p.name: p.read_bytes() for p in built.iterdir() if p.is_file()}
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")
    (empty / "blank.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(empty), "--out", str(built)])
    assert result.exit_code == 1
    (line,) = error_lines(result.output)
    assert line.startswith(f"kg: error: No document to read in {empty}") and "left as they were" in line
    assert {p.name: p.read_bytes() for p in built.iterdir() if p.is_file()} == before


# ---------------------------------------------------------------- 8. a bad --out


def test_out_that_is_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    target = tmp_path / "graph-out"
    target.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus(tmp_path / "in")), "--out", str(target)])
    assert result.exit_code == 1
    (line,) = error_lines(result.output)
    assert line.startswith("kg: error: ") and str(target) in line and "not a folder" in line
    assert target.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_out_is_a_one_line_error_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    monkeypatch.setattr(pipeline, "extract_documents", lambda *a, **k: pytest.fail("extraction started"))
    try:
        result = runner.invoke(app, ["build", str(corpus(tmp_path / "in")), "--out", str(out)])
    finally:
        out.chmod(0o755)
    assert result.exit_code == 1
    (line,) = error_lines(result.output)
    assert line.startswith("kg: error: ") and str(out) in line


# ---------------------------------------------------------------- 12. workers, bidi controls


def test_workers_end_when_their_build_is_killed(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    src = corpus(tmp_path / "in", n=40, sentences=60)  # over MIN_PARALLEL_WORDS: a pool of workers
    build = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(src), "--out", str(tmp_path / "out"), "-j", "2",
         "--no-cache", "--no-html", "--no-store"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    workers: list[psutil.Process] = []
    try:
        parent = psutil.Process(build.pid)
        deadline = time.time() + 60
        while len(workers) < 2:
            assert build.poll() is None and time.time() < deadline, "no workers started"
            workers = parent.children()
            time.sleep(0.05)
        time.sleep(0.5)
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=30)
        _gone, alive = psutil.wait_procs(workers, timeout=5)
        assert alive == [], "workers outlived their build"
    finally:
        for w in workers:
            if w.is_running():
                w.kill()


def test_bidi_controls_leave_actor_labels() -> None:
    from kg.graph import graph as kg_graph
    from kg.resolve import resolve

    def doc(doc_id: str, name: str) -> DocResult:
        return DocResult(
            doc=Document(id=doc_id, text=name),
            entities=(Entity("e0", name, "Person", (Mention(0, len(name), name),)),),
        )

    results = [
        doc("a", "\u202eAnna Berg\u202c"),
        doc("b", "Anna Berg"),
        doc("c", "\u2067Ivo\u200f Hart\u2069"),
    ]
    actors, index = resolve(results)
    assert index[("a", "e0")] == index[("b", "e0")]
    G = kg_graph.from_results(results, actors, index, base_iri=Settings().base_iri)
    names = [G.nodes[n]["label"] for n in G] + [a for n in G for a in G.nodes[n]["aliases"]]
    assert sorted(G.nodes[n]["label"] for n in G) == ["Anna Berg", "Ivo Hart"]
    assert not any(set(name) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
                   for name in names)  # fmt: skip
