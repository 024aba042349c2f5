"""Features of candidate actor pairs for the relation classifier (``kg.classifier.v1``).

A candidate is an ordered pair of clusters of one document whose types allow one
of the classifier's predicates (:data:`PAIR_TYPES`). Its features are strings:
the dependency path, words between and around the two closest mentions of each
sentence they share, their named-entity labels, the word a preposition hangs from
("a native of"), how many actors stand between them, the rules that already link
them, what the gazetteer knows (a city of that country), demonyms, titles, and what
the whole document says of the pair (:meth:`PairFeaturizer._document`): most of what
DWIE annotates is stated nowhere in one sentence. Features only read kg's own mentions and
rules, never gold data.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.lexicon import demonyms, known_orgs, place
from kg.nlp.syntax import arcs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.nlp.mentions import DocMentions
    from kg.nlp.state import Fact

#: (subject type, object type) -> predicates the classifier decides for such a pair.
PAIR_TYPES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Person", "Organization"): ("worksFor", "leaderOf", "memberOf"),
    ("Person", "Place"): ("livesIn", "citizenOf", "leaderOf", "worksFor"),
    ("Organization", "Place"): ("basedIn",),
    ("Place", "Place"): ("locatedIn",),
    ("Person", "Person"): ("kills",),
}
MAX_GAP = 12  # tokens between two mentions for word features
MAX_SENTENCES = 4  # shared sentences looked at per pair


@dataclass(frozen=True, slots=True)
class Candidate:
    """An ordered pair of clusters, its features and the sentence to cite as evidence."""

    subject: int
    object: int
    types: tuple[str, str]
    features: frozenset[str]
    sentence: int  # token index of the evidence sentence's start
    shared: bool  # whether some sentence names both
    path: int = 99  # fewest dependency arcs between their mentions in a shared sentence


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 4, 8)) -> str:
    """The last edge that ``n`` reaches.

    Examples:
        >>> _bucket(0), _bucket(3), _bucket(100)
        ('0', '2', '8')
    """
    return str(max(e for e in edges if n >= e)) if n >= edges[0] else str(edges[0])


def _path(a: Token, b: Token) -> list[str]:
    """Dependency path from ``a`` up to the common ancestor and down to ``b``."""
    found = arcs(a, b)
    if found is None:
        return []
    up, down = found
    top = up[-1]
    steps = [f"{t.dep_}^" for t in up[:-1]]
    steps.append(top.lemma_.lower() if top.i not in (a.i, b.i) else "*")
    steps += [f"v{t.dep_}" for t in reversed(down)]
    return steps


class PairFeaturizer:
    """Computes :class:`Candidate` records for one document's clusters and rule facts."""

    def __init__(self, dm: DocMentions, facts: list[Fact]) -> None:
        self.dm = dm
        self.doc: Doc = dm.doc
        self.facts = facts
        self.sent_starts = [s.start for s in self.doc.sents]
        #: (subject, object) -> the predicates the rules state between them; subject -> its objects
        self.rules: dict[tuple[int, int], set[str]] = defaultdict(set)
        for f in facts:
            self.rules[(f.subject, f.object)].add(f.predicate + ("~neg" if f.negated else ""))
        self.linked: dict[int, list[tuple[int, set[str]]]] = defaultdict(list)
        for (a, x), preds in self.rules.items():
            self.linked[a].append((x, preds))

    def sentence_of(self, token: int) -> int:
        return bisect_right(self.sent_starts, token) - 1

    def candidates(self) -> list[Candidate]:
        dm = self.dm
        by_sent: dict[int, dict[int, list[tuple[int, int, int]]]] = defaultdict(lambda: defaultdict(list))
        counts: Counter[int] = Counter()
        for m in dm.mentions:
            if m.cluster < 0 or m.start < 0 or m.rule in ("work",):
                continue
            by_sent[self.sentence_of(m.start)][m.cluster].append(
                (m.start, m.end, 1 if m.rule == "pronoun" else 0)
            )
            counts[m.cluster] += 1
        sents_of: dict[int, set[int]] = defaultdict(set)
        for s, clusters in by_sent.items():
            for c in clusters:
                sents_of[c].add(s)
        rules = self.rules
        place_rank = self._place_rank(counts)
        out = []
        for h, ch in enumerate(dm.clusters):
            if not sents_of.get(h):
                continue
            for t, ct in enumerate(dm.clusters):
                if h == t or (ch.type, ct.type) not in PAIR_TYPES or not sents_of.get(t):
                    continue
                out.append(self._candidate(h, t, by_sent, sents_of, counts, rules, place_rank))
        return out

    def _place_rank(self, counts: Counter[int]) -> dict[int, int]:
        ranked = sorted((c for c in counts if self.dm.clusters[c].type == "Place"), key=lambda c: -counts[c])
        return {c: n for n, c in enumerate(ranked)}

    def _candidate(self, h: int, t: int, by_sent, sents_of, counts, rules, place_rank) -> Candidate:  # type: ignore[no-untyped-def]
        dm = self.dm
        types = (dm.clusters[h].type, dm.clusters[t].type)
        tp = f"{types[0][:3]}>{types[1][:3]}"
        feats: set[str] = {f"tp={tp}"}
        shared = sorted(sents_of[h] & sents_of[t])
        feats.add(f"{tp}|cooc={_bucket(len(shared))}")
        sentence, arcs = -1, 99
        if shared:
            for s in shared[:MAX_SENTENCES]:
                found, n = self._sentence_features(tp, by_sent[s][h], by_sent[s][t])
                feats |= found
                if n < arcs:
                    arcs, sentence = n, self.sent_starts[s]
        else:
            dist = min(abs(a - b) for a in sents_of[h] for b in sents_of[t])
            feats.add(f"{tp}|sdist={_bucket(dist, (1, 2, 4, 8))}")
            first = min(sents_of[h])
            sentence = self.sent_starts[first]
        for pred in rules.get((h, t), ()):
            feats.add(f"rule={pred}")
            feats.add(f"{tp}|rule={pred}")
        for pred in rules.get((t, h), ()):
            feats.add(f"{tp}|rulerev={pred}")
        feats |= self._knowledge(tp, h, t)
        if not shared:
            feats |= self._document(tp, h, t, sents_of[h], counts[h], place_rank.get(t))
        return Candidate(h, t, types, frozenset(feats), sentence, bool(shared), arcs)

    def _sentence_features(
        self, tp: str, hs: list[tuple[int, int, int]], ts: list[tuple[int, int, int]]
    ) -> tuple[set[str], int]:
        doc = self.doc
        a, b = min(((x, y) for x in hs for y in ts), key=lambda p: abs(p[0][0] - p[1][0]))
        feats: set[str] = set()
        if a[2]:
            feats.add(f"{tp}|hpron")
        if b[2]:
            feats.add(f"{tp}|tpron")
        ha, hb = doc[a[0] : a[1]].root, doc[b[0] : b[1]].root
        left, right = (a, b) if a[0] < b[0] else (b, a)
        order = "ht" if a[0] < b[0] else "th"
        feats.add(f"{tp}|order={order}")
        gap = max(0, right[0] - left[1])
        feats.add(f"{tp}|{order}|gap={_bucket(gap, (0, 1, 2, 3, 5, 8, 13))}")
        if gap <= MAX_GAP:
            between = [t.lemma_.lower() for t in doc[left[1] : right[0]]]
            for w in set(between):
                feats.add(f"{tp}|{order}|bw={w}")
            if gap <= 4:
                feats.add(f"{tp}|{order}|bws={'_'.join(between)}")
        path = _path(ha, hb)
        arcs = len(path) - 1 if path else 99
        if path:
            feats.add(f"{tp}|path={' '.join(s for s in path if s.endswith('^') or s.startswith('v'))}")
            if len(path) <= 5:
                feats.add(f"{tp}|lpath={' '.join(path)}")
            for step in path:
                if not (step.endswith("^") or step.startswith("v")) and step != "*":
                    feats.add(f"{tp}|pw={step}")
        feats |= self._context(tp, order, (left[1], right[0]), ha, hb)
        for side, (start, end, _p), root in (("h", a, ha), ("t", b, hb)):
            if start > 0:
                feats.add(f"{tp}|{side}l1={doc[start - 1].lower_}")
            if end < len(doc):
                feats.add(f"{tp}|{side}r1={doc[end].lower_}")
            feats.add(f"{tp}|{side}dep={root.dep_}")
            for c in root.children:
                if c.dep_ in ("compound", "amod", "appos") and c.i not in range(start, end):
                    feats.add(f"{tp}|{side}mod={c.lemma_.lower()}")
            if root.dep_ in ("appos", "pobj", "compound", "poss"):
                feats.add(f"{tp}|{side}up={root.dep_}:{root.head.lemma_.lower()}")
        return feats, arcs

    def _context(self, tp: str, order: str, gap: tuple[int, int], ha: Token, hb: Token) -> set[str]:
        """Named-entity labels, the words a preposition hangs from, actors in between, the main verb."""
        feats: set[str] = set()
        for side, root in (("h", ha), ("t", hb)):
            if root.ent_type_:
                feats.add(f"{tp}|{side}ent={root.ent_type_}")
            if root.dep_ == "pobj" and root.head.dep_ == "prep":
                # "a native of Chisholm", "born in Concord", "the mayor of Heuchelheim"
                feats.add(f"{tp}|{side}pp={root.head.lower_}_{root.head.head.lemma_.lower()}")
        inside = {m.cluster for m in self.dm.mentions if gap[0] <= m.start < gap[1] and m.cluster >= 0}
        others = [c for c in inside if self.dm.clusters[c].type in ("Person", "Organization", "Place")]
        feats.add(f"{tp}|{order}|nbetween={min(len(others), 2)}")
        if ha.head.i == hb.i or hb.head.i == ha.i:
            feats.add(f"{tp}|direct={ha.dep_ if ha.head.i == hb.i else 'v' + hb.dep_}")
        if ha.sent.root.i in (ha.head.i, hb.head.i):
            feats.add(f"{tp}|rootverb={ha.sent.root.lemma_.lower()}")
        return feats

    def _document(
        self,
        tp: str,
        h: int,
        t: int,
        h_sents: set[int],
        h_count: int,
        t_rank: int | None,
    ) -> set[str]:
        """What the whole document says of a pair, apart from any one sentence: the object's
        demonym anywhere and beside the subject ("secretary general of the Japanese Cabinet"),
        rules that link both to a third actor (works for a firm the orgname rule bases there),
        how prominent the object is among places and how often the subject is named.
        Only for a pair no sentence names together: where one does, the sentence decides
        (a leader's country is the top one of a short article, and no citizenship)."""
        dm = self.dm
        pre = f"{tp}|d"
        feats = {f"{pre}|hcount={_bucket(h_count, (1, 2, 4, 8))}"}
        tkeys = {m.key for m in dm.clusters[t].mentions if m.rule not in ("pronoun", "title")}
        tplaces = [p for p in (place(k) for k in tkeys) if p is not None]
        tnames = tkeys | {p.name.lower() for p in tplaces}
        dem = [i for i, name in dm.demonym_at.items() if name.lower() in tnames]
        if dem:
            feats.add(f"{pre}|tdem")
            if any(self.sentence_of(i) in h_sents for i in dem):
                feats.add(f"{pre}|tdem-hsent")
        if t_rank is not None:
            feats.add(f"{pre}|trank={min(t_rank, 3)}")
            if t_rank == 0:
                kind = "country" if any(p.kind == "country" for p in tplaces) else "other"
                feats.add(f"{pre}|ttop-{kind}")
        for x, first in self.linked.get(h, ()):
            if x != t:
                for second in self.rules.get((x, t), ()):
                    feats.update(f"{pre}|bridge={p}>{second}" for p in first)
        return feats

    def _knowledge(self, tp: str, h: int, t: int) -> set[str]:
        """What the gazetteer, demonyms and titles say about the pair."""
        dm = self.dm
        feats: set[str] = set()
        hk = {m.key for m in dm.clusters[h].mentions if m.rule not in ("pronoun", "title")}
        tk = {m.key for m in dm.clusters[t].mentions if m.rule not in ("pronoun", "title")}
        tplaces = [p for p in (place(k) for k in tk) if p is not None]
        tnames = {p.name.lower() for p in tplaces} | tk
        if any(p.kind == "country" for p in tplaces):
            feats.add(f"{tp}|tcountry")
        elif any(p.kind == "state" for p in tplaces):
            feats.add(f"{tp}|tstate")
        elif tplaces:
            feats.add(f"{tp}|tcity")
        if any(k in known_orgs() for k in hk):
            feats.add(f"{tp}|hknown")
        hplaces = [p for p in (place(k) for k in hk) if p is not None]
        if any(p.kind == "country" for p in hplaces):
            feats.add(f"{tp}|hcountry")
        for k in hk:
            hp = place(k)
            if hp is not None and hp.kind == "city" and hp.country:
                # the gazetteer knows the town's country: in it, or (if the object is a country) not
                if hp.country.lower() in tnames:
                    feats.add(f"{tp}|gaz-in")
                elif any(p.kind == "country" for p in tplaces):
                    feats.add(f"{tp}|gaz-notin")
            words = k.split()
            if any(demonyms().get(w, "").lower() in tnames for w in words):
                feats.add(f"{tp}|name-demonym")
            if any(n in k for n in tk if len(n) > 3 and n != k):
                feats.add(f"{tp}|name-contains")
        for word, _pred, target in dm.clusters[h].roles:
            feats.add(f"{tp}|role={word}" + ("+t" if target == t else ""))
        for m in dm.clusters[h].mentions:
            if m.start <= 0 or m.rule == "pronoun":
                continue
            root = self.doc[m.start : m.end].root
            for c in root.lefts:  # "the Ukrainian President Zelenskyy", "Russian oil firm Yukos"
                name = dm.demonym_at.get(c.i)
                if name and c.dep_ in ("amod", "compound", "nmod") and name.lower() in tnames:
                    feats.add(f"{tp}|demonym-mod")
        return feats
