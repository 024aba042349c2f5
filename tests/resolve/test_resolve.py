"""Cross-document resolution: order independence, conservative merges, the user's alias file."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.records import DocResult, Document, Entity, Mention
from kg.resolve import misspelt, people, short_forms
from kg.resolve.actors import AliasRules, resolve


def doc(doc_id: str, *entities: tuple[str, str]) -> DocResult:
    ents = tuple(
        Entity(id=f"e{i}", name=name, type=kind, mentions=(Mention(0, len(name), name),))
        for i, (name, kind) in enumerate(entities)
    )
    return DocResult(doc=Document(id=doc_id, text="x"), entities=ents)


CORPUS = [
    doc("a", ("Mark Rutte", "Person"), ("NATO", "Organization"), ("Ukraine", "Place")),
    doc("b", ("Rutte", "Person"), ("North Atlantic Treaty Organization", "Organization")),
    doc("c", ("Volodymyr Zelensky", "Person"), ("Kyiv", "Place"), ("Ukraine", "Place")),
    doc("d", ("Volodymyr Zelenskyy", "Person"), ("North Korea", "Place"), ("Korea", "Place")),
    doc("e", ("European Union", "Organization"), ("EU", "Organization"), ("U.S.", "Place")),
    doc("f", ("United States", "Place"), ("Ed Miliband", "Person"), ("David Miliband", "Person")),
]


def groups(results: list[DocResult], rules: AliasRules | None = None) -> set[frozenset[tuple[str, str]]]:
    _actors, index = resolve(results, rules=rules)
    members: dict[int, set[tuple[str, str]]] = {}
    for key, n in index.items():
        members.setdefault(n, set()).add(key)
    return {frozenset(m) for m in members.values()}


@settings(max_examples=40, deadline=None)
@given(st.permutations(CORPUS))
def test_resolution_does_not_depend_on_document_order(shuffled: list[DocResult]) -> None:
    assert groups(list(shuffled)) == groups(CORPUS)
    labels = sorted((a.label, a.type) for a in resolve(list(shuffled))[0])
    assert labels == sorted((a.label, a.type) for a in resolve(CORPUS)[0])


def test_merges_are_conservative_and_explained() -> None:
    actors, index = resolve(CORPUS)
    by_doc = {k: actors[n] for k, n in index.items()}
    assert by_doc[("a", "e0")] is by_doc[("b", "e0")]  # lone surname, one known Rutte
    assert by_doc[("c", "e0")] is by_doc[("d", "e0")]  # spelling variant
    assert by_doc[("a", "e1")] is by_doc[("b", "e1")]  # acronym
    assert by_doc[("e", "e2")] is by_doc[("f", "e0")]  # U.S. / United States
    assert by_doc[("c", "e1")] is not by_doc[("c", "e2")]  # Kyiv is not Ukraine
    assert by_doc[("d", "e1")] is not by_doc[("d", "e2")]  # North Korea is not Korea
    assert by_doc[("f", "e1")] is not by_doc[("f", "e2")]  # two Milibands
    rules = {rule for a in actors for _form, rule in a.merges}
    assert {"acronym", "spelling"} <= rules


def test_an_acronym_the_corpus_writes_as_a_firms_whole_name_joins_no_other_expansion() -> None:
    corpus = [
        doc("a", ("Central Bureau of Statistics", "Organization")),
        doc("b", ("CBS", "Organization")),
        doc("c", ("CBS Inc", "Organization")),
    ]
    _actors, index = resolve(corpus)
    assert index[("b", "e0")] == index[("c", "e0")] != index[("a", "e0")]
    # no firm "CBS Inc": the acronym's one reading in the corpus is the long name
    _actors, index = resolve(corpus[:2])
    assert index[("a", "e0")] == index[("b", "e0")]


def test_an_acronym_articles_bracket_after_a_name_of_other_initials_reads_that_name() -> None:
    """ "the Brazilian Coffee Institute (IBC)", of the Portuguese words, in most articles that
    bracket "IBC", and "Interstate Bakeries Corp <IBC>" in fewer: the lone "IBC"s are no bakery,
    nor does the bakery join the institute."""

    def bracketed(doc_id: str, name: str, short: str) -> DocResult:
        mentions = (Mention(0, len(name), name), Mention(len(name) + 2, len(name) + 2 + len(short), short))
        merges = ((short, "bracketed"),) if short == "IBC" and "Coffee" in name else ((short, "acronym"),)
        return DocResult(
            Document(id=doc_id, text="x"), (Entity("e0", short, "Organization", mentions, merges),)
        )

    corpus = [bracketed(f"coffee{n}", "Brazilian Coffee Institute", "IBC") for n in range(9)]
    corpus += [
        bracketed("bakery", "Interstate Bakeries Corp", "IBC"),
        doc("bakery2", ("Interstate Bakeries Corp", "Organization")),
    ]
    corpus += [doc(f"lone{n}", ("IBC", "Organization")) for n in range(3)]
    actors, index = resolve(corpus)
    coffee, bakery = actors[index[("coffee0", "e0")]], actors[index[("bakery", "e0")]]
    assert coffee is not bakery and bakery is actors[index[("bakery2", "e0")]]
    assert all(actors[index[(f"lone{n}", "e0")]] is coffee for n in range(3))


def test_alias_file_forces_and_forbids_merges(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(
        "canonical,type,aliases,never_merge\n"
        "Volodymyr Zelensky,Person,Zelenskyy|Volodymyr Zelenskyy,\n"
        "Ed Miliband,Person,David Miliband,\n"
        "European Union,Organization,,EU\n",
        encoding="utf-8",
    )
    rules = AliasRules.read(path)
    actors, index = resolve(CORPUS, rules=rules)
    by_doc = {k: actors[n] for k, n in index.items()}
    assert by_doc[("f", "e1")] is by_doc[("f", "e2")]  # forced
    assert ("David Miliband", "alias-file") in by_doc[("f", "e1")].merges or any(
        rule == "alias-file" for _f, rule in by_doc[("f", "e1")].merges
    )
    assert by_doc[("c", "e0")].label == "Volodymyr Zelensky"
    assert by_doc[("e", "e0")] is not by_doc[("e", "e1")]  # forbidden, though EU is its acronym


def test_a_lone_surname_joins_the_one_person_named_in_many_documents() -> None:
    corpus = [
        doc("a", ("Mark Rutte", "Person")),
        doc("b", ("Mark Rutte", "Person")),
        doc("c", ("Rutte", "Person")),
        doc("d", ("Ed Miliband", "Person")),
        doc("e", ("David Miliband", "Person")),
        doc("f", ("Miliband", "Person")),
    ]
    actors, index = resolve(corpus)
    assert index[("a", "e0")] == index[("b", "e0")] == index[("c", "e0")]
    assert ("Rutte", "surname") in actors[index[("c", "e0")]].merges
    # two people carry "Miliband": the lone surname stays apart from both
    assert len({index[("d", "e0")], index[("e", "e0")], index[("f", "e0")]}) == 3


def test_names_are_compared_once_however_often_they_occur(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"similar": 0, "initials": 0}

    def counted(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: str) -> Any:
            calls[name] += 1
            return fn(*args)

        return wrapper

    monkeypatch.setattr(people, "similar_names", counted("similar", people.similar_names))
    monkeypatch.setattr(short_forms, "initials", counted("initials", short_forms.initials))
    corpus = [
        doc(f"d{n}", ("Volodymyr Zelensky", "Person"), ("Volodymyr Zelenskyy", "Person"),
            ("European Union", "Organization"), ("EU", "Organization"))
        for n in range(200)
    ]  # fmt: skip
    actors, index = resolve(corpus)
    assert len(actors) == 2  # the two spellings are one person, EU is the European Union
    assert index[("d0", "e0")] == index[("d199", "e1")]
    assert index[("d0", "e2")] == index[("d199", "e3")]
    by_rule = [rule for a in actors for _form, rule in a.merges if rule in ("spelling", "acronym")]
    assert sorted(by_rule) == ["acronym", "spelling"]  # one explained merge each
    # distinct names are compared, not their 200 occurrences with each other
    # (initials: with and without the legal form, for acronyms and for clipped names)
    assert calls["similar"] <= 2 and calls["initials"] <= 4


def test_a_block_too_large_is_not_searched_for_variants(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = [doc("c", ("Volodymyr Zelensky", "Person")), doc("d", ("Volodymyr Zelenskyy", "Person"))]
    assert len(resolve(corpus)[0]) == 1
    monkeypatch.setattr(people, "MAX_BLOCK", 1)
    assert len(resolve(corpus)[0]) == 2
    # an organization's misspelt word, the same way
    firms = [
        doc("c", ("Electronic Frontier Foundation", "Organization")),
        doc("d", ("Electronic Fronter Foundation", "Organization")),
    ]
    assert len(resolve(firms)[0]) == 1
    monkeypatch.setattr(misspelt, "MAX_BLOCK", 1)
    assert len(resolve(firms)[0]) == 2


@pytest.mark.parametrize("enabled", [True, False])
def test_resolution_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        resolve(CORPUS)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_one_word_short_form_joins_no_documents() -> None:
    """ "Telegraph" stands for the Daily Telegraph in one article and the Sunday Telegraph in
    another: a short form merges inside its document only, a full name or acronym across them."""

    def with_alias(doc_id: str, name: str, alias: str) -> DocResult:
        mentions = (Mention(0, len(name), name), Mention(0, len(alias), alias))
        entity = Entity(id="e0", name=name, type="Organization", mentions=mentions)
        return DocResult(doc=Document(id=doc_id, text="x"), entities=(entity,))

    results = [
        with_alias("a", "Daily Telegraph", "Telegraph"),
        with_alias("b", "Sunday Telegraph", "Telegraph"),
        with_alias("c", "British Broadcasting Corporation", "BBC"),
        doc("d", ("BBC", "Organization")),
    ]
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]] is not actors[index[("b", "e0")]]
    assert actors[index[("c", "e0")]] is actors[index[("d", "e0")]]


def test_pronouns_do_not_vote_for_a_type() -> None:
    """Coreference gives "it" and "he" to an actor by its type; they are no evidence of it."""
    he = tuple(Mention(0, 2, "he", "pronoun") for _ in range(9))
    person = Entity(id="e0", name="Wexcombe", type="Person", mentions=(Mention(0, 8, "Wexcombe"), *he))
    results = [
        DocResult(doc=Document(id="a", text="x"), entities=(person,)),
        doc("b", ("Wexcombe", "Organization")),
        doc("c", ("Wexcombe", "Organization")),
    ]
    assert {a.type for a in resolve(results)[0]} == {"Organization"}


def test_the_words_around_a_name_outvote_the_recognizer_elsewhere() -> None:
    """ "Chelsea boss Jose Mourinho" types the club by its phrase; the recognizer's bare reading
    of "Chelsea" as a given name in three other articles does not outvote it."""
    club = Entity(
        id="e0", name="Chelsea", type="Organization", mentions=(Mention(0, 7, "Chelsea", "phrase"),)
    )
    results = [DocResult(doc=Document(id="a", text="x"), entities=(club,))]
    results += [doc(d, ("Chelsea", "Person")) for d in "bcd"]
    actors = resolve(results)[0]
    assert [(a.label, a.type) for a in actors] == [("Chelsea", "Organization")]
    # without the phrase, the majority of readings wins
    plain = Entity(id="e0", name="Chelsea", type="Organization", mentions=(Mention(0, 7, "Chelsea"),))
    results[0] = DocResult(doc=Document(id="a", text="x"), entities=(plain,))
    assert {a.type for a in resolve(results)[0]} == {"Person"}


def test_a_club_the_words_around_it_type_stays_apart_from_the_town_the_corpus_names() -> None:
    """ "Leicester flanker Martin Corry" types the club by its phrase; "Leicester" in eight other
    articles is the city. The club keeps its type and is an actor of its own; a club typed by the
    recognizer alone follows the vote."""
    club = Entity(
        id="e0", name="Leicester", type="Organization", mentions=(Mention(0, 9, "Leicester", "phrase"),)
    )
    results = [DocResult(doc=Document(id="a", text="x"), entities=(club,))]
    results += [doc(d, ("Leicester", "Place")) for d in "bcdefghi"]
    results.append(doc("j", ("Leicester", "Organization")))
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]].type == "Organization"
    assert actors[index[("b", "e0")]].type == "Place" and actors[index[("j", "e0")]].type == "Place"
    assert actors[index[("a", "e0")]] is not actors[index[("b", "e0")]]


def test_a_one_word_firm_the_words_around_it_type_stays_apart_from_the_people_of_its_name() -> None:
    """ "film studio Fox" types the firm by its phrase; "Fox" in seven other articles is a person
    (a politician's surname). The firm keeps its type; a full name typed a firm by a phrase ("the
    Conservatives' Liam Fox") follows the vote, as does a one-word firm typed by the recognizer
    alone."""
    studio = Entity(id="e0", name="Fox", type="Organization", mentions=(Mention(0, 3, "Fox", "phrase"),))
    full = Entity(
        id="e1", name="Liam Fox", type="Organization", mentions=(Mention(0, 8, "Liam Fox", "phrase"),)
    )
    results = [DocResult(doc=Document(id="a", text="x"), entities=(studio, full))]
    results += [doc(d, ("Fox", "Person"), ("Liam Fox", "Person")) for d in "bcdefhi"]
    results.append(doc("g", ("Fox", "Organization")))
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]].type == "Organization"
    assert actors[index[("a", "e1")]].type == "Person"
    assert actors[index[("g", "e0")]].type == "Person"


def test_initials_join_the_one_full_name_they_fit() -> None:
    """ "C Cusiter" of a squad list is the Chris Cusiter another article names beside one of
    the squad; "J. Ewing" fits both John and Jane Ewing and joins neither; initials never fit
    another given name; "K Hale" of a squad is not the Kate Hale of an article that shares
    no one with it; and initials that each fit a person of one report support each other."""
    results = [
        doc("a", ("Chris Cusiter", "Person"), ("John Ewing", "Person"), ("Gordon Bulloch", "Person")),
        doc("b", ("C Cusiter", "Person"), ("Jane Ewing", "Person"), ("Gordon Bulloch", "Person")),
        doc("c", ("J. Ewing", "Person"), ("D Cusiter", "Person"), ("Gordon Bulloch", "Person")),
        doc("d", ("Kate Hale", "Person"), ("Dorvale Bank", "Organization")),
        doc("e", ("K Hale", "Person"), ("Gordon Bulloch", "Person")),
        # a squad list of initials only: each fits a player the same report names in full
        doc("f", ("M Dawes", "Person"), ("R Lowe", "Person")),
        doc("g", ("Mark Dawes", "Person"), ("Rob Lowe", "Person")),
    ]
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]] is actors[index[("b", "e0")]]
    assert "initials" in {rule for _name, rule in actors[index[("a", "e0")]].merges}
    assert actors[index[("c", "e0")]] not in (actors[index[("a", "e1")]], actors[index[("b", "e1")]])
    assert actors[index[("c", "e1")]] is not actors[index[("a", "e0")]]
    assert actors[index[("e", "e0")]] is not actors[index[("d", "e0")]]
    assert actors[index[("f", "e0")]] is actors[index[("g", "e0")]]
    assert actors[index[("f", "e1")]] is actors[index[("g", "e1")]]


def test_a_middle_initial_does_not_split_a_person() -> None:
    """ "Orvil T. Brandauer" of one article and "Orvil Brandauer" of another are one person
    (rule ``middle-initial``), and a lone "Brandauer" then has one person to join; with two sets
    of middle initials ("Dana K. Wexley", "Dana R. Wexley") "Dana Wexley" joins neither and they
    stay apart; a middle name in full ("Lew Parr Harlan") joins no "Lew Harlan"; a generation's
    word must agree ("Ned F. Corrick Jr" is no "Ned Corrick"); an article that names "Sam J.
    Okafor" and "Sam Okafor" apart names two people, and no "Sam Okafor" joins."""
    results = [
        doc(
            "a",
            ("Orvil T. Brandauer", "Person"),
            ("Dana K. Wexley", "Person"),
            ("Ned F. Corrick Jr", "Person"),
        ),
        doc("b", ("Orvil Brandauer", "Person"), ("Dana R. Wexley", "Person"), ("Ned Corrick", "Person")),
        doc("c", ("Brandauer", "Person"), ("Dana Wexley", "Person"), ("Lew Parr Harlan", "Person")),
        doc("d", ("Orvil T Brandauer", "Person"), ("Lew Harlan", "Person"), ("Ned Corrick Jr", "Person")),
        # an article that names both apart: two people of one name
        doc("e", ("Sam J. Okafor", "Person"), ("Sam Okafor", "Person")),
        doc("f", ("Sam Okafor", "Person")),
    ]
    actors, index = resolve(results)
    orvil = actors[index[("a", "e0")]]
    assert orvil is actors[index[("b", "e0")]] is actors[index[("d", "e0")]] is actors[index[("c", "e0")]]
    assert "middle-initial" in {rule for _name, rule in orvil.merges}
    wexleys = {actors[index[(d, e)]].label for d, e in (("a", "e1"), ("b", "e1"), ("c", "e1"))}
    assert len(wexleys) == 3
    assert actors[index[("c", "e2")]] is not actors[index[("d", "e1")]]
    assert actors[index[("a", "e2")]] is actors[index[("d", "e2")]]
    assert actors[index[("a", "e2")]] is not actors[index[("b", "e2")]]
    assert actors[index[("e", "e0")]] is not actors[index[("e", "e1")]]
    assert actors[index[("e", "e0")]] is not actors[index[("f", "e0")]]


def test_an_initial_a_is_no_article_before_a_surname() -> None:
    """ "A Brown" of a rugby squad (sport/383) had read as a lone "Brown" and joined Gordon Brown:
    an "A" before a surname never joins the one full name the corpus knows for the surname alone."""
    results = [doc(f"a{n}", ("Lawrence Dallaglio", "Person")) for n in range(4)]
    results += [doc("b", ("Dallaglio", "Person")), doc("c", ("A Dallaglio", "Person"))]
    actors, index = resolve(results)
    assert actors[index[("b", "e0")]] is actors[index[("a0", "e0")]]
    assert actors[index[("c", "e0")]] is not actors[index[("a0", "e0")]]


def test_a_holding_is_the_firm_it_owns() -> None:
    """ "Reuters Holdings Plc" and "Reuters" are one actor to a reader (rule ``holding``)."""
    results = [doc("a", ("Reuters Holdings Plc", "Organization")), doc("b", ("Reuters", "Organization"))]
    results += [doc("c", ("Carlyle Group", "Organization")), doc("d", ("Carlyle", "Organization"))]
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]] is actors[index[("b", "e0")]]
    assert actors[index[("c", "e0")]] is actors[index[("d", "e0")]]
    assert actors[index[("a", "e0")]] is not actors[index[("c", "e0")]]
    assert "holding" in {rule for _name, rule in actors[index[("a", "e0")]].merges}


