"""Abbreviations an article spells out as things: no actors (part of rule ``kg.product.v1``).

"The study puts Japan's producer subsidy equivalent, PSE, at 83.3 pct", "crude palm oil (CPO)
prices", "a floating rate note (FRN) issue": wire copy spells out the abbreviation of a
commodity, a measure or an instrument in small letters before it, and the recognizer, trained on
news, reads the capitals as a firm's. Where the initials of the words in small letters right
before the capitals (after a comma or an opening bracket) spell them, the capitals name a thing
in the whole article, and in the corpus's other articles too (they join the article's products,
:attr:`kg.records.DocResult.products`). Not a body's or a firm's ("the multilateral investment
guarantee agency (MIGA)"), nor a work's, which is an actor ("the export enhancement program
(EEP)", "the common agricultural policy (CAP)").
"""

from __future__ import annotations

import re

from kg.lexicon import firm_words, word_set
from kg.names import SKIP_INITIAL, normalise

#: Nouns of what a work is called, beside the lexicon's ``work_name_heads``.
WORK_NOUNS = frozenset({"programme", "policy", "agreements", "programs", "programmes"})
#: Up to eight words in small letters, then a comma or an opening bracket, then the capitals.
SPELLED = re.compile(r"((?:\b[a-z][a-z-]*\s+){0,7}\b[a-z][a-z-]*)\s*(?:\(\s*|,\s+)([A-Z]{2,6})s?\b")


def defined_things(text: str) -> set[str]:
    """Normalised abbreviations (:func:`kg.names.normalise`) that ``text`` spells out as things.

    Examples:
        >>> sorted(defined_things("Japan's producer subsidy equivalent, PSE, averaged 83 pct."))
        ['pse']
        >>> sorted(defined_things("Prices of crude palm oil (CPO) and a letter of credit (LOC) rose."))
        ['cpo', 'loc']
        >>> defined_things("the multilateral investment guarantee agency (MIGA) said")
        set()
        >>> defined_things("the export enhancement program (EEP) and common agricultural policy (CAP)")
        set()
        >>> defined_things("shares of Paine Webber (PWJ) rose")
        set()
    """
    found = set()
    bodies = word_set("generic_org_nouns") | firm_words()
    works = word_set("work_name_heads") | WORK_NOUNS
    for m in SPELLED.finditer(text):
        words, letters = m.group(1).split(), m.group(2)
        last = words[-1]
        if last in bodies or last.removesuffix("s") in bodies or last in works:
            continue
        if _spells(words, letters):
            found.add(normalise(letters))
    return found


def _spells(words: list[str], letters: str) -> bool:
    """The last words of ``words``, with or without their small words (:data:`kg.names.SKIP_INITIAL`,
    as :func:`kg.names.is_acronym` leaves them out), start with ``letters``.

    Examples:
        >>> _spells(["the", "floating", "rate", "note"], "FRN"), _spells(["letter", "of", "credit"], "LOC")
        (True, True)
        >>> _spells(["a", "letter", "of", "credit"], "LC"), _spells(["gross", "product"], "GNP")
        (True, False)
    """
    n = len(letters)
    tail = words[-n:]
    if len(tail) == n and "".join(w[0] for w in tail).upper() == letters:
        return True
    kept = [w for w in words if w not in SKIP_INITIAL][-n:]
    return len(kept) == n and "".join(w[0] for w in kept).upper() == letters and words[-1] == kept[-1]
