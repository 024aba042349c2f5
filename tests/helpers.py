"""Small lookups the tests share: a result's triples by actor name, an actor by its name, and a
folder of articles to build."""

from __future__ import annotations

from pathlib import Path

from kg.records import DocResult, Entity, Relation


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