def test_a_countrys_body_named_without_its_country_is_that_body() -> None:
    """ "the U.S. Agriculture Department" and, in an article that names the U.S., "the
    Agriculture Department" are one body (rule ``national-body``); not in an article of another
    country, not when two countries have one, not after "American"."""
    results = [
        doc("a", ("U.S. Agriculture Department", "Organization")),
        doc("b", ("Agriculture Department", "Organization"), ("U.S.", "Place")),
        doc("c", ("Defense Department", "Organization"), ("Kenya", "Place")),
        doc("c2", ("U.S. Defense Department", "Organization")),
        doc("d", ("Japanese Ministry of Finance", "Organization")),
        doc("e", ("Brazilian Ministry of Finance", "Organization")),
        doc("f", ("Ministry of Finance", "Organization"), ("Tokyo", "Place")),
        doc("i", ("Australian Reserve Bank", "Organization")),
        doc("j", ("Reserve Bank", "Organization"), ("Sydney", "Place")),
        doc("k", ("Reserve Bank", "Organization"), ("Pretoria", "Place")),
        doc("l", ("Japan Rugby Football Union", "Organization")),
        doc("m", ("Rugby Football Union", "Organization"), ("Japan", "Place")),
        doc("n", ("UK Treasury", "Organization")),
        doc("o", ("Treasury", "Organization"), ("Britain", "Place")),
        doc("g", ("American Stock Exchange", "Organization")),
        doc("h", ("Stock Exchange", "Organization"), ("United States", "Place")),
        doc("p", ("U.S. House of Representatives", "Organization")),
        doc("q", ("House of Representatives", "Organization")),
    ]
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]] is actors[index[("b", "e0")]]
    assert "national-body" in {rule for _name, rule in actors[index[("a", "e0")]].merges}
    assert actors[index[("c", "e0")]] is not actors[index[("c2", "e0")]]
    # two countries have a "Ministry of Finance": the one of the article's country
    assert actors[index[("f", "e0")]] is actors[index[("d", "e0")]]
    assert actors[index[("f", "e0")]] is not actors[index[("e", "e0")]]
    assert actors[index[("h", "e0")]] is not actors[index[("g", "e0")]]
    # the Reserve Bank of an article about Sydney is Australia's, of one about Pretoria not
    assert actors[index[("j", "e0")]] is actors[index[("i", "e0")]]
    assert actors[index[("k", "e0")]] is not actors[index[("i", "e0")]]
    assert actors[index[("m", "e0")]] is not actors[index[("l", "e0")]]
    assert actors[index[("o", "e0")]] is actors[index[("n", "e0")]]
    # a chamber of a country's parliament, named in an article that names no country
    assert actors[index[("q", "e0")]] is actors[index[("p", "e0")]]


