"""Records that flow between the stages: frozen, slotted, JSON-safe.

No spaCy object ever leaves the NLP stage; everything downstream sees these
records only, so they can be cached, pickled to a worker or written as JSON.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

ENTITY_TYPES = ("Person", "Organization", "Place", "Group", "Event", "Work")

PREDICATES = (
    "leaderOf",
    "memberOf",
    "worksFor",
    "citizenOf",
    "livesIn",
    "bornIn",
    "basedIn",
    "locatedIn",
    "partOf",
    "meetsWith",
    "visits",
    "discusses",
    "proposes",
    "supports",
    "providesAidTo",
    "criticizes",
    "attacks",
    "kills",
    "makesStatementAbout",
    "relatedTo",
)

SYMMETRIC_PREDICATES = frozenset({"meetsWith"})


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its stable id, its text and what is known about it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None

    def meta(self) -> dict[str, Any]:
        """Everything but the text, for reports and the graph."""
        return {"id": self.id, "title": self.title, "date": self.date, "url": self.url, "source": self.source}


#: Mention rules that refer to an actor without writing its name: a pronoun, a role phrase ("the
#: NATO chief"), a nationality's word pointing at its country ("German" of "German Chancellor").
UNNAMED = frozenset({"pronoun", "title", "demonym"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of a document's text that names or refers to an actor.

    ``rule`` says how it was found: ``ner``, ``work``, ``alias``, ``pronoun``,
    ``title`` (a role phrase like "the NATO chief"), ...
    """

    start: int
    end: int
    text: str
    rule: str = "ner"

    @property
    def named(self) -> bool:
        """The mention writes the actor's name (its rule is none of :data:`UNNAMED`)."""
        return self.rule not in UNNAMED


