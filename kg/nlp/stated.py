"""Which relations their evidence sentence states (rules ``kg.stated.v1``, ``kg.stated.v2``).

A rule or the classifier may find a relation whose sentence does not name both ends,
or names them far apart in its parse. Such a relation is kept for document-level
evaluation (``kg extract``) with its confidence cut by :data:`UNSTATED`, so the graph's
floor (``Settings.graph_min_confidence``) leaves it out. A classifier's killing, attack
or residence needs a word for it in the sentence (:func:`triggered`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import demonym_places, lexicon, place
from kg.names import canonical_place
from kg.nlp.roles import STAFF
from kg.nlp.syntax import arcs

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.nlp.mentions import DocMentions
    from kg.nlp.state import Fact

#: Confidence factor of a relation its evidence sentence does not state (``kg.stated.v1``).
UNSTATED = 0.1


def stated(dm: DocMentions, fact: Fact, sent: Span) -> bool:
    """The evidence sentence names both actors of the right types, and (for the classifier)
    says what it needs to.

    The classifier scores pairs by what it knows of them as well as by what the sentence
    says; an edge whose sentence does not name both ends, or whose ends lie far apart in its
    parse (``classifier_max_path`` in the lexicon), is not stated (rule ``kg.stated.v1``).
    A place read off an organization's name (``kg.orgname.v1``) is stated by the name.
    Such a relation is kept for document-level evaluation but with its confidence cut by
    ``UNSTATED``, so the graph's floor (``Settings.graph_min_confidence``) leaves it out.
    """

    ranges = lexicon()["ranges"].get(fact.predicate)
    if ranges and not (
        dm.clusters[fact.subject].type in ranges[0] and dm.clusters[fact.object].type in ranges[1]
    ):
        return False  # outside the vocabulary's domain or range: worksFor a country is no fact
    for cid in (fact.subject, fact.object) if fact.rule != "kg.orgname.v1" else (fact.subject,):
        cluster = dm.clusters[cid]
        named = any(sent.start <= m.start < sent.end for m in cluster.mentions)
        if not named and cluster.type == "Place":
            keys = {canonical_place(m.key) for m in cluster.mentions}
            named = any(
                canonical_place(name.lower()) in keys
                for i, name in dm.demonym_at.items()
                if sent.start <= i < sent.end
            )
        if not named:
            return False
    if fact.predicate == "citizenOf" and not nation(dm, fact.object):
        return False  # "a European Commissioner" is no citizen of Europe, "Kremlin leader" of the Kremlin
    if fact.predicate == "locatedIn":
        inner = [place(m.key) for m in dm.clusters[fact.subject].mentions]
        outer = [place(m.key) for m in dm.clusters[fact.object].mentions]
        if any(p is not None and p.kind == "continent" for p in inner) and not any(
            p is not None and p.kind == "continent" for p in outer
        ):
            return False
    if fact.predicate == "locatedIn" and _nation_abroad(dm, fact):
        return False  # "England's World Cup triumph in Australia": a nation lies in no other country
    if fact.predicate in ("citizenOf", "livesIn") and _team_staff(dm, fact, sent):
        return False
    if fact.rule == "kg.classifier.v1":
        limit = lexicon()["classifier_max_path"].get(fact.predicate)
        if limit is not None and path_length(dm, fact, sent) > limit:
            return False
        if fact.predicate in lexicon()["phrase_relations"] and not phrase_linked(dm, fact, sent):
            return False
    return True


def nation(dm: DocMentions, cid: int) -> bool:
    """The place is one a person can be a citizen of: a country or state the gazetteer knows,
    or one it does not know that a demonym names ("Wales"); not a continent, a town ("a
    Muscovite"), a building ("the Kremlin")."""
    nations = demonym_places()
    for m in dm.clusters[cid].mentions:
        if m.rule in ("pronoun", "title") or not m.key:
            continue
        hit = place(m.key)
        if hit is not None:
            return hit.kind in ("country", "state")
        if m.key in nations:
            return True
    return False


def _nation_abroad(dm: DocMentions, fact: Fact) -> bool:
    """The subject is a home nation ("England", "Wales": a nation the gazetteer places in a
    kingdom, or a place it does not know that a demonym names) and the object a place other
    than that kingdom or a continent: no country ("England's World Cup triumph in Australia")
    and no town ("Wales ... in Cardiff") holds it. A state the gazetteer knows is left to the
    classifier's veto ("Hong Kong, China")."""
    nations = demonym_places()
    keys = [m.key for m in dm.clusters[fact.subject].mentions if m.key and m.rule not in ("pronoun", "title")]
    hits = [place(k) for k in keys]
    kingdoms = {h.country for h in hits if h is not None and h.kind == "country" and h.country != h.name}
    if not keys or not (kingdoms or (all(h is None for h in hits) and any(k in nations for k in keys))):
        return False
    kingdoms = kingdoms or {"United Kingdom"}
    outer = [place(m.key) for m in dm.clusters[fact.object].mentions if m.key]
    return any(p is not None for p in outer) and not any(
        p is not None and (p.name in kingdoms or p.kind == "continent") for p in outer
    )


def phrase_linked(dm: DocMentions, fact: Fact, sent: Span) -> bool:
    """A role or nationality is stated inside one phrase ("BBC political editor Andrew Marr",
    "Brad Adams, from Human Rights Watch") or through a verb of being or holding a role
    ("is a member of", "joined", ``role_verbs`` in the lexicon), never across another verb:
    "Sources told the BBC Michael Howard has ..." does not say he works for the BBC
    (rule ``kg.stated.v2``)."""

    verbs = set(lexicon()["role_verbs"])
    for a, b in _head_pairs(dm, fact, sent):
        found = arcs(a, b)
        if found is None:
            continue
        up, down = found
        meet, path = up[-1], up + down
        inner = [t for t in path if t.i not in (a.i, b.i)]
        if any(t.dep_ == "conj" and t.i != meet.i for t in path):
            continue  # "Kofi Annan, World Bank officials and ...": a list, not a role
        if all(t.pos_ not in ("VERB", "AUX") or t.lemma_ in verbs for t in inner):
            return True
    return False


def _team_staff(dm: DocMentions, fact: Fact, sent: Span) -> bool:
    """The place names the team the person coaches or manages, not where they are from:
    "Scotland manager Berti Vogts", "Bernard Laporte, the France coach" (``STAFF`` of
    :mod:`kg.nlp.roles`)."""
    return any(
        b.dep_ in ("compound", "nmod")
        and b.head.lemma_.lower() in STAFF
        and (b.head.head.i == a.i or b.head.i == a.head.i)
        for a, b in _head_pairs(dm, fact, sent)
    )


def _head_pairs(dm: DocMentions, fact: Fact, sent: Span) -> list[tuple[Token, Token]]:
    """Every pair of a head of the subject's and of the object's mentions in ``sent``."""
    doc = dm.doc

    def heads(cid: int) -> list[Token]:
        out = [
            doc[m.start : m.end].root for m in dm.clusters[cid].mentions if sent.start <= m.start < sent.end
        ]
        if dm.clusters[cid].type == "Place":
            out += [
                doc[i] for i in dm.demonym_at if sent.start <= i < sent.end and dm.place_of(doc[i]) == cid
            ]
        return out

    return [(a, b) for a in heads(fact.subject) for b in heads(fact.object)]


def triggered(fact: Fact, sent: Span) -> bool:
    """A classifier's killing, attack or residence needs a word for it in the sentence
    (``classifier_triggers`` in the lexicon); without one the relation is dropped."""

    triggers = lexicon()["classifier_triggers"].get(fact.predicate)
    if fact.rule != "kg.classifier.v1" or not triggers:
        return True
    return any(t.lemma_.lower() in triggers or t.lower_ in triggers for t in sent)


def path_length(dm: DocMentions, fact: Fact, sent: Span) -> int:
    """Fewest dependency arcs between a mention of the subject and one of the object in ``sent``."""
    best = 99
    for a, b in _head_pairs(dm, fact, sent):
        found = arcs(a, b)
        if found is not None:
            best = min(best, len(found[0]) - 1 + len(found[1]))
    return best
