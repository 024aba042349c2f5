"""Issue 16: no input aborts or corrupts a build; every skip says why.

Each input here is the smallest one that showed a defect: JSON Lines split on Unicode line
separators, a bad byte dropping a whole file, unreadable files and folders, names that are
not UTF-8, links, pipes, UTF-16 text, document IRIs that collide, and HTML that took
quadratic time.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg import iri
from kg.ingest.readers import Ingest, html_text, read_documents
from kg.rdf import serialize as rdf
from tests.ingest.test_ingest import write

# --- 7. JSON Lines: one line is one document, whatever the line holds ---------------------


def test_line_separators_inside_jsonl_strings_keep_their_lines(tmp_path: Path) -> None:
    texts = ["Plain text.", "Before\u2028after.", "Before\u2029after.", "Before\x85after."]
    rows = [json.dumps({"id": f"d{n}", "text": t}, ensure_ascii=False) for n, t in enumerate(texts)]
    path = write(tmp_path / "seps.jsonl", "\n".join([*rows, "{broken"]) + "\n")
    docs, skipped = read_documents([path])
    assert [d.text for d in docs] == texts
    assert [(s.line, s.reason.split(" (")[0]) for s in skipped] == [(5, "malformed JSON")]


def test_a_jsonl_line_that_is_not_utf8_is_skipped_alone(tmp_path: Path) -> None:
    good = [json.dumps({"id": n, "text": "Fine."}).encode() for n in ("a", "b")]
    path = write(tmp_path / "mixed.jsonl", b"\n".join([good[0], b'{"id": "x", "text": "caf\xe9"}', good[1]]))
    docs, skipped = read_documents([path])
    assert [d.id for d in docs] == ["a", "b"]
    assert [(s.line, s.reason) for s in skipped] == [(2, "not valid UTF-8 (byte 24 of the line)")]


def test_a_lone_surrogate_in_jsonl_becomes_a_replacement_character(tmp_path: Path) -> None:
    # Valid JSON, but no UTF-8 can hold "\ud83d" alone (half an emoji): spaCy crashed on it.
    line = r'{"id": "e\ud83d", "text": "Cut off \ud83d here.", "title": "T \udce9"}'
    docs, skipped = read_documents([write(tmp_path / "cut.jsonl", line + "\n")])
    assert [(d.id, d.text, d.title) for d in docs] == [("e\ufffd", "Cut off \ufffd here.", "T \ufffd")]
    assert docs[0].text.encode("utf-8") and skipped == []


def test_jsonl_with_crlf_line_ends_and_a_bom_reads_as_before(tmp_path: Path) -> None:
    rows = [json.dumps({"id": n, "text": f"Text {n}."}) for n in ("a", "b")]
    path = write(tmp_path / "dos.jsonl", b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
    docs, skipped = read_documents([path])
    assert [(d.id, d.text) for d in docs] == [("a", "Text a."), ("b", "Text b.")]
    assert skipped == []


# --- 8. what used to crash: unreadable files, names that are not UTF-8 ----------------------


def test_an_unreadable_file_is_skipped_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.txt", "Readable.")
    secret = write(tmp_path / "secret.txt", "Not for us.")
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    docs, skipped = read_documents([tmp_path])
    assert [d.id for d in docs] == ["a.txt"]
    assert [(s.path, s.reason) for s in skipped] == [
        (str(secret), "cannot read the file (Permission denied)")
    ]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_skipped(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.txt", "Not for us.")
    secret.chmod(0)
    docs, skipped = read_documents([tmp_path])
    assert docs == [] and [s.reason for s in skipped] == ["cannot read the file (Permission denied)"]


def _non_utf8_name(folder: Path) -> Path:
    """A file named ``caf\\xe9.txt`` (Latin-1 bytes) in ``folder``, or skip where names must be UTF-8."""
    folder.mkdir(parents=True, exist_ok=True)
    name = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    try:
        with open(name, "wb") as f:
            f.write(b"Mark Rutte visited Kyiv on Thursday.")
    except OSError:
        pytest.skip("this file system only takes UTF-8 names")
    return Path(os.fsdecode(name))


def test_a_file_name_that_is_not_utf8_gets_a_valid_stable_id(tmp_path: Path) -> None:
    path = _non_utf8_name(tmp_path / "in")
    first, skipped = read_documents([tmp_path / "in"])
    assert [d.id for d in first] == ["caf%E9.txt"] and skipped == []
    assert first[0].source is not None and first[0].source.endswith("/in/caf%E9.txt")
    assert json.dumps(first[0].meta(), ensure_ascii=False).encode("utf-8")
    assert read_documents([path])[0] == first  # the file alone: same id and source


# --- 9. every skip has a reason; pipes are never opened; UTF-16 and UTF-32 are read --------


def test_links_pipes_and_folder_links_are_reported_not_silent(tmp_path: Path) -> None:
    write(tmp_path / "in" / "ok.txt", "Fine.")
    write(tmp_path / "elsewhere" / "b.txt", "Linked folder.")
    folder = tmp_path / "in"
    (folder / "dangling.txt").symlink_to("no-such-target.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (folder / "linked-file.txt").symlink_to(folder / "ok.txt")
    os.mkfifo(folder / "pipe.txt")  # opening it would block the build for ever
    docs, skipped = read_documents([folder])
    assert [d.id for d in docs] == ["linked-file.txt", "ok.txt"]
    assert {Path(s.path).name: s.reason for s in skipped} == {
        "dangling.txt": "broken symbolic link (its target does not exist)",
        "linked": "symbolic link to a folder (not followed)",
        "loop.txt": "symbolic link loop",
        "pipe.txt": "not a regular file (named pipe)",
    }


def test_a_pipe_given_as_input_is_reported(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.jsonl")
    docs, skipped = read_documents([tmp_path / "pipe.jsonl"])
    assert docs == [] and [s.reason for s in skipped] == ["not a regular file (named pipe)"]


def test_an_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", "Readable.")
    write(tmp_path / "locked" / "b.txt", "Behind a locked door.")
    scandir = os.scandir

    def refuse(path: str | os.PathLike[str] = ".") -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    docs, skipped = read_documents([tmp_path])
    assert [d.id for d in docs] == ["a.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("locked", "cannot read the folder (Permission denied)")
    ]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_read_permission_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "locked" / "b.txt", "Behind a locked door.")
    (tmp_path / "locked").chmod(0)
    try:
        docs, skipped = read_documents([tmp_path])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert docs == [] and [s.reason for s in skipped] == ["cannot read the folder (Permission denied)"]


@pytest.mark.parametrize(
    "data",
    [
        "Rutte visited Kyiv.\r\nHe met Zelensky.".encode("utf-16"),  # with its BOM, native order
        b"\xfe\xff" + "Rutte visited Kyiv.\r\nHe met Zelensky.".encode("utf-16-be"),
        b"\xff\xfe" + "Rutte visited Kyiv.\r\nHe met Zelensky.".encode("utf-16-le"),
        "Rutte visited Kyiv.\r\nHe met Zelensky.".encode("utf-32"),
        "Rutte visited Kyiv.\r\nHe met Zelensky.".encode("utf-8-sig"),
    ],
    ids=["utf-16", "utf-16-be", "utf-16-le", "utf-32", "utf-8-sig"],
)
def test_text_with_a_byte_order_mark_is_read(tmp_path: Path, data: bytes) -> None:
    write(tmp_path / "a.txt", data)
    docs, skipped = read_documents([tmp_path])
    assert [(d.text, d.title) for d in docs] == [
        ("Rutte visited Kyiv.\nHe met Zelensky.", "Rutte visited Kyiv.")
    ]
    assert skipped == []


def test_utf16_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    rows = [json.dumps({"id": n, "text": "Caf\u00e9 talks\u2028went on."}, ensure_ascii=False) for n in "ab"]
    write(tmp_path / "a.jsonl", "\n".join(rows).encode("utf-16"))
    docs, skipped = read_documents([tmp_path])
    assert [(d.id, d.text) for d in docs] == [
        ("a", "Caf\u00e9 talks\u2028went on."),
        ("b", "Caf\u00e9 talks\u2028went on."),
    ]
    assert skipped == []


@pytest.mark.parametrize(
    "data",
    ["No mark.".encode("utf-16-le"), b"\xff\xfe\x00\x00garbage"],
    ids=["utf-16 without a BOM", "a UTF-32 BOM before bytes that are no UTF-32"],
)
def test_binary_files_are_still_binary(tmp_path: Path, data: bytes) -> None:
    write(tmp_path / "a.txt", data)
    assert [s.reason for s in read_documents([tmp_path])[1]] == ["binary file (contains NUL bytes)"]


# --- 10. one document, one IRI ------------------------------------------------------------


def _doc_iris(ids: list[str]) -> dict[str, str]:
    G: nx.MultiDiGraph = nx.MultiDiGraph(documents={i: {"id": i, "title": f"title of {i}"} for i in ids})
    identifier = str(rdf.SCHEMA.identifier)
    return {str(o.text): s for s, p, o in rdf.triples(G) if p == identifier and isinstance(o, rdf.Lit)}


def test_names_that_differ_only_in_spaces_get_their_own_iris(tmp_path: Path) -> None:
    for name in ("a b.txt", "a_b.txt", "a  b.txt", "a\tb.txt", " a_b.txt"):
        write(tmp_path / name, f"Text of {name!r}.")
    docs, skipped = read_documents([tmp_path])
    assert len(docs) == 5 and skipped == []
    G: nx.MultiDiGraph = nx.MultiDiGraph(documents={d.id: d.meta() for d in docs})
    g = rdf.to_rdf(G)
    articles = set(g.subjects(rdf.RDF.type, rdf.SCHEMA.NewsArticle))
    assert len(articles) == 5
    assert all(len(list(g.objects(a, rdf.SCHEMA.headline))) == 1 for a in articles)


def test_ordinary_ids_keep_their_iris() -> None:
    ids = ["seeds/article1.txt", "doc-1", "reuters:17", "Zürich/a.html", "\u0646\u062a\u0648.md"]
    assert _doc_iris(ids) == {i: iri.mint("doc", i) for i in ids}


def test_ids_that_differ_in_unicode_normal_form_get_their_own_iris() -> None:
    composed, decomposed = "caf\u00e9.txt", "cafe\u0301.txt"  # two different file names on Linux
    iris = _doc_iris([composed, decomposed])
    assert iris[composed] != iris[decomposed] and iris[composed] == iri.mint("doc", composed)


#: Characters that mint() folds together: spaces and "_", composed and decomposed letters.
_tricky = st.text(st.sampled_from("a_ \t\u00e9e\u0301%20/"), min_size=1, max_size=6)


@given(st.lists(_tricky | st.text(min_size=1), min_size=2, max_size=6, unique=True))
def test_distinct_document_ids_give_distinct_valid_iris(ids: list[str]) -> None:
    iris = _doc_iris(ids)
    assert len(set(iris.values())) == len(ids)
    assert all(rdf.is_iri(i) for i in iris.values())


# --- 12. HTML in linear time --------------------------------------------------------------


def test_html_with_80000_stray_closing_tags_is_read_in_linear_time() -> None:
    # Editors write "line<br></p>": each </p> closes nothing, and every <br> stays open. The
    # old reader searched all open tags at each stray one (80,000 lines: over a minute).
    page = "<title>Long</title><p>First line.</p>" + "<br>\n</p>" * 80_000 + "<p>Last line.</p>"
    started = time.perf_counter()
    title, text = html_text(page)
    assert time.perf_counter() - started < 5
    assert (title, text) == ("Long", "First line.\n\nLast line.")


def test_html_with_stray_closing_tags_inside_open_elements() -> None:
    page = "<article><div><span>Kept <b>words</b></span>" + "</i>" * 20 + " here.</div></article><p>Not"
    assert html_text(page) == (None, "Kept words here.")


def test_broken_markup_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    # The standard library's parser raised AssertionError on "<![" and ended the build.
    write(tmp_path / "a.html", "<p>Before.</p><![ broken declaration")
    write(tmp_path / "b.txt", "Still read.")
    ingest = Ingest([tmp_path])
    assert [(d.id, d.text) for d in ingest] == [("a.html", "Before."), ("b.txt", "Still read.")]
    assert ingest.skipped == []


def test_html_that_defeated_the_standard_parser_is_read_in_linear_time() -> None:
    # html.parser on this Python: "<a " x 20,000 took 31 s (a known CPython issue).
    t0 = time.monotonic()
    _, text = html_text("<p>Start.</p>" + "<a " * 20_000 + "<p>End.</p>")
    assert time.monotonic() - t0 < 5 and text.startswith("Start.")


# --- the whole build: a folder of every kind of trouble ----------------------------------


def test_a_build_over_bad_inputs_finishes_and_reports_each_skip(tmp_path: Path) -> None:
    from kg.build.pipeline import build
    from kg.settings import Settings

    folder = tmp_path / "in"
    _non_utf8_name(folder)
    write(folder / "a b.txt", "Mark Rutte met Olaf Scholz in Berlin.")
    write(folder / "a_b.txt", "Olaf Scholz visited Paris.")
    (folder / "gone.txt").symlink_to("missing.txt")
    os.mkfifo(folder / "pipe.txt")
    out = tmp_path / "out"
    build([folder], out, settings=Settings(n_process=1), html=False, store=False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"]["read"] == 3
    assert {Path(s["path"]).name: s["reason"] for s in report["documents"]["skipped_files"]} == {
        "gone.txt": "broken symbolic link (its target does not exist)",
        "pipe.txt": "not a regular file (named pipe)",
    }
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert set(graph["graph"]["documents"]) == {"a b.txt", "a_b.txt", "caf%E9.txt"}
    g = rdf.read(out / "graph.ttl")
    assert len(set(g.subjects(rdf.RDF.type, rdf.SCHEMA.NewsArticle))) == 3
