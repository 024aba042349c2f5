"""Names of things a noun calls a product: no actors (rule ``kg.product.v1``).

"Honda's humanoid robot Asimo", "the browser Firefox", "a robot, called Emiew", "the drug
Vioxx": the recognizer, trained on news, reads such a name as a person or a firm, and the
graph then has a robot visit five countries. A product's noun in small letters right before a
name, or before "called" or "named" and the name, makes every mention of that name in the
article no actor (before "called", a scheme's or a made thing's noun too: "a program called
STABEX", "a technology called Visual Radio"), and so does one after a name its maker owns
("Honda's Asimo and Sony's Qrio robots"), or that "its" owns when the noun's words follow it
("its Butterfly parallel processors"): without the owner, the name before the noun is as
often the maker's ("the Nokia phone", "Sony robots"). A name that is the subject of a clause
on the noun is no product ("the software Microsoft owns").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import BIG_CITY, place
from kg.names import normalise
from kg.nlp.times import NAMES
from kg.nlp.tokens import tokens
from kg.nlp.works import LIST_OPENERS as TITLE_LIST_OPENERS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

#: Nouns for a made thing; not "model" (a person), "engine" ("search engine Google"), "network",
#: "phone" or "player", which a person or a firm follows as often, nor "chip" ("bargaining chip"),
#: nor "probe", a headline's verb as often ("Police probe BNP", "EU to probe Alitalia").
PRODUCT_NOUNS = frozenset(
    {"robot", "browser", "console", "handset", "gadget", "drug", "vaccine", "software", "processor",
     "satellite", "spacecraft", "rover", "device"}
)  # fmt: skip
#: Nouns for a made thing that its maker's possessive before the name makes a product's
#: ("Sony's PSP handheld console", "IBM's Blue Gene/L machine", "Intel's Pentium chip"); alone
#: before a name a person or a firm follows them as often ("phone firm", "chip maker").
OWNED_NOUNS = PRODUCT_NOUNS | frozenset(
    {"phone", "player", "chip", "machine", "computer", "supercomputer", "laptop", "camera", "technology"}
)
#: Words in small letters between an owned name and its noun: "Sony's PSP handheld console".
MODIFIERS = 2
#: A word of a product's newness between its maker's possessive and its name: "Nokia's new
#: Visual Radio technology" (not any adjective: "Pugh's fellow Ospreys player" is a player's).
NOVELTY = frozenset({"new", "latest", "upcoming", "forthcoming"})
#: How a product's noun announces a name (:func:`_announced`): surely, or set off by a comma.
SURE, APPOSED = "sure", "apposed"
#: Words between a product's noun and its name: "a robot, called Emiew".
NAMING = frozenset({"called", "named", "dubbed"})
#: Nouns for a made thing or a scheme that name one before "called" and its name ("a program
#: called STABEX", "a technology called Visual Radio", "a game called Worldopoly"); right
#: before a name they are as often a firm's ("the Unix system vendor", "games maker Eidos").
CALLED_NOUNS = OWNED_NOUNS | frozenset(
    {"technology", "system", "program", "programme", "scheme", "product", "application", "tool",
     "format", "protocol", "game", "virus", "worm", "standard", "technique"}
)  # fmt: skip
#: Plural nouns whose owner's list names products: "Its top brands include Newcastle Brown Ale,
#: Foster's and Kronenbourg".
LIST_NOUNS = frozenset({"brand", "product"})
#: Words after such a noun that open its list (a work's list's, but "like": "its brands like ...").
LIST_OPENERS = TITLE_LIST_OPENERS - {"like"}


def product_names(doc: Doc, names: list[Span]) -> dict[str, bool]:
    """Normalised names (:func:`kg.names.normalise`) that a product's noun announces in ``doc``,
    each with whether the noun names it surely enough for the corpus's other articles
    (:attr:`kg.records.DocResult.products`): right before it, before "called" and it, or after it
    with its maker's possessive; not one set off by a comma ("devices, Real, Sony and so on",
    where Real is a firm) or listed among an owner's brands (a brand is often its firm's name, or
    a person's: "Foster's", "John Smith's").

    ``names`` are the document's named entities; a name counts wherever the article writes its
    words, read as a name there or not, and only a name's (not a date's or an amount's: "the
    device, last December") is sure. A country's, a region's or a big city's name is no product;
    a smaller town's is, but not surely ("its Butterfly parallel processors": a town in Hong Kong
    is called Butterfly).
    """
    listed = owned_lists(doc)
    starts: dict[str, list[int]] = {}
    for t in tokens(doc):
        starts.setdefault(t.text, []).append(t.i)
    spans = {(s.start, s.end) for s in names}
    cues_of: dict[str, set[str | None]] = {}  # a name's words -> how the article announces them
    found: dict[str, bool] = {}
    for s in names:
        known = place(s.text)
        if known is not None and (known.kind != "city" or known.population >= BIG_CITY):
            # a place is no product: a headline's "Bargaining chip" above "Afghanistan has ...";
            # but a town of 15,000 may share a product's name: "its Butterfly parallel processors"
            continue
        if s.text not in cues_of:  # a name the article writes ten times is read once
            uses = _uses(doc, s, starts.get(s[0].text, ()), spans)
            cues_of[s.text] = {_announced(doc, use) for use in uses} - {None}
        cues = cues_of[s.text]
        if cues or any(start <= s.start < end for start, end in listed):
            key = normalise(s.text)
            # a town's name is a product in its article only
            found[key] = found.get(key, False) or (SURE in cues and s.label_ in NAMES and known is None)
    return found


def _uses(doc: Doc, name: Span, starts: Iterable[int], spans: set[tuple[int, int]]) -> list[Span]:
    """Every place ``doc`` writes ``name``'s words as a whole name (``starts``: where its first
    word stands): a name of the recognizer's (``spans``: token offsets; "Apple's PowerMac G4
    computer"), or words no capitalised word goes on from ("cholesterol drug Crestor" announces
    the "Crestor" the recognizer reads only in a later sentence; the "BT" of "known as BT
    Communicator" is not BT)."""
    n = len(name)
    return [
        doc[i : i + n]
        for i in starts
        if i + n <= len(doc)
        and doc[i : i + n].text == name.text
        and ((i, i + n) in spans or i + n == len(doc) or not doc[i + n].text[:1].isupper())
    ]


