"""Per-document extraction: Documents in, records out.

A pure step: no state is shared between documents, so it runs in worker
processes, on a cluster, or from a cache. :func:`extract_values` gives the JSON
form that workers send back and the cache keeps; :func:`extract` the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.nlp import pieces
from kg.nlp.model import one_thread
from kg.nlp.output import doc_value
from kg.records import DocResult, Document
from kg.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language


def extract_values(
    docs: Iterable[Document], nlp: Language, *, settings: Settings | None = None
) -> Iterator[tuple[Document, dict[str, Any]]]:
    """Run the pipeline over ``docs`` in batches; yield each with its JSON-form result, in order.

    A document longer than ``settings.max_chars`` goes through the pipeline in pieces
    (:mod:`kg.nlp.pieces`); its result is one, with offsets into its whole text.
    """
    settings = settings or Settings()
    n_process = settings.n_process
    if n_process == 0:
        import os

        n_process = os.cpu_count() or 1

    def stream() -> Iterator[tuple[str, tuple[Document, int, bool]]]:
        for d in docs:
            spans = pieces.cuts(d.text, settings.max_chars)
            for k, (start, end) in enumerate(spans):
                yield (d.text if len(spans) == 1 else d.text[start:end]), (d, start, k == len(spans) - 1)

    parts: list[tuple[int, dict[str, Any]]] = []
    with one_thread():
        for spacy_doc, (document, start, last) in nlp.pipe(
            stream(), as_tuples=True, batch_size=settings.batch_size, n_process=n_process
        ):
            value = doc_value(spacy_doc, min_confidence=settings.min_confidence, date=document.date)
            parts.append((start, value))
            if last:
                yield document, parts[0][1] if len(parts) == 1 else pieces.join(parts)
                parts = []


def extract(
    docs: Iterable[Document], nlp: Language, *, settings: Settings | None = None
) -> Iterator[DocResult]:
    """Run the pipeline over ``docs`` in batches and yield one result per document, in order."""
    for document, value in extract_values(docs, nlp, settings=settings):
        yield DocResult.from_value(document, value)


def extract_one(text: str, nlp: Language, *, doc_id: str = "doc", date: str | None = None) -> DocResult:
    """Extract from one text, dated ``date`` (ISO 8601) if given (handy in tests and notebooks)."""
    return next(extract([Document(id=doc_id, text=text, date=date)], nlp))
