"""People's names that open with a word of the language are no actors
(``kg.resolve.drop_worded_names``): titles, bands and fragments the recognizer reads as people.
Names that open with a given name, a title or a surname's particle stay, and so do the names a
sentence, a relation, the corpus or the user says are people's; a word glued before a person's
name comes off."""

from __future__ import annotations

import pytest

from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
from kg.resolve import drop_worded_names

#: An article that writes the words these names open with in small letters, three times each: the
#: corpus's evidence that they are words of the language.
WORDS = (
    "We saw pop records, pop videos and pop radio; an evil plan, an evil deed and an evil man; a "
    "wooden door, a wooden box and a wooden floor; injured men, the injured and injured players; "
    "he will, we will and they will; a model car, a model plane and a model ship; mini cabs, mini "
    "buses and mini skirts; vote now, vote early and the vote; a boy, the boy and his boy; dal "
    "soup, a dal dish and dal rice; a park, the park and car park; the captain, a captain and our "
    "captain; a sister, his sister and her sister; a man, a woman and a child."
)


def result(
    doc_id: str,
    text: str,
    name: str,
    *,
    rule: str = "ner",
    others: tuple[Entity, ...] = (),
    relations: tuple[Relation, ...] = (),
) -> DocResult:
    """A document whose entity ``e0`` is the person ``name``, named where the text first writes it."""
    start = text.index(name)
    e = Entity("e0", name, "Person", (Mention(start, start + len(name), name, rule),))
    return DocResult(Document(id=doc_id, text=text), (e, *others), relations)


def words() -> DocResult:
    return DocResult(Document(id="words", text=WORDS))


def kept(*results: DocResult, **options: object) -> list[str]:
    return [e.name for r in drop_worded_names([*results, words()], **options) for e in r.entities]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The show Pop Idol returns with a new panel in the spring.", "Pop Idol"),
        ("Their second album opens with Evil Twin, a slow ballad.", "Evil Twin"),
        ("Elvis's Wooden Heart entered the chart at number two.", "Wooden Heart"),
        ("Fans queued at Mini Cooper dealers across the country.", "Mini Cooper"),
        # one word after the first: the article names its person in full elsewhere, if at all
        ("Vote Blair, the posters said, as Tony Blair toured the north.", "Vote Blair"),
    ],
)
def test_a_person_s_name_that_opens_with_a_word_of_the_language_is_left_out(text: str, name: str) -> None:
    assert kept(result("a", text, name)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will Tennant scored twice in the second half.", "Will Tennant"),  # a census given name
        ("Dal Ferrano scored twice in the second half.", "Dal Ferrano"),  # a surname's particle
        ("Captain Grubstone led the side out.", "Captain Grubstone"),  # a title
        ("Sister Agnella ran the school for years.", "Sister Agnella"),  # a kin's noun
        ("Park Ji-hoon scored twice in the second half.", "Park Ji-hoon"),  # a census surname first
        ("A Tallis scored twice in the second half.", "A Tallis"),  # an initial
        ("POP IDOL RETURNS TO SCREENS", "POP IDOL"),  # capitals: a headline's, no word's sign
        ("Boy Quillan said the tour would go on.", "Boy Quillan"),  # a verb of saying after it
        ("He cheered for his stepson Boy Quillan at the final.", "Boy Quillan"),  # kin before it
        ("The Pop Idol singer left.", "Pop"),  # one word: kg.resolve.drop_words decides
    ],
)
def test_a_name_that_opens_like_a_person_s_or_is_said_to_be_one_stays(text: str, name: str) -> None:
    assert kept(result("a", text, name)) == [name]


def test_only_people_s_names_can_go() -> None:
    text = "The show Pop Idol returns with a new panel in the spring."
    show = Entity("e0", "Pop Idol", "Work", (Mention(9, 17, "Pop Idol"),))
    assert kept(DocResult(Document(id="a", text=text), (show,))) == ["Pop Idol"]


def test_a_name_the_corpus_writes_with_a_capital_stays() -> None:
    text = "Zarnok Fields said so. We met Zarnok Fields, and Zarnok Fields left. Then Zarnok Fields sang."
    assert kept(result("a", text, "Zarnok Fields")) == ["Zarnok Fields"]


def test_a_word_that_opens_two_people_s_names_is_a_given_name() -> None:
    first = result("a", "Books by Boy Tallis sold well.", "Boy Tallis")
    second = result("b", "Critics praised Boy Vennick last week.", "Boy Vennick")
    assert kept(first, second) == ["Boy Tallis", "Boy Vennick"]
    assert kept(first) == []


