"""Demonyms as mentions (``kg.demonym_mention.v1``): only of a country the text never names.

Sentences are composed for the tests in the style of wire news.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.extract import extract_one


def test_a_named_country_keeps_its_names_only(nlp: Any) -> None:
    text = "Italian Prime Minister Paolo Verdi said Italy would back the Italian banks and Italian farmers."
    r = extract_one(text, nlp)
    italy = next(e for e in r.entities if e.name == "Italy")
    assert {text[m.start : m.end] for m in italy.mentions} == {"Italy"}


def test_a_country_named_only_by_its_demonym_is_still_there(nlp: Any) -> None:
    text = "The mission will be run from the German city of Wiesbaden."
    r = extract_one(text, nlp)
    germany = next(e for e in r.entities if e.name == "Germany")
    assert [text[m.start : m.end] for m in germany.mentions] == ["German"]


def test_an_adjective_whose_plural_is_a_countrys_name_is_that_country(nlp: Any) -> None:
    text = "The talks will be held in the Philippine city of Cebu, and Ecuadorean officials will join them."
    r = extract_one(text, nlp)
    places = {e.name: [text[m.start : m.end] for m in e.mentions] for e in r.entities if e.type == "Place"}
    assert places.get("Philippines") == ["Philippine"] and places.get("Ecuador") == ["Ecuadorean"]
    assert not any(e.type == "Group" for e in r.entities)


def test_a_countrys_own_plural_name_stays_a_place(nlp: Any) -> None:
    text = "The group sells soap in Malaysia, the Philippines, Singapore and Thailand, it said."
    names = {e.name: e.type for e in extract_one(text, nlp).entities}
    assert names.get("Philippines") == "Place"


def test_a_name_shaped_as_a_peoples_of_no_place_is_no_group(nlp: Any) -> None:
    # the base model reads a firm ending in "-i" or "-ese" as a nationality; the ending alone makes
    # no people where no place the gazetteer knows opens with the name's stem
    for text, name in (
        ("Mark Dyer, portal director at Tiscali, said there was little point.", "Tiscali"),
        ("Shares of Celanese rose.", "Celanese"),
    ):
        names = {e.name: e.type for e in extract_one(text, nlp).entities}
        assert names.get(name) != "Group", names
    # peoples of Corsica and Scandinavia stay groups
    for text, name in (
        ("Corsican separatists claimed the attack.", "Corsican"),
        ("Scandinavians bought more phones.", "Scandinavians"),
    ):
        names = {e.name: e.type for e in extract_one(text, nlp).entities}
        assert names.get(name) == "Group", names
