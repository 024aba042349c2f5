"""Resolution across documents: one actor per real-world thing (rule ``kg.resolve.v1``).

Entities of different documents join when they share a full name (after type
votes across the corpus), a spelling variant of it, an acronym, or a surname
that only one known person carries. Candidates come from blocking keys (name,
surname, acronym), never from all pairs, so the cost grows with the mentions.
Every merge records its rule; a user's alias file forces or forbids merges.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.mentions import canonical_place, is_acronym, normalise, similar_names
from kg.records import DocResult, Entity

NAMED_RULES = frozenset({"ner", "alias", "gazetteer", "type-vote", "work", "exact"})


@dataclass(slots=True)
class Actor:
    """One node of the merged graph."""

    label: str
    type: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    docs: set[str] = field(default_factory=set)
    merges: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AliasRules:
    """A user's alias file: forced names and merges, and pairs never to merge."""

    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, alias key) -> label
    never: frozenset[frozenset[str]] = frozenset()

    @classmethod
    def read(cls, path: str | Path) -> AliasRules:
        """Read a CSV with columns ``canonical,type,aliases,never_merge`` (lists split by ``|``)."""
        p = Path(path)
        try:
            with p.open(encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f))
        except (OSError, UnicodeDecodeError, csv.Error) as err:
            raise InputError(f"{p}: cannot read alias file ({err})") from err
        canonical: dict[tuple[str, str], str] = {}
        never: set[frozenset[str]] = set()
        for n, row in enumerate(rows, start=2):
            name, kind = (row.get("canonical") or "").strip(), (row.get("type") or "").strip()
            if not name or not kind:
                raise InputError(f"{p}:{n}: each row needs 'canonical' and 'type'")
            for alias in [name, *(row.get("aliases") or "").split("|")]:
                if alias.strip():
                    canonical[(kind, normalise(alias))] = name
            for other in (row.get("never_merge") or "").split("|"):
                if other.strip():
                    never.add(frozenset({normalise(name), normalise(other)}))
        return cls(canonical, frozenset(never))


class _Sets:
    """Union-find over entity indices that refuses merges the alias file forbids."""

    def __init__(self, keys: list[set[str]], never: frozenset[frozenset[str]]) -> None:
        self.parent = list(range(len(keys)))
        self.keys = [set(k) for k in keys]
        self.never = never

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.never and any(frozenset({x, y}) in self.never for x in self.keys[ra] for y in self.keys[rb]):
            return False
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.keys[ra] |= self.keys[rb]
        return True


def _key(kind: str, text: str) -> str:
    key = normalise(text)
    return canonical_place(key) if kind == "Place" else key


def resolve(
    results: Iterable[DocResult], *, rules: AliasRules | None = None
) -> tuple[list[Actor], dict[tuple[str, str], int]]:
    """Merge the entities of all documents into actors.

    Returns the actors and a map from ``(doc id, entity id)`` to an actor's index.
    The result does not depend on the order of the documents.
    """
    rules = rules or AliasRules()
    items: list[tuple[str, Entity]] = sorted(
        ((r.doc.id, e) for r in results for e in r.entities),
        key=lambda x: (-len(x[1].name.split()), normalise(x[1].name), x[0], x[1].id),
    )
    types = _voted_types(items)
    keys: list[set[str]] = []
    for _doc, e in items:
        kind = types[(e.type, normalise(e.name))]
        names = {e.name, *e.aliases}
        keys.append({_key(kind, n) for n in names if n.strip()})
    sets = _Sets(keys, rules.never)
    reasons: dict[int, tuple[str, str]] = {}

    def join(a: int, b: int, rule: str) -> None:
        if sets.union(a, b):
            reasons.setdefault(max(a, b), (items[max(a, b)][1].name, rule))

    block: dict[tuple[str, str], int] = {}
    for i, (_doc, e) in enumerate(items):
        kind = types[(e.type, normalise(e.name))]
        forced = {rules.canonical[(kind, k)] for k in keys[i] if (kind, k) in rules.canonical}
        for label in sorted(forced):
            first = block.setdefault((kind, "forced:" + label), i)
            join(first, i, "alias-file")
        for k in sorted(keys[i]):
            if kind == "Person" and len(k.split()) < 2:
                continue  # a surname alone is too weak to join documents by
            first = block.setdefault((kind, k), i)
            if first != i:
                join(first, i, "same-name")
    _join_variants(items, types, keys, join)
    return _actors(items, types, sets, reasons, rules)


