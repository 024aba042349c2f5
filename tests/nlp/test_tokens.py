"""kg.nlp.tokens: a Doc's tokens and text made once and reused, never stale."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.nlp.tokens import KEPT, text, tokens


def test_the_tokens_of_a_doc_are_made_once_and_read_as_the_doc_reads() -> None:
    doc = spacy.blank("en")("Mark Rutte visited Kyiv on Tuesday.")
    kept = tokens(doc)
    assert kept is tokens(doc)
    assert [t.text for t in kept] == [t.text for t in doc]
    assert [t.i for t in kept] == list(range(len(doc)))
    assert text(doc) == doc.text == "Mark Rutte visited Kyiv on Tuesday."


def test_a_kept_token_reads_annotation_set_after_it_was_kept() -> None:
    doc = spacy.blank("en")("Mark Rutte visited Kyiv.")
    kept = tokens(doc)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="GPE")]
    kept[0].is_sent_start = True
    assert [t.ent_type_ for t in kept] == ["PERSON", "PERSON", "", "GPE", ""]
    assert doc[0].is_sent_start


def test_a_retokenized_doc_has_its_tokens_made_again() -> None:
    doc = spacy.blank("en")("Mark Rutte visited Kyiv.")
    before = tokens(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    after = tokens(doc)
    assert after is not before
    assert [t.text for t in after] == ["Mark Rutte", "visited", "Kyiv", "."]
    assert text(doc) == "Mark Rutte visited Kyiv."


def test_more_docs_than_are_kept_each_get_their_own_tokens() -> None:
    nlp = spacy.blank("en")
    docs = [nlp(f"Article {n} names Kyiv.") for n in range(KEPT * 2 + 1)]
    for _ in range(2):
        for n, doc in enumerate(docs):
            assert [t.text for t in tokens(doc)] == ["Article", str(n), "names", "Kyiv", "."]
            assert text(doc) == f"Article {n} names Kyiv."
