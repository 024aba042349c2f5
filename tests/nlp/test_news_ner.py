"""The news recognizer reads a paragraph break as the one new line its training articles have."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.extract import extract_one
from kg.nlp.news_ner import line_view
from tests.helpers import names_of


def test_white_space_with_a_new_line_is_one_new_line_and_other_white_space_goes() -> None:
    doc = spacy.blank("en")("\n\nSALES UP\n\nAcme Corp  said\n    it\n\n \n    grew")
    view, index = line_view(doc)
    assert [t.text for t in view] == ["SALES", "UP", "\n", "Acme", "Corp", "said", "\n", "it", "\n", "grew"]
    assert [doc[i].text for i in index if not doc[i].is_space] == [t.text for t in view if t.text != "\n"]
    assert all(doc[i].is_space for i, t in zip(index, view, strict=True) if t.text == "\n")


# A wire story: a headline in capitals with a ticker, a blank line, then the firm's whole name
# opening the prose. Beside the blank line (a token its training articles never had) the
# recognizer left the name's first word out ("Dominion Bank", "Bancorp Inc") or the whole name.
HEADLINED = [
    (
        "TORONTO DOMINION <TD.TO> ISSUES BONDS\n\n"
        "Toronto Dominion Bank is issuing 100 mln Canadian dlrs of bonds.",
        "Toronto Dominion Bank",
        {"Dominion Bank"},
    ),
    (
        "CANADA MINING <CMC.TO> REFINANCES\n\nCanada Mining Corp said it refinanced its debt.",
        "Canada Mining Corp",
        set(),
    ),
    (
        "MERIDIAN <MRD> SETS PAYOUT\n\nMeridian Bancorp Inc said its board declared a quarterly dividend.\n"
        "    The company said the dividend is payable April 1.\n"
        "    Meridian Bancorp Inc also said it will open two branches.",
        "Meridian Bancorp Inc",
        {"Bancorp Inc"},
    ),
]


@pytest.mark.parametrize(("text", "name", "cut"), HEADLINED)
def test_a_name_after_a_blank_line_keeps_its_first_word(nlp, text: str, name: str, cut: set[str]) -> None:
    found = names_of(extract_one(text, nlp))
    assert found.get(name) == "Organization"
    assert not cut & set(found)


def test_names_sit_on_the_docs_own_tokens(nlp) -> None:
    text = "BANK NAMES CHIEF\n\n    Toronto Dominion Bank named a chief.\n\n\nMeridian Bancorp Inc  agreed."
    doc = nlp(text)
    names = {(s.text, s.start_char, s.end_char) for s in doc.spans["kg_names"]}
    assert ("Toronto Dominion Bank", text.index("Toronto"), text.index(" named")) in names
    assert ("Meridian Bancorp Inc", text.index("Meridian"), text.index("  agreed")) in names


def test_a_tables_lines_keep_their_own_white_space(nlp) -> None:
    text = (
        "FIRST BANCORP <FBC> 1ST QTR NET\n\nFirst Bancorp said its profit fell.\n\n"
        "Shr 1.58 dlrs vs 2.40 dlrs\n    Net 155.0 mln vs 223.3 mln\n"
        "    Loans 22.75 billion vs 19.00 billion\n    Deposits 21.45 billion vs 21.31 billion\n"
    )
    doc = nlp(text)
    assert [r.kind for r in doc._.kg_regions if r.kind == "table"]
    view, _ = line_view(doc)
    kept = [t.text for t in view if t.is_space]
    assert kept[0] == "\n"  # after the headline, in prose
    assert "\n    " in kept  # between the table's rows
    assert "Loans" not in names_of(extract_one(text, nlp))


def test_a_sentence_starts_after_a_new_line_and_after_a_full_stop_the_doc_starts_one_at() -> None:
    from spacy.tokens import Doc

    words = [
        "GAIN",
        "\n\n",
        "Canada",
        "Mining",
        "Corp",
        "said",
        "\n    ",
        "Windsor",
        "Castle",
        ".",
        "A",
        "man",
    ]
    starts = [True, False, True, True, False, False, False, False, True, False, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    view, index = line_view(doc)
    assert [t.text for t in view if t.is_sent_start] == ["GAIN", "Canada", "Windsor", "A"]
    # the Doc's own starts inside "Canada Mining Corp" and "Windsor Castle" are left open
    assert view[index.index(3)].is_sent_start is None and view[index.index(8)].is_sent_start is None


def test_initials_that_open_a_line_end_no_sentence() -> None:
    """ "M.S. Carriers Inc said": the initials' stop opening a line is the name's, wherever the
    parser starts a sentence; initials that end a sentence elsewhere keep the parser's start."""
    from spacy.tokens import Doc

    words = [
        "CARRIERS",
        "\n\n",
        "K.T.",
        "Carriers",
        "Inc",
        "said",
        "in",
        "Santa",
        "Fe",
        ",",
        "N.M.",
        "Ms.",
        "Ross",
    ]
    starts = [True, False, True, True, False, False, False, False, False, False, False, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    view, index = line_view(doc)
    assert view[index.index(3)].is_sent_start is None  # "Carriers", after "K.T." opening the line
    assert view[index.index(11)].is_sent_start  # "Ms.", after "N.M." that ends a sentence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "K.T. CARRIERS <KTC> COMPLETES OFFERING\n\nK.T. Carriers Inc said it has\n"
            "completed an offering of 550,000 common shares.",
            "K.T. Carriers Inc",
        ),
        (
            "R.J. FREIGHT <RJF> SETS DIVIDEND\n\nR.J. Freight Inc said its board\n"
            "declared a quarterly dividend of five cts.",
            "R.J. Freight Inc",
        ),
    ],
)
def test_a_firm_named_with_initials_at_a_paragraphs_start_is_found_whole(nlp, text: str, name: str) -> None:
    found = names_of(extract_one(text, nlp))
    assert found.get(name) == "Organization", found


def test_no_name_runs_on_over_a_full_stop_the_parser_ends_a_sentence_at(nlp) -> None:
    doc = nlp("The couple will marry at Windsor Castle. A spokesman said the date was set.")
    assert not any("Castle. A" in s.text for s in doc.spans["kg_names"])


def test_a_pipeline_without_a_recognizer_is_a_clear_error(tmp_path) -> None:
    from kg.errors import ConfigError
    from kg.nlp.news_ner import NewsRecognizer

    spacy.blank("en").to_disk(tmp_path)
    with pytest.raises(ConfigError, match="has no 'ner' component"):
        NewsRecognizer(spacy.blank("en"), tmp_path)


def test_empty_and_blank_articles_have_no_names(nlp) -> None:
    docs = list(nlp.pipe(["", "\n", "  \n  ", "\r\n\r\nAcme Corp said.\r\n\r\nBeta Inc\tsaid."]))
    assert [[s.text for s in d.spans["kg_names"]] for d in docs] == [[], [], [], ["Acme Corp", "Beta Inc"]]