def test_a_countrys_body_is_its_bare_name_where_nearly_every_article_that_names_a_country_names_it() -> None:
    """The articles that name "the Senate" are one actor already: it is the U.S. Senate when the
    U.S. is the country of at least four in five of those that name a country (a wire item on
    Brazil names "the Senate" of Washington without the U.S.); not when one in two names another."""
    results = [doc("a", ("U.S. Senate", "Organization")), doc("b", ("U.S. Navy", "Organization"))]
    results += [doc(f"s{n}", ("Senate", "Organization"), ("United States", "Place")) for n in range(4)]
    results += [doc("s4", ("Senate", "Organization"), ("Brazil", "Place"))]
    results += [doc("s5", ("Senate", "Organization"))]
    results += [doc("n0", ("Navy", "Organization"), ("United States", "Place"))]
    results += [doc("n1", ("Navy", "Organization"), ("Iran", "Place"))]
    actors, index = resolve(results)
    senate = actors[index[("a", "e0")]]
    assert all(actors[index[(f"s{n}", "e0")]] is senate for n in range(6))
    assert ("Senate", "national-body") in senate.merges
    assert actors[index[("n0", "e0")]] is not actors[index[("b", "e0")]]


def article(doc_id: str, text: str, *entities: tuple[str, str]) -> DocResult:
    """A document with its text, where resolution reads the countries it names."""
    return dataclasses.replace(doc(doc_id, *entities), doc=Document(id=doc_id, text=text))


