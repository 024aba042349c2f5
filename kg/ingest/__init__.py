"""Ingest: files and folders in, :class:`~kg.records.Document` records out.

Takes ``.txt``, ``.md``, ``.jsonl`` and ``.html`` paths (folders recursively) and gives
one Document per article, in a stable order; a file it cannot read is skipped with its
reason (:attr:`Ingest.skipped`) and the rest goes on. Nothing is left out unsaid: links
that lead nowhere, pipes, folders it cannot open and bad JSON lines are skipped with
their reasons too (:mod:`kg.ingest.files` finds and decodes the files).
"""

from kg.ingest.readers import Ingest, Skipped

__all__ = ["Ingest", "Skipped"]
