"""A word whose capital is an abbreviation's full stop's, not a name's (rule ``kg.ner.v1``).

Wire copy capitalises the word after "U.S." or "U.K." as if the full stop ended a sentence:
"a U.K. Suggestion that his country seek", "U.S. Or U.K. Banking rules", "the U.K. Sugar
crop", "February U.S. Trade data". The recognizer reads the two words as one organization's
name; they are the country and a common word.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import common_names, known_orgs, place, word_set
from kg.names import plural_of
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span

#: A firm's plural and a road's nouns, which make names after a country ("U.S. Lines", "U.S.
#: Highway 61").
MORE_NAME_WORDS = frozenset({"lines", "highway", "route", "interstate"})
#: Points of the compass, which name regions and firms after a country ("U.S. West").
COMPASS = frozenset(
    {"north", "south", "east", "west", "midwest", "northeast", "northwest", "southeast", "southwest"}
)


@cache
def _name_words() -> frozenset[str]:
    """Words that make a name after a country's abbreviation: an institution's, a firm's, a
    place's, a team's or a work's noun ("U.S. Treasury", "U.S. Steel", "U.S. Navy")."""
    keys = (
        "generic_org_nouns",
        "org_name_heads",
        "org_name_tails",
        "place_nouns",
        "work_nouns",
        "legislatures",
        "team_nouns",
    )
    return frozenset().union(*(word_set(k) for k in keys)) | COMPASS | MORE_NAME_WORDS


def country_and_word(
    span: Span, words: frozenset[str], nouns: frozenset[str], base: dict[tuple[int, int], str]
) -> bool:
    """``span`` is a country's abbreviation written with full stops and one word of the language
    (``words``) whose capital is the full stop's: "U.K. Banking" of "U.S. Or U.K. Banking rules",
    "U.S. Details" of "placed in the U.S. Details of the issue will be announced". Something must
    say so: the base model reads the abbreviation alone as the place (``base``: its entities by
    token span), the article writes the word in small letters elsewhere, or the word is the
    plural of a noun ("U.K. Shares"). Not a word that makes names ("U.S. Treasury", "U.S. Steel",
    "U.S. Navy", "U.S. Midwest", "U.S. Lines"), nor a given name or surname, nor a name kg knows.
    """
    if len(span) != 2:
        return False
    abbreviation, word = span[0], span[1]
    low, lemma = word.lower_, word.lemma_.lower()
    found = place(abbreviation.lower_)
    if not (
        abbreviation.text.count(".") >= 2
        and found is not None
        and found.kind == "country"
        and word.is_title
        and (lemma in words or plural_of(low, nouns))
        and low not in _name_words()  # the plural "U.K. Banks" names no one bank
        and (low not in common_names() or word.tag_ in ("NNS", "NNPS"))  # "U.S. Grant"; not "U.K. Banks"
        and span.text.lower() not in known_orgs()
    ):
        return False
    return (
        base.get((span.start, span.start + 1)) == "GPE"
        or plural_of(low, nouns)
        or any(
            t.is_lower and (t.lower_ == low or t.lemma_ == lemma) for t in tokens(span.doc) if t.i != word.i
        )
    )
