"""A team sheet's players and their clubs (rule ``kg.squad.v1``).

"J Pavey (Exeter Harriers), C Lambert (Belgrave Harriers)": each player of a results line or a
squad list (:mod:`kg.nlp.squads`) plays for the club in brackets after the name, and for no
other club on the line (a referee's county on a line of its own is no club). No other rule
reads a team sheet's line (the relation classifier would pair every player with every club of
it): :func:`on_sheets` says which facts stand on one.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from kg.nlp.squads import doc_sheets
from kg.nlp.state import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.nlp.mentions import DocMentions

RULE = "kg.squad.v1"
CONFIDENCE = 0.8


def team_sheets(dm: DocMentions) -> list[Fact]:
    """``worksFor`` facts from each player of a team sheet to the club in brackets after the name."""
    doc = dm.doc
    facts = []
    for _start, _end, named in doc_sheets(doc):
        for p in named:
            if p.club is None:
                continue
            player, club = doc.char_span(p.start, p.end), doc.char_span(*p.club)
            if player is None or club is None:
                continue
            who, where = dm.by_token.get(player.start), dm.by_token.get(club.start)
            if who is None or where is None or who.type != "Person" or where.type != "Organization":
                continue
            if who.cluster >= 0 and where.cluster >= 0:
                facts.append(
                    Fact(who.cluster, "worksFor", where.cluster, player.sent.start, CONFIDENCE, RULE)
                )
    return facts


def on_sheets(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """The facts of ``facts`` that no team sheet's line holds, and the team sheets' own."""
    lines = [(a, b) for a, b, _players in doc_sheets(doc)]
    if not lines:
        return facts
    starts = [a for a, _b in lines]

    def on_sheet(fact: Fact) -> bool:
        at = doc[fact.sentence].idx
        i = bisect_right(starts, at) - 1
        return i >= 0 and at < lines[i][1]

    return [f for f in facts if f.rule == RULE or not on_sheet(f)]
