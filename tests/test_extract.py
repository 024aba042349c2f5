"""Given this sentence, these triples: one row per rule or feature of extraction.

Sentences are composed for the tests in the style of wire news; none is copied
from a dataset.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_one
from kg.records import DocResult


def triples(r: DocResult, *, negated: bool = False) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in r.entities}
    return {(names[x.subject], x.predicate, names[x.object]) for x in r.relations if x.negated == negated}


def entity(r: DocResult, name: str):  # type: ignore[no-untyped-def]
    return next(e for e in r.entities if e.name == name)


RELATIONS = [
    # kg.title.v1: a title before the name
    (
        "NATO Secretary General Mark Rutte arrived in Brussels on Monday.",
        {("Mark Rutte", "leaderOf", "NATO")},
    ),
    # kg.noun.v1: event nouns with a possessor
    ("Russia's invasion of Ukraine entered its third year.", {("Russia", "attacks", "Ukraine")}),
    (
        "North Korea's supply of weapons and personnel to Russia has alarmed Seoul.",
        {("North Korea", "providesAidTo", "Russia")},
    ),
    # kg.verb.v1 with a "with" partner: two discusses edges (and a meeting)
    (
        "Volodymyr Zelenskyy and Mark Rutte discussed Ukraine's victory plan in Kyiv.",
        {("Volodymyr Zelenskyy", "discusses", "victory plan"), ("Mark Rutte", "discusses", "victory plan")},
    ),
    # kg.locative.v1
    ("The mission will be run from the German city of Wiesbaden.", {("Wiesbaden", "locatedIn", "Germany")}),
    (
        "Shelling hit Kharkiv, Ukraine's second-largest city, overnight.",
        {("Kharkiv", "locatedIn", "Ukraine")},
    ),
    # kg.classifier.v1: an employer named by an appositive
    (
        "Markets are nervous, said Anna Kowalski, an economist at Deutsche Bank.",
        {("Anna Kowalski", "worksFor", "Deutsche Bank")},
    ),
    # kg.classifier.v1: a town and the country the gazetteer puts it in
    ("Protesters gathered in Lyon, France, on Saturday.", {("Lyon", "locatedIn", "France")}),
    # kg.classifier.v1: kills
    (
        "Peter Moss shot and killed John Harlan in Dallas.",
        {("Peter Moss", "kills", "John Harlan")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RELATIONS, ids=[s[:40] for s, _ in RELATIONS])
def test_relations(nlp, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(extract_one(sentence, nlp))
    assert expected <= found, found


def test_negated_support_is_never_a_plain_one(nlp) -> None:
    r = extract_one("Hungary is not in a position to support Ukraine, its foreign minister said.", nlp)
    assert ("Hungary", "supports", "Ukraine") not in triples(r)
    assert ("Hungary", "supports", "Ukraine") in triples(r, negated=True)


def test_pronoun_and_title_coreference(nlp) -> None:
    text = (
        "NATO Secretary General Mark Rutte visited Kyiv on Thursday. "
        "He said the alliance stands with Ukraine. The NATO chief later met soldiers."
    )
    r = extract_one(text, nlp)
    rutte = entity(r, "Mark Rutte")
    rules = {m.rule for m in rutte.mentions}
    assert {"pronoun", "title"} <= rules, rutte.mentions


def test_demonyms_are_never_nodes(nlp) -> None:
    r = extract_one("Ukrainian and Russian officials met Dutch diplomats in Geneva.", nlp)
    names = {e.name.lower() for e in r.entities}
    assert not names & {"ukrainian", "russian", "dutch"}


def test_kyiv_is_a_place_and_kept_apart_from_ukraine(nlp) -> None:
    r = extract_one("Kyiv said Ukraine would not give up territory, Kyiv officials added.", nlp)
    assert entity(r, "Kyiv").type == "Place"
    assert entity(r, "Ukraine").id != entity(r, "Kyiv").id


def test_north_korea_and_korea_kept_apart(nlp) -> None:
    r = extract_one("North Korea fired a missile, and South Korea said Korea needs peace.", nlp)
    assert entity(r, "North Korea").id != entity(r, "South Korea").id
    assert "North Korea" not in {a for e in r.entities if e.name == "South Korea" for a in e.aliases}


def test_possessive_and_title_are_stripped_from_names_not_offsets(nlp) -> None:
    text = "President Joe Biden met Germany's chancellor. Biden's aides were pleased."
    r = extract_one(text, nlp)
    biden = entity(r, "Joe Biden")
    spans = {text[m.start : m.end] for m in biden.mentions}
    assert "President Joe Biden" in spans  # the mention keeps its honorific (kg.honorific.v1)
    assert "Biden" in spans  # and the possessive goes
    assert "Germany" in {e.name for e in r.entities}


def test_acronym_merges_with_the_full_name(nlp) -> None:
    r = extract_one("The International Monetary Fund cut its forecast. The IMF blamed trade.", nlp)
    imf = next(e for e in r.entities if "IMF" in e.aliases)
    assert "International Monetary Fund" in imf.aliases
    assert ("IMF", "acronym") in imf.merges


def test_small_town_named_like_a_person_stays_a_person(nlp) -> None:
    # Lincoln is a city of 250,000: a name tagged PERSON needs a place context to become a Place
    r = extract_one("Booth shot President Lincoln at the theatre.", nlp)
    assert entity(r, "Lincoln").type == "Person"


def test_classifier_vetoes_what_the_gazetteer_rules_out(nlp) -> None:
    r = extract_one("Troops from Ukraine trained in the German city of Wiesbaden.", nlp)
    assert ("Wiesbaden", "locatedIn", "Ukraine") not in triples(r)
