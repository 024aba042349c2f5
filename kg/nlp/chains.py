"""Names of three capitalised words or more joined by hyphens (``kg.ner.v1``).

Wire copy writes some firms, groups and laws as one chain of words: "Kansallis-Osake-Pankki",
"the Buick-Oldsmobile-Cadillac group", "Hart-Scott-Rodino regulations". The news recognizer
reads some chains whole and cuts others into names of their own ("Chevrolet" a firm,
"Pontiac" a town, "GM" a firm), which makes actors of a chain's words and relations of what
the chain's name says ("GM *basedIn* Canada" of "the Chevrolet-Pontiac-GM of Canada group").
:func:`chained` joins a cut chain into one name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import place
from kg.names import legal_name
from kg.nlp.mend import glued

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The recognizer's labels of places: a chain it reads as places only is a list of them.
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Nouns after a chain that make it a law's name: "Hart-Scott-Rodino filings", "the
#: Gramm-Rudman-Hollings budget targets", "the Payment-In-Kind program".
LAW_NOUNS = frozenset(
    {
        "act",
        "acts",
        "law",
        "legislation",
        "regulations",
        "rules",
        "waiting",
        "filing",
        "filings",
        "approval",
        "approvals",
        "notification",
        "clearance",
        "clearances",
        "anti-trust",
        "antitrust",
        "requirements",
        "budget",
        "deficit",
        "program",
        "programme",
    }
)


def chains(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the chains of ``doc``: three capitalised words or more, each glued to the
    next by a hyphen with no space ("Roc-A-Fella", "Hart-Scott-Rodino")."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        end = i + 1
        while _capital(doc[i]) and end + 1 < len(doc) and glued(doc, end) and _capital(doc[end + 1]):
            end += 2
        if end - i >= 5:
            found.append((i, end))
        i = end
    return found


def chained(doc: Doc, names: list[Span]) -> list[Span]:
    """``names`` with each chain the recognizer cut joined into one name, over the names that
    hold its words: a law's where a law's noun follows it ("U.S. Hart" and "Scott-Rodino"
    before "regulations"), else a firm's ("Merry-Go" a person and "Round Enterprises Inc";
    "Chevrolet", "Pontiac" a town and "GM"), unless the recognizer read every word a place
    ("Rome-Milan-Los Angeles flights"). A chain one name holds whole is a law's name too when
    a law's noun follows it ("Hart-Scott-Rodino filings" read as a firm)."""
    from spacy.tokens import Span

    out = list(names)
    for start, end in chains(doc):
        held = [s for s in out if s.start < end and start < s.end]
        if not held:
            continue
        first, last = min(start, *(s.start for s in held)), max(end, *(s.end for s in held))
        law = _word_at(doc, last) in LAW_NOUNS and not legal_name(doc[first:last].text.lower())
        if not law and all(s.label_ in PLACE_LABELS for s in held):
            continue  # "Rome-Milan-Los Angeles flights": places, each of its own
        label = "LAW" if law else "ORG"
        if not law:
            last = _legal_form_after(doc, last)  # "Thrifty Rent-A-Car System Inc"
        if law and first < start and place(doc[first:start].text.lower()) is not None:
            first = start  # "U.S. Hart-Scott-Rodino regulations": the law, not the country's
        out = [s for s in out if s not in held] + [Span(doc, first, last, label=label)]
    return sorted(out, key=lambda s: s.start)


def _legal_form_after(doc: Doc, end: int) -> int:
    """Where the firm's name that goes on at token ``end`` ends: at a legal form up to three
    capitalised words on ("System Inc"), else at ``end``."""
    for i in range(end, min(len(doc), end + 3)):
        if not _capital(doc[i]):
            break
        if legal_name(doc[i].lower_):
            return i + 1
    return end


def _word_at(doc: Doc, i: int) -> str:
    """The word at token ``i``, lower-cased, with a word hyphened to it: "anti-trust"."""
    if i >= len(doc):
        return ""
    if i + 2 < len(doc) and glued(doc, i + 1):
        return f"{doc[i].lower_}-{doc[i + 2].lower_}"
    return doc[i].lower_


def _capital(token: Token) -> bool:
    return token.text[:1].isupper()
