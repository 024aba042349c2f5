"""A capital that is an abbreviation's full stop's, a trade before a name, and a title's "group"
that says what the organization is (rules ``kg.ner.v1``, ``kg.name-kind.v1``, ``kg.title.v1``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from tests.helpers import names_of, triples


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        # as Reuters-21578 writes them: the word after "U.S." or "U.K." has a capital mid-sentence
        (
            "The minister flatly rejected a U.K. Suggestion that his country seek help. "
            "The suggestion came from London.",
            "U.K. Suggestion",
        ),
        (
            "Lenders not subject to U.S. Or U.K. Banking rules gained, he said of the banking curbs.",
            "U.K. Banking",
        ),
        (
            "Some 12 pct of the U.K. Sugar crop had been harvested, and sugar output rose.",
            "U.K. Sugar",
        ),
        (
            "Dealers were wary before the February U.S. Trade data, as the trade gap widened.",
            "U.S. Trade",
        ),
        # a plural noun after the country: no one firm, whatever the base model reads
        ("The accord put U.S. And U.K. Banks at a disadvantage to Japanese lenders.", "U.K. Banks"),
        (
            "The agency will carry quotes for all Alpha stocks, leading U.K. Shares, within weeks.",
            "U.K. Shares",
        ),
    ],
)
def test_a_capital_after_a_countrys_full_stop_makes_no_name(nlp, text: str, junk: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert junk not in names, names
    assert names.get(junk.split()[0]) == "Place", names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a firm's, an institution's or a region's word makes a name; so does a word the article
        # never writes in small letters
        ("U.S. Steel said its steel output rose by a fifth.", "U.S. Steel"),
        ("The U.S. Treasury said treasury bills would be sold.", "U.S. Treasury"),
        ("Storms in the U.S. Midwest cut the midwest harvest.", "U.S. Midwest"),
        ("U.S. Lines said it would sell three ships.", "U.S. Lines"),
    ],
)
def test_a_name_after_a_countrys_abbreviation_stays(nlp, text: str, name: str) -> None:
    assert name in names_of(extract_one(text, nlp))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a trade before a name: the recognizer reads these performers as organizations
        ("The rapper Jay-Z said he would leave the label.", "Jay-Z", "Person"),
        ("US singer Fergie won the award on Sunday.", "Fergie", "Person"),
        ("The cast includes actress Antonia Bernath as the daughter.", "Antonia Bernath", "Person"),
        ("Cuban pianist Bebo Valdes also won.", "Bebo Valdes", "Person"),
        # a place the gazetteer knows stays one; a firm's noun still makes a firm
        ("The singer flew to Kano on Monday.", "Kano", "Place"),
        ("US carrier Delta said fares would rise.", "Delta", "Organization"),
        # a band's singer, as its guitarist or drummer, makes the name before the title a band
        ("Black Eyed Peas singer Fergie wore orange.", "Black Eyed Peas", "Organization"),
        # a region's people in the plural is a group (its adjective before a noun is none: below)
        ("Latin Americans make up a third of the city.", "Latin Americans", "Group"),
        # a body named with "of" is no place the gazetteer knows
        ("The Bank of England held rates at 4.75%.", "Bank of England", "Organization"),
        # a given name that is a verb of saying, at a sentence's start, stays
        ("Said Aouita won the race in Rome.", "Said Aouita", "Person"),
    ],
)
def test_the_kind_of_a_name(nlp, text: str, name: str, kind: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(name) == kind, names


@pytest.mark.parametrize(
    ("text", "held", "not_held"),
    [
        # "group" says what the organization is: its chairman or director heads it
        (
            '"It will be hard," said Lorne Tavish, chairman of Keep Our Parks - a group fighting '
            "plans for a car park.",
            ("Lorne Tavish", "leaderOf", "Keep Our Parks"),
            ("Lorne Tavish", "memberOf", "Keep Our Parks"),
        ),
        (
            "Mira Dunstan, director of civil liberties pressure group Liberty, said the orders were wrong.",
            ("Mira Dunstan", "leaderOf", "Liberty"),
            ("Mira Dunstan", "memberOf", "Liberty"),
        ),
        # "group" names a part of the party: its leader belongs to the party
        (
            "Labour group leader Sir Ewan Hartley said the council would not move.",
            ("Ewan Hartley", "memberOf", "Labour"),
            ("Ewan Hartley", "leaderOf", "Labour"),
        ),
    ],
)
def test_a_group_that_names_the_organization_is_no_part_of_it(
    nlp, text: str, held: tuple[str, str, str], not_held: tuple[str, str, str]
) -> None:
    found = triples(extract_one(text, nlp))
    assert held in found, found
    assert not_held not in found, found


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        # as "British sales" names no people, a region's adjective before its noun names none
        ("Beer sales rose 3% while Eastern European sales fell.", "Eastern European"),
        ("The deal covers North American markets.", "North American"),
        ("South American leaders met in Lima.", "South American"),
        # two points of the compass in one word; an adjective between the region's and the noun
        ("The charge includes a writedown of its Northwest African joint venture.", "Northwest African"),
    ],
)
def test_a_regions_adjective_before_a_noun_is_no_group(nlp, text: str, adjective: str) -> None:
    assert adjective not in names_of(extract_one(text, nlp))


@pytest.mark.parametrize(
    ("text", "adjective", "kind"),
    [
        # a people's adjective of one word before a noun for things names no people
        ("The opera is staged at a Viennese opera house on Saturday.", "Viennese", None),
        ("Shares in Asian markets fell for a third day.", "Asian", None),
        ("Tankers carry crude oil from Arab countries to the West.", "Arab", None),
        ("The Catholic training colleges will close next year.", "Catholic", None),
        # "-er" alone ends things as often as people
        ("Aid for victims of the Asian tsunami disaster was raised.", "Asian", None),
        # before a noun for people, a body of them or an agent noun it does
        ("Korean player Kim Sung-ho lost in the first round.", "Korean", "Group"),
        ("The senior Korean official met the trade envoy.", "Korean", "Group"),
        ("The senator was a friend of Midwestern grain farmers.", "Midwestern", "Group"),
        # the parser hangs the adjective on the noun before the people's
        ("After the vote, Midwestern grain farmers have lost an ally.", "Midwestern", "Group"),
        ("The Jewish community marked the anniversary.", "Jewish", "Group"),
        ("He was lobbying for a controversial Korean evangelist.", "Korean", "Group"),
        ("The show starred a young Korean singer last night.", "Korean", "Group"),
        # a party's or a creed's word names the party before anything
        ("He warned that the Tory strategy was to win power by default.", "Tory", "Group"),
        ("It is easy to forget that the Baathist regime looked after the poor.", "Baathist", "Group"),
    ],
)
def test_a_peoples_adjective_before_a_noun_for_things_is_no_group(
    nlp, text: str, adjective: str, kind: str | None
) -> None:
    assert names_of(extract_one(text, nlp)).get(adjective) == kind


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        # the recognizer reads two places, or only the one after "of"
        ("Oil output in the Gulf of Mexico fell after the storm.", "Gulf of Mexico", ("Gulf", "Mexico")),
        ("Tankers crossed the Strait of Hormuz on Friday.", "Strait of Hormuz", ("Hormuz",)),
    ],
)
def test_a_place_named_with_of_is_one_place(nlp, text: str, whole: str, parts: tuple[str, ...]) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(whole) == "Place", names
    assert not set(parts) & set(names), names


def test_a_firms_last_word_alone_takes_the_word_before_it(nlp) -> None:
    # the recognizer reads only "Re" of "Swiss Re", which would join Munich Re's node
    r = extract_one('"It is too early," Swiss Re\'s spokesman Jon Ekdahl said. Munich Re agreed.', nlp)
    assert ("Jon Ekdahl", "worksFor", "Swiss Re") in triples(r), triples(r)
    assert names_of(r).get("Munich Re") == "Organization", names_of(r)


@pytest.mark.parametrize(
    ("text", "firm", "head"),
    [
        # a firm's post after one use; the article's other uses read alone as a place
        (
            "Customers in Leeds will get the service first. For Telewest it is a new start, and shows "
            'on offer from Telewest will grow. "It gives us an edge," said Telewest chief executive'
            " Eric Tveter.",
            "Telewest",
            "Eric Tveter",
        ),
        # the recognizer reads two uses as a place kg does not know and misses the one before the role
        (
            "The Scarlets have begun to rebuild their squad. Scarlets chief executive Stuart Gallacher "
            'confirmed it. "I am positive about the future of the Scarlets," he said.',
            "Scarlets",
            "Stuart Gallacher",
        ),
    ],
)
def test_a_firms_post_after_one_use_makes_every_use_a_firm(nlp, text: str, firm: str, head: str) -> None:
    r = extract_one(text, nlp)
    assert names_of(r).get(firm) == "Organization", names_of(r)
    assert (head, "leaderOf", firm) in triples(r), triples(r)


def test_two_names_spelled_out_by_the_initials_after_them_are_one_body(nlp) -> None:
    text = "But Hong Kong Rugby Football Union (HKRFU) chairman John Molloy has called for more games."
    found = triples(extract_one(text, nlp))
    assert ("John Molloy", "leaderOf", "HKRFU") in found, found
    assert not {t for t in found if t[2] in ("Hong Kong", "Rugby Football Union")}, found


def test_said_before_a_place_is_no_part_of_it(nlp) -> None:
    # a sentence that opens with the verb of saying: the verb is no part of the name after it
    text = (
        'Wales are boosted by the return of Ryan Jones.\n\nSaid Wales assistant coach Scott Johnson: "We'
        ' are positive about it."'
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Wales") == "Place", names
    assert "Said Wales" not in names, names


def test_a_group_only_adjectives_of_things_name_leaves_the_output(nlp) -> None:
    # the mentions stay for the relation rules and the classifier; the output shows none of them,
    # nor the other places the word stands and the pronoun that refers back to the group
    from types import SimpleNamespace

    from kg.nlp.mentions import Cluster, TokenMention
    from kg.nlp.output import entities

    doc = nlp.make_doc(
        "The African economy grew and its debt fell . African banks lent more . The Africans voted ."
    )
    adjective = TokenMention(1, 2, "Group", "ner", "african", "African", adjective=True)
    its = TokenMention(5, 6, "Group", "pronoun", "its", "its")
    alias = TokenMention(10, 11, "Group", "alias", "african", "African")
    dm = SimpleNamespace(doc=doc, clusters=[Cluster("Group", [adjective, its, alias])])
    assert entities(dm)[0]["mentions"] == []  # type: ignore[arg-type]
    # a name of the group beside them keeps it, with every mention but the adjective's
    noun = TokenMention(16, 17, "Group", "ner", "africans", "Africans")
    dm.clusters = [Cluster("Group", [adjective, its, alias, noun])]
    assert [m["text"] for m in entities(dm)[0]["mentions"]] == ["its", "African", "Africans"]  # type: ignore[arg-type]
