"""A lead's first word that the headline in capitals writes is the firm's name's first word
(``kg.nlp.leads.lead_names``, rule ``kg.ner.v1``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from tests.helpers import names_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MAY DORVALE STORES <MDS> SALES RISE\n\nMay Dorvale Stores Co said its sales rose 5 pct.",
            "May Dorvale Stores Co",
        ),
        (
            "ALLERGY GETS GRANT TO DEVELOP KIT\n\nAllergy Immuno Technologies\nInc said it received "
            "federal funding to develop a diagnostic kit.",
            "Allergy Immuno Technologies Inc",
        ),
    ],
)
def test_the_headline_s_word_opens_the_lead_s_firm(nlp, text: str, name: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(name) == "Organization", names


@pytest.mark.parametrize(
    "text",
    [
        # no headline in capitals (a first line in small letters writes "MAY"), or one without the word
        "MAY results at Dorvale Stores\n\nMay Dorvale Stores Co said its sales rose 5 pct in March.",
        "DORVALE STORES <MDS> SALES RISE\n\nMay Dorvale Stores Co said its sales rose 5 pct in March.",
        # a later paragraph's first word, though the headline writes it
        (
            "CEREALS MCAS TO BE UNCHANGED NEXT WEEK\n\nMonetary compensatory amounts will be unchanged "
            "next week, officials said.\n    Cereals MCA's are plus 2.4 points for West Germany."
        ),
        # a stop word opens the sentence, whatever the headline writes
        "SALES RISE FOR DORVALE STORES <MDS>\n\nFor Dorvale Stores Co, sales rose 5 pct in March.",
    ],
)
def test_a_word_the_headline_does_not_give_the_firm_stays_out(nlp, text: str) -> None:
    names = names_of(extract_one(text, nlp))
    firm = "MCA" if "MCA" in text else "Dorvale Stores Co"
    assert names.get(firm) == "Organization", names


def test_a_network_s_noun_before_a_name_types_a_firm(nlp) -> None:
    # the recognizer reads "Fox" alone as a person; the network's noun before it says otherwise
    names = names_of(extract_one("The head of US TV network Fox said it relies on reality TV.", nlp))
    assert names.get("Fox") == "Organization", names
