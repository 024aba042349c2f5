"""The factories of kg's spaCy components that take settings: ``kg_news_ner``, ``kg_entities``,
``kg_mentions`` and ``kg_relations``.

spaCy checks a factory's arguments against its annotations when it builds the component,
so they are real objects here (spaCy 3.8.7 and earlier cannot read postponed ones): this
module does not postpone annotations, and :func:`kg.nlp.model.load` imports it (with spaCy)
only when it builds a pipeline.
"""

from collections.abc import Callable
from functools import partial
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.components import MentionsComponent, RelationsComponent
from kg.nlp.ner import dictionary, merge_entities
from kg.nlp.news_ner import NewsRecognizer
from kg.nlp.registry import check_disabled

_declared = False


def declare() -> None:
    """Declare the factories with spaCy (once per process)."""
    global _declared
    if _declared:
        return

    @Language.factory("kg_news_ner", assigns=["doc.ents"], default_config={"path": ""})
    def make_news_ner(nlp: Language, name: str, path: str) -> NewsRecognizer:
        return NewsRecognizer(nlp, Path(path))

    @Language.factory("kg_entities", requires=["doc.ents"], assigns=["doc.ents"], default_config={})
    def make_entities(nlp: Language, name: str) -> Callable[[Doc], Doc]:
        return partial(merge_entities, words=dictionary(nlp))

    @Language.factory(
        "kg_mentions",
        requires=["doc.ents", "doc._.kg_regions", "token.dep", "token.lemma", "token.pos"],
        assigns=["doc._.kg_mentions", "doc._.kg_facts", "doc._.kg_entities"],
        default_config={},
    )
    def make_mentions(nlp: Language, name: str) -> MentionsComponent:
        return MentionsComponent()

    @Language.factory(
        "kg_relations",
        requires=["doc._.kg_mentions", "doc._.kg_facts"],
        assigns=["doc._.kg_entities", "doc._.kg_relations"],
        default_config={"disabled_rules": []},
    )
    def make_relations(nlp: Language, name: str, disabled_rules: list[str]) -> RelationsComponent:
        return RelationsComponent(check_disabled(disabled_rules))

    _declared = True
