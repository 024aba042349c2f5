"""``manifest.json``: which build wrote each output file, and what each file holds.

Written last, when every output of a build is in place (:func:`kg.build.publish.publish`),
so its presence says the outputs are whole. It names the build (``build_id``, ``time``,
kg's ``version``, ``inputs_digest``: a hash of the documents read and the inputs skipped)
and lists every file with its ``size``, ``sha256`` and the ``build_id`` of the build that
wrote it: an output this build did not write (``graph.html`` of an earlier build run
without ``--no-html``) keeps its own build's id. A reader can check a folder with
:func:`verify`; a build checks it before it calls its outputs up to date.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.io import atomic_write_text
from kg.records import Document
from kg.settings import VERSION

MANIFEST = "manifest.json"


def new_build_id() -> str:
    """A fresh id for a build (a random UUID's 32 hex digits)."""
    return uuid.uuid4().hex


def inputs_digest(docs: Iterable[Document], skipped: Iterable[object]) -> str:
    """A SHA-256 of the documents read (ids, fields and texts) and the inputs skipped, with why.

    Examples:
        >>> one, other = [Document("d1", "Ann met Bo.")], [Document("d1", "Ann.")]
        >>> inputs_digest(one, []) == inputs_digest(list(one), []) != inputs_digest(other, [])
        True
    """
    h = hashlib.sha256()
    for doc in docs:
        h.update(json.dumps(doc.meta(), sort_keys=True).encode() + b"\0")
        h.update(hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).digest())
    for item in skipped:
        h.update(str(item).encode("utf-8", "surrogatepass") + b"\n")
    return h.hexdigest()


def file_entry(path: Path, name: str, build_id: str) -> dict[str, Any]:
    """The manifest's entry for one file: its path in the folder, size, SHA-256 and build."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return {"path": name, "size": path.stat().st_size, "sha256": h.hexdigest(), "build_id": build_id}


def entries(folder: Path, build_id: str) -> list[dict[str, Any]]:
    """An entry for every file under ``folder`` (sub-folders too, paths with ``/``), sorted."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return [file_entry(p, p.relative_to(folder).as_posix(), build_id) for p in files]


def read(out: Path) -> dict[str, Any] | None:
    """The manifest in ``out``, or ``None`` when there is none or it cannot be read."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), list) else None


def write(out: Path, info: dict[str, Any], files: list[dict[str, Any]]) -> None:
    """Write ``manifest.json`` into ``out`` atomically: ``info`` about the build, then ``files``."""
    data = {**info, "files": sorted(files, key=lambda e: e["path"])}
    atomic_write_text(out / MANIFEST, json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def build_info(build_id: str, inputs: str) -> dict[str, Any]:
    """What the manifest says about a build: its id, when it published, kg's version, its inputs."""
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return {"build_id": build_id, "time": now, "kg_version": VERSION, "inputs_digest": inputs}


def verify(out: Path, build_id: str | None = None) -> list[str]:
    """What is wrong with the outputs in ``out`` by its manifest (an empty list: nothing).

    Every file the manifest lists must be there with its size and SHA-256; with
    ``build_id``, the manifest must be that build's, and only the files that build wrote
    are checked.
    """
    data = read(out)
    if data is None:
        return [f"no readable {MANIFEST}"]
    if build_id is not None and data.get("build_id") != build_id:
        return [f"{MANIFEST} is of build {data.get('build_id')!r}, not {build_id!r}"]
    problems = []
    for entry in data["files"]:
        if build_id is not None and entry.get("build_id") != build_id:
            continue
        path = out / str(entry.get("path"))
        if not path.is_file():
            problems.append(f"{entry.get('path')}: missing")
        elif path.stat().st_size != entry.get("size"):
            problems.append(f"{entry.get('path')}: size {path.stat().st_size}, not {entry.get('size')}")
        elif file_entry(path, "", "")["sha256"] != entry.get("sha256"):
            problems.append(f"{entry.get('path')}: content changed")
    return problems


def rewrite_entry(out: Path, name: str) -> None:
    """Hash the file ``name`` of ``out`` again in its manifest (a report refreshed in place)."""
    data = read(out)
    if data is None:
        return
    files = [e for e in data.pop("files") if e.get("path") != name]
    files.append(file_entry(out / name, name, str(data.get("build_id"))))
    write(out, data, files)
