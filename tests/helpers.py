"""Small lookups the tests share: a result's triples by actor name, an actor by its name, and a
folder of articles to build."""

from __future__ import annotations

import re
from pathlib import Path

from kg.records import DocResult, Document, Entity, Mention, Relation


def articles(folder: Path, **texts: str) -> Path:
    """``folder`` made, with one text file per keyword (``a="..."`` writes ``a.txt``); returns it."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def triple(r: DocResult, x: Relation) -> tuple[str, str, str]:
    """(subject name, predicate, object name) of one relation of ``r``."""
    names = {e.id: e.name for e in r.entities}
    return names[x.subject], x.predicate, names[x.object]


def triples(
    r: DocResult,
    *,
    negated: bool | None = False,
    rule: str | None = None,
    min_confidence: float = 0.0,
    implied: bool = True,
) -> set[tuple[str, str, str]]:
    """The (subject, predicate, object) names of ``r``'s relations; ``negated=None`` takes both,
    ``implied=False`` leaves out the memberships a leader's post implies (``kg.implied.v1``)."""
    return {
        triple(r, x)
        for x in r.relations
        if (negated is None or x.negated == negated)
        and (rule is None or x.rule == rule)
        and (implied or x.rule != "kg.implied.v1")
        and x.confidence >= min_confidence
    }


def same_entity(r: DocResult, a: str, b: str) -> bool:
    """Whether one actor of ``r`` has both ``a`` and ``b`` among its aliases."""
    return any(a in e.aliases and b in e.aliases for e in r.entities)


def entity(r: DocResult, name: str) -> Entity:
    """The actor of ``r`` called ``name``."""
    return next(e for e in r.entities if e.name == name)


def names_of(r: DocResult) -> dict[str, str]:
    """Each actor's name with its type."""
    return {e.name: e.type for e in r.entities}


def named_result(doc_id: str, text: str, *names: tuple[str, str], pronoun: str | None = None) -> DocResult:
    """Document ``doc_id`` whose entities are ``names`` (name, type), each at every place the text
    writes it as words of their own; ``pronoun`` adds that word's mention to the first."""
    ents = []
    for n, (name, kind) in enumerate(names):
        at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        mentions = [Mention(a, a + len(name), name) for a in at]
        if pronoun is not None and n == 0:
            p = text.index(f" {pronoun} ") + 1
            mentions.append(Mention(p, p + len(pronoun), pronoun, "pronoun"))
        ents.append(Entity(f"e{n}", name, kind, tuple(mentions)))
    return DocResult(Document(id=doc_id, text=text), tuple(ents))


def named(r: DocResult) -> list[tuple[str, str, list[str]]]:
    """Each entity of ``r`` as (name, type, its mentions' texts)."""
    return [(e.name, e.type, [m.text for m in e.mentions]) for e in r.entities]
