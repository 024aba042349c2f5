"""Names outside prose (tables, headlines, tickers, sign-offs) and the actors they give (kg.prose-only.v1)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from kg.nlp.prose import unwrap
from tests.helpers import entity, names_of, triples

EARNINGS = (
    "NORTHFIELD MILLS <NFM> 2ND QTR NET\n"
    "\n"
    "    Shr 37 cts vs 72 cts\n"
    "    Net 36.8 mln vs 71.5 mln\n"
    "    Revs 104.2 mln vs 91.6 mln\n"
    "    Six mths\n"
    "    Shr 1.49 dlrs vs 2.26 dlrs\n"
    "    Avg shrs 9,874,210 vs 9,412,336\n"
    "    NOTE: Northfield Mills Inc said results were hurt by a strike at its plant in Toledo, Ohio.\n"
    " Reuter\n"
)


def test_an_earnings_table_gives_no_actors(nlp) -> None:
    r = extract_one(EARNINGS, nlp)
    names = names_of(r)
    assert not {n for n in names if n.split()[0] in ("Shr", "Net", "Revs", "Avg", "Six", "Reuter", "NFM")}, (
        names
    )
    assert names.get("Northfield Mills Inc") == "Organization", names
    assert names.get("Toledo") == "Place", names
    assert r.set_aside["lines"]["table"] == 6 and r.set_aside["lines"]["headline"] == 1


def test_a_tables_figures_are_no_group_or_work(nlp) -> None:
    # the base model reads "Shr 3.64" as a nationality and "Revs 1.91 billion" as a law
    text = (
        "HARTWELL STORES INC <HWS> 4TH QTR\n\nJan 31 end\n"
        "    Shr 2.71 dlrs vs 2.05 dlrs\n    Net 88.4 mln vs 70.2 mln\n"
        "    Sales 2.16 billion vs 1.98 billion\n    Six mths\n"
        "    Shr 61 cts vs 1.02 dlrs\n    Revs 1.47 billion vs 1.39 billion\n"
    )
    names = names_of(extract_one(text, nlp))
    assert not {n for n in names if n.split()[0] in ("Shr", "Net", "Revs", "Sales")}, names


def test_a_tables_headings_in_capitals_are_no_actors(nlp) -> None:
    # a cash price table's headings: "YIELD GRADE" was a firm
    text = (
        "CASH WHOLESALE PORK PRICES\n\nCLOSE      MAY 4\n        CENTS PER LB   CHANGE\n"
        " PRIME BARROWS\n YIELD GRADE 2\n 200/220  unquoted\n 220/240  51-52        unch\n"
        " SELECT GILTS\n 180/200  48A          unch\n"
    )
    r = extract_one(text, nlp)
    assert not names_of(r), names_of(r)
    assert r.set_aside["lines"]["table"] >= 6


def test_a_futures_tables_row_of_headings_names_no_one(nlp) -> None:
    # "MTH BYR  SLR  HIGH LOW  SALES": the seller's column, "SLR", was a firm
    text = (
        "LONDON SUGAR CLOSING - MAY 4\n MTH BYR  SLR  HIGH LOW  SALES\n Aug 1450 1452 1457 1448  312\n"
        " Oct 1471 1473 1476 1469  208\n Dec 1490 1493 1495 1488  114\n TOTAL SALES 634\n"
    )
    names = names_of(extract_one(text, nlp))
    assert not {"SLR", "BYR", "MTH"} & set(names), names


def test_a_quotes_contract_months_are_no_one(nlp) -> None:
    # a futures price line names its contract months "MAY7", "JUL7", which the recognizer
    # took for people
    text = (
        "NY COFFEE 10:30\n\n  MAY7  10225 UP  21  JUL7  10420 UP  20  SEP7  10620 UP  20\n"
        "Coffee futures rose in New York on Tuesday, dealers said.\n"
    )
    names = names_of(extract_one(text, nlp))
    assert not {"MAY7", "JUL7", "SEP7"} & set(names), names


def test_a_tables_short_words_in_capitals_are_no_firms(nlp) -> None:
    # an open interest table's "OFF" (down from the day before) was a firm of 126 mentions in
    # all Reuters articles, and a rates table's currencies ("DMK", "YEN") firms too
    text = (
        "KANSAS HOG FUTURES OPEN INTEREST\nFOR THE DAY BEFORE\n"
        " MAY7  4411  OFF 212  APR7   5133  OFF 310\n JUL7  3902  UP   18  JUN7  11960  UP  205\n"
        " AUG7  1650  UP    7  JUL7   5388  OFF  96\n FEB8  1190  OFF  31  AUG7   3310  UP  140\n"
    )
    names = names_of(extract_one(text, nlp))
    assert not {"OFF", "UP"} & set(names), names
    rates = (
        "DOLLAR CROSS RATES AT THE OPEN\n DMK 1.8310/20\n SFR 1.5240/50\n FFR 6.0710/30\n"
        " DFL 2.0650/60\n YEN 146.20/30\n"
    )
    names = names_of(extract_one(rates, nlp))
    assert not names, names


def test_a_volume_tables_month_abbreviations_are_no_firms(nlp) -> None:
    # a futures volume table spells its months "JLY", "MCH", "Jne": the recognizer read them as firms
    text = (
        "N.Y. COMEX COPPER OFFICIAL VOLUME FOR MAY 4\n APL     2\n May 14211\n Jne     3\n"
        " JLY  5120\n SEP   410\n DEC  1302\n MCH    64\n MAY   512\nTotal 21,628"
    )
    names = names_of(extract_one(text, nlp))
    assert not names, names


def test_a_headline_name_stands_for_the_actor_the_prose_names(nlp) -> None:
    text = (
        "ALDERTON SAYS TALKS WITH UNIONS WILL GO ON\n\n"
        "Transport Secretary Jane Alderton said on Tuesday that talks with the rail unions would go on "
        "next week, after Alderton met their leaders in London.\n"
    )
    r = extract_one(text, nlp)
    alderton = next(e for e in r.entities if e.name == "Jane Alderton")
    assert any(m.text == "ALDERTON" for m in alderton.mentions), alderton.mentions
    assert not any(t for t in triples(r, negated=None) if "ALDERTON" in t[0])


def test_a_title_in_sentence_case_gives_only_actors_the_prose_names(nlp) -> None:
    # BBC's first line is the title: its "Classy Henman" and "Mogul Wilson" were people of their
    # own, "Bell" of "McDonald's boss Bell dies" a firm beside the prose's Charlie Bell
    text = (
        "Plucky Ostrander reaches final in Madrid\n\n"
        "Lena Ostrander beat the top seed Marta Kovalenko 6-4 6-3 on Friday. Ostrander will meet "
        "the winner of Saturday's semi-final.\n"
    )
    r = extract_one(text, nlp)
    names = names_of(r)
    assert "Plucky Ostrander" not in names and names.get("Lena Ostrander") == "Person", names
    assert "Madrid" not in names, names  # named by the title alone
    assert r.set_aside["lines"]["headline"] == 1
    text = (
        "Brewer's boss Halloran dies aged 58\n\n"
        "Declan Halloran, chief executive of Kestrel Breweries, has died. Halloran joined the firm "
        "in 1971.\n"
    )
    r = extract_one(text, nlp)
    halloran = entity(r, "Declan Halloran")
    assert halloran.type == "Person" and "Halloran" in [m.text for m in halloran.mentions][:1], halloran
    assert [e.name for e in r.entities if e.name.startswith("Halloran")] == [], names_of(r)


def test_a_headline_short_form_is_the_longer_name_the_prose_gives(nlp) -> None:
    # the first word of a firm's or a place's name in a headline was an actor of its own,
    # typed as the recognizer guessed ("CANARY" a place beside "Canary Islands", "FORD" beside
    # "Ford Motor Co", and "PHILIP" labelling "Philip Crosby Associates Inc")
    text = (
        "HALVERSON <HLV> UNIT SELLS DAIRY CATTLE\n\n"
        "Halverson Dairy Corp said its Halverson Dairy Credit unit financed the sale of 75 head of "
        "cattle to Portugal.\n"
    )
    r = extract_one(text, nlp)
    firm = entity(r, "Halverson Dairy Corp")
    assert [m.text for m in firm.mentions][:2] == ["HALVERSON", "Halverson Dairy Corp"], firm.mentions
    assert ["HALVERSON", "prose-name"] in [list(x) for x in firm.merges]
    text = (
        "EXPORT BONUS DAIRY CATTLE FOR CANARY ISLANDS\n\n"
        "The Commodity Credit Corporation accepted a bonus offer on the sale of 75 head of dairy "
        "cattle to the Canary Islands, the Agriculture Department said.\n"
    )
    r = extract_one(text, nlp)
    # the headline's part of the name or the whole of it, but no actor of its own
    assert {m.text for m in entity(r, "Canary Islands").mentions} in (
        {"CANARY", "Canary Islands"},
        {"CANARY ISLANDS", "Canary Islands"},
    )
    assert [e.name for e in r.entities if "canary" in e.name.lower()] == ["Canary Islands"]
    assert "CANARY" not in names_of(r), names_of(r)


def test_a_headline_country_stays_the_country(nlp) -> None:
    # "JAPAN" over the prose's "Japan Ship Exporters Association" is Japan, no short form of it
    text = (
        "JAPAN FOREIGN SHIP ORDERS RISE IN MAY\n\n"
        "New foreign shipbuilding orders rose to six vessels in May, the Japan Ship Exporters "
        "Association said.\n"
    )
    names = names_of(extract_one(text, nlp))
    assert (
        names.get("JAPAN") == "Place" and names.get("Japan Ship Exporters Association") == "Organization"
    ), names


def test_a_name_with_a_legal_form_is_no_place(nlp) -> None:
    # the recognizer read "(Mountain View Investment Corp)" as a place: the town is in its name
    text = (
        "MOUNTAIN VIEW ACQUIRES MARATECH\n\n"
        "(Mountain View Investment Corp), Phoenix, Ariz., said it acquired Maratech Communications Inc.\n"
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Mountain View Investment Corp") == "Organization", names
    assert names.get("Phoenix") == "Place", names


def test_a_headline_name_the_prose_never_names_is_no_actor(nlp) -> None:
    text = "CANBERRA PRESSES BONN ON FARM TRADE\n\nThe two governments met again on Friday, officials said.\n"
    assert not names_of(extract_one(text, nlp))


def test_no_relation_is_read_from_a_table(nlp) -> None:
    text = (
        "Results of English league matches on Saturday:\n"
        "    Arsenal 2 Chelsea 1\n"
        "    Leeds 0 Everton 3\n"
        "Arsenal manager Tom Briggs said his side had played well.\n"
    )
    r = extract_one(text, nlp)
    assert not [
        t for t in triples(r, negated=None) if {t[0], t[2]} <= {"Arsenal", "Chelsea", "Leeds", "Everton"}
    ]


def test_ratings_and_wire_abbreviations_are_no_names(nlp) -> None:
    text = (
        "Northfield Mills Inc said on Monday that its new notes carry a B-3 grade from Moody's Investors "
        "Service and AA- from a second agency. Div pay May 27. Revs rose to 104.2 mln dlrs."
    )
    names = names_of(extract_one(text, nlp))
    assert not {"B-3", "AA-", "Div", "Revs"} & set(names), names
    assert names.get("Northfield Mills Inc") == "Organization", names


def test_a_name_wrapped_across_two_lines_reads_as_one(nlp) -> None:
    text = (
        "The figures exclude barter exchanges with the countries of the Eastern\n"
        "Bloc, said Mining Technology and Resources Inc chairman Ed Hale.\n"
    )
    r = extract_one(text, nlp)
    assert all("\n" not in m.text for e in r.entities for m in e.mentions)
    assert names_of(r).get("Mining Technology and Resources Inc") == "Organization", names_of(r)


def test_a_lead_line_cut_short_by_its_dateline_is_wrapped_too(nlp) -> None:
    # Reuters-21578 leads lost their dateline: the paragraph's first line is short, the name
    # on its end goes on in the next line
    text = (
        "GROUP RAISES STAKE IN MEMORY MAKER\n\n"
        "A shareholder group led by Far\n"
        "Hills, N.J., investor Ruth Calder said it raised its stake\n"
        "in Dorvale Memories Inc to 573,300 shares, or 5.1 pct of the\n"
        "total outstanding.\n\n"
        "Beryllium International\n"
        "Corp said it has signed a joint venture with a Japanese maker.\n"
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Far Hills") == "Place", names
    assert names.get("Beryllium International Corp") == "Organization", names
    assert not {"Far", "Hills", "Beryllium International"} & set(names), names
    # a short line before a blank one, or an indented one, is a line of its own
    text = "Results\n\nNet profit rose.\nTurnover fell 3 pct to 23.5 mln stg in the year to December.\n"
    assert "Results" not in names_of(extract_one(text, nlp))


def test_a_name_goes_on_over_initials_that_end_a_wrapped_line(nlp) -> None:
    # the full stop of a middle initial or of a firm's initials ends no sentence
    text = (
        "DORVALE NAMES PRESIDENT\n\n"
        "Dorvale Memories Inc said its board named Kenneth J.\n"
        "Tarrowby president and chief operating officer, and that G.H.\n"
        "Pelmont and Co Ltd would manage the share offering it plans.\n"
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Kenneth J. Tarrowby") == "Person", names
    assert names.get("G.H. Pelmont and Co Ltd") == "Organization", names
    assert not {"Tarrowby", "Pelmont and Co Ltd", "G.H."} & set(names), names


@pytest.mark.parametrize(
    ("end", "goes_on"),
    [
        ("named Kenneth J.", True),
        ("by S.G.", True),
        ("exports to the U.S.", False),  # a place's initials may end a sentence
        ("trading closed at 11 A.M.", False),  # and a time of day's
    ],
)
def test_which_initials_at_a_line_s_end_the_name_goes_on_after(end: str, goes_on: bool) -> None:
    line = "Grain prices rose in the two weeks to Friday, the board said, " + end
    text = "PRICES\n" + line + "\nTarrowby Grain Co said prices were firm this week.\n"
    assert ("\n" not in unwrap(text, [])[7:-1]) is goes_on
    # a stop word opens a new sentence, whatever the initials
    assert "\n" in unwrap(text.replace("Tarrowby", "The"), [])[7:-1]


def test_the_agencies_an_article_credits_are_no_actors(nlp) -> None:
    text = (
        "Police in Tripoli arrested two men on Monday, AFP reported. The government of Libya denied it."
        "\n\nhc/rc (Reuters, AFP, AP)"
    )
    names = names_of(extract_one(text, nlp))
    # the credits name no one; an agency the prose names stays an actor
    assert "AFP" in names
    assert not {"Reuters", "AP"} & set(names), names
    r = extract_one(text.replace("AFP reported", "officials said"), nlp)
    assert not {"Reuters", "AFP", "AP"} & set(names_of(r))


@pytest.mark.parametrize(
    "sign_off",
    [
        "Author: Martin Polansky (jc)\nEditor: Rob Mudge",
        " Author : Nathan Morley , Nicosia , Cyprus / dfm Editor : Nancy Isenson",
        "\n\ntkw/AFP/AP/dpa\nEditor: Jennifer Abramsohn",
    ],
)
def test_an_articles_author_and_editor_are_a_byline(nlp, sign_off: str) -> None:
    text = (
        "Haiti's president dissolved parliament on Monday, a move opposition leaders in Port-au-Prince "
        "called a coup. The country can ill afford such distractions." + sign_off
    )
    r = extract_one(text, nlp)
    names = names_of(r)
    assert not {"Martin Polansky", "Rob Mudge", "Nathan Morley", "Jennifer Abramsohn", "Cyprus"} & set(
        names
    ), names
    assert "Haiti" in names and "Port-au-Prince" in names
    assert r.set_aside["lines"].get("byline", 0) + r.set_aside["blocks"].get("byline", 0) >= 1, r.set_aside


def test_a_month_in_capitals_before_a_day_is_a_date(nlp) -> None:
    # a correction quotes the headline it corrects: "YEAR JAN 3" was a firm
    text = (
        'In item headlined "NORTHFIELD MILLS INC <NFM> YEAR JAN 3" please read per share earnings '
        "1.33 dlrs vs 1.23 dlrs, correcting order of results."
    )
    names = names_of(extract_one(text, nlp))
    assert not {"JAN", "YEAR JAN"} & set(names), names
