"""Two names an article writes only as "X and Y" are the firm another article names so
(``kg.resolve.name_partner_firms``): "a partnership of Wagner and Brown" is one firm, no two people."""

from __future__ import annotations

import pytest

from kg.build.pipeline import merged_graph
from kg.build.report import Timer
from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
from kg.resolve import name_partner_firms
from kg.settings import Settings

FIRM = DocResult(
    Document(id="a", text="Dorn and Lassiter Inc said it bid for Keswick Mills."),
    (Entity("e0", "Dorn and Lassiter Inc", "Organization", (Mention(0, 21, "Dorn and Lassiter Inc"),)),),
)


def result(text: str, *names: tuple[str, str], pronoun: tuple[str, int] | None = None) -> DocResult:
    """A document whose entities are ``names`` (name, type), each at every place the text writes
    it; ``pronoun`` (word, entity) adds a pronoun's mention to that entity."""
    ents = []
    for n, (name, kind) in enumerate(names):
        at = [i for i in range(len(text)) if text.startswith(name, i)]
        mentions = [Mention(i, i + len(name), name) for i in at]
        if pronoun is not None and pronoun[1] == n:
            p = text.index(f" {pronoun[0]} ") + 1
            mentions.append(Mention(p, p + len(pronoun[0]), pronoun[0], "pronoun"))
        ents.append(Entity(f"e{n}", name, kind, tuple(mentions)))
    return DocResult(Document(id="b", text=text), tuple(ents))


def test_a_pair_the_corpus_names_as_a_firm_is_the_firm() -> None:
    other = result(
        "Keswick Mills rejected the offer from a partnership of Dorn and Lassiter. Dorn & Lassiter "
        "said it would raise its bid.",
        ("Keswick Mills", "Organization"),
        ("Dorn", "Person"),
        ("Lassiter", "Person"),
    )
    _firm, after = name_partner_firms([FIRM, other])
    assert [(e.name, e.type) for e in after.entities] == [
        ("Keswick Mills", "Organization"),
        ("Dorn and Lassiter", "Organization"),
    ]
    (firm,) = [e for e in after.entities if e.type == "Organization" and e.name != "Keswick Mills"]
    assert [m.text for m in firm.mentions] == ["Dorn and Lassiter", "Dorn & Lassiter"]
    assert ("Dorn", "partner-pair") in firm.merges and ("Lassiter", "partner-pair") in firm.merges


def test_the_firm_is_one_node_of_the_graph_across_articles() -> None:
    other = result(
        "Keswick Mills rejected the offer from a partnership of Dorn and Lassiter.",
        ("Keswick Mills", "Organization"),
        ("Dorn", "Person"),
        ("Lassiter", "Person"),
    )
    G = merged_graph([FIRM, other], Settings(), Timer())
    nodes = sorted((d["label"], d["type"], sorted(d["aliases"])) for _, d in G.nodes(data=True))
    assert nodes == [
        ("Dorn and Lassiter", "Organization", ["Dorn and Lassiter", "Dorn and Lassiter Inc"]),
        ("Keswick Mills", "Organization", ["Keswick Mills"]),
    ], nodes


@pytest.mark.parametrize(
    ("text", "names", "pronoun"),
    [
        # the article names one of them alone too: a person it speaks of
        (
            "The offer came from Dorn and Lassiter. Dorn said the bid was fair.",
            (("Dorn", "Person"), ("Lassiter", "Person")),
            None,
        ),
        # a pronoun refers to one of them
        (
            "The offer came from Dorn and Lassiter, and he said it was fair.",
            (("Dorn", "Person"), ("Lassiter", "Person")),
            ("he", 1),
        ),
        # the other order: no firm of the corpus is named so
        (
            "The offer came from Lassiter and Dorn.",
            (("Lassiter", "Person"), ("Dorn", "Person")),
            None,
        ),
    ],
)
def test_a_pair_that_is_not_the_firm_stays(
    text: str, names: tuple[tuple[str, str], ...], pronoun: tuple[str, int] | None
) -> None:
    other = result(text, *names, pronoun=pronoun)
    _firm, after = name_partner_firms([FIRM, other])
    assert after is other


def test_places_and_related_names_stay() -> None:
    firm = result("Kenya and Uganda Ltd said.", ("Kenya and Uganda", "Organization"))
    places = result("Talks between Kenya and Uganda ended.", ("Kenya", "Person"), ("Uganda", "Person"))
    assert name_partner_firms([firm, places])[1] is places
    related = result(
        "Officials named Dorn and Lassiter.",
        ("Officials", "Group"),
        ("Dorn", "Person"),
        ("Lassiter", "Person"),
    )
    related = DocResult(
        related.doc,
        related.entities,
        (Relation("e1", "memberOf", "e0", Evidence("b", 0, 34, "Officials named Dorn and Lassiter."), 0.9),),
    )
    assert name_partner_firms([FIRM, related])[1] is related


