"""A firm's name of two parts joined by "and" that the corpus knows whole is whole where an
article's recognizer split it (``kg.resolve.name_split_firms``): "Pacific Gas" and "Electric Co"
are Pacific Gas and Electric Co."""

from __future__ import annotations

from kg.build.pipeline import merged_graph
from kg.build.report import Timer
from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
from kg.resolve import name_split_firms
from kg.settings import Settings

ORG, PER, PLA = "Organization", "Person", "Place"


def result(i: str, text: str, *names: tuple[str, str]) -> DocResult:
    """Document ``i`` whose entities are ``names`` (name, type), each at every place the text
    writes it as a word of its own."""
    ents = []
    for n, (name, kind) in enumerate(names):
        at = [
            a
            for a in range(len(text))
            if text.startswith(name, a)
            and (a == 0 or not text[a - 1].isalnum())
            and not text[a + len(name) : a + len(name) + 1].isalnum()
        ]
        ents.append(Entity(f"e{n}", name, kind, tuple(Mention(a, a + len(name), name) for a in at)))
    return DocResult(Document(id=i, text=text), tuple(ents))


def names(r: DocResult) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.type, [m.text for m in e.mentions]) for e in r.entities]


WHOLE = result(
    "a",
    "Carolina Tile and Rubber Co said its first-quarter profit rose.",
    ("Carolina Tile and Rubber Co", ORG),
)


def test_a_firm_split_at_its_and_is_whole_and_its_short_name_joins_it() -> None:
    split = result(
        "b",
        "Carolina Tile and Rubber Co said it would close a plant in Akron. Carolina Tile said the cuts "
        "would cost 300 jobs.",
        ("Carolina Tile", ORG),
        ("Rubber Co", PER),
        ("Akron", PLA),
    )
    _whole, after = name_split_firms([WHOLE, split])
    assert names(after) == [
        ("Carolina Tile and Rubber Co", ORG, ["Carolina Tile and Rubber Co", "Carolina Tile"]),
        ("Akron", PLA, ["Akron"]),
    ]
    assert ("Rubber Co", "split-firm") in after.entities[0].merges


def test_commas_and_an_ampersand_and_a_legal_form_the_whole_lacks() -> None:
    twice = [
        result("c", "Dorsey, Lyle and Kemp Securities said.", ("Dorsey, Lyle and Kemp Securities", ORG)),
        result("d", "Dorsey Lyle and Kemp Securities bought.", ("Dorsey Lyle and Kemp Securities", ORG)),
    ]
    split = result(
        "e",
        "The offering is led by Dorsey Lyle & Kemp Securities Inc, an underwriter.",
        ("Dorsey Lyle", PER),
        ("Kemp Securities Inc", ORG),
    )
    *_, after = name_split_firms([*twice, split])
    assert names(after) == [("Dorsey Lyle & Kemp Securities Inc", ORG, ["Dorsey Lyle & Kemp Securities Inc"])]


def test_a_place_named_elsewhere_only_loses_the_mention_inside() -> None:
    whole = result("f", "Osaka and Kobe Shipping Co said.", ("Osaka and Kobe Shipping Co", ORG))
    split = result(
        "g",
        "Osaka and Kobe Shipping Co raised rates. Exports from Osaka rose.",
        ("Osaka", PLA),
        ("Kobe Shipping Co", ORG),
    )
    _whole, after = name_split_firms([whole, split])
    assert sorted(names(after)) == [
        ("Osaka", PLA, ["Osaka"]),
        ("Osaka and Kobe Shipping Co", ORG, ["Osaka and Kobe Shipping Co"]),
    ]


