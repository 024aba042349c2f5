"""A firm's name of two parts joined by "and" that the corpus knows whole is whole where an
article's recognizer split it (``kg.resolve.name_split_firms``): "Pacific Gas" and "Electric Co"
are Pacific Gas and Electric Co."""

from __future__ import annotations

from kg.build.pipeline import merged_graph
from kg.build.report import Timer
from kg.records import DocResult, Evidence, Relation
from kg.resolve import name_split_firms
from kg.settings import Settings
from tests.helpers import named, named_result

ORG, PER, PLA = "Organization", "Person", "Place"


WHOLE = named_result(
    "a",
    "Carolina Tile and Rubber Co said its first-quarter profit rose.",
    ("Carolina Tile and Rubber Co", ORG),
)


def test_a_firm_split_at_its_and_is_whole_and_its_short_name_joins_it() -> None:
    split = named_result(
        "b",
        "Carolina Tile and Rubber Co said it would close a plant in Akron. Carolina Tile said the cuts "
        "would cost 300 jobs.",
        ("Carolina Tile", ORG),
        ("Rubber Co", PER),
        ("Akron", PLA),
    )
    _whole, after = name_split_firms([WHOLE, split])
    assert named(after) == [
        ("Carolina Tile and Rubber Co", ORG, ["Carolina Tile and Rubber Co", "Carolina Tile"]),
        ("Akron", PLA, ["Akron"]),
    ]
    assert ("Rubber Co", "split-firm") in after.entities[0].merges


def test_commas_and_an_ampersand_and_a_legal_form_the_whole_lacks() -> None:
    twice = [
        named_result(
            "c", "Dorsey, Lyle and Kemp Securities said.", ("Dorsey, Lyle and Kemp Securities", ORG)
        ),
        named_result(
            "d", "Dorsey Lyle and Kemp Securities bought.", ("Dorsey Lyle and Kemp Securities", ORG)
        ),
    ]
    split = named_result(
        "e",
        "The offering is led by Dorsey Lyle & Kemp Securities Inc, an underwriter.",
        ("Dorsey Lyle", PER),
        ("Kemp Securities Inc", ORG),
    )
    *_, after = name_split_firms([*twice, split])
    assert named(after) == [("Dorsey Lyle & Kemp Securities Inc", ORG, ["Dorsey Lyle & Kemp Securities Inc"])]


def test_a_place_named_elsewhere_only_loses_the_mention_inside() -> None:
    whole = named_result("f", "Osaka and Kobe Shipping Co said.", ("Osaka and Kobe Shipping Co", ORG))
    split = named_result(
        "g",
        "Osaka and Kobe Shipping Co raised rates. Exports from Osaka rose.",
        ("Osaka", PLA),
        ("Kobe Shipping Co", ORG),
    )
    _whole, after = name_split_firms([whole, split])
    assert sorted(named(after)) == [
        ("Osaka", PLA, ["Osaka"]),
        ("Osaka and Kobe Shipping Co", ORG, ["Osaka and Kobe Shipping Co"]),
    ]


def test_names_read_whole_once_without_a_legal_form_or_two_names_are_no_firm() -> None:
    # each of the first three is read whole in two articles: its own guard refuses it
    wholes = [
        ("World Bank and IMF", "Talks of the World Bank and IMF went on."),
        ("Ford Motor Co and Chrysler", "Ford Motor Co and Chrysler cut prices."),
        ("Bank of Japan and Canada", "The Bank of Japan and Canada agreed."),
    ]
    corpus = [
        named_result(f"{n}{k}", text, (name, ORG)) for n, (name, text) in enumerate(wholes) for k in "ab"
    ]
    corpus.append(
        named_result("k", "The Oslo Harbour and Dock Board said.", ("Oslo Harbour and Dock Board", ORG))
    )
    split = [
        named_result("l", "The World Bank and IMF staff met.", ("World Bank", ORG), ("IMF", ORG)),
        named_result("m", "Ford Motor Co and Chrysler rose.", ("Ford Motor Co", ORG), ("Chrysler", ORG)),
        named_result("n", "The Bank of Japan and Canada spoke.", ("Bank of Japan", ORG), ("Canada", PLA)),
        named_result("o", "The Oslo Harbour and Dock Board met.", ("Oslo Harbour", ORG), ("Dock Board", ORG)),
    ]
    out = name_split_firms([*corpus, *split])
    assert [named(r) for r in out] == [named(r) for r in [*corpus, *split]]


