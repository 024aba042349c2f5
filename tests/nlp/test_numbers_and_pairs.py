"""Names the news recognizer cuts before their number or glues over "and" or "of", and the
words after a name that say it is a show or a film (rule ``kg.ner.v1``, ``kg.name-kind.v1``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from tests.helpers import names_of

# (text, actors with their types the graph must have, names that must not be actors)
NAMES = [
    # a broadcaster's or a station's number ends its name
    (
        "The documentary was shown on Channel 4 last night, and viewers complained.",
        {"Channel 4": "Organization"},
        {"Channel"},
    ),
    (
        "The minister told BBC Radio 4's Today programme that the plan was sound.",
        {"BBC Radio 4": "Organization"},
        {"BBC Radio"},
    ),
    (
        "The presenter moved from BBC Radio 2 to a commercial station in May.",
        {"BBC Radio 2": "Organization"},
        {"BBC Radio"},
    ),
    # two firms' names the recognizer glues at "and", one of them written alone too
    (
        "Shares in Deutsche Bank and Credit Suisse Group fell on Monday. Deutsche Bank blamed the dollar.",
        {"Deutsche Bank": "Organization", "Credit Suisse Group": "Organization"},
        {"Deutsche Bank and Credit Suisse Group"},
    ),
    # two people's full names the recognizer glues at "and"
    (
        "The comedy prize went to Jane Hollis, who beat fellow sitcom stars Marcia Cross and "
        "Felicity Huffman to it.",
        {"Marcia Cross": "Person", "Felicity Huffman": "Person"},
        {"Marcia Cross and Felicity Huffman"},
    ),
    # a person's name the recognizer runs on over "of" into a firm
    (
        '"Sales in Brazil are the key," said ING analyst Gerard Rijk of Inbev\'s latest figures.',
        {"Gerard Rijk": "Person", "Inbev": "Organization"},
        {"Gerard Rijk of Inbev"},
    ),
    # a show or a film before "actress" or "actor" is a work
    (
        "Brookside actress Anna Fell opened the new library in Wigan on Saturday.",
        {"Brookside": "Work", "Anna Fell": "Person"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), NAMES)
def test_names_cut_before_a_number_or_glued_are_mended(
    nlp, text: str, wanted: dict[str, str], unwanted: set[str]
) -> None:
    got = names_of(extract_one(text, nlp))
    assert {n: got.get(n) for n in wanted} == wanted
    assert not unwanted & set(got)


def _doc(text: str, ents: list[tuple[int, int, str]]):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_a_number_the_base_model_reads_into_a_name_joins_it_unless_scores_are_around() -> None:
    from spacy.tokens import Span

    from kg.nlp.mend import _numbered

    doc = _doc("He joined Channel 4 in May .", [(2, 4, "ORG")])
    assert [s.text for s in _numbered(doc, [Span(doc, 2, 3, label="ORG")])] == ["Channel 4"]
    # a goal's minute in a list of scorers, a score between two teams
    doc = _doc("Hartley 12 , Dunmore 34 , Hartley 71", [(3, 5, "ORG")])
    assert [s.text for s in _numbered(doc, [Span(doc, 3, 4, label="ORG")])] == ["Dunmore"]
    doc = _doc("Rovers 2 United 1", [(2, 4, "ORG")])
    assert [s.text for s in _numbered(doc, [Span(doc, 2, 3, label="ORG")])] == ["United"]
    doc = _doc("Real Madrid 1 ( Roberto Carlos 79th ) .", [(0, 3, "ORG")])
    assert [s.text for s in _numbered(doc, [Span(doc, 0, 2, label="ORG")])] == ["Real Madrid"]
    doc = _doc("He left Channel 4 ( the broadcaster ) .", [(2, 4, "ORG")])
    assert [s.text for s in _numbered(doc, [Span(doc, 2, 3, label="ORG")])] == ["Channel 4"]


def test_two_firms_glued_at_and_part_only_where_one_stands_alone() -> None:
    from spacy.tokens import Span

    from kg.nlp.mend import _glued_pair

    text = "Deutsche Bank and Credit Suisse Group fell . Deutsche Bank rose ."
    doc = _doc(text, [(0, 2, "ORG"), (3, 6, "ORG"), (8, 10, "ORG")])
    parts = _glued_pair(doc, [Span(doc, 0, 6, label="ORG")])
    assert [s.text for s in parts] == ["Deutsche Bank", "Credit Suisse Group"]
    # neither side written alone: one firm's name, whatever the base model reads
    doc = _doc("Kaiser Aluminum and Chemical Corp said .", [(0, 2, "ORG"), (3, 5, "ORG")])
    assert [s.text for s in _glued_pair(doc, [Span(doc, 0, 5, label="ORG")])] == [
        "Kaiser Aluminum and Chemical Corp"
    ]
    # a founders' firm is one, though a partner's name stands alone
    doc = _doc(
        "Alex Brown and Sons Inc rose . Alex Brown said .", [(0, 2, "ORG"), (3, 5, "ORG"), (7, 9, "PERSON")]
    )
    assert [s.text for s in _glued_pair(doc, [Span(doc, 0, 5, label="ORG")])] == ["Alex Brown and Sons Inc"]


def test_a_common_word_the_article_writes_small_is_no_actor_though_a_title_holds_it(nlp) -> None:
    text = (
        "Broadband is changing the way people shop, the study says.\n\nMost homes now have broadband, "
        'and broadband prices keep falling. "Broadband puts the buyer in charge," said Ann Lowe, who '
        "wrote the study, entitled Broadband Nation: Shopping Online, for the think-tank Demos."
    )
    got = names_of(extract_one(text, nlp))
    assert "Broadband" not in got and got.get("Ann Lowe") == "Person"


def test_the_sides_of_a_fixture_are_teams_but_a_court_cases_parties_stay_people() -> None:
    import spacy

    from kg.nlp.spans import kind_by_phrase

    nlp = spacy.blank("en")
    doc = nlp("Fourth round draw : Rotherham v Yeovil , Hartley vs Dunmore United .")
    assert kind_by_phrase(doc[4:5], "Place") == "Organization"  # before "v"
    assert kind_by_phrase(doc[6:7], "Place") == "Organization"  # after it
    assert kind_by_phrase(doc[8:9], "Organization") == "Organization"
    doc = nlp("The court upheld Roe v Wade on Monday .")
    assert kind_by_phrase(doc[3:4], "Person") == "Person"
    # a "v" with no name on its other side joins nothing
    doc = nlp("Rotherham v the rest .")
    assert kind_by_phrase(doc[0:1], "Place") == "Place"


def test_a_town_a_fixture_names_is_its_club_across_articles(tmp_path) -> None:
    """One article reads the town as a place, another's fixture list as the club: the words
    around the fixture outvote the recognizer's reading, and the graph has the club."""
    import json

    from kg.build.pipeline import build
    from kg.graph.graph import read
    from kg.settings import Settings

    src = tmp_path / "in.jsonl"
    rows = [
        {
            "id": "a1",
            "text": "The holders must not lose to a lower division side for the first time since "
            "Rotherham, from the second tier, beat them 2-1 in a third round tie at Millmoor.",
        },
        {"id": "a2", "text": "Fourth round draw\n\nRotherham v Yeovil\nBurnley v Hartley Wintney\n"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build([src], tmp_path / "out", settings=Settings(n_process=1), html=False, store=False)
    kinds = {d["type"] for _, d in read(tmp_path / "out").nodes(data=True) if d["label"] == "Rotherham"}
    assert kinds == {"Organization"}, kinds


def test_a_demonstrative_in_small_letters_is_no_part_of_a_name(nlp) -> None:
    text = "Wales can still win this Six Nations, coach Mike Ruddock said on Sunday."
    got = names_of(extract_one(text, nlp))
    assert got.get("Six Nations") == "Event" and "this Six Nations" not in got


def test_trim_drops_a_small_demonstrative_but_not_a_titles_first_word() -> None:
    import spacy
    from spacy.tokens import Span

    from kg.nlp.spans import trim

    doc = spacy.blank("en")("He will play in this World Cup and watch This Is England .")
    assert doc[trim(Span(doc, 4, 7, label="EVENT"))[0]].text == "World"
    assert doc[trim(Span(doc, 9, 12, label="WORK_OF_ART"))[0]].text == "This"


@pytest.mark.parametrize(
    ("text", "names", "joined"),
    [
        # a Portuguese firm's name goes on through "do" into a word read as a person's
        ("Shares in Banco do Brasil rose .", [(2, 3, "ORG"), (4, 5, "PERSON")], ["Banco do Brasil"]),
        # not through another language's link, after a possessive, nor after a given name
        ("Shares in Banco di Roma rose .", [(2, 3, "ORG"), (4, 5, "PERSON")], ["Banco", "Roma"]),
        ("He met Salomon 's da Silva .", [(2, 4, "ORG"), (5, 6, "PERSON")], ["Salomon 's", "Silva"]),
        ("He met Carlo da Silva .", [(2, 3, "ORG"), (4, 5, "PERSON")], ["Carlo", "Silva"]),
    ],
)
def test_a_portuguese_firms_name_goes_on_through_do(text: str, names: list, joined: list[str]) -> None:
    from spacy.tokens import Span

    from kg.nlp.mend import _mended

    doc = _doc(text, [])
    assert [s.text for s in _mended(doc, [Span(doc, s, e, label=label) for s, e, label in names])] == joined
