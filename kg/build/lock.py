"""One build at a time per output folder: a lock on ``OUT/.kg-build.lock``.

A second ``kg build`` into a folder that another build is writing stops at once with a
one-line message naming the folder and the other build's process id (:class:`BuildLocked`);
with ``wait=True`` (``kg build --wait``) it waits until that build is done. The lock is
an operating-system lock on the file (``flock``, through :mod:`filelock`), so the system
releases it when its process ends in any way, even by ``kill -9``: there is never a stale
lock to remove by hand. The holder's process id is kept beside it in ``.kg-build.pid``,
for the message only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import ConfigError, KGError

log = logging.getLogger(__name__)

LOCK_NAME = ".kg-build.lock"
PID_NAME = ".kg-build.pid"


class BuildLocked(KGError):
    """Another build is writing to the same output folder."""


def prepare(out: Path) -> None:
    """Make the output folder ``out``, or raise one :class:`~kg.errors.ConfigError` line saying why not.

    Called before any work, so a bad ``--out`` costs nothing.
    """
    if out.exists() and not out.is_dir():
        raise ConfigError(f"Cannot write the outputs to {str(out)!r}: it is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ConfigError(f"Cannot make the output folder {str(out)!r}: {err.strerror or err}") from err
    if not os.access(out, os.W_OK | os.X_OK):
        raise ConfigError(f"Cannot write the outputs to {str(out)!r}: the folder is not writable")


def holder(out: Path) -> str:
    """The process id of the build that holds ``out``'s lock, as written beside it, or ``'unknown'``."""
    try:
        pid = (out / PID_NAME).read_text(encoding="utf-8").strip()
    except OSError:
        return "unknown"
    return pid if pid.isdigit() else "unknown"


@contextmanager
def hold(out: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the build lock of the output folder ``out`` for the block.

    Raises:
        BuildLocked: another build holds it and ``wait`` is false.
        ConfigError: the lock file cannot be made (a read-only folder).
    """
    from filelock import FileLock, Timeout

    lock = FileLock(out / LOCK_NAME, timeout=0)
    try:
        try:
            lock.acquire()
        except Timeout:
            if not wait:
                raise BuildLocked(
                    f"Another kg build (pid {holder(out)}) is writing to {str(out)!r}; "
                    "wait for it to finish, or pass --wait"
                ) from None
            log.warning("waiting for the kg build (pid %s) writing to %s", holder(out), out)
            lock.acquire(timeout=-1)
    except OSError as err:
        raise ConfigError(f"Cannot write to the output folder {str(out)!r}: {err.strerror or err}") from err
    try:
        (out / PID_NAME).write_text(f"{os.getpid()}\n", encoding="utf-8")
        yield
    finally:
        (out / PID_NAME).unlink(missing_ok=True)
        lock.release()
