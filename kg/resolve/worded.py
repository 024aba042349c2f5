"""People's names that open with a word of the language (part of ``kg.resolve.v1``:
:func:`drop_worded_names` runs on a corpus's results before :func:`kg.resolve.resolve`).

"Pop Idol", "Evil Twin", "Wooden Heart", "Turn Turn", "Girls Aloud", "Five Virgin megastores":
the recognizer, trained on news, reads a run of capitalised words as a person's name, and a
title, a band or a fragment reads like one. A person's name opens with a given name, and these
open with a word the corpus writes in small letters. Such an entity is no actor when all of
these hold:

- it is a person's name of two words or more, named by the recognizer alone (no phrase around
  it typed it, no pronoun or role phrase refers back to it);
- its first word is a word of the language: the corpus writes it in small letters more often
  than with a capital inside a sentence (:func:`kg.resolve.sets.written_small`), or all its words
  are words of an English word list (:func:`kg.lexicon.common_words`: "Calendar Girls", "Raging
  Bull", "Yahoo Messenger" typed a person, which a corpus may write too seldom to tell), none a
  given name or a surname of the census ("Tiger Woods", "Bill Gates");
- that word is no given name of the census lists ("Will Young", "Rob Howley", "Summer Phoenix"),
  no census surname, no title, office, trade or kin ("Captain Scarlet", "Uncle Ossie"), and does
  not open the names of two different people of the corpus (a given name the census lacks);
- it is in no relation of its article that the graph would keep, no title, office, trade or kin
  is written right before it and no verb of saying next to it ("Tory Shadow" said so);
- the user's alias file does not name it.

When the words after the first are a person's name of two words or more (one the corpus names,
one that opens with a census given name, or one whose last word the article names alone), the
first word was glued on ("Injured Rio Ferdinand and Sol Campbell were left out ... Ferdinand",
"Model Sophie Anderton"): the entity is that person, and its mentions lose the word.
``report.json`` counts the names left out (``left_out``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import replace
from functools import cache

from kg.lexicon import common_names, common_words, given_names, word_sets
from kg.names import SURNAME_OPENERS, normalise
from kg.records import DocResult, Entity
from kg.resolve.once import kept_ends, people_words, said_to_be_someone
from kg.resolve.sets import written_small

#: Mention rules of a name the recognizer alone found: the name, a shorter form of it, or either
#: typed by the other mentions' vote.
NAMED_ALONE = frozenset({"ner", "alias", "type-vote"})


@cache
def _named_words() -> frozenset[str]:
    """Words that open a person's name: given names and surnames of the census, titles, kin."""
    return given_names() | common_names() | people_words() | word_sets("kinship_nouns") | SURNAME_OPENERS


def drop_worded_names(
    results: list[DocResult],
    *,
    min_confidence: float = 0.0,
    classifier_min_confidence: float = 0.0,
    known: Collection[str] = (),
) -> list[DocResult]:
    """``results`` without the people's names that open with a word of the language (see the
    module), and with the people whose names had one glued on cut back to their names.

    ``min_confidence`` and ``classifier_min_confidence`` are the graph's (a relation below them
    keeps no actor); ``known`` are normalised names of the user's alias file, never left out.

    Examples:
        >>> from kg.records import Document, Entity, Mention
        >>> def result(i, text, *names):
        ...     ents = tuple(
        ...         Entity(f"e{n}", w, "Person", (Mention(text.index(w), text.index(w) + len(w), w),))
        ...         for n, w in enumerate(names)
        ...     )
        ...     return DocResult(Document(id=i, text=text), ents)
        >>> rs = [
        ...     result("a", "Pop Idol is back. It is pop, pop music, pop stars.", "Pop Idol"),
        ...     result("b", "Injured Rio Ferdinand: injured, injured, injured.", "Injured Rio Ferdinand"),
        ...     result("c", "Rio Ferdinand said so.", "Rio Ferdinand"),
        ... ]
        >>> [[e.name for e in r.entities] for r in drop_worded_names(rs)]
        [[], ['Rio Ferdinand'], ['Rio Ferdinand']]
    """
    people: set[str] = set()
    rests: dict[str, set[str]] = defaultdict(set)  # first word -> the rests of the names it opens
    for r in results:
        for e in r.entities:
            if e.type == "Person":
                key = normalise(e.name)
                people.add(key)
                first, _, rest = key.partition(" ")
                if rest:
                    rests[first].add(rest)
    candidates: dict[tuple[str, str], str] = {}  # (document id, entity id) -> the first word
    for r in results:
        related = kept_ends(r, min_confidence, classifier_min_confidence)
        for e in r.entities:
            word = _first_word(e)
            if word is None or e.id in related or normalise(e.name) in known or len(rests[word]) > 1:
                continue
            if not any(said_to_be_someone(m, r.doc.text) for m in e.mentions):
                candidates[(r.doc.id, e.id)] = word
    if not candidates:
        return results
    small = written_small((r.doc.text for r in results), candidates.values())
    out = []
    for r in results:
        entities: list[Entity] = []
        for e in r.entities:
            word = candidates.get((r.doc.id, e.id))
            if word not in small and not (word is not None and _words_only(e.name)):
                entities.append(e)
            elif _glued(e, people):
                entities.append(_cut(e))  # "Injured Rio Ferdinand": Rio Ferdinand
        out.append(replace(r, entities=tuple(entities)) if entities != list(r.entities) else r)
    return out


def _first_word(e: Entity) -> str | None:
    """The first word of ``e``'s name, in small letters, if ``e`` may be a name that opens with a
    word of the language: a person's name of two words or more, named by the recognizer alone,
    whose first word is a capitalised word of two letters or more that opens no census name."""
    if e.type != "Person" or any(m.rule not in NAMED_ALONE for m in e.mentions):
        return None
    first, _, rest = e.name.partition(" ")
    word = first.lower()
    if not rest or len(first) < 2 or not first.istitle() or word in _named_words():
        return None
    return word


def _words_only(name: str) -> bool:
    """Every word of ``name`` is a word of the language (:func:`kg.lexicon.common_words`) of two
    letters or more that opens no census name ("Calendar Girls"; not "Tiger Woods", "P Stringer").

    Examples:
        >>> _words_only("Calendar Girls"), _words_only("Tiger Woods"), _words_only("P Stringer")
        (True, False, False)
    """
    words = [w.lower() for w in name.split()]
    return all(len(w) > 1 and w in common_words() and w not in _named_words() for w in words)


def _glued(e: Entity, people: set[str]) -> bool:
    """The words after the first of ``e``'s name are a person's name of two words or more: one the
    corpus names, one that opens with a census given name ("Model Sophie Anderton") or one whose
    last word the article names alone ("Injured Rio Ferdinand ... Ferdinand")."""
    rest = normalise(e.name).partition(" ")[2]
    given, _, more = rest.partition(" ")
    if not more:
        return False  # "Vote Blair": the article names Tony Blair in full elsewhere
    last = more.rpartition(" ")[2]
    return rest in people or given in given_names() or any(normalise(m.text) == last for m in e.mentions)


def _cut(e: Entity) -> Entity:
    """``e`` without the first word of its name, in its name and in each mention that opens with it."""
    first, _, rest = e.name.partition(" ")
    mentions = []
    for m in e.mentions:
        if m.text.startswith(first + " "):
            gap = len(m.text) - len(m.text[len(first) :].lstrip())
            m = replace(m, start=m.start + gap, text=m.text[gap:])
        mentions.append(m)
    return replace(e, name=rest.strip(), mentions=tuple(mentions))
