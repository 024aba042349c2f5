"""What kg's components hand each other inside the spaCy stage.

``kg_prose`` leaves the text's non-prose regions on ``doc._.kg_regions``;
``kg_mentions`` leaves the document's :class:`~kg.nlp.mentions.DocMentions` on
``doc._.kg_mentions`` and the facts its titles state on ``doc._.kg_facts``;
``kg_relations`` reads both, adds what the relation rules find and leaves JSON-safe
records on ``doc._.kg_entities`` and ``doc._.kg_relations``. It then clears the two live
extensions, so a Doc that leaves the pipeline holds no kg object (a worker can send it
back). Each component declares what it reads and writes in ``requires``/``assigns``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.nlp.mentions import DocMentions

#: The Doc extensions of the stage: the non-prose regions, two live hand-overs, then the two
#: JSON-safe outputs.
EXTENSIONS = ("kg_regions", "kg_mentions", "kg_facts", "kg_entities", "kg_relations", "kg_products")


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation between two clusters of one document, before it becomes a record."""

    subject: int
    predicate: str
    object: int
    sentence: int  # token index of the sentence start
    confidence: float
    rule: str
    negated: bool = False
    label: str | None = None
    #: read by the relation classifier as a feature, but no relation of its own ("Moya led Spain to
    #: victory" says something of Moya and Spain, though not that he leads Spain)
    feature_only: bool = False


@dataclass(frozen=True, slots=True)
class Parse:
    """One parsed document inside the stage: its Doc, its mentions and the facts found so far."""

    doc: Doc
    mentions: DocMentions
    facts: list[Fact]

    def names(self) -> dict[int, str]:
        """The name of each cluster (actor) of the document, by its index."""
        return {n: c.name for n, c in enumerate(self.mentions.clusters)}


def register_extensions() -> None:
    """Declare the stage's ``Doc`` extensions (once per process; later calls do nothing)."""
    from spacy.tokens import Doc

    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
