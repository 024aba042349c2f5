"""Words of the language that the recognizer read as a lone person's or place's name, or as an
organization's at a sentence's start (part of ``kg.resolve.v1``: :func:`drop_words` runs on a
corpus's results before :func:`kg.resolve.resolve`).

"Feel", "Comeback", "Lies" and "Window" in song and show titles, "Periods" in a sentence's
first words, "Rise" and "Touch" cut from longer names: the recognizer reads such a
capitalised word as a person or a place ("Film studio Lions Gate", "Sorghum sales rose": as a
firm), and an article alone is too short to tell. Across
the corpus the word is one the articles write in small letters (:func:`kg.resolve.sets.
written_small`), and the entity is no actor: one word, written the same way in every mention,
in no relation of its article, no town the gazetteer knows (nor its club), no given name or
surname of the census lists, and no person an honorific names ("Mr Young") or a pronoun refers
to; an organization's word only where every mention opens a sentence, and not the first word
of another firm's name in its article ("Nostalgia" of Nostalgia Network Inc).
"""

from __future__ import annotations

import re

from kg.lexicon import common_names, honorifics, place
from kg.records import DocResult, Entity
from kg.resolve.sets import written_small

#: The types of the entities a lone word may be read as: an organization only where every
#: mention opens a sentence ("Sorghum sales rose"), as a firm's name inside one is capitalised.
WORD_TYPES = frozenset({"Person", "Place", "Organization"})
#: An honorific or a title right before a mention: "Mr Young", "Dr. Fox".
HONOURED = re.compile(r"\b(\w+)\.?\s+$")


def drop_words(results: list[DocResult]) -> list[DocResult]:
    """``results`` without the entities that are words of the language (see the module).

    Examples:
        >>> from kg.records import Document, Entity, Mention
        >>> def result(i, text, *names):
        ...     ents = tuple(
        ...         Entity(f"e{n}", w, t, (Mention(text.index(w), text.index(w) + len(w), w),))
        ...         for n, (w, t) in enumerate(names)
        ...     )
        ...     return DocResult(Document(id=i, text=text), ents)
        >>> rs = [
        ...     result("a", "Feel is out. I feel fine, we feel it, they feel low.", ("Feel", "Person")),
        ...     result("b", "Mr Feel said so.", ("Feel", "Person")),
        ... ]
        >>> [[e.name for e in r.entities] for r in drop_words(rs)]
        [[], ['Feel']]
    """
    candidates: dict[tuple[str, str], str] = {}  # (document id, entity id) -> the word
    for r in results:
        related = {x for rel in r.relations for x in (rel.subject, rel.object, rel.evidence.speaker)}
        # "Nostalgia is 29 pct owned by ...": the short form of "Nostalgia Network Inc"
        firsts = {e.name.split()[0] for e in r.entities if e.type == "Organization" and " " in e.name}
        for e in r.entities:
            if e.type == "Organization" and e.name in firsts:
                continue
            if e.id not in related and _lone_word(e, r.doc.text):
                candidates[(r.doc.id, e.id)] = e.name.lower()
    if not candidates:
        return results
    small = written_small((r.doc.text for r in results), candidates.values())
    out = []
    for r in results:
        drop = {e.id for e in r.entities if candidates.get((r.doc.id, e.id)) in small}
        out.append(r.without(drop))
    return out


def _lone_word(e: Entity, text: str) -> bool:
    """``e`` is one capitalised word, the same in every mention, that may be a word of the
    language: no known town, no census name, and no one an honorific names."""
    name = e.name
    if e.type not in WORD_TYPES or not (name.isalpha() and name.istitle()):
        return False
    if any(m.text != name for m in e.mentions) or name.lower() in common_names():
        return False
    if e.type != "Person" and place(name.lower()) is not None:
        return False  # a town, or its club ("Reading v Stockport")
    if e.type == "Place":
        return True
    if e.type == "Organization":
        return all(_opens_sentence(text, m.start) for m in e.mentions)
    for m in e.mentions:
        before = HONOURED.search(text[max(0, m.start - 20) : m.start])
        if before is not None and before.group(1).lower() in honorifics():
            return False  # "Mr Feel said"
    return True


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens the text, a line or a sentence (after a stop and a space)."""
    i = start
    while i > 0 and text[i - 1] in " \t\"'“‘":
        i -= 1  # back over spaces and opening quotes, with no copy of the text before them
    return i == 0 or text[i - 1] in ".!?\n"
