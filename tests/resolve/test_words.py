"""Lone words of the language that the recognizer read as a person or a place are no actors
across a corpus that writes them in small letters (``kg.resolve.drop_words``)."""

from __future__ import annotations

import pytest

from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
from kg.resolve import drop_words

#: Texts that write "feel", "lies", "young", "reading", "who" and "sugar" in small letters.
SMALL = [
    "I feel fine and we feel it; they feel low. The lies were told, lies and more lies.",
    "The young team is young, so young; reading is fun, reading again, reading more.",
    "Who knows who did it, who said so and who cares?",
    "Raw sugar fell, white sugar rose, sugar futures eased.",
]


def result(doc_id: str, text: str, name: str, kind: str, *, pronoun: bool = False) -> DocResult:
    """A document with one entity named ``name``, every place the text writes it a mention."""
    start = text.index(name)
    mentions = [Mention(start, start + len(name), name)]
    if pronoun:
        mentions.append(Mention(0, 2, "He", "pronoun"))
    return DocResult(Document(id=doc_id, text=text), (Entity("e0", name, kind, tuple(mentions)),))


def kept(*results: DocResult) -> list[str]:
    texts = [DocResult(Document(id=f"s{n}", text=t)) for n, t in enumerate(SMALL)]
    return [e.name for r in drop_words([*results, *texts]) for e in r.entities]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The single Feel is out now.", "Feel", "Person"),  # a song's title read as a person
        ("Secrets and Lies won the prize.", "Lies", "Person"),
        ("Raw Sugar Board members met.", "Sugar", "Place"),  # a word of a longer name read as a place
        ("Cargoes rose.\n    Sugar sales were up a fifth.", "Sugar", "Organization"),  # a sentence's start
    ],
)
def test_a_word_the_corpus_writes_small_is_no_actor(text: str, name: str, kind: str) -> None:
    assert kept(result("a", text, name, kind)) == []


@pytest.mark.parametrize(
    ("text", "name", "kind", "why"),
    [
        ("Mr Feel said so.", "Feel", "Person", "an honorific names a person"),
        ("Dr. Lies said so.", "Lies", "Person", "an honorific with its full stop"),
        ("Young scored twice.", "Young", "Person", "a census surname"),
        ("They met in Reading.", "Reading", "Place", "a town the gazetteer knows"),
        ("The Feel office shut.", "Feel", "Organization", "an organization's name inside a sentence"),
        ("Tottenham v Brighton\n\nReading v Stockport", "Reading", "Organization", "a town's club"),
        ("WHO said the virus spread.", "WHO", "Person", "in capitals: an acronym"),
        ("The Moonvale band split.", "Moonvale", "Person", "a word the corpus never writes small"),
    ],
)
def test_what_stays_an_actor(text: str, name: str, kind: str, why: str) -> None:
    assert kept(result("a", text, name, kind)) == [name], why


def test_a_pronoun_or_a_relation_keeps_the_actor() -> None:
    assert kept(result("a", "Feel came. He left.", "Feel", "Person", pronoun=True)) == ["Feel"]
    r = result("a", "Feel met Ann Cole.", "Feel", "Person")
    other = Entity("e1", "Ann Cole", "Person", (Mention(9, 17, "Ann Cole"),))
    meets = Relation("e0", "meetsWith", "e1", Evidence("a", 0, 17, "Feel met Ann Cole."))
    assert kept(DocResult(r.doc, (*r.entities, other), (meets,))) == ["Feel", "Ann Cole"]


def test_a_word_written_small_fewer_than_three_times_stays() -> None:
    r = result("a", "The single Feel is out; I feel fine.", "Feel", "Person")
    assert [e.name for x in drop_words([r]) for e in x.entities] == ["Feel"]


def test_the_build_graph_has_no_such_word() -> None:
    from kg.build.pipeline import merged_graph
    from kg.build.report import Timer
    from kg.settings import Settings

    results = [
        result("a", "The single Feel is out now.", "Feel", "Person"),
        result("b", "Mr Feel said so.", "Feel", "Person"),
        DocResult(Document(id="s0", text=SMALL[0])),
    ]
    G = merged_graph(results, Settings(), Timer())
    assert [(d["label"], sorted(d["docs"])) for _, d in G.nodes(data=True)] == [("Feel", ["b"])]


def test_an_organizations_short_form_stays() -> None:
    text = "Sugar Network Inc signed a deal.\n    Sugar is 29 pct owned by Vestar."
    start = text.index("Sugar is")
    short = Entity("e0", "Sugar", "Organization", (Mention(start, start + 5, "Sugar"),))
    firm = Entity("e1", "Sugar Network Inc", "Organization", (Mention(0, 17, "Sugar Network Inc"),))
    assert kept(DocResult(Document(id="a", text=text), (short, firm))) == ["Sugar", "Sugar Network Inc"]
