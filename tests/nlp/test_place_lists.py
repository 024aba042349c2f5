"""Runs of names a list makes (:mod:`kg.nlp.placelists`)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.nlp.extract import extract_one
from kg.nlp.placelists import listed_firms, listed_places, name_lists
from tests.helpers import names_of


def _spans(nlp, text: str, labels: dict[str, str]) -> list[Span]:
    doc = nlp.make_doc(text)
    return [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]


def test_a_list_is_three_names_or_more_with_only_commas_and_and_between(nlp) -> None:
    labels = {"Leeds": "GPE", "Hull": "ORG", "York": "GPE", "Bath": "GPE", "Wells": "GPE"}
    spans = _spans(nlp, "Leeds, Hull and York won, but Bath and Wells lost.", labels)
    assert [[s.text for s in run] for run in name_lists(spans)] == [["Leeds", "Hull", "York"]]


def test_a_town_read_as_a_firm_is_a_place_where_most_of_its_list_are_places(nlp) -> None:
    labels = {"Leeds": "GPE", "Hull": "ORG", "York": "GPE", "Durham": "GPE"}
    spans = _spans(nlp, "He toured Leeds, Hull, York and Durham.", labels)
    assert listed_places(spans) == {(s.start, s.end) for s in spans if s.text == "Hull"}
    # two places of the four other names are not most of them
    labels = {"Leeds": "GPE", "Hull": "ORG", "York": "ORG", "Durham": "GPE", "Bath": "ORG"}
    assert listed_places(_spans(nlp, "He toured Leeds, Hull, York, Durham and Bath.", labels)) == set()


def _parsed(nlp, text: str, labels: dict[str, str]) -> list[Span]:
    doc = nlp(text)
    return [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]


def test_a_list_a_firms_noun_opens_is_one_of_firms(nlp) -> None:
    labels = {"Leeds": "GPE", "Hull": "ORG", "York": "GPE", "Durham": "GPE"}
    assert listed_places(_parsed(nlp, "He toured Leeds, Hull, York and Durham.", labels))
    assert (
        listed_places(_parsed(nlp, "He bought shares in firms such as Leeds, Hull, York and Durham.", labels))
        == set()
    )


def test_a_listed_name_that_goes_on_into_a_noun_keeps_its_reading(nlp) -> None:
    labels = {"Leeds": "GPE", "Hull": "GPE", "York": "GPE", "Durham": "ORG"}
    assert listed_places(_parsed(nlp, "He toured Leeds, Hull, York and Durham.", labels))
    assert (
        listed_places(_parsed(nlp, "Police kept Leeds, Hull, York and Durham fans apart.", labels)) == set()
    )


def test_a_one_word_firm_the_recognizer_reads_as_a_person_in_a_list_of_firms(nlp) -> None:
    doc = nlp.make_doc("It is licensed by Lenovo, Panasonic, Nokia, Samsung, Zorvex and Sendo.")

    def spans(**labels: str) -> list[Span]:
        return [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]

    # the base model reads Samsung, Zorvex and Nokia (a Finnish town too) as firms, Sendo as a person
    base = spans(Samsung="ORG", Zorvex="ORG", Nokia="ORG", Sendo="PERSON")
    names = spans(Lenovo="ORG", Panasonic="ORG", Nokia="GPE", Samsung="PERSON", Zorvex="GPE", Sendo="PERSON")
    assert listed_firms(names, base) == set()  # two firms of five other names are not most of them
    # a person to both models makes the list a team's line-up, whose surnames the models misread
    names = spans(Lenovo="ORG", Panasonic="ORG", Nokia="ORG", Samsung="PERSON", Zorvex="GPE", Sendo="PERSON")
    assert listed_firms(names, base) == set()
    names = spans(Lenovo="ORG", Panasonic="ORG", Nokia="ORG", Samsung="PERSON", Zorvex="GPE", Sendo="ORG")
    found = {s.text for s in doc if (s.i, s.i + 1) in listed_firms(names, base)}
    assert found == {"Samsung", "Zorvex"}
    names = spans(Lenovo="ORG", Panasonic="ORG", Nokia="GPE", Sendo="ORG", Zorvex="ORG")  # Samsung missed
    found = {s.text for s in doc if (s.i, s.i + 1) in listed_firms(names, base)}
    assert found == {"Samsung"}  # the town the gazetteer knows stays the recognizer's place


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        # BBC technology copy, names changed: the recognizer read one firm as a person and missed another
        ("Gadget firms Sony, Philips, Matsushita and Samsung back the format.", ["Philips", "Samsung"]),
        ("Its software is licensed by Nokia, Lenovo, Panasonic, Samsung, Siemens and Sharp.", ["Samsung"]),
    ],
)
def test_the_firms_of_a_list_of_firms(nlp, text: str, firms: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {f: names.get(f) for f in firms} == dict.fromkeys(firms, "Organization"), names
