"""Non-prose regions: given wire copy, these tables, quotes, datelines, bylines, headlines and codes.

Every text here is made up in the style of Reuters, BBC and CoNLL-2003 copy; none is taken from them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.prose import KINDS, Region, counts, regions


def found(text: str) -> list[tuple[str, str]]:
    """Each region as (kind, the text it covers): checks offsets exactly."""
    return [(r.kind, text[r.start : r.end]) for r in regions(text)]


EARNINGS = """\
ACME WIDGETS <ACW> 2ND QTR NET

Shr 22 cts vs 19 cts
    Net 4,120,000 vs 3,870,000
    Revs 51.2 mln vs 47.9 mln
    Six mths
    Shr 41 cts vs 35 cts
    Net 7.7 mln vs 6.6 mln
    Avg shrs 18,702,114 vs 18,655,030
    NOTE: Prior year net includes a gain of 310,000 dlrs from the sale
of a warehouse in Ohio.
 Reuter
&#3;"""

EARNINGS_ROWS = """\
Shr 22 cts vs 19 cts
    Net 4,120,000 vs 3,870,000
    Revs 51.2 mln vs 47.9 mln
    Six mths
    Shr 41 cts vs 35 cts
    Net 7.7 mln vs 6.6 mln
    Avg shrs 18,702,114 vs 18,655,030"""


def test_earnings_report_end_to_end() -> None:
    assert found(EARNINGS) == [
        ("headline", "ACME WIDGETS <ACW> 2ND QTR NET"),
        ("table", EARNINGS_ROWS),
        ("wire", "Reuter\n&#3;"),
    ]
    table = regions(EARNINGS)[1]
    assert (table.start, table.lines) == (EARNINGS.index("Shr 22"), 7)


