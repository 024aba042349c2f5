"""Titles, role phrases and pronouns (rules ``kg.title.v1``, ``kg.role-coref.v1``, ``kg.pronoun.v1``).

A title in front of or beside a name says what the person is ("NATO Secretary
General Mark Rutte": leaderOf NATO). Those roles then tell which person a role
phrase means ("the NATO chief"), and pronouns go to the most salient person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import lexicon
from kg.mentions import MALE_FEMALE, DocMentions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation between two clusters of one document, before it becomes a record."""

    subject: int
    predicate: str
    object: int
    sentence: int  # token index of the sentence start
    confidence: float
    rule: str
    negated: bool = False
    label: str | None = None


@cache
def _titles() -> dict[str, str]:
    table: dict[str, str] = {}
    for predicate, words in lexicon()["titles"].items():
        for word in words:
            table[word] = predicate
    return table


def title_of(words: list[str]) -> tuple[str, str] | None:
    """The role and its predicate for a run of title words ("secretary", "general").

    Examples:
        >>> title_of(["secretary", "general"])
        ('secretary general', 'leaderOf')
        >>> title_of(["foreign", "minister"])
        ('minister', 'leaderOf')
    """
    titles = _titles()
    for size in range(min(3, len(words)), 0, -1):
        for i in range(len(words) - size, -1, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in titles:
                return phrase, titles[phrase]
    return None


def _np_left(token: Token, stop: int) -> list[Token]:
    """Compound/amod/poss modifiers of ``token`` left of token index ``stop``, with their own."""
    out: list[Token] = []
    for child in token.lefts:
        if child.i < stop and child.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
            out.extend(t for t in child.subtree if t.i < stop)
    return sorted(out, key=lambda t: t.i)


#: Words that make a leader's title a subordinate's ("deputy governor", "vice chairman").
SUBORDINATE = frozenset({"deputy", "vice", "assistant", "associate", "junior", "under"})
#: Words of a minister's title that are not a brief ("Prime Minister" leads the country).
NOT_BRIEFS = frozenset({"prime", "first", "chief", "former", "new", "acting", "then", "senior", "general"})
#: Nouns after "of" that do not make a title a unit's ("chairman of the board").
NOT_UNITS = frozenset({"board", "directors", "state", "governors", "trustees"})


def find_titles(dm: DocMentions) -> list[Fact]:
    """Roles stated by titles and appositions next to person names."""
    facts: list[Fact] = []
    for cid, cluster in enumerate(dm.clusters):
        if cluster.type != "Person":
            continue
        for m in cluster.mentions:
            if m.start < 0 or m.rule in ("pronoun", "title"):
                continue
            head = dm.doc[m.start : m.end].root
            groups = [_np_left(head, m.start)]
            groups += [list(c.subtree) for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "appos":
                groups.append(
                    [t for t in head.head.subtree if t.i < m.start and t.i >= head.head.left_edge.i]
                )
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":
                groups += [list(c.subtree) for c in head.head.children if c.dep_ == "attr"]
            for tokens in groups:
                own = _own_tokens(dm, cid, tokens)
                facts.extend(_title_facts(dm, cid, own, own, head.sent, subunit=_subunit(dm, own)))
    return facts


def _own_tokens(dm: DocMentions, person: int, tokens: list[Token]) -> list[Token]:
    """``tokens`` without another person's name and its modifiers: in "an aide to military
    leader Desi Bouterse" the title "leader" is Bouterse's (rule ``kg.title.v2``)."""
    inside = {t.i for t in tokens}
    out = []
    for t in tokens:
        node = t
        while True:
            m = dm.by_token.get(node.i)
            if m is not None and m.cluster not in (-1, person) and dm.clusters[m.cluster].type == "Person":
                break
            if node.head.i == node.i or node.head.i not in inside:
                out.append(t)
                break
            node = node.head
    return out


def _subunit(dm: DocMentions, tokens: list[Token]) -> bool:
    """The title is of a unit inside the organization ("director of research at Medizone")."""
    for t in tokens:
        if title_of([t.lower_]) is None:
            continue
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                for o in prep.children:
                    if (
                        o.dep_ == "pobj"
                        and o.pos_ == "NOUN"
                        and o.text.islower()
                        and o.i not in dm.by_token
                        and o.i not in dm.demonym_at
                        and o.lower_ not in NOT_UNITS
                    ):
                        return True
    return False


def _title_facts(
    dm: DocMentions,
    person: int,
    words_tokens: list[Token],
    tokens: list[Token],
    sent: Span,
    *,
    subunit: bool = False,
) -> list[Fact]:
    words = [
        t.lower_.rstrip(".")
        for t in words_tokens
        if dm.by_token.get(t.i) is None and t.pos_ in ("NOUN", "PROPN", "ADJ")
    ]
    role = title_of([w for w in words if w not in SUBORDINATE])
    lower = sorted(SUBORDINATE & set(words))
    if role and lower:
        # "deputy prime minister": not the one "the prime minister" means later
        role = (f"{lower[0]} {role[0]}", "worksFor" if role[1] == "leaderOf" else role[1])
    elif role and role[1] == "leaderOf" and subunit:
        role = (role[0], "worksFor")
    targets = []
    for t in tokens:
        target = dm.place_of(t) if t.i in dm.demonym_at else dm.cluster_of(t)
        if target is not None and target != person and target not in targets:
            if dm.clusters[target].type in ("Organization", "Place"):
                targets.append(target)
    owners = {dm.cluster_of(t) for t in tokens if t.dep_ == "poss"} - {None}
    if owners & set(targets):
        # "Britain's Europe Director": the owner is the target, the place before the title is a portfolio
        targets = [
            c
            for c in targets
            if c in owners
            or dm.clusters[c].type != "Place"
            or not any(t.dep_ == "compound" and dm.cluster_of(t) == c for t in tokens)
        ]
    if any(dm.clusters[c].type == "Organization" for c in targets):
        # "president of John S. Herold Inc in Greenwich": the place is the company's, not the role's
        located = {dm.cluster_of(t) for t in tokens if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")}
        targets = [c for c in targets if not (dm.clusters[c].type == "Place" and c in located)]
    if role and role[1] == "leaderOf" and role[0].split()[-1] in ("minister", "secretary"):
        brief = set(words) - set(role[0].split()) - NOT_BRIEFS - SUBORDINATE
        if brief:
            # "Soviet Foreign Minister Eduard Shevardnadze" serves the country, he does not lead it
            role = (role[0], "minister")
    inside = {t.i for t in tokens}
    # a demonym says the person's nationality only on the role noun itself ("the Italian finance
    # minister", "an Iraqi Kurd"), not deeper ("author of a guide to British quangos")
    heads = {t.i for t in tokens if t.head.i not in inside or title_of([t.lower_]) is not None}
    facts = []
    for target in targets:
        demonym = any(
            t.i in dm.demonym_at
            and dm.place_of(t) == target
            and (t.head.i in heads or t.head.i not in inside)
            for t in tokens
        )
        if (
            role is not None
            and role[0].split()[-1] in ("minister", "secretary")
            and role[0] not in ("prime minister", "first minister")
            and dm.clusters[target].type == "Place"
            and not demonym
            and any(t.dep_ == "compound" and dm.cluster_of(t) == target for t in tokens)
        ):
            continue  # "Northern Ireland Minister", "Europe minister": the place is the brief
        if role is None:
            if demonym:
                facts.append(Fact(person, "citizenOf", target, sent.start, 0.7, "kg.demonym.v1"))
            continue
        word, predicate = role
        if predicate == "minister":
            if dm.clusters[target].type == "Place":
                facts.append(Fact(person, "citizenOf", target, sent.start, 0.8, "kg.title.v1"))
                dm.clusters[person].roles.append((word, "citizenOf", target))
                continue
            predicate = "leaderOf"
        if dm.clusters[target].type == "Place" and predicate != "leaderOf":
            if demonym:
                facts.append(Fact(person, "citizenOf", target, sent.start, 0.7, "kg.demonym.v1"))
            continue
        facts.append(Fact(person, predicate, target, sent.start, 0.9, "kg.title.v1"))
        dm.clusters[person].roles.append((word, predicate, target))
    if role and not targets:
        dm.clusters[person].roles.append((role[0], role[1], -1))
    return facts


def resolve_role_phrases(dm: DocMentions) -> None:
    """Attach "the NATO chief", "the Ukrainian leader", "the Alliance" to their actor."""
    doc = dm.doc
    for token in doc:
        if token.i in dm.by_token or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.lefts):
            continue
        if token.dep_ == "compound" or any(c.dep_ in ("appos",) for c in token.children):
            continue
        mods = [t for t in token.lefts if t.dep_ in ("compound", "amod")]
        words = [t.lower_ for t in mods if t.i not in dm.by_token and t.i not in dm.demonym_at]
        role = title_of([*words, token.lower_])
        if role and role[0].split()[-1] == token.lower_:
            person = _person_for_role(dm, token, role[0], mods)
            if person is not None:
                start = min([token.i, *(t.i for t in token.lefts if t.dep_ in ("det", "amod", "compound"))])
                dm.add_reference(start, token.i + 1, person, "title")
            continue
        if token.text[:1].isupper() and token.pos_ == "PROPN":
            org = _org_for_noun(dm, token)
            if org is not None:
                dm.add_reference(token.i, token.i + 1, org, "generic")


def _person_for_role(dm: DocMentions, token: Token, word: str, mods: list[Token]) -> int | None:
    targets = {dm.place_of(t) for t in mods} - {None}
    best: tuple[float, int] | None = None
    for cid, cluster in enumerate(dm.clusters):
        if cluster.type != "Person":
            continue
        before = [m.start for m in cluster.mentions if 0 <= m.start < token.i]
        if not before or not cluster.roles:
            continue
        score = 0.0
        for role, _pred, target in cluster.roles:
            if role.split()[0] in SUBORDINATE and word.split()[0] not in SUBORDINATE:
                continue
            if target in targets:
                score += 3
            elif target != -1 and targets:
                score -= 2
            if role.split()[-1] == word.split()[-1] or word in ("leader", "chief", "head"):
                score += 1
        score += max(before) / max(1, token.i)  # recency breaks ties
        if score > 1 and (best is None or score > best[0]):
            best = (score, cid)
    return best[1] if best else None


def _org_for_noun(dm: DocMentions, token: Token) -> int | None:
    from kg.lexicon import known_orgs

    noun = token.lower_
    for cid, cluster in enumerate(dm.clusters):
        if cluster.type != "Organization":
            continue
        for m in cluster.mentions:
            known = known_orgs().get(m.key)
            if (known and noun in known.nouns) or (m.key.split()[-1:] == [noun] and len(m.key.split()) > 1):
                return cid
    return None


def resolve_pronouns(dm: DocMentions) -> None:
    """he/she/his/her -> the most salient person; its -> the nearest organization or place."""
    doc = dm.doc
    for token in doc:
        low = token.lower_
        if token.i in dm.by_token or token.pos_ != "PRON":
            continue
        if low in MALE_FEMALE:
            target = _salient(dm, token, ("Person",), gender=_gender(low))
        elif low == "its":
            target = _salient(dm, token, ("Organization", "Place", "Group"), window=1)
        else:
            continue
        if target is not None:
            dm.add_reference(token.i, token.i + 1, target, "pronoun")


#: Honorifics that say a person's gender ("Ms Hassan" is not "he").
HONORIFIC_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "baron", "duke", "count"), "m"),
    **dict.fromkeys(("ms", "mrs", "miss", "lady", "dame", "queen", "princess", "baroness", "madam"), "f"),
}


