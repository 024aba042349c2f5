"""A firm's letters around "and" are its name where the article names the firm in full
(``kg.nlp.letters.letter_firms``, rule ``kg.ner.v1``); one letter alone is no one's name."""

from __future__ import annotations

import pytest

from kg.names import letter_pair
from kg.nlp.extract import extract_one
from tests.helpers import names_of


def _mentions(result, name: str) -> list[str]:
    return [m.text for e in result.entities if e.name == name for m in e.mentions if m.rule != "pronoun"]


@pytest.mark.parametrize(
    ("text", "firm", "letters"),
    [
        (
            "Standard and Poor's Corp said it cut the senior debt of Dorvale Inc to BB-minus. "
            "S and P said the action reflected losses at the unit.",
            "Standard and Poor's Corp",
            "S and P",
        ),
        # the firm named twice, once with its possessive cut
        (
            "Standard and Poor's Corp said it cut Dorvale Inc's debt. The rating agency, Standard and "
            "Poor, said losses rose. S and P said the unit was sold.",
            "Standard and Poor's Corp",
            "S and P",
        ),
        (
            "American Telephone and Telegraph Co said it would cut long distance prices. Analysts "
            "said AT and T would gain market share.",
            "American Telephone and Telegraph Co",
            "AT and T",
        ),
    ],
)
def test_a_firm_s_letters_around_and_are_its_name(nlp, text: str, firm: str, letters: str) -> None:
    result = extract_one(text, nlp)
    assert letters in _mentions(result, firm), [(e.name, e.mentions) for e in result.entities]
    assert letters not in names_of(result)


@pytest.mark.parametrize(
    "text",
    [
        # two firms the letters spell
        "Guarantee Savings and Loan Association and Fidelity Savings and Loan Association merged. "
        "The S and L said its deposits rose.",
        # a number after the letters: the index
        "Standard and Poor's Corp said it kept its rating. The S and P 500 index rose 2.3 points today.",
    ],
)
def test_letters_of_no_firm_of_the_article_name_no_firm(nlp, text: str) -> None:
    result = extract_one(text, nlp)
    # no firm's entity takes the letters as a mention of its own
    spelled = [
        (e.name, m.text)
        for e in result.entities
        if not letter_pair(e.name)
        for m in e.mentions
        if letter_pair(m.text)
    ]
    assert not spelled, spelled


def test_letters_of_no_firm_of_the_article_are_no_name(nlp) -> None:
    text = "Santos and Parker Inc said it sold notes. AT and T said the action reflected losses at the unit."
    names = names_of(extract_one(text, nlp))
    assert "AT and T" not in names, names


def test_one_letter_is_no_name(nlp) -> None:
    text = "Standard and Poor's Corp cut Dorvale Inc's debt. The implied senior debt rating is B."
    names = names_of(extract_one(text, nlp))
    assert "B." not in names and "B" not in names, names


def test_a_firm_s_name_that_ends_in_and_and_a_legal_form_is_no_letters(nlp) -> None:
    text = "HBO and Co said it sold its unit. HBO and Co said sales rose. HBO said profit fell."
    names = names_of(extract_one(text, nlp))
    assert "HBO and Co" in names, names


def test_its_in_what_a_firm_s_letters_say_is_not_theirs(nlp) -> None:
    # "its" is the rated firm's; the pronoun rule would give it to the sentence's subject
    text = (
        "Standard and Poor's Corp said it raised Dorvale Security Corp's commercial paper. S and P "
        "said the merger would allow Dorvale Security to diversify its wholesale funding base."
    )
    result = extract_one(text, nlp)
    owner = [e.name for e in result.entities for m in e.mentions if m.rule == "pronoun" and m.text == "its"]
    assert owner and "Standard" not in owner[0], [(e.name, e.mentions) for e in result.entities]
