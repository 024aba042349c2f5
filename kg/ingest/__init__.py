"""Ingest: files and folders in, :class:`~kg.records.Document` records out.

Takes ``.txt``, ``.md``, ``.jsonl`` and ``.html`` paths (folders recursively) and gives
one Document per article, in a stable order; a file it cannot read is skipped with its
reason (:attr:`Ingest.skipped`) and the rest goes on.
"""

from kg.ingest.readers import Ingest, Skipped

__all__ = ["Ingest", "Skipped"]
