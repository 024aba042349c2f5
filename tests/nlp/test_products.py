"""Which names a product's noun announces, and which of them surely enough for the corpus's other
articles (``kg.nlp.products.product_names``, rule ``kg.product.v1``)."""

from __future__ import annotations

import pytest

from kg.nlp.products import product_names


def spans(doc, *names: str, occurrence: int = 0, label: str = "ORG"):  # type: ignore[no-untyped-def]
    """The spans of ``doc`` that write each of ``names``: its ``occurrence``-th place (-1: the
    last), read as ``label``."""
    found = []
    for name in names:
        starts = [i for i in range(len(doc.text)) if doc.text.startswith(name, i)]
        at = starts[occurrence]
        found.append(doc.char_span(at, at + len(name), label=label))
    return found


def test_the_noun_announces_a_name_the_recognizer_reads_only_later(nlp) -> None:
    doc = nlp("Shares in the maker of the heart drug Zentrix fell. Regulators said Zentrix would be checked.")
    # the recognizer's name is the second "Zentrix" alone; the first, after "drug", announces it
    assert product_names(doc, spans(doc, "Zentrix", occurrence=-1)) == {"zentrix": True}


def test_a_name_inside_a_longer_one_is_not_announced_with_it(nlp) -> None:
    doc = nlp("Callers use Drelco's internet phone software, known as Drelco Dialler. Drelco said it grew.")
    found = product_names(doc, spans(doc, "Drelco Dialler", "Drelco", occurrence=-1))
    assert found == {"drelco dialler": True}
    # ... where the recognizer read the longer name or not
    assert product_names(doc, spans(doc, "Drelco", occurrence=-1)) == {}


def test_the_recognizer_s_own_name_is_announced_before_a_model_s_capitals(nlp) -> None:
    # the recognizer reads "Vireo" alone; its maker owns it before the noun, over "G4"
    doc = nlp("Drelco's Vireo G4 computer sold well.")
    assert product_names(doc, spans(doc, "Vireo")) == {"vireo": True}


@pytest.mark.parametrize(
    ("text", "name", "sure"),
    [
        ("Users fled to the browser Quillfox last year.", "Quillfox", True),
        ("Kids play a game called Worldopoly on the site.", "Worldopoly", True),
        ("The handset works with Nokia's new Vireo Radio technology.", "Vireo Radio", True),
        # "its" owns the name where the noun's words follow it
        ("Drelco Inc said it sold 40 of its Quillfox parallel processors to universities.", "Quillfox", True),
        ("Drelco cut the price of its Vireo consoles in Europe.", "Vireo", True),
        # set off by a comma after the noun, the name may be a firm's
        ("Makers of rival devices, Realto, Sony and others, are catching up.", "Realto", False),
        # an owner's list of its brands names products, but a brand is often a firm's or a person's name
        ("Its brands include Newcastle Brown Ale, Jim Drelco's and Strongbow.", "Newcastle Brown Ale", False),
    ],
)
def test_how_surely_a_noun_announces_a_name(nlp, text: str, name: str, sure: bool) -> None:
    doc = nlp(text)
    assert product_names(doc, spans(doc, name)) == {name.lower(): sure}


def test_only_a_name_is_announced_surely(nlp) -> None:
    # set off by a comma, neither a date nor a name is sure
    doc = nlp("Buyers wanted the device, last December, and the device, Vireo Duo, sold out.")
    found = product_names(doc, [*spans(doc, "last December", label="DATE"), *spans(doc, "Vireo Duo")])
    assert found == {"last december": False, "vireo duo": False}
    # right after the noun a name is sure (test_how_surely_a_noun_announces_a_name); a date's words never are
    doc = nlp("Buyers wanted the gadget Vireo Duo in May.")
    assert product_names(doc, spans(doc, "Vireo Duo")) == {"vireo duo": True}
    assert product_names(doc, spans(doc, "Vireo Duo", label="DATE")) == {"vireo duo": False}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # any adjective after the owner is not a product's: a player's team
        ("Coach Ellis fretted over Brook's fellow Neath-Swansea Ospreys player.", "Neath-Swansea Ospreys"),
        # "probe" is a headline's verb as often as a spacecraft
        ("Police probe BNP mosque poster\n\nOfficers are looking into it.", "BNP"),
        # after "its", a name that goes on in capitals may start with its maker's
    ],
)
def test_what_no_noun_announces(nlp, text: str, name: str) -> None:
    doc = nlp(text)
    assert product_names(doc, spans(doc, name)) == {}


def test_its_name_that_goes_on_in_capitals_may_be_the_makers(nlp) -> None:
    # the recognizer reads the maker's name alone, inside the product's: no product
    doc = nlp("Drelco Corp said its Drelco Vireo Publisher desktop software sold well.")
    assert product_names(doc, spans(doc, "Drelco", occurrence=1)) == {}
    # ... or with a possessive: a slip of the writer's
    doc = nlp("The company intends its Drelco's Vireo Edition software to reach homes.")
    assert product_names(doc, spans(doc, "Drelco")) == {}


def test_a_small_towns_name_is_a_product_in_its_article_only(nlp) -> None:
    # a town of 15,000 in Hong Kong shares the processor's name: no actor here, but the corpus's
    # other articles may mean the town
    doc = nlp("BBN said it sold 700,000 dlrs of its Butterfly parallel processors to Indiana University.")
    assert product_names(doc, spans(doc, "Butterfly")) == {"butterfly": False}
    # a country or a big city never is
    for town in ("Japan", "Tokyo"):
        doc = nlp(f"Drelco said its {town} parallel processors sold well.")
        assert product_names(doc, spans(doc, town, label="GPE")) == {}


def test_the_products_of_a_documents_pieces_and_of_its_record_are_kept() -> None:
    from kg.nlp.pieces import join
    from kg.records import DocResult, Document

    value = join([(0, {"entities": [], "relations": [], "products": ["qrio"]}),
                  (900, {"entities": [], "relations": [], "products": ["asimo", "qrio"]})])  # fmt: skip
    assert value["products"] == ["asimo", "qrio"]
    record = DocResult.from_value(Document(id="a", text="..."), value)
    assert record.products == ("asimo", "qrio")
    assert record.to_json()["products"] == ["asimo", "qrio"]
    assert "products" not in DocResult(Document(id="b", text="...")).to_json()
