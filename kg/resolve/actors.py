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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.memory import gc_paused
from kg.names import canonical_place, is_acronym, normalise, similar_names
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
        # Which keys may never meet, and each set's keys: only kept when there is such a rule.
        self.never: dict[str, set[str]] = defaultdict(set)
        for pair in never:
            a, b = (*pair, *pair)[:2]  # a pair of one key: that key may not be in both sets
            self.never[a].add(b)
            self.never[b].add(a)
        self.keys = [set(k) for k in keys] if never else []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ra, rb = min(ra, rb), max(ra, rb)
        if self.keys:
            small, large = sorted((self.keys[ra], self.keys[rb]), key=len)
            if any(self.never[k] & large for k in small if k in self.never):
                return False
            large |= small  # the larger set absorbs the smaller: each key moves O(log n) times
            self.keys[ra], self.keys[rb] = large, set()
        self.parent[rb] = ra
        return True


@lru_cache(maxsize=1 << 17)
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
    with gc_paused():  # see kg.memory: collections made resolution superlinear
        return _resolve(list(results), rules or AliasRules())


def _resolve(results: list[DocResult], rules: AliasRules) -> tuple[list[Actor], dict[tuple[str, str], int]]:
    items: list[tuple[str, Entity]] = sorted(
        ((r.doc.id, e) for r in results for e in r.entities),
        key=lambda x: (-len(x[1].name.split()), normalise(x[1].name), x[0], x[1].id),
    )
    names = [normalise(e.name) for _doc, e in items]
    kinds = _voted_types(items, names)
    keys = [
        {_key(kind, n) for n in {e.name, *e.aliases} if n.strip()}
        for kind, (_d, e) in zip(kinds, items, strict=True)
    ]
    # a one-word short form ("Telegraph" of the Daily and of the Sunday Telegraph, "Bank") joins
    # no documents; a full name or an acronym ("BBC") does
    joins = [
        {
            _key(kind, n)
            for n in {e.name, *e.aliases}
            if n.strip() and (n == e.name or " " in n.strip() or n.isupper())
        }
        for kind, (_d, e) in zip(kinds, items, strict=True)
    ]
    sets = _Sets(keys, rules.never)
    reasons: dict[int, tuple[str, str]] = {}

    def join(a: int, b: int, rule: str) -> None:
        if sets.union(a, b):
            reasons.setdefault(max(a, b), (items[max(a, b)][1].name, rule))

    block: dict[tuple[str, str], int] = {}
    for i, kind in enumerate(kinds):
        forced = {rules.canonical[(kind, k)] for k in keys[i] if (kind, k) in rules.canonical}
        for label in sorted(forced):
            first = block.setdefault((kind, "forced:" + label), i)
            join(first, i, "alias-file")
        for k in sorted(keys[i] & joins[i]):
            if kind == "Person" and len(k.split()) < 2:
                continue  # a surname alone is too weak to join documents by
            first = block.setdefault((kind, k), i)
            if first != i:
                join(first, i, "same-name")
    _join_variants(names, kinds, sets, join)
    return _actors(items, kinds, sets, reasons, rules)


def _voted_types(items: list[tuple[str, Entity]], names: list[str]) -> list[str]:
    """Type of each entity by a vote over every document that names it (Work never changes)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for (_doc, e), name in zip(items, names, strict=True):
        if e.type != "Work":
            votes[name][e.type] += len(e.mentions) or 1
    winner = {name: count.most_common(1)[0][0] for name, count in votes.items()}
    return [
        e.type if e.type == "Work" else winner[name] for (_doc, e), name in zip(items, names, strict=True)
    ]


#: Spelling variants are only looked for in blocks of at most this many distinct names.
MAX_BLOCK = 50


def _join_variants(
    names: list[str], kinds: list[str], sets: _Sets, join: Callable[[int, int, str], None]
) -> None:
    """Spelling variants, lone surnames and acronyms, found through blocking keys.

    Entities that share a name are already one set, so every comparison is
    between distinct names (each once), never between their occurrences: the
    cost grows with the mentions, not with their square.
    """
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)  # (type, name) -> its entities, in order
    for i, (kind, name) in enumerate(zip(kinds, names, strict=True)):
        seen[(kind, name)].append(i)
    surnames: dict[str, list[int]] = defaultdict(list)  # surname -> first entity of each full name
    spelling: dict[str, list[str]] = defaultdict(list)  # first letters of the surname | first names
    acronyms: dict[str, list[int]] = defaultdict(list)  # initials -> first entity of each long name
    for (kind, name), where in seen.items():
        words = name.split()
        if kind == "Person" and len(words) > 1:
            surnames[words[-1]].append(where[0])
            spelling[words[-1][:3] + "|" + " ".join(words[:-1])].append(name)
        elif kind == "Organization":
            words = [w for w in name.replace("-", " ").split() if w not in ("of", "the", "and", "for")]
            if len(words) > 1:
                acronyms["".join(w[0] for w in words)].append(where[0])
    for group in spelling.values():
        if len(group) > MAX_BLOCK:
            continue  # too common a first name and surname start to tell variants from relatives
        for n, a in enumerate(group):
            for b in group[n + 1 :]:
                if similar_names(a, b):
                    for i in seen[("Person", b)]:
                        join(seen[("Person", a)][0], i, "spelling")
    for (kind, name), where in seen.items():
        if kind == "Person" and len(name.split()) == 1 and name in surnames:
            # one known person has this surname: every full name carrying it is one set
            if len({sets.find(j) for j in surnames[name]}) == 1:
                for i in where:
                    join(surnames[name][0], i, "surname")
        elif kind == "Organization":
            for j in acronyms.get(name.replace(".", ""), ()):
                if is_acronym(name, names[j]):
                    for i in where:
                        join(j, i, "acronym")


def _actors(items, kinds, sets, reasons, rules) -> tuple[list[Actor], dict[tuple[str, str], int]]:  # type: ignore[no-untyped-def]
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[sets.find(i)].append(i)
    actors: list[Actor] = []
    index: dict[tuple[str, str], int] = {}
    for root in sorted(groups):
        members = groups[root]
        kind = kinds[root]
        names: Counter[str] = Counter()
        actor = Actor(label="", type=kind)
        merges: set[tuple[str, str]] = set()
        for i in members:
            doc, e = items[i]
            index[(doc, e.id)] = len(actors)
            actor.docs.add(doc)
            actor.mentions += len(e.mentions)
            actor.aliases.update(e.aliases)
            actor.aliases.add(e.name)
            names[e.name] += len(e.mentions) or 1
            merges.update((form, rule) for form, rule in e.merges if rule not in ("pronoun",))
            if i in reasons:
                merges.add(reasons[i])
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
        actor.merges = sorted(merges)
        actors.append(actor)
    return actors, index