def test_a_body_every_government_has_joins_only_articles_of_one_country() -> None:
    """ "the Finance Ministry" of French articles and of Japanese ones are two ministries, by the
    country each article names twice or more and twice as often as any other; an article that
    names no country, or two as often, joins neither. Where the corpus writes the name with a
    country the article names, it is that country's: "the Agriculture Department" of an
    article on a Soviet grain purchase is the U.S. one."""
    ministry = ("Finance Ministry", "Organization")
    results = [
        article("fr1", "FRENCH RESERVES RISE\nFrench reserves rose, the Finance Ministry said.", ministry),
        article("fr2", "French state sales raised money in France, the Finance Ministry said.", ministry),
        article(
            "fr3",
            "French sales in France rose, the Ministry of Finance said, as Japan watched.",
            ("Ministry of Finance", "Organization"),
        ),
        article("jp1", "JAPAN TO ALLOW BROKERS\nThe Finance Ministry will let Japanese banks bid.", ministry),
        article(
            "jp2",
            "Banks in Tokyo and Osaka said the Finance Ministry would act.",
            ministry,
            ("Tokyo", "Place"),
            ("Osaka", "Place"),
        ),
        article("none", "Chevron Corp said the Finance Ministry had asked it.", ministry),
        article("tie", "France and Japan met; the Finance Ministry said so.", ministry),
        article(
            "usda",
            "U.S. GRAIN\nThe U.S. Agriculture Department said wheat sales rose.",
            ("U.S. Agriculture Department", "Organization"),
        ),
        article(
            "grain",
            "SOVIET UNION BUYS GRAIN\nThe Soviet Union bought Soviet-bound U.S. wheat from Soviet "
            "traders, the Agriculture Department said.",
            ("Agriculture Department", "Organization"),
        ),
    ]
    actors, index = resolve(results)
    french, japanese = actors[index[("fr1", "e0")]], actors[index[("jp1", "e0")]]
    assert french is actors[index[("fr2", "e0")]] is actors[index[("fr3", "e0")]]
    assert japanese is actors[index[("jp2", "e0")]]
    assert french is not japanese
    assert actors[index[("none", "e0")]] not in (french, japanese)
    assert actors[index[("tie", "e0")]] not in (french, japanese)
    assert actors[index[("grain", "e0")]] is actors[index[("usda", "e0")]]
    # each says whose it is: by its country where no article names it so, by the name that
    # does where one does; a ministry of no one country keeps its bare name
    assert (french.label, japanese.label) == ("Finance Ministry (France)", "Finance Ministry (Japan)")
    assert actors[index[("grain", "e0")]].label == "U.S. Agriculture Department"
    assert actors[index[("none", "e0")]].label == "Finance Ministry"


