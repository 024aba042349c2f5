"""Role phrases and pronouns (rules ``kg.role-coref.v1``, ``kg.pronoun.v2``).

Titles ("NATO Secretary General Mark Rutte", :mod:`kg.nlp.titles`) tell which person a role
phrase means ("the NATO chief"); pronouns go to the most salient person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import title_of
from kg.names import letter_pair
from kg.nlp.mentions import MALE_FEMALE, DocMentions
from kg.nlp.titles import SUBORDINATE
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token


def resolve_role_phrases(dm: DocMentions) -> None:
    """Attach "the NATO chief", "the Ukrainian leader", "the Alliance" to their actor."""
    doc = dm.doc
    for token in tokens(doc):
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
                # a reference like a role phrase, never a name to join documents by ("the Bank")
                dm.add_reference(token.i, token.i + 1, org, "title")


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
    for token in tokens(doc):
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
    never an actor whose honorific says the other gender (rule ``kg.pronoun.v2``), nor a firm's
    letters around "and": wire copy writes "S and P said ..." of the rating agency, and "its" in
    what it says is the rated firm's ("S and P said the merger would allow American Security to
    diversify its funding"), which this rule, preferring a sentence's subject, would miss."""
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
            span = token.doc[m.start : m.end]
            if letter_pair(span.text):
                continue  # "S and P said the merger would allow American Security to diversify its"
            head = span.root
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
    """The antecedent is the subject of the nearest verb above the pronoun's own one that has a
    subject ("Lund was furious before Hale announced he would resign": Hale, not Lund); never
    the subject of the pronoun's own verb ("Lund praised him" is not Lund praising himself)."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # spaCy makes a new Token on every access, so tokens are compared by position, never by ``is``
    verb = pronoun.head
    while verb.dep_ in ("ccomp", "conj", "advcl", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return verb.i == head.head.i
    return False
