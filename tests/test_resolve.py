"""Cross-document resolution: order independence, conservative merges, the user's alias file."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.records import DocResult, Document, Entity, Mention
from kg.resolve import AliasRules, resolve


def doc(doc_id: str, *entities: tuple[str, str]) -> DocResult:
    ents = tuple(
        Entity(id=f"e{i}", name=name, type=kind, mentions=(Mention(0, len(name), name),))
        for i, (name, kind) in enumerate(entities)
    )
    return DocResult(doc=Document(id=doc_id, text="x"), entities=ents)


CORPUS = [
    doc("a", ("Mark Rutte", "Person"), ("NATO", "Organization"), ("Ukraine", "Place")),
    doc("b", ("Rutte", "Person"), ("North Atlantic Treaty Organization", "Organization")),
    doc("c", ("Volodymyr Zelensky", "Person"), ("Kyiv", "Place"), ("Ukraine", "Place")),
    doc("d", ("Volodymyr Zelenskyy", "Person"), ("North Korea", "Place"), ("Korea", "Place")),
    doc("e", ("European Union", "Organization"), ("EU", "Organization"), ("U.S.", "Place")),
    doc("f", ("United States", "Place"), ("Ed Miliband", "Person"), ("David Miliband", "Person")),
]


def groups(results: list[DocResult], rules: AliasRules | None = None) -> set[frozenset[tuple[str, str]]]:
    _actors, index = resolve(results, rules=rules)
    members: dict[int, set[tuple[str, str]]] = {}
    for key, n in index.items():
        members.setdefault(n, set()).add(key)
    return {frozenset(m) for m in members.values()}


@settings(max_examples=40, deadline=None)
@given(st.permutations(CORPUS))
def test_resolution_does_not_depend_on_document_order(shuffled: list[DocResult]) -> None:
    assert groups(list(shuffled)) == groups(CORPUS)
    labels = sorted((a.label, a.type) for a in resolve(list(shuffled))[0])
    assert labels == sorted((a.label, a.type) for a in resolve(CORPUS)[0])


def test_merges_are_conservative_and_explained() -> None:
    actors, index = resolve(CORPUS)
    by_doc = {k: actors[n] for k, n in index.items()}
    assert by_doc[("a", "e0")] is by_doc[("b", "e0")]  # lone surname, one known Rutte
    assert by_doc[("c", "e0")] is by_doc[("d", "e0")]  # spelling variant
    assert by_doc[("a", "e1")] is by_doc[("b", "e1")]  # acronym
    assert by_doc[("e", "e2")] is by_doc[("f", "e0")]  # U.S. / United States
    assert by_doc[("c", "e1")] is not by_doc[("c", "e2")]  # Kyiv is not Ukraine
    assert by_doc[("d", "e1")] is not by_doc[("d", "e2")]  # North Korea is not Korea
    assert by_doc[("f", "e1")] is not by_doc[("f", "e2")]  # two Milibands
    rules = {rule for a in actors for _form, rule in a.merges}
    assert {"acronym", "spelling"} <= rules


def test_alias_file_forces_and_forbids_merges(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(
        "canonical,type,aliases,never_merge\n"
        "Volodymyr Zelensky,Person,Zelenskyy|Volodymyr Zelenskyy,\n"
        "Ed Miliband,Person,David Miliband,\n"
        "European Union,Organization,,EU\n",
        encoding="utf-8",
    )
    rules = AliasRules.read(path)
    actors, index = resolve(CORPUS, rules=rules)
    by_doc = {k: actors[n] for k, n in index.items()}
    assert by_doc[("f", "e1")] is by_doc[("f", "e2")]  # forced
    assert ("David Miliband", "alias-file") in by_doc[("f", "e1")].merges or any(
        rule == "alias-file" for _f, rule in by_doc[("f", "e1")].merges
    )
    assert by_doc[("c", "e0")].label == "Volodymyr Zelensky"
    assert by_doc[("e", "e0")] is not by_doc[("e", "e1")]  # forbidden, though EU is its acronym
