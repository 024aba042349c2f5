"""Relations named by a noun for the one who does them (rule ``kg.agent-noun.v1``).

"King assassin James Earl Ray", "McKinley's assassin Leon Czolgosz", "John Wilkes
Booth, assassin of Lincoln", "Anna Price's killer, Tom Reed": the person the noun
stands beside is the agent, and the person it names (a compound, a possessor or an
"of" phrase) is the victim. The nouns and their predicates are data
(``agent_nouns`` in ``kg/data/lexicon.json``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import lexicon
from kg.nlp.state import Fact
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.nlp.mentions import DocMentions

RULE = "kg.agent-noun.v1"
CONFIDENCE = 0.8


def agent_nouns(dm: DocMentions) -> list[Fact]:
    """One fact per agent noun that joins two different people of the document."""
    nouns: dict[str, str] = lexicon()["agent_nouns"]
    facts: list[Fact] = []
    for noun in tokens(dm.doc):
        predicate = nouns.get(noun.lemma_.lower())
        if predicate is None or not noun.is_lower:
            continue
        agent = _person(dm, _agent_token(noun))
        if agent is None:
            continue
        for token in _victim_tokens(noun):
            victim = _person(dm, token)
            if victim is not None and victim != agent:
                facts.append(Fact(agent, predicate, victim, noun.sent.start, CONFIDENCE, RULE))
    return facts


def _agent_token(noun: Token) -> Token | None:
    """The name the noun stands beside: its head when it is a compound or apposition,
    or an apposition of its own ("Anna Price's killer, Tom Reed"), which may be the name right
    after a comma only."""
    if noun.dep_ in ("compound", "appos"):
        return noun.head
    found = next((c for c in noun.children if c.dep_ == "appos"), None)
    doc = noun.doc
    if found is None and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ",":
        # "Kennedy's assassin, Lee Harvey Oswald, who ...", where the parser lost the apposition
        found = doc[noun.i + 2]
    return found


def _victim_tokens(noun: Token) -> list[Token]:
    found = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
    found += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    if noun.dep_ == "compound":  # "McKinley's assassin Leon Czolgosz": the possessor sits on the name
        found += [c for c in noun.head.children if c.dep_ == "poss"]
    return found


def _person(dm: DocMentions, token: Token | None) -> int | None:
    if token is None:
        return None
    m = dm.by_token.get(token.i)
    if m is None or m.cluster < 0 or dm.clusters[m.cluster].type != "Person":
        return None
    return m.cluster
