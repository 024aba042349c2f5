"""A founder's given name written short with a stop, first in a firm's name (``kg.ner.v1``).

Wire copy keeps the old firms' spelling of their founders' names: "Alex. Brown and Sons Inc",
"Wm. Sword and Co Inc", "Wm. Wrigley Jr Co". The recognizer reads the stop as a sentence's end,
the given name as a person ("Alex") and the rest as the firm ("Brown and Sons Inc"):
:func:`founders_firms` makes the two one firm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Given names as firms' names write them short, with a stop ("Wm." for William).
SHORT_GIVEN_NAMES = frozenset(
    {"alex", "benj", "chas", "danl", "edw", "geo", "jas", "jno", "jos", "robt", "saml", "thos", "wm"}
)


def founders_firms(doc: Doc, names: list[Span]) -> list[Span]:
    """``names`` (in text order) with a short given name and its stop joined to the firm's name
    right after them ("Alex" and "Brown and Sons Inc"), not to a person's ("Wm. Smith").

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> doc = spacy.blank("en")("run by Wm. Smith and by Alex. Brown and Sons Inc")
        >>> names = [Span(doc, 2, 3, "PERSON"), Span(doc, 4, 5, "PERSON"), Span(doc, 7, 8, "PERSON")]
        >>> [(s.text, s.label_) for s in founders_firms(doc, [*names, Span(doc, 9, 13, "ORG")])]
        [('Wm', 'PERSON'), ('Smith', 'PERSON'), ('Alex. Brown and Sons Inc', 'ORG')]
        >>> doc = spacy.blank("en")("ask Alex: Brown and Sons Inc")
        >>> [s.text for s in founders_firms(doc, [Span(doc, 3, 7, "ORG")])]
        ['Brown and Sons Inc']
    """
    from spacy.tokens import Span

    out: list[Span] = []
    for s in names:
        i = s.start
        if s.label_ == "ORG" and i >= 2 and doc[i - 1].text == "." and doc[i - 2].lower_ in SHORT_GIVEN_NAMES:
            if out and out[-1].start == i - 2:
                out.pop()  # "Alex", read as a person
            s = Span(doc, i - 2, s.end, label="ORG")
        out.append(s)
    return out