def test_a_partner_the_recognizer_missed_and_an_organization_in_a_relation() -> None:
    """ "Analyst Jo Pell of Dorn and Lassiter said": only "Lassiter" is a name (a person's) to
    the recognizer; "economist at Dorn and Lassiter": "Dorn", an organization the economist
    works for, takes the firm's name and keeps the relation."""
    alone = result(
        "Analyst Jo Pell of Dorn and Lassiter said sales fell.", ("Jo Pell", "Person"), ("Lassiter", "Person")
    )
    _firm, after = name_partner_firms([FIRM, alone])
    assert [(e.name, e.type) for e in after.entities] == [
        ("Jo Pell", "Person"),
        ("Dorn and Lassiter", "Organization"),
    ]
    text = "Jo Pell, economist at Dorn and Lassiter, said sales fell."
    works = result(text, ("Jo Pell", "Person"), ("Dorn", "Organization"), ("Lassiter", "Person"))
    works = DocResult(
        works.doc, works.entities, (Relation("e0", "worksFor", "e1", Evidence("b", 0, len(text), text), 0.9),)
    )
    _firm, after = name_partner_firms([FIRM, works])
    assert [(e.id, e.name, e.type) for e in after.entities] == [
        ("e0", "Jo Pell", "Person"),
        ("e1", "Dorn and Lassiter", "Organization"),
    ]


def test_the_pair_takes_the_legal_form_of_the_name_that_ends_it() -> None:
    """ "Shares in Dorn and Lassiter Plc firmed": the recognizer read "Dorn" and "Lassiter Plc"."""
    text = "Shares in Dorn and Lassiter Plc firmed."
    split = result(text, ("Dorn", "Organization"), ("Lassiter Plc", "Organization"))
    _firm, after = name_partner_firms([FIRM, split])
    assert [(e.name, e.type, [m.text for m in e.mentions]) for e in after.entities] == [
        ("Dorn and Lassiter Plc", "Organization", ["Dorn and Lassiter Plc"])
    ]


def test_a_name_of_two_pairs_joins_neither() -> None:
    """ "Dorn and Lassiter and Pell", where the corpus names both "Dorn and Lassiter" and
    "Lassiter and Pell": which firm "Lassiter" belongs to is not said."""
    other = DocResult(
        Document(id="c", text="Lassiter and Pell Ltd said."),
        (Entity("e0", "Lassiter and Pell Ltd", "Organization", (Mention(0, 21, "Lassiter and Pell Ltd"),)),),
    )
    chain = result(
        "Dorn and Lassiter and Pell bid.", ("Dorn", "Person"), ("Lassiter", "Person"), ("Pell", "Person")
    )
    assert name_partner_firms([FIRM, other, chain])[2] is chain


def _related(text: str, names: tuple[tuple[str, str], ...], *relations: tuple[str, str]) -> DocResult:
    """A document of ``names`` with ``relations`` (subject id, object id), stated by its one sentence."""
    r = result(text, *names)
    ev = Evidence("b", 0, len(text), text)
    return DocResult(r.doc, r.entities, tuple(Relation(s, "worksFor", o, ev, 0.9) for s, o in relations))


def test_the_organization_in_a_relation_names_the_firm() -> None:
    """The firm keeps the id of the one name of the pair in a relation, whichever it is; with
    two such names, the pair stays as it is."""
    text = "Jo Pell, economist at Dorn and Lassiter, said sales fell."
    names = (("Jo Pell", "Person"), ("Dorn", "Person"), ("Lassiter", "Organization"))
    second = _related(text, names, ("e0", "e2"))
    _firm, after = name_partner_firms([FIRM, second])
    assert [(e.id, e.name) for e in after.entities] == [("e0", "Jo Pell"), ("e2", "Dorn and Lassiter")]
    names = (("Jo Pell", "Person"), ("Dorn", "Organization"), ("Lassiter", "Organization"))
    both = _related(text, names, ("e0", "e1"), ("e0", "e2"))
    assert name_partner_firms([FIRM, both])[1] is both


def test_a_group_of_the_pair_is_no_partner() -> None:
    """ "the Conservative and Labour parties", where one article's recognizer read "Conservative
    and Labour" as a firm: a party's members are no partner of a firm."""
    junk = result("The Conservative and Labour said.", ("Conservative and Labour", "Organization"))
    parties = result(
        "Polls put the Conservative and Labour parties level.",
        ("Conservative", "Group"),
        ("Labour", "Organization"),
    )
    assert name_partner_firms([junk, parties])[1] is parties