def test_names_read_whole_once_without_a_legal_form_or_two_names_are_no_firm() -> None:
    corpus = [
        result("h", "Talks of the World Bank and IMF went on.", ("World Bank and IMF", ORG)),
        result("i", "Ford Motor Co and Chrysler Corp cut prices.", ("Ford Motor Co and Chrysler", ORG)),
        result("j", "The Bank of Japan and Canada agreed.", ("Bank of Japan and Canada", ORG)),
        result("k", "The Oslo Harbour and Dock Board said.", ("Oslo Harbour and Dock Board", ORG)),
    ]
    split = [
        result("l", "The World Bank and IMF staff met.", ("World Bank", ORG), ("IMF", ORG)),
        result("m", "Ford Motor Co and Chrysler Corp rose.", ("Ford Motor Co", ORG), ("Chrysler Corp", ORG)),
        result("n", "The Bank of Japan and Canada spoke.", ("Bank of Japan", ORG), ("Canada", PLA)),
        result("o", "The Oslo Harbour and Dock Board met.", ("Oslo Harbour", ORG), ("Dock Board", ORG)),
    ]
    out = name_split_firms([*corpus, *split])
    assert [names(r) for r in out] == [names(r) for r in [*corpus, *split]]


def test_a_last_part_named_alone_more_often_than_the_whole_makes_two_names() -> None:
    corpus = [
        result("p", "Labour, Liberal Democrats and Respect stood.", ("Liberal Democrats and Respect", ORG)),
        result("q", "Liberal Democrats and Respect gained.", ("Liberal Democrats and Respect", ORG)),
        *[result(f"r{n}", "Respect won a seat.", ("Respect", ORG)) for n in range(3)],
    ]
    split = result("s", "Liberal Democrats and Respect lost.", ("Liberal Democrats", ORG), ("Respect", ORG))
    *_, after = name_split_firms([*corpus, split])
    assert names(after) == names(split)


def test_a_longer_name_around_it_or_a_person_in_a_kept_relation_stays() -> None:
    longer = result(
        "t",
        "Shares of Carolina Tile and Rubber Co Holdings rose.",
        ("Carolina Tile", ORG),
        ("Rubber Co Holdings", ORG),
    )
    text = "Carolina Tile and Rubber Co said so."
    person = result("u", text, ("Carolina Tile", ORG), ("Rubber Co", PER))
    rel = Relation("e1", "worksFor", "e0", Evidence("u", 0, len(text), text), 0.9)
    person = DocResult(person.doc, person.entities, (rel,))
    _whole, out_longer, out_person = name_split_firms([WHOLE, longer, person])
    assert names(out_longer) == names(longer)
    assert names(out_person) == names(person)


def test_the_firm_is_one_node_of_the_graph() -> None:
    split = result("b", "Carolina Tile and Rubber Co rose.", ("Carolina Tile", ORG), ("Rubber Co", PER))
    G = merged_graph([WHOLE, split], Settings(), Timer())
    nodes = sorted((d["label"], d["type"], sorted(d["docs"])) for _, d in G.nodes(data=True))
    assert nodes == [("Carolina Tile and Rubber Co", ORG, ["a", "b"])]


def test_a_legal_form_s_stop_is_the_name_s_only_where_the_recognizer_read_it_so() -> None:
    ends = result("v", "Shares of Carolina Tile and Rubber Co.", ("Carolina Tile", ORG), ("Rubber Co", PER))
    read = result(
        "w", "It sold Carolina Tile and Rubber Co. shares.", ("Carolina Tile", ORG), ("Rubber Co.", ORG)
    )
    _whole, out_ends, out_read = name_split_firms([WHOLE, ends, read])
    assert names(out_ends) == [("Carolina Tile and Rubber Co", ORG, ["Carolina Tile and Rubber Co"])]
    assert names(out_read) == [("Carolina Tile and Rubber Co.", ORG, ["Carolina Tile and Rubber Co."])]


def test_two_names_that_open_with_the_same_word_are_two() -> None:
    grades = "West Texas Intermediate and West Texas Sour"
    twice = [result(n, f"{grades} rose.", (grades, ORG)) for n in ("x1", "x2")]
    split = result(
        "y",
        "West Texas Intermediate and West Texas Sour fell.",
        ("West Texas Intermediate", ORG),
        ("West Texas Sour", ORG),
    )
    *_, after = name_split_firms([*twice, split])
    assert names(after) == names(split)
