"""Lone words the recognizer alone calls a person, named once in a corpus with nothing around
them to say whose name they are, are no actors (``kg.resolve.drop_named_once``); the names a
sentence, a list, a relation, the corpus or the user says are people's stay."""

from __future__ import annotations

import pytest

from kg.nlp.squads import on_name_line
from kg.records import DocResult, Document, Entity, Evidence, Mention, Relation
from kg.resolve import drop_named_once


def result(
    doc_id: str,
    text: str,
    name: str,
    *,
    kind: str = "Person",
    rule: str = "ner",
    others: tuple[Entity, ...] = (),
    relations: tuple[Relation, ...] = (),
) -> DocResult:
    """A document whose entity ``e0`` is ``name``, named once where the text first writes it."""
    start = text.index(name)
    e = Entity("e0", name, kind, (Mention(start, start + len(name), name, rule),))
    return DocResult(Document(id=doc_id, text=text), (e, *others), relations)


def kept(*results: DocResult, **floors: float) -> list[str]:
    return [e.name for r in drop_named_once(list(results), **floors) for e in r.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Up for the prize are Snorkelbud, Fishwire and Quillpad, three blogs.", "Fishwire"),
        ("The recall covers the Trundler, Grazemaster and Ploughstar pick-ups.", "Grazemaster"),
        ("It ruled for Zapster and StreamWay, two file-sharing networks.", "Zapster"),
        ("New entry Glimmerwood went in at number three.", "Glimmerwood"),
        ("She sang Vorpalina for the band in 1999.", "Vorpalina"),
        # a name and its comma before it are no kin's noun ("Jackson," ends like "son")
        ("Michael Jackson, Zorvanek, Diana Ross and Phil Collins are due.", "Zorvanek"),
    ],
)
def test_a_lone_name_no_one_is_said_to_be_is_left_out(text: str, name: str) -> None:
    assert kept(result("a", text, name)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms Quandrel said the plan was sound.", "Quandrel"),  # a title before it
        ("Information Minister Harmodo spoke after the cabinet met.", "Harmodo"),  # an office
        ("He was joined by his wife Zerlinde and stepson Tolvane.", "Tolvane"),  # a kin, "step-" too
        ("He wrote for artists such as Brodax and for artists Vellum.", "Vellum"),  # a trade, plural
        ("Club boss Gramwell praised the side.", "Gramwell"),  # an office ending in "s"
        ("The contracts will help, Japsworth said on Tuesday.", "Japsworth"),  # a verb of saying after
        ('"We prepare patterns first," said Kudrowa.', "Kudrowa"),  # and before
        ("Subs not used: Hislov, Quashek, Cissard.", "Quashek"),  # a list of names after a label
        ("Wyatt, Marlow, Kenward, Tobbin, Pelham (Foyle 78), Groat.", "Tobbin"),  # a line-up
        ("A Hislov (Belgrave Harriers), C Lampett (Notts AC), D Quashek (Exeter).", "Lampett"),
    ],
)
def test_a_name_its_sentence_says_is_someone_s_stays(text: str, name: str) -> None:
    assert kept(result("a", text, name)) == [name]


def test_a_verb_of_saying_before_a_full_stop_says_nothing_of_the_next_sentence() -> None:
    text = "A spokesman said.   Vorpalina's exit followed the news."
    assert kept(result("a", text, "Vorpalina")) == []


@pytest.mark.parametrize(
    ("text", "name", "kind", "rule"),
    [
        ("It backed Smith on Monday.", "Smith", "Person", "ner"),  # a census surname
        ("It backed Jennifer on Monday.", "Jennifer", "Person", "ner"),  # a census given name
        ("It backed Grokwell on Monday.", "Grokwell", "Organization", "ner"),  # only people's names
        ("It backed Grokwell on Monday.", "Grokwell", "Person", "phrase"),  # words around it typed it
        ("It backed Mr Grokwell on Monday.", "Mr Grokwell", "Person", "ner"),  # two words
    ],
)
def test_only_lone_one_word_people_the_recognizer_alone_reads_can_go(
    text: str, name: str, kind: str, rule: str
) -> None:
    assert kept(result("a", text, name, kind=kind, rule=rule)) == [name]


def bare(text: str, name: str, *rules: str) -> DocResult:
    """A document whose one entity ``name`` is every place ``text`` writes it, by ``rules`` in turn
    (the recognizer's, "ner", where none is given)."""
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    rules += ("ner",) * (len(starts) - len(rules))
    mentions = tuple(Mention(at, at + len(name), name, rule) for at, rule in zip(starts, rules, strict=False))
    return DocResult(Document(id="a", text=text), (Entity("e0", name, "Person", mentions),))


