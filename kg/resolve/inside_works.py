"""A name inside a work's title that the corpus knows is the work (part of ``kg.resolve.v1``:
:func:`name_inside_works` runs on a corpus's results before :func:`kg.resolve.resolve`).

One review writes "Irons, whose film Being Julia is in competition", and the title rules of
``kg.work-title.v1`` read a work; the next writes "Annette Bening won best actress for Being Julia",
and the recognizer reads "Julia", a person. So "Shaun of the Dead" leaves a Shaun, "Touching the
Void" a Void, "Flight of the Phoenix" a place, "the General Agreement on Tariffs and Trade" a
body named "Tariffs and Trade". Across the corpus the title is the same work: a person, an
organization or a place of an article whose every mention lies inside the title, written there
whole, is that work's mention in the article.

The title is a work's name of the corpus written as titles are: two capitalised words or more,
no small word but the ones inside titles ("of", "the", "with" ...) and an agreement's noun at
its end ("the Louvre accord", where one wire story's recognizer read a person "Louvre"), no
possessive ("London's West End", "Martin Scorsese's Gangs of New York" name a place and a
director), and no name the
corpus also reads as an actor ("West End", a place in five BBC articles). The title's words run
alone in the text: no capitalised word right before or after them ("White House Budget Chief
James Miller" is no work "White House Budget"). Not a name that takes part in a relation the
graph keeps, nor one with a pronoun's or a title's mention (the article speaks of a person).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import cache

from kg.names import normalise
from kg.nlp.agreements import AGREEMENT_NOUNS
from kg.records import DocResult, Mention
from kg.resolve.once import kept_ends

#: The rule's name in ``merges.csv``.
RULE = "inside-work"
#: The types a title's words are misread as.
READINGS = frozenset({"Person", "Organization", "Place"})
#: Small words inside a title ("Shaun of the Dead", "Touching the Void", "Being Julia").
SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "to", "at", "for", "with", "from", "by"})
#: A word of a title: capitalised, small or a number ("Assault on Precinct 13").
WORD = re.compile(r"[A-Z][\w.'-]*|\d+")
#: A capitalised word ending right before a title (no full stop between: a sentence's end), not
#: a possessive ("the BBC's Breakfast with Frost", "U2's How to Dismantle an Atomic Bomb").
NAME_BEFORE = re.compile(r"[A-Z][\w'-]*(?<!'s)(?<!’s)\s+$")
#: A capitalised word right after a title.
NAME_AFTER = re.compile(r"\s+[A-Z]")


def name_inside_works(
    results: list[DocResult], *, min_confidence: float = 0.0, classifier_min_confidence: float = 0.0
) -> list[DocResult]:
    """``results`` with each name that lies inside a work's title of the corpus made that work
    (see the module).

    Examples:
        >>> from kg.records import Document, Entity
        >>> def result(i, text, name, kind):
        ...     at = text.index(name)
        ...     e = Entity("e0", name, kind, (Mention(at, at + len(name), name),))
        ...     return DocResult(Document(id=i, text=text), (e,))
        >>> rs = [
        ...     result("a", "Irons, whose film Being Julia is on.", "Being Julia", "Work"),
        ...     result("b", "Bening won for Being Julia on Sunday.", "Julia", "Person"),
        ...     result("c", "Julia said so.", "Julia", "Person"),
        ... ]
        >>> [[(e.name, e.type) for e in r.entities] for r in name_inside_works(rs)]
        [[('Being Julia', 'Work')], [('Being Julia', 'Work')], [('Julia', 'Person')]]
    """
    actors = {normalise(e.name) for r in results for e in r.entities if e.type != "Work"}
    titles = {
        e.name.strip()
        for r in results
        for e in r.entities
        if e.type == "Work" and _title(e.name.strip()) and normalise(e.name) not in actors
    }
    if not titles:
        return results
    by_word: dict[str, set[str]] = defaultdict(set)
    for title in titles:
        for word in WORD.findall(title):
            by_word[word].add(title)
    return [_inside(r, by_word, kept_ends(r, min_confidence, classifier_min_confidence)) for r in results]


def _title(name: str) -> bool:
    """``name`` is written as a work's title: two capitalised words or more, small words of
    :data:`SMALL` between them, no possessive; or a capitalised name and an agreement's noun
    after it (:data:`kg.nlp.agreements.AGREEMENT_NOUNS`: "Louvre accord", "Plaza pact").

    Examples:
        >>> [_title(n) for n in ("Being Julia", "Shaun of the Dead", "Assault on Precinct 13", "Louvre pact")]
        [True, True, True, True]
        >>> [_title(n) for n in ("Shrek 2", "Paris talks", "London's West End", "US laws", "Labour 31")]
        [False, False, False, False, False]
    """
    words = name.split()
    if len(words) > 1 and words[-1] in AGREEMENT_NOUNS:
        words = [*words[:-1], "Agreement"]
    capitals = [w for w in words if w[:1].isupper()]
    return (
        len(capitals) >= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in SMALL or w.isdigit() for w in words)
        and not any(w.endswith(("'s", "’s", "'", "’")) for w in words)
    )


def _inside(r: DocResult, by_word: dict[str, set[str]], related: set[str | None]) -> DocResult:
    """``r`` with the names of its text that lie inside one of the titles indexed in ``by_word``
    (word -> titles) made those works."""
    text = r.doc.text
    where: dict[str, list[tuple[int, int]]] = {}  # title -> where the text writes it, found once

    def written_at(title: str) -> list[tuple[int, int]]:
        if title not in where:
            where[title] = _written(text, title)
        return where[title]

    made: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}  # entity -> (title, where written)
    for e in r.entities:
        if e.type not in READINGS or e.id in related or not e.mentions:
            continue
        if any(m.rule in ("pronoun", "title") for m in e.mentions):
            continue  # the article speaks of a person
        candidates = {t for m in e.mentions for w in WORD.findall(m.text) for t in by_word.get(w, ())}
        written = [span for t in sorted(candidates) for span in written_at(t)]
        covers = [_cover(m, written) for m in e.mentions]
        if candidates and all(covers):
            spans = tuple(sorted({c for c in covers if c is not None}))
            made[e.id] = (text[spans[0][0] : spans[0][1]], spans)
    if not made:
        return r
    titles = {title for title, _spans in made.values()}
    by_title: dict[str, list[str]] = defaultdict(list)  # title -> the entities made it, the work's first
    for e in r.entities:
        if e.type == "Work" and (title := e.name.strip()) in titles:
            by_title[title].append(e.id)
    for i, (title, _spans) in made.items():
        by_title[title].append(i)
    keep = {ids[0]: title for title, ids in by_title.items()}
    spans_of = {title: {s for i in ids if i in made for s in made[i][1]} for title, ids in by_title.items()}
    names_of = {
        title: [(x.name, RULE) for x in r.entities if x.id in made and made[x.id][0] == title]
        for title in by_title
    }
    entities = []
    for e in r.entities:
        if e.id in made and e.id not in keep:
            continue
        if e.id in keep:
            title = keep[e.id]
            have = {(m.start, m.end) for m in e.mentions} if e.type == "Work" else set()
            added = tuple(Mention(a, b, text[a:b], "work") for a, b in sorted(spans_of[title] - have))
            if e.type == "Work":
                e = replace(e, mentions=tuple(sorted((*e.mentions, *added), key=lambda m: m.start)))
            else:
                e = replace(e, name=title, type="Work", mentions=added)
            e = replace(e, merges=(*e.merges, *names_of[title]))
        entities.append(e)
    return replace(r, entities=tuple(entities))


def _written(text: str, title: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``title`` as a name of its own: no capitalised word right before or
    after it.

    Examples:
        >>> _written("White House Budget Chief Miller, and the White House Budget.", "White House Budget")
        [(41, 59)]
        >>> _written("On the BBC's Breakfast with Frost he said", "Breakfast With Frost")
        [(13, 33)]
    """
    found = []
    for m in _pattern(title).finditer(text):
        if NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) or NAME_AFTER.match(text, m.end()):
            continue
        found.append(m.span())
    return found


@cache
def _pattern(title: str) -> re.Pattern[str]:
    """``title`` as the text may write it: its small words in either case ("Breakfast With Frost",
    "Breakfast with Frost").

    Examples:
        >>> bool(_pattern("Breakfast With Frost").search("the BBC's Breakfast with Frost said"))
        True
    """
    words = [f"(?i:{re.escape(w)})" if w.lower() in SMALL else re.escape(w) for w in title.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])")


def _cover(m: Mention, written: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest of the ``written`` titles that holds mention ``m`` and more."""
    around = [(a, b) for a, b in written if a <= m.start and m.end <= b and b - a > m.end - m.start]
    return max(around, key=lambda s: (s[1] - s[0], -s[0]), default=None)
