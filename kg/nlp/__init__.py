"""The spaCy stage: text in, actors and relations with character offsets out.

Takes a :class:`~kg.records.Document` (or plain text) and the loaded pipeline
(:func:`kg.nlp.model.load`: the English model plus kg's components) and gives
:class:`~kg.records.DocResult` records (:mod:`kg.nlp.extract`). Inside the stage the
components hand data to each other through registered ``Doc`` extensions
(:mod:`kg.nlp.state`); no spaCy object leaves it.

* :mod:`kg.nlp.mentions`, :mod:`kg.nlp.spans`, :mod:`kg.nlp.titles`, :mod:`kg.nlp.coref`:
  actors, their mentions, titles and coreference;
* :mod:`kg.nlp.rules`: the relation rules, one module each, and their registry;
* :mod:`kg.nlp.classifier`: pair features and the trained relation model;
* :mod:`kg.nlp.stated`: which relations their evidence sentence states.
* :mod:`kg.nlp.attribution`: who says what a sentence reports (the speaker of each relation).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.nlp.state import Parse

__all__ = ["parse"]


def parse(nlp: Language, texts: str | Iterable[str], *, rules: bool = False) -> Iterator[Parse]:
    """The stage's own view of each text: its Doc, mentions (actors) and facts.

    The entry point for training and tests that need more than records. The pipeline
    runs up to ``kg_mentions``; the facts are those of the titles, plus, with
    ``rules=True``, those of every relation rule (the classifier's are not included).

    Args:
        nlp: kg's pipeline, from :func:`kg.nlp.model.load`.
        texts: one text or several.
        rules: also run the relation rules of :mod:`kg.nlp.registry`.
    """
    from kg.nlp.components import rule_facts
    from kg.nlp.state import Parse

    if isinstance(texts, str):
        texts = [texts]
    disable = [name for name in ("kg_relations",) if name in nlp.pipe_names]
    for doc in nlp.pipe(texts, disable=disable):
        dm, facts = doc._.kg_mentions, doc._.kg_facts
        doc._.kg_mentions = doc._.kg_facts = None
        yield Parse(doc, dm, rule_facts(dm, facts) if rules else facts)