def _voted_types(items: list[tuple[str, Entity]]) -> dict[tuple[str, str], str]:
    """Type of each name by a vote over every document that names it (Work never changes)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for _doc, e in items:
        if e.type != "Work":
            votes[normalise(e.name)][e.type] += len(e.mentions) or 1
    out = {}
    for _doc, e in items:
        key = normalise(e.name)
        out[(e.type, key)] = e.type if e.type == "Work" else votes[key].most_common(1)[0][0]
    return out


def _join_variants(items, types, keys, join) -> None:  # type: ignore[no-untyped-def]
    """Spelling variants, lone surnames and acronyms, found through blocking keys."""
    surnames: dict[str, set[int]] = defaultdict(set)
    spelling: dict[str, list[int]] = defaultdict(list)
    acronyms: dict[str, list[int]] = defaultdict(list)
    orgs: dict[str, list[int]] = defaultdict(list)
    for i, (_doc, e) in enumerate(items):
        kind = types[(e.type, normalise(e.name))]
        name = normalise(e.name)
        if kind == "Person":
            words = name.split()
            if len(words) > 1:
                surnames[words[-1]].add(i)
                spelling[words[-1][:3] + "|" + " ".join(words[:-1])].append(i)
        elif kind == "Organization":
            orgs[name].append(i)
            words = [w for w in name.replace("-", " ").split() if w not in ("of", "the", "and", "for")]
            if len(words) > 1:
                acronyms["".join(w[0] for w in words)].append(i)
    for group in spelling.values():
        for a in group:
            for b in group:
                if a < b and similar_names(normalise(items[a][1].name), normalise(items[b][1].name)):
                    join(a, b, "spelling")
    for i, (_doc, e) in enumerate(items):
        kind = types[(e.type, normalise(e.name))]
        name = normalise(e.name)
        if kind == "Person" and len(name.split()) == 1 and len(surnames.get(name, ())) == 1:
            join(min(surnames[name]), i, "surname")
        if kind == "Organization":
            for j in acronyms.get(name.replace(".", ""), []):
                if is_acronym(name, normalise(items[j][1].name)):
                    join(j, i, "acronym")


def _actors(items, types, sets, reasons, rules) -> tuple[list[Actor], dict[tuple[str, str], int]]:  # type: ignore[no-untyped-def]
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[sets.find(i)].append(i)
    actors: list[Actor] = []
    index: dict[tuple[str, str], int] = {}
    for root in sorted(groups):
        members = groups[root]
        kind = types[(items[root][1].type, normalise(items[root][1].name))]
        names: Counter[str] = Counter()
        actor = Actor(label="", type=kind)
        for i in members:
            doc, e = items[i]
            index[(doc, e.id)] = len(actors)
            actor.docs.add(doc)
            actor.mentions += len(e.mentions)
            actor.aliases.update(e.aliases)
            actor.aliases.add(e.name)
            names[e.name] += len(e.mentions) or 1
            actor.merges.extend((form, rule) for form, rule in e.merges if rule not in ("pronoun",))
            if i in reasons:
                actor.merges.append(reasons[i])
        forced = [
            rules.canonical[(kind, _key(kind, n))] for n in names if (kind, _key(kind, n)) in rules.canonical
        ]
        if forced:
            actor.label = forced[0]
        elif kind == "Person":
            actor.label = max(names, key=lambda n: (len(n.split()), names[n], n))
        elif kind == "Work":
            actor.label = min(names, key=lambda n: (len(n), n))
        else:
            actor.label = max(names, key=lambda n: (names[n], -len(n), n))
        actor.merges = sorted(set(actor.merges))
        actors.append(actor)
    return actors, index
