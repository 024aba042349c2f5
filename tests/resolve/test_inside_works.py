"""A name inside a work's title the corpus knows is that work (``kg.resolve.name_inside_works``):
"won best actress for Being Julia" names no person Julia where another review names the film."""

from __future__ import annotations

from kg.build.pipeline import merged_graph
from kg.build.report import Timer
from kg.records import DocResult, Entity, Evidence, Relation
from kg.resolve import name_inside_works
from kg.settings import Settings
from tests.helpers import named, named_result

REVIEW = named_result(
    "a",
    "Jeremy Irons, whose film Shaun of the Drowned is in competition, flew to Bangkok.",
    ("Jeremy Irons", "Person"),
    ("Shaun of the Drowned", "Work"),
    ("Bangkok", "Place"),
)
TREATY = named_result(
    "t",
    "Talks on the General Agreement on Tariffs and Trade resumed in Geneva.",
    ("General Agreement on Tariffs and Trade", "Work"),
    ("Geneva", "Place"),
)


def test_a_name_written_only_inside_the_title_is_the_work() -> None:
    awards = named_result(
        "b",
        "Annette Marsh won best actress for Shaun of the Drowned, while Oslo Nights won best film.",
        ("Annette Marsh", "Person"),
        ("Shaun", "Person"),
    )
    _review, after = name_inside_works([REVIEW, awards])
    assert named(after) == [
        ("Annette Marsh", "Person", ["Annette Marsh"]),
        ("Shaun of the Drowned", "Work", ["Shaun of the Drowned"]),
    ]
    assert after.entities[1].merges == (("Shaun", "inside-work"),)
    assert after.entities[1].mentions[0].rule == "work"


def test_a_body_read_inside_an_agreement_s_name_is_the_agreement() -> None:
    talks = named_result(
        "u",
        "Ministers of the General Agreement on Tariffs and Trade meet in Punta del Este.",
        ("Tariffs and Trade", "Organization"),
        ("Punta del Este", "Place"),
    )
    _treaty, after = name_inside_works([TREATY, talks])
    assert named(after)[0] == (
        "General Agreement on Tariffs and Trade",
        "Work",
        ["General Agreement on Tariffs and Trade"],
    )


def test_two_fragments_of_one_title_are_one_work_and_the_article_s_own_work_takes_them() -> None:
    album = named_result(
        "c",
        "Their album Ways to Dismantle an Atomic Ship topped the chart.",
        ("Ways to Dismantle an Atomic Ship", "Work"),
    )
    chart = named_result(
        "d",
        "Ways to Dismantle an Atomic Ship sold well. The band's album, Ways to Dismantle an Atomic Ship, "
        "is out.",
        ("Ways to Dismantle an Atomic Ship", "Work"),
        ("Dismantle", "Organization"),
        ("Atomic Ship", "Organization"),
    )
    chart = DocResult(
        chart.doc,
        (
            Entity("e0", "Ways to Dismantle an Atomic Ship", "Work", (chart.entities[0].mentions[0],)),
            *chart.entities[1:],
        ),
    )
    _album, after = name_inside_works([album, chart])
    (work,) = after.entities
    assert [(m.start, m.end) for m in work.mentions] == [(0, 32), (62, 94)]
    assert {name for name, _rule in work.merges} == {"Dismantle", "Atomic Ship"}


def test_a_name_also_written_alone_or_spoken_of_stays() -> None:
    alone = named_result(
        "b",
        "Marsh won for Shaun of the Drowned. Shaun is a zombie.",
        ("Shaun", "Person"),
    )
    spoken = named_result(
        "e",
        "Marsh won for Shaun of the Drowned and he smiled.",
        ("Shaun", "Person"),
        pronoun="he",
    )
    out = name_inside_works([REVIEW, alone, spoken])
    assert named(out[1]) == [("Shaun", "Person", ["Shaun", "Shaun"])]
    assert named(out[2])[0][:2] == ("Shaun", "Person")


def test_a_name_in_a_relation_the_graph_keeps_stays() -> None:
    awards = named_result(
        "b",
        "Annette Marsh won for Shaun of the Drowned, Bangkok Post said.",
        ("Shaun", "Person"),
        ("Bangkok Post", "Organization"),
    )
    rel = Relation("e0", "worksFor", "e1", Evidence("b", 0, 40, awards.doc.text[:40]), 0.9, rule="verb")
    awards = DocResult(awards.doc, awards.entities, (rel,))
    _review, after = name_inside_works([REVIEW, awards])
    assert named(after)[0][:2] == ("Shaun", "Person")


def test_titles_not_written_as_titles_or_also_read_as_actors_take_nothing() -> None:
    corpus = [
        named_result("p", "The Paris talks held.", ("Paris talks", "Work")),
        named_result("q", "Traders cited the Paris talks again.", ("Paris", "Place")),
        named_result("w", "A show in London's West End closed.", ("London's West End", "Work")),
        named_result("x", "Theatres in London's West End shut.", ("London", "Place")),
        named_result("y", "A show in the West End opened.", ("West End", "Work")),
        named_result("z", "The West End is busy.", ("West End", "Place")),
        named_result("v", "Crowds filled the West End again.", ("West", "Place")),
    ]
    out = name_inside_works(corpus)
    assert [named(r) for r in out] == [named(r) for r in corpus]


def test_a_name_before_an_agreement_s_noun_is_the_agreement() -> None:
    corpus = [
        named_result("p", "Ministers reaffirmed the Tuileries accord.", ("Tuileries accord", "Work")),
        named_result("q", "Since the Tuileries accord the dollar held.", ("Tuileries", "Person")),
        named_result("r", "They met at the Tuileries. The Tuileries accord held.", ("Tuileries", "Person")),
    ]
    _pact, inside, also_alone = name_inside_works(corpus)
    assert named(inside) == [("Tuileries accord", "Work", ["Tuileries accord"])]
    assert named(also_alone) == named(corpus[2])


def test_a_title_inside_a_longer_name_is_no_work() -> None:
    corpus = [
        named_result("f", "The White House Budget was cut.", ("White House Budget", "Work")),
        named_result(
            "g", "White House Budget Chief James Miller was irritated.", ("White House", "Organization")
        ),
        named_result("h", "He read The Shaun of the Drowned Companion.", ("Shaun", "Person")),
    ]
    out = name_inside_works([REVIEW, *corpus])
    assert named(out[2]) == named(corpus[1])
    assert named(out[3]) == named(corpus[2])


def test_the_work_is_one_node_of_the_graph() -> None:
    awards = named_result(
        "b",
        "Annette Marsh won best actress for Shaun of the Drowned.",
        ("Annette Marsh", "Person"),
        ("Shaun", "Person"),
    )
    G = merged_graph([REVIEW, awards], Settings(), Timer())
    nodes = sorted((d["label"], d["type"], sorted(d["docs"])) for _, d in G.nodes(data=True))
    assert ("Shaun of the Drowned", "Work", ["a", "b"]) in nodes
    assert not [n for n in nodes if n[0] == "Shaun"]
