"""The role word between a person and an organization decides the predicate (rule ``kg.role.v1``).

The classifier tells well that a person and an organization are linked, less well how:
"Michael Luckey, an analyst at Shearson" works for it, "Thomas Donovan, CBT president"
leads it, "a member of the board" belongs to it. When the dependency path from the
person to the organization passes a title of the lexicon (``titles`` in
``kg/data/lexicon.json``), that title's predicate replaces the classifier's choice among
``leaderOf``, ``worksFor`` and ``memberOf``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import title_of, word_set
from kg.nlp.state import Fact
from kg.nlp.syntax import arcs

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.nlp.mentions import DocMentions

ROLE_PREDICATES = frozenset({"leaderOf", "worksFor", "memberOf"})
#: The rule of the membership a leader's post implies (:func:`implied`).
IMPLIED_RULE = "kg.implied.v1"
#: A team's staff: before a country or town they name its team ("Italy coach").
STAFF = frozenset({"coach", "manager", "boss", "head coach"})
#: What a title says of a person and an organization when it gives them no role of the vocabulary
#: (an envoy posted to it, an MP of a seat, a party's spokesman on a department): the classifier
#: gives the pair no role either.
NO_ROLE = "noRole"
#: Parts of an organization whose leader is a member of the whole.
UNIT_NOUNS = frozenset({"group", "caucus", "wing", "branch", "delegation", "faction"})
#: Words of organizations whose people are members rather than staff.
MEMBERSHIPS = frozenset({"party", "union", "alliance", "coalition", "league", "movement", "front"})


def membership_body(dm: DocMentions, org: int) -> bool:
    """The organization has members rather than staff: a party, a team, a union or an
    alliance, by its name or by what the document calls it ("the party")."""
    bodies, parties = word_set("membership_bodies"), word_set("party_names")
    return any(m.key in parties or m.key.rpartition(" ")[2] in bodies for m in dm.clusters[org].mentions)


def implied(dm: DocMentions, facts: list[Fact]) -> list[Fact]:
    """The membership a leader's post implies (rule ``kg.implied.v1``): who leads an organization
    belongs to it, a member of a party, a team or a union, staff of anything else ("World Bank
    President Jim Yong Kim" works for the World Bank). One fact per leader and organization, from
    the leader fact's sentence and with its confidence, where no fact links the two already.
    ``kg extract`` lists it beside the ``leaderOf``; the graph draws the ``leaderOf`` only.
    """
    linked = {(f.subject, f.object) for f in facts if f.predicate in ("worksFor", "memberOf")}
    out = []
    for f in facts:
        pair = (f.subject, f.object)
        if f.predicate != "leaderOf" or f.negated or pair in linked:
            continue
        if dm.clusters[f.object].type != "Organization":
            continue  # a head of state is no member of the country (citizenOf says what it is)
        linked.add(pair)
        predicate = "memberOf" if membership_body(dm, f.object) else "worksFor"
        out.append(Fact(f.subject, predicate, f.object, f.sentence, f.confidence, IMPLIED_RULE))
    return out


def role_predicate(dm: DocMentions, person: int, org: int, sentence: int) -> str | None:
    """The predicate of the title nearest the person on the path to the organization (or
    on the person's name: "BBC political editor Andrew Marr"), if any.

    A leader of a part ("leader of the Plaid Cymru group") is a member of the whole; a person
    "of" or "from" an organization with no title works for it ("Tom Alder, from the
    Institute for Fiscal Studies"), unless it is a party or a union, whose people are members.
    """
    doc = dm.doc
    sent = doc[sentence].sent
    for a in _heads(dm, person, sent):
        for b in _heads(dm, org, sent):
            path = _between(a, b)
            own = [c for c in a.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
            for n, token in enumerate(path + own):
                found = title_of(_title_words(token))
                if found is None:
                    continue
                if found[1] == "leaderOf" and any(t.lemma_ in UNIT_NOUNS for t in path[n + 1 :]):
                    return "memberOf"
                return found[1]
            if b.head.dep_ == "prep" and b.head.lower_ in ("of", "from") and b.head.head.i == a.i:
                if not {t.lower_ for t in doc[b.i - 2 : b.i + 3]} & MEMBERSHIPS:
                    return "worksFor"
    return None


def _heads(dm: DocMentions, cluster: int, sent: Span) -> list[Token]:
    doc = dm.doc
    return [
        doc[m.start : m.end].root
        for m in dm.clusters[cluster].mentions
        if sent.start <= m.start < sent.end and m.rule not in ("pronoun",)
    ]


def _between(a: Token, b: Token) -> list[Token]:
    """Nouns on the dependency path from ``a`` to ``b``, nearest ``a`` first, ends excluded."""
    found = arcs(a, b)
    if found is None:
        return []
    up, down = found
    return [x for x in up[1:] + down[:0:-1] if x.pos_ in ("NOUN", "PROPN") and x.i != b.i]


def _title_words(token: Token) -> list[str]:
    """The noun with the common words just before it, hyphened words joined: "executive
    vice-president" (however the parser attaches "vice"), "political editor"."""
    doc = token.doc
    start = token.i
    while start > max(token.i - 4, token.sent.start) and (
        doc[start - 1].text == "-" or (doc[start - 1].is_lower and doc[start - 1].pos_ in ("NOUN", "ADJ"))
    ):
        start -= 1
    return doc[start : token.i + 1].text.lower().replace(" - ", "-").split()
