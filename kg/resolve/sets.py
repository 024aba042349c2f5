"""The corpus as resolution sees it: one row per entity, the sets they form, why each merge.

:class:`Corpus` holds every entity of every document with its voted type and
comparison name, a :class:`Sets` union-find over them and the reason of each
merge. The rules of :mod:`kg.resolve.actors`, :mod:`kg.resolve.people` and
:mod:`kg.resolve.short_forms` read it and join its sets.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from kg.records import Entity
from kg.resolve.keys import firm_key

#: A reading of an ambiguous name wins when it holds at least this share of the evidence.
DOMINANT_SHARE = 0.8
#: Spelling variants are only looked for in blocks of at most this many distinct names (people
#: with the same given names and first letters of the surname, organizations alike but for one word):
#: more are too common a pattern to tell variants from namesakes.
MAX_BLOCK = 50


class Sets:
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


@dataclass
class Corpus:
    """Every entity of a corpus (sorted, so nothing depends on the documents' order) and its sets."""

    items: list[tuple[str, Entity]]  # (document id, entity)
    kinds: list[str]  # the type voted across the corpus
    names: list[str]  # the comparison key of each entity's name (kg.names.normalise)
    forms: list[frozenset[str]]  # each entity's name and aliases (read once: aliases are computed)
    sets: Sets
    #: entity index -> the (surface form, rule) pairs of the merges that brought it in
    reasons: dict[int, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    #: document id -> its text, where the rules may read it (:func:`written_small`)
    texts: dict[str, str] = field(default_factory=dict)

    def join(self, keep: int, other: int, rule: str) -> bool:
        """Merge the set of ``other`` into that of ``keep``; the reason is told by ``other``'s name."""
        if not self.sets.union(keep, other):
            return False
        self.reasons[other].append((self.items[other][1].name, rule))
        return True

    @cached_property
    def distinct(self) -> dict[tuple[str, str], list[int]]:
        """(type, name) -> its entities in order: rules compare names once, not their occurrences."""
        seen: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, key in enumerate(zip(self.kinds, self.names, strict=True)):
            seen[key].append(i)
        return seen

    def roots(self) -> list[int]:
        """Each entity's set as it stands: a rule decides on this and joins afterwards, so that
        its decisions do not depend on the order it makes them in."""
        return [self.sets.find(i) for i in range(len(self.items))]

    def weights(self, roots: list[int]) -> tuple[Counter[int], dict[int, set[str]]]:
        """Mentions and documents of each set."""
        mentions: Counter[int] = Counter()
        docs: dict[int, set[str]] = defaultdict(set)
        for (doc, e), root in zip(self.items, roots, strict=True):
            mentions[root] += len(e.mentions) or 1
            docs[root].add(doc)
        return mentions, docs

    def by_firm(self, kind: str) -> dict[str, list[int]]:
        """Comparison key of a firm (:func:`kg.resolve.keys.firm_key`) -> the entities of ``kind``
        with a name of that key."""
        found: dict[str, list[int]] = defaultdict(list)
        for (k, name), where in self.distinct.items():
            if k == kind:
                found[firm_key(name)] += where
        return found

    @cached_property
    def by_document(self) -> dict[str, list[int]]:
        """Document id -> its entities."""
        docs: dict[str, list[int]] = defaultdict(list)
        for i, (doc, _e) in enumerate(self.items):
            docs[doc].append(i)
        return docs


#: A word of letters, as :func:`written_small` reads a text.
WORD = re.compile(r"[A-Za-z]+")
#: Fewest times a corpus writes a word small for :func:`written_small` to call it a word: one
#: "shell company" makes no "Shell" a common word.
MIN_SMALL = 3


def written_small(texts: Iterable[str], words: Iterable[str]) -> set[str]:
    """The ``words`` (in small letters) that ``texts`` write in small letters at least
    :data:`MIN_SMALL` times and more often than with a capital inside a sentence: words of the
    language ("power", "game", "film"), not names ("fed", which "fed cattle" writes small and
    "the Fed said" more often capitalised).

    Examples:
        >>> texts = ["The Power inquiry: power to all, more power, power cuts.", "A shell firm. Shell said."]
        >>> sorted(written_small([*texts, "The Fed said fed cattle rose."], ["power", "fed", "shell"]))
        ['power']
    """
    wanted = {w for w in words if w.isalpha()}
    small: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text in texts:
        for m in WORD.finditer(text):
            word = m.group()
            low = word.lower()
            if low not in wanted:
                continue
            if word == low:
                small[low] += 1
            elif m.start() >= 2 and text[m.start() - 1] == " ":
                before = text[m.start() - 2]
                if before.islower() or before in ",;:":
                    capital[low] += 1  # inside a sentence: after a small word or a comma
    return {w for w in wanted if small[w] >= MIN_SMALL and small[w] > capital[w]}


def dominant(
    weights: dict[int, int], *, others: int | None = None, share: float = DOMINANT_SHARE
) -> int | None:
    """The one reading of a name, if it has one: the only candidate, or the one holding
    ``share`` of the evidence (:data:`DOMINANT_SHARE` unless given; with at most ``others``
    rivals, when given).

    Examples:
        >>> dominant({7: 3}), dominant({1: 9, 2: 1}), dominant({1: 3, 2: 2}), dominant({1: 9, 2: 1}, others=0)
        (7, 1, None, None)
    """
    if not weights:
        return None
    best = min(weights, key=lambda r: (-weights[r], r))
    if len(weights) == 1:
        return best
    if others is not None and len(weights) - 1 > others:
        return None
    return best if weights[best] >= share * sum(weights.values()) else None


def tally(pairs: Iterable[tuple[str, int]]) -> dict[str, Counter[int]]:
    """key -> how often each set was named for it."""
    table: dict[str, Counter[int]] = defaultdict(Counter)
    for key, root in pairs:
        table[key][root] += 1
    return table


def companies(c: Corpus, roots: list[int]) -> dict[str, set[int]]:
    """Document -> the people and organizations it names (their roots)."""
    company: dict[str, set[int]] = defaultdict(set)
    for i, kind in enumerate(c.kinds):
        if kind in ("Person", "Organization"):
            company[c.items[i][0]].add(roots[i])
    return company


def shared_company(company: dict[str, set[int]], papers: set[str], actor: int, doc: str) -> bool:
    """Another person or organization of ``doc`` (``company``: :func:`companies`) is named beside
    ``actor`` in one of its other ``papers``: the "J Hayes" of a rugby squad is not the hurdler
    Joanna Hayes of an athletics report."""
    here = company.get(doc, set()) - {actor}
    return any(here & company[d] for d in papers - {doc})
