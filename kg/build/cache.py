"""The extraction cache: one entry per document, keyed by its text and the extraction version.

A build looks every document up before parsing it, so rebuilding an unchanged
corpus parses nothing and adding ten articles parses those ten. Entries are
written as batches finish (not at the end), so a build killed half-way resumes
where it stopped.

Why SQLite and not one file per document: a single file in WAL mode takes
20,000 small writes a second, commits a batch atomically (a killed process
leaves no half-written entry), lets two builds share a cache safely, and does
not leave tens of thousands of tiny files to copy around. Each entry also
carries a checksum of its bytes: an entry that fails it, cannot be inflated or
is not the JSON kg wrote is treated as a miss, recomputed and overwritten.

The version in every key hashes kg's version, the source of the stages that decide
what is extracted (``EXTRACTION_SOURCES``: the spaCy stage, the lexicons and names it
reads, the records it writes), the files in ``kg/data``, the model's ``meta.json``, the
installed spaCy and thinc, and the settings that can change what is extracted. Any rules,
lexicon, model or library change starts a fresh cache; editing a later stage (the graph, RDF,
the page) does not.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import sqlite3
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.records import Document
from kg.settings import VERSION, Settings, versions

log = logging.getLogger(__name__)

#: The installed ``kg`` package.
PACKAGE = Path(__file__).resolve().parent.parent
CACHE_DIR = ".kg-cache"
DB_NAME = "extract.sqlite"
#: What decides a document's extraction result, relative to the ``kg`` package: every
#: file under these paths is hashed into the extraction version. A new module of the
#: spaCy stage is covered by its folder; a module elsewhere that extraction starts to
#: import must be added here (``tests/build/test_cache.py`` checks the list against the
#: imports of :mod:`kg.nlp`).
EXTRACTION_SOURCES = (
    "nlp",
    "data",
    "ingest/prose.py",
    "lexicon.py",
    "names.py",
    "records.py",
    "settings.py",
    "errors.py",
)
#: Settings that change how or where a build runs, or what it does after extraction.
DOWNSTREAM_SETTINGS = frozenset({
    "batch_size", "n_process", "executor", "scheduler", "cache", "cache_dir", "html_max_actors",
    "base_iri", "aliases_file", "graph_min_confidence", "graph_classifier_min_confidence",
})  # fmt: skip
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    checksum TEXT NOT NULL,
    data BLOB NOT NULL,
    created REAL NOT NULL
)
"""


def model_meta(settings: Settings) -> dict[str, Any]:
    """The ``meta.json`` of the model ``settings`` names, read without loading the model."""
    from kg.settings import best_model

    name = settings.model or best_model()
    path = Path(name)
    if not path.is_dir():
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
        if spec is None or not spec.origin:
            raise ConfigError(
                f"Cannot find spaCy pipeline {name!r}: expected an installed package or a folder"
            )
        path = Path(spec.origin).parent
    metas = [path / "meta.json", *sorted(path.glob("*/meta.json"))]
    for meta in metas:
        if meta.is_file():
            data: dict[str, Any] = json.loads(meta.read_text(encoding="utf-8"))
            return data
    raise ConfigError(f"No meta.json in spaCy pipeline {str(path)!r}")


def model_id(meta: dict[str, Any]) -> str:
    """The same id as :func:`kg.nlp.model.model_id`, from a model's meta.

    Examples:
        >>> model_id({"lang": "en", "name": "core_web_sm", "version": "3.8.0"})
        'en_core_web_sm-3.8.0'
    """
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


#: The libraries whose version can change what the same model finds: spaCy 3.8.7 and 3.8.18
#: lemmatize a few verbs differently ("route" and "rout").
LIBRARIES = ("spacy", "thinc")


def extraction_version(settings: Settings) -> str:
    """A short hash of everything that decides a document's extraction result."""
    h = hashlib.sha256()
    h.update(f"kg {VERSION}\n".encode())
    for library, version in versions(*LIBRARIES).items():
        h.update(f"{library} {version}\n".encode())
    for path in extraction_files():
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    h.update(json.dumps(model_meta(settings), sort_keys=True, default=str).encode())
    relevant = {
        f.name: getattr(settings, f.name) for f in fields(settings) if f.name not in DOWNSTREAM_SETTINGS
    }
    relevant["disabled_rules"] = sorted(settings.disabled_rules)
    h.update(json.dumps(relevant, sort_keys=True, default=str).encode())
    return h.hexdigest()[:24]


