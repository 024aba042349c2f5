"""kg's closed vocabulary as an rdflib namespace: a typo raises.

The terms are defined in ``kg/rdf/ontology.ttl``; a test keeps the two in step.

Examples:
    >>> from kg.rdf.vocab import KG
    >>> str(KG.leaderOf)
    'https://w3id.org/kg/ontology#leaderOf'
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.settings import VOCAB_IRI


class KG(DefinedNamespace):
    """Classes and properties of ``https://w3id.org/kg/ontology#``."""

    _NS = Namespace(VOCAB_IRI)
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Group: URIRef
    Event: URIRef
    Work: URIRef
    Assertion: URIRef
    Merge: URIRef

    # relations between actors (docs/vocabulary.md)
    leaderOf: URIRef
    memberOf: URIRef
    worksFor: URIRef
    citizenOf: URIRef
    livesIn: URIRef
    bornIn: URIRef
    basedIn: URIRef
    locatedIn: URIRef
    partOf: URIRef
    meetsWith: URIRef
    visits: URIRef
    discusses: URIRef
    proposes: URIRef
    supports: URIRef
    providesAidTo: URIRef
    criticizes: URIRef
    attacks: URIRef
    kills: URIRef
    makesStatementAbout: URIRef
    relatedTo: URIRef

    # actors
    alias: URIRef
    nameKey: URIRef
    mentionCount: URIRef
    mentionedIn: URIRef
    merge: URIRef
    surfaceForm: URIRef
    mergeRule: URIRef

    # assertions, evidence, documents
    negated: URIRef
    confidence: URIRef
    rule: URIRef
    date: URIRef
    evidenceText: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    voice: URIRef
    speaker: URIRef
    speakerText: URIRef
    attributedToText: URIRef
    source: URIRef
    documentCount: URIRef
    sourceCount: URIRef
    contested: URIRef

    # links to other knowledge bases (kg.graph.links)
    iso3166: URIRef

    # change sets (kg diff)
    ChangeSet: URIRef
    build: URIRef
    sinceBuild: URIRef
    addedGraph: URIRef
    removedGraph: URIRef
    changedGraph: URIRef

    # when an assertion holds (with schema:startDate / schema:endDate)
    eventTime: URIRef
    timeSource: URIRef


#: The vocabulary's terms (local names), in declaration order.
TERMS: tuple[str, ...] = tuple(KG.__annotations__)
