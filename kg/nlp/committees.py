"""A legislature's committee that the recognizer cut before its noun (rule ``kg.ner.v1``): "House
Banking committee chairman Fernand St Germain", "the Senate Finance committee". Wire copy often
writes the noun small; the recognizer then names the chamber and the committee's subject ("House
Banking"), a body no article calls so, which splits the committee's node from the "House Banking
Committee" of the next article.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: A committee's nouns, after its chamber's and its subject's words.
COMMITTEE_NOUNS = frozenset({"committee", "subcommittee"})


@cache
def _chambers() -> frozenset[str]:
    """The one-word names of legislatures (the lexicon's ``legislatures``: "House", "Senate")."""
    return frozenset(w for w in word_set("legislatures") if " " not in w)


def committee_names(doc: Doc, names: list[Span]) -> list[Span]:
    """``names`` (in text order) with each name of two words or more that opens with a chamber's
    name and stands right before a committee's noun going on over the noun, as an organization's
    name: "House Banking" of "House Banking committee chairman", "House Ways and Means" of "the
    House Ways and Means committee". Not the chamber alone ("a House committee": which one, the
    article does not say), nor another body's committee ("the Football Association committee" is
    the association's)."""
    from spacy.tokens import Span

    out: list[Span] = []
    for s in names:
        at = s.end
        if len(s) > 1 and s[0].lower_ in _chambers() and at < len(doc) and doc[at].lower_ in COMMITTEE_NOUNS:
            s = Span(doc, s.start, at + 1, label="ORG")
        out.append(s)
    return out
