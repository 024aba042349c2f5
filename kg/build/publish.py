"""Staging and publishing a build's outputs, and leaving up-to-date outputs alone.

Every output is written into a staging folder inside ``out`` and moved over the old
one only when all of them are done (:func:`staging`, :func:`publish`), so a killed
build leaves the previous outputs intact. A build whose digest (documents, kg itself,
options) matches the one that wrote ``out`` only refreshes ``report.json``
(:func:`up_to_date`, :func:`refresh`).
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
    """The report of the build in ``out`` if it had this digest and its outputs are all there."""
    try:
        previous: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(previous, dict) or previous.get("build_digest") != digest:
        return None
    outputs = previous.get("outputs") or []
    return previous if outputs and all((out / name).exists() for name in outputs) else None


def publish(stage: Path, out: Path) -> None:
    """Move every staged output over the old one (each move is atomic)."""
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


def file_digest(path: str | None) -> str | None:
    import hashlib

    if not path or not Path(path).is_file():
        return path
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
