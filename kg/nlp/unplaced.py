"""One-word places nothing in their article calls a place (rule ``kg.ner.v1``).

The news recognizer reads many a one-word name as a place: in BBC copy a player ("fears over
Lampard's fitness"), a firm ("Yahoo bought Inktomi"), a band ("I listen to Korn") or a product
far more often than a town. Such a word is a place only where something says so: the
gazetteer, the base model, or the words around one of its uses in the article.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from kg.lexicon import demonyms, firm_words, known_place, title_of, word_set
from kg.names import CORPORATE
from kg.nlp.spans import (
    EXAMPLES,
    age_at,
    firm_noun_before,
    kind_by_phrase,
    list_noun,
    place_context,
    state_name,
)
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The base model's labels of places: where it reads a word so, the word may be a place kg does not
#: know. Not its GPE: the small model reads almost every rare capitalised word as a country or a
#: town ("Paxil and Wellbutrin", "shares in Solidere", "their last single, Killamangiro").
BASE_PLACE_LABELS = frozenset({"LOC", "FAC"})


def unplaced(name: Span, names: list[Span], by_span: dict[tuple[int, int], str]) -> bool:
    """``name``, one word the recognizer reads as a place, is a place nothing in its article says
    is one: the gazetteer does not know it, the base model reads none of its uses as a region
    or a building (its countries and towns do not count: :data:`BASE_PLACE_LABELS`), and none
    stands where places stand: after "in", "from", "near" ("in Tuxford"), before a state or a
    country ("Ledbury, Herefordshire") or after a place ("Chisholm, Minn."), after a place's
    noun and "of" ("the town of Staouelli") or a person and "of" ("diver Brian Michaud of
    Millinocket"), listed beside a place ("Lesotho, Sri Lanka, and Bangaldesh"), beside a
    place's noun ("its port, Bluff"), or before a date (a dateline: "Ulaanbaatar, 29 Apr"); and no
    phrase types it as no place and no organization ("the film Neverland"; an organization's
    phrase, "Scarlets chief executive", makes every use an organization's: :func:`firm_word`).
    In BBC copy such a word is a player, a firm, a band
    or a product far more often than a place ("Lampard", "Inktomi", "Korn", "iPhoto")."""
    doc, word = name.doc, name[0]
    if known_place(word.lower_):
        return False
    by_end = {s.end: s for s in names}
    by_start = {s.start: s for s in names}
    dates = {start for (start, _end), label in by_span.items() if label == "DATE"}
    for t in tokens(doc):
        if t.text != word.text:
            continue
        one = doc[t.i : t.i + 1]
        if by_span.get((t.i, t.i + 1)) in BASE_PLACE_LABELS or place_context(one):
            return False
        if kind_by_phrase(one, "Place") not in ("Place", "Organization"):
            return False  # "the film Neverland", "the Oscars ceremony": its phrase types it later
        link = doc[t.i - 1].lower_ if t.i > 1 else ""
        if link == "of" and (
            doc[t.i - 2].lemma_.lower() in word_set("place_nouns") or _person_before(doc, t.i - 1, by_end)
        ):
            return False
        if link == "," and _label(by_end, t.i - 1) in ("GPE", "LOC"):
            return False
        if _listed_with_places(t, by_end, by_start) or _place_noun_beside(t):
            return False
        if t.is_sent_start and _dated(doc[t.i + 1 : t.i + 5], dates):
            return False
    return True


def unplaced_name(name: Span, by_span: dict[tuple[int, int], str]) -> str | None:
    """What ``name``, two words or more the recognizer reads as a place, is when the gazetteer
    does not know it: ``None`` (a place) where something says place, else ``"ORG"`` where it
    ends in a legal form or an organization's noun ("Marinduque Mining and Industrial Corp") or
    the base model reads the same words as a firm ("the San Francisco Chronicle"), else ``""``:
    no place (the base model's reading of a person is no better than the recognizer's of a
    place: "Jailhouse Rock").

    A name says place by a word of a place's kind (``place_name_words``: "Goodison Park",
    "Madison Avenue", "Rio Grande Valley", "Southern District of New York"), points of the
    compass alone ("the North West"), a place the gazetteer knows with only points of the
    compass, demonyms or other places around it (``place_qualifiers``: "Bristol West", "N.
    Korea", "Serbia & Montenegro") or hyphened to another name ("Saxony-Anhalt"), or by where one
    of its uses stands (:func:`_placed`). In BBC copy the rest are films, songs, games, products
    and clubs far more often than places ("Spirited Away", "Jailhouse Rock", "Ford Mustang",
    "Sporting Lisbon"): of the Place actors the gazetteer does not know that the judges of
    rounds AK to AN met, 19 in 33 were wrong."""
    words = [
        t.lemma_.lower() if t.is_lower else t.lower_ for t in name if not t.is_punct or t.text in ("-", "&")
    ]
    while words and words[0] == "the":
        words = words[1:]  # "the Philippines"
    if len(words) < 2 or known_place(name.text.lower()) or known_place(" ".join(words)):
        return None
    if set(words) & word_set("place_name_words") or set(words) <= word_set("place_qualifiers"):
        return None  # "Goodison Park", "the North West"
    if _known_part(words) or kind_by_phrase(name, "Place") != "Place" or _placed(name):
        return None  # "Bristol West"; "the film Spirited Away", which its phrase types later
    if words[-1].rstrip(".") in CORPORATE or words[-1] in word_set("generic_org_nouns"):
        return "ORG"  # "Marinduque Mining and Industrial Corp", "Inter-African Coffee Organization"
    return "ORG" if by_span.get((name.start, name.end)) == "ORG" else ""


#: Words before a name that put it among places more surely than "in" or "at", which BBC copy
#: also writes before films and shows ("seen in Bride and Prejudice").
PLACING = frozenset({"near", "outside", "through"})
#: Nouns before "of" and a name that make the name a place's ("a native of", "the mayor of").
PLACE_OF = frozenset({"native", "resident", "residents", "outskirts", "mayor", "suburbs"})


def _placed(name: Span) -> bool:
    """One use of ``name`` in its article stands where only places stand: before ", <state or
    country>" or with one after its own comma ("West Branch, Iowa", "Jackson, Wyo."), after
    "born in", "near", "outside" or "through" ("pass through Rolling Fork"), after a place's
    noun and "of" ("the town of Rolling Fork", "a native of"), before a place's noun ("the
    Rancho Nuevo area"), or listed with a place the gazetteer knows ("Tunbridge Wells and
    Sierra Leone")."""
    doc = name.doc
    parts = name.text.split(",")
    if len(parts) > 1 and state_name(parts[-1].strip()):
        return True
    n = len(name)
    nouns = word_set("place_nouns")
    for i in range(len(doc) - n + 1):
        if doc[i].text != name[0].text or doc[i : i + n].text != name.text:
            continue
        before = doc[i - 1].lower_ if i > 0 else ""
        if i + n + 1 < len(doc) and doc[i + n].text == "," and state_name(doc[i + n + 1].text):
            return True
        if before in PLACING or (before == "in" and i > 1 and doc[i - 2].lower_ == "born"):
            return True
        if before == "of" and i > 1 and (doc[i - 2].lemma_.lower() in nouns | PLACE_OF):
            return True
        if i + n < len(doc) and doc[i + n].lemma_.lower() in nouns:
            return True
        if _beside_a_place(doc[i : i + n]):
            return True
    return False


def _beside_a_place(span: Span) -> bool:
    """``span`` is listed with a place the gazetteer knows ("Floods hit Tunbridge Wells and
    Sierra Leone")."""
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
    for other in others:
        start = min([other.i] + [c.i for c in other.lefts if c.dep_ == "compound"])
        if known_place(span.doc[start : other.i + 1].text.lower()):
            return True
    return False


def _known_part(words: list[str]) -> bool:
    """Some run of ``words`` (not all) is a place the gazetteer knows, and the other words are
    points of the compass, other places, "and", "&" or a hyphen."""
    around = word_set("place_qualifiers") | {"and", "&", "-"}
    n = len(words)
    for i in range(n):
        for j in range(n, i, -1):
            if (i, j) != (0, n) and known_place(" ".join(words[i:j])):
                rest = [w.rstrip(".") for w in words[:i] + words[j:]]
                # "N. Korea", "Soviet Central Asia", "Saxony-Anhalt"
                return all(w in around or known_place(w) or w in demonyms() for w in rest) or "-" in words
    return False


def _listed_with_places(word: Token, by_end: dict[int, Span], by_start: dict[int, Span]) -> bool:
    """``word`` is listed beside a place: the name next to it across a comma, "and" or "or" is
    a place to the recognizer and the gazetteer ("Orpington, Haltemprice and Howden, Eastbourne",
    "Lesotho, Sri Lanka, and Bangaldesh"), not a word before a noun ("Glastonbury organiser");
    or it is listed after a place's noun and "such as" ("countries such as Korea"). A list after
    a firm's noun is one of firms, whatever a town is called ("companies such as Nokia, Thomson
    and Telefonica"). ``by_end`` and ``by_start`` hold the article's names by where they end
    and start."""
    doc = word.doc
    noun = _list_noun_of(word)
    if noun is not None and noun.lemma_.lower() in firm_words():
        return False
    if word.i > 0 and doc[word.i - 1].is_title and not word.is_sent_start:
        return False  # "presenter Fearne Cotton, Glastonbury organiser Emily Eavis": a name's last word
    i = word.i - 1
    while i >= 0 and doc[i].lower_ in LIST_GLUE:
        i -= 1
    j = word.i + 1
    while j < len(doc) and doc[j].lower_ in LIST_GLUE:
        j += 1
    beside = [
        s
        for s in (by_end.get(i + 1) if i < word.i - 1 else None, by_start.get(j) if j > word.i + 1 else None)
        if s
    ]
    if any(
        s.label_ in ("GPE", "LOC") and known_place(s.text.lower()) and s.root.dep_ != "compound"
        for s in beside
    ):
        return True
    return noun is not None and noun.lemma_.lower() in word_set("place_nouns")


def _list_noun_of(word: Token) -> Token | None:
    """The plural noun the list ``word`` is in hangs from over "such as", "including" or "like"
    ("countries such as Korea"), or over "of" when there are two names or more ("the mining
    towns of Barentsburg and Pyramiden"; not "the city of Life"): :func:`kg.nlp.spans.list_noun`."""
    listed = word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children)
    return list_noun(word.doc[word.i : word.i + 1], EXAMPLES | {"of"} if listed else EXAMPLES)


#: Words between the names of a list.
LIST_GLUE = frozenset({",", "and", "or"})


def _place_noun_beside(word: Token) -> bool:
    """A place's noun stands in apposition to ``word``: "its port, Bluff", "Cuyo, a village"."""
    nouns = word_set("place_nouns")
    if word.dep_ == "appos" and word.head.i < word.i and word.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ == "appos" and c.i > word.i and c.lemma_.lower() in nouns for c in word.children)


