"""Places in a list of places, firms in a list of firms (rule ``kg.ner.v1``).

The news recognizer learned CoNLL-2003's sports pages, where a town's name is most often its
club: in "he visits Manchester, Liverpool, Leicester, Somerset and Torbay" it reads some of the
towns as places, some as teams and some as people. A list of names is of one kind far more often
than not; a name the gazetteer knows as a place, listed where most of the other names are places
to the recognizer and to the gazetteer, is a place too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import firm_words, known_place, word_set
from kg.nlp.spans import EXAMPLES, list_noun
from kg.nlp.unplaced import LIST_GLUE

if TYPE_CHECKING:
    from spacy.tokens import Span

#: The recognizer's labels of places, and of what it reads a listed town as instead.
PLACE_LABELS = frozenset({"GPE", "LOC"})
RETYPED = frozenset({"ORG", "PERSON"})


def name_lists(names: list[Span]) -> list[list[Span]]:
    """Runs of three names or more with only commas, "and" and "or" between each two ("Leeds,
    Hull and York"); ``names`` are in the order of the text and do not overlap."""
    runs: list[list[Span]] = []
    run: list[Span] = []
    for name in names:
        if run and _glued(run[-1], name):
            run.append(name)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [name]
    if len(run) >= 3:
        runs.append(run)
    return runs


def listed_places(names: list[Span]) -> set[tuple[int, int]]:
    """Where the names of ``names`` that the recognizer reads as a firm or a person are places by
    the list they stand in: one word or more the gazetteer knows as a place, in a list where two
    other names or more, and more than half of the others, are places to the recognizer and the
    gazetteer. Not a list a firm's or a team's noun introduces ("clubs such as Leeds, Hull and
    York"), and not a name that goes on into a noun ("Leeds, Hull and York fans")."""
    found: set[tuple[int, int]] = set()
    for run in name_lists(names):
        noun = list_noun(run[0], EXAMPLES | {"of"})
        if noun is not None and noun.lemma_.lower() in firm_words() | word_set("team_nouns"):
            continue
        known = [s for s in run if known_place(s.text.lower())]
        places = sum(s.label_ in PLACE_LABELS for s in known)
        if places >= 2 and 2 * places > len(run) - 1:  # of the others, for a name read otherwise
            found |= {(s.start, s.end) for s in known if s.label_ in RETYPED and not _goes_on(s)}
    return found


def listed_firms(names: list[Span], base: list[Span]) -> set[tuple[int, int]]:
    """Token spans of the firms a list of firms names in one word each, where the recognizer reads
    a person, nothing or a place the gazetteer does not know, and the base model an organization:
    two other names or more in the list, and more than half of the others, are organizations to
    the recognizer ("Nokia, LG Electronics, Panasonic, Samsung and Siemens"; "Sony, Philips,
    Matsushita and Samsung", where the recognizer misses "Philips"). The recognizer, trained on
    1996 wire copy, knows few of today's firms by their names alone. Not in a list with a person
    the base model reads as no organization: a team's line-up ("Subs: White, McIntosh, Wood,
    Lloyd"), where both models read surnames as firms and places. ``base`` holds the base model's
    entities."""
    taken = {i for s in names for i in range(s.start, s.end)}
    firms = {(b.start, b.end) for b in base if b.label_ == "ORG" and len(b) == 1}
    missed = [b for b in base if (b.start, b.end) in firms and b.start not in taken]
    found: set[tuple[int, int]] = set()
    for run in name_lists(sorted([*names, *missed], key=lambda s: s.start)):
        if any(s.label_ == "PERSON" and (s.start, s.end) not in firms for s in run):
            continue  # a team's line-up, where both models read surnames as firms and places
        read = [s.start not in taken or s.label_ for s in run]  # True: the recognizer missed it
        for i, s in enumerate(run):
            if (s.start, s.end) not in firms or not (
                read[i] in (True, "PERSON") or (read[i] == "GPE" and not known_place(s.text.lower()))
            ):
                continue  # "Nokia", a Finnish town too, stays the recognizer's place
            others = sum(label == "ORG" for j, label in enumerate(read) if j != i)
            if others >= 2 and 2 * others > len(run) - 1:
                found.add((s.start, s.end))
    return found


def _glued(left: Span, right: Span) -> bool:
    between = left.doc[left.end : right.start]
    return len(between) > 0 and all(t.lower_ in LIST_GLUE for t in between)


def _goes_on(span: Span) -> bool:
    """A noun or a name right after ``span`` makes it a modifier ("York fans", "Leeds United")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")
