"""Per-document extraction: Documents in, JSON-safe :class:`~kg.records.DocResult` records out.

A pure step: no state is shared between documents, so it runs in worker
processes, on a cluster, or from a cache.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
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
    entities = tuple(
        Entity(
            id=e["id"],
            name=e["name"],
            type=e["type"],
            mentions=tuple(Mention(m["start"], m["end"], m["text"], m["rule"]) for m in e["mentions"]),
            merges=tuple((a, b) for a, b in e["merges"]),
        )
        for e in doc._.kg_entities or []
    )
    used = {r["subject"] for r in doc._.kg_relations or []} | {r["object"] for r in doc._.kg_relations or []}
    entities = tuple(e for e in entities if e.mentions or e.id in used)
    relations = tuple(
        Relation(
            subject=r["subject"],
            predicate=r["predicate"],
            object=r["object"],
            evidence=Evidence(
                document.id, r["evidence"]["start"], r["evidence"]["end"], r["evidence"]["text"]
            ),
            confidence=r["confidence"],
            negated=r["negated"],
            rule=r["rule"],
            label=r.get("label"),
        )
        for r in doc._.kg_relations or []
        if r["confidence"] >= min_confidence
    )
    return DocResult(doc=document, entities=entities, relations=relations)