def _gender(pronoun: str) -> str:
    return "f" if pronoun in ("she", "her", "hers", "herself") else "m"


def _cluster_gender(dm: DocMentions, cid: int) -> str | None:
    """ "m" or "f" when an honorific before one of the actor's names says so, else ``None``."""
    doc = dm.doc
    said = set()
    for m in dm.clusters[cid].mentions:
        if m.rule in ("pronoun", "title") or m.start <= 0:
            continue
        word = doc[m.start - m.lead - 1 if m.lead else m.start - 1].lower_.rstrip(".")
        lead = doc[m.start - m.lead].lower_.rstrip(".") if m.lead else word
        for w in (word, lead):
            if w in HONORIFIC_GENDER:
                said.add(HONORIFIC_GENDER[w])
    return said.pop() if len(said) == 1 else None


def _salient(
    dm: DocMentions, token: Token, types: tuple[str, ...], window: int = 2, gender: str | None = None
) -> int | None:
    """The best antecedent: a subject of this or the previous sentences, nearest first,
    never an actor whose honorific says the other gender (rule ``kg.pronoun.v2``)."""
    sent = token.sent
    sents = [s for s in token.doc.sents if s.start <= sent.start][-(window + 1) :]
    best: tuple[float, int] | None = None
    genders: dict[int, str | None] = {}
    for distance, s in enumerate(reversed(sents)):
        for m in dm.mentions:
            if m.cluster < 0 or dm.clusters[m.cluster].type not in types:
                continue
            if gender is not None:
                if m.cluster not in genders:
                    genders[m.cluster] = _cluster_gender(dm, m.cluster)
                if genders[m.cluster] not in (None, gender):
                    continue
            if not (s.start <= m.start < s.end) or (distance == 0 and m.start >= token.i):
                continue
            head = token.doc[m.start : m.end].root
            score = 1.0 - distance
            if head.dep_ in ("nsubj", "nsubjpass"):
                score += 1.5 if head.head.dep_ == "ROOT" else 1.0
            if distance == 0 and _shares_clause_subject(token, head):
                score += 2
            score += m.start / 10_000
            if best is None or score > best[0]:
                best = (score, m.cluster)
    return best[1] if best else None


def _shares_clause_subject(pronoun: Token, head: Token) -> bool:
    """The antecedent is the subject of a verb the pronoun's own verb hangs from."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pronoun.head
    while verb.dep_ in ("ccomp", "conj", "advcl", "xcomp") and verb.head is not verb:
        verb = verb.head
        if verb is head.head:
            return True
    return verb is head.head