def test_a_name_a_pronoun_refers_to_stays() -> None:
    text = "Pop Idol came in. He sat down."
    e = Entity("e0", "Pop Idol", "Person", (Mention(0, 8, "Pop Idol"), Mention(18, 20, "He", "pronoun")))
    assert kept(DocResult(Document(id="a", text=text), (e,))) == ["Pop Idol"]
    voted = Entity("e0", "Pop Idol", "Person", (Mention(0, 8, "Pop Idol", "type-vote"),))
    assert kept(DocResult(Document(id="a", text=text), (voted,))) == []


@pytest.mark.parametrize(("confidence", "stays"), [(0.8, True), (0.5, False)])
def test_a_relation_the_graph_keeps_keeps_its_actor(confidence: float, stays: bool) -> None:
    text = "Pop Idol works for Acme Corp now."
    acme = Entity("e1", "Acme Corp", "Organization", (Mention(19, 28, "Acme Corp"),))
    works = Relation(
        "e0", "worksFor", "e1", Evidence(doc="a", start=0, end=30, text=""), confidence=confidence, rule="x"
    )
    r = result("a", text, "Pop Idol", others=(acme,), relations=(works,))
    assert ("Pop Idol" in kept(r, min_confidence=0.6)) is stays


def test_the_user_s_alias_file_keeps_a_name() -> None:
    r = result("a", "The show Pop Idol returns.", "Pop Idol")
    assert kept(r, known={"pop idol"}) == ["Pop Idol"]


@pytest.mark.parametrize(
    ("text", "name", "person", "others"),
    [
        # the article names the person without the word
        ("Injured Rio Ferdanto was left out. Ferdanto is out.", "Injured Rio Ferdanto", "Rio Ferdanto", ()),
        # the rest opens with a census given name
        ("Model Sophie Anderly joined the cast.", "Model Sophie Anderly", "Sophie Anderly", ()),
    ],
)
def test_a_word_glued_before_a_person_s_name_comes_off(
    text: str, name: str, person: str, others: tuple[Entity, ...]
) -> None:
    start = text.index(name)
    mentions = [Mention(start, start + len(name), name)]
    surname = person.split()[-1]
    if text.count(surname) > 1:
        at = text.rindex(surname)
        mentions.append(Mention(at, at + len(surname), surname, "alias"))
    e = Entity("e0", name, "Person", tuple(mentions))
    (r, _) = drop_worded_names([DocResult(Document(id="a", text=text), (e, *others)), words()])
    (cut,) = r.entities
    assert cut.name == person
    assert [text[m.start : m.end] for m in cut.mentions] == [m.text for m in cut.mentions]
    assert cut.mentions[0].text == person
    assert [m.text for m in cut.mentions[1:]] == [m.text for m in mentions[1:]]  # "Ferdanto" as it was


def test_a_person_the_corpus_names_is_what_a_glued_word_hides() -> None:
    glued = result("a", "Injured Joss Tarrow and Sol Camber were left out.", "Injured Joss Tarrow")
    text = "Joss Tarrow scored."
    named = DocResult(
        Document(id="b", text=text),
        (Entity("e0", "Joss Tarrow", "Person", (Mention(0, 11, "Joss Tarrow"),)),),
    )
    assert kept(glued, named) == ["Joss Tarrow", "Joss Tarrow"]
    assert kept(glued) == []  # nothing says the rest is a person: the whole name goes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Box office hits such as Calendar Girls did well.", "Calendar Girls"),
        ("He was nominated for Raging Bull in 1981.", "Raging Bull"),
        ("Users of Yahoo Messenger can now call phones.", "Yahoo Messenger"),
    ],
)
def test_a_person_s_name_of_words_of_the_language_only_is_left_out(text: str, name: str) -> None:
    # the corpus never writes these words in small letters: the word list says they are words
    assert kept(result("a", text, name)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raging Jones scored twice in the second half.", "Raging Jones"),  # a census surname after it
        ("Calendar Zorbek scored twice in the second half.", "Calendar Zorbek"),  # no word of the list
        ("Former press spokesman Garden Arbiter said so.", "Garden Arbiter"),  # a title and a verb of saying
    ],
)
def test_a_name_with_a_word_that_is_no_word_of_the_language_or_said_to_be_someone_stays(
    text: str, name: str
) -> None:
    assert kept(result("a", text, name)) == [name]
