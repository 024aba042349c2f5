"""One-word places nothing in their article calls a place (rule ``kg.ner.v1``).

The news recognizer reads many a one-word name as a place: in BBC copy a player ("fears over
Lampard's fitness"), a firm ("Yahoo bought Inktomi"), a band ("I listen to Korn") or a product
far more often than a town. Such a word is a place only where something says so: the
gazetteer, the base model, or the words around one of its uses in the article.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from kg.lexicon import known_place, title_of, word_set
from kg.nlp.spans import age_at, firm_noun_before, kind_by_phrase, place_context

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: The base model's labels of places: where it reads a word so, the word may be a place kg does not know.
BASE_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def unplaced(name: Span, names: list[Span], by_span: dict[tuple[int, int], str]) -> bool:
    """``name``, one word the recognizer reads as a place, is a place nothing in its article says
    is one: the gazetteer does not know it, the base model reads none of its uses as a place,
    and none stands where places stand: after "in", "from", "near" ("in Tuxford"), before a
    state or a country ("Ledbury, Herefordshire") or after a place ("Chisholm, Minn."), after
    a place's noun and "of" ("the town of Staouelli") or a person and "of" ("diver Brian
    Michaud of Millinocket"), or before a date (a dateline: "Ulaanbaatar, 29 Apr"); and no
    phrase types it as no place and no organization ("the film Neverland"; an organization's
    phrase, "Scarlets chief executive", makes every use an organization's: :func:`firm_word`).
    In BBC copy such a word is a player, a firm, a band
    or a product far more often than a place ("Lampard", "Inktomi", "Korn", "iPhoto")."""
    doc, word = name.doc, name[0]
    if known_place(word.lower_):
        return False
    ends = {s.end: s.label_ for s in names}
    dates = {start for (start, _end), label in by_span.items() if label == "DATE"}
    for t in doc:
        if t.text != word.text:
            continue
        one = doc[t.i : t.i + 1]
        if by_span.get((t.i, t.i + 1)) in BASE_PLACE_LABELS or place_context(one):
            return False
        if kind_by_phrase(one, "Place") not in ("Place", "Organization"):
            return False  # "the film Neverland", "the Oscars ceremony": its phrase types it later
        link = doc[t.i - 1].lower_ if t.i > 1 else ""
        if link == "of" and (
            doc[t.i - 2].lemma_.lower() in word_set("place_nouns") or _person_before(doc, t.i - 1, ends)
        ):
            return False
        if link == "," and ends.get(t.i - 1) in ("GPE", "LOC"):
            return False
        if t.is_sent_start and _dated(doc[t.i + 1 : t.i + 5], dates):
            return False
    return True


def role_after(name: Span) -> bool:
    """A role follows ``name``, which names the body it is held in ("Kremlin leader Ivan Petrov",
    "Opec secretary general", "Scarlets chief executive")."""
    doc = name.doc
    return name.end < len(doc) and title_of([doc[name.end].lower_]) is not None


def _person_before(doc: Doc, i: int, ends: dict[int, str]) -> bool:
    """A person's name ends right before token ``i``, or before an age between commas ("Leslie
    Gray, 43, of Tuxford")."""
    return ends.get(i) == "PERSON" or (i > 3 and age_at(doc, i - 3) and ends.get(i - 3) == "PERSON")


#: Months as datelines write them, in full or cut short ("29 Apr", "March 3", "Sept. 4").
MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))


def _dated(after: Span, dates: set[int]) -> bool:
    """``after`` (the words after a line's first word) is a comma and a date: a dateline's."""
    if len(after) < 2 or after[0].text != ",":
        return False
    return after[1].i in dates or any(t.lower_.rstrip(".") in MONTHS for t in after[1:3])


def firm_word(name: Span) -> bool:
    """The words around one use of ``name``'s one word, named or not, call it an organization: a
    firm's noun before ("brewer Carlsberg"), a role after ("Kremlin leader", "Scarlets chief
    executive"), or any other phrase of :func:`kg.nlp.spans.kind_by_phrase` ("Telewest's
    chairman")."""
    doc = name.doc
    return any(
        firm_noun_before(one := doc[t.i : t.i + 1])
        or role_after(one)
        or kind_by_phrase(one, "Place") == "Organization"
        for t in doc
        if t.text == name.text
    )