TABLES = [
    (
        "Shr 37 cts vs 72 cts\n    Net 36.8 mln vs 71.5 mln",
        [("table", "Shr 37 cts vs 72 cts\n    Net 36.8 mln vs 71.5 mln")],
    ),
    ("Shr loss three cts vs profit two cts", [("table", "Shr loss three cts vs profit two cts")]),
    ("    Net profit 512,000 vs loss 1,204,000", [("table", "Net profit 512,000 vs loss 1,204,000")]),
    ("Qtly div 18 cts vs 18 cts prior\n    Pay May 1\n    Record April 10", None),
    ("quarter ended June 30\n    Shr 12 cts vs nil\n    Revs 3.1 mln vs 2.8 mln", None),
    (
        "Essex 6 Derbyshire 2\nKent 3 Surrey 3\nLeicestershire 22 points, Somerset 4",
        [("table", "Essex 6 Derbyshire 2\nKent 3 Surrey 3\nLeicestershire 22 points, Somerset 4")],
    ),
    (
        "Division two\nAyton 2 Brickley 0\nCorfield 1 Dunmore 1\nDivision three\nEastbury 0 Fenwick 4",
        None,
    ),
    ("EASTERN DIVISION\nW L PCT GB\nBOSTON 61 40 .604 -\nTORONTO 55 46 .545 6\nDETROIT 40 61 .396 21", None),
    (
        "                 1987/88   1986/87\n Wheatland      1.25      1.31\n Oakvale        0.64      0.70",
        [("quote", "1987/88   1986/87\n Wheatland      1.25      1.31\n Oakvale        0.64      0.70")],
    ),
    ("1. Anna Berg ( Norway ) 12.81\n2. Clara Dunne ( Ireland ) 12.90\n3. Eva Frey ( Austria ) 13.02", None),
    ("Qtly div 12 cts vs 12 cts prior\n    Pay June One\n    Record May Eight", None),
    ("Shr N.A. vs 12 cts\n    Final div nil vs same\n    Shrs 40.2 mln vs same.", None),
    (" Wheat      58,400     61,200\n Soybean       nil        nil\n Maize      12,100      9,800", None),
    ("APR7    UNTRD\nMAY7    6150 UNCH\nJUN7    UNTRD", None),
    (" Superior cocoa beans      2,062N\n Pressed cocoa butter      4,620N", None),
    (" Bank borrowings...........614 down.....131\n Float.....................511 up........12", None),
    ("Shr 57 cts vs not given\n    1st half\n    Shr 1.15 dlrs vs not given", None),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_tables(text: str, expected: list[tuple[str, str]] | None) -> None:
    # None: the whole text, but its outer whitespace, is one table.
    assert found(text) == (expected or [("table", text.strip())])


QUOTES = [
    ("GOLD 400.50 401.00", [("quote", "GOLD 400.50 401.00")]),
    ("Dec 101.20 101.50 101.10", [("quote", "Dec 101.20 101.50 101.10")]),
    (
        "COPPER CLOSE - MAY 4\n\n May    62.40  62.55\n Jul    63.10  63.25\n Sep    63.80  63.95",
        [
            ("headline", "COPPER CLOSE - MAY 4"),
            ("quote", "May    62.40  62.55\n Jul    63.10  63.25\n Sep    63.80  63.95"),
        ],
    ),
    (
        "Ldn  10-1/4  1/8  10-1/16 9-15/16\nZur   3-7/8  4    3-15/16 4-1/16",
        [("quote", "Ldn  10-1/4  1/8  10-1/16 9-15/16\nZur   3-7/8  4    3-15/16 4-1/16")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


LINES = [
    ("MERRILL <MER> SELLS NEW ZEALAND DLR NOTES", "headline"),
    ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP", "headline"),
    ("SOCCER - HOSTS HOLD RIVALS TO 1-1 DRAW .", "headline"),
    ("LONDON 1996-08-30", "dateline"),
    ("MILWAUKEE , Wisconsin 1996-08-29", "dateline"),
    ("By John Smith", "byline"),
    ("By Jane Doe, Reuters", "byline"),
    ("By Pierre van der Berg Reuters", "byline"),
    ("Reuter", "wire"),
    ("REUTER", "wire"),
    ("&#3;", "wire"),
    ("-- Lisbon Newsroom +351 1 555 0199", "wire"),
    ("MORE", "wire"),
    ("reuter", "wire"),
]


@pytest.mark.parametrize(("line", "kind"), LINES)
def test_whole_lines(line: str, kind: str) -> None:
    text = f"{line}\nThe minister said on Tuesday that talks would resume in May."
    assert regions(text) == [Region(kind, 0, len(line), 1)]


DATELINES = [
    ("LONDON, March 3 - The Bank of England said it provided 215 mln stg.", "LONDON, March 3 -"),
    ("NEW YORK (Reuters) - Stocks fell on Friday as oil prices rose.", "NEW YORK (Reuters) -"),
    ("PHOENIX, Ariz., April 13 - StateAir Inc said it added flights.", "PHOENIX, Ariz., April 13 -"),
    ("    WASHINGTON, MARCH 11 - Federal Reserve Chairman John Doe", "WASHINGTON, MARCH 11 -"),
    ("RIO DE JANEIRO, Jan 5 -- Coffee exports rose 4 pct in December.", "RIO DE JANEIRO, Jan 5 --"),
]


@pytest.mark.parametrize(("text", "prefix"), DATELINES)
def test_dateline_covers_only_its_prefix(text: str, prefix: str) -> None:
    start = text.index(prefix)
    assert regions(text) == [Region("dateline", start, start + len(prefix), 0)]


def test_byline_without_by_above_a_dateline() -> None:
    text = (
        "FARMERS PROTEST OVER PRICES .\nMarta Kowalska\nWARSAW 1996-08-30\nFarmers blocked roads on Friday ."
    )
    assert found(text) == [
        ("headline", "FARMERS PROTEST OVER PRICES ."),
        ("byline", "Marta Kowalska"),
        ("dateline", "WARSAW 1996-08-30"),
    ]


TICKERS = [
    ("Merrill Lynch and Co <MER> said it sold the notes.", ["<MER>"]),
    ("Dutch airline KLM <KLM.AS> and Delta Air Lines <DAL.N> agreed.", ["<KLM.AS>", "<DAL.N>"]),
    ("    Holders of <Ridgefield Holdings Inc> will get 12 dlrs a share.", []),
    ("The index rose 2 pct <after> a slow start.", []),
    # Stockholm's and London's exchanges after a space; a legal form is no exchange
    ("Atlas Copco <ASTS ST> and Glaxo <GLXO L> rose, as did <BASF AG>.", ["<ASTS ST>", "<GLXO L>"]),
]


@pytest.mark.parametrize(("text", "codes"), TICKERS)
def test_tickers(text: str, codes: list[str]) -> None:
    assert found(text) == [("ticker", code) for code in codes]
    assert all(r.lines == 0 for r in regions(text))


def test_ticker_and_sign_off_inside_prose() -> None:
    text = "    Acme Corp <ACM> said it would buy the unit. &#3;"
    assert found(text) == [("ticker", "<ACM>"), ("wire", "&#3;")]


@pytest.mark.parametrize(
    ("text", "wanted", "lines"),
    [
        # an article's credits: its editors' initials and the agencies it draws on, on a line
        # of their own or after the last sentence (as a text flattened into one line has them)
        (
            "The talks ended on Friday.\n\nkb/jm (AFP, dpa, Reuters)",
            [("wire", "kb/jm (AFP, dpa, Reuters)")],
            1,
        ),
        ("The talks ended on Friday . tw / sx ( AP , epd )", [("wire", "tw / sx ( AP , epd )")], 0),
        # no agency in the brackets, or not at the end: no credits
        ("He faces a fine and/or (a ban)", [], 0),
        ("Editors kb/jm (AFP, dpa) met on Friday to plan the week.", [], 0),
    ],
)
def test_an_articles_credits_are_a_sign_off(text: str, wanted: list[tuple[str, str]], lines: int) -> None:
    assert found(text) == wanted
    assert sum(r.lines for r in regions(text)) == lines


PROSE = [
    # Hard-wrapped wire prose that holds numbers, with short last lines.
    "Harbour Trust Securities said it had sold\n"
    "to investors at home 60 mln dlrs of Australian\n"
    "bonds due 1992.\n"
    "    The bonds pay 14 pct.",
    "    Early sales of butter went at\n2,110, 2,115 and 2,120 dlrs.\n    Later sales were thin.",
    "    The issues are 1.5 billion dlrs maturing May 1, 1990;\n"
    "720 mln dlrs maturing May 3, 1993; and 400 mln dlrs maturing\n"
    "May 2, 1996.",
    "    Arrivals for the week were 121,400 bags, bringing the total to\n5.12 mln.",
    "    Net income rose sharply in the\nquarter.\n    Analysts had expected less.",
    "    The offer began on Feb.\n17, 1987.",
    "    Farm ministers from Spain, Portugal, Greece, Ireland,\n"
    "Belgium, Austria and Denmark plan to meet again in May.",
    # A quote with a year, an acronym at the start, a title, sentences one per line.
    '"We expect a much better 1988," the chairman said.',
    "NATO said on Monday it would send 2,000 more troops.",
    "EC farm ministers meet on March 30.",
    "Carmaker recalls 12,000 vans.\n\nA carmaker is recalling 12,000 vans over a brake fault.",
    "Portugal drew 1-1 with Spain in a friendly on Wednesday .\nThe visitors scored first .",
    "By the close, Kent had reached 108 for three.",
    "By March, prices had risen 5 pct.",
    "    He told\nReuters.",
    "Results of the regional\nleague matches on Saturday were not known .",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_gets_no_region(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Carmaker recalls 12,000 vans\n\nA carmaker is recalling 12,000 vans over a brake fault.",
        "Plucky Ostrander reaches final\n\nLena Ostrander beat the top seed on Friday.",
        "Can Halloran turn Rovers round?\n\nThe new manager starts work on Monday.",
        "'Standoff' over Marlowe's bid\n\nTalks between the two firms have stalled.",
        "Kestrel 2-1 Dunmore\n\nKestrel came from behind to win.",
    ],
)
def test_a_first_line_set_off_by_a_blank_line_is_the_title(text: str) -> None:
    assert found(text) == [("headline", text.split("\n")[0])]


@pytest.mark.parametrize(
    "text",
    [
        "Carmaker recalls 12,000 vans.\n\nA carmaker is recalling vans.",  # a sentence: prose
        "Carmaker recalls vans\nover a brake fault, it said.\n\nMore follows.",  # no blank line after it
        "Carmaker recalls vans",  # nothing below it
        "Carmaker recalls vans\n\n",
        # a first paragraph of more words than a title has
        "A carmaker has recalled 12,000 vans across the north of the country over a brake fault that "
        "worries owners\n\nMore follows.",
    ],
)
def test_what_is_no_title(text: str) -> None:
    assert found(text) == []


def test_match_facts_and_fixtures_one_line_per_block() -> None:
    text = (
        "Vale came from behind to win.\n\n"
        "Crane, Dobbs, Ellery, Fisk (Gould 71), Harte, Ince, Jury, Keane, Lomax.\n\n"
        "Dobbs 12, Keane 80.\n\n21,402\n\n"
        "The draw for the next round was made on Monday.\n\nLeeds v Stoke\n\nHull v Derby"
    )
    assert found(text) == [
        ("table", "Crane, Dobbs, Ellery, Fisk (Gould 71), Harte, Ince, Jury, Keane, Lomax."),
        ("table", "Dobbs 12, Keane 80."),
        ("table", "21,402"),
        ("table", "Leeds v Stoke"),
        ("table", "Hull v Derby"),
    ]


def test_regions_are_trimmed_and_merged_per_block() -> None:
    text = "  Essex 6 Derbyshire 2  \n  Kent 3 Surrey 3\n\nYorkshire 1 Durham 0\nLancashire 2 Sussex 2\n"
    assert found(text) == [
        ("table", "Essex 6 Derbyshire 2  \n  Kent 3 Surrey 3"),
        ("table", "Yorkshire 1 Durham 0\nLancashire 2 Sussex 2"),
    ]


def test_counts() -> None:
    assert counts(regions(EARNINGS)) == {
        "lines": {"table": 7, "headline": 1, "wire": 2},
        "blocks": {"table": 1, "headline": 1, "wire": 1},
    }
    text = "Acme <ACM> and Bolt <BLT> agreed.\nLONDON, May 4 - Talks ended."
    assert counts(regions(text)) == {"lines": {}, "blocks": {"dateline": 1, "ticker": 2}}
    assert counts([]) == {"lines": {}, "blocks": {}}


# Text made of the pieces the rules look at, so that hypothesis reaches them.
PIECES = [
    *"AEMNRSTVaehlmnorstv0123456789 .,:;-/<>&#()\n\t",
    "vs",
    "mln",
    "\n    ",
    "By ",
    "Reuter",
    "&#3;",
    "1996-08-30",
]
WIRE_TEXT = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), WIRE_TEXT))
def test_regions_are_sorted_disjoint_and_inside_the_text(text: str) -> None:
    found_ = regions(text)
    end = 0
    for region in found_:
        assert region.kind in KINDS
        assert end <= region.start < region.end <= len(text)
        assert not text[region.start].isspace() and not text[region.end - 1].isspace()
        assert region.lines >= 0
        end = region.end
    assert set(counts(found_)["blocks"]) <= set(KINDS)
