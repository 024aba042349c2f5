"""A name the recognizer reads as a person's right before an agreement's noun names the agreement
(``kg.nlp.agreements.agreement_titles``, rule ``kg.ner.v1``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from tests.helpers import names_of


def test_a_person_before_an_agreement_s_noun_names_the_agreement(nlp) -> None:
    # the recognizer reads the palace the accord was reached in as a person
    text = (
        "Finance ministers reaffirmed the Louvre accord on Tuesday. Stoltenberg said the Louvre "
        "agreement was working."
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Louvre accord") == "Work", names
    assert "Louvre" not in names, names


@pytest.mark.parametrize(
    ("text", "person", "work"),
    [
        # the accord he made, not one named after a place: he is named in full before
        (
            "Edouard Balladur said on Monday the Balladur agreement with Washington was working.",
            "Edouard Balladur",
            "Balladur agreement",
        ),
        # a surname of the census: the accord may be one he made
        ("Dealers said the Baker accord on currencies would hold, he said.", "Baker", "Baker accord"),
    ],
)
def test_a_person_s_name_before_an_agreement_s_noun_stays_a_person_s(
    nlp, text: str, person: str, work: str
) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(person) == "Person", names
    assert work not in names, names


def test_a_town_before_an_agreement_s_noun_names_the_agreement_and_a_country_stays(nlp) -> None:
    text = (
        "So far the US has refused to sign up to the Kyoto treaty, which aims to cut emissions. "
        "Officials said the China pact would be signed in May."
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Kyoto treaty") == "Work", names
    assert "Kyoto" not in names, names
    assert names.get("China") == "Place", names