def role_after(name: Span) -> bool:
    """A role follows ``name``, which names the body it is held in ("Kremlin leader Ivan Petrov",
    "Opec secretary general", "Scarlets chief executive")."""
    doc = name.doc
    return name.end < len(doc) and title_of([doc[name.end].lower_]) is not None


def _person_before(doc: Doc, i: int, by_end: dict[int, Span]) -> bool:
    """A person's name ends right before token ``i``, or before an age between commas ("Leslie
    Gray, 43, of Tuxford")."""
    return _label(by_end, i) == "PERSON" or (
        i > 3 and age_at(doc, i - 3) and _label(by_end, i - 3) == "PERSON"
    )


def _label(by_end: dict[int, Span], i: int) -> str | None:
    """The label of the name that ends right before token ``i``, if one does."""
    span = by_end.get(i)
    return span.label_ if span is not None else None


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
    executive"), a list of firms it is in ("companies such as Alcatel"), or any other phrase of
    :func:`kg.nlp.spans.kind_by_phrase` ("Telewest's chairman")."""
    doc = name.doc
    return any(
        firm_noun_before(one := doc[t.i : t.i + 1])
        or role_after(one)
        or ((noun := _list_noun_of(t)) is not None and noun.lemma_.lower() in firm_words())
        or kind_by_phrase(one, "Place") == "Organization"
        for t in tokens(doc)
        if t.text == name.text
    )