def owned_lists(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the names an owner's brands or products list: "Its other brands include
    Syndol analgesic, Meltus cough medicine and Mister Baby", "Diageo's brands include Guinness
    and Smirnoff". The noun has its owner's possessive ("its", "Diageo's"): "sportswear brands
    such as Nike and Adidas" lists firms as often as their goods. A list is two names or more,
    each a run of capitalised words with a few small words after it ("Syndol analgesic"), a
    comma, "and" or "or" before the next."""
    found: list[tuple[int, int]] = []
    for cue in tokens(doc)[: len(doc) - 2]:
        if not (
            cue.tag_ == "NNS"
            and cue.lemma_.lower() in LIST_NOUNS
            and any(c.dep_ == "poss" for c in cue.children)
            and doc[cue.i + 1].lower_ in LIST_OPENERS
        ):
            continue
        items: list[tuple[int, int]] = []
        i = cue.i + 2
        while i < len(doc) and doc[i].text[:1].isupper():
            end = i + 1
            while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in ("'s", "-")):
                end += 1
            items.append((i, end))
            # on to the next name over a few small words and the list's commas: "Syndol
            # analgesic, Meltus cough medicine", "hosiery and deodorant products, and Mister Baby"
            j = end
            while j < len(doc) and j - end < 7 and (doc[j].is_lower or doc[j].text == ","):
                j += 1
            if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j - 1].text not in (",", "and", "or"):
                break
            i = j
        if len(items) >= 2:
            found.extend(items)
    return found


def _announced(doc: Doc, span: Span) -> str | None:
    """How a product's noun announces ``span``: :data:`SURE` right before it, before "called" or
    "known as" and it, or after it with its maker's possessive before it; :data:`APPOSED` set off
    by a comma after it; ``None`` when it does not."""
    i = span.start - 1
    if i < 0:
        return None
    if _product_noun(doc[i]):
        return None if _clause_subject(doc[i], span) else SURE
    if doc[i].text == "," and i > 0 and _product_noun(doc[i - 1]):
        return APPOSED if _apposed(doc, span) else None  # "Nintendo's handheld device, Nintendo DS, ..."
    if doc[i].lower_ == "as" and i > 0 and doc[i - 1].lower_ == "known":
        i -= 1  # "BT's internet telephony software, known as BT Communicator"
    elif doc[i].lower_ not in NAMING:
        if doc[i].lower_ in NOVELTY and i > 0:
            i -= 1  # "Nokia's new Visual Radio technology"; not "Pugh's fellow Ospreys player"
        return SURE if _owner(doc, i, span) and _owned(doc, span.end) else None
    i -= 2 if i > 0 and doc[i - 1].text == "," else 1  # "a robot, called Emiew"
    return SURE if i >= 0 and _product_noun(doc[i], CALLED_NOUNS) else None


def _owner(doc: Doc, i: int, span: Span) -> bool:
    """The ``i``-th word of ``doc``, before ``span``, is its maker's possessive: a name's "'s"
    ("Sony's PSP handheld console"), or "its" with the noun's words in small letters right after
    the name ("BBN said its Butterfly parallel processors sold"); not "its" before a name that
    goes on in capitals or with a possessive, whose first words may be the maker's ("its Xerox
    Ventura Publisher software", "its Microsoft's IPTV Edition software"), nor "their" or "his", a
    buyer's as often ("users plug in their Nokia phones")."""
    if doc[i].tag_ == "POS":
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return doc[i].lower_ == "its" and after is not None and after.is_lower and after.is_alpha


def _apposed(doc: Doc, span: Span) -> bool:
    """``span`` after a product's noun and a comma is the noun's apposition: a stop or a comma
    ends it ("Nintendo's handheld device, Nintendo DS, says the report"); not a name that goes on
    ("the new console, Sony said")."""
    return span.end == len(doc) or doc[span.end].text in (",", ".", ";", ")")


def _clause_subject(noun: Token, span: Span) -> bool:
    """The name is the subject of a clause on the noun ("the software Microsoft owns"), not
    the product the noun announces ("humanoid robot Asimo")."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl" and root.head.head.i == noun.i


def _product_noun(token: Token, nouns: frozenset[str] = PRODUCT_NOUNS) -> bool:
    return token.is_lower and token.pos_ == "NOUN" and token.lemma_ in nouns


def product_noun_at(doc: Doc, i: int) -> bool:
    """A product's noun is the ``i``-th word of ``doc``: a name right before it is a product's
    ("the Firefox browser"), though not surely so (a firm's name goes before it as well)."""
    return i < len(doc) and _product_noun(doc[i])


def _owned(doc: Doc, end: int) -> bool:
    """A product's noun heads the words after ``end``, over the names and owners of a list
    ("Asimo and Sony's Qrio robots") and a word or two in small letters ("Sony's PSP handheld
    console"); not a unit's noun after it ("IBM's Lotus software unit")."""
    j = end
    while j < min(len(doc), end + 6) and (doc[j].text in ("'s", "and", ",") or doc[j].text[:1].isupper()):
        j += 1
    last = min(len(doc), j + MODIFIERS + 1)
    while j < last and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN"):
        if _product_noun(doc[j], OWNED_NOUNS) and doc[j].dep_ != "compound":
            return True
        j += 1
    return False