def test_a_last_part_named_alone_more_often_than_the_whole_makes_two_names() -> None:
    corpus = [
        named_result(
            "p", "Labour, Liberal Democrats and Respect stood.", ("Liberal Democrats and Respect", ORG)
        ),
        named_result("q", "Liberal Democrats and Respect gained.", ("Liberal Democrats and Respect", ORG)),
        *[named_result(f"r{n}", "Respect won a seat.", ("Respect", ORG)) for n in range(3)],
    ]
    split = named_result(
        "s", "Liberal Democrats and Respect lost.", ("Liberal Democrats", ORG), ("Respect", ORG)
    )
    *_, after = name_split_firms([*corpus, split])
    assert named(after) == named(split)


def test_a_longer_name_around_it_or_a_person_in_a_kept_relation_stays() -> None:
    longer = named_result(
        "t",
        "Shares of Carolina Tile and Rubber Co Holdings rose.",
        ("Carolina Tile", ORG),
        ("Rubber Co Holdings", ORG),
    )
    text = "Carolina Tile and Rubber Co said so."
    person = named_result("u", text, ("Carolina Tile", ORG), ("Rubber Co", PER))
    rel = Relation("e1", "worksFor", "e0", Evidence("u", 0, len(text), text), 0.9)
    person = DocResult(person.doc, person.entities, (rel,))
    _whole, out_longer, out_person = name_split_firms([WHOLE, longer, person])
    assert named(out_longer) == named(longer)
    assert named(out_person) == named(person)


def test_the_firm_is_one_node_of_the_graph() -> None:
    split = named_result("b", "Carolina Tile and Rubber Co rose.", ("Carolina Tile", ORG), ("Rubber Co", PER))
    G = merged_graph([WHOLE, split], Settings(), Timer())
    nodes = sorted((d["label"], d["type"], sorted(d["docs"])) for _, d in G.nodes(data=True))
    assert nodes == [("Carolina Tile and Rubber Co", ORG, ["a", "b"])]


def test_a_legal_form_s_stop_is_the_name_s_only_where_the_recognizer_read_it_so() -> None:
    ends = named_result(
        "v", "Shares of Carolina Tile and Rubber Co.", ("Carolina Tile", ORG), ("Rubber Co", PER)
    )
    read = named_result(
        "w", "It sold Carolina Tile and Rubber Co. shares.", ("Carolina Tile", ORG), ("Rubber Co.", ORG)
    )
    _whole, out_ends, out_read = name_split_firms([WHOLE, ends, read])
    assert named(out_ends) == [("Carolina Tile and Rubber Co", ORG, ["Carolina Tile and Rubber Co"])]
    assert named(out_read) == [("Carolina Tile and Rubber Co.", ORG, ["Carolina Tile and Rubber Co."])]


def test_two_names_that_open_with_the_same_word_are_two() -> None:
    grades = "West Texas Intermediate and West Texas Sour"
    twice = [named_result(n, f"{grades} rose.", (grades, ORG)) for n in ("x1", "x2")]
    split = named_result(
        "y",
        "West Texas Intermediate and West Texas Sour fell.",
        ("West Texas Intermediate", ORG),
        ("West Texas Sour", ORG),
    )
    *_, after = name_split_firms([*twice, split])
    assert named(after) == named(split)
