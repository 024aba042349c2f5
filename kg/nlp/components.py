"""kg's spaCy components, declared with ``@Language.factory`` and their data contract.

``kg_paragraphs`` marks paragraph starts before the parser; ``kg_mentions`` finds the
actors of a document and groups their mentions; ``kg_relations`` finds the relations
between them. They hand data to each other through the Doc extensions of
:mod:`kg.nlp.state`, and leave JSON-safe records (character offsets only) on
``doc._.kg_entities`` and ``doc._.kg_relations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import ConfigError
from kg.nlp import output, prose, references
from kg.nlp.coref import resolve_pronouns, resolve_role_phrases
from kg.nlp.mentions import DocMentions
from kg.nlp.ner import put_names_aside
from kg.nlp.registry import DOCUMENT_RULES, RULES
from kg.nlp.roles import IMPLIED_RULE
from kg.nlp.rules.frames import Frames
from kg.nlp.rules.known_places import AGENCY_RULE, TOWN_RULE
from kg.nlp.rules.known_places import RULE as KNOWN_PLACES_RULE
from kg.nlp.rules.orgplace import unless_stated
from kg.nlp.rules.sheets import RULE as SHEET_RULE
from kg.nlp.rules.sheets import on_sheets
from kg.nlp.spans import paragraph_starts
from kg.nlp.state import Fact, register_extensions
from kg.nlp.titles import find_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc

_registered = False


def register() -> None:
    """Declare kg's components without settings and the Doc extensions (once per process);
    :func:`kg.nlp.factories.declare` declares the ones with settings."""
    global _registered
    if _registered:
        return
    from spacy.language import Language

    register_extensions()
    Language.component("kg_prose", assigns=["doc._.kg_regions"], func=prose.mark)
    Language.component("kg_paragraphs", func=paragraph_starts)
    Language.component("kg_put_names_aside", assigns=["doc.spans", "doc.ents"], func=put_names_aside)

    _registered = True


def mentions(doc: Doc) -> tuple[DocMentions, list[Fact]]:
    """A parsed Doc's actors with their mentions, and the facts its titles state."""
    dm = DocMentions(doc)
    dm.collect()
    dm.cluster()
    facts = find_titles(dm)
    resolve_role_phrases(dm)
    resolve_pronouns(dm)
    return dm, facts


def rule_facts(
    dm: DocMentions, title_facts: list[Fact], disabled: frozenset[str] = frozenset()
) -> list[Fact]:
    """What the switched-on relation rules find, in their order: titles, frames, then the
    whole-document rules (the classifier is not among them); a seat read off a name gives way
    to one the text states."""
    facts = [] if "kg.title.v1" in disabled else list(title_facts)
    facts += Frames(dm, disabled=disabled).run()
    for name in DOCUMENT_RULES:
        if name not in disabled:
            facts += RULES[name].run(dm)
    return unless_stated(facts)


class MentionsComponent:
    """Actors and their mentions (``kg.mentions.v1``, ``kg.title.v1``, coreference)."""

    def __call__(self, doc: Doc) -> Doc:
        dm, facts = mentions(doc)
        doc._.kg_mentions = dm
        doc._.kg_facts = facts
        doc._.kg_entities = output.entities(dm)
        doc._.kg_products = sorted(dm.products)
        return doc


class RelationsComponent:
    """Relations between the actors: the relation rules of :mod:`kg.nlp.registry`, then the classifier."""

    def __init__(self, disabled: frozenset[str]) -> None:
        self.disabled = disabled

    def __call__(self, doc: Doc) -> Doc:
        dm, facts = doc._.kg_mentions, doc._.kg_facts
        if dm is None or facts is None:
            raise ConfigError("kg_relations needs kg_mentions before it in the pipeline")
        # the live hand-over ends here: the Doc that leaves the pipeline holds records only
        doc._.kg_mentions = doc._.kg_facts = None
        facts = rule_facts(dm, facts, self.disabled)
        if "kg.classifier.v1" not in self.disabled:
            facts = unless_stated(facts + RULES["kg.classifier.v1"].run(dm, facts))
        # a fact only the classifier reads is no relation, nor is the classifier's echo of it
        echoes = {(f.subject, f.predicate, f.object) for f in facts if f.feature_only}
        facts = [f for f in facts if not f.feature_only and (f.subject, f.predicate, f.object) not in echoes]
        where = prose.Regions(doc._.kg_regions)
        # a team sheet is a table the rule made for it reads (kg.squad.v1), and no other rule
        facts = [
            f
            for f in on_sheets(doc, facts)
            if f.rule == SHEET_RULE or where.kind_at(doc[f.sentence].idx) not in prose.NO_RELATIONS
        ]
        # what the relations found imply, and what the gazetteer knows of the places named apart
        for name in (IMPLIED_RULE, KNOWN_PLACES_RULE, AGENCY_RULE, TOWN_RULE):
            if name not in self.disabled:
                facts += RULES[name].run(dm, facts)
        references.scan_works(dm)
        references.add_demonyms(dm)
        doc._.kg_entities = output.entities(dm)
        doc._.kg_relations = output.relations(dm, facts)
        return doc
