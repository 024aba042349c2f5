"""The stage's output: a parsed document's actors, relations and times as JSON-form records.

The form is the one ``kg extract`` writes (``docs/extract.md``) and the cache
keeps: character offsets only, no spaCy object. :func:`doc_value` is what a worker
sends back; :meth:`kg.records.DocResult.from_value` turns it into records, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.ingest.prose import counts
from kg.nlp import attribution, times
from kg.nlp.mentions import REFERRING
from kg.nlp.stated import UNSTATED, stated, triggered
from kg.nlp.timevalue import anchor_date

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc

    from kg.nlp.mentions import DocMentions
    from kg.nlp.state import Fact


def doc_value(doc: Doc, *, min_confidence: float = 0.0, date: str | None = None) -> dict[str, Any]:
    """The ``entities``, ``relations`` and ``times`` of a Doc that went through ``kg_relations``.

    Actors with no mention in the text are kept only when a relation uses them;
    relations under ``min_confidence`` are dropped; confidences are rounded as
    ``kg extract`` writes them. ``date`` (the document's, ISO 8601) anchors the time
    expressions (``kg.timex.v1``), and each relation's evidence says when it holds
    (``kg.event-time.v1``).
    """
    found = doc._.kg_relations or []
    used = {r["subject"] for r in found} | {r["object"] for r in found}
    used |= {r["evidence"]["speaker"] for r in found if "speaker" in r["evidence"]}
    entities = [e for e in doc._.kg_entities or [] if e["mentions"] or e["id"] in used]
    timed = times.find(doc, date)
    today = anchor_date(date)
    # an event still to come only loses confidence, so what is under the floor already stays out
    dated = [
        {**r, "evidence": _timed(doc, r, entities, timed, date)}
        for r in found
        if r["confidence"] >= min_confidence
    ]
    scaled = [(r, r["confidence"] * _ahead(r, today)) for r in dated]
    value: dict[str, Any] = {
        "entities": entities,
        "relations": [{**r, "confidence": round(c, 3)} for r, c in scaled if c >= min_confidence],
        "times": timed,
    }
    if doc._.kg_products:
        value["products"] = list(doc._.kg_products)  # for the corpus: kg.resolve.drop_products
    aside = counts(doc._.kg_regions or [])
    if aside["lines"] or aside["blocks"]:
        value["set_aside"] = aside
    return value


#: Relations that happen at a time, which a time after the article's date makes still to come.
EVENTS = frozenset({"meetsWith", "visits", "attacks", "kills", "providesAidTo", "discusses"})
#: What is left of an event's confidence when its sentence dates it after the article, as of a
#: verb that only plans it (``irrealis_verbs``): below the graph's floor, still in ``kg extract``.
AHEAD = 0.5


def _ahead(rel: dict[str, Any], today: dt.date | None) -> float:
    """:data:`AHEAD` for an event its sentence dates after the article's date, ``today`` ("holds
    its meetings with the World Bank next week"), else 1."""
    ev = rel["evidence"]
    if rel["predicate"] not in EVENTS or ev.get("time_source") != "sentence" or today is None:
        return 1.0
    start = ev.get("time_start")
    return AHEAD if start is not None and start > today.isoformat() else 1.0


def _timed(
    doc: Doc,
    rel: dict[str, Any],
    entities: list[dict[str, Any]],
    timed: list[dict[str, Any]],
    date: str | None,
) -> dict[str, Any]:
    """A relation's evidence with the time it holds (:func:`kg.nlp.times.evidence_time`)."""
    ev = rel["evidence"]
    mentions = {e["id"]: e["mentions"] for e in entities}
    ends = [
        next(((m["start"], m["end"]) for m in found), None)
        for found in (
            [m for m in mentions.get(end, ()) if ev["start"] <= m["start"] and m["end"] <= ev["end"]]
            for end in (rel["subject"], rel["object"])
        )
    ]
    return {**ev, **times.evidence_time(doc, timed, ev, [e for e in ends if e], date)}


#: Rules of mentions that name no actor by their own words: the referring ones and the other
#: places a found name's words stand ("alias").
UNNAMED = REFERRING | {"alias"}


def entities(dm: DocMentions) -> list[dict[str, Any]]:
    """Every actor of the document with its mentions, in the ``kg extract`` JSON form."""
    doc = dm.doc
    out = []
    for cid, c in enumerate(dm.clusters):
        # "Asian markets", "the South African economy ... its": a group only an adjective of things
        # names is no actor (groups.thing_adjective), nor are the other places its words stand
        # ("alias") and the words that refer back to it
        named = [m for m in c.mentions if m.start >= 0 and m.rule not in UNNAMED]
        shown = [] if named and all(m.adjective for m in named) else c.mentions
        mentions = [
            {
                "start": doc[m.start].idx,
                "end": doc[m.end - 1].idx + len(doc[m.end - 1]),
                "text": " ".join(m.text.split()),  # a name wrapped across lines reads as one
                "rule": m.rule,
            }
            for m in shown
            if m.start >= 0 and not m.adjective
        ]
        out.append(
            {
                "id": f"e{cid}",
                "name": " ".join(c.name.split()),
                "type": c.type,
                "mentions": mentions,
                "merges": [list(x) for x in c.merges],
            }
        )
    return out


def _rank(rel: dict[str, Any]) -> tuple[bool, float]:
    """Of two records of one relation in one sentence, a rule's (it explains itself) over the
    classifier's agreeing guess, then the more confident."""
    return rel["rule"] != "kg.classifier.v1", rel["confidence"]


def relations(dm: DocMentions, facts: list[Fact]) -> list[dict[str, Any]]:
    """One JSON-form record per relation and evidence sentence, the best-ranked one where rules
    and the classifier agree; unstated relations keep a cut confidence (:mod:`kg.nlp.stated`)."""
    doc = dm.doc
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    said = attribution.find(dm) if facts else []
    for f in facts:
        sent = doc[f.sentence].sent
        if not triggered(f, sent):
            continue
        confidence = f.confidence if stated(dm, f, sent) else round(f.confidence * UNSTATED, 3)
        by = attribution.attribute(dm, f, sent, said)  # who says so (kg.attribution.v1)
        negated = f.negated != (by is not None and by.denies)  # "denied that ..." negates
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        text = text.strip()
        key = (f.subject, f.predicate, f.object, negated, f.label, start)
        rel = {
            "subject": f"e{f.subject}",
            "predicate": f.predicate,
            "object": f"e{f.object}",
            "confidence": confidence,
            "negated": negated,
            "rule": f.rule,
            **({"label": f.label} if f.label else {}),
            "evidence": {
                "start": start,
                "end": start + len(text),
                "text": text,
                **attribution.fields(by),
            },
        }
        old = seen.get(key)
        if old is None or _rank(rel) > _rank(old):
            seen[key] = rel
    return list(seen.values())
