"""Staging and publishing a build's outputs, and leaving up-to-date outputs alone.

Every output is written into a staging folder inside ``out`` and moved over the old
one only when all of them are done (:func:`staging`, :func:`publish`), so a killed
build leaves the previous outputs intact. Publishing is one step under the build lock
(:mod:`kg.build.lock`): the old ``manifest.json`` goes first, the outputs move in, and
the new manifest (:mod:`kg.build.manifest`), naming the build each file belongs to,
comes last; outputs without a manifest are those of a build killed while it published.
A build whose digest (documents, kg itself, options) matches the one that wrote ``out``,
and whose files are all as its manifest lists them, only refreshes ``report.json``
(:func:`up_to_date`, :func:`kg.build.report.refresh`).
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg.build import manifest

log = logging.getLogger(__name__)


def remove_stale(out: Path) -> None:
    """Remove the staging folders that builds killed outright left in ``out``."""
    for stale in out.glob(".staging-*"):
        shutil.rmtree(stale, ignore_errors=True)


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A fresh staging folder inside ``out``, deleted when the block ends (published or not)."""
    stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def up_to_date(out: Path, digest: str) -> dict[str, Any] | None:
    """The report of the build in ``out`` if it had this digest and its outputs are all there,
    byte for byte as its manifest lists them."""
    try:
        previous: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(previous, dict) or previous.get("build_digest") != digest:
        return None
    build_id = previous.get("build_id")
    if not isinstance(build_id, str):
        return None
    problems = manifest.verify(out, build_id)
    if problems:
        log.info("outputs in %s are not those of their build (%s); building again", out, problems[0])
        return None
    outputs = previous.get("outputs") or []
    return previous if outputs and all((out / name).exists() for name in outputs) else None


def publish(stage: Path, out: Path, *, build_id: str, inputs_digest: str) -> None:
    """Move every staged output over the old one, then write the manifest of ``out``.

    Each move is atomic; the manifest is removed before the first and written after the
    last, so it is there only when the outputs are whole. An output of an earlier build
    that this one did not write stays, listed with that build's id.
    """
    files = manifest.entries(stage, build_id)
    files += _kept(out, {item.name for item in stage.iterdir()})
    (out / manifest.MANIFEST).unlink(missing_ok=True)
    for item in sorted(stage.iterdir()):
        target = out / item.name
        if item.is_dir():
            old = out / f".old-{item.name}"
            shutil.rmtree(old, ignore_errors=True)
            if target.exists():
                target.rename(old)
            item.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            item.replace(target)
    manifest.write(out, manifest.build_info(build_id, inputs_digest), files)


def _kept(out: Path, written: set[str]) -> list[dict[str, Any]]:
    """The entries of the old manifest for files this build leaves in place (still of their size)."""
    old = manifest.read(out) or {"files": []}
    kept = []
    for entry in old["files"]:
        name = str(entry.get("path", ""))
        path = out / name
        if name.split("/")[0] not in written and path.is_file() and path.stat().st_size == entry.get("size"):
            kept.append(entry)
    return kept


def file_digest(path: str | None) -> str | None:
    """The SHA-256 of the file at ``path`` (the alias file, for the build digest), or ``path`` itself."""
    import hashlib

    if not path or not Path(path).is_file():
        return path
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
