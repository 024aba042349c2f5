"""A firm's name whose two words of what it does are joined by "and", an abbreviation of a thing
written with a capital inside it, and a title a year in brackets follows (rules ``kg.ner.v1``,
``kg.title.v1``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from tests.helpers import names_of


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "Hadley Mining and Smelter Corp said it earned 2 mln dlrs.",
            "Hadley Mining and Smelter Corp",
            "Smelter Corp",
        ),
        (
            "Carver Fire and Casualty Co said it earned 2 mln dlrs.",
            "Carver Fire and Casualty Co",
            "Casualty Co",
        ),
        (
            "The company's Morton Piano and Organ Co unit paid 26 mln dlrs.",
            "Morton Piano and Organ Co",
            "Organ Co",
        ),
        # a wire line's break after "and"
        (
            "Hadley Mining and\nSmelter Corp said it earned 2 mln dlrs.",
            "Hadley Mining and Smelter Corp",
            "Smelter Corp",
        ),
        # a body's head after the trade, not a legal form
        (
            "The Ohio Parks and Wildlife Department said hunting rose.",
            "Ohio Parks and Wildlife Department",
            "Wildlife Department",
        ),
        (
            "The Hadley Fire and Rescue Association said it would vote.",
            "Hadley Fire and Rescue Association",
            "Rescue Association",
        ),
    ],
)
def test_a_firms_trades_joined_by_and_are_one_name(nlp, text: str, whole: str, part: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(whole) == "Organization"
    assert part not in names


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # the article writes the word after "and" alone too: two firms
        ("Hadley Piano and Pioneer Co said it earned 2 mln dlrs. Pioneer said it was pleased.", "Pioneer Co"),
        ("Morton Piano and Organ Co said it earned 2 mln dlrs. Organ sales rose.", "Organ Co"),
        # the words before "and" written apart
        ("Hadley Mining and Smelter Corp said it earned 2 mln dlrs, Hadley Mining Co said.", "Smelter Corp"),
        # a place or a body's noun after "and" is no trade
        ("Hadley Mining and Devon Co said it earned 2 mln dlrs.", "Devon Co"),
        ("Carver Fire and Bank Co said it earned 2 mln dlrs.", "Bank Co"),
    ],
)
def test_two_names_across_and_stay_two(nlp, text: str, apart: str) -> None:
    assert names_of(extract_one(text, nlp)).get(apart) == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Calls over VoIP are cheap, and WiFi hotspots are spreading, the Hallam Group said.",
        "Wi-Fi is in every cafe now, the Hallam Group said.",
        # a disease as the BBC writes it, or in capitals
        "A positive test for TB would bar a visa, and Aids and Sars remain threats, the Hallam Group said.",
    ],
)
def test_an_abbreviation_of_a_thing_with_a_capital_inside_is_no_actor(nlp, text: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get("Hallam Group") == "Organization"
    assert not {"VoIP", "WiFi", "Wi-Fi", "TB", "Aids", "Sars"} & set(names)


@pytest.mark.parametrize(
    ("text", "titles", "parts"),
    [
        (
            "Her favourite roles were Gene Kelly in Singing in the Rain (1952) and Henry Fonda in "
            "12 Angry Men (1957).",
            {"Singing in the Rain", "12 Angry Men"},
            {"Singing", "Angry Men"},
        ),
        # the director's possessive stays the director's, the title is the rest
        (
            "The festival opened with Martin Scorsese's Gangs Of New York (2003) on Friday.",
            {"Gangs Of New York"},
            {"Martin Scorsese's Gangs Of New York"},
        ),
    ],
)
def test_a_year_in_brackets_ends_a_title(nlp, text: str, titles: set[str], parts: set[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {t: names.get(t) for t in titles} == dict.fromkeys(titles, "Work")
    assert not parts & set(names)


def test_a_firms_year_before_its_legal_form_is_no_titles() -> None:
    from kg.nlp.model import load

    doc = load()("The group wants to sell its Liberty Smelting Works (1962) Ltd unit, it said.")
    assert ("Liberty Smelting Works (1962) Ltd", "ORG") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Most recently she appeared alongside Richard Wilson in ITV's Kings of Kettles and with Tom "
            "Hale in a BBC drama.",
            "Kings of Kettles",
        ),
        ("He was a regular panellist of BBC Radio 4's Any Answers.", "Any Answers"),
    ],
)
def test_a_programme_a_channels_possessive_names_after_in_or_of(nlp, text: str, title: str) -> None:
    assert names_of(extract_one(text, nlp)).get(title) == "Work"


def test_a_channels_place_is_no_programme(nlp) -> None:
    names = names_of(
        extract_one("The broadcasts came from ITV's London Studios headquarters on the South Bank.", nlp)
    )
    assert names.get("London Studios") != "Work"


@pytest.mark.parametrize(
    "text",
    [
        "The loan carries interest at 1/4 point over the London Interbank Offered Rate, Hadley Bank said.",
        "The notes pay 1/8 point over six-month London Interbank Offered Rates, Hadley Bank said.",
    ],
)
def test_an_interbank_rate_named_by_its_town_is_no_actor(nlp, text: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get("Hadley Bank") == "Organization"
    assert "London Interbank" not in names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Costs went up, Christopher Osborne of stockbroker Hoare Govett said.",
            "Hoare Govett",
            "Organization",
        ),
        ("Costs rose, said the research director at analyst Gartner.", "Gartner", "Organization"),
        # a firm's part before "of"
        ("He joined the Italian arm of auditor Halvard Kessler.", "Halvard Kessler", "Organization"),
        # after an event, a trade's noun is the person's
        ("Police confirmed the arrest of stockbroker Roberto Calvi on Friday.", "Roberto Calvi", "Person"),
    ],
)
def test_a_trade_after_of_or_at_and_a_persons_post_names_a_firm(nlp, text: str, name: str, kind: str) -> None:
    assert names_of(extract_one(text, nlp)).get(name) == kind


def test_the_un_agencies_the_bbc_writes_like_words_are_organizations(nlp) -> None:
    names = names_of(extract_one("Aid must reach the children, Unicef said. Unesco agreed.", nlp))
    assert names.get("Unicef") == names.get("Unesco") == "Organization"


def _mended(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    import spacy
    from spacy.tokens import Span

    from kg.nlp.mend import mend

    doc = spacy.blank("en").make_doc(" ".join(words))
    names = [Span(doc, start, end, label=label) for start, end, label in spans]
    return [(s.text, s.label_) for s in mend(doc, names)]


@pytest.mark.parametrize(
    ("words", "spans", "wanted"),
    [
        # one name of the recognizer's over "of"
        (
            "Rates will fall , said Harry Kettler of Halvard Research .".split(),
            [(5, 10, "PERSON")],
            [("Harry Kettler", "PERSON"), ("Halvard Research", "ORG")],
        ),
        (
            "Rates will fall , said Harry J. Kettler of Halvard Securities Inc .".split(),
            [(5, 12, "ORG")],
            [("Harry J. Kettler", "PERSON"), ("Halvard Securities Inc", "ORG")],
        ),
        # a person's name up to "of", the firm's own name after it
        (
            "Rates will fall , said Harry Kettler of Halvard Securities Inc .".split(),
            [(5, 8, "PERSON"), (8, 11, "ORG")],
            [("Harry Kettler", "PERSON"), ("Halvard Securities Inc", "ORG")],
        ),
    ],
)
def test_a_persons_name_run_on_over_of_into_a_firm_is_two_names(words, spans, wanted) -> None:
    assert _mended(words, spans) == wanted


@pytest.mark.parametrize(
    ("words", "spans"),
    [
        # a firm named for a person, of a place: a unit's name
        ("Shares of Hunter Helicopter of Nevada Inc rose .".split(), [(2, 7, "ORG")]),
        # no given name first
        ("Shares of Porsche Cars of Halvard Inc rose .".split(), [(2, 7, "ORG")]),
        # no firm's last word after "of"
        ("He met Harry Kettler of Halvard on Monday .".split(), [(2, 6, "PERSON")]),
    ],
)
def test_a_name_with_of_that_is_no_person_and_firm_stays_whole(words, spans) -> None:
    before = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert _mended(words, spans) == before


@pytest.mark.parametrize(
    ("text", "bodies", "glued"),
    [
        (
            "The Bank of Halvard and Bank of Kestrel cut rates.",
            {"Bank of Halvard", "Bank of Kestrel"},
            "Bank of Halvard and Bank of Kestrel",
        ),
        (
            "The Council of Elders and Council of Guardians met on Monday.",
            {"Council of Elders", "Council of Guardians"},
            "Council of Elders and Council of Guardians",
        ),
    ],
)
def test_two_bodies_named_with_of_on_both_sides_of_and_are_two(
    nlp, text: str, bodies: set, glued: str
) -> None:  # type: ignore[type-arg]
    names = names_of(extract_one(text, nlp))
    assert {b: names.get(b) for b in bodies} == dict.fromkeys(bodies, "Organization")
    assert glued not in names


def test_a_bodys_remit_after_and_stays_in_its_name(nlp) -> None:
    names = names_of(extract_one("The Chamber of Commerce and Industry said exports rose.", nlp))
    assert names.get("Chamber of Commerce and Industry") == "Organization"


def test_a_legal_forms_full_stop_that_ends_a_sentence_ends_the_name(nlp) -> None:
    text = "The mill was sold to Columbia Aluminium Corp. Tolmaco said its earnings rose."
    found = names_of(extract_one(text, nlp))
    assert found.get("Columbia Aluminium Corp.") == "Organization", found
    assert "Columbia Aluminium Corp. Tolmaco" not in found


def test_two_names_that_touch_after_a_legal_form_inside_a_sentence_are_one(nlp) -> None:
    assert "Telefon AB L.M. Ericsson" in names_of(
        extract_one("Telefon AB L.M. Ericsson said sales rose.", nlp)
    )


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        # the trade after "and" before two legal forms, a place opening the name
        (
            "Harbin Light and Power Co Ltd said its earnings rose.",
            "Harbin Light and Power Co Ltd",
            {"Power Co Ltd", "Harbin"},
        ),
        # a place the recognizer reads alone opens the name
        (
            "Taiwan Light and Power Co Ltd said earnings rose.",
            "Taiwan Light and Power Co Ltd",
            {"Power Co Ltd", "Taiwan"},
        ),
        # the recognizer ends the name before "and"
        ("Marlow Gas and Oil Co said it filed for bankruptcy.", "Marlow Gas and Oil Co", {"Marlow Gas"}),
        (
            "The plan was backed by the Nevada Savings and Loan League on Monday.",
            "Nevada Savings and Loan League",
            {"Nevada Savings"},
        ),
    ],
)
def test_a_firms_trades_joined_by_and_before_its_legal_forms(
    nlp, text: str, whole: str, parts: set[str]
) -> None:
    _one_firm(nlp, text, whole, parts)


def _one_firm(nlp, text: str, whole: str, parts: set[str]) -> None:
    """``text`` names the firm ``whole`` and none of its ``parts``."""
    names = names_of(extract_one(text, nlp))
    assert names.get(whole) == "Organization", names
    assert not parts & set(names), names


def test_the_trade_after_and_inside_another_name_is_not_written_apart(nlp) -> None:
    text = (
        "The plan was endorsed by Nevada Savings and Loan Commissioner Al Burns, the Federal Home Loan "
        "Bank of Reno and the Nevada Savings and Loan League."
    )
    assert names_of(extract_one(text, nlp)).get("Nevada Savings and Loan League") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Gas and Oil Co said it earned 2 mln dlrs. Marlow Gas Co said it was pleased.",
        "Marlow Gas and Oil Co said it earned 2 mln dlrs. Oil said it was pleased.",
    ],
)
def test_a_trade_pair_whose_half_is_written_apart_stays_cut(nlp, text: str) -> None:
    assert "Marlow Gas and Oil Co" not in names_of(extract_one(text, nlp))


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (
            "The loan is led by Macau and Canton Banking Corp. Other banks joined.",
            "Macau and Canton Banking Corp.",
            {"Macau", "Canton Banking Corp."},
        ),
        (
            "Kanawha and Western Energy Corp said it agreed to the merger.",
            "Kanawha and Western Energy Corp",
            {"Kanawha", "Western Energy Corp"},
        ),
        # a headline's line above, a wire note's colon before
        (
            "ASHTABULA GAS FILES FOR DEBT OFFERING\n\nAshtabula and Northern Gas Corp said it filed.",
            "Ashtabula and Northern Gas Corp",
            {"Ashtabula"},
        ),
        (
            "NOTE: Ashtabula and Northern Gas Corp had a charge.",
            "Ashtabula and Northern Gas Corp",
            {"Ashtabula"},
        ),
        # "of" after a word in small letters, or after a sentence's first word
        ("Shares of Ashtabula and Northern Gas Corp rose.", "Ashtabula and Northern Gas Corp", {"Ashtabula"}),
        (
            "Tom Hale, the former president of Kanawha and Western Energy Corp, will run it.",
            "Kanawha and Western Energy Corp",
            {"Kanawha", "Western Energy Corp"},
        ),
        (
            "Central and North East Corp said it would buy the utility.",
            "Central and North East Corp",
            {"Central", "North East Corp"},
        ),
        (
            "He told the Devon and Cornwall Regional Confederation that rates would fall.",
            "Devon and Cornwall Regional Confederation",
            {"Devon", "Cornwall Regional Confederation"},
        ),
        # a country before a firm named after a place
        (
            "It sold the unit to Australia and Pacific Banking Group Ltd for 50 mln dlrs.",
            "Australia and Pacific Banking Group Ltd",
            {"Australia", "Pacific Banking Group Ltd"},
        ),
    ],
)
def test_a_word_and_a_firm_written_only_together_are_one_name(
    nlp, text: str, whole: str, parts: set[str]
) -> None:
    _one_firm(nlp, text, whole, parts)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # the word before "and" written alone elsewhere
        (
            "Kanawha and Western Energy Corp said it agreed. Kanawha said it was pleased.",
            "Western Energy Corp",
        ),
        # a country and a firm not named after a place
        ("Japan and Kawada Corp signed a deal on Monday.", "Kawada Corp"),
        # the last of a list
        ("Shares of Ford, Kanawha and Western Energy Corp fell.", "Western Energy Corp"),
        # punctuation before the word before "and": a wire bracket, a possessive
        (
            "Analysts named Acme's <ACM> Kanawha and Western Energy Corp <WEC> as bidders.",
            "Western Energy Corp",
        ),
        # "of" after a wire bracket: the end of a name
        (
            "It signed with <Norsk Olje A/S> of Bergen and Kanawha Gas Corp to buy the stake.",
            "Kanawha Gas Corp",
        ),
        # a state before a firm not named after a place
        ("Sun Banks in Ohio and Western Energy Corp raised rates.", "Western Energy Corp"),
        # a plural before "and"
        (
            "Officials said other Republicans and House Budget Committee Chairman Tom Hale would meet.",
            "House Budget Committee",
        ),
        # a capitalised word before the word before "and"
        ("Judge Barlow and Western Energy Corp were sued.", "Western Energy Corp"),
        # the word before "and" ends a name with "of"
        (
            "It will sell its Dairy Farms of America and Orange Foods Canada Ltd units.",
            "Orange Foods Canada Ltd",
        ),
        # an acronym before "and"
        ("IBM and Western Energy Corp said they would cooperate.", "Western Energy Corp"),
    ],
)
def test_a_word_and_a_firm_stay_two(nlp, text: str, apart: str) -> None:
    assert names_of(extract_one(text, nlp)).get(apart) == "Organization"