def test_a_name_named_up_to_three_times_with_nothing_around_it_is_left_out() -> None:
    assert kept(bare("Grokwell came. Grokwell left.", "Grokwell")) == []
    assert kept(bare("Grokwell came. Grokwell left. Grokwell won.", "Grokwell")) == []
    # four bare mentions are more than the rule leaves out
    four = bare("Grokwell came. Grokwell left. Grokwell won. Grokwell lost.", "Grokwell")
    assert kept(four) == ["Grokwell"]


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Grokwell came. Grokwell left. Grokwell said so.", ()),  # a verb of saying after the last one
        ("Grokwell came. Coach Grokwell left.", ()),  # a title before the second
        ("Grokwell came. Grokwell left.", ("ner", "type-vote")),  # words around the second typed it
        ("Subs not used: Hislov, Grokwell. Grokwell left.", ()),  # the first is on a team sheet
    ],
)
def test_a_name_one_of_whose_mentions_says_it_is_someone_s_stays(text: str, rules: tuple[str, ...]) -> None:
    assert kept(bare(text, "Grokwell", *rules)) == ["Grokwell"]


def test_a_name_referred_back_to_stays() -> None:
    text = "Grokwell came. He left."
    pronoun = Entity(
        "e0", "Grokwell", "Person", (Mention(0, 8, "Grokwell"), Mention(15, 17, "He", "pronoun"))
    )
    assert kept(DocResult(Document(id="a", text=text), (pronoun,))) == ["Grokwell"]


def test_a_name_the_corpus_names_elsewhere_stays() -> None:
    lone = result("a", "Fans cheered Letwood at the rally.", "Letwood")
    text = "Oliver Letwood spoke."
    full = DocResult(
        Document(id="b", text=text), (Entity("e0", "Oliver Letwood", "Person", (Mention(0, 14, text[:14]),)),)
    )
    again = result("c", "Critics booed Letwood at the rally.", "Letwood")
    assert kept(lone, full) == ["Letwood", "Oliver Letwood"]
    assert kept(lone, again) == ["Letwood", "Letwood"]  # "Eminem" in two articles
    assert kept(lone) == []


def _relation(confidence: float, rule: str) -> Relation:
    return Relation(
        "e0", "worksFor", "e1", Evidence(doc="a", start=0, end=30, text=""), confidence=confidence, rule=rule
    )


@pytest.mark.parametrize(
    ("confidence", "rule", "stays"),
    [
        (0.8, "kg.title.v1", True),
        (0.5, "kg.title.v1", False),  # below the graph's floor: no edge would hold the actor
        (0.7, "kg.classifier.v1", False),  # the classifier's guesses have a higher floor
        (0.8, "kg.classifier.v1", True),
    ],
)
def test_a_relation_the_graph_keeps_keeps_its_actor(confidence: float, rule: str, stays: bool) -> None:
    text = "Zorvanek works for Acme Corp now."
    acme = Entity("e1", "Acme Corp", "Organization", (Mention(19, 28, "Acme Corp"),))
    r = result("a", text, "Zorvanek", others=(acme,), relations=(_relation(confidence, rule),))
    names = kept(r, min_confidence=0.6, classifier_min_confidence=0.75)
    assert ("Zorvanek" in names) is stays


def test_the_speaker_of_a_relation_stays() -> None:
    text = "According to Zorvanek, Acme Corp hired Bob Smith."
    acme = Entity("e1", "Acme Corp", "Organization", (Mention(23, 32, "Acme Corp"),))
    said = Relation(
        "e2", "worksFor", "e1", Evidence(doc="a", start=0, end=39, text="", speaker="e0"), confidence=0.9
    )
    assert "Zorvanek" in kept(result("a", text, "Zorvanek", others=(acme,), relations=(said,)))


def test_a_name_of_the_user_s_alias_file_stays() -> None:
    r = result("a", "Fans cheered Zorvanek.", "Zorvanek")
    assert [e.name for e in drop_named_once([r], known={"zorvanek"})[0].entities] == ["Zorvanek"]


@pytest.mark.parametrize(
    ("text", "word", "listed"),
    [
        ("Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Page (Cardiff).", "Jones", True),
        ("Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson (capt).", "Erinle", True),
        ("He scored. Subs Not Used: Jaidi, Poole. Booked: Hierro.", "Jaidi", True),
        ("Her time of 4:19.11 was slow, but Ovens, Cole and Ward ran on.", "Ovens", False),
        ("Past winners include Abba, Celine Dion, Bucks Fizz, Lulu and Julio Iglesias.", "Lulu", False),
        ("Its customers include Boots, Burberry, Mothercare and Procter & Gamble.", "Burberry", False),
        ("Jaidi, Poole.", "Poole", False),  # two names, no label
        ("Greenfair, Londonist, Hicksdesign, Plasticbag and the Tube Blog are nominees.", "Londonist", False),
        ("He said it was great, really great, and then left. Hislov, Quashek, Cissard, Dowd.", "Dowd", True),
    ],
)
def test_a_sentence_of_names_alone_is_a_list_of_players(text: str, word: str, listed: bool) -> None:
    assert on_name_line(text, text.index(word)) is listed
