"""A given name alone takes the surname of the person whose family noun names it
(``kg.resolve.name_by_family``): "Raul Concepcion, whose brother Jose" is Jose Concepcion."""

from __future__ import annotations

import pytest

from kg.records import DocResult, Document, Entity, Mention
from kg.resolve import name_by_family


def named(text: str, owner: str, given: str, *, pronoun: str | None = None) -> list[str]:
    """The names of a document's two people, the ``owner`` (first written where the text first
    writes it) and the given name alone (where the text last writes it), after the rule."""
    at = text.index(owner)
    mentions = [Mention(at, at + len(owner), owner)]
    if pronoun is not None:
        p = text.index(f" {pronoun}") + 1
        mentions.append(Mention(p, p + len(pronoun), pronoun, "pronoun"))
    first = Entity("e0", owner, "Person", tuple(mentions))
    g = text.rindex(given)
    lone = Entity("e1", given, "Person", (Mention(g, g + len(given), given),))
    (r,) = name_by_family([DocResult(Document(id="a", text=text), (first, lone))])
    return [e.name for e in r.entities]


@pytest.mark.parametrize(
    ("text", "owner", "given", "full"),
    [
        ("Businessman Raul Concepcion, whose brother Jose is a minister, was pleased.", "Raul Concepcion",
         "Jose", "Jose Concepcion"),
        ("When the idea was floated, Mr Eavis' daughter Emily said it was a big step.", "Eavis", "Emily",
         "Emily Eavis"),
        ("The film follows a book by Ian Curtis's widow Deborah about the singer.", "Ian Curtis", "Deborah",
         "Deborah Curtis"),
        ("Tom Morley’s sons Peter and Paul ran the farm.", "Tom Morley", "Peter", "Peter Morley"),
        ("Martin Luther King Jr's son Dexter spoke at the rally.", "Martin Luther King Jr", "Dexter",
         "Dexter King"),
    ],
)  # fmt: skip
def test_a_relative_s_given_name_takes_the_family_s_surname(
    text: str, owner: str, given: str, full: str
) -> None:
    assert named(text, owner, given) == [owner, full]


@pytest.mark.parametrize(
    ("text", "owner", "given"),
    [
        ("Mr Howard, whose stepson Sholto was there, spoke.", "Howard", "Sholto"),  # a stepchild
        ("Mr Howard, whose brother-in-law Sholto was there, spoke.", "Howard", "Sholto"),  # an in-law
        ("Mr Howard, whose partner Sandra was there, spoke.", "Howard", "Sandra"),  # a partner
        ("Mr Howard, whose nephew Peter was there, spoke.", "Howard", "Peter"),  # a nephew
        ("Serena Williams said she and sister Venus were fit.", "Serena Williams", "Venus"),  # no owner
        ("Sarah's son Peter was there.", "Sarah", "Peter"),  # the owner's given name alone
        ("Raul Concepcion, whose brother Zorvek is a minister, spoke.", "Raul Concepcion", "Zorvek"),
        ("Raul Concepcion met Jose, a minister.", "Raul Concepcion", "Jose"),  # no family noun
    ],
)
def test_no_surname_without_a_family_that_shares_it(text: str, owner: str, given: str) -> None:
    assert named(text, owner, given)[1] == given


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("David Morley is close to Reagan and his wife Nancy.", "his"),
        ("David Morley came in. It was he, whose wife Nancy is ill, who spoke.", "he"),
    ],
)
def test_a_pronoun_names_no_family(text: str, pronoun: str) -> None:
    """Whose "his" is, is the pronoun resolver's guess: "a confidant of Reagan and his wife Nancy"."""
    assert named(text, "David Morley", "Nancy", pronoun=pronoun)[1] == "Nancy"


def test_only_a_person_takes_a_surname() -> None:
    text = "Raul Concepcion, whose daughter Holly runs the firm, spoke."
    raul = Entity("e0", "Raul Concepcion", "Person", (Mention(0, 15, "Raul Concepcion"),))
    holly = Entity("e1", "Holly", "Organization", (Mention(32, 37, "Holly"),))
    (r,) = name_by_family([DocResult(Document(id="a", text=text), (raul, holly))])
    assert [e.name for e in r.entities] == ["Raul Concepcion", "Holly"]


def test_the_merge_is_explained_and_the_mentions_kept() -> None:
    text = "Raul Concepcion, whose brother Jose is a minister, spoke; he was pleased."
    raul = Entity("e0", "Raul Concepcion", "Person", (Mention(0, 15, "Raul Concepcion"),))
    he = text.index(" he ") + 1
    jose = Entity("e1", "Jose", "Person", (Mention(31, 35, "Jose"), Mention(he, he + 2, "he", "pronoun")))
    (r,) = name_by_family([DocResult(Document(id="a", text=text), (raul, jose))])
    full = r.entities[1]
    assert full.name == "Jose Concepcion"
    assert full.mentions == jose.mentions
    assert full.merges == (("Jose", "family-name"),)