def test_a_countrys_body_named_bare_where_no_country_is_named_is_that_body() -> None:
    """ "the Defense Department said" in a wire item that names no country at all ("Chevron
    Corp's unit is being awarded a contract") is the U.S. Defense Department another article
    names; where the article names only another country, it is not."""
    results = [
        doc("a", ("U.S. Defense Department", "Organization")),
        doc("b", ("Defense Department", "Organization"), ("Chevron Corp", "Organization")),
        doc("c", ("Federal Reserve Board", "Organization"), ("United States", "Place")),
        doc("d", ("U.S. Federal Reserve Board", "Organization")),
        doc("e", ("Federal Reserve Board", "Organization")),
    ]
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]] is actors[index[("b", "e0")]]
    assert actors[index[("c", "e0")]] is actors[index[("d", "e0")]] is actors[index[("e", "e0")]]
    assert "national-body" in {rule for _name, rule in actors[index[("a", "e0")]].merges}
    kenyan = [doc("a", ("U.S. Defense Department", "Organization"))]
    kenyan.append(doc("b", ("Defense Department", "Organization"), ("Kenya", "Place")))
    actors, index = resolve(kenyan)
    assert actors[index[("a", "e0")]] is not actors[index[("b", "e0")]]


def test_a_headlines_capitals_never_label_an_actor_the_prose_names() -> None:
    """ "OCCIDENTAL" of three headlines and "Occidental" of one article's prose are one firm,
    labelled as the prose writes it."""
    results = [doc(d, ("OCCIDENTAL", "Organization")) for d in "abc"]
    results += [doc("d", ("Occidental", "Organization"))]
    assert [a.label for a in resolve(results)[0]] == ["Occidental"]


