"""An agreement named after where it was reached, which the recognizer reads as a person's name
(rule ``kg.ner.v1``).

Wire copy names a currency pact after the palace its ministers met in: "the Louvre accord",
"the Plaza pact". The recognizer, which has seen few palaces, reads "Louvre" and "Plaza" as
people, and a pronoun later in the story ("he said") may then be theirs. A person's name right
before an agreement's noun names the agreement, a work, with the noun; not a name of the census
("the Baker accord" may be one Baker signed) nor the last word of a person the article names in
full. So does a town's ("the Kyoto treaty", "the Paris accord"), where the town is no actor; a
country's stays its own ("the China pact" is one China made).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import common_names, place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: An agreement's nouns after the name of where it was reached, as written ("accord", "Accord").
AGREEMENT_NOUNS = frozenset(
    {"accord", "accords", "agreement", "agreements", "pact", "pacts", "treaty", "treaties"}
)


def agreement_titles(doc: Doc, persons: list[Span], places: list[Span]) -> list[tuple[int, int]]:
    """Token spans of the agreements the ``persons`` and the towns among the ``places`` the
    recognizer found name with the noun after them ("the Louvre accord", "the Kyoto treaty";
    see the module).

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> doc = spacy.blank("en")("He said the Louvre accord held and Baker pact talks ended .")
        >>> agreement_titles(doc, [Span(doc, 3, 4, "PERSON"), Span(doc, 7, 8, "PERSON")], [])
        [(3, 5)]
        >>> doc = spacy.blank("en")("the Kyoto treaty and the China pact")
        >>> agreement_titles(doc, [], [Span(doc, 1, 2, "GPE"), Span(doc, 5, 6, "GPE")])
        [(1, 3)]
    """
    full = {t.lower_ for s in persons if len(s) > 1 for t in s[1:]}
    people = [s for s in persons if not any(t.lower_ in common_names() or t.lower_ in full for t in s)]
    towns = [s for s in places if (known := place(s.text)) is not None and known.kind == "city"]
    return [
        (s.start, s.end + 1)
        for s in people + towns
        if s.end < len(doc) and doc[s.end].lower_ in AGREEMENT_NOUNS
    ]
