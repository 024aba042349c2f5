"""A firm's name in letters around "and", which the recognizer leaves out (rule ``kg.ner.v1``).

Reuters writes a firm's "&" as "and", and its short name in letters: "S and P said it
downgraded ...", after "Standard and Poor's Corp" earlier in the story; "AT and T" after
"American Telephone and Telegraph Co". The recognizer finds the full name and not the letters.
Letters around "and" are the firm's name where they are the initials of the words around the
"and" of the one firm the article names so (:func:`kg.names.and_initials`): "series A and B" or
"vitamins A and E" name none, nor does "S and L" an article with two savings and loan
associations. Not before a number ("the S and P 500" is an index). They join no other article's
firm by themselves (:func:`kg.resolve.actors._join_keys`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.names import and_initials, normalise, strip_corporate, unpossessed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def letter_firms(doc: Doc, names: list[Span]) -> list[Span]:
    """``names`` with the firms' names in letters around "and" the article writes that no name
    holds (see the module).

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> doc = spacy.blank("en")("Standard and Poor 's Corp cut Acme . S and P said series A and B fell .")
        >>> [s.text for s in letter_firms(doc, [Span(doc, 0, 5, "ORG")])]
        ["Standard and Poor 's Corp", 'S and P']
    """
    from spacy.tokens import Span

    # one firm's names: "Standard and Poor's Corp", and "Standard and Poor" with its possessive cut
    firms = {_firm(s.text) for s in names if s.label_ == "ORG" and " and " in s.text}
    if not firms:
        return names
    taken = {i for s in names for i in range(s.start, s.end)}
    found = [
        Span(doc, i - 1, i + 2, label="ORG")
        for i in range(1, len(doc) - 1)
        if doc[i].lower_ == "and"
        and _letters(doc[i - 1])
        and _letters(doc[i + 1])
        and not taken & {i - 1, i, i + 1}
        and not (i + 2 < len(doc) and doc[i + 2].like_num)
        # "S and L" of an article with two savings and loan associations spells neither
        and sum(and_initials(f"{doc[i - 1].text} and {doc[i + 1].text}".lower(), firm) for firm in firms) == 1
    ]
    return sorted(names + found, key=lambda s: s.start) if found else names


def _firm(name: str) -> str:
    """A firm's name without its legal form and possessives ("standard and poor")."""
    return " ".join(unpossessed(w) for w in strip_corporate(normalise(name)).split())


def _letters(token: Token) -> bool:
    """One to three capital letters, a full stop after them or not ("S", "AT", "P.")."""
    letters = token.text.removesuffix(".")
    return 0 < len(letters) <= 3 and letters.isalpha() and letters.isupper()
