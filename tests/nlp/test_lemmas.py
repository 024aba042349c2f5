"""The lemmatizer with looked-up word lists gives the lemmas spaCy's gives, and keeps its lists."""

from __future__ import annotations

import pickle

import pytest
import spacy
import srsly

from kg.nlp import lemmas
from kg.nlp.lemmas import Remembered, WordList, speed_up
from kg.settings import best_model

#: Words the suffix rules reach (plurals, tenses, comparatives), words the exceptions list
#: ("mice", "went", "better"), words in no list ("Rutte", "reshored"), and news as kg reads it.
SENTENCES = [
    "The children were running while the mice hid; the geese flew better than the oxen did.",
    "Companies reshored factories, and NATO's leaders went to Kyiv, where Rutte spoke of crises.",
    "Shares fell 3.2 pct as analysts' forecasts worsened and the bank's losses widened sharply.",
    "She had been studying the agreements, which were signed by the ministries' negotiators.",
]


@pytest.fixture(scope="module")
def pipelines():
    plain, fast = spacy.load(best_model()), spacy.load(best_model())
    assert speed_up(fast)
    return plain, fast


def test_every_word_list_is_swapped_for_the_same_words_in_the_same_order(pipelines):
    plain, fast = pipelines
    before = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    after = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(after) == set(before) and len(after) >= 4
    for key, words in after.items():
        assert isinstance(words, WordList)
        assert list(words) == list(before[key])


@pytest.mark.parametrize("text", SENTENCES, ids=[t[:24] for t in SENTENCES])
def test_the_same_lemmas_as_spacy_s_lemmatizer(pipelines, text: str):
    plain, fast = pipelines
    expected = [(t.text, t.lemma_) for t in plain(text)]
    assert [(t.text, t.lemma_) for t in fast(text)] == expected
    assert ("mice", "mouse") in expected or "mice" not in text  # the exceptions are reached


def test_a_word_list_packs_and_pickles_as_its_list():
    words = WordList(["child", "mouse", "goose"])
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"noun": words})) == {"noun": ["child", "mouse", "goose"]}
    again = pickle.loads(pickle.dumps(words))
    assert again == words and "goose" in again and "geese" not in again


def test_the_lemmatizer_still_saves_and_loads(pipelines):
    _, fast = pipelines
    lemmatizer = fast.get_pipe("lemmatizer")
    copy = spacy.load(best_model()).get_pipe("lemmatizer")
    copy.from_bytes(lemmatizer.to_bytes())
    assert list(copy.lookups.get_table("lemma_index").items()) == list(
        lemmatizer.lookups.get_table("lemma_index").items()
    )


def test_answers_are_remembered_also_those_spacy_s_lemmatizer_forgets(pipelines):
    _, fast = pipelines
    remembered = fast.get_pipe("lemmatizer").lemmatize
    assert isinstance(remembered, Remembered)
    doc = fast("The ministers met Rutte; the minister met him again.")
    assert doc[1].lemma_ == "minister" and doc[6].lemma_ == "minister"
    # "minister" (a singular noun) and "Rutte" (a name) need no rule: spaCy works them out again each time
    kept = {fast.vocab.strings[orth] for orth, _, _ in remembered.found}
    assert {"ministers", "minister", "Rutte"} <= kept


def test_remembered_answers_start_again_when_there_are_too_many(pipelines, monkeypatch):
    _, fast = pipelines
    monkeypatch.setattr(lemmas, "REMEMBERED", 3)
    remembered = Remembered(fast.get_pipe("lemmatizer"))
    doc = fast("Ministers of five countries met leaders of the banks.")
    assert [remembered(t)[0] for t in doc] == [t.lemma_ for t in doc]
    assert 0 < len(remembered.found) <= 3


def test_the_pipeline_pickles_with_its_remembered_lemmatizer(pipelines):
    _, fast = pipelines
    again = pickle.loads(pickle.dumps(fast.get_pipe("lemmatizer")))
    assert isinstance(again.lemmatize, Remembered) and again.lemmatize.lemmatizer is again


def test_a_pipeline_without_a_rule_lemmatizer_is_left_alone():
    assert not speed_up(spacy.blank("en"))
    lookup = spacy.blank("en")
    lookup.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not speed_up(lookup)


def test_kg_s_pipeline_loads_with_looked_up_word_lists_and_remembered_answers(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(words, WordList) for words in table.values())
    assert isinstance(lemmatizer.lemmatize, Remembered)
