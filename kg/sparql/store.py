"""The embedded Oxigraph store beside a built graph: ``OUT/store``.

:func:`build` bulk-loads ``graph.nt`` (or ``graph.ttl``) into a fresh store in a
temp folder beside ``OUT/store`` and only then swaps it in, so a killed build
never leaves half a store and the previous store keeps answering until the new
one is complete. :func:`open` opens it read-only, or loads ``graph.ttl`` into
memory when no store was built (or when asked to: lookups in memory are about
three times faster than in the on-disk store, at the cost of loading the graph
first, about 8 s and a few hundred MB for a million triples).
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from kg.errors import KGError

log = logging.getLogger(__name__)

STORE_DIR = "store"
#: Graph files a store can be built from, in order of preference (N-Triples loads fastest).
SOURCES = ("graph.nt", "graph.ttl", "graph.jsonld")


def _source(graph_dir: Path) -> Path:
    for name in SOURCES:
        if (graph_dir / name).is_file():
            return graph_dir / name
    raise KGError(f"No {', '.join(SOURCES)} in {str(graph_dir)!r}; run `kg build --out {graph_dir}` first")


def _rdf_format(path: Path) -> Any:
    import pyoxigraph as ox

    return {".nt": ox.RdfFormat.N_TRIPLES, ".ttl": ox.RdfFormat.TURTLE, ".jsonld": ox.RdfFormat.JSON_LD}[
        path.suffix
    ]


def build(out_dir: str | Path) -> Path:
    """Load the graph written in ``out_dir`` into an on-disk Oxigraph store at ``out_dir/store``.

    Args:
        out_dir: a folder holding ``graph.nt`` or ``graph.ttl`` (as written
            by :func:`kg.rdf.serialize.write`).

    Returns:
        The path of the store folder.

    Raises:
        KGError: when there is no graph to load or the file is not valid RDF.
    """
    import pyoxigraph as ox

    out = Path(out_dir)
    source = _source(out)
    target = out / STORE_DIR
    # Leftovers of builds that were killed half-way.
    for stale in out.glob(f".{STORE_DIR}.*"):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.new-", dir=out))
    try:
        store = ox.Store(str(tmp))
        try:
            store.bulk_load(path=str(source), format=_rdf_format(source))
            store.optimize()
            store.flush()
        except (SyntaxError, ValueError) as err:
            raise KGError(f"Cannot load {str(source)!r} into the store: {err}") from err
        finally:
            # RocksDB keeps files open until the store object is gone.
            del store
            gc.collect()
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.old-", dir=out))
            os.replace(target, old / STORE_DIR)
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("built store %s from %s", target, source.name)
    return target


MEMORY_LIMIT = 512 * 2**20
"""Graph files up to this size are served from memory by default (about 1.5M triples in Turtle)."""


def fits_in_memory(graph_dir: str | Path, limit: int = MEMORY_LIMIT) -> bool:
    """Whether the graph file of a built graph is small enough to serve from memory.

    >>> fits_in_memory("no/such/folder")
    False
    """
    path = Path(graph_dir)
    try:
        source = path if path.is_file() else _source(path)
    except KGError:
        return False
    return source.stat().st_size <= limit


def open(graph_dir: str | Path, *, memory: bool = False) -> Any:  # mirrors shelve.open / dbm.open
    """Open the store of a built graph read-only, or an in-memory store of its graph file.

    Args:
        graph_dir: a ``kg build`` output folder, or a ``graph.ttl``/``.nt`` file.
        memory: load the graph file into memory even when an on-disk store exists.

    Returns:
        A ``pyoxigraph.Store``. Updates on an on-disk store fail: it is opened read-only.
    """
    import pyoxigraph as ox

    path = Path(graph_dir)
    if path.is_file():
        source = path
    elif (path / STORE_DIR).is_dir() and not memory:
        try:
            return ox.Store.read_only(str(path / STORE_DIR))
        except OSError as err:
            raise KGError(f"Cannot open the store in {str(path / STORE_DIR)!r}: {err}") from err
    elif path.is_dir():
        source = _source(path)
    else:
        raise KGError(f"No graph at {str(path)!r}: expected a `kg build` output folder or a graph.ttl file")
    if source.suffix not in (".nt", ".ttl", ".jsonld"):
        raise KGError(f"Cannot read RDF from {str(source)!r}: expected a .ttl, .nt or .jsonld file")
    store = ox.Store()
    try:
        store.bulk_load(path=str(source), format=_rdf_format(source))
    except (SyntaxError, ValueError) as err:
        raise KGError(f"Cannot load {str(source)!r}: {err}") from err
    return store