def extraction_files() -> list[Path]:
    """The source and data files of :data:`EXTRACTION_SOURCES`, sorted."""
    found: list[Path] = []
    for name in EXTRACTION_SOURCES:
        path = PACKAGE / name
        found += [p for p in path.rglob("*") if _source(p)] if path.is_dir() else [path]
    return sorted(found)


def _source(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"


def text_key(version: str, text: str) -> str:
    """The cache key of a document: its text under one extraction version.

    Examples:
        >>> text_key("v1", "NATO met.") == text_key("v1", "NATO met.") != text_key("v2", "NATO met.")
        True
    """
    return hashlib.blake2b(f"{version}\0{text}".encode(), digest_size=20).hexdigest()


def package_digest() -> str:
    """A hash of every file of the installed kg package (code, ontology, queries, data, page assets)."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if _source(path):
            h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def build_digest(
    version: str, docs: Iterable[Document], skipped: Iterable[object], options: dict[str, Any]
) -> str:
    """A hash of everything a build's outputs depend on: documents, kg itself and the options.

    Two builds with the same digest write the same outputs, so the second one
    can leave them as they are.
    """
    h = hashlib.sha256()
    h.update(f"{version}\0{package_digest()}\0".encode())
    h.update(json.dumps(options, sort_keys=True, default=str).encode())
    for doc in docs:
        h.update(json.dumps(doc.meta(), sort_keys=True).encode() + text_key(version, doc.text).encode())
    for item in skipped:
        h.update(str(item).encode() + b"\n")
    return h.hexdigest()


def _checksum(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class CacheStats:
    """What the cache did during one build."""

    hits: int
    misses: int
    corrupt: int


class Cache:
    """Per-document extraction results in ``DIR/extract.sqlite``.

    Values are the JSON form of a result without its document fields
    (``entities``, ``relations``, ``times``), so the same text under another id still
    hits; under another date it does not (relative times and when relations hold depend
    on it).

    Examples:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder, Cache(folder, "v1") as cache:
        ...     key = cache.key("NATO met.")
        ...     cache.put(key, {"entities": [], "relations": []})
        ...     cache.commit()
        ...     cache.get(key)
        {'entities': [], 'relations': []}
    """

    def __init__(self, directory: str | Path, version: str) -> None:
        self.dir = Path(directory)
        self.version = version
        self.hits = self.misses = self.corrupt = 0
        self.dir.mkdir(parents=True, exist_ok=True)
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        path = self.dir / DB_NAME
        try:
            return self._open(path)
        except sqlite3.DatabaseError as err:
            # A cache is only ever a copy of what extraction returns: set a damaged one aside.
            aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            log.warning("extraction cache %s is damaged (%s); moved to %s, starting afresh", path, err, aside)
            path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            return self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=60, isolation_level="DEFERRED")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(_SCHEMA)
        db.execute("SELECT count(*) FROM entries WHERE rowid = 1").fetchone()
        db.commit()
        return db

    def key(self, text: str, date: str | None = None) -> str:
        """The key of a document's text (and date, which its times are resolved against)
        under this cache's version."""
        return text_key(self.version, text if date is None else f"{text}\0date:{date}")

    def get(self, key: str) -> dict[str, Any] | None:
        """The cached value, or ``None`` when absent or damaged (counted as a miss)."""
        row = self._db.execute("SELECT checksum, data FROM entries WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            checksum, blob = row
            if _checksum(blob) != checksum:
                raise ValueError("checksum mismatch")
            value = json.loads(zlib.decompress(blob))
            if not isinstance(value, dict) or not {"entities", "relations"} <= value.keys():
                raise ValueError("not an extraction result")
        except (ValueError, TypeError, zlib.error) as err:
            log.warning("cache entry %s is damaged (%s); extracting again", key, err)
            self.corrupt += 1
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key`` (visible to other builds after :meth:`commit`)."""
        blob = zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(), 1)
        self._db.execute(
            "INSERT OR REPLACE INTO entries (key, version, checksum, data, created) VALUES (?, ?, ?, ?, ?)",
            (key, self.version, _checksum(blob), blob, time.time()),
        )

    def commit(self) -> None:
        """Make every entry put so far durable."""
        self._db.commit()

    def stats(self) -> CacheStats:
        """Hits, misses and damaged entries so far."""
        return CacheStats(self.hits, self.misses, self.corrupt)

    def close(self) -> None:
        """Commit and close the database."""
        self._db.commit()
        self._db.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
