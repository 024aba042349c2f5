"""The extraction cache: rebuilds reuse it, new articles alone are parsed, kills resume."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kg import settings as kg_settings
from kg.build import cache, executors, pipeline
from kg.build.cache import Cache, extraction_version, text_key
from kg.settings import Settings
from tests.conftest import SEEDS

SETTINGS = Settings(n_process=1)
EXTRA = {
    "extra-1.txt": "NATO Secretary General Mark Rutte visited Kyiv on Thursday. He met President Zelensky.",
    "extra-2.txt": "The European Union condemned the attack. Ursula von der Leyen said Europe backs Ukraine.",
    "extra-3.txt": "Google, the search company based in Mountain View, hired a new chief executive.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of every document that goes through the model."""
    seen: list[str] = []
    real = executors.extract_batch

    def spy(docs: list[Any], settings: Settings) -> list[dict[str, Any]]:
        seen.extend(d.id for d in docs)
        return real(docs, settings)

    monkeypatch.setattr(executors, "extract_batch", spy)
    return seen


def _build(corpus: Path, out: Path, **changes: Any) -> dict[str, Any]:
    return pipeline.build([corpus], out, settings=SETTINGS.evolve(**changes), html=False, store=False)


def _graph(out: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {n["id"] for n in data["nodes"]}, {(e["source"], e["target"], e["key"]) for e in data["edges"]}


def test_rebuild_of_an_unchanged_corpus_leaves_the_outputs_alone(
    corpus: Path, tmp_path: Path, extracted: list[str]
) -> None:
    out = tmp_path / "out"
    first = _build(corpus, out)
    assert first["cache"]["misses"] == 2 and first["cache"]["hits"] == 0 and not first["up_to_date"]
    assert (out / ".kg-cache" / cache.DB_NAME).is_file()
    before = (out / "graph.json").stat().st_mtime_ns
    extracted.clear()
    second = _build(corpus, out)
    assert extracted == []
    assert second["up_to_date"] is True
    assert (out / "graph.json").stat().st_mtime_ns == before
    assert second["actors"] == first["actors"] and second["relations"] == first["relations"]
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["up_to_date"] is True


def test_a_rebuild_with_other_outputs_merges_again_from_the_cache(
    corpus: Path, tmp_path: Path, extracted: list[str]
) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    before = (out / "graph.json").read_bytes()
    extracted.clear()
    report = pipeline.build([corpus], out, settings=SETTINGS, formats=["ttl", "nt"], html=False, store=False)
    assert extracted == []
    assert not report["up_to_date"]
    assert (report["cache"]["hits"], report["cache"]["misses"]) == (2, 0)
    assert (out / "graph.json").read_bytes() == before, "cached results give the same graph"
    assert report["peak_memory_mb"] > 0 and "rdf" in report["peak_memory_mb_after"]
    (out / "graph.nt").unlink()  # an output gone: build again
    again = pipeline.build([corpus], out, settings=SETTINGS, formats=["ttl", "nt"], html=False, store=False)
    assert not again["up_to_date"] and (out / "graph.nt").is_file()


def test_adding_articles_extracts_only_those(corpus: Path, tmp_path: Path, extracted: list[str]) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    for name, text in EXTRA.items():
        (corpus / name).write_text(text, encoding="utf-8")
    extracted.clear()
    report = _build(corpus, out)
    assert sorted(extracted) == sorted(EXTRA)
    assert (report["cache"]["hits"], report["cache"]["misses"]) == (2, 3)
    assert report["documents"]["read"] == 5


def test_a_renamed_document_still_hits(corpus: Path, tmp_path: Path, extracted: list[str]) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    first = sorted(corpus.iterdir())[0]
    first.rename(first.with_name("renamed.txt"))
    extracted.clear()
    _build(corpus, out)
    assert extracted == []
    docs = json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["documents"]
    assert "renamed.txt" in docs


@pytest.mark.parametrize("damage", ["checksum", "truncated", "not-json"])
def test_a_damaged_entry_is_detected_and_recomputed(
    corpus: Path, tmp_path: Path, extracted: list[str], damage: str
) -> None:
    import zlib

    out = tmp_path / "out"
    _build(corpus, out)
    before = _graph(out)
    db = sqlite3.connect(out / ".kg-cache" / cache.DB_NAME)
    key, blob = db.execute("SELECT key, data FROM entries ORDER BY key LIMIT 1").fetchone()
    if damage == "checksum":
        db.execute("UPDATE entries SET data = ? WHERE key = ?", (blob[:-1] + bytes([blob[-1] ^ 1]), key))
    else:
        bad = blob[: len(blob) // 2] if damage == "truncated" else zlib.compress(b"[1, 2")
        digest = cache._checksum(bad)  # a consistent checksum: the content itself must be checked
        db.execute("UPDATE entries SET data = ?, checksum = ? WHERE key = ?", (bad, digest, key))
    db.commit()
    db.close()
    (out / "report.json").unlink()  # so the build cannot call its outputs up to date
    extracted.clear()
    report = _build(corpus, out)
    assert len(extracted) == 1
    assert (report["cache"]["hits"], report["cache"]["misses"], report["cache"]["corrupt"]) == (1, 1, 1)
    assert _graph(out) == before
    extracted.clear()
    (out / "report.json").unlink()
    assert _build(corpus, out)["cache"]["hits"] == 2  # the entry was rewritten
    assert extracted == []


def test_a_cache_file_that_is_not_a_database_is_set_aside(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    db = out / ".kg-cache" / cache.DB_NAME
    for leftover in db.parent.glob(f"{cache.DB_NAME}-*"):
        leftover.unlink()
    db.write_bytes(b"this is not sqlite" * 100)
    (out / "report.json").unlink()
    report = _build(corpus, out)
    assert report["cache"]["misses"] == 2
    assert list(db.parent.glob(f"{cache.DB_NAME}.corrupt-*"))
    (out / "report.json").unlink()
    assert _build(corpus, out)["cache"]["hits"] == 2


def test_a_build_killed_after_extraction_keeps_old_outputs_and_resumes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extracted: list[str]
) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    old = {name: (out / name).read_bytes() for name in ("graph.json", "graph.ttl", "report.json")}
    for name, text in EXTRA.items():
        (corpus / name).write_text(text, encoding="utf-8")

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # what Ctrl+C raises half-way through

    with monkeypatch.context() as m:
        m.setattr("kg.resolve.resolve", killed)  # the name the pipeline looks up when it resolves
        with pytest.raises(KeyboardInterrupt):
            _build(corpus, out)
    assert {name: (out / name).read_bytes() for name in old} == old
    assert not list(out.glob(".staging-*"))
    extracted.clear()
    report = _build(corpus, out)
    assert extracted == [], "the killed build's extraction was cached"
    assert report["cache"]["hits"] == 5 and report["documents"]["read"] == 5


def test_a_build_killed_during_extraction_resumes_from_finished_batches(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in EXTRA.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    real = executors.extract_batch
    calls: list[int] = []

    def dies_on_third_batch(docs: list[Any], settings: Settings) -> list[dict[str, Any]]:
        calls.append(len(docs))
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(docs, settings)

    monkeypatch.setattr(executors, "extract_batch", dies_on_third_batch)
    with pytest.raises(KeyboardInterrupt):
        _build(corpus, out, batch_size=2)
    assert not (out / "graph.json").exists()
    monkeypatch.setattr(executors, "extract_batch", real)
    report = _build(corpus, out, batch_size=2)
    assert (report["cache"]["hits"], report["cache"]["misses"]) == (4, 1)


def test_no_cache_and_cache_dir(corpus: Path, tmp_path: Path) -> None:
    report = _build(corpus, tmp_path / "a", cache=False)
    assert report["cache"]["enabled"] is False and not (tmp_path / "a" / ".kg-cache").exists()
    shared = tmp_path / "shared-cache"
    _build(corpus, tmp_path / "b", cache_dir=str(shared))
    report = _build(corpus, tmp_path / "c", cache_dir=str(shared))
    assert report["cache"]["hits"] == 2 and report["cache"]["dir"] == str(shared)


def test_the_version_changes_with_rules_settings_and_model(monkeypatch: pytest.MonkeyPatch) -> None:
    base = extraction_version(Settings())
    assert extraction_version(Settings(n_process=2, batch_size=7, html_max_actors=1)) == base
    assert extraction_version(Settings(disabled_rules=("kg.open.v1",))) != base
    assert extraction_version(Settings(min_confidence=0.5)) != base
    monkeypatch.setattr(cache, "model_meta", lambda settings: {"name": "other", "version": "9"})
    assert extraction_version(Settings()) != base
    assert text_key(base, "a") != text_key(base, "b")


def test_the_version_changes_with_the_spacy_and_thinc_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another spaCy can find other things with the same model: 3.8.7 and 3.8.18 lemmatize a few
    verbs differently, so a cache filled under one is not read under the other."""
    base = extraction_version(Settings())
    installed = kg_settings.metadata.version
    for library in ("spacy", "thinc"):

        def version(name: str, lib: str = library) -> str:
            return "0.0.1" if name == lib else installed(name)

        monkeypatch.setattr(kg_settings.metadata, "version", version)
        assert extraction_version(Settings()) != base, library
    monkeypatch.setattr(kg_settings.metadata, "version", installed)
    assert extraction_version(Settings()) == base


def test_the_version_changes_when_lexicon_data_or_extraction_code_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "kg"
    shutil.copytree(cache.PACKAGE, fake, ignore=shutil.ignore_patterns("__pycache__", "assets"))
    monkeypatch.setattr(cache, "PACKAGE", fake)
    before = extraction_version(Settings())
    lexicon = fake / "data" / "lexicon.json"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert extraction_version(Settings()) != before
    before = extraction_version(Settings())
    (fake / "viz" / "page.py").write_text("# the page changed\n", encoding="utf-8")
    assert extraction_version(Settings()) == before, "a downstream module does not touch extraction"
    (fake / "nlp" / "rules" / "new_rule.py").write_text("# a new extraction module\n", encoding="utf-8")
    assert extraction_version(Settings()) != before


def test_cache_counts_hits_and_misses(tmp_path: Path) -> None:
    with Cache(tmp_path, "v1") as c:
        assert c.get(c.key("x")) is None
        c.put(c.key("x"), {"entities": [], "relations": []})
        assert c.get(c.key("x")) == {"entities": [], "relations": []}
        assert (c.stats().hits, c.stats().misses, c.stats().corrupt) == (1, 1, 0)
    with Cache(tmp_path, "v2") as c:  # another version never sees v1's entries
        assert c.get(c.key("x")) is None
