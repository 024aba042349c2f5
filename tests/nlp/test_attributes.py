"""The attribute rules found by lookup give the matches, and so the annotation, spaCy's gives."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.attributes import index, speed_up
from kg.settings import best_model

#: Sentences that reach the base model's special rules: contractions ("ain't", "y'all",
#: "nothin'"), "it" and "you" as objects, auxiliaries, "there" as a subject, determiners,
#: runs of spaces, and news as kg reads it.
SENTENCES = [
    "Y'all ain't seen nothin' yet, he told them, and it isn't over.",
    "I'd have done it if you'd asked me; they gave it to you because it was there.",
    "There are   two reasons why that is so, and there's more: the bank has had losses.",
    "NATO Secretary General Mark Rutte said on Thursday that the alliance would not waver.",
    "Shr 56 cts vs 48 cts\nNet 11.2 mln vs 9.8 mln\nRevs 113.7 mln vs 101.1 mln",
    "Which plan does she back? Neither; whichever wins, those who lose won't say.",
]


@pytest.fixture(scope="module")
def base():
    return spacy.load(best_model())


def test_the_base_model_s_rules_can_all_be_looked_up(base):
    assert index(base.get_pipe("attribute_ruler")) is not None


@pytest.mark.parametrize("text", SENTENCES, ids=[t[:24] for t in SENTENCES])
def test_the_same_matches_as_spacy_s_matcher(base, text: str):
    ruler = base.get_pipe("attribute_ruler")
    match = index(ruler)
    assert match is not None
    with base.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = base(text)
    expected = ruler.match(doc)
    assert expected  # the sentence reaches the rules at all
    assert match(doc) == expected


def test_the_same_annotation_through_the_pipeline(base):
    fast = spacy.load(best_model())
    assert speed_up(fast)
    text = "\n\n".join(SENTENCES)
    columns = ["TAG", "POS", "MORPH", "LEMMA", "DEP"]
    assert (fast(text).to_array(columns) == base(text).to_array(columns)).all()


def test_rules_it_cannot_look_up_keep_spacy_s_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"POS": "NOUN"})  # no attribute it files
    assert index(ruler) is None
    assert not speed_up(nlp)
    other = spacy.blank("en")
    ruler = other.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new", "OP": "+"}]], {"POS": "ADJ"})  # an operator
    assert index(ruler) is None
    assert not speed_up(spacy.blank("en"))  # no ruler at all


def test_a_rule_of_a_set_or_a_pattern_matches_where_spacy_s_does():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["new", "old"]}}, {"IS_TITLE": True}]], {"POS": "PROPN"})
    assert index(ruler) is None  # IS_TITLE is no attribute it files
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["new", "old"]}}, {"LOWER": {"REGEX": "^ya"}}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"ORTH": {"NOT_IN": ["York"]}}]], {"POS": "X"})
    ruler.add([[{"LOWER": {"REGEX": "rn$"}}]], {"POS": "NOUN"})
    doc = nlp.make_doc("new York and old yarn, new yarn")
    match = index(ruler)
    assert match is not None
    assert match(doc) == ruler.match(doc)
    assert {(start, end) for rule, _, start, end in match(doc) if rule == 0} == {(3, 5), (6, 8)}
    assert {start for rule, _, start, _ in match(doc) if rule == 2} == {4, 7}
