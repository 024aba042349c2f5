"""What the gazetteer knows of the places an article names apart (``kg.gazetteer.v1``), where a
news agency the lexicon knows is based (``kg.agency-seat.v1``), the country of a town something is
based or lies in (``kg.town-country.v1``) and the
membership a leader's post implies (``kg.implied.v1``): facts ``kg extract`` lists, the graph not.

Sentences are composed for the tests in the style of wire news; none is copied from a dataset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kg.nlp import parse
from kg.nlp.extract import extract_one
from kg.nlp.rules.known_places import TOWN_RULE, agency_seats, known_places
from kg.nlp.state import Fact
from kg.settings import Settings
from tests.helpers import triple


def found(rule: Callable[..., list[Fact]], nlp: Any, text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) names of the facts ``rule`` alone finds in ``text``."""
    parsed = next(parse(nlp, text, rules=True))
    names = parsed.names()
    return {(names[f.subject], f.predicate, names[f.object]) for f in rule(parsed.mentions, [])}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a town and its country in two sentences
        (
            "Crowds marched through Kigali on Saturday. The government of Rwanda said they were calm.",
            {("Kigali", "locatedIn", "Rwanda")},
        ),
        # a state of a federation
        (
            "Voters in Bavaria went to the polls on Sunday. Germany's parties are watching the result.",
            {("Bavaria", "locatedIn", "Germany")},
        ),
        # every sentence that names the town names the country: the sentence decides
        ("Officials in Kigali and aid workers across Rwanda said the rains had stopped.", set()),
        # one sentence names both, another the town alone: the gazetteer places it
        (
            "A reporter was shot outside his home in the capital Kigali. "
            "The leader of Rwanda's opposition spoke to us by telephone from Kigali.",
            {("Kigali", "locatedIn", "Rwanda")},
        ),
        # the gazetteer puts the town in another country than the one named
        (
            "Thousands marched through Strasbourg on Saturday. The government of Germany said it was calm.",
            set(),
        ),
    ],
)
def test_a_town_lies_in_the_country_the_gazetteer_puts_it_in(nlp: Any, text: str, wanted: set) -> None:  # type: ignore[type-arg]
    assert found(known_places, nlp, text) == wanted


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        (
            "Crowds marched through Kigali on Saturday. The government of Rwanda said they were calm.",
            "Crowds marched through Kigali on Saturday.",
        ),
        # a sentence naming both comes first: the fact's sentence is the one naming the town alone
        (
            "Officials of Rwanda's government met in Kigali on Monday. "
            "Crowds marched through Kigali on Saturday.",
            "Crowds marched through Kigali on Saturday.",
        ),
    ],
)
def test_the_gazetteers_place_is_listed_but_below_the_graphs_floor(text: str, lone: str) -> None:
    # the classifier, which may find the same pair, switched off: the rule's own fact
    from kg.nlp import model

    r = extract_one(text, model.load(Settings(disabled_rules=("kg.classifier.v1",))))
    found = {triple(r, x): x for x in r.relations}
    fact = found[("Kigali", "locatedIn", "Rwanda")]
    assert fact.rule == "kg.gazetteer.v1"
    assert fact.evidence.text.strip() == lone
    assert fact.confidence < Settings().graph_min_confidence


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the agency's home country named elsewhere in the article
        (
            "A Pakistani official told DW that the talks had failed. Germany has sent aid to the region.",
            {("DW", "basedIn", "Germany")},
        ),
        # its home country not named: nothing to place it in
        ("A Pakistani official told DW that the talks had failed in Islamabad.", set()),
        # no agency the lexicon knows
        ("A Pakistani official told the Tribune that the talks failed. Germany sent aid.", set()),
    ],
)
def test_a_news_agency_is_based_in_its_home_country_the_article_names(
    nlp: Any,
    text: str,
    wanted: set,  # type: ignore[type-arg]
) -> None:
    assert found(agency_seats, nlp, text) == wanted


def town_facts(nlp: Any, text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) names of what ``kg.town-country.v1`` adds to ``text``'s relations."""
    r = extract_one(text, nlp)
    return {triple(r, x) for x in r.relations if x.rule == TOWN_RULE}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a newspaper based in a town, the town's country named in another sentence
        (
            "The Munich-based Süddeutsche Zeitung said the plan was doomed. Germany's government disagreed.",
            {("Süddeutsche Zeitung", "basedIn", "Germany")},
        ),
        # a building in a town lies in the town's country
        (
            "Ministers met at the Landesmuseum in Mainz on Friday. Germany's states agreed a deal.",
            {("Landesmuseum", "locatedIn", "Germany")},
        ),
        # the country the gazetteer puts the town in is not the one the article names
        (
            "The Strasbourg-based Dernières Nouvelles d'Alsace said the plan was doomed. "
            "Germany's government disagreed.",
            set(),
        ),
        # based in two places, one of them a country: no one country to add
        (
            "Rival bank HSBC, which is based in London and Hong Kong, was in the running. "
            "Britain's regulator said nothing.",
            set(),
        ),
        # the article names no country
        ("The Munich-based Süddeutsche Zeitung said the plan was doomed.", set()),
    ],
)
def test_what_is_based_in_a_town_is_based_in_its_country(nlp: Any, text: str, wanted: set) -> None:  # type: ignore[type-arg]
    assert town_facts(nlp, text) == wanted


def test_the_towns_country_is_listed_below_the_graphs_floor(nlp: Any) -> None:
    # the graph leaves it out whatever its confidence (tests/graph/test_graph.py)
    text = "The Munich-based Süddeutsche Zeitung said the plan was doomed. Germany's government disagreed."
    r = extract_one(text, nlp)
    fact = next(x for x in r.relations if x.rule == TOWN_RULE)
    assert triple(r, fact) == ("Süddeutsche Zeitung", "basedIn", "Germany")
    assert fact.confidence < Settings().graph_min_confidence
