"""Given this sentence and this article date, these time expressions and TIMEX3 values;
given this relation, this time.

One row per rule of ``kg/data/timex.json`` (or per case of a rule). Sentences are
composed for the tests; none is copied from a dataset. The article date is a Thursday,
3 October 2024, unless a row says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import ConfigError
from kg.nlp import times, timevalue, timex
from kg.nlp.extract import extract_one
from tests.helpers import triple

DATE = "2024-10-03"

#: (sentence, article date, [(text, value)] in text order)
EXPRESSIONS = [
    # weekday: the tense says which one
    ("The council met on Tuesday.", DATE, [("Tuesday", "2024-10-01")]),
    ("The council will meet on Tuesday.", DATE, [("Tuesday", "2024-10-08")]),
    ("The two leaders meet in Geneva on Monday.", DATE, [("Monday", "2024-10-07")]),
    ("Shares closed higher on Monday, brokers said.", DATE, [("Monday", "2024-09-30")]),
    ("The blast happened on Friday night.", DATE, [("Friday night", "2024-09-27TNI")]),
    # weekday after "by", "until": a deadline ahead
    ("A ruling is expected by Friday.", DATE, [("Friday", "2024-10-04")]),
    # relative units: last / this / next
    ("Exports fell sharply last week.", DATE, [("last week", "2024-W39")]),
    ("Sales will grow next year.", DATE, [("next year", "2025")]),
    ("Output rose earlier this month.", DATE, [("earlier this month", "2024-10")]),
    # a month without a year: the past tense looks back, the future ahead
    ("Prices rose in March.", DATE, [("March", "2024-03")]),
    ("The talks will resume in March.", DATE, [("March", "2025-03")]),
    ("Growth slowed in July last year.", DATE, [("July last year", "2023-07")]),
    # absolute dates
    ("The bridge opened on Oct. 1, 2023.", DATE, [("Oct. 1, 2023", "2023-10-01")]),
    ("The plan was announced on 14 February 2022.", DATE, [("14 February 2022", "2022-02-14")]),
    ("The strike began on 9/12/2021.", DATE, [("9/12/2021", "2021-09-12")]),
    ("The war ended in nineteen ninety-five.", DATE, [("nineteen ninety-five", "1995")]),
    ("The 1994 vote split the party.", DATE, [("1994", "1994")]),
    # days around the article's
    ("Yesterday the minister resigned.", DATE, [("Yesterday", "2024-10-02")]),
    ("The vote is due tomorrow morning.", DATE, [("tomorrow morning", "2024-10-04TMO")]),
    # offsets: "ago" counts from the article's date, "later" from the time just named
    ("The plant closed two years ago.", DATE, [("two years ago", "2022")]),
    (
        "The talks began on Sept. 2. A week later, they collapsed.",
        DATE,
        [("Sept. 2", "2024-09-02"), ("A week later", "2024-09-09")],
    ),
    (
        "The vote was held on May 5. That day, crowds filled the square.",
        DATE,
        [("May 5", "2024-05-05"), ("That day", "2024-05-05")],
    ),
    # "ago" beside an amount of a period just named compares with that period a year before
    (
        "Profit rose to $5 million in the third quarter from $4 million a year ago.",
        DATE,
        [("the third quarter", "2024-Q3"), ("a year ago", "2023-Q3")],
    ),
    (
        "Sales rose 9% in the third quarter; two years ago the firm lost money.",
        DATE,
        [("the third quarter", "2024-Q3"), ("two years ago", "2022")],
    ),
    # a figure for "the nine months" compared with "a year earlier": last year's nine months
    (
        "Profit rose in the third quarter. For the nine months, it earned $8 million, "
        "against $6 million a year earlier.",
        DATE,
        [("the third quarter", "2024-Q3"), ("nine months", "P9M"), ("a year earlier", "2023")],
    ),
    # "the previous Friday" counts from the day just named
    (
        "Shares closed higher on Friday, Oct. 11, up from the previous Friday.",
        DATE,
        [("Friday, Oct. 11", "2024-10-11"), ("the previous Friday", "2024-10-04")],
    ),
    # a clock time without a day is on the day just named
    (
        "The polls opened on May 5. At 9 p.m. the count began.",
        DATE,
        [("May 5", "2024-05-05"), ("9 p.m.", "2024-05-05T21:00")],
    ),
    # decades, centuries, quarters, halves, seasons, holidays
    ("Music changed a lot in the 1990s.", DATE, [("the 1990s", "199")]),
    ("The report covers the 20th century.", DATE, [("the 20th century", "19")]),
    ("The firm reported higher profits for the third quarter.", DATE, [("the third quarter", "2024-Q3")]),
    (
        "Growth slowed in the fourth quarter of last year.",
        DATE,
        [("the fourth quarter of last year", "2023-Q4")],
    ),
    ("Profits doubled in the first half of 2023.", DATE, [("the first half of 2023", "2023-H1")]),
    ("Exports rose in the June quarter.", DATE, [("the June quarter", "2024-Q2")]),
    (
        "Sales should recover in the second half of next year.",
        DATE,
        [("the second half of next year", "2025-H2")],
    ),
    ("Profit rose in the second half.", "2024-04-10", [("the second half", "2023-H2")]),
    ("Talks are set for the spring.", DATE, [("the spring", "2025-SP")]),
    ("Shops closed on Christmas Day.", DATE, [("Christmas Day", "2023-12-25")]),
    # clock times
    ("The minister spoke at 9 a.m. on Monday.", DATE, [("9 a.m. on Monday", "2024-09-30T09:00")]),
    # durations
    ("The strike lasted three weeks.", DATE, [("three weeks", "P3W")]),
    ("The fire broke out in the early hours of Sunday.", DATE, [("Sunday", "2024-09-29")]),
    ("The meeting lasted half an hour.", DATE, [("half an hour", "PT30M")]),
    ("The project took two and a half years.", DATE, [("two and a half years", "P2Y6M")]),
    ("Output has fallen over the past two months.", DATE, [("the past two months", "P2M")]),
    ("The fighting has gone on for several years.", DATE, [("several years", "PXY")]),
    ("The firm made a profit after several quarters of losses.", DATE, [("several quarters", "PXQ")]),
    ("The airline signed a two-year lease.", DATE, [("two-year", "P2Y")]),
    # sets
    ("The board meets every week.", DATE, [("every week", "P1W")]),
    ("Ferries to the island run daily.", DATE, [("daily", "P1D")]),
    ("The market opens on Tuesday nights.", DATE, [("Tuesday nights", "XXXX-WXX-2TNI")]),
    ("Parliament sits twice a week.", DATE, [("twice a week", "P1W")]),
    # fuzzy references
    ("Inflation is now falling.", DATE, [("now", "PRESENT_REF")]),
    ("The mayor recently resigned.", DATE, [("recently", "PAST_REF")]),
    ("Rates will rise in the near future.", DATE, [("the near future", "FUTURE_REF")]),
    # no article date: what the text alone says
    (
        "The council met on Tuesday and will meet again in October.",
        None,
        [("Tuesday", "XXXX-WXX-2"), ("October", "XXXX-10")],
    ),
    (
        "Exports are now falling after a slump last week.",
        None,
        [("now", "PRESENT_REF"), ("last week", "XXXX-WXX")],
    ),
    ("The firm was founded in 1987.", None, [("1987", "1987")]),
    # a sentence opening with a quotation: its first word is no title
    ("``Today, the court failed us,'' she said.", DATE, [("Today", "2024-10-03")]),
    ("``Now the hard part begins,'' she said.", DATE, []),
    # "set" looks ahead only with "for": a record set on a day lies behind
    ("The index closed near its record high set on March 3.", DATE, [("March 3", "2024-03-03")]),
    ("The hearing is set for March 3.", DATE, [("March 3", "2025-03-03")]),
    # a gerund clause takes the tense of the verb it hangs from
    (
        "Prices have swung widely, climbing to a peak in June from a low in November.",
        DATE,
        [("June", "2024-06"), ("November", "2023-11")],
    ),
    ("Prices will swing widely, climbing to a peak in June.", DATE, [("June", "2025-06")]),
    # years said in words after a season or a month
    (
        "Oil last traded this low in the winter of nineteen ninety-eight.",
        DATE,
        [("the winter of nineteen ninety-eight", "1998-WI")],
    ),
    ("The dam was finished in May nineteen sixty-two.", DATE, [("May nineteen sixty-two", "1962-05")]),
    # "later in the day": the day just named, else the article's
    (
        "The minister landed in Oslo on Monday and met the king later in the day.",
        DATE,
        [("Monday", "2024-09-30"), ("the day", "2024-09-30")],
    ),
    ("Crowds grew later in the day.", DATE, [("the day", "2024-10-03")]),
    # the week of a holiday; a holiday the recognizer takes for a name is still the holiday
    ("Markets were quiet in Christmas week.", DATE, [("Christmas week", "2023-W52")]),
    ("Pilgrims arrived as Easter week began.", "2024-04-02", [("Easter week", "2024-W13")]),
    # the short and the long term lie ahead
    ("The cuts will hurt growth in the short term.", DATE, [("the short term", "FUTURE_REF")]),
    ("The board said the long term interests of its owners come first.", DATE, []),
    ("The board set May 20 as the date of its annual meeting.", DATE, [("May 20", "2025-05-20")]),
    # wire copy: a number after a month is its day, a decimal is none
    ("Bank reserves fell in the Feb 18 week.", DATE, [("Feb 18", "2024-02-18")]),
    ("Rapeseed oil rose to Mar 24.5 from 22.1.", DATE, []),
    # no times: ages, verbs that are month names, amounts, names
    ("The 45-year-old driver was arrested.", DATE, []),
    ("She told CBS's 60 Minutes that she would run.", DATE, []),
    ("Officials say farmers may march on the capital.", DATE, []),
    ("The firm employs 2000 workers.", DATE, []),
]


@pytest.mark.parametrize(("sentence", "date", "expected"), EXPRESSIONS, ids=[row[0] for row in EXPRESSIONS])
def test_expressions_and_values(
    nlp, sentence: str, date: str | None, expected: list[tuple[str, str]]
) -> None:
    found = times.find(nlp(sentence), date)
    assert [(t["text"], t["value"]) for t in found] == expected
    for t in found:
        assert sentence[t["start"] : t["end"]] == t["text"]


def test_types_and_mods(nlp) -> None:
    doc = nlp("Since 2019 she has met them every week for two hours.")
    found = {t["text"]: t for t in times.find(doc, DATE)}
    assert (found["2019"]["type"], found["2019"]["mod"]) == ("DATE", "ON_OR_AFTER")
    assert found["every week"]["type"] == "SET"
    assert found["two hours"]["type"] == "DURATION" and found["two hours"]["value"] == "PT2H"
    (early,) = times.find(nlp("The firm was founded in the early 1980s."), DATE)
    assert (early["value"], early["mod"]) == ("198", "START")


def test_a_date_time_anchors_like_its_day(nlp) -> None:
    (t,) = times.find(nlp("The council met on Tuesday."), "2024-10-03T08:30:00+00:00")
    assert t["value"] == "2024-10-01"


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2024-10-01", None, ("2024-10-01", "2024-10-01")),
        ("2024-10-01TMO", None, ("2024-10-01", "2024-10-01")),
        ("2024-10", None, ("2024-10-01", "2024-10-31")),
        ("2024-W40", None, ("2024-09-30", "2024-10-06")),
        ("2024-W40-WE", None, ("2024-10-05", "2024-10-06")),
        ("2024-Q4", None, ("2024-10-01", "2024-12-31")),
        ("2024-H1", None, ("2024-01-01", "2024-06-30")),
        ("2024-WI", None, ("2024-12-01", "2025-02-28")),
        ("2024", None, ("2024-01-01", "2024-12-31")),
        ("199", None, ("1990-01-01", "1999-12-31")),
        ("2019", "ON_OR_AFTER", ("2019-01-01", None)),
        ("2019", "BEFORE", (None, "2018-12-31")),
        ("2020", "ON_OR_BEFORE", (None, "2020-12-31")),
        ("PAST_REF", None, (None, "2024-10-03")),
        ("PRESENT_REF", None, ("2024-10-03", "2024-10-03")),
        ("P2Y", None, (None, None)),
        ("XXXX-10", None, (None, None)),
    ],
)
def test_the_days_a_value_covers(
    value: str, mod: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert timevalue.interval(value, mod=mod, anchor=dt.date(2024, 10, 3)) == expected


def test_resolution_needs_no_parse() -> None:
    ctx = timex.Context(dt.date(2024, 10, 3), tense="future")
    assert timex.resolve("weekday", {"weekday": 0}, ctx) == timex.Timex("DATE", "2024-10-07")
    assert timex.resolve("holiday", {"holiday": "11-TH4"}, ctx) == timex.Timex("DATE", "2024-11-28")
    assert timex.resolve("decade", {"decade_short": "8"}, ctx).value == "198"
    assert timex.resolve("relative", {"rel": 0, "calendar_unit": "Q"}, timex.Context()).value == "XXXX-QX"


#: Sentences in which each rule matches, beside the rows above: what the rules' promised words
#: (TimeRule.needs) must never rule out.
MORE_TIMES = [
    "He flew out in the early hours, as soon as the 10-year-old was asleep.",
    "The board met on Wednesday, March 4, and again on the fifth of March 1998.",
    "The loan of 2001-03-04 runs until 2003/04, through the eighties and the 21st century.",
    "In the third quarter, a year earlier, and in the second half of next year, sales rose.",
    "Every other week, twice a year, on Mondays and quarterly, the fund reports at 10:30 a.m.",
    "Three-month-long talks began several days ago and will end in the coming weeks, by Christmas.",
    "At that time, this spring, the last few months of the year ended March 31.",
    "A ten-year-old and a quarter of the staff left between May 3 and 5, in the '80s.",
    "The year-ago quarter was weak; in the morning and at year-end, on Friday at 9 p.m., for the whole week.",
]


@pytest.mark.parametrize("text", [row[0] for row in EXPRESSIONS] + MORE_TIMES)
def test_no_rule_skips_a_text_it_matches(text: str) -> None:
    low = times.lower(text)
    for rule in times.rules():
        if rule.needs is not None and rule.regex.search(low):
            assert any(word in low for word in rule.needs), (rule.name, sorted(rule.needs))


def test_every_rule_matches_one_of_those_sentences() -> None:
    texts = [times.lower(row[0]) for row in EXPRESSIONS] + [times.lower(t) for t in MORE_TIMES]
    assert [r.name for r in times.rules() if not any(r.regex.search(t) for t in texts)] == []


def test_most_rules_promise_words_and_skip_texts_without_them() -> None:
    promising = [rule for rule in times.rules() if rule.needs is not None]
    assert len(promising) >= 0.9 * len(times.rules())
    skipped = [r.name for r in promising if not any(w in "shares of acme rose sharply." for w in r.needs)]
    assert {"weekday", "month", "duration", "holiday", "decade-word"} <= set(skipped)


def test_a_bad_rule_names_itself() -> None:
    bad = {"name": "broken", "kind": "date", "type": "DATE", "pattern": "{no_such_list}"}
    with pytest.raises(ConfigError, match="'broken' names no list 'no_such_list'"):
        times._compile(bad, times.data())
    bad = {"name": "broken", "kind": "date", "type": "DATE", "pattern": "{@no_such_pattern}"}
    with pytest.raises(ConfigError, match="'broken' names no pattern 'no_such_pattern'"):
        times._compile(bad, times.data())


# ------------------------------------------------------------------ when a relation holds


def _when(r, subject: str, predicate: str, obj: str) -> dict[str, str | None]:
    (rel,) = [x for x in r.relations if triple(r, x) == (subject, predicate, obj)]
    return rel.evidence.when()


def test_a_relation_holds_when_its_sentence_says(nlp) -> None:
    r = extract_one("Mark Rutte visited Kyiv on Tuesday.", nlp, date=DATE)
    assert _when(r, "Mark Rutte", "visits", "Kyiv") == {
        "time": "2024-10-01",
        "time_start": "2024-10-01",
        "time_end": "2024-10-01",
        "time_source": "sentence",
    }


def test_the_time_nearest_the_verb_governs(nlp) -> None:
    r = extract_one(
        "Mark Rutte, who visited Kyiv on Tuesday, will meet Volodymyr Zelensky in Brussels next week.",
        nlp,
        date=DATE,
    )
    assert _when(r, "Mark Rutte", "visits", "Kyiv")["time"] == "2024-10-01"
    assert _when(r, "Mark Rutte", "meetsWith", "Volodymyr Zelensky")["time"] == "2024-W41"


def test_since_leaves_the_end_open(nlp) -> None:
    r = extract_one("Since 2019 Anna Kowalski has worked for Deutsche Bank.", nlp, date=DATE)
    when = _when(r, "Anna Kowalski", "worksFor", "Deutsche Bank")
    assert (when["time"], when["time_start"], when["time_end"]) == ("2019", "2019-01-01", None)


def test_the_article_date_is_the_fallback(nlp) -> None:
    r = extract_one("Mark Rutte visited Kyiv.", nlp, date=DATE)
    assert _when(r, "Mark Rutte", "visits", "Kyiv") == {
        "time": DATE,
        "time_start": DATE,
        "time_end": DATE,
        "time_source": "article",
    }
    undated = extract_one("Mark Rutte visited Kyiv.", nlp)
    assert _when(undated, "Mark Rutte", "visits", "Kyiv") == {}
    vague = extract_one("Mark Rutte visited Kyiv on Tuesday.", nlp)
    assert _when(vague, "Mark Rutte", "visits", "Kyiv")["time"] == "XXXX-WXX-2"


def test_records_round_trip_times(nlp) -> None:
    from kg.records import DocResult

    r = extract_one("Mark Rutte visited Kyiv on Tuesday.", nlp, date=DATE)
    value = r.to_json()
    assert value["times"] == [
        {"start": 27, "end": 34, "text": "Tuesday", "type": "DATE", "value": "2024-10-01", "rule": "weekday"}
    ]
    again = DocResult.from_value(r.doc, value)
    assert again.times == r.times and again.relations == r.relations


def test_a_long_document_in_pieces_keeps_its_times_in_place(nlp) -> None:
    from kg.nlp.extract import extract
    from kg.records import Document
    from kg.settings import Settings

    text = "The council met on Tuesday.\n\nIt will meet again next week.\n\nPrices rose in March."
    (r,) = extract([Document("d", text, date=DATE)], nlp, settings=Settings(max_chars=40, n_process=1))
    assert [(t.text, t.value) for t in r.times] == [
        ("Tuesday", "2024-10-01"),
        ("next week", "2024-W41"),
        ("March", "2024-03"),
    ]
    assert all(text[t.start : t.end] == t.text for t in r.times)