def test_a_headlines_capitals_never_label_a_work_the_prose_names() -> None:
    results = [doc("a", ("PARIS PACT", "Work")), doc("b", ("Paris pact", "Work"))]
    assert [a.label for a in resolve(results)[0]] == ["Paris pact"]


def test_a_place_is_labelled_by_the_gazetteers_name_not_a_wire_abbreviation() -> None:
    """ "Tenn." of three wire datelines and "Tennessee" of one article are one state, labelled
    as the gazetteer names it."""
    results = [doc(d, ("Tenn.", "Place")) for d in "abc"]
    results += [doc("d", ("Tennessee", "Place"))]
    assert [a.label for a in resolve(results)[0]] == ["Tennessee"]


def test_a_person_is_labelled_as_most_articles_write_a_hyphenated_name() -> None:
    """ "Robert Kilroy-Silk" of three articles and "Robert Kilroy Silk" of one are one person
    (rule ``spacing``), labelled as the three write it: the hyphen's parts count as words."""
    results = [doc(d, ("Robert Kilroy-Silk", "Person")) for d in "abc"]
    results += [doc("d", ("Robert Kilroy Silk", "Person"))]
    assert [a.label for a in resolve(results)[0]] == ["Robert Kilroy-Silk"]
    results += [doc("e", ("Kilroy-Silk", "Person"))] * 5  # fewer words: never the label
    assert [a.label for a in resolve(results)[0]] == ["Robert Kilroy-Silk"]


def test_a_name_with_a_web_page_s_character_reference_is_the_name_it_spells() -> None:
    # the tokenizer cuts "Pap&#233;" before its ";"; the page's reference reads as the letter
    actors, index = resolve([doc("a", ("Pascal Pap&#233", "Person")), doc("b", ("Pascal Papé", "Person"))])
    assert index[("a", "e0")] == index[("b", "e0")]
    assert actors[index[("a", "e0")]].label == "Pascal Papé"
    assert "Pascal Pap&#233" not in actors[index[("a", "e0")]].aliases
