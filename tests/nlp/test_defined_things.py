"""An abbreviation an article spells out in small letters is a thing, no actor, there and in the
corpus's other articles unless a firm goes by it; a pair's combining form is no body; a debut
names a title (rules ``kg.product.v1``, ``kg.ner.v1``, ``kg.title.v1``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from kg.records import DocResult, Document, Entity, Mention
from kg.resolve.products import drop_products
from tests.helpers import names_of


@pytest.mark.parametrize(
    ("text", "thing", "kept"),
    [
        (
            "The study shows Japan's producer subsidy equivalent, PSE, averaged 83 pct, the Halvard "
            "Institute said. Japan's PSE rose.",
            "PSE",
            "Halvard Institute",
        ),
        (
            "Prices of crude palm oil (CPO) fell, and CPO stocks rose, the Halvard Institute said.",
            "CPO",
            "Halvard Institute",
        ),
    ],
)
def test_an_abbreviation_spelled_out_in_small_letters_is_no_actor(
    nlp, text: str, thing: str, kept: str
) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(kept) == "Organization"
    assert thing not in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body's noun ends the words: a body
        ("The multilateral investment guarantee agency (MIGA) said it would insure the loans.", "MIGA"),
        # a work's noun: a work, which is an actor
        ("The export enhancement program (EEP) will be extended, the USDA said. EEP sales rose.", "EEP"),
    ],
)
def test_a_bodys_or_a_works_abbreviation_stays(nlp, text: str, body: str) -> None:
    assert body in names_of(extract_one(text, nlp))


def _result(doc_id: str, text: str, name: str, kind: str, products: tuple[str, ...] = ()) -> DocResult:
    at = text.index(name)
    entity = Entity("e0", name, kind, (Mention(at, at + len(name), name),))
    return DocResult(Document(id=doc_id, text=text), (entity,), products=products)


def test_a_thing_one_article_spells_out_is_no_actor_elsewhere_unless_a_firm_goes_by_it() -> None:
    results = [
        _result(
            "a",
            "Prices of crude palm oil (CPO) fell, Halvard said.",
            "Halvard",
            "Organization",
            ("cpo", "csr"),
        ),
        _result("b", "CPO stocks rose.", "CPO", "Organization"),
        _result("c", "CSR said profits rose.", "CSR", "Organization"),
        _result("d", "CSR Ltd said profits rose.", "CSR Ltd", "Organization"),
    ]
    kept = [[e.name for e in r.entities] for r in drop_products(results)]
    assert kept == [["Halvard"], [], ["CSR"], ["CSR Ltd"]]


def test_a_pairs_combining_form_is_no_body(nlp) -> None:
    text = (
        "The paper said the firm most likely to woo Halvard was Anglo-Dutch household products group "
        "Reckitt Benckiser."
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Reckitt Benckiser") == "Organization"
    assert "Anglo" not in names


def test_a_debut_names_a_title(nlp) -> None:
    text = (
        "British actress Maria Halvard is making her debut in Tolkaan - the Warrior King, a Bollywood film."
    )
    assert names_of(extract_one(text, nlp)).get("Tolkaan") == "Work"
    assert names_of(extract_one("He made his debut in Vienna on Saturday.", nlp)).get("Vienna") == "Place"


def test_a_firms_initials_are_no_product_another_article_announced() -> None:
    results = [
        _result(
            "a", "A new system, called IBM DOS, is out, Unisys said.", "Unisys", "Organization", ("ibm",)
        ),
        _result("b", "IBM said its profits rose.", "IBM", "Organization"),
        _result(
            "c",
            "International Business Machines Corp said so.",
            "International Business Machines Corp",
            "Organization",
        ),
        _result("d", "Unisys's new Super 90 computers are late.", "Unisys", "Organization", ("super",)),
        _result("e", "Super Valu Stores Inc said so.", "Super Valu Stores Inc", "Organization"),
        _result("f", "Super said so.", "Super", "Organization"),
    ]
    kept = [[e.name for e in r.entities] for r in drop_products(results)]
    assert kept == [
        ["Unisys"],
        ["IBM"],
        ["International Business Machines Corp"],
        ["Unisys"],
        ["Super Valu Stores Inc"],
        [],
    ]