@dataclass(frozen=True, slots=True)
class Entity:
    """One actor inside one document, with every mention that refers to it."""

    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...]
    #: ``(surface form, rule)`` pairs saying why each form was merged in.
    merges: tuple[tuple[str, str], ...] = ()

    @property
    def aliases(self) -> list[str]:
        """Every named (non-pronoun) surface form, sorted."""
        return sorted({m.text for m in self.mentions if m.named})

    def to_json(self) -> dict[str, Any]:
        """The ``kg extract`` form: a nationality's word that points at a place ("German" in
        "German Chancellor Merkel") is no mention of it (CONTRACT: names, short names, pronouns
        and titles), so it is listed apart, under ``demonyms``, when there is one."""
        value: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [asdict(m) for m in self.mentions if m.rule != "demonym"],
            "merges": [list(x) for x in self.merges],
        }
        if demonyms := [asdict(m) for m in self.mentions if m.rule == "demonym"]:
            value["demonyms"] = demonyms
        return value


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states a relation: character offsets into its document.

    ``voice`` says who states it (``kg.attribution.v1``): ``"article"`` (the article, in its
    own voice) or ``"reported"`` (someone the article reports); a reported relation has
    the speaker's words (``speaker_text``) and, when they name an actor of the document,
    its entity id (``speaker``). ``None`` where extraction did not say (older results).

    ``time`` is when the relation holds: the TIMEX3 value of the time its sentence states,
    else the document's date; ``time_start``/``time_end`` are the ISO dates it covers
    (``None`` for an open end, "since 2019") and ``time_source`` says which was used
    (``sentence`` or ``article``; ``None`` when neither says).
    """

    doc: str
    start: int
    end: int
    text: str
    voice: str | None = None
    speaker: str | None = None
    speaker_text: str | None = None

    def said(self) -> dict[str, str]:
        """The attribution fields that are set, for the JSON forms."""
        fields = (("voice", self.voice), ("speaker", self.speaker), ("speaker_text", self.speaker_text))
        return {k: v for k, v in fields if v is not None}

    time: str | None = None
    time_start: str | None = None
    time_end: str | None = None
    time_source: str | None = None

    def when(self) -> dict[str, str | None]:
        """The time fields, as ``kg extract`` and ``graph.json`` write them (none when unknown)."""
        if self.time_source is None:
            return {}
        return {
            "time": self.time,
            "time_start": self.time_start,
            "time_end": self.time_end,
            "time_source": self.time_source,
        }


#: The time fields of an evidence in its JSON form.
TIME_FIELDS = ("time", "time_start", "time_end", "time_source")


@dataclass(frozen=True, slots=True)
class Time:
    """A time expression in a document: TIMEX3 ``type`` (DATE, TIME, DURATION, SET) and
    ``value`` (``2024-10-01``, ``P2Y``, ``PRESENT_REF``, ...), resolved against its date.

    ``rule`` names the rule of ``kg/data/timex.json`` that found it; ``mod`` is TIMEX3's
    (``START``, ``APPROX``, ``ON_OR_AFTER`` for "since 2019", ...).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str = ""
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two entities of one document.

    ``rule`` names the pattern or lexicon that produced it, ``label`` keeps
    the verb for the open ``relatedTo`` relation.
    """

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    confidence: float = 0.5
    negated: bool = False
    rule: str = ""
    label: str | None = None


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything extraction found in one document."""

    doc: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = field(default_factory=tuple)
    #: Non-prose lines and blocks set aside, by kind: ``{"lines": {"table": 12}, "blocks": {...}}``.
    set_aside: dict[str, dict[str, int]] = field(default_factory=dict)
    times: tuple[Time, ...] = ()
    #: Names a product's noun announces surely in the document ("the browser Firefox"), normalised
    #: (:func:`kg.names.normalise`): no actors here, nor in the corpus's other documents.
    products: tuple[str, ...] = ()

    def without(self, ids: Collection[str]) -> DocResult:
        """These records without the entities of ``ids`` (itself when there are none)."""
        if not ids:
            return self
        return replace(self, entities=tuple(e for e in self.entities if e.id not in ids))

    def to_json(self) -> dict[str, Any]:
        """The ``kg extract`` JSONL form (docs/extract.md), plus merge reasons."""
        return {
            "id": self.doc.id,
            "meta": {k: v for k, v in self.doc.meta().items() if k != "id" and v is not None},
            "entities": [e.to_json() for e in self.entities],
            "relations": [
                {
                    "subject": r.subject,
                    "predicate": r.predicate,
                    "object": r.object,
                    "confidence": round(r.confidence, 3),
                    "negated": r.negated,
                    "rule": r.rule,
                    **({"label": r.label} if r.label else {}),
                    "evidence": {
                        "start": r.evidence.start,
                        "end": r.evidence.end,
                        "text": r.evidence.text,
                        **r.evidence.said(),
                        **r.evidence.when(),
                    },
                }
                for r in self.relations
            ],
            "times": [{k: v for k, v in asdict(t).items() if v is not None} for t in self.times],
            **({"set_aside": self.set_aside} if self.set_aside else {}),
            **({"products": list(self.products)} if self.products else {}),
        }

    @classmethod
    def from_value(cls, doc: Document, value: dict[str, Any]) -> DocResult:
        """The records of ``doc`` from its JSON-form ``entities`` and ``relations`` (as
        :meth:`to_json` writes them, workers send them back and the cache keeps them)."""
        entities, relations = value["entities"], value["relations"]
        return cls(
            doc=doc,
            set_aside=value.get("set_aside") or {},
            products=tuple(value.get("products", ())),
            times=tuple(Time(**t) for t in value.get("times", ())),
            entities=tuple(
                Entity(
                    id=e["id"],
                    name=e["name"],
                    type=e["type"],
                    mentions=tuple(Mention(**m) for m in (*e["mentions"], *e.get("demonyms", ()))),
                    merges=tuple((a, b) for a, b in e.get("merges", [])),
                )
                for e in entities
            ),
            relations=tuple(
                Relation(
                    subject=r["subject"],
                    predicate=r["predicate"],
                    object=r["object"],
                    evidence=Evidence(
                        doc.id,
                        r["evidence"]["start"],
                        r["evidence"]["end"],
                        r["evidence"]["text"],
                        voice=r["evidence"].get("voice"),
                        speaker=r["evidence"].get("speaker"),
                        speaker_text=r["evidence"].get("speaker_text"),
                        **{k: r["evidence"].get(k) for k in TIME_FIELDS},
                    ),
                    confidence=r["confidence"],
                    negated=r["negated"],
                    rule=r.get("rule", ""),
                    label=r.get("label"),
                )
                for r in relations
            ),
        )


#: The rule of the relation classifier's guesses (``kg.nlp.classifier.model.RULE``), here so that
#: the later stages need not load the spaCy stage's modules for one string.
CLASSIFIER_RULE = "kg.classifier.v1"


def confidence_floor(rules: Iterable[str], min_confidence: float, classifier_min_confidence: float) -> float:
    """The confidence under which the graph leaves out a relation that ``rules`` state: the
    classifier's guesses alone have the higher of the two floors.

    >>> confidence_floor(["kg.title.v1"], 0.6, 0.75), confidence_floor([CLASSIFIER_RULE], 0.6, 0.75)
    (0.6, 0.75)
    >>> confidence_floor([CLASSIFIER_RULE, "kg.title.v1"], 0.6, 0.75)
    0.6
    """
    return (
        max(min_confidence, classifier_min_confidence) if set(rules) == {CLASSIFIER_RULE} else min_confidence
    )
