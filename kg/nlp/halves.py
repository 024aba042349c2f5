"""Halves of a two-word name that the news recognizer cut off and the base model kept (``kg.ner.v1``).

The news recognizer sometimes finds one word of a two-word name and leaves the other out:
"Marcello" of "Conductor Marcello Viotti" (and "Viotti" read as a place), "Alegre" of "the
resort of Porto Alegre", "Financial" of "Zurich Financial, Allianz and Axa". Where the base
model reads the two words as one name, the name is whole again.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import common_names, demonyms, honorifics, place
from kg.names import CORPORATE, POSSESSIVE
from kg.nlp.spans import AWARD_TAILS, EVENT_TAILS, SEAT_MEMBERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The base model's labels that make a whole name of two words (no event's, no work's).
WHOLE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
#: Words after a leader's name that make the base model read a government ("a Reagan
#: Administration official"), where the person is the one word.
LEADERS_BODIES = frozenset({"administration", "government", "cabinet", "camp"})
#: Honorifics of other languages that English copy keeps ("Frau Merkel"). Not in the lexicon's
#: ``title_prefixes``: there they change the names the relation classifier trains on (its
#: ``leaderOf`` threshold moved 0.25 -> 0.20 when tried), which this rule alone does not.
FOREIGN_HONORIFICS = frozenset({"frau", "herr", "monsieur", "signor", "senor", "senora"})


def whole_halves(doc: Doc, names: list[Span]) -> list[Span]:
    """``names`` (in text order) with each one-word name that the base model reads together with
    a capitalised word beside it, which is in no other name, made that name of two words.

    Not when the other word is a title ("Ms Essex", "King Abdullah": the person is the one word),
    a nationality ("the Afghan Taliban"), a government's after its leader's name ("the Reagan
    Administration said") or members' after a party's ("Labour MPs"), a modifier of the noun
    after it ("in Maryland Federal court"), in capitals ("GAO LIKELY TO ...", which also leaves
    "Sunderland FC" cut), a sentence's first word that is no common name ("Rapper
    XXXTentacion"), nor when the name goes on beyond the two words or a title follows ("EC
    Energy Commissioner"). A legal form alone makes no half ("Corp"); an event's name keeps its
    town ("the 2000 Sydney Olympics"); a region the gazetteer does not know keeps its country
    ("Eastern Canada").
    """
    from spacy.tokens import Span

    by_span = {(e.start, e.end): e.label_ for e in doc.ents}
    taken = {i for s in names for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in names:
        whole = _whole(doc, s, by_span, taken) if len(s) == 1 else None
        if whole is None:
            out.append(s)
            continue
        start, end, label = whole
        out.append(Span(doc, start, end, label=label))
        taken.update(range(start, end))
    return out


def _whole(
    doc: Doc, s: Span, by_span: dict[tuple[int, int], str], taken: set[int]
) -> tuple[int, int, str] | None:
    """The whole name (start, end, label) the one-word name ``s`` is a half of, if any."""
    for other in (s.start - 1, s.end):
        if not 0 <= other < len(doc) or other in taken or not _name_word(doc[other]):
            continue
        start, end = min(other, s.start), max(other, s.start) + 1
        label = by_span.get((start, end)) or _possessed(doc, start, end, by_span)
        if label is None or label not in WHOLE_LABELS:
            continue
        words = [t.lower_.rstrip(".") for t in doc[start:end]]
        if set(words) & CORPORATE or {words[-1], words[-1] + "s"} & (EVENT_TAILS | AWARD_TAILS):
            continue  # "Publishing" + "Corp"; "Sydney" + "Olympics", "a London Olympic gold medallist"
        if other == s.end and (words[-1] in LEADERS_BODIES | SEAT_MEMBERS or _modifies_noun(doc, end)):
            continue  # "the Reagan Administration said", "Labour MPs", "in Maryland Federal court"
        if _goes_on(doc, start, end):
            continue  # "EC Energy Commissioner Nicolas Mosar", "the London Olympic Games"
        if place(doc[start:end].text.lower()) is not None:
            label = "GPE"  # "the Brazilian resort of Porto Alegre"
        elif label in ("GPE", "LOC"):
            continue  # "Eastern Canada": the country is named
        return start, end, label
    return None


def _possessed(doc: Doc, start: int, end: int, by_span: dict[tuple[int, int], str]) -> str | None:
    """The base model's label of the name with its possessive ("Clint Eastwood's")."""
    if end < len(doc) and doc[end].text in POSSESSIVE:
        return by_span.get((start, end + 1))
    return None


def _name_word(token: Token) -> bool:
    """A capitalised word of letters, not in capitals, that may be a name's: no nationality
    ("Afghan Taliban"), no honorific ("Frau Merkel"), and a sentence's first word only when it is
    a common given name or surname ("Rapper XXXTentacion" opens a sentence)."""
    low = token.lower_
    return (
        token.text[:1].isupper()
        and not token.text.isupper()
        and token.text.replace("-", "").isalpha()
        and token.pos_ == "PROPN"
        and low not in demonyms()
        and low not in _honorifics()
        and (not token.is_sent_start or low in common_names())
    )


@cache
def _honorifics() -> frozenset[str]:
    """The lexicon's honorifics and :data:`FOREIGN_HONORIFICS`, joined once."""
    return honorifics() | FOREIGN_HONORIFICS


def _modifies_noun(doc: Doc, end: int) -> bool:
    """A noun in small letters follows the word that ends at ``end``: the word is that noun's
    modifier ("in Maryland Federal court"), not a name's."""
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower


def _goes_on(doc: Doc, start: int, end: int) -> bool:
    """The name goes on beyond the base model's tokens ``start`` to ``end``: a capitalised word
    that is no title stands right before them, or a capitalised word or a title right after
    ("EU Enlargement Commissioner", "London Olympic Games"; not "spokesman Methat Shalaby")."""
    if start > 0:
        t = doc[start - 1]
        if t.text[:1].isupper() and t.is_alpha and not t.is_sent_start and t.lower_ not in honorifics():
            return True
    if end < len(doc):
        t = doc[end]
        return t.lower_ in honorifics() or (t.text[:1].isupper() and t.is_alpha)
    return False
