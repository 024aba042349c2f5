"""Names of things a noun calls a product: no actors (rule ``kg.product.v1``).

"Honda's humanoid robot Asimo", "the browser Firefox", "a robot, called Emiew", "the drug
Vioxx": the recognizer, trained on news, reads such a name as a person or a firm, and the
graph then has a robot visit five countries. A product's noun in small letters right before a
name, or before "called" or "named" and the name, makes every mention of that name in the
article no actor, and so does one after a name its maker owns ("Honda's Asimo and Sony's Qrio
robots"): without the owner, the name before the noun is as often the maker's ("the Nokia
phone", "Sony robots"). A name that is the subject of a clause on the noun is no product ("the
software Microsoft owns").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import place
from kg.names import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Nouns for a made thing; not "model" (a person), "engine" ("search engine Google"), "network",
#: "phone" or "player", which a person or a firm follows as often, nor "chip" ("bargaining chip").
PRODUCT_NOUNS = frozenset(
    {"robot", "browser", "console", "handset", "gadget", "drug", "vaccine", "software", "processor",
     "satellite", "probe", "spacecraft", "rover", "device"}
)  # fmt: skip
#: Words between a product's noun and its name: "a robot, called Emiew".
NAMING = frozenset({"called", "named", "dubbed"})


def product_names(doc: Doc, names: list[Span]) -> set[str]:
    """Normalised names (:func:`kg.names.normalise`) that a product's noun announces in ``doc``.

    ``names`` are the document's named entities.
    """
    # a place is no product: a headline's "Bargaining chip" above "Afghanistan has ..."
    return {normalise(s.text) for s in names if place(s.text) is None and _announced(doc, s)}


def _announced(doc: Doc, span: Span) -> bool:
    """A product's noun announces ``span``: right before it, before "called" and it, or after it
    with its maker's possessive before it."""
    i = span.start - 1
    if i < 0:
        return False
    if _product_noun(doc[i]):
        return not _clause_subject(doc[i], span)
    if doc[i].lower_ in NAMING:
        i -= 2 if i > 0 and doc[i - 1].text == "," else 1  # "a robot, called Emiew"
        return i >= 0 and _product_noun(doc[i])
    return doc[i].tag_ == "POS" and _owned(doc, span.end)


def _clause_subject(noun: Token, span: Span) -> bool:
    """The name is the subject of a clause on the noun ("the software Microsoft owns"), not
    the product the noun announces ("humanoid robot Asimo")."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl" and root.head.head.i == noun.i


def _product_noun(token: Token) -> bool:
    return token.is_lower and token.pos_ == "NOUN" and token.lemma_ in PRODUCT_NOUNS


def _owned(doc: Doc, end: int) -> bool:
    """A product's noun follows ``end`` over the names and owners of a list ("Asimo and Sony's
    Qrio robots")."""
    j = end
    while j < min(len(doc), end + 6) and (doc[j].text in ("'s", "and", ",") or doc[j].text[:1].isupper()):
        j += 1
    return j < len(doc) and _product_noun(doc[j])
