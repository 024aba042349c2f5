"""Lone words the recognizer alone calls a person, named in one article only, with nothing
around them to say they are anyone (part of ``kg.resolve.v1``: :func:`drop_named_once` runs on a
corpus's results before :func:`kg.resolve.resolve`).

"Bicycle" of the blog "This Fish Needs a Bicycle", "Silverade" and "Kodiak" of a list of trucks,
"Grokster" of "Grokster and StreamCast, two file-sharing networks", "Spanglish" entering a chart:
the recognizer, trained on news, reads an unknown capitalised word as a person's name, and one
mention gives nothing else to go by. Read by hand, 54 of the 67 such names of a 500-article
build of the BBC corpus were no person (songs, films, firms, towns, fragments of titles). Two or
three mentions with nothing around any of them say no more ("Supergrass", "Xboxes", the drug
"Bendectin", the airline "Dragonair"): of the 24 such names of all BBC and Reuters articles, 21
were no person. Such an entity is left out when all of these hold:

- it is a person's name of one word, named at most three times in its article, each time by the
  recognizer alone (no phrase around it typed it, no pronoun or role phrase refers back to it);
- it is in no relation of its article that the graph would keep (one at the graph's confidence);
- no other entity of the corpus has that word in one of its names (a lone "Letwin" here joins
  the Oliver Letwin of another article; "Eminem" named in two articles is kept);
- the word is no given name or surname of the census lists;
- no title, office, trade or kin is written right before any of its mentions ("Mr Barot",
  "Information Minister Harmoko", "daughter Larissa", "artists Mase"), no verb of saying next to
  one ("Japsper said"), and none is one of a list of names alone, as a team sheet's
  (:func:`kg.nlp.squads.on_name_line`);
- the user's alias file does not name it.

The people it leaves out are named in one article, in no relation, with nothing said of them
("artists such as Ludacris"); ``report.json`` counts them (``left_out``, ``named_once``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from functools import cache

from kg.lexicon import census_look_alikes, common_names, honorifics, word_sets
from kg.names import normalise
from kg.nlp.squads import on_name_line
from kg.records import DocResult, Entity, Mention, confidence_floor
from kg.resolve.words import HONOURED

#: A verb of saying right after a mention ("Japsper said", "Melcher told"), or before it ("said Kudja").
SAYS_AFTER = re.compile(r"\s*(?:said|says|told|tells|added|adds|explained|insisted|admitted|warned|wrote)\b")
SAYS_BEFORE = frozenset({"said", "says", "added", "adds"})
#: The most mentions a lone name may have and still be left out (a choice: the names of two and
#: three bare mentions in all BBC and Reuters articles were no person in 21 of 24).
MAX_MENTIONS = 3


@cache
def _census() -> frozenset[str]:
    return common_names() | census_look_alikes()


@cache
def people_words() -> frozenset[str]:
    """Words that, right before a name, say it is a person's: titles and offices, trades, kin."""
    return honorifics() | word_sets("person_nouns", "team_titles", "agent_nouns")


@cache
def _kin() -> tuple[str, ...]:
    return tuple(word_sets("kinship_nouns"))


def drop_named_once(
    results: list[DocResult],
    *,
    min_confidence: float = 0.0,
    classifier_min_confidence: float = 0.0,
    known: Collection[str] = (),
) -> list[DocResult]:
    """``results`` without the lone names no one would miss (see the module).

    ``min_confidence`` and ``classifier_min_confidence`` are the graph's (a relation below them
    keeps no actor); ``known`` are normalised names of the user's alias file, never left out.

    Examples:
        >>> from kg.records import Document, Entity, Mention
        >>> def result(i, text, name):
        ...     at = text.index(name)
        ...     e = Entity("e0", name, "Person", (Mention(at, at + len(name), name, "ner"),))
        ...     return DocResult(Document(id=i, text=text), (e,))
        >>> rs = [result("a", "Sites such as Wonkette are up.", "Wonkette"),
        ...       result("b", "Ms Chada said so.", "Chada"), result("c", "It backed Smith.", "Smith")]
        >>> [[e.name for e in r.entities] for r in drop_named_once(rs)]
        [[], ['Chada'], ['Smith']]
    """
    words: Counter[str] = Counter()
    for r in results:
        for e in r.entities:
            words.update({w for form in (e.name, *e.aliases) for w in normalise(form).split()})
    out = []
    for r in results:
        related = kept_ends(r, min_confidence, classifier_min_confidence)
        drop = set()
        for e in r.entities:
            if e.id in related or not _lone(e) or normalise(e.name) in known:
                continue
            if words[normalise(e.name)] > 1 or any(said_to_be_someone(m, r.doc.text) for m in e.mentions):
                continue
            if not any(on_name_line(r.doc.text, m.start) for m in e.mentions):
                drop.add(e.id)  # not one of a list of names alone, a team sheet's ("Kay, Parr, McGee")
        out.append(r.without(drop))
    return out


def kept_ends(r: DocResult, min_confidence: float, classifier_min_confidence: float) -> set[str | None]:
    """Ids of the entities of ``r`` in a relation the graph would keep alone (its subject, its
    object or its speaker), as :func:`kg.graph.graph.prune` reads the two confidence floors."""
    return {
        x
        for rel in r.relations
        if rel.confidence >= confidence_floor((rel.rule,), min_confidence, classifier_min_confidence)
        for x in (rel.subject, rel.object, rel.evidence.speaker)
    }


def _lone(e: Entity) -> bool:
    """``e`` is a person's name of one word, named at most three times, each by the recognizer
    alone, and no census name."""
    if e.type != "Person" or len(e.mentions) > MAX_MENTIONS or " " in e.name:
        return False
    return all(m.rule == "ner" for m in e.mentions) and e.name.lower() not in _census()


def said_to_be_someone(m: Mention, text: str) -> bool:
    """A title, an office, a trade or a kin right before mention ``m``, or a verb of saying next to it."""
    before = HONOURED.search(text[max(0, m.start - 30) : m.start])  # the word right before it
    if before is not None:
        word = before.group(1).lower()
        people = people_words()
        if word in people or (word.endswith("s") and word[:-1] in people) or word.endswith(_kin()):
            return True  # "Mr Barot", "artists Mase", "stepson Sholto", "grandmother Madea"
        if word in SAYS_BEFORE and "." not in before.group(0):
            return True  # '"We prepare some patterns," said Kudja'
    return SAYS_AFTER.match(text, m.end) is not None
