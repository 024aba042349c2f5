"""A name one article announces as a product's ("the browser Firefox") is no actor in the corpus's
other articles either (``kg.resolve.drop_products``)."""

from __future__ import annotations

import pytest

from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
from kg.resolve import drop_products


def result(doc_id: str, text: str, name: str, kind: str, products: tuple[str, ...] = ()) -> DocResult:
    """A document with one entity named ``name`` at its first place in ``text``."""
    start = text.index(name)
    entity = Entity("e0", name, kind, (Mention(start, start + len(name), name),))
    return DocResult(Document(id=doc_id, text=text), (entity,), products=products)


# the article that announces it keeps its other names: "Nokia" is no product
ANNOUNCES = DocResult(
    Document(id="a", text="Nokia users flock to the browser Quillfox."),
    (Entity("e0", "Nokia", "Organization", (Mention(0, 5, "Nokia"),)),),
    products=("quillfox",),
)


def kept(*others: DocResult) -> list[list[str]]:
    return [[e.name for e in r.entities] for r in drop_products([ANNOUNCES, *others])]


@pytest.mark.parametrize("kind", ["Person", "Organization", "Place"])
def test_a_product_one_article_announces_is_no_actor_in_another(kind: str) -> None:
    assert kept(result("b", "Quillfox gained users in May.", "Quillfox", kind)) == [["Nokia"], []]


def test_the_name_is_compared_normalised() -> None:
    # "Quillfox's" is the same name; so is one in capitals
    assert kept(result("b", "Quillfox's users left.", "Quillfox's", "Person")) == [["Nokia"], []]
    assert kept(result("b", "QUILLFOX users left.", "QUILLFOX", "Organization")) == [["Nokia"], []]


@pytest.mark.parametrize(
    ("text", "name", "kind", "why"),
    [
        ("The Quillfox Group said so.", "Quillfox Group", "Organization", "a longer name"),
        ("Quill said so.", "Quill", "Person", "a shorter name"),
        ("She starred in Quillfox.", "Quillfox", "Work", "a work is not touched"),
    ],
)
def test_what_stays_an_actor(text: str, name: str, kind: str, why: str) -> None:
    assert kept(result("b", text, name, kind)) == [["Nokia"], [name]], why


@pytest.mark.parametrize(
    ("text", "name", "dropped"),
    [
        ("Vireo gained users.", "Vireo", True),  # "Vireo 2.0" announced: the version's number
        ("Vireos sold well.", "Vireos", True),  # the plural
        ("Nokia Vireo sold well.", "Nokia Vireo", True),  # after its maker, an organization of the corpus
        ("Nokia Vireos sold well.", "Nokia Vireos", True),
        ("Tokyo Vireo sold well.", "Tokyo Vireo", False),  # Tokyo is no organization of the corpus
        ("Vireo Nano sold well.", "Vireo Nano", False),  # another product's name
        ("Vireon sold well.", "Vireon", False),
    ],
)
def test_a_plural_a_makers_name_or_a_version_number(text: str, name: str, dropped: bool) -> None:
    announces = DocResult(
        Document(id="a", text="Nokia ships the browser Vireo 2.0."),
        (Entity("e0", "Nokia", "Organization", (Mention(0, 5, "Nokia"),)),),
        products=("vireo 2.0",),
    )
    out = drop_products([announces, result("b", text, name, "Organization")])
    assert [e.name for e in out[1].entities] == ([] if dropped else [name])


def test_a_relation_the_graph_keeps_or_the_alias_file_keeps_the_actor() -> None:
    # "Media Center" is Microsoft's software in one article, a think tank another heads
    b = result("b", "Ann Cole heads the Quillfox.", "Quillfox", "Organization")
    cole = Entity("e1", "Ann Cole", "Person", (Mention(0, 8, "Ann Cole"),))
    heads = Relation("e1", "leaderOf", "e0", Evidence("b", 0, 28, b.doc.text), confidence=0.9)
    assert kept(DocResult(b.doc, (*b.entities, cole), (heads,))) == [["Nokia"], ["Quillfox", "Ann Cole"]]
    weak = Relation("e1", "leaderOf", "e0", Evidence("b", 0, 28, b.doc.text), confidence=0.2)
    floors = {"min_confidence": 0.5, "classifier_min_confidence": 0.5}
    dropped = drop_products([ANNOUNCES, DocResult(b.doc, (*b.entities, cole), (weak,))], **floors)
    assert [e.name for e in dropped[1].entities] == ["Ann Cole"]
    assert [e.name for e in drop_products([ANNOUNCES, b], known={"quillfox"})[1].entities] == ["Quillfox"]


def test_a_corpus_that_announces_no_product_is_returned_as_it_is() -> None:
    rs = [result("b", "Quillfox gained users.", "Quillfox", "Organization")]
    assert drop_products(rs) is rs
