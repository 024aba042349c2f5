"""Per-document extraction: Documents in, JSON-safe :class:`~kg.records.DocResult` records out.

A pure step: no state is shared between documents, so it runs in worker
processes, on a cluster, or from a cache.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.records import DocResult, Document
from kg.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def extract(
    docs: Iterable[Document], nlp: Language, *, settings: Settings | None = None
) -> Iterator[DocResult]:
    """Run the pipeline over ``docs`` in batches and yield one result per document, in order."""
    settings = settings or Settings()
    n_process = settings.n_process
    if n_process == 0:
        import os

        n_process = os.cpu_count() or 1
    stream = ((d.text, d) for d in docs)
    for spacy_doc, document in nlp.pipe(
        stream, as_tuples=True, batch_size=settings.batch_size, n_process=n_process
    ):
        yield to_result(spacy_doc, document, min_confidence=settings.min_confidence)


def extract_one(text: str, nlp: Language, *, doc_id: str = "doc") -> DocResult:
    """Extract from one text (handy in tests and notebooks)."""
    return next(extract([Document(id=doc_id, text=text)], nlp))


def to_result(doc: Doc, document: Document, *, min_confidence: float = 0.0) -> DocResult:
    """Turn kg's data on a parsed Doc into records (character offsets only)."""
    found = doc._.kg_relations or []
    used = {r["subject"] for r in found} | {r["object"] for r in found}
    entities = [e for e in doc._.kg_entities or [] if e["mentions"] or e["id"] in used]
    relations = [r for r in found if r["confidence"] >= min_confidence]
    return DocResult.from_records(document, entities, relations)
