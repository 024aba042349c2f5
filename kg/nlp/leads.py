"""A firm's first word the recognizer leaves out where a paragraph opens (rule ``kg.ner.v1``).

Wire copy opens an article with a headline in capitals and the firm's full name at the start of
the lead ("MAY DEPARTMENT STORES <MA> ...", then "May Department Stores Co said ..."). After a
new line the recognizer, trained on one sentence per line, leaves out a first word that is also
a word of the language: "Department Stores Co", "Immuno Technologies Inc" of "Allergy Immuno
Technologies Inc", "American First Savings Bank" of "Great American First Savings Bank". The
headline names the firm by that word in capitals, so the word is the name's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp.unplaced import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: A word of a headline: capitals, with the marks a firm's name keeps ("AT&T", "O'NEILL").
HEADLINE_WORD = re.compile(r"[A-Z][A-Z'&.-]*")


def headline_words(text: str) -> frozenset[str]:
    r"""The words of ``text``'s first line when it is a headline in capitals ("MAY DEPARTMENT
    STORES <MA> SALES RISE"); none when it is not.

    Examples:
        >>> sorted(headline_words("MAY STORES <MA> SALES RISE\n\nMay Stores Co said ..."))
        ['MA', 'MAY', 'RISE', 'SALES', 'STORES']
        >>> headline_words("May sales rose\n\nMay Stores Co said ...")
        frozenset()
    """
    first = text.split("\n", 1)[0]
    letters = [c for c in first if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return frozenset()
    return frozenset(HEADLINE_WORD.findall(first))


def lead_names(doc: Doc, names: list[Span]) -> list[Span]:
    """``names`` with the organization that starts right after the lead's first word (the first
    word after the headline's line) taking that word in, where the headline in capitals writes
    it ("Department Stores Co" after "May" below "MAY DEPARTMENT STORES ..."). The word is
    capitalised, no stop word of spaCy's English list ("The", "Its", "For") unless a month's
    name (:data:`kg.nlp.unplaced.MONTHS`: "May"), and no other name holds it; a later
    paragraph's first word is left alone ("Cereals MCA's are plus 2.4 points" below "CEREALS
    MCAS TO BE UNCHANGED")."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.tokens import Span

    text = doc.text  # a Doc joins its tokens' text anew at each read
    heads = headline_words(text)
    if not heads:
        return names
    lead = _lead_start(text)
    taken = {i for s in names for i in range(s.start, s.end)}
    out = []
    for s in names:
        i = s.start - 1
        if s.label_ == "ORG" and i >= 1 and i not in taken:
            word = doc[i]
            if (
                word.idx == lead
                and word.is_alpha
                and word.is_title
                and len(word) > 1
                and (word.lower_ not in STOP_WORDS or word.lower_ in MONTHS)
                and word.text.upper() in heads
            ):
                s = Span(doc, i, s.end, label="ORG")
        out.append(s)
    return out


def _lead_start(text: str) -> int:
    r"""Where the first word after the first line starts (-1: no such word).

    Examples:
        >>> _lead_start("MAY SALES RISE\n\n  May Stores said")
        18
    """
    brk = text.find("\n")
    if brk < 0:
        return -1
    rest = text[brk:]
    return brk + len(rest) - len(rest.lstrip()) if rest.strip() else -1
