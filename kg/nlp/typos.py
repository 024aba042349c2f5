"""Months, misspelt or not, before a day's number, which the recognizer reads as names (``kg.ner.v1``).

Wire copy misspells months as it misspells names: "after Apil 1, 1989", "on Marcxh 3",
"Sepember 30". The recognizer reads such a word as a person or a firm; before a day's number it
is a date, no actor, as a month's own name is there ("May 5" read as a person).
"""

from __future__ import annotations

import calendar
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from kg.lexicon import common_names

if TYPE_CHECKING:
    from spacy.tokens import Span

MONTH_NAMES = tuple(m.lower() for m in calendar.month_name[1:])
#: How alike a word and a month's name must be (:class:`difflib.SequenceMatcher`'s ratio):
#: "apil" and "april" are 0.89, "apirl" 0.8; "mayor" and "may" 0.75.
ALIKE = 0.8


def month_before_day(span: Span) -> bool:
    """``span`` is one word spelled as a month is, or nearly ("Apil 1"), before a day's number,
    and no name of the census lists ("Mary 5").

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("redeemable after Apil 1, 1989, or Mary 5 or Apil Corp")
        >>> [month_before_day(doc[i : i + 1]) for i in (2, 8, 11)]
        [True, False, False]
    """
    if len(span) != 1 or span.end >= len(span.doc):
        return False
    word, day = span[0].lower_, span.doc[span.end].text
    if not (word.isalpha() and day.isdigit() and 1 <= int(day) <= 31):
        return False
    if word in common_names():
        return False
    return any(SequenceMatcher(None, word, m).ratio() >= ALIKE for m in MONTH_NAMES)
