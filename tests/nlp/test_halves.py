"""A two-word name the news recognizer cut to one word, made whole where the base model reads it
whole (``kg.nlp.halves``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from tests.helpers import names_of


@pytest.mark.parametrize(
    "text, whole, half",
    [
        # the recognizer reads "Digga" alone, the base model "Rah Digga"
        ("The judges praised singer Rah Digga for her verse.", "Rah Digga", "Digga"),
        ("Meanwhile, spokesman Methat Shalaby welcomed the apology.", "Methat Shalaby", "Shalaby"),
        # a town the gazetteer knows is a place, whatever the base model called it
        ("Delegates gathered in the Brazilian city of Porto Alegre on Monday.", "Porto Alegre", "Porto"),
    ],
)
def test_a_cut_name_is_whole(nlp, text: str, whole: str, half: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert whole in names and half not in names


def _doc(words: list[str], pos: list[str], ents: list[tuple[int, int, str]], starts: list[int] | None = None):
    import spacy
    from spacy.tokens import Doc, Span

    vocab = spacy.blank("en").vocab
    sent_starts = [i in (starts or [0]) for i in range(len(words))]
    doc = Doc(vocab, words=words, pos=pos, sent_starts=sent_starts)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


# (words, their parts of speech, the base model's names, the news names' one token each and
# their labels, the names whole_halves gives back)
ROWS = [
    # made whole: a given name before a surname
    (
        ["said", "spokesman", "Ferro", "Valdane", "today"],
        ["VERB", "NOUN", "PROPN", "PROPN", "NOUN"],
        [(2, 4, "PERSON")],
        [(3, "PERSON")],
        [("Ferro Valdane", "PERSON")],
    ),
    # a firm's second word after a town's name
    (
        ["insurers", "like", "Zurich", "Financial", ",", "Axa"],
        ["NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN"],
        [(2, 4, "ORG")],
        [(2, "GPE")],
        [("Zurich Financial", "ORG")],
    ),
    # the base model's name with its possessive
    (
        ["liked", "Rolo", "Vantry", "'s", "film"],
        ["VERB", "PROPN", "PROPN", "PART", "NOUN"],
        [(1, 4, "PERSON")],
        [(2, "ORG")],
        [("Rolo Vantry", "PERSON")],
    ),
    # a title is no part of the person's name
    (
        ["said", "Ms", "Essex", "today"],
        ["VERB", "PROPN", "PROPN", "NOUN"],
        [(1, 3, "PERSON")],
        [(2, "ORG")],
        [("Essex", "ORG")],
    ),
    # the person, not the government named after them
    (
        ["the", "Reagan", "Administration", "said"],
        ["DET", "PROPN", "PROPN", "VERB"],
        [(1, 3, "ORG")],
        [(1, "PERSON")],
        [("Reagan", "PERSON")],
    ),
    (
        ["the", "Keller", "Administration", "said"],
        ["DET", "PROPN", "PROPN", "VERB"],
        [(1, 3, "ORG")],
        [(1, "ORG")],
        [("Keller", "ORG")],
    ),
    # the base model's name of no actor
    (
        ["since", "Hurricane", "Ivan", "hit"],
        ["ADP", "PROPN", "PROPN", "VERB"],
        [(1, 3, "EVENT")],
        [(2, "ORG")],
        [("Ivan", "ORG")],
    ),
    # a members' word after a party's name
    (
        ["angry", "Labour", "MPs", "warned"],
        ["ADJ", "PROPN", "PROPN", "VERB"],
        [(1, 3, "PERSON")],
        [(1, "ORG")],
        [("Labour", "ORG")],
    ),
    # a word that modifies the noun after it
    (
        ["in", "Maryland", "Federal", "court"],
        ["ADP", "PROPN", "PROPN", "NOUN"],
        [(1, 3, "ORG")],
        [(1, "GPE")],
        [("Maryland", "GPE")],
    ),
    # a legal form alone makes no half
    (
        ["disks", "Publishing", "Corp", "said"],
        ["NOUN", "PROPN", "PROPN", "VERB"],
        [(1, 3, "ORG")],
        [(2, "ORG")],
        [("Corp", "ORG")],
    ),
    # an event keeps its town
    (
        ["gold", "at", "the", "Sydney", "Olympics", "."],
        ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
        [(3, 5, "ORG")],
        [(3, "GPE")],
        [("Sydney", "GPE")],
    ),
    # a region the gazetteer does not know keeps its country
    (
        ["sold", "in", "Eastern", "Canada", "by"],
        ["VERB", "ADP", "PROPN", "PROPN", "ADP"],
        [(2, 4, "LOC")],
        [(3, "GPE")],
        [("Canada", "GPE")],
    ),
    # a headline in capitals
    (
        ["GAO", "LIKELY", "TO", "SHOW"],
        ["PROPN", "PROPN", "PART", "VERB"],
        [(0, 2, "PERSON")],
        [(0, "ORG")],
        [("GAO", "ORG")],
    ),
    # a nationality is no name's word
    (
        ["the", "Afghan", "Taliban", "said"],
        ["DET", "PROPN", "PROPN", "VERB"],
        [(1, 3, "ORG")],
        [(2, "ORG")],
        [("Taliban", "ORG")],
    ),
    # a sentence's first word that is no common name
    (
        ["Rapper", "Jotaxxa", "died", "."],
        ["PROPN", "PROPN", "VERB", "PUNCT"],
        [(0, 2, "PERSON")],
        [(1, "PERSON")],
        [("Jotaxxa", "PERSON")],
    ),
    # a common given name may open the sentence
    (
        ["Ann", "Jotaxxa", "died", "."],
        ["PROPN", "PROPN", "VERB", "PUNCT"],
        [(0, 2, "PERSON")],
        [(1, "PERSON")],
        [("Ann Jotaxxa", "PERSON")],
    ),
    # the name goes on after the base model's two words: a title
    (
        ["EC", "Enlargement", "Commissioner", "Olli", "Rehn"],
        ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN"],
        [(0, 2, "ORG"), (3, 5, "PERSON")],
        [(0, "ORG")],
        [("EC", "ORG")],
    ),
    # ... or a capitalised word before them
    (
        ["at", "New", "Porto", "Vela", "today"],
        ["ADP", "PROPN", "PROPN", "PROPN", "PROPN"],
        [(2, 4, "ORG")],
        [(2, "ORG")],
        [("Porto", "ORG")],
    ),
    # a minister's brief
    (
        ["the", "EC", "Energy", "minister", "said"],
        ["DET", "PROPN", "PROPN", "NOUN", "VERB"],
        [(1, 3, "ORG")],
        [(1, "ORG")],
        [("EC", "ORG")],
    ),
    # in capitals
    (
        ["Sunderland", "FC", "said"],
        ["PROPN", "PROPN", "VERB"],
        [(0, 2, "ORG")],
        [(0, "ORG")],
        [("Sunderland", "ORG")],
    ),
    # a word already in another name
    (
        ["met", "Ferro", "Valdane", "today"],
        ["VERB", "PROPN", "PROPN", "NOUN"],
        [(1, 3, "PERSON")],
        [(1, "ORG"), (2, "PERSON")],
        [("Ferro", "ORG"), ("Valdane", "PERSON")],
    ),
]


@pytest.mark.parametrize("words, pos, ents, news, expected", ROWS)
def test_whole_halves_and_its_guards(words, pos, ents, news, expected) -> None:
    from spacy.tokens import Span

    from kg.nlp.halves import whole_halves

    doc = _doc(words, pos, ents)
    names = [Span(doc, i, i + 1, label=label) for i, label in news]
    assert [(s.text, s.label_) for s in whole_halves(doc, names)] == expected
